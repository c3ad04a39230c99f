from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import FieldValidationError
from .._lazy import (
    EAGER,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_dto import ContentDto
else:
    ContentDto = deferred(globals(), "ContentDto", "..models.content_dto")


def _load_items(model: ContentDtoPagedList, source: Mapping[str, Any]) -> Any:
    value = source.get("items", UNSET)
    if value is None or value is UNSET:
        model.items = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.items = result = list(map(ContentDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model, "items", "items", "list[ContentDto] | None", value, items=ContentDto.from_dict
            )
    else:
        result = invalid(model, "items", "items", "list[ContentDto] | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "items",
    "total",
    "size",
    "page",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "items": UNSET,
    "total": UNSET,
    "size": UNSET,
    "page": UNSET,
}

T = TypeVar("T", bound="ContentDtoPagedList")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ContentDtoPagedList(LazyModel):
    """Attributes:
    items (list[ContentDto] | None | Unset):
    total (int | None | Unset):
    size (int | None | Unset):
    page (int | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("items", "items"),
        ("total", "total"),
        ("size", "size"),
        ("page", "page"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "items": _load_items,
    }

    items: list[ContentDto] | None | Unset = UNSET
    total: int | None | Unset = UNSET
    size: int | None | Unset = UNSET
    page: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "items" not in unreadable:
            items: list[dict[str, Any]] | None | Unset
            if isinstance(self.items, Unset):
                items = UNSET
            elif isinstance(self.items, list):
                items = []
                for items_type_0_item_data in self.items:
                    items_type_0_item = items_type_0_item_data.to_dict()
                    items.append(items_type_0_item)

            else:
                items = self.items

            if items is not UNSET:
                field_dict["items"] = items
        if "total" not in unreadable:
            total: int | None | Unset
            if isinstance(self.total, Unset):
                total = UNSET
            else:
                total = self.total

            if total is not UNSET:
                field_dict["total"] = total
        if "size" not in unreadable:
            size: int | None | Unset
            if isinstance(self.size, Unset):
                size = UNSET
            else:
                size = self.size

            if size is not UNSET:
                field_dict["size"] = size
        if "page" not in unreadable:
            page: int | None | Unset
            if isinstance(self.page, Unset):
                page = UNSET
            else:
                page = self.page

            if page is not UNSET:
                field_dict["page"] = page
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
            if len(src_dict) >= 4:
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
        if value is None:
            parsed.items = None
        elif value is UNSET:
            parsed.items = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.items = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.items = list(map(ContentDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed, "items", "items", "list[ContentDto] | None", value, items=ContentDto.from_dict
                    )
            else:
                invalid(parsed, "items", "items", "list[ContentDto] | None", value)

        value = values[1]
        if type(value) is int or value is None:
            parsed.total = value
        elif value is UNSET:
            parsed.total = UNSET
            absent += 1
        else:
            invalid(parsed, "total", "total", "int | None", value)

        value = values[2]
        if type(value) is int or value is None:
            parsed.size = value
        elif value is UNSET:
            parsed.size = UNSET
            absent += 1
        else:
            invalid(parsed, "size", "size", "int | None", value)

        value = values[3]
        if type(value) is int or value is None:
            parsed.page = value
        elif value is UNSET:
            parsed.page = UNSET
            absent += 1
        else:
            invalid(parsed, "page", "page", "int | None", value)

        if len(src_dict) + absent == 4:  # every key is a known one
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
