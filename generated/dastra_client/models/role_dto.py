from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import (
    MISSING,
    LazyModel,
    invalid,
    not_an_object,
)
from ..types import UNSET, Unset

_KEYS: Final[tuple[str, ...]] = (
    "name",
    "id",
    "isLocked",
    "permissions",
    "nbUsers",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "name": MISSING,
    "id": UNSET,
    "isLocked": UNSET,
    "permissions": UNSET,
    "nbUsers": UNSET,
}

T = TypeVar("T", bound="RoleDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RoleDto(LazyModel):
    """Attributes:
    name (str):
    id (int | None | Unset):
    is_locked (bool | None | Unset):
    permissions (list[int] | None | Unset):
    nb_users (int | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("id", "id"),
        ("is_locked", "isLocked"),
        ("permissions", "permissions"),
        ("nb_users", "nbUsers"),
    )

    name: str
    id: int | None | Unset = UNSET
    is_locked: bool | None | Unset = UNSET
    permissions: list[int] | None | Unset = UNSET
    nb_users: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "name" not in unreadable:
            name = self.name

            field_dict["name"] = name
        if "id" not in unreadable:
            id: int | None | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "is_locked" not in unreadable:
            is_locked: bool | None | Unset
            if isinstance(self.is_locked, Unset):
                is_locked = UNSET
            else:
                is_locked = self.is_locked

            if is_locked is not UNSET:
                field_dict["isLocked"] = is_locked
        if "permissions" not in unreadable:
            permissions: list[int] | None | Unset
            if isinstance(self.permissions, Unset):
                permissions = UNSET
            elif isinstance(self.permissions, list):
                permissions = self.permissions

            else:
                permissions = self.permissions

            if permissions is not UNSET:
                field_dict["permissions"] = permissions
        if "nb_users" not in unreadable:
            nb_users: int | None | Unset
            if isinstance(self.nb_users, Unset):
                nb_users = UNSET
            else:
                nb_users = self.nb_users

            if nb_users is not UNSET:
                field_dict["nbUsers"] = nb_users
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
        if isinstance(value, str):
            parsed.name = value
        else:
            invalid(parsed, "name", "name", "str", value)
            absent += value is MISSING

        value = values[1]
        if type(value) is int or value is None:
            parsed.id = value
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            invalid(parsed, "id", "id", "int | None", value)

        value = values[2]
        if type(value) is bool or value is None:
            parsed.is_locked = value
        elif value is UNSET:
            parsed.is_locked = UNSET
            absent += 1
        else:
            invalid(parsed, "is_locked", "isLocked", "bool | None", value)

        value = values[3]
        if isinstance(value, list):
            for item in value:
                if type(item) is not int:
                    invalid(
                        parsed,
                        "permissions",
                        "permissions",
                        "list[int] | None",
                        value,
                        items=lambda item: type(item) is int,
                    )
                    break
            else:
                parsed.permissions = value
        elif value is None:
            parsed.permissions = None
        elif value is UNSET:
            parsed.permissions = UNSET
            absent += 1
        else:
            invalid(parsed, "permissions", "permissions", "list[int] | None", value)

        value = values[4]
        if type(value) is int or value is None:
            parsed.nb_users = value
        elif value is UNSET:
            parsed.nb_users = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_users", "nbUsers", "int | None", value)

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
