from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import (
    LazyModel,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.recipient_type import RecipientType
from ..models.safe_guard_type import SafeGuardType
from ..types import UNSET, Unset

_RECIPIENT_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in RecipientType}
_SAFE_GUARD_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in SafeGuardType}


_KEYS: Final[tuple[str, ...]] = (
    "safeguardType",
    "safeguardTypeLabel",
    "typeLabel",
    "type",
    "label",
    "id",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "safeguardType": UNSET,
    "safeguardTypeLabel": UNSET,
    "typeLabel": UNSET,
    "type": UNSET,
    "label": UNSET,
    "id": UNSET,
}

T = TypeVar("T", bound="RecipientTransferDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RecipientTransferDto(LazyModel):
    """Attributes:
    safeguard_type (None | SafeGuardType | str | Unset):
    safeguard_type_label (None | str | Unset):
    type_label (None | str | Unset):
    type_ (None | RecipientType | str | Unset):
    label (None | str | Unset):
    id (None | Unset | UUID):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("safeguard_type", "safeguardType"),
        ("safeguard_type_label", "safeguardTypeLabel"),
        ("type_label", "typeLabel"),
        ("type_", "type"),
        ("label", "label"),
        ("id", "id"),
    )

    safeguard_type: None | SafeGuardType | str | Unset = UNSET
    safeguard_type_label: None | str | Unset = UNSET
    type_label: None | str | Unset = UNSET
    type_: None | RecipientType | str | Unset = UNSET
    label: None | str | Unset = UNSET
    id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "safeguard_type" not in unreadable:
            safeguard_type: None | str | Unset
            if isinstance(self.safeguard_type, Unset):
                safeguard_type = UNSET
            elif isinstance(self.safeguard_type, SafeGuardType):
                safeguard_type = self.safeguard_type.value
            else:
                safeguard_type = self.safeguard_type

            if safeguard_type is not UNSET:
                field_dict["safeguardType"] = safeguard_type
        if "safeguard_type_label" not in unreadable:
            safeguard_type_label: None | str | Unset
            if isinstance(self.safeguard_type_label, Unset):
                safeguard_type_label = UNSET
            else:
                safeguard_type_label = self.safeguard_type_label

            if safeguard_type_label is not UNSET:
                field_dict["safeguardTypeLabel"] = safeguard_type_label
        if "type_label" not in unreadable:
            type_label: None | str | Unset
            if isinstance(self.type_label, Unset):
                type_label = UNSET
            else:
                type_label = self.type_label

            if type_label is not UNSET:
                field_dict["typeLabel"] = type_label
        if "type_" not in unreadable:
            type_: None | str | Unset
            if isinstance(self.type_, Unset):
                type_ = UNSET
            elif isinstance(self.type_, RecipientType):
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
        value = values[0]
        if isinstance(value, str):
            parsed.safeguard_type = _SAFE_GUARD_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.safeguard_type = None
        elif value is UNSET:
            parsed.safeguard_type = UNSET
            absent += 1
        else:
            invalid(parsed, "safeguard_type", "safeguardType", "SafeGuardType | str | None", value)

        value = values[1]
        if isinstance(value, str) or value is None:
            parsed.safeguard_type_label = value
        elif value is UNSET:
            parsed.safeguard_type_label = UNSET
            absent += 1
        else:
            invalid(parsed, "safeguard_type_label", "safeguardTypeLabel", "str | None", value)

        value = values[2]
        if isinstance(value, str) or value is None:
            parsed.type_label = value
        elif value is UNSET:
            parsed.type_label = UNSET
            absent += 1
        else:
            invalid(parsed, "type_label", "typeLabel", "str | None", value)

        value = values[3]
        if isinstance(value, str):
            parsed.type_ = _RECIPIENT_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.type_ = None
        elif value is UNSET:
            parsed.type_ = UNSET
            absent += 1
        else:
            invalid(parsed, "type_", "type", "RecipientType | str | None", value)

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.label = value
        elif value is UNSET:
            parsed.label = UNSET
            absent += 1
        else:
            invalid(parsed, "label", "label", "str | None", value)

        value = values[5]
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
