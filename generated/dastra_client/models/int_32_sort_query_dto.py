from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import (
    LazyModel,
    invalid,
    not_an_object,
)
from ..types import UNSET, Unset

_KEYS: Final[tuple[str, ...]] = (
    "ids",
    "nextId",
    "prevId",
    "parentId",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "ids": UNSET,
    "nextId": UNSET,
    "prevId": UNSET,
    "parentId": UNSET,
}

T = TypeVar("T", bound="Int32SortQueryDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Int32SortQueryDto(LazyModel):
    """Attributes:
    ids (list[int] | None | Unset):
    next_id (int | None | Unset):
    prev_id (int | None | Unset):
    parent_id (int | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("ids", "ids"),
        ("next_id", "nextId"),
        ("prev_id", "prevId"),
        ("parent_id", "parentId"),
    )

    ids: list[int] | None | Unset = UNSET
    next_id: int | None | Unset = UNSET
    prev_id: int | None | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "ids" not in unreadable:
            ids: list[int] | None | Unset
            if isinstance(self.ids, Unset):
                ids = UNSET
            elif isinstance(self.ids, list):
                ids = self.ids

            else:
                ids = self.ids

            if ids is not UNSET:
                field_dict["ids"] = ids
        if "next_id" not in unreadable:
            next_id: int | None | Unset
            if isinstance(self.next_id, Unset):
                next_id = UNSET
            else:
                next_id = self.next_id

            if next_id is not UNSET:
                field_dict["nextId"] = next_id
        if "prev_id" not in unreadable:
            prev_id: int | None | Unset
            if isinstance(self.prev_id, Unset):
                prev_id = UNSET
            else:
                prev_id = self.prev_id

            if prev_id is not UNSET:
                field_dict["prevId"] = prev_id
        if "parent_id" not in unreadable:
            parent_id: int | None | Unset
            if isinstance(self.parent_id, Unset):
                parent_id = UNSET
            else:
                parent_id = self.parent_id

            if parent_id is not UNSET:
                field_dict["parentId"] = parent_id
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
            if len(src_dict) >= 4:
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
                if type(item) is not int:
                    invalid(
                        parsed, "ids", "ids", "list[int] | None", value, items=lambda item: type(item) is int
                    )
                    break
            else:
                parsed.ids = value
        elif value is None:
            parsed.ids = None
        elif value is UNSET:
            parsed.ids = UNSET
            absent += 1
        else:
            invalid(parsed, "ids", "ids", "list[int] | None", value)

        value = values[1]
        if type(value) is int or value is None:
            parsed.next_id = value
        elif value is UNSET:
            parsed.next_id = UNSET
            absent += 1
        else:
            invalid(parsed, "next_id", "nextId", "int | None", value)

        value = values[2]
        if type(value) is int or value is None:
            parsed.prev_id = value
        elif value is UNSET:
            parsed.prev_id = UNSET
            absent += 1
        else:
            invalid(parsed, "prev_id", "prevId", "int | None", value)

        value = values[3]
        if type(value) is int or value is None:
            parsed.parent_id = value
        elif value is UNSET:
            parsed.parent_id = UNSET
            absent += 1
        else:
            invalid(parsed, "parent_id", "parentId", "int | None", value)

        if len(src_dict) + absent == 4:  # every key is a known one
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
