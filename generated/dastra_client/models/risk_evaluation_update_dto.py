from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_object_type import RiskObjectType
from ..models.risk_response_type import RiskResponseType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskEvaluationUpdateDto")


@_attrs_define
class RiskEvaluationUpdateDto:
    """
    Attributes:
        risk_id (UUID):
        id (None | Unset | UUID):
        area_id (int | None | Unset):
        object_type (None | RiskObjectType | str | Unset):
        object_id (None | str | Unset):
        description (None | str | Unset):
        owner_id (int | None | Unset):
        response_justification (None | str | Unset):
        assessement_justification (None | str | Unset):
        priority (int | None | Unset):
        response_type (None | RiskResponseType | str | Unset):
        impact_initial (float | None | Unset):
        probability_initial (float | None | Unset):
        impact_residual (float | None | Unset):
        probability_residual (float | None | Unset):
    """

    risk_id: UUID
    id: None | Unset | UUID = UNSET
    area_id: int | None | Unset = UNSET
    object_type: None | RiskObjectType | str | Unset = UNSET
    object_id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    owner_id: int | None | Unset = UNSET
    response_justification: None | str | Unset = UNSET
    assessement_justification: None | str | Unset = UNSET
    priority: int | None | Unset = UNSET
    response_type: None | RiskResponseType | str | Unset = UNSET
    impact_initial: float | None | Unset = UNSET
    probability_initial: float | None | Unset = UNSET
    impact_residual: float | None | Unset = UNSET
    probability_residual: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        risk_id = str(self.risk_id)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        elif isinstance(self.object_type, RiskObjectType):
            object_type = self.object_type.value
        else:
            object_type = self.object_type

        object_id: None | str | Unset
        if isinstance(self.object_id, Unset):
            object_id = UNSET
        else:
            object_id = self.object_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        response_justification: None | str | Unset
        if isinstance(self.response_justification, Unset):
            response_justification = UNSET
        else:
            response_justification = self.response_justification

        assessement_justification: None | str | Unset
        if isinstance(self.assessement_justification, Unset):
            assessement_justification = UNSET
        else:
            assessement_justification = self.assessement_justification

        priority: int | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        response_type: None | str | Unset
        if isinstance(self.response_type, Unset):
            response_type = UNSET
        elif isinstance(self.response_type, RiskResponseType):
            response_type = self.response_type.value
        else:
            response_type = self.response_type

        impact_initial: float | None | Unset
        if isinstance(self.impact_initial, Unset):
            impact_initial = UNSET
        else:
            impact_initial = self.impact_initial

        probability_initial: float | None | Unset
        if isinstance(self.probability_initial, Unset):
            probability_initial = UNSET
        else:
            probability_initial = self.probability_initial

        impact_residual: float | None | Unset
        if isinstance(self.impact_residual, Unset):
            impact_residual = UNSET
        else:
            impact_residual = self.impact_residual

        probability_residual: float | None | Unset
        if isinstance(self.probability_residual, Unset):
            probability_residual = UNSET
        else:
            probability_residual = self.probability_residual

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "riskId": risk_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        if object_type is not UNSET:
            field_dict["objectType"] = object_type
        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        if description is not UNSET:
            field_dict["description"] = description
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if response_justification is not UNSET:
            field_dict["responseJustification"] = response_justification
        if assessement_justification is not UNSET:
            field_dict["assessementJustification"] = assessement_justification
        if priority is not UNSET:
            field_dict["priority"] = priority
        if response_type is not UNSET:
            field_dict["responseType"] = response_type
        if impact_initial is not UNSET:
            field_dict["impactInitial"] = impact_initial
        if probability_initial is not UNSET:
            field_dict["probabilityInitial"] = probability_initial
        if impact_residual is not UNSET:
            field_dict["impactResidual"] = impact_residual
        if probability_residual is not UNSET:
            field_dict["probabilityResidual"] = probability_residual

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        risk_id = UUID(d.pop("riskId"))

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

        def _parse_area_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        area_id = _parse_area_id(d.pop("areaId", UNSET))

        def _parse_object_type(data: object) -> None | RiskObjectType | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                object_type_type_0 = RiskObjectType(data)

                return object_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskObjectType | str | Unset, data)

        object_type = _parse_object_type(d.pop("objectType", UNSET))

        def _parse_object_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_id = _parse_object_id(d.pop("objectId", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        owner_id = _parse_owner_id(d.pop("ownerId", UNSET))

        def _parse_response_justification(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        response_justification = _parse_response_justification(d.pop("responseJustification", UNSET))

        def _parse_assessement_justification(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assessement_justification = _parse_assessement_justification(d.pop("assessementJustification", UNSET))

        def _parse_priority(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        def _parse_response_type(data: object) -> None | RiskResponseType | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                response_type_type_0 = RiskResponseType(data)

                return response_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskResponseType | str | Unset, data)

        response_type = _parse_response_type(d.pop("responseType", UNSET))

        def _parse_impact_initial(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        impact_initial = _parse_impact_initial(d.pop("impactInitial", UNSET))

        def _parse_probability_initial(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        probability_initial = _parse_probability_initial(d.pop("probabilityInitial", UNSET))

        def _parse_impact_residual(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        impact_residual = _parse_impact_residual(d.pop("impactResidual", UNSET))

        def _parse_probability_residual(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        probability_residual = _parse_probability_residual(d.pop("probabilityResidual", UNSET))

        risk_evaluation_update_dto = cls(
            risk_id=risk_id,
            id=id,
            area_id=area_id,
            object_type=object_type,
            object_id=object_id,
            description=description,
            owner_id=owner_id,
            response_justification=response_justification,
            assessement_justification=assessement_justification,
            priority=priority,
            response_type=response_type,
            impact_initial=impact_initial,
            probability_initial=probability_initial,
            impact_residual=impact_residual,
            probability_residual=probability_residual,
        )

        risk_evaluation_update_dto.additional_properties = d
        return risk_evaluation_update_dto

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
