from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import FieldValidationError, VariantMismatchError
from .._lazy import (
    EAGER,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cloud_attachment_dto import CloudAttachmentDto
else:
    CloudAttachmentDto = deferred(globals(), "CloudAttachmentDto", "..models.cloud_attachment_dto")


def _load_breadcrumbs(model: CloudAttachmentListDto, source: Mapping[str, Any]) -> Any:
    value = source.get("breadcrumbs", UNSET)
    if value is None or value is UNSET:
        model.breadcrumbs = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.breadcrumbs = result = list(map(CloudAttachmentDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "breadcrumbs",
                "breadcrumbs",
                "list[CloudAttachmentDto] | None",
                value,
                items=CloudAttachmentDto.from_dict,
            )
    else:
        result = invalid(model, "breadcrumbs", "breadcrumbs", "list[CloudAttachmentDto] | None", value)
    return result


def _load_folder(model: CloudAttachmentListDto, source: Mapping[str, Any]) -> Any:
    value = source.get("folder", UNSET)
    if value is None or value is UNSET:
        model.folder = value
        return value
    if isinstance(value, dict):
        try:
            model.folder = result = CloudAttachmentDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "folder", "folder", "CloudAttachmentDto | None", value)
    else:
        result = invalid(model, "folder", "folder", "CloudAttachmentDto | None", value)
    return result


def _load_back_folder(model: CloudAttachmentListDto, source: Mapping[str, Any]) -> Any:
    value = source.get("backFolder", UNSET)
    if value is None or value is UNSET:
        model.back_folder = value
        return value
    if isinstance(value, dict):
        try:
            model.back_folder = result = CloudAttachmentDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "back_folder", "backFolder", "CloudAttachmentDto | None", value)
    else:
        result = invalid(model, "back_folder", "backFolder", "CloudAttachmentDto | None", value)
    return result


