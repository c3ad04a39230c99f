from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.person_category_type import PersonCategoryType
from ..types import UNSET, Unset
from typing import cast









def _parse_value(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = PersonCategoryType._value2member_map_.get(data)
    if member is not None:
        return member
    return data




_KNOWN_KEYS: frozenset[str] = frozenset(("text", "value", ))

T = TypeVar("T", bound="PersonTypeItem")



@_attrs_define
class PersonTypeItem(LazyModel):
    """Attributes:
        text (None | str | Unset):
        value (None | PersonCategoryType | str | Unset):
"""


    text: None | str | Unset = UNSET
    value: None | PersonCategoryType | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        if text is not UNSET:
            field_dict["text"] = text
        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, PersonCategoryType):
            value = self.value.value
        else:
            value = self.value

        if value is not UNSET:
            field_dict["value"] = value
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.text = src_dict.get("text", UNSET)
        parsed.value = _parse_value(src_dict.get("value", UNSET))
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
