from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import VariantMismatchError
from .._lazy import (
    EAGER,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
)
from ..models.data_subject_purpose_type import DataSubjectPurposeType
from ..models.data_subject_request_state import DataSubjectRequestState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_flow_step_dto import WorkFlowStepDto
else:
    WorkFlowStepDto = deferred(globals(), "WorkFlowStepDto", "..models.work_flow_step_dto")


_DATA_SUBJECT_PURPOSE_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in DataSubjectPurposeType
}
_DATA_SUBJECT_REQUEST_STATE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in DataSubjectRequestState
}


def _load_work_flow_step(model: DataSubjectStatValueDto, source: Mapping[str, Any]) -> Any:
    value = source.get("workFlowStep", UNSET)
    if value is None or value is UNSET:
        model.work_flow_step = value
        return value
    if isinstance(value, dict):
        try:
            model.work_flow_step = result = WorkFlowStepDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "work_flow_step", "workFlowStep", "WorkFlowStepDto | None", value)
    else:
        result = invalid(model, "work_flow_step", "workFlowStep", "WorkFlowStepDto | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "id",
    "title",
    "state",
    "workFlowStep",
    "complex",
    "dateCreation",
    "expiryTime",
    "dateClosed",
    "purposes",
    "remainingDays",
    "daysToClose",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "id": UNSET,
    "title": UNSET,
    "state": UNSET,
    "workFlowStep": UNSET,
    "complex": UNSET,
    "dateCreation": UNSET,
    "expiryTime": UNSET,
    "dateClosed": UNSET,
    "purposes": UNSET,
    "remainingDays": UNSET,
    "daysToClose": UNSET,
}