def _load_items(model: CloudAttachmentListDto, source: Mapping[str, Any]) -> Any:
    value = source.get("items", UNSET)
    if value is None or value is UNSET:
        model.items = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.items = result = list(map(CloudAttachmentDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "items",
                "items",
                "list[CloudAttachmentDto] | None",
                value,
                items=CloudAttachmentDto.from_dict,
            )
    else:
        result = invalid(model, "items", "items", "list[CloudAttachmentDto] | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "breadcrumbs",
    "folder",
    "backFolder",
    "nextUrl",
    "hasNext",
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
    "breadcrumbs": UNSET,
    "folder": UNSET,
    "backFolder": UNSET,
    "nextUrl": UNSET,
    "hasNext": UNSET,
    "items": UNSET,
    "total": UNSET,
    "size": UNSET,
    "page": UNSET,
}

T = TypeVar("T", bound="CloudAttachmentListDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class CloudAttachmentListDto(LazyModel):
    """Attributes:
    breadcrumbs (list[CloudAttachmentDto] | None | Unset):
    folder (CloudAttachmentDto | None | Unset):
    back_folder (CloudAttachmentDto | None | Unset):
    next_url (None | str | Unset):
    has_next (bool | None | Unset):
    items (list[CloudAttachmentDto] | None | Unset):
    total (int | None | Unset):
    size (int | None | Unset):
    page (int | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("breadcrumbs", "breadcrumbs"),
        ("folder", "folder"),
        ("back_folder", "backFolder"),
        ("next_url", "nextUrl"),
        ("has_next", "hasNext"),
        ("items", "items"),
        ("total", "total"),
        ("size", "size"),
        ("page", "page"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "breadcrumbs": _load_breadcrumbs,
        "folder": _load_folder,
        "back_folder": _load_back_folder,
        "items": _load_items,
    }

    breadcrumbs: list[CloudAttachmentDto] | None | Unset = UNSET
    folder: CloudAttachmentDto | None | Unset = UNSET
    back_folder: CloudAttachmentDto | None | Unset = UNSET
    next_url: None | str | Unset = UNSET
    has_next: bool | None | Unset = UNSET
    items: list[CloudAttachmentDto] | None | Unset = UNSET
    total: int | None | Unset = UNSET
    size: int | None | Unset = UNSET
    page: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cloud_attachment_dto import CloudAttachmentDto

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "breadcrumbs" not in unreadable:
            breadcrumbs: list[dict[str, Any]] | None | Unset
            if isinstance(self.breadcrumbs, Unset):
                breadcrumbs = UNSET
            elif isinstance(self.breadcrumbs, list):
                breadcrumbs = []
                for breadcrumbs_type_0_item_data in self.breadcrumbs:
                    breadcrumbs_type_0_item = breadcrumbs_type_0_item_data.to_dict()
                    breadcrumbs.append(breadcrumbs_type_0_item)

            else:
                breadcrumbs = self.breadcrumbs

            if breadcrumbs is not UNSET:
                field_dict["breadcrumbs"] = breadcrumbs
        if "folder" not in unreadable:
            folder: dict[str, Any] | None | Unset
            if isinstance(self.folder, Unset):
                folder = UNSET
            elif isinstance(self.folder, CloudAttachmentDto):
                folder = self.folder.to_dict()
            else:
                folder = self.folder

            if folder is not UNSET:
                field_dict["folder"] = folder
        if "back_folder" not in unreadable:
            back_folder: dict[str, Any] | None | Unset
            if isinstance(self.back_folder, Unset):
                back_folder = UNSET
            elif isinstance(self.back_folder, CloudAttachmentDto):
                back_folder = self.back_folder.to_dict()
            else:
                back_folder = self.back_folder

            if back_folder is not UNSET:
                field_dict["backFolder"] = back_folder
        if "next_url" not in unreadable:
            next_url: None | str | Unset
            if isinstance(self.next_url, Unset):
                next_url = UNSET
            else:
                next_url = self.next_url

            if next_url is not UNSET:
                field_dict["nextUrl"] = next_url
        if "has_next" not in unreadable:
            has_next: bool | None | Unset
            if isinstance(self.has_next, Unset):
                has_next = UNSET
            else:
                has_next = self.has_next

            if has_next is not UNSET:
                field_dict["hasNext"] = has_next
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
        if value is None:
            parsed.breadcrumbs = None
        elif value is UNSET:
            parsed.breadcrumbs = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.breadcrumbs = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.breadcrumbs = list(map(CloudAttachmentDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "breadcrumbs",
                        "breadcrumbs",
                        "list[CloudAttachmentDto] | None",
                        value,
                        items=CloudAttachmentDto.from_dict,
                    )
            else:
                invalid(parsed, "breadcrumbs", "breadcrumbs", "list[CloudAttachmentDto] | None", value)

        value = values[1]
        if value is None:
            parsed.folder = None
        elif value is UNSET:
            parsed.folder = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.folder = CloudAttachmentDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "folder", "folder", "CloudAttachmentDto | None", value)
            else:
                invalid(parsed, "folder", "folder", "CloudAttachmentDto | None", value)

        value = values[2]
        if value is None:
            parsed.back_folder = None
        elif value is UNSET:
            parsed.back_folder = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.back_folder = CloudAttachmentDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "back_folder", "backFolder", "CloudAttachmentDto | None", value)
            else:
                invalid(parsed, "back_folder", "backFolder", "CloudAttachmentDto | None", value)

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.next_url = value
        elif value is UNSET:
            parsed.next_url = UNSET
            absent += 1
        else:
            invalid(parsed, "next_url", "nextUrl", "str | None", value)

        value = values[4]
        if type(value) is bool or value is None:
            parsed.has_next = value
        elif value is UNSET:
            parsed.has_next = UNSET
            absent += 1
        else:
            invalid(parsed, "has_next", "hasNext", "bool | None", value)

        value = values[5]
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
                    parsed.items = list(map(CloudAttachmentDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "items",
                        "items",
                        "list[CloudAttachmentDto] | None",
                        value,
                        items=CloudAttachmentDto.from_dict,
                    )
            else:
                invalid(parsed, "items", "items", "list[CloudAttachmentDto] | None", value)

        value = values[6]
        if type(value) is int or value is None:
            parsed.total = value
        elif value is UNSET:
            parsed.total = UNSET
            absent += 1
        else:
            invalid(parsed, "total", "total", "int | None", value)

        value = values[7]
        if type(value) is int or value is None:
            parsed.size = value
        elif value is UNSET:
            parsed.size = UNSET
            absent += 1
        else:
            invalid(parsed, "size", "size", "int | None", value)

        value = values[8]
        if type(value) is int or value is None:
            parsed.page = value
        elif value is UNSET:
            parsed.page = UNSET
            absent += 1
        else:
            invalid(parsed, "page", "page", "int | None", value)

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
