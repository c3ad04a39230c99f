from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.control_point_light_dto import ControlPointLightDto
    from ..models.risk_category_dto import RiskCategoryDto
    from ..models.risk_threat_dto import RiskThreatDto
    from ..models.tag_dto import TagDto
    from ..models.user_light_dto import UserLightDto








def _parse_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_date_creation(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_date_update(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_created_by(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_category(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.RiskCategoryDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_category_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data












def _parse_tags(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.TagDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_control_points(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.ControlPointLightDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_threats(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.RiskThreatDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data



def _load_created_by(source: Mapping[str, Any]) -> Any:
    return _parse_created_by(source.get("createdBy", UNSET))

def _load_category(source: Mapping[str, Any]) -> Any:
    return _parse_category(source.get("category", UNSET))

def _load_tags(source: Mapping[str, Any]) -> Any:
    return _parse_tags(source.get("tags", UNSET))

def _load_control_points(source: Mapping[str, Any]) -> Any:
    return _parse_control_points(source.get("controlPoints", UNSET))

def _load_threats(source: Mapping[str, Any]) -> Any:
    return _parse_threats(source.get("threats", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("ref", "label", "id", "dateCreation", "dateUpdate", "createdBy", "category", "categoryId", "description", "threatDescription", "sourceDescription", "impactInitial", "probabilityInitial", "impactResidual", "probabilityResidual", "tags", "controlPoints", "threats", ))

T = TypeVar("T", bound="RiskTypeDto")



@_attrs_define
class RiskTypeDto(LazyModel):
    """Attributes:
        ref (str):
        label (str):
        id (None | Unset | UUID):
        date_creation (datetime.datetime | None | Unset):
        date_update (datetime.datetime | None | Unset):
        created_by (None | Unset | UserLightDto):
        category (None | RiskCategoryDto | Unset):
        category_id (None | Unset | UUID):
        description (None | str | Unset):
        threat_description (None | str | Unset):
        source_description (None | str | Unset):
        impact_initial (int | None | Unset):
        probability_initial (int | None | Unset):
        impact_residual (int | None | Unset):
        probability_residual (int | None | Unset):
        tags (list[TagDto] | None | Unset):
        control_points (list[ControlPointLightDto] | None | Unset):
        threats (list[RiskThreatDto] | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "created_by": _load_created_by,
        "category": _load_category,
        "tags": _load_tags,
        "control_points": _load_control_points,
        "threats": _load_threats,
    }

    ref: str
    label: str
    id: None | Unset | UUID = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    created_by: None | Unset | UserLightDto = UNSET
    category: None | RiskCategoryDto | Unset = UNSET
    category_id: None | Unset | UUID = UNSET
    description: None | str | Unset = UNSET
    threat_description: None | str | Unset = UNSET
    source_description: None | str | Unset = UNSET
    impact_initial: int | None | Unset = UNSET
    probability_initial: int | None | Unset = UNSET
    impact_residual: int | None | Unset = UNSET
    probability_residual: int | None | Unset = UNSET
    tags: list[TagDto] | None | Unset = UNSET
    control_points: list[ControlPointLightDto] | None | Unset = UNSET
    threats: list[RiskThreatDto] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.control_point_light_dto import ControlPointLightDto  # noqa: PLC0415
        from ..models.risk_category_dto import RiskCategoryDto  # noqa: PLC0415
        from ..models.risk_threat_dto import RiskThreatDto  # noqa: PLC0415
        from ..models.tag_dto import TagDto  # noqa: PLC0415
        from ..models.user_light_dto import UserLightDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        ref = self.ref

        field_dict["ref"] = ref
        label = self.label

        field_dict["label"] = label
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        date_update: None | str | Unset
        if isinstance(self.date_update, Unset):
            date_update = UNSET
        elif isinstance(self.date_update, datetime.datetime):
            date_update = self.date_update.isoformat()
        else:
            date_update = self.date_update

        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, UserLightDto):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        category: dict[str, Any] | None | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, RiskCategoryDto):
            category = self.category.to_dict()
        else:
            category = self.category

        if category is not UNSET:
            field_dict["category"] = category
        category_id: None | str | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        elif isinstance(self.category_id, UUID):
            category_id = str(self.category_id)
        else:
            category_id = self.category_id

        if category_id is not UNSET:
            field_dict["categoryId"] = category_id
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        if description is not UNSET:
            field_dict["description"] = description
        threat_description: None | str | Unset
        if isinstance(self.threat_description, Unset):
            threat_description = UNSET
        else:
            threat_description = self.threat_description

        if threat_description is not UNSET:
            field_dict["threatDescription"] = threat_description
        source_description: None | str | Unset
        if isinstance(self.source_description, Unset):
            source_description = UNSET
        else:
            source_description = self.source_description

        if source_description is not UNSET:
            field_dict["sourceDescription"] = source_description
        impact_initial: int | None | Unset
        if isinstance(self.impact_initial, Unset):
            impact_initial = UNSET
        else:
            impact_initial = self.impact_initial

        if impact_initial is not UNSET:
            field_dict["impactInitial"] = impact_initial
        probability_initial: int | None | Unset
        if isinstance(self.probability_initial, Unset):
            probability_initial = UNSET
        else:
            probability_initial = self.probability_initial

        if probability_initial is not UNSET:
            field_dict["probabilityInitial"] = probability_initial
        impact_residual: int | None | Unset
        if isinstance(self.impact_residual, Unset):
            impact_residual = UNSET
        else:
            impact_residual = self.impact_residual

        if impact_residual is not UNSET:
            field_dict["impactResidual"] = impact_residual
        probability_residual: int | None | Unset
        if isinstance(self.probability_residual, Unset):
            probability_residual = UNSET
        else:
            probability_residual = self.probability_residual

        if probability_residual is not UNSET:
            field_dict["probabilityResidual"] = probability_residual
        tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item = tags_type_0_item_data.to_dict()
                tags.append(tags_type_0_item)


        else:
            tags = self.tags

        if tags is not UNSET:
            field_dict["tags"] = tags
        control_points: list[dict[str, Any]] | None | Unset
        if isinstance(self.control_points, Unset):
            control_points = UNSET
        elif isinstance(self.control_points, list):
            control_points = []
            for control_points_type_0_item_data in self.control_points:
                control_points_type_0_item = control_points_type_0_item_data.to_dict()
                control_points.append(control_points_type_0_item)


        else:
            control_points = self.control_points

        if control_points is not UNSET:
            field_dict["controlPoints"] = control_points
        threats: list[dict[str, Any]] | None | Unset
        if isinstance(self.threats, Unset):
            threats = UNSET
        elif isinstance(self.threats, list):
            threats = []
            for threats_type_0_item_data in self.threats:
                threats_type_0_item = threats_type_0_item_data.to_dict()
                threats.append(threats_type_0_item)


        else:
            threats = self.threats

        if threats is not UNSET:
            field_dict["threats"] = threats
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.ref = src_dict["ref"]
        parsed.label = src_dict["label"]
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.date_creation = _parse_date_creation(src_dict.get("dateCreation", UNSET))
        parsed.date_update = _parse_date_update(src_dict.get("dateUpdate", UNSET))
        parsed.category_id = _parse_category_id(src_dict.get("categoryId", UNSET))
        parsed.description = src_dict.get("description", UNSET)
        parsed.threat_description = src_dict.get("threatDescription", UNSET)
        parsed.source_description = src_dict.get("sourceDescription", UNSET)
        parsed.impact_initial = src_dict.get("impactInitial", UNSET)
        parsed.probability_initial = src_dict.get("probabilityInitial", UNSET)
        parsed.impact_residual = src_dict.get("impactResidual", UNSET)
        parsed.probability_residual = src_dict.get("probabilityResidual", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
            parsed.additional_properties = {}
        else:
            parsed.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return parsed

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
