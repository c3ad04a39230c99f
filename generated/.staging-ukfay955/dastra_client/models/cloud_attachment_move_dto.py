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










_KNOWN_KEYS: frozenset[str] = frozenset(("ids", "to", "drive", ))

T = TypeVar("T", bound="CloudAttachmentMoveDto")



@_attrs_define
class CloudAttachmentMoveDto(LazyModel):
    """Attributes:
        ids (list[str] | None | Unset):
        to (None | str | Unset):
        drive (None | str | Unset):
"""


    ids: list[str] | None | Unset = UNSET
    to: None | str | Unset = UNSET
    drive: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        ids: list[str] | None | Unset
        if isinstance(self.ids, Unset):
            ids = UNSET
        elif isinstance(self.ids, list):
            ids = self.ids


        else:
            ids = self.ids

        if ids is not UNSET:
            field_dict["ids"] = ids
        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        if to is not UNSET:
            field_dict["to"] = to
        drive: None | str | Unset
        if isinstance(self.drive, Unset):
            drive = UNSET
        else:
            drive = self.drive

        if drive is not UNSET:
            field_dict["drive"] = drive
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.ids = src_dict.get("ids", UNSET)
        parsed.to = src_dict.get("to", UNSET)
        parsed.drive = src_dict.get("drive", UNSET)
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