T = TypeVar("T", bound="DataSubjectStatValueDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DataSubjectStatValueDto(LazyModel):
    """Attributes:
    id (int | None | Unset):
    title (None | str | Unset):
    state (DataSubjectRequestState | None | str | Unset):
    work_flow_step (None | Unset | WorkFlowStepDto):
    complex_ (bool | None | Unset):
    date_creation (datetime.datetime | None | Unset):
    expiry_time (datetime.datetime | None | Unset):
    date_closed (datetime.datetime | None | Unset):
    purposes (list[DataSubjectPurposeType | str] | None | Unset):
    remaining_days (int | None | Unset):
    days_to_close (int | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("title", "title"),
        ("state", "state"),
        ("work_flow_step", "workFlowStep"),
        ("complex_", "complex"),
        ("date_creation", "dateCreation"),
        ("expiry_time", "expiryTime"),
        ("date_closed", "dateClosed"),
        ("purposes", "purposes"),
        ("remaining_days", "remainingDays"),
        ("days_to_close", "daysToClose"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "work_flow_step": _load_work_flow_step,
    }

    id: int | None | Unset = UNSET
    title: None | str | Unset = UNSET
    state: DataSubjectRequestState | None | str | Unset = UNSET
    work_flow_step: None | Unset | WorkFlowStepDto = UNSET
    complex_: bool | None | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    expiry_time: datetime.datetime | None | Unset = UNSET
    date_closed: datetime.datetime | None | Unset = UNSET
    purposes: list[DataSubjectPurposeType | str] | None | Unset = UNSET
    remaining_days: int | None | Unset = UNSET
    days_to_close: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.work_flow_step_dto import WorkFlowStepDto

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "id" not in unreadable:
            id: int | None | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "title" not in unreadable:
            title: None | str | Unset
            if isinstance(self.title, Unset):
                title = UNSET
            else:
                title = self.title

            if title is not UNSET:
                field_dict["title"] = title
        if "state" not in unreadable:
            state: None | str | Unset
            if isinstance(self.state, Unset):
                state = UNSET
            elif isinstance(self.state, DataSubjectRequestState):
                state = self.state.value
            else:
                state = self.state

            if state is not UNSET:
                field_dict["state"] = state
        if "work_flow_step" not in unreadable:
            work_flow_step: dict[str, Any] | None | Unset
            if isinstance(self.work_flow_step, Unset):
                work_flow_step = UNSET
            elif isinstance(self.work_flow_step, WorkFlowStepDto):
                work_flow_step = self.work_flow_step.to_dict()
            else:
                work_flow_step = self.work_flow_step

            if work_flow_step is not UNSET:
                field_dict["workFlowStep"] = work_flow_step
        if "complex_" not in unreadable:
            complex_: bool | None | Unset
            if isinstance(self.complex_, Unset):
                complex_ = UNSET
            else:
                complex_ = self.complex_

            if complex_ is not UNSET:
                field_dict["complex"] = complex_
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
        if "expiry_time" not in unreadable:
            expiry_time: None | str | Unset
            if isinstance(self.expiry_time, Unset):
                expiry_time = UNSET
            elif isinstance(self.expiry_time, datetime.datetime):
                expiry_time = self.expiry_time.isoformat()
            else:
                expiry_time = self.expiry_time

            if expiry_time is not UNSET:
                field_dict["expiryTime"] = expiry_time
        if "date_closed" not in unreadable:
            date_closed: None | str | Unset
            if isinstance(self.date_closed, Unset):
                date_closed = UNSET
            elif isinstance(self.date_closed, datetime.datetime):
                date_closed = self.date_closed.isoformat()
            else:
                date_closed = self.date_closed

            if date_closed is not UNSET:
                field_dict["dateClosed"] = date_closed
        if "purposes" not in unreadable:
            purposes: list[str] | None | Unset
            if isinstance(self.purposes, Unset):
                purposes = UNSET
            elif isinstance(self.purposes, list):
                purposes = []
                for purposes_type_0_item_data in self.purposes:
                    purposes_type_0_item: str
                    if isinstance(purposes_type_0_item_data, DataSubjectPurposeType):
                        purposes_type_0_item = purposes_type_0_item_data.value
                    else:
                        purposes_type_0_item = purposes_type_0_item_data
                    purposes.append(purposes_type_0_item)

            else:
                purposes = self.purposes

            if purposes is not UNSET:
                field_dict["purposes"] = purposes
        if "remaining_days" not in unreadable:
            remaining_days: int | None | Unset
            if isinstance(self.remaining_days, Unset):
                remaining_days = UNSET
            else:
                remaining_days = self.remaining_days

            if remaining_days is not UNSET:
                field_dict["remainingDays"] = remaining_days
        if "days_to_close" not in unreadable:
            days_to_close: int | None | Unset
            if isinstance(self.days_to_close, Unset):
                days_to_close = UNSET
            else:
                days_to_close = self.days_to_close

            if days_to_close is not UNSET:
                field_dict["daysToClose"] = days_to_close
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
            if len(src_dict) >= 11:
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
        if type(value) is int or value is None:
            parsed.id = value
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            invalid(parsed, "id", "id", "int | None", value)

        value = values[1]
        if isinstance(value, str) or value is None:
            parsed.title = value
        elif value is UNSET:
            parsed.title = UNSET
            absent += 1
        else:
            invalid(parsed, "title", "title", "str | None", value)

        value = values[2]
        if isinstance(value, str):
            parsed.state = _DATA_SUBJECT_REQUEST_STATE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.state = None
        elif value is UNSET:
            parsed.state = UNSET
            absent += 1
        else:
            invalid(parsed, "state", "state", "DataSubjectRequestState | str | None", value)

        value = values[3]
        if value is None:
            parsed.work_flow_step = None
        elif value is UNSET:
            parsed.work_flow_step = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.work_flow_step = WorkFlowStepDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "work_flow_step", "workFlowStep", "WorkFlowStepDto | None", value)
            else:
                invalid(parsed, "work_flow_step", "workFlowStep", "WorkFlowStepDto | None", value)

        value = values[4]
        if type(value) is bool or value is None:
            parsed.complex_ = value
        elif value is UNSET:
            parsed.complex_ = UNSET
            absent += 1
        else:
            invalid(parsed, "complex_", "complex", "bool | None", value)

        value = values[5]
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

        value = values[6]
        if value is None:
            parsed.expiry_time = None
        elif value is UNSET:
            parsed.expiry_time = UNSET
            absent += 1
        else:
            try:
                parsed.expiry_time = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "expiry_time", "expiryTime", "datetime.datetime | None", value)

        value = values[7]
        if value is None:
            parsed.date_closed = None
        elif value is UNSET:
            parsed.date_closed = UNSET
            absent += 1
        else:
            try:
                parsed.date_closed = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_closed", "dateClosed", "datetime.datetime | None", value)

        value = values[8]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "purposes",
                        "purposes",
                        "list[DataSubjectPurposeType | str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.purposes = [_DATA_SUBJECT_PURPOSE_TYPE_BY_VALUE.get(item, item) for item in value]
        elif value is None:
            parsed.purposes = None
        elif value is UNSET:
            parsed.purposes = UNSET
            absent += 1
        else:
            invalid(parsed, "purposes", "purposes", "list[DataSubjectPurposeType | str] | None", value)

        value = values[9]
        if type(value) is int or value is None:
            parsed.remaining_days = value
        elif value is UNSET:
            parsed.remaining_days = UNSET
            absent += 1
        else:
            invalid(parsed, "remaining_days", "remainingDays", "int | None", value)

        value = values[10]
        if type(value) is int or value is None:
            parsed.days_to_close = value
        elif value is UNSET:
            parsed.days_to_close = UNSET
            absent += 1
        else:
            invalid(parsed, "days_to_close", "daysToClose", "int | None", value)

        if len(src_dict) + absent == 11:  # every key is a known one
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
