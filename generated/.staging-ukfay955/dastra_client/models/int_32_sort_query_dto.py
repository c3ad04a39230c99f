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











_KNOWN_KEYS: frozenset[str] = frozenset(("ids", "nextId", "prevId", "parentId", ))

T = TypeVar("T", bound="Int32SortQueryDto")



@_attrs_define
class Int32SortQueryDto(LazyModel):
    """Attributes:
        ids (list[int] | None | Unset):
        next_id (int | None | Unset):
        prev_id (int | None | Unset):
        parent_id (int | None | Unset):
"""


    ids: list[int] | None | Unset = UNSET
    next_id: int | None | Unset = UNSET
    prev_id: int | None | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        ids: list[int] | None | Unset
        if isinstance(self.ids, Unset):
            ids = UNSET
        elif isinstance(self.ids, list):
            ids = self.ids


        else:
            ids = self.ids

        if ids is not UNSET:
            field_dict["ids"] = ids
        next_id: int | None | Unset
        if isinstance(self.next_id, Unset):
            next_id = UNSET
        else:
            next_id = self.next_id

        if next_id is not UNSET:
            field_dict["nextId"] = next_id
        prev_id: int | None | Unset
        if isinstance(self.prev_id, Unset):
            prev_id = UNSET
        else:
            prev_id = self.prev_id

        if prev_id is not UNSET:
            field_dict["prevId"] = prev_id
        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.ids = src_dict.get("ids", UNSET)
        parsed.next_id = src_dict.get("nextId", UNSET)
        parsed.prev_id = src_dict.get("prevId", UNSET)
        parsed.parent_id = src_dict.get("parentId", UNSET)
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
