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
















_KNOWN_KEYS: frozenset[str] = frozenset(("headline", "description", "icon", "color", "valueText", "imageUrl", "valueId", "value", "text", ))

T = TypeVar("T", bound="EnumValueItem")



@_attrs_define
class EnumValueItem(LazyModel):
    """Attributes:
        headline (None | str | Unset):
        description (None | str | Unset):
        icon (None | str | Unset):
        color (None | str | Unset):
        value_text (None | str | Unset):
        image_url (None | str | Unset):
        value_id (int | None | Unset):
        value (None | str | Unset):
        text (None | str | Unset):
"""


    headline: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    icon: None | str | Unset = UNSET
    color: None | str | Unset = UNSET
    value_text: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    value_id: int | None | Unset = UNSET
    value: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        headline: None | str | Unset
        if isinstance(self.headline, Unset):
            headline = UNSET
        else:
            headline = self.headline

        if headline is not UNSET:
            field_dict["headline"] = headline
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        if description is not UNSET:
            field_dict["description"] = description
        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        if icon is not UNSET:
            field_dict["icon"] = icon
        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        if color is not UNSET:
            field_dict["color"] = color
        value_text: None | str | Unset
        if isinstance(self.value_text, Unset):
            value_text = UNSET
        else:
            value_text = self.value_text

        if value_text is not UNSET:
            field_dict["valueText"] = value_text
        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        value_id: int | None | Unset
        if isinstance(self.value_id, Unset):
            value_id = UNSET
        else:
            value_id = self.value_id

        if value_id is not UNSET:
            field_dict["valueId"] = value_id
        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        if value is not UNSET:
            field_dict["value"] = value
        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        if text is not UNSET:
            field_dict["text"] = text
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.headline = src_dict.get("headline", UNSET)
        parsed.description = src_dict.get("description", UNSET)
        parsed.icon = src_dict.get("icon", UNSET)
        parsed.color = src_dict.get("color", UNSET)
        parsed.value_text = src_dict.get("valueText", UNSET)
        parsed.image_url = src_dict.get("imageUrl", UNSET)
        parsed.value_id = src_dict.get("valueId", UNSET)
        parsed.value = src_dict.get("value", UNSET)
        parsed.text = src_dict.get("text", UNSET)
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
