from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import (
    LazyModel,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.risk_evaluation_state import RiskEvaluationState
from ..models.risk_object_type import RiskObjectType
from ..types import UNSET, Unset

_RISK_EVALUATION_STATE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in RiskEvaluationState
}
_RISK_OBJECT_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in RiskObjectType}


_KEYS: Final[tuple[str, ...]] = (
    "states",
    "objectType",
    "controlPointId",
    "objectId",
    "q",
    "areaId",
    "riskIds",
    "catIds",
    "select",
    "page",
    "size",
    "skip",
    "sortBy",
    "asc",
    "filters",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "states": UNSET,
    "objectType": UNSET,
    "controlPointId": UNSET,
    "objectId": UNSET,
    "q": UNSET,
    "areaId": UNSET,
    "riskIds": UNSET,
    "catIds": UNSET,
    "select": UNSET,
    "page": UNSET,
    "size": UNSET,
    "skip": UNSET,
    "sortBy": UNSET,
    "asc": UNSET,
    "filters": UNSET,
}

T = TypeVar("T", bound="RiskEvaluationQuery")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RiskEvaluationQuery(LazyModel):
    """Attributes:
    states (list[RiskEvaluationState | str] | None | Unset):
    object_type (None | RiskObjectType | str | Unset):
    control_point_id (None | Unset | UUID):
    object_id (None | str | Unset):
    q (None | str | Unset):
    area_id (int | None | Unset):
    risk_ids (list[UUID] | None | Unset):
    cat_ids (list[UUID] | None | Unset):
    select (None | str | Unset):
    page (int | None | Unset):
    size (int | None | Unset):
    skip (int | None | Unset):
    sort_by (None | str | Unset):
    asc (bool | None | Unset):
    filters (None | str | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("states", "states"),
        ("object_type", "objectType"),
        ("control_point_id", "controlPointId"),
        ("object_id", "objectId"),
        ("q", "q"),
        ("area_id", "areaId"),
        ("risk_ids", "riskIds"),
        ("cat_ids", "catIds"),
        ("select", "select"),
        ("page", "page"),
        ("size", "size"),
        ("skip", "skip"),
        ("sort_by", "sortBy"),
        ("asc", "asc"),
        ("filters", "filters"),
    )

    states: list[RiskEvaluationState | str] | None | Unset = UNSET
    object_type: None | RiskObjectType | str | Unset = UNSET
    control_point_id: None | Unset | UUID = UNSET
    object_id: None | str | Unset = UNSET
    q: None | str | Unset = UNSET
    area_id: int | None | Unset = UNSET
    risk_ids: list[UUID] | None | Unset = UNSET
    cat_ids: list[UUID] | None | Unset = UNSET
    select: None | str | Unset = UNSET
    page: int | None | Unset = UNSET
    size: int | None | Unset = UNSET
    skip: int | None | Unset = UNSET
    sort_by: None | str | Unset = UNSET
    asc: bool | None | Unset = UNSET
    filters: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "states" not in unreadable:
            states: list[str] | None | Unset
            if isinstance(self.states, Unset):
                states = UNSET
            elif isinstance(self.states, list):
                states = []
                for states_type_0_item_data in self.states:
                    states_type_0_item: str
                    if isinstance(states_type_0_item_data, RiskEvaluationState):
                        states_type_0_item = states_type_0_item_data.value
                    else:
                        states_type_0_item = states_type_0_item_data
                    states.append(states_type_0_item)

            else:
                states = self.states

            if states is not UNSET:
                field_dict["states"] = states
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
        if "control_point_id" not in unreadable:
            control_point_id: None | str | Unset
            if isinstance(self.control_point_id, Unset):
                control_point_id = UNSET
            elif isinstance(self.control_point_id, UUID):
                control_point_id = str(self.control_point_id)
            else:
                control_point_id = self.control_point_id

            if control_point_id is not UNSET:
                field_dict["controlPointId"] = control_point_id
        if "object_id" not in unreadable:
            object_id: None | str | Unset
            if isinstance(self.object_id, Unset):
                object_id = UNSET
            else:
                object_id = self.object_id

            if object_id is not UNSET:
                field_dict["objectId"] = object_id
        if "q" not in unreadable:
            q: None | str | Unset
            if isinstance(self.q, Unset):
                q = UNSET
            else:
                q = self.q

            if q is not UNSET:
                field_dict["q"] = q
        if "area_id" not in unreadable:
            area_id: int | None | Unset
            if isinstance(self.area_id, Unset):
                area_id = UNSET
            else:
                area_id = self.area_id

            if area_id is not UNSET:
                field_dict["areaId"] = area_id
        if "risk_ids" not in unreadable:
            risk_ids: list[str] | None | Unset
            if isinstance(self.risk_ids, Unset):
                risk_ids = UNSET
            elif isinstance(self.risk_ids, list):
                risk_ids = []
                for risk_ids_type_0_item_data in self.risk_ids:
                    risk_ids_type_0_item = str(risk_ids_type_0_item_data)
                    risk_ids.append(risk_ids_type_0_item)

            else:
                risk_ids = self.risk_ids

            if risk_ids is not UNSET:
                field_dict["riskIds"] = risk_ids
        if "cat_ids" not in unreadable:
            cat_ids: list[str] | None | Unset
            if isinstance(self.cat_ids, Unset):
                cat_ids = UNSET
            elif isinstance(self.cat_ids, list):
                cat_ids = []
                for cat_ids_type_0_item_data in self.cat_ids:
                    cat_ids_type_0_item = str(cat_ids_type_0_item_data)
                    cat_ids.append(cat_ids_type_0_item)

            else:
                cat_ids = self.cat_ids

            if cat_ids is not UNSET:
                field_dict["catIds"] = cat_ids
        if "select" not in unreadable:
            select: None | str | Unset
            if isinstance(self.select, Unset):
                select = UNSET
            else:
                select = self.select

            if select is not UNSET:
                field_dict["select"] = select
        if "page" not in unreadable:
            page: int | None | Unset
            if isinstance(self.page, Unset):
                page = UNSET
            else:
                page = self.page

            if page is not UNSET:
                field_dict["page"] = page
        if "size" not in unreadable:
            size: int | None | Unset
            if isinstance(self.size, Unset):
                size = UNSET
            else:
                size = self.size

            if size is not UNSET:
                field_dict["size"] = size
        if "skip" not in unreadable:
            skip: int | None | Unset
            if isinstance(self.skip, Unset):
                skip = UNSET
            else:
                skip = self.skip

            if skip is not UNSET:
                field_dict["skip"] = skip
        if "sort_by" not in unreadable:
            sort_by: None | str | Unset
            if isinstance(self.sort_by, Unset):
                sort_by = UNSET
            else:
                sort_by = self.sort_by

            if sort_by is not UNSET:
                field_dict["sortBy"] = sort_by
        if "asc" not in unreadable:
            asc: bool | None | Unset
            if isinstance(self.asc, Unset):
                asc = UNSET
            else:
                asc = self.asc

            if asc is not UNSET:
                field_dict["asc"] = asc
        if "filters" not in unreadable:
            filters: None | str | Unset
            if isinstance(self.filters, Unset):
                filters = UNSET
            else:
                filters = self.filters

            if filters is not UNSET:
                field_dict["filters"] = filters
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
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "states",
                        "states",
                        "list[RiskEvaluationState | str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.states = [_RISK_EVALUATION_STATE_BY_VALUE.get(item, item) for item in value]
        elif value is None:
            parsed.states = None
        elif value is UNSET:
            parsed.states = UNSET
            absent += 1
        else:
            invalid(parsed, "states", "states", "list[RiskEvaluationState | str] | None", value)

        value = values[1]
        if isinstance(value, str):
            parsed.object_type = _RISK_OBJECT_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.object_type = None
        elif value is UNSET:
            parsed.object_type = UNSET
            absent += 1
        else:
            invalid(parsed, "object_type", "objectType", "RiskObjectType | str | None", value)

        value = values[2]
        if value is None:
            parsed.control_point_id = None
        elif value is UNSET:
            parsed.control_point_id = UNSET
            absent += 1
        else:
            try:
                parsed.control_point_id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "control_point_id", "controlPointId", "UUID | None", value)

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.object_id = value
        elif value is UNSET:
            parsed.object_id = UNSET
            absent += 1
        else:
            invalid(parsed, "object_id", "objectId", "str | None", value)

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.q = value
        elif value is UNSET:
            parsed.q = UNSET
            absent += 1
        else:
            invalid(parsed, "q", "q", "str | None", value)

        value = values[5]
        if type(value) is int or value is None:
            parsed.area_id = value
        elif value is UNSET:
            parsed.area_id = UNSET
            absent += 1
        else:
            invalid(parsed, "area_id", "areaId", "int | None", value)

        value = values[6]
        if isinstance(value, list):
            try:
                parsed.risk_ids = [parse_uuid(item) for item in value]
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "risk_ids", "riskIds", "list[UUID] | None", value, items=parse_uuid)
        elif value is None:
            parsed.risk_ids = None
        elif value is UNSET:
            parsed.risk_ids = UNSET
            absent += 1
        else:
            invalid(parsed, "risk_ids", "riskIds", "list[UUID] | None", value)

        value = values[7]
        if isinstance(value, list):
            try:
                parsed.cat_ids = [parse_uuid(item) for item in value]
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "cat_ids", "catIds", "list[UUID] | None", value, items=parse_uuid)
        elif value is None:
            parsed.cat_ids = None
        elif value is UNSET:
            parsed.cat_ids = UNSET
            absent += 1
        else:
            invalid(parsed, "cat_ids", "catIds", "list[UUID] | None", value)

        value = values[8]
        if isinstance(value, str) or value is None:
            parsed.select = value
        elif value is UNSET:
            parsed.select = UNSET
            absent += 1
        else:
            invalid(parsed, "select", "select", "str | None", value)

        value = values[9]
        if type(value) is int or value is None:
            parsed.page = value
        elif value is UNSET:
            parsed.page = UNSET
            absent += 1
        else:
            invalid(parsed, "page", "page", "int | None", value)

        value = values[10]
        if type(value) is int or value is None:
            parsed.size = value
        elif value is UNSET:
            parsed.size = UNSET
            absent += 1
        else:
            invalid(parsed, "size", "size", "int | None", value)

        value = values[11]
        if type(value) is int or value is None:
            parsed.skip = value
        elif value is UNSET:
            parsed.skip = UNSET
            absent += 1
        else:
            invalid(parsed, "skip", "skip", "int | None", value)

        value = values[12]
        if isinstance(value, str) or value is None:
            parsed.sort_by = value
        elif value is UNSET:
            parsed.sort_by = UNSET
            absent += 1
        else:
            invalid(parsed, "sort_by", "sortBy", "str | None", value)

        value = values[13]
        if type(value) is bool or value is None:
            parsed.asc = value
        elif value is UNSET:
            parsed.asc = UNSET
            absent += 1
        else:
            invalid(parsed, "asc", "asc", "bool | None", value)

        value = values[14]
        if isinstance(value, str) or value is None:
            parsed.filters = value
        elif value is UNSET:
            parsed.filters = UNSET
            absent += 1
        else:
            invalid(parsed, "filters", "filters", "str | None", value)

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
