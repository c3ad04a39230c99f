from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast












_KNOWN_KEYS: frozenset[str] = frozenset(("name", "id", "isLocked", "permissions", "nbUsers", ))

T = TypeVar("T", bound="RoleDto")



@_attrs_define
class RoleDto(LazyModel):
    """Attributes:
        name (str):
        id (int | None | Unset):
        is_locked (bool | None | Unset):
        permissions (list[int] | None | Unset):
        nb_users (int | None | Unset):
"""


    name: str
    id: int | None | Unset = UNSET
    is_locked: bool | None | Unset = UNSET
    permissions: list[int] | None | Unset = UNSET
    nb_users: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        name = self.name

        field_dict["name"] = name
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        is_locked: bool | None | Unset
        if isinstance(self.is_locked, Unset):
            is_locked = UNSET
        else:
            is_locked = self.is_locked

        if is_locked is not UNSET:
            field_dict["isLocked"] = is_locked
        permissions: list[int] | None | Unset
        if isinstance(self.permissions, Unset):
            permissions = UNSET
        elif isinstance(self.permissions, list):
            permissions = self.permissions


        else:
            permissions = self.permissions

        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        nb_users: int | None | Unset
        if isinstance(self.nb_users, Unset):
            nb_users = UNSET
        else:
            nb_users = self.nb_users

        if nb_users is not UNSET:
            field_dict["nbUsers"] = nb_users
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.name = src_dict["name"]
        parsed.id = src_dict.get("id", UNSET)
        parsed.is_locked = src_dict.get("isLocked", UNSET)
        parsed.permissions = src_dict.get("permissions", UNSET)
        parsed.nb_users = src_dict.get("nbUsers", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
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
