from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import VariantMismatchError
from .._lazy import (
    EAGER,
    LazyModel,
    invalid,
    not_an_object,
)
from ..types import UNSET, Unset


def _load_parent(model: CategoryDto, source: Mapping[str, Any]) -> Any:
    value = source.get("parent", UNSET)
    if value is None or value is UNSET:
        model.parent = value
        return value
    if isinstance(value, dict):
        try:
            model.parent = result = CategoryDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "parent", "parent", "CategoryDto | None", value)
    else:
        result = invalid(model, "parent", "parent", "CategoryDto | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "id",
    "name",
    "description",
    "url",
    "color",
    "parentId",
    "count",
    "imageUrl",
    "parent",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "id": UNSET,
    "name": UNSET,
    "description": UNSET,
    "url": UNSET,
    "color": UNSET,
    "parentId": UNSET,
    "count": UNSET,
    "imageUrl": UNSET,
    "parent": UNSET,
}

T = TypeVar("T", bound="CategoryDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class CategoryDto(LazyModel):
    """Attributes:
    id (int | None | Unset):
    name (None | str | Unset):
    description (None | str | Unset):
    url (None | str | Unset):
    color (None | str | Unset):
    parent_id (int | None | Unset):
    count (int | None | Unset):
    image_url (None | str | Unset):
    parent (CategoryDto | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("name", "name"),
        ("description", "description"),
        ("url", "url"),
        ("color", "color"),
        ("parent_id", "parentId"),
        ("count", "count"),
        ("image_url", "imageUrl"),
        ("parent", "parent"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "parent": _load_parent,
    }

    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    color: None | str | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    count: int | None | Unset = UNSET
    image_url: None | str | Unset = UNSET
    parent: CategoryDto | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "id" not in unreadable:
            id: int | None | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "name" not in unreadable:
            name: None | str | Unset
            if isinstance(self.name, Unset):
                name = UNSET
            else:
                name = self.name

            if name is not UNSET:
                field_dict["name"] = name
        if "description" not in unreadable:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

            if description is not UNSET:
                field_dict["description"] = description
        if "url" not in unreadable:
            url: None | str | Unset
            if isinstance(self.url, Unset):
                url = UNSET
            else:
                url = self.url

            if url is not UNSET:
                field_dict["url"] = url
        if "color" not in unreadable:
            color: None | str | Unset
            if isinstance(self.color, Unset):
                color = UNSET
            else:
                color = self.color

            if color is not UNSET:
                field_dict["color"] = color
        if "parent_id" not in unreadable:
            parent_id: int | None | Unset
            if isinstance(self.parent_id, Unset):
                parent_id = UNSET
            else:
                parent_id = self.parent_id

            if parent_id is not UNSET:
                field_dict["parentId"] = parent_id
        if "count" not in unreadable:
            count: int | None | Unset
            if isinstance(self.count, Unset):
                count = UNSET
            else:
                count = self.count

            if count is not UNSET:
                field_dict["count"] = count
        if "image_url" not in unreadable:
            image_url: None | str | Unset
            if isinstance(self.image_url, Unset):
                image_url = UNSET
            else:
                image_url = self.image_url

            if image_url is not UNSET:
                field_dict["imageUrl"] = image_url
        if "parent" not in unreadable:
            parent: dict[str, Any] | None | Unset
            if isinstance(self.parent, Unset):
                parent = UNSET
            elif isinstance(self.parent, CategoryDto):
                parent = self.parent.to_dict()
            else:
                parent = self.parent

            if parent is not UNSET:
                field_dict["parent"] = parent
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
        # Optional nested values are parsed on first access (LazyModel), or now in eager mode.
        eager = EAGER.get()
        if not eager:
            parsed._source = src_dict
        value = values[0]
        if type(value) is int or value is None:
            parsed.id = value
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            invalid(parsed, "id", "id", "int | None", value)

        value = values[1]
        if isinstance(value, str) or value is None:
            parsed.name = value
        elif value is UNSET:
            parsed.name = UNSET
            absent += 1
        else:
            invalid(parsed, "name", "name", "str | None", value)

        value = values[2]
        if isinstance(value, str) or value is None:
            parsed.description = value
        elif value is UNSET:
            parsed.description = UNSET
            absent += 1
        else:
            invalid(parsed, "description", "description", "str | None", value)

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.url = value
        elif value is UNSET:
            parsed.url = UNSET
            absent += 1
        else:
            invalid(parsed, "url", "url", "str | None", value)

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.color = value
        elif value is UNSET:
            parsed.color = UNSET
            absent += 1
        else:
            invalid(parsed, "color", "color", "str | None", value)

        value = values[5]
        if type(value) is int or value is None:
            parsed.parent_id = value
        elif value is UNSET:
            parsed.parent_id = UNSET
            absent += 1
        else:
            invalid(parsed, "parent_id", "parentId", "int | None", value)

        value = values[6]
        if type(value) is int or value is None:
            parsed.count = value
        elif value is UNSET:
            parsed.count = UNSET
            absent += 1
        else:
            invalid(parsed, "count", "count", "int | None", value)

        value = values[7]
        if isinstance(value, str) or value is None:
            parsed.image_url = value
        elif value is UNSET:
            parsed.image_url = UNSET
            absent += 1
        else:
            invalid(parsed, "image_url", "imageUrl", "str | None", value)

        value = values[8]
        if value is None:
            parsed.parent = None
        elif value is UNSET:
            parsed.parent = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.parent = CategoryDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "parent", "parent", "CategoryDto | None", value)
            else:
                invalid(parsed, "parent", "parent", "CategoryDto | None", value)

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
