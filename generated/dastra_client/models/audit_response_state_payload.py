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
from ..models.audit_response_evaluation_state import AuditResponseEvaluationState
from ..types import UNSET, Unset

_AUDIT_RESPONSE_EVALUATION_STATE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in AuditResponseEvaluationState
}


_KEYS: Final[tuple[str, ...]] = (
    "questionIds",
    "state",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "questionIds": UNSET,
    "state": UNSET,
}

T = TypeVar("T", bound="AuditResponseStatePayload")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AuditResponseStatePayload(LazyModel):
    """Attributes:
    question_ids (list[UUID] | None | Unset):
    state (AuditResponseEvaluationState | None | str | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("question_ids", "questionIds"),
        ("state", "state"),
    )

    question_ids: list[UUID] | None | Unset = UNSET
    state: AuditResponseEvaluationState | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "question_ids" not in unreadable:
            question_ids: list[str] | None | Unset
            if isinstance(self.question_ids, Unset):
                question_ids = UNSET
            elif isinstance(self.question_ids, list):
                question_ids = []
                for question_ids_type_0_item_data in self.question_ids:
                    question_ids_type_0_item = str(question_ids_type_0_item_data)
                    question_ids.append(question_ids_type_0_item)

            else:
                question_ids = self.question_ids

            if question_ids is not UNSET:
                field_dict["questionIds"] = question_ids
        if "state" not in unreadable:
            state: None | str | Unset
            if isinstance(self.state, Unset):
                state = UNSET
            elif isinstance(self.state, AuditResponseEvaluationState):
                state = self.state.value
            else:
                state = self.state

            if state is not UNSET:
                field_dict["state"] = state
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
            if len(src_dict) >= 2:
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
            try:
                parsed.question_ids = [parse_uuid(item) for item in value]
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "question_ids", "questionIds", "list[UUID] | None", value, items=parse_uuid)
        elif value is None:
            parsed.question_ids = None
        elif value is UNSET:
            parsed.question_ids = UNSET
            absent += 1
        else:
            invalid(parsed, "question_ids", "questionIds", "list[UUID] | None", value)

        value = values[1]
        if isinstance(value, str):
            parsed.state = _AUDIT_RESPONSE_EVALUATION_STATE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.state = None
        elif value is UNSET:
            parsed.state = UNSET
            absent += 1
        else:
            invalid(parsed, "state", "state", "AuditResponseEvaluationState | str | None", value)

        if len(src_dict) + absent == 2:  # every key is a known one
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
