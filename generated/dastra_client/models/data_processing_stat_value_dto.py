from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import VariantMismatchError
from .._lazy import (
    EAGER,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.data_processing_state import DataProcessingState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_flow_step_dto import WorkFlowStepDto
else:
    WorkFlowStepDto = deferred(globals(), "WorkFlowStepDto", "..models.work_flow_step_dto")


_DATA_PROCESSING_STATE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in DataProcessingState
}


def _load_work_flow_step(model: DataProcessingStatValueDto, source: Mapping[str, Any]) -> Any:
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
    "state",
    "label",
    "ref",
    "dateUpdate",
    "workFlowStep",
    "progression",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "id": UNSET,
    "state": UNSET,
    "label": UNSET,
    "ref": UNSET,
    "dateUpdate": UNSET,
    "workFlowStep": UNSET,
    "progression": UNSET,
}

T = TypeVar("T", bound="DataProcessingStatValueDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DataProcessingStatValueDto(LazyModel):
    """Attributes:
    id (None | Unset | UUID):
    state (DataProcessingState | None | str | Unset):
    label (None | str | Unset):
    ref (None | str | Unset):
    date_update (datetime.datetime | None | Unset):
    work_flow_step (None | Unset | WorkFlowStepDto):
    progression (float | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("state", "state"),
        ("label", "label"),
        ("ref", "ref"),
        ("date_update", "dateUpdate"),
        ("work_flow_step", "workFlowStep"),
        ("progression", "progression"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "work_flow_step": _load_work_flow_step,
    }

    id: None | Unset | UUID = UNSET
    state: DataProcessingState | None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    ref: None | str | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    work_flow_step: None | Unset | WorkFlowStepDto = UNSET
    progression: float | None | Unset = UNSET
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
            id: None | str | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            elif isinstance(self.id, UUID):
                id = str(self.id)
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "state" not in unreadable:
            state: None | str | Unset
            if isinstance(self.state, Unset):
                state = UNSET
            elif isinstance(self.state, DataProcessingState):
                state = self.state.value
            else:
                state = self.state

            if state is not UNSET:
                field_dict["state"] = state
        if "label" not in unreadable:
            label: None | str | Unset
            if isinstance(self.label, Unset):
                label = UNSET
            else:
                label = self.label

            if label is not UNSET:
                field_dict["label"] = label
        if "ref" not in unreadable:
            ref: None | str | Unset
            if isinstance(self.ref, Unset):
                ref = UNSET
            else:
                ref = self.ref

            if ref is not UNSET:
                field_dict["ref"] = ref
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
        if "progression" not in unreadable:
            progression: float | None | Unset
            if isinstance(self.progression, Unset):
                progression = UNSET
            else:
                progression = self.progression

            if progression is not UNSET:
                field_dict["progression"] = progression
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

        value = values[1]
        if isinstance(value, str):
            parsed.state = _DATA_PROCESSING_STATE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.state = None
        elif value is UNSET:
            parsed.state = UNSET
            absent += 1
        else:
            invalid(parsed, "state", "state", "DataProcessingState | str | None", value)

        value = values[2]
        if isinstance(value, str) or value is None:
            parsed.label = value
        elif value is UNSET:
            parsed.label = UNSET
            absent += 1
        else:
            invalid(parsed, "label", "label", "str | None", value)

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.ref = value
        elif value is UNSET:
            parsed.ref = UNSET
            absent += 1
        else:
            invalid(parsed, "ref", "ref", "str | None", value)

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

        value = values[6]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.progression = value
        elif value is UNSET:
            parsed.progression = UNSET
            absent += 1
        else:
            invalid(parsed, "progression", "progression", "float | None", value)

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
