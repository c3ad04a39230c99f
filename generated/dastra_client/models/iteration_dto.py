from __future__ import annotations

import datetime
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
from ..types import UNSET, Unset

_KEYS: Final[tuple[str, ...]] = (
    "label",
    "start",
    "end",
    "id",
    "displayName",
    "done",
    "current",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "label": MISSING,
    "start": MISSING,
    "end": MISSING,
    "id": UNSET,
    "displayName": UNSET,
    "done": UNSET,
    "current": UNSET,
}

T = TypeVar("T", bound="IterationDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class IterationDto(LazyModel):
    """Attributes:
    label (str):
    start (datetime.datetime):
    end (datetime.datetime):
    id (None | Unset | UUID):
    display_name (None | str | Unset):
    done (bool | None | Unset):
    current (bool | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("label", "label"),
        ("start", "start"),
        ("end", "end"),
        ("id", "id"),
        ("display_name", "displayName"),
        ("done", "done"),
        ("current", "current"),
    )

    label: str
    start: datetime.datetime
    end: datetime.datetime
    id: None | Unset | UUID = UNSET
    display_name: None | str | Unset = UNSET
    done: bool | None | Unset = UNSET
    current: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "label" not in unreadable:
            label = self.label

            field_dict["label"] = label
        if "start" not in unreadable:
            start = self.start.isoformat()

            field_dict["start"] = start
        if "end" not in unreadable:
            end = self.end.isoformat()

            field_dict["end"] = end
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
        if "display_name" not in unreadable:
            display_name: None | str | Unset
            if isinstance(self.display_name, Unset):
                display_name = UNSET
            else:
                display_name = self.display_name

            if display_name is not UNSET:
                field_dict["displayName"] = display_name
        if "done" not in unreadable:
            done: bool | None | Unset
            if isinstance(self.done, Unset):
                done = UNSET
            else:
                done = self.done

            if done is not UNSET:
                field_dict["done"] = done
        if "current" not in unreadable:
            current: bool | None | Unset
            if isinstance(self.current, Unset):
                current = UNSET
            else:
                current = self.current

            if current is not UNSET:
                field_dict["current"] = current
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
        value = values[0]
        if isinstance(value, str):
            parsed.label = value
        else:
            invalid(parsed, "label", "label", "str", value)
            absent += value is MISSING

        value = values[1]
        try:
            parsed.start = datetime.datetime.fromisoformat(value)
        except (TypeError, ValueError):
            invalid(parsed, "start", "start", "datetime.datetime", value)
            absent += value is MISSING

        value = values[2]
        try:
            parsed.end = datetime.datetime.fromisoformat(value)
        except (TypeError, ValueError):
            invalid(parsed, "end", "end", "datetime.datetime", value)
            absent += value is MISSING

        value = values[3]
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

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.display_name = value
        elif value is UNSET:
            parsed.display_name = UNSET
            absent += 1
        else:
            invalid(parsed, "display_name", "displayName", "str | None", value)

        value = values[5]
        if type(value) is bool or value is None:
            parsed.done = value
        elif value is UNSET:
            parsed.done = UNSET
            absent += 1
        else:
            invalid(parsed, "done", "done", "bool | None", value)

        value = values[6]
        if type(value) is bool or value is None:
            parsed.current = value
        elif value is UNSET:
            parsed.current = UNSET
            absent += 1
        else:
            invalid(parsed, "current", "current", "bool | None", value)

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
