from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import FieldValidationError, VariantMismatchError
from .._lazy import (
    EAGER,
    MISSING,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.control_point_light_dto import ControlPointLightDto
    from ..models.risk_category_dto import RiskCategoryDto
    from ..models.risk_threat_dto import RiskThreatDto
    from ..models.tag_dto import TagDto
    from ..models.user_light_dto import UserLightDto
else:
    ControlPointLightDto = deferred(globals(), "ControlPointLightDto", "..models.control_point_light_dto")
    RiskCategoryDto = deferred(globals(), "RiskCategoryDto", "..models.risk_category_dto")
    RiskThreatDto = deferred(globals(), "RiskThreatDto", "..models.risk_threat_dto")
    TagDto = deferred(globals(), "TagDto", "..models.tag_dto")
    UserLightDto = deferred(globals(), "UserLightDto", "..models.user_light_dto")


def _load_created_by(model: RiskTypeDto, source: Mapping[str, Any]) -> Any:
    value = source.get("createdBy", UNSET)
    if value is None or value is UNSET:
        model.created_by = value
        return value
    if isinstance(value, dict):
        try:
            model.created_by = result = UserLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "created_by", "createdBy", "UserLightDto | None", value)
    else:
        result = invalid(model, "created_by", "createdBy", "UserLightDto | None", value)
    return result


def _load_category(model: RiskTypeDto, source: Mapping[str, Any]) -> Any:
    value = source.get("category", UNSET)
    if value is None or value is UNSET:
        model.category = value
        return value
    if isinstance(value, dict):
        try:
            model.category = result = RiskCategoryDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "category", "category", "RiskCategoryDto | None", value)
    else:
        result = invalid(model, "category", "category", "RiskCategoryDto | None", value)
    return result


def _load_tags(model: RiskTypeDto, source: Mapping[str, Any]) -> Any:
    value = source.get("tags", UNSET)
    if value is None or value is UNSET:
        model.tags = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.tags = result = list(map(TagDto.from_dict, value))
        except FieldValidationError:
            result = invalid(model, "tags", "tags", "list[TagDto] | None", value, items=TagDto.from_dict)
    else:
        result = invalid(model, "tags", "tags", "list[TagDto] | None", value)
    return result


