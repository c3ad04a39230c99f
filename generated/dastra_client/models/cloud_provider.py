from __future__ import annotations

import datetime
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
from ..models.native_integration_type import NativeIntegrationType
from ..types import UNSET, Unset

_NATIVE_INTEGRATION_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in NativeIntegrationType
}


_KEYS: Final[tuple[str, ...]] = (
    "id",
    "label",
    "imageUrl",
    "lastErrorMessage",
    "dateLastError",
    "nbErrors",
    "inError",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "id": UNSET,
    "label": UNSET,
    "imageUrl": UNSET,
    "lastErrorMessage": UNSET,
    "dateLastError": UNSET,
    "nbErrors": UNSET,
    "inError": UNSET,
}

T = TypeVar("T", bound="CloudProvider")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class CloudProvider(LazyModel):
    """Attributes:
    id (NativeIntegrationType | None | str | Unset):
    label (None | str | Unset):
    image_url (None | str | Unset):
    last_error_message (None | str | Unset):
    date_last_error (datetime.datetime | None | Unset):
    nb_errors (int | None | Unset):
    in_error (bool | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("label", "label"),
        ("image_url", "imageUrl"),
        ("last_error_message", "lastErrorMessage"),
        ("date_last_error", "dateLastError"),
        ("nb_errors", "nbErrors"),
        ("in_error", "inError"),
    )

    id: NativeIntegrationType | None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    last_error_message: None | str | Unset = UNSET
    date_last_error: datetime.datetime | None | Unset = UNSET
    nb_errors: int | None | Unset = UNSET
    in_error: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "id" not in unreadable:
            id: None | str | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            elif isinstance(self.id, NativeIntegrationType):
                id = self.id.value
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "label" not in unreadable:
            label: None | str | Unset
            if isinstance(self.label, Unset):
                label = UNSET
            else:
                label = self.label

            if label is not UNSET:
                field_dict["label"] = label
        if "image_url" not in unreadable:
            image_url: None | str | Unset
            if isinstance(self.image_url, Unset):
                image_url = UNSET
            else:
                image_url = self.image_url

            if image_url is not UNSET:
                field_dict["imageUrl"] = image_url
        if "last_error_message" not in unreadable:
            last_error_message: None | str | Unset
            if isinstance(self.last_error_message, Unset):
                last_error_message = UNSET
            else:
                last_error_message = self.last_error_message

            if last_error_message is not UNSET:
                field_dict["lastErrorMessage"] = last_error_message
        if "date_last_error" not in unreadable:
            date_last_error: None | str | Unset
            if isinstance(self.date_last_error, Unset):
                date_last_error = UNSET
            elif isinstance(self.date_last_error, datetime.datetime):
                date_last_error = self.date_last_error.isoformat()
            else:
                date_last_error = self.date_last_error

            if date_last_error is not UNSET:
                field_dict["dateLastError"] = date_last_error
        if "nb_errors" not in unreadable:
            nb_errors: int | None | Unset
            if isinstance(self.nb_errors, Unset):
                nb_errors = UNSET
            else:
                nb_errors = self.nb_errors

            if nb_errors is not UNSET:
                field_dict["nbErrors"] = nb_errors
        if "in_error" not in unreadable:
            in_error: bool | None | Unset
            if isinstance(self.in_error, Unset):
                in_error = UNSET
            else:
                in_error = self.in_error

            if in_error is not UNSET:
                field_dict["inError"] = in_error
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
            parsed.id = _NATIVE_INTEGRATION_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.id = None
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            invalid(parsed, "id", "id", "NativeIntegrationType | str | None", value)

        value = values[1]
        if isinstance(value, str) or value is None:
            parsed.label = value
        elif value is UNSET:
            parsed.label = UNSET
            absent += 1
        else:
            invalid(parsed, "label", "label", "str | None", value)

        value = values[2]
        if isinstance(value, str) or value is None:
            parsed.image_url = value
        elif value is UNSET:
            parsed.image_url = UNSET
            absent += 1
        else:
            invalid(parsed, "image_url", "imageUrl", "str | None", value)

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.last_error_message = value
        elif value is UNSET:
            parsed.last_error_message = UNSET
            absent += 1
        else:
            invalid(parsed, "last_error_message", "lastErrorMessage", "str | None", value)

        value = values[4]
        if value is None:
            parsed.date_last_error = None
        elif value is UNSET:
            parsed.date_last_error = UNSET
            absent += 1
        else:
            try:
                parsed.date_last_error = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_last_error", "dateLastError", "datetime.datetime | None", value)

        value = values[5]
        if type(value) is int or value is None:
            parsed.nb_errors = value
        elif value is UNSET:
            parsed.nb_errors = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_errors", "nbErrors", "int | None", value)

        value = values[6]
        if type(value) is bool or value is None:
            parsed.in_error = value
        elif value is UNSET:
            parsed.in_error = UNSET
            absent += 1
        else:
            invalid(parsed, "in_error", "inError", "bool | None", value)

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
