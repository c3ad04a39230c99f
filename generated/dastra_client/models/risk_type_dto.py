from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.control_point_light_dto import ControlPointLightDto
    from ..models.risk_category_dto import RiskCategoryDto
    from ..models.risk_threat_dto import RiskThreatDto
    from ..models.tag_dto import TagDto
    from ..models.user_light_dto import UserLightDto


T = TypeVar("T", bound="RiskTypeDto")


@_attrs_define
class RiskTypeDto:
    """
    Attributes:
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

        ref = self.ref

        label = self.label

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        date_update: None | str | Unset
        if isinstance(self.date_update, Unset):
            date_update = UNSET
        elif isinstance(self.date_update, datetime.datetime):
            date_update = self.date_update.isoformat()
        else:
            date_update = self.date_update

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, UserLightDto):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        category: dict[str, Any] | None | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, RiskCategoryDto):
            category = self.category.to_dict()
        else:
            category = self.category

        category_id: None | str | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        elif isinstance(self.category_id, UUID):
            category_id = str(self.category_id)
        else:
            category_id = self.category_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        threat_description: None | str | Unset
        if isinstance(self.threat_description, Unset):
            threat_description = UNSET
        else:
            threat_description = self.threat_description

        source_description: None | str | Unset
        if isinstance(self.source_description, Unset):
            source_description = UNSET
        else:
            source_description = self.source_description

        impact_initial: int | None | Unset
        if isinstance(self.impact_initial, Unset):
            impact_initial = UNSET
        else:
            impact_initial = self.impact_initial

        probability_initial: int | None | Unset
        if isinstance(self.probability_initial, Unset):
            probability_initial = UNSET
        else:
            probability_initial = self.probability_initial

        impact_residual: int | None | Unset
        if isinstance(self.impact_residual, Unset):
            impact_residual = UNSET
        else:
            impact_residual = self.impact_residual

        probability_residual: int | None | Unset
        if isinstance(self.probability_residual, Unset):
            probability_residual = UNSET
        else:
            probability_residual = self.probability_residual

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ref": ref,
                "label": label,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if category is not UNSET:
            field_dict["category"] = category
        if category_id is not UNSET:
            field_dict["categoryId"] = category_id
        if description is not UNSET:
            field_dict["description"] = description
        if threat_description is not UNSET:
            field_dict["threatDescription"] = threat_description
        if source_description is not UNSET:
            field_dict["sourceDescription"] = source_description
        if impact_initial is not UNSET:
            field_dict["impactInitial"] = impact_initial
        if probability_initial is not UNSET:
            field_dict["probabilityInitial"] = probability_initial
        if impact_residual is not UNSET:
            field_dict["impactResidual"] = impact_residual
        if probability_residual is not UNSET:
            field_dict["probabilityResidual"] = probability_residual
        if tags is not UNSET:
            field_dict["tags"] = tags
        if control_points is not UNSET:
            field_dict["controlPoints"] = control_points
        if threats is not UNSET:
            field_dict["threats"] = threats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.control_point_light_dto import ControlPointLightDto
        from ..models.risk_category_dto import RiskCategoryDto
        from ..models.risk_threat_dto import RiskThreatDto
        from ..models.tag_dto import TagDto
        from ..models.user_light_dto import UserLightDto

        d = dict(src_dict)
        ref = d.pop("ref")

        label = d.pop("label")

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_date_creation(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_creation_type_0 = datetime.datetime.fromisoformat(data)

                return date_creation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_creation = _parse_date_creation(d.pop("dateCreation", UNSET))

        def _parse_date_update(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_update_type_0 = datetime.datetime.fromisoformat(data)

                return date_update_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_update = _parse_date_update(d.pop("dateUpdate", UNSET))

        def _parse_created_by(data: object) -> None | Unset | UserLightDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                created_by_type_1 = UserLightDto.from_dict(data)

                return created_by_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserLightDto, data)

        created_by = _parse_created_by(d.pop("createdBy", UNSET))

        def _parse_category(data: object) -> None | RiskCategoryDto | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                category_type_1 = RiskCategoryDto.from_dict(data)

                return category_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskCategoryDto | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_category_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_id_type_0 = UUID(data)

                return category_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        category_id = _parse_category_id(d.pop("categoryId", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_threat_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        threat_description = _parse_threat_description(d.pop("threatDescription", UNSET))

        def _parse_source_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_description = _parse_source_description(d.pop("sourceDescription", UNSET))

        def _parse_impact_initial(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        impact_initial = _parse_impact_initial(d.pop("impactInitial", UNSET))

        def _parse_probability_initial(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        probability_initial = _parse_probability_initial(d.pop("probabilityInitial", UNSET))

        def _parse_impact_residual(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        impact_residual = _parse_impact_residual(d.pop("impactResidual", UNSET))

        def _parse_probability_residual(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        probability_residual = _parse_probability_residual(d.pop("probabilityResidual", UNSET))

        def _parse_tags(data: object) -> list[TagDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = []
                _tags_type_0 = data
                for tags_type_0_item_data in _tags_type_0:
                    tags_type_0_item = TagDto.from_dict(tags_type_0_item_data)

                    tags_type_0.append(tags_type_0_item)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TagDto] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_control_points(data: object) -> list[ControlPointLightDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                control_points_type_0 = []
                _control_points_type_0 = data
                for control_points_type_0_item_data in _control_points_type_0:
                    control_points_type_0_item = ControlPointLightDto.from_dict(
                        control_points_type_0_item_data
                    )

                    control_points_type_0.append(control_points_type_0_item)

                return control_points_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ControlPointLightDto] | None | Unset, data)

        control_points = _parse_control_points(d.pop("controlPoints", UNSET))

        def _parse_threats(data: object) -> list[RiskThreatDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                threats_type_0 = []
                _threats_type_0 = data
                for threats_type_0_item_data in _threats_type_0:
                    threats_type_0_item = RiskThreatDto.from_dict(threats_type_0_item_data)

                    threats_type_0.append(threats_type_0_item)

                return threats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RiskThreatDto] | None | Unset, data)

        threats = _parse_threats(d.pop("threats", UNSET))

        risk_type_dto = cls(
            ref=ref,
            label=label,
            id=id,
            date_creation=date_creation,
            date_update=date_update,
            created_by=created_by,
            category=category,
            category_id=category_id,
            description=description,
            threat_description=threat_description,
            source_description=source_description,
            impact_initial=impact_initial,
            probability_initial=probability_initial,
            impact_residual=impact_residual,
            probability_residual=probability_residual,
            tags=tags,
            control_points=control_points,
            threats=threats,
        )

        risk_type_dto.additional_properties = d
        return risk_type_dto

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
