from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.risk_object_type import RiskObjectType
from ..models.risk_response_type import RiskResponseType
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID








def _parse_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data






def _parse_object_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = RiskObjectType._value2member_map_.get(data)
    if member is not None:
        return member
    return data











def _parse_response_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = RiskResponseType._value2member_map_.get(data)
    if member is not None:
        return member
    return data








_KNOWN_KEYS: frozenset[str] = frozenset(("riskId", "id", "areaId", "objectType", "objectId", "description", "ownerId", "responseJustification", "assessementJustification", "priority", "responseType", "impactInitial", "probabilityInitial", "impactResidual", "probabilityResidual", ))

T = TypeVar("T", bound="RiskEvaluationUpdateDto")



@_attrs_define
class RiskEvaluationUpdateDto(LazyModel):
    """Attributes:
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
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        risk_id = str(self.risk_id)

        field_dict["riskId"] = risk_id
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        elif isinstance(self.object_type, RiskObjectType):
            object_type = self.object_type.value
        else:
            object_type = self.object_type

        if object_type is not UNSET:
            field_dict["objectType"] = object_type
        object_id: None | str | Unset
        if isinstance(self.object_id, Unset):
            object_id = UNSET
        else:
            object_id = self.object_id

        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        if description is not UNSET:
            field_dict["description"] = description
        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        response_justification: None | str | Unset
        if isinstance(self.response_justification, Unset):
            response_justification = UNSET
        else:
            response_justification = self.response_justification

        if response_justification is not UNSET:
            field_dict["responseJustification"] = response_justification
        assessement_justification: None | str | Unset
        if isinstance(self.assessement_justification, Unset):
            assessement_justification = UNSET
        else:
            assessement_justification = self.assessement_justification

        if assessement_justification is not UNSET:
            field_dict["assessementJustification"] = assessement_justification
        priority: int | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        if priority is not UNSET:
            field_dict["priority"] = priority
        response_type: None | str | Unset
        if isinstance(self.response_type, Unset):
            response_type = UNSET
        elif isinstance(self.response_type, RiskResponseType):
            response_type = self.response_type.value
        else:
            response_type = self.response_type

        if response_type is not UNSET:
            field_dict["responseType"] = response_type
        impact_initial: float | None | Unset
        if isinstance(self.impact_initial, Unset):
            impact_initial = UNSET
        else:
            impact_initial = self.impact_initial

        if impact_initial is not UNSET:
            field_dict["impactInitial"] = impact_initial
        probability_initial: float | None | Unset
        if isinstance(self.probability_initial, Unset):
            probability_initial = UNSET
        else:
            probability_initial = self.probability_initial

        if probability_initial is not UNSET:
            field_dict["probabilityInitial"] = probability_initial
        impact_residual: float | None | Unset
        if isinstance(self.impact_residual, Unset):
            impact_residual = UNSET
        else:
            impact_residual = self.impact_residual

        if impact_residual is not UNSET:
            field_dict["impactResidual"] = impact_residual
        probability_residual: float | None | Unset
        if isinstance(self.probability_residual, Unset):
            probability_residual = UNSET
        else:
            probability_residual = self.probability_residual

        if probability_residual is not UNSET:
            field_dict["probabilityResidual"] = probability_residual
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.risk_id = UUID(src_dict["riskId"])
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.area_id = src_dict.get("areaId", UNSET)
        parsed.object_type = _parse_object_type(src_dict.get("objectType", UNSET))
        parsed.object_id = src_dict.get("objectId", UNSET)
        parsed.description = src_dict.get("description", UNSET)
        parsed.owner_id = src_dict.get("ownerId", UNSET)
        parsed.response_justification = src_dict.get("responseJustification", UNSET)
        parsed.assessement_justification = src_dict.get("assessementJustification", UNSET)
        parsed.priority = src_dict.get("priority", UNSET)
        parsed.response_type = _parse_response_type(src_dict.get("responseType", UNSET))
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
