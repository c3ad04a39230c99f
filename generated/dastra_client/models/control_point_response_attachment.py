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
from ..types import UNSET, Unset

_KEYS: Final[tuple[str, ...]] = (
    "id",
    "url",
    "size",
    "fileName",
    "containerId",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "id": UNSET,
    "url": UNSET,
    "size": UNSET,
    "fileName": UNSET,
    "containerId": UNSET,
}

T = TypeVar("T", bound="ControlPointResponseAttachment")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ControlPointResponseAttachment(LazyModel):
    """Attributes:
    id (None | Unset | UUID):
    url (None | str | Unset):
    size (int | None | Unset):
    file_name (None | str | Unset):
    container_id (None | str | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("url", "url"),
        ("size", "size"),
        ("file_name", "fileName"),
        ("container_id", "containerId"),
    )

    id: None | Unset | UUID = UNSET
    url: None | str | Unset = UNSET
    size: int | None | Unset = UNSET
    file_name: None | str | Unset = UNSET
    container_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        if "url" not in unreadable:
            url: None | str | Unset
            if isinstance(self.url, Unset):
                url = UNSET
            else:
                url = self.url

            if url is not UNSET:
                field_dict["url"] = url
        if "size" not in unreadable:
            size: int | None | Unset
            if isinstance(self.size, Unset):
                size = UNSET
            else:
                size = self.size

            if size is not UNSET:
                field_dict["size"] = size
        if "file_name" not in unreadable:
            file_name: None | str | Unset
            if isinstance(self.file_name, Unset):
                file_name = UNSET
            else:
                file_name = self.file_name

            if file_name is not UNSET:
                field_dict["fileName"] = file_name
        if "container_id" not in unreadable:
            container_id: None | str | Unset
            if isinstance(self.container_id, Unset):
                container_id = UNSET
            else:
                container_id = self.container_id

            if container_id is not UNSET:
                field_dict["containerId"] = container_id
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
            if len(src_dict) >= 5:
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
        if isinstance(value, str) or value is None:
            parsed.url = value
        elif value is UNSET:
            parsed.url = UNSET
            absent += 1
        else:
            invalid(parsed, "url", "url", "str | None", value)

        value = values[2]
        if type(value) is int or value is None:
            parsed.size = value
        elif value is UNSET:
            parsed.size = UNSET
            absent += 1
        else:
            invalid(parsed, "size", "size", "int | None", value)

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.file_name = value
        elif value is UNSET:
            parsed.file_name = UNSET
            absent += 1
        else:
            invalid(parsed, "file_name", "fileName", "str | None", value)

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.container_id = value
        elif value is UNSET:
            parsed.container_id = UNSET
            absent += 1
        else:
            invalid(parsed, "container_id", "containerId", "str | None", value)

        if len(src_dict) + absent == 5:  # every key is a known one
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