def _load_control_points(model: RiskTypeDto, source: Mapping[str, Any]) -> Any:
    value = source.get("controlPoints", UNSET)
    if value is None or value is UNSET:
        model.control_points = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.control_points = result = list(map(ControlPointLightDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "control_points",
                "controlPoints",
                "list[ControlPointLightDto] | None",
                value,
                items=ControlPointLightDto.from_dict,
            )
    else:
        result = invalid(model, "control_points", "controlPoints", "list[ControlPointLightDto] | None", value)
    return result


def _load_threats(model: RiskTypeDto, source: Mapping[str, Any]) -> Any:
    value = source.get("threats", UNSET)
    if value is None or value is UNSET:
        model.threats = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.threats = result = list(map(RiskThreatDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "threats",
                "threats",
                "list[RiskThreatDto] | None",
                value,
                items=RiskThreatDto.from_dict,
            )
    else:
        result = invalid(model, "threats", "threats", "list[RiskThreatDto] | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "ref",
    "label",
    "id",
    "dateCreation",
    "dateUpdate",
    "createdBy",
    "category",
    "categoryId",
    "description",
    "threatDescription",
    "sourceDescription",
    "impactInitial",
    "probabilityInitial",
    "impactResidual",
    "probabilityResidual",
    "tags",
    "controlPoints",
    "threats",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "ref": MISSING,
    "label": MISSING,
    "id": UNSET,
    "dateCreation": UNSET,
    "dateUpdate": UNSET,
    "createdBy": UNSET,
    "category": UNSET,
    "categoryId": UNSET,
    "description": UNSET,
    "threatDescription": UNSET,
    "sourceDescription": UNSET,
    "impactInitial": UNSET,
    "probabilityInitial": UNSET,
    "impactResidual": UNSET,
    "probabilityResidual": UNSET,
    "tags": UNSET,
    "controlPoints": UNSET,
    "threats": UNSET,
}

T = TypeVar("T", bound="RiskTypeDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("ref", "ref"),
        ("label", "label"),
        ("id", "id"),
        ("date_creation", "dateCreation"),
        ("date_update", "dateUpdate"),
        ("created_by", "createdBy"),
        ("category", "category"),
        ("category_id", "categoryId"),
        ("description", "description"),
        ("threat_description", "threatDescription"),
        ("source_description", "sourceDescription"),
        ("impact_initial", "impactInitial"),
        ("probability_initial", "probabilityInitial"),
        ("impact_residual", "impactResidual"),
        ("probability_residual", "probabilityResidual"),
        ("tags", "tags"),
        ("control_points", "controlPoints"),
        ("threats", "threats"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
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
        from ..models.risk_category_dto import RiskCategoryDto
        from ..models.user_light_dto import UserLightDto

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "ref" not in unreadable:
            ref = self.ref

            field_dict["ref"] = ref
        if "label" not in unreadable:
            label = self.label

            field_dict["label"] = label
        if "id" not in unreadable:
            id: None | str | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            elif isinstance(self.id, UUID):
                id = str(self.id)
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "date_creation" not in unreadable:
            date_creation: None | str | Unset
            if isinstance(self.date_creation, Unset):
                date_creation = UNSET
            elif isinstance(self.date_creation, datetime.datetime):
                date_creation = self.date_creation.isoformat()
            else:
                date_creation = self.date_creation

            if date_creation is not UNSET:
                field_dict["dateCreation"] = date_creation
        if "date_update" not in unreadable:
            date_update: None | str | Unset
            if isinstance(self.date_update, Unset):
                date_update = UNSET
            elif isinstance(self.date_update, datetime.datetime):
                date_update = self.date_update.isoformat()
            else:
                date_update = self.date_update

            if date_update is not UNSET:
                field_dict["dateUpdate"] = date_update
        if "created_by" not in unreadable:
            created_by: dict[str, Any] | None | Unset
            if isinstance(self.created_by, Unset):
                created_by = UNSET
            elif isinstance(self.created_by, UserLightDto):
                created_by = self.created_by.to_dict()
            else:
                created_by = self.created_by

            if created_by is not UNSET:
                field_dict["createdBy"] = created_by
        if "category" not in unreadable:
            category: dict[str, Any] | None | Unset
            if isinstance(self.category, Unset):
                category = UNSET
            elif isinstance(self.category, RiskCategoryDto):
                category = self.category.to_dict()
            else:
                category = self.category

            if category is not UNSET:
                field_dict["category"] = category
        if "category_id" not in unreadable:
            category_id: None | str | Unset
            if isinstance(self.category_id, Unset):
                category_id = UNSET
            elif isinstance(self.category_id, UUID):
                category_id = str(self.category_id)
            else:
                category_id = self.category_id

            if category_id is not UNSET:
                field_dict["categoryId"] = category_id
        if "description" not in unreadable:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

            if description is not UNSET:
                field_dict["description"] = description
        if "threat_description" not in unreadable:
            threat_description: None | str | Unset
            if isinstance(self.threat_description, Unset):
                threat_description = UNSET
            else:
                threat_description = self.threat_description

            if threat_description is not UNSET:
                field_dict["threatDescription"] = threat_description
        if "source_description" not in unreadable:
            source_description: None | str | Unset
            if isinstance(self.source_description, Unset):
                source_description = UNSET
            else:
                source_description = self.source_description

            if source_description is not UNSET:
                field_dict["sourceDescription"] = source_description
        if "impact_initial" not in unreadable:
            impact_initial: int | None | Unset
            if isinstance(self.impact_initial, Unset):
                impact_initial = UNSET
            else:
                impact_initial = self.impact_initial

            if impact_initial is not UNSET:
                field_dict["impactInitial"] = impact_initial
        if "probability_initial" not in unreadable:
            probability_initial: int | None | Unset
            if isinstance(self.probability_initial, Unset):
                probability_initial = UNSET
            else:
                probability_initial = self.probability_initial

            if probability_initial is not UNSET:
                field_dict["probabilityInitial"] = probability_initial
        if "impact_residual" not in unreadable:
            impact_residual: int | None | Unset
            if isinstance(self.impact_residual, Unset):
                impact_residual = UNSET
            else:
                impact_residual = self.impact_residual

            if impact_residual is not UNSET:
                field_dict["impactResidual"] = impact_residual
        if "probability_residual" not in unreadable:
            probability_residual: int | None | Unset
            if isinstance(self.probability_residual, Unset):
                probability_residual = UNSET
            else:
                probability_residual = self.probability_residual

            if probability_residual is not UNSET:
                field_dict["probabilityResidual"] = probability_residual
        if "tags" not in unreadable:
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
        if "control_points" not in unreadable:
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
        if "threats" not in unreadable:
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
        if unreadable:
            self._as_received(field_dict, unreadable)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Each value is checked against its field's type; one that does not fit is recorded by
        # `invalid` and its slot left empty, so that reading it raises FieldValidationError (_lazy.py).
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        try:  # values[i] is the value of _KEYS[i]
            if len(src_dict) >= 18:
                values = _KNOWN_VALUES(src_dict)
            else:  # a known key is absent (no KeyError raised and caught for it)
                values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except KeyError:  # unknown keys in place of known ones
            values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except (TypeError, AttributeError):  # a list, a string, a number...: not an object
            raise not_an_object(cls, src_dict) from None
        parsed = cls.__new__(cls)
        absent = 0  # the known keys the object lacks: its other keys are unknown ones if len() says more
        # Optional nested values are parsed on first access (LazyModel), or now in eager mode.
        eager = EAGER.get()
        if not eager:
            parsed._source = src_dict
        value = values[0]
        if isinstance(value, str):
            parsed.ref = value
        else:
            invalid(parsed, "ref", "ref", "str", value)
            absent += value is MISSING

        value = values[1]
        if isinstance(value, str):
            parsed.label = value
        else:
            invalid(parsed, "label", "label", "str", value)
            absent += value is MISSING

        value = values[2]
        if value is None:
            parsed.id = None
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            try:
                parsed.id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "id", "id", "UUID | None", value)

        value = values[3]
        if value is None:
            parsed.date_creation = None
        elif value is UNSET:
            parsed.date_creation = UNSET
            absent += 1
        else:
            try:
                parsed.date_creation = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_creation", "dateCreation", "datetime.datetime | None", value)

        value = values[4]
        if value is None:
            parsed.date_update = None
        elif value is UNSET:
            parsed.date_update = UNSET
            absent += 1
        else:
            try:
                parsed.date_update = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_update", "dateUpdate", "datetime.datetime | None", value)

        value = values[5]
        if value is None:
            parsed.created_by = None
        elif value is UNSET:
            parsed.created_by = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.created_by = UserLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "created_by", "createdBy", "UserLightDto | None", value)
            else:
                invalid(parsed, "created_by", "createdBy", "UserLightDto | None", value)

        value = values[6]
        if value is None:
            parsed.category = None
        elif value is UNSET:
            parsed.category = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.category = RiskCategoryDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "category", "category", "RiskCategoryDto | None", value)
            else:
                invalid(parsed, "category", "category", "RiskCategoryDto | None", value)

        value = values[7]
        if value is None:
            parsed.category_id = None
        elif value is UNSET:
            parsed.category_id = UNSET
            absent += 1
        else:
            try:
                parsed.category_id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "category_id", "categoryId", "UUID | None", value)

        value = values[8]
        if isinstance(value, str) or value is None:
            parsed.description = value
        elif value is UNSET:
            parsed.description = UNSET
            absent += 1
        else:
            invalid(parsed, "description", "description", "str | None", value)

        value = values[9]
        if isinstance(value, str) or value is None:
            parsed.threat_description = value
        elif value is UNSET:
            parsed.threat_description = UNSET
            absent += 1
        else:
            invalid(parsed, "threat_description", "threatDescription", "str | None", value)

        value = values[10]
        if isinstance(value, str) or value is None:
            parsed.source_description = value
        elif value is UNSET:
            parsed.source_description = UNSET
            absent += 1
        else:
            invalid(parsed, "source_description", "sourceDescription", "str | None", value)

        value = values[11]
        if type(value) is int or value is None:
            parsed.impact_initial = value
        elif value is UNSET:
            parsed.impact_initial = UNSET
            absent += 1
        else:
            invalid(parsed, "impact_initial", "impactInitial", "int | None", value)

        value = values[12]
        if type(value) is int or value is None:
            parsed.probability_initial = value
        elif value is UNSET:
            parsed.probability_initial = UNSET
            absent += 1
        else:
            invalid(parsed, "probability_initial", "probabilityInitial", "int | None", value)

        value = values[13]
        if type(value) is int or value is None:
            parsed.impact_residual = value
        elif value is UNSET:
            parsed.impact_residual = UNSET
            absent += 1
        else:
            invalid(parsed, "impact_residual", "impactResidual", "int | None", value)

        value = values[14]
        if type(value) is int or value is None:
            parsed.probability_residual = value
        elif value is UNSET:
            parsed.probability_residual = UNSET
            absent += 1
        else:
            invalid(parsed, "probability_residual", "probabilityResidual", "int | None", value)

        value = values[15]
        if value is None:
            parsed.tags = None
        elif value is UNSET:
            parsed.tags = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.tags = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.tags = list(map(TagDto.from_dict, value))
                except FieldValidationError:
                    invalid(parsed, "tags", "tags", "list[TagDto] | None", value, items=TagDto.from_dict)
            else:
                invalid(parsed, "tags", "tags", "list[TagDto] | None", value)

        value = values[16]
        if value is None:
            parsed.control_points = None
        elif value is UNSET:
            parsed.control_points = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.control_points = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.control_points = list(map(ControlPointLightDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "control_points",
                        "controlPoints",
                        "list[ControlPointLightDto] | None",
                        value,
                        items=ControlPointLightDto.from_dict,
                    )
            else:
                invalid(parsed, "control_points", "controlPoints", "list[ControlPointLightDto] | None", value)

        value = values[17]
        if value is None:
            parsed.threats = None
        elif value is UNSET:
            parsed.threats = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.threats = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.threats = list(map(RiskThreatDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "threats",
                        "threats",
                        "list[RiskThreatDto] | None",
                        value,
                        items=RiskThreatDto.from_dict,
                    )
            else:
                invalid(parsed, "threats", "threats", "list[RiskThreatDto] | None", value)

        if len(src_dict) + absent == 18:  # every key is a known one
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
