from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import (
    MISSING,
    LazyModel,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.audit_attachment_type import AuditAttachmentType
from ..types import UNSET, Unset

_AUDIT_ATTACHMENT_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in AuditAttachmentType
}


_KEYS: Final[tuple[str, ...]] = (
    "containerId",
    "fileName",
    "questionId",
    "id",
    "url",
    "type",
    "label",
    "respondantId",
    "size",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "containerId": MISSING,
    "fileName": MISSING,
    "questionId": MISSING,
    "id": UNSET,
    "url": UNSET,
    "type": UNSET,
    "label": UNSET,
    "respondantId": UNSET,
    "size": UNSET,
}

T = TypeVar("T", bound="AuditAttachment")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AuditAttachment(LazyModel):
    """Attributes:
    container_id (str):
    file_name (str):
    question_id (UUID):
    id (None | Unset | UUID):
    url (None | str | Unset):
    type_ (AuditAttachmentType | None | str | Unset):
    label (None | str | Unset):
    respondant_id (Any | Unset):
    size (int | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("container_id", "containerId"),
        ("file_name", "fileName"),
        ("question_id", "questionId"),
        ("id", "id"),
        ("url", "url"),
        ("type_", "type"),
        ("label", "label"),
        ("respondant_id", "respondantId"),
        ("size", "size"),
    )

    container_id: str
    file_name: str
    question_id: UUID
    id: None | Unset | UUID = UNSET
    url: None | str | Unset = UNSET
    type_: AuditAttachmentType | None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    respondant_id: Any | Unset = UNSET
    size: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "container_id" not in unreadable:
            container_id = self.container_id

            field_dict["containerId"] = container_id
        if "file_name" not in unreadable:
            file_name = self.file_name

            field_dict["fileName"] = file_name
        if "question_id" not in unreadable:
            question_id = str(self.question_id)

            field_dict["questionId"] = question_id
        if "id" not in unreadable:
            id: None | str | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            elif isinstance(self.id, UUID):
                id = str(self.id)
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "url" not in unreadable:
            url: None | str | Unset
            if isinstance(self.url, Unset):
                url = UNSET
            else:
                url = self.url

            if url is not UNSET:
                field_dict["url"] = url
        if "type_" not in unreadable:
            type_: None | str | Unset
            if isinstance(self.type_, Unset):
                type_ = UNSET
            elif isinstance(self.type_, AuditAttachmentType):
                type_ = self.type_.value
            else:
                type_ = self.type_

            if type_ is not UNSET:
                field_dict["type"] = type_
        if "label" not in unreadable:
            label: None | str | Unset
            if isinstance(self.label, Unset):
                label = UNSET
            else:
                label = self.label

            if label is not UNSET:
                field_dict["label"] = label
        if "respondant_id" not in unreadable:
            respondant_id = self.respondant_id

            if respondant_id is not UNSET:
                field_dict["respondantId"] = respondant_id
        if "size" not in unreadable:
            size: int | None | Unset
            if isinstance(self.size, Unset):
                size = UNSET
            else:
                size = self.size

            if size is not UNSET:
                field_dict["size"] = size
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
        if isinstance(value, str):
            parsed.container_id = value
        else:
            invalid(parsed, "container_id", "containerId", "str", value)
            absent += value is MISSING

        value = values[1]
        if isinstance(value, str):
            parsed.file_name = value
        else:
            invalid(parsed, "file_name", "fileName", "str", value)
            absent += value is MISSING

        value = values[2]
        try:
            parsed.question_id = parse_uuid(value)
        except (TypeError, ValueError, AttributeError):
            invalid(parsed, "question_id", "questionId", "UUID", value)
            absent += value is MISSING

        value = values[3]
        if value is None:
            parsed.id = None
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            try:
                parsed.id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "id", "id", "UUID | None", value)

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.url = value
        elif value is UNSET:
            parsed.url = UNSET
            absent += 1
        else:
            invalid(parsed, "url", "url", "str | None", value)

        value = values[5]
        if isinstance(value, str):
            parsed.type_ = _AUDIT_ATTACHMENT_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.type_ = None
        elif value is UNSET:
            parsed.type_ = UNSET
            absent += 1
        else:
            invalid(parsed, "type_", "type", "AuditAttachmentType | str | None", value)

        value = values[6]
        if isinstance(value, str) or value is None:
            parsed.label = value
        elif value is UNSET:
            parsed.label = UNSET
            absent += 1
        else:
            invalid(parsed, "label", "label", "str | None", value)

        parsed.respondant_id = value = values[7]
        if value is UNSET:
            absent += 1

        value = values[8]
        if type(value) is int or value is None:
            parsed.size = value
        elif value is UNSET:
            parsed.size = UNSET
            absent += 1
        else:
            invalid(parsed, "size", "size", "int | None", value)

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
