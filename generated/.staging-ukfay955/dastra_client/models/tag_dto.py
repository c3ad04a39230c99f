from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.tag_type import TagType
from ..types import UNSET, Unset
from typing import cast








def _parse_type_(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = TagType._value2member_map_.get(data)
    if member is not None:
        return member
    return data






_KNOWN_KEYS: frozenset[str] = frozenset(("label", "type", "id", "color", ))

T = TypeVar("T", bound="TagDto")



@_attrs_define
class TagDto(LazyModel):
    """Attributes:
        label (str):
        type_ (str | TagType):
        id (int | None | Unset):
        color (None | str | Unset):
"""


    label: str
    type_: str | TagType
    id: int | None | Unset = UNSET
    color: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        label = self.label

        field_dict["label"] = label
        type_: str
        if isinstance(self.type_, TagType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict["type"] = type_
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        if color is not UNSET:
            field_dict["color"] = color
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.label = src_dict["label"]
        parsed.type_ = _parse_type_(src_dict["type"])
        parsed.id = src_dict.get("id", UNSET)
        parsed.color = src_dict.get("color", UNSET)
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
