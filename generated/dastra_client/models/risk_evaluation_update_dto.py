from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import (
    MISSING,
    LazyModel,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.risk_object_type import RiskObjectType
from ..models.risk_response_type import RiskResponseType
from ..types import UNSET, Unset

_RISK_OBJECT_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in RiskObjectType}
_RISK_RESPONSE_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in RiskResponseType}


_KEYS: Final[tuple[str, ...]] = (
    "riskId",
    "id",
    "areaId",
    "objectType",
    "objectId",
    "description",
    "ownerId",
    "responseJustification",
    "assessementJustification",
    "priority",
    "responseType",
    "impactInitial",
    "probabilityInitial",
    "impactResidual",
    "probabilityResidual",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "riskId": MISSING,
    "id": UNSET,
    "areaId": UNSET,
    "objectType": UNSET,
    "objectId": UNSET,
    "description": UNSET,
    "ownerId": UNSET,
    "responseJustification": UNSET,
    "assessementJustification": UNSET,
    "priority": UNSET,
    "responseType": UNSET,
    "impactInitial": UNSET,
    "probabilityInitial": UNSET,
    "impactResidual": UNSET,
    "probabilityResidual": UNSET,
}

T = TypeVar("T", bound="RiskEvaluationUpdateDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("risk_id", "riskId"),
        ("id", "id"),
        ("area_id", "areaId"),
        ("object_type", "objectType"),
        ("object_id", "objectId"),
        ("description", "description"),
        ("owner_id", "ownerId"),
        ("response_justification", "responseJustification"),
        ("assessement_justification", "assessementJustification"),
        ("priority", "priority"),
        ("response_type", "responseType"),
        ("impact_initial", "impactInitial"),
        ("probability_initial", "probabilityInitial"),
        ("impact_residual", "impactResidual"),
        ("probability_residual", "probabilityResidual"),
    )

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
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "risk_id" not in unreadable:
            risk_id = str(self.risk_id)

            field_dict["riskId"] = risk_id
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
        if "area_id" not in unreadable:
            area_id: int | None | Unset
            if isinstance(self.area_id, Unset):
                area_id = UNSET
            else:
                area_id = self.area_id

            if area_id is not UNSET:
                field_dict["areaId"] = area_id
        if "object_type" not in unreadable:
            object_type: None | str | Unset
            if isinstance(self.object_type, Unset):
                object_type = UNSET
            elif isinstance(self.object_type, RiskObjectType):
                object_type = self.object_type.value
            else:
                object_type = self.object_type

            if object_type is not UNSET:
                field_dict["objectType"] = object_type
        if "object_id" not in unreadable:
            object_id: None | str | Unset
            if isinstance(self.object_id, Unset):
                object_id = UNSET
            else:
                object_id = self.object_id

            if object_id is not UNSET:
                field_dict["objectId"] = object_id
        if "description" not in unreadable:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

            if description is not UNSET:
                field_dict["description"] = description
        if "owner_id" not in unreadable:
            owner_id: int | None | Unset
            if isinstance(self.owner_id, Unset):
                owner_id = UNSET
            else:
                owner_id = self.owner_id

            if owner_id is not UNSET:
                field_dict["ownerId"] = owner_id
        if "response_justification" not in unreadable:
            response_justification: None | str | Unset
            if isinstance(self.response_justification, Unset):
                response_justification = UNSET
            else:
                response_justification = self.response_justification

            if response_justification is not UNSET:
                field_dict["responseJustification"] = response_justification
        if "assessement_justification" not in unreadable:
            assessement_justification: None | str | Unset
            if isinstance(self.assessement_justification, Unset):
                assessement_justification = UNSET
            else:
                assessement_justification = self.assessement_justification

            if assessement_justification is not UNSET:
                field_dict["assessementJustification"] = assessement_justification
        if "priority" not in unreadable:
            priority: int | None | Unset
            if isinstance(self.priority, Unset):
                priority = UNSET
            else:
                priority = self.priority

            if priority is not UNSET:
                field_dict["priority"] = priority
        if "response_type" not in unreadable:
            response_type: None | str | Unset
            if isinstance(self.response_type, Unset):
                response_type = UNSET
            elif isinstance(self.response_type, RiskResponseType):
                response_type = self.response_type.value
            else:
                response_type = self.response_type

            if response_type is not UNSET:
                field_dict["responseType"] = response_type
        if "impact_initial" not in unreadable:
            impact_initial: float | None | Unset
            if isinstance(self.impact_initial, Unset):
                impact_initial = UNSET
            else:
                impact_initial = self.impact_initial

            if impact_initial is not UNSET:
                field_dict["impactInitial"] = impact_initial
        if "probability_initial" not in unreadable:
            probability_initial: float | None | Unset
            if isinstance(self.probability_initial, Unset):
                probability_initial = UNSET
            else:
                probability_initial = self.probability_initial

            if probability_initial is not UNSET:
                field_dict["probabilityInitial"] = probability_initial
        if "impact_residual" not in unreadable:
            impact_residual: float | None | Unset
            if isinstance(self.impact_residual, Unset):
                impact_residual = UNSET
            else:
                impact_residual = self.impact_residual

            if impact_residual is not UNSET:
                field_dict["impactResidual"] = impact_residual
        if "probability_residual" not in unreadable:
            probability_residual: float | None | Unset
            if isinstance(self.probability_residual, Unset):
                probability_residual = UNSET
            else:
                probability_residual = self.probability_residual

            if probability_residual is not UNSET:
                field_dict["probabilityResidual"] = probability_residual
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
            if len(src_dict) >= 15:
                values = _KNOWN_VALUES(src_dict)
            else:  # a known key is absent (no KeyError raised and caught for it)
                values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except KeyError:  # unknown keys in place of known ones
            values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except (TypeError, AttributeError):  # a list, a string, a number...: not an object
            raise not_an_object(cls, src_dict) from None
        parsed = cls.__new__(cls)
        absent = 0  # the known keys the object lacks: its other keys are unknown ones if len() says more
        value = values[0]
        try:
            parsed.risk_id = parse_uuid(value)
        except (TypeError, ValueError, AttributeError):
            invalid(parsed, "risk_id", "riskId", "UUID", value)
            absent += value is MISSING

        value = values[1]
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

        value = values[2]
        if type(value) is int or value is None:
            parsed.area_id = value
        elif value is UNSET:
            parsed.area_id = UNSET
            absent += 1
        else:
            invalid(parsed, "area_id", "areaId", "int | None", value)

        value = values[3]
        if isinstance(value, str):
            parsed.object_type = _RISK_OBJECT_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.object_type = None
        elif value is UNSET:
            parsed.object_type = UNSET
            absent += 1
        else:
            invalid(parsed, "object_type", "objectType", "RiskObjectType | str | None", value)

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.object_id = value
        elif value is UNSET:
            parsed.object_id = UNSET
            absent += 1
        else:
            invalid(parsed, "object_id", "objectId", "str | None", value)

        value = values[5]
        if isinstance(value, str) or value is None:
            parsed.description = value
        elif value is UNSET:
            parsed.description = UNSET
            absent += 1
        else:
            invalid(parsed, "description", "description", "str | None", value)

        value = values[6]
        if type(value) is int or value is None:
            parsed.owner_id = value
        elif value is UNSET:
            parsed.owner_id = UNSET
            absent += 1
        else:
            invalid(parsed, "owner_id", "ownerId", "int | None", value)

        value = values[7]
        if isinstance(value, str) or value is None:
            parsed.response_justification = value
        elif value is UNSET:
            parsed.response_justification = UNSET
            absent += 1
        else:
            invalid(parsed, "response_justification", "responseJustification", "str | None", value)

        value = values[8]
        if isinstance(value, str) or value is None:
            parsed.assessement_justification = value
        elif value is UNSET:
            parsed.assessement_justification = UNSET
            absent += 1
        else:
            invalid(parsed, "assessement_justification", "assessementJustification", "str | None", value)

        value = values[9]
        if type(value) is int or value is None:
            parsed.priority = value
        elif value is UNSET:
            parsed.priority = UNSET
            absent += 1
        else:
            invalid(parsed, "priority", "priority", "int | None", value)

        value = values[10]
        if isinstance(value, str):
            parsed.response_type = _RISK_RESPONSE_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.response_type = None
        elif value is UNSET:
            parsed.response_type = UNSET
            absent += 1
        else:
            invalid(parsed, "response_type", "responseType", "RiskResponseType | str | None", value)

        value = values[11]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.impact_initial = value
        elif value is UNSET:
            parsed.impact_initial = UNSET
            absent += 1
        else:
            invalid(parsed, "impact_initial", "impactInitial", "float | None", value)

        value = values[12]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.probability_initial = value
        elif value is UNSET:
            parsed.probability_initial = UNSET
            absent += 1
        else:
            invalid(parsed, "probability_initial", "probabilityInitial", "float | None", value)

        value = values[13]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.impact_residual = value
        elif value is UNSET:
            parsed.impact_residual = UNSET
            absent += 1
        else:
            invalid(parsed, "impact_residual", "impactResidual", "float | None", value)

        value = values[14]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.probability_residual = value
        elif value is UNSET:
            parsed.probability_residual = UNSET
            absent += 1
        else:
            invalid(parsed, "probability_residual", "probabilityResidual", "float | None", value)

        if len(src_dict) + absent == 15:  # every key is a known one
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
