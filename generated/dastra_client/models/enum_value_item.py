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
    "headline",
    "description",
    "icon",
    "color",
    "valueText",
    "imageUrl",
    "valueId",
    "value",
    "text",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "headline": UNSET,
    "description": UNSET,
    "icon": UNSET,
    "color": UNSET,
    "valueText": UNSET,
    "imageUrl": UNSET,
    "valueId": UNSET,
    "value": UNSET,
    "text": UNSET,
}

T = TypeVar("T", bound="EnumValueItem")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("headline", "headline"),
        ("description", "description"),
        ("icon", "icon"),
        ("color", "color"),
        ("value_text", "valueText"),
        ("image_url", "imageUrl"),
        ("value_id", "valueId"),
        ("value", "value"),
        ("text", "text"),
    )

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
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "headline" not in unreadable:
            headline: None | str | Unset
            if isinstance(self.headline, Unset):
                headline = UNSET
            else:
                headline = self.headline

            if headline is not UNSET:
                field_dict["headline"] = headline
        if "description" not in unreadable:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

            if description is not UNSET:
                field_dict["description"] = description
        if "icon" not in unreadable:
            icon: None | str | Unset
            if isinstance(self.icon, Unset):
                icon = UNSET
            else:
                icon = self.icon

            if icon is not UNSET:
                field_dict["icon"] = icon
        if "color" not in unreadable:
            color: None | str | Unset
            if isinstance(self.color, Unset):
                color = UNSET
            else:
                color = self.color

            if color is not UNSET:
                field_dict["color"] = color
        if "value_text" not in unreadable:
            value_text: None | str | Unset
            if isinstance(self.value_text, Unset):
                value_text = UNSET
            else:
                value_text = self.value_text

            if value_text is not UNSET:
                field_dict["valueText"] = value_text
        if "image_url" not in unreadable:
            image_url: None | str | Unset
            if isinstance(self.image_url, Unset):
                image_url = UNSET
            else:
                image_url = self.image_url

            if image_url is not UNSET:
                field_dict["imageUrl"] = image_url
        if "value_id" not in unreadable:
            value_id: int | None | Unset
            if isinstance(self.value_id, Unset):
                value_id = UNSET
            else:
                value_id = self.value_id

            if value_id is not UNSET:
                field_dict["valueId"] = value_id
        if "value" not in unreadable:
            value: None | str | Unset
            if isinstance(self.value, Unset):
                value = UNSET
            else:
                value = self.value

            if value is not UNSET:
                field_dict["value"] = value
        if "text" not in unreadable:
            text: None | str | Unset
            if isinstance(self.text, Unset):
                text = UNSET
            else:
                text = self.text

            if text is not UNSET:
                field_dict["text"] = text
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
            if len(src_dict) >= 9:
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
        if isinstance(value, str) or value is None:
            parsed.headline = value
        elif value is UNSET:
            parsed.headline = UNSET
            absent += 1
        else:
            invalid(parsed, "headline", "headline", "str | None", value)

        value = values[1]
        if isinstance(value, str) or value is None:
            parsed.description = value
        elif value is UNSET:
            parsed.description = UNSET
            absent += 1
        else:
            invalid(parsed, "description", "description", "str | None", value)

        value = values[2]
        if isinstance(value, str) or value is None:
            parsed.icon = value
        elif value is UNSET:
            parsed.icon = UNSET
            absent += 1
        else:
            invalid(parsed, "icon", "icon", "str | None", value)

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.color = value
        elif value is UNSET:
            parsed.color = UNSET
            absent += 1
        else:
            invalid(parsed, "color", "color", "str | None", value)

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.value_text = value
        elif value is UNSET:
            parsed.value_text = UNSET
            absent += 1
        else:
            invalid(parsed, "value_text", "valueText", "str | None", value)

        value = values[5]
        if isinstance(value, str) or value is None:
            parsed.image_url = value
        elif value is UNSET:
            parsed.image_url = UNSET
            absent += 1
        else:
            invalid(parsed, "image_url", "imageUrl", "str | None", value)

        value = values[6]
        if type(value) is int or value is None:
            parsed.value_id = value
        elif value is UNSET:
            parsed.value_id = UNSET
            absent += 1
        else:
            invalid(parsed, "value_id", "valueId", "int | None", value)

        value = values[7]
        if isinstance(value, str) or value is None:
            parsed.value = value
        elif value is UNSET:
            parsed.value = UNSET
            absent += 1
        else:
            invalid(parsed, "value", "value", "str | None", value)

        value = values[8]
        if isinstance(value, str) or value is None:
            parsed.text = value
        elif value is UNSET:
            parsed.text = UNSET
            absent += 1
        else:
            invalid(parsed, "text", "text", "str | None", value)

        if len(src_dict) + absent == 9:  # every key is a known one
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
