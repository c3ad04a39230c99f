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












_KNOWN_KEYS: frozenset[str] = frozenset(("label", "id", "ref", "default", "nbUsers", ))

T = TypeVar("T", bound="TeamItemDto")



@_attrs_define
class TeamItemDto(LazyModel):
    """Attributes:
        label (str):
        id (int | None | Unset):
        ref (None | str | Unset):
        default (bool | None | Unset):
        nb_users (int | None | Unset):
"""


    label: str
    id: int | None | Unset = UNSET
    ref: None | str | Unset = UNSET
    default: bool | None | Unset = UNSET
    nb_users: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        label = self.label

        field_dict["label"] = label
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        ref: None | str | Unset
        if isinstance(self.ref, Unset):
            ref = UNSET
        else:
            ref = self.ref

        if ref is not UNSET:
            field_dict["ref"] = ref
        default: bool | None | Unset
        if isinstance(self.default, Unset):
            default = UNSET
        else:
            default = self.default

        if default is not UNSET:
            field_dict["default"] = default
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
        parsed.label = src_dict["label"]
        parsed.id = src_dict.get("id", UNSET)
        parsed.ref = src_dict.get("ref", UNSET)
        parsed.default = src_dict.get("default", UNSET)
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
