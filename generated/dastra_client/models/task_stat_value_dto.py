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
from ..models.priority import Priority
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_flow_step_dto import WorkFlowStepDto
else:
    WorkFlowStepDto = deferred(globals(), "WorkFlowStepDto", "..models.work_flow_step_dto")


_PRIORITY_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in Priority}


def _load_work_flow_step(model: TaskStatValueDto, source: Mapping[str, Any]) -> Any:
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
    "label",
    "workFlowStep",
    "dateCreation",
    "deadline",
    "remainingDays",
    "priority",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "id": UNSET,
    "label": UNSET,
    "workFlowStep": UNSET,
    "dateCreation": UNSET,
    "deadline": UNSET,
    "remainingDays": UNSET,
    "priority": UNSET,
}

T = TypeVar("T", bound="TaskStatValueDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class TaskStatValueDto(LazyModel):
    """Attributes:
    id (int | None | Unset):
    label (None | str | Unset):
    work_flow_step (None | Unset | WorkFlowStepDto):
    date_creation (datetime.datetime | None | Unset):
    deadline (datetime.datetime | None | Unset):
    remaining_days (int | None | Unset):
    priority (None | Priority | str | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("label", "label"),
        ("work_flow_step", "workFlowStep"),
        ("date_creation", "dateCreation"),
        ("deadline", "deadline"),
        ("remaining_days", "remainingDays"),
        ("priority", "priority"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "work_flow_step": _load_work_flow_step,
    }

    id: int | None | Unset = UNSET
    label: None | str | Unset = UNSET
    work_flow_step: None | Unset | WorkFlowStepDto = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    deadline: datetime.datetime | None | Unset = UNSET
    remaining_days: int | None | Unset = UNSET
    priority: None | Priority | str | Unset = UNSET
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
        if "label" not in unreadable:
            label: None | str | Unset
            if isinstance(self.label, Unset):
                label = UNSET
            else:
                label = self.label

            if label is not UNSET:
                field_dict["label"] = label
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
        if "deadline" not in unreadable:
            deadline: None | str | Unset
            if isinstance(self.deadline, Unset):
                deadline = UNSET
            elif isinstance(self.deadline, datetime.datetime):
                deadline = self.deadline.isoformat()
            else:
                deadline = self.deadline

            if deadline is not UNSET:
                field_dict["deadline"] = deadline
        if "remaining_days" not in unreadable:
            remaining_days: int | None | Unset
            if isinstance(self.remaining_days, Unset):
                remaining_days = UNSET
            else:
                remaining_days = self.remaining_days

            if remaining_days is not UNSET:
                field_dict["remainingDays"] = remaining_days
        if "priority" not in unreadable:
            priority: None | str | Unset
            if isinstance(self.priority, Unset):
                priority = UNSET
            elif isinstance(self.priority, Priority):
                priority = self.priority.value
            else:
                priority = self.priority

            if priority is not UNSET:
                field_dict["priority"] = priority
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
            if len(src_dict) >= 7:
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
            parsed.label = value
        elif value is UNSET:
            parsed.label = UNSET
            absent += 1
        else:
            invalid(parsed, "label", "label", "str | None", value)

        value = values[2]
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
            parsed.deadline = None
        elif value is UNSET:
            parsed.deadline = UNSET
            absent += 1
        else:
            try:
                parsed.deadline = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "deadline", "deadline", "datetime.datetime | None", value)

        value = values[5]
        if type(value) is int or value is None:
            parsed.remaining_days = value
        elif value is UNSET:
            parsed.remaining_days = UNSET
            absent += 1
        else:
            invalid(parsed, "remaining_days", "remainingDays", "int | None", value)

        value = values[6]
        if isinstance(value, str):
            parsed.priority = _PRIORITY_BY_VALUE.get(value, value)
        elif value is None:
            parsed.priority = None
        elif value is UNSET:
            parsed.priority = UNSET
            absent += 1
        else:
            invalid(parsed, "priority", "priority", "Priority | str | None", value)

        if len(src_dict) + absent == 7:  # every key is a known one
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
