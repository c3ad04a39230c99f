from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import (
    MISSING,
    LazyModel,
    invalid,
    not_an_object,
)
from ..types import UNSET, Unset

_KEYS: Final[tuple[str, ...]] = (
    "label",
    "id",
    "documentContent",
    "contentType",
    "extension",
    "folderId",
    "drive",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "label": MISSING,
    "id": UNSET,
    "documentContent": UNSET,
    "contentType": UNSET,
    "extension": UNSET,
    "folderId": UNSET,
    "drive": UNSET,
}

T = TypeVar("T", bound="CloudAttachmentContentDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class CloudAttachmentContentDto(LazyModel):
    """Attributes:
    label (str):
    id (None | str | Unset):
    document_content (None | str | Unset):
    content_type (None | str | Unset):
    extension (None | str | Unset):
    folder_id (None | str | Unset):
    drive (None | str | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("label", "label"),
        ("id", "id"),
        ("document_content", "documentContent"),
        ("content_type", "contentType"),
        ("extension", "extension"),
        ("folder_id", "folderId"),
        ("drive", "drive"),
    )

    label: str
    id: None | str | Unset = UNSET
    document_content: None | str | Unset = UNSET
    content_type: None | str | Unset = UNSET
    extension: None | str | Unset = UNSET
    folder_id: None | str | Unset = UNSET
    drive: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "label" not in unreadable:
            label = self.label

            field_dict["label"] = label
        if "id" not in unreadable:
            id: None | str | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "document_content" not in unreadable:
            document_content: None | str | Unset
            if isinstance(self.document_content, Unset):
                document_content = UNSET
            else:
                document_content = self.document_content

            if document_content is not UNSET:
                field_dict["documentContent"] = document_content
        if "content_type" not in unreadable:
            content_type: None | str | Unset
            if isinstance(self.content_type, Unset):
                content_type = UNSET
            else:
                content_type = self.content_type

            if content_type is not UNSET:
                field_dict["contentType"] = content_type
        if "extension" not in unreadable:
            extension: None | str | Unset
            if isinstance(self.extension, Unset):
                extension = UNSET
            else:
                extension = self.extension

            if extension is not UNSET:
                field_dict["extension"] = extension
        if "folder_id" not in unreadable:
            folder_id: None | str | Unset
            if isinstance(self.folder_id, Unset):
                folder_id = UNSET
            else:
                folder_id = self.folder_id

            if folder_id is not UNSET:
                field_dict["folderId"] = folder_id
        if "drive" not in unreadable:
            drive: None | str | Unset
            if isinstance(self.drive, Unset):
                drive = UNSET
            else:
                drive = self.drive

            if drive is not UNSET:
                field_dict["drive"] = drive
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
            if len(src_dict) >= 7:
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
        if isinstance(value, str):
            parsed.label = value
        else:
            invalid(parsed, "label", "label", "str", value)
            absent += value is MISSING

        value = values[1]
        if isinstance(value, str) or value is None:
            parsed.id = value
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            invalid(parsed, "id", "id", "str | None", value)

        value = values[2]
        if isinstance(value, str) or value is None:
            parsed.document_content = value
        elif value is UNSET:
            parsed.document_content = UNSET
            absent += 1
        else:
            invalid(parsed, "document_content", "documentContent", "str | None", value)

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.content_type = value
        elif value is UNSET:
            parsed.content_type = UNSET
            absent += 1
        else:
            invalid(parsed, "content_type", "contentType", "str | None", value)

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.extension = value
        elif value is UNSET:
            parsed.extension = UNSET
            absent += 1
        else:
            invalid(parsed, "extension", "extension", "str | None", value)

        value = values[5]
        if isinstance(value, str) or value is None:
            parsed.folder_id = value
        elif value is UNSET:
            parsed.folder_id = UNSET
            absent += 1
        else:
            invalid(parsed, "folder_id", "folderId", "str | None", value)

        value = values[6]
        if isinstance(value, str) or value is None:
            parsed.drive = value
        elif value is UNSET:
            parsed.drive = UNSET
            absent += 1
        else:
            invalid(parsed, "drive", "drive", "str | None", value)

        if len(src_dict) + absent == 7:  # every key is a known one
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
