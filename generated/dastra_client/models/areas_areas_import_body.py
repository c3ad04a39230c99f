from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._errors import VariantMismatchError
from .._lazy import (
    EAGER,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.areas_areas_import_body_headers import AreasAreasImportBodyHeaders
else:
    AreasAreasImportBodyHeaders = deferred(
        globals(), "AreasAreasImportBodyHeaders", "..models.areas_areas_import_body_headers"
    )


def _load_headers(model: AreasAreasImportBody, source: Mapping[str, Any]) -> Any:
    value = source.get("Headers", UNSET)
    if value is UNSET:
        model.headers = value
        return value
    if isinstance(value, dict):
        try:
            model.headers = result = AreasAreasImportBodyHeaders.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "headers", "Headers", "AreasAreasImportBodyHeaders", value)
    else:
        result = invalid(model, "headers", "Headers", "AreasAreasImportBodyHeaders", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "ContentType",
    "ContentDisposition",
    "Headers",
    "Length",
    "Name",
    "FileName",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "ContentType": UNSET,
    "ContentDisposition": UNSET,
    "Headers": UNSET,
    "Length": UNSET,
    "Name": UNSET,
    "FileName": UNSET,
}

T = TypeVar("T", bound="AreasAreasImportBody")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AreasAreasImportBody(LazyModel):
    """Attributes:
    content_type (str | Unset):
    content_disposition (str | Unset):
    headers (AreasAreasImportBodyHeaders | Unset):
    length (int | Unset):
    name (str | Unset):
    file_name (str | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content_type", "ContentType"),
        ("content_disposition", "ContentDisposition"),
        ("headers", "Headers"),
        ("length", "Length"),
        ("name", "Name"),
        ("file_name", "FileName"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "headers": _load_headers,
    }

    content_type: str | Unset = UNSET
    content_disposition: str | Unset = UNSET
    headers: AreasAreasImportBodyHeaders | Unset = UNSET
    length: int | Unset = UNSET
    name: str | Unset = UNSET
    file_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "content_type" not in unreadable:
            content_type = self.content_type

            if content_type is not UNSET:
                field_dict["ContentType"] = content_type
        if "content_disposition" not in unreadable:
            content_disposition = self.content_disposition

            if content_disposition is not UNSET:
                field_dict["ContentDisposition"] = content_disposition
        if "headers" not in unreadable:
            headers: dict[str, Any] | Unset = UNSET
            if not isinstance(self.headers, Unset):
                headers = self.headers.to_dict()

            if headers is not UNSET:
                field_dict["Headers"] = headers
        if "length" not in unreadable:
            length = self.length

            if length is not UNSET:
                field_dict["Length"] = length
        if "name" not in unreadable:
            name = self.name

            if name is not UNSET:
                field_dict["Name"] = name
        if "file_name" not in unreadable:
            file_name = self.file_name

            if file_name is not UNSET:
                field_dict["FileName"] = file_name
        if unreadable:
            self._as_received(field_dict, unreadable)
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        if not isinstance(self.content_type, Unset):
            files.append(("ContentType", (None, str(self.content_type).encode(), "text/plain")))

        if not isinstance(self.content_disposition, Unset):
            files.append(("ContentDisposition", (None, str(self.content_disposition).encode(), "text/plain")))

        if not isinstance(self.headers, Unset):
            files.append(("Headers", (None, json.dumps(self.headers.to_dict()).encode(), "application/json")))

        if not isinstance(self.length, Unset):
            files.append(("Length", (None, str(self.length).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("Name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.file_name, Unset):
            files.append(("FileName", (None, str(self.file_name).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Each value is checked against its field's type; one that does not fit is recorded by
        # `invalid` and its slot left empty, so that reading it raises FieldValidationError (_lazy.py).
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        try:  # values[i] is the value of _KEYS[i]
            if len(src_dict) >= 6:
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
        if isinstance(value, str):
            parsed.content_type = value
        elif value is UNSET:
            parsed.content_type = UNSET
            absent += 1
        else:
            invalid(parsed, "content_type", "ContentType", "str", value)

        value = values[1]
        if isinstance(value, str):
            parsed.content_disposition = value
        elif value is UNSET:
            parsed.content_disposition = UNSET
            absent += 1
        else:
            invalid(parsed, "content_disposition", "ContentDisposition", "str", value)

        value = values[2]
        if value is UNSET:
            parsed.headers = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.headers = AreasAreasImportBodyHeaders.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "headers", "Headers", "AreasAreasImportBodyHeaders", value)
            else:
                invalid(parsed, "headers", "Headers", "AreasAreasImportBodyHeaders", value)

        value = values[3]
        if type(value) is int:
            parsed.length = value
        elif value is UNSET:
            parsed.length = UNSET
            absent += 1
        else:
            invalid(parsed, "length", "Length", "int", value)

        value = values[4]
        if isinstance(value, str):
            parsed.name = value
        elif value is UNSET:
            parsed.name = UNSET
            absent += 1
        else:
            invalid(parsed, "name", "Name", "str", value)

        value = values[5]
        if isinstance(value, str):
            parsed.file_name = value
        elif value is UNSET:
            parsed.file_name = UNSET
            absent += 1
        else:
            invalid(parsed, "file_name", "FileName", "str", value)

        if len(src_dict) + absent == 6:  # every key is a known one
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
