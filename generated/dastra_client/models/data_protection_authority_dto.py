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
    "siteURL",
    "phoneNumber",
    "email",
    "countryCode",
    "address",
    "city",
    "zipCode",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "label": MISSING,
    "id": UNSET,
    "siteURL": UNSET,
    "phoneNumber": UNSET,
    "email": UNSET,
    "countryCode": UNSET,
    "address": UNSET,
    "city": UNSET,
    "zipCode": UNSET,
}

T = TypeVar("T", bound="DataProtectionAuthorityDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DataProtectionAuthorityDto(LazyModel):
    """Attributes:
    label (str):
    id (int | None | Unset):
    site_url (None | str | Unset):
    phone_number (None | str | Unset):
    email (None | str | Unset):
    country_code (None | str | Unset):
    address (None | str | Unset):
    city (None | str | Unset):
    zip_code (None | str | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("label", "label"),
        ("id", "id"),
        ("site_url", "siteURL"),
        ("phone_number", "phoneNumber"),
        ("email", "email"),
        ("country_code", "countryCode"),
        ("address", "address"),
        ("city", "city"),
        ("zip_code", "zipCode"),
    )

    label: str
    id: int | None | Unset = UNSET
    site_url: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    zip_code: None | str | Unset = UNSET
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
            id: int | None | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "site_url" not in unreadable:
            site_url: None | str | Unset
            if isinstance(self.site_url, Unset):
                site_url = UNSET
            else:
                site_url = self.site_url

            if site_url is not UNSET:
                field_dict["siteURL"] = site_url
        if "phone_number" not in unreadable:
            phone_number: None | str | Unset
            if isinstance(self.phone_number, Unset):
                phone_number = UNSET
            else:
                phone_number = self.phone_number

            if phone_number is not UNSET:
                field_dict["phoneNumber"] = phone_number
        if "email" not in unreadable:
            email: None | str | Unset
            if isinstance(self.email, Unset):
                email = UNSET
            else:
                email = self.email

            if email is not UNSET:
                field_dict["email"] = email
        if "country_code" not in unreadable:
            country_code: None | str | Unset
            if isinstance(self.country_code, Unset):
                country_code = UNSET
            else:
                country_code = self.country_code

            if country_code is not UNSET:
                field_dict["countryCode"] = country_code
        if "address" not in unreadable:
            address: None | str | Unset
            if isinstance(self.address, Unset):
                address = UNSET
            else:
                address = self.address

            if address is not UNSET:
                field_dict["address"] = address
        if "city" not in unreadable:
            city: None | str | Unset
            if isinstance(self.city, Unset):
                city = UNSET
            else:
                city = self.city

            if city is not UNSET:
                field_dict["city"] = city
        if "zip_code" not in unreadable:
            zip_code: None | str | Unset
            if isinstance(self.zip_code, Unset):
                zip_code = UNSET
            else:
                zip_code = self.zip_code

            if zip_code is not UNSET:
                field_dict["zipCode"] = zip_code
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
            parsed.label = value
        else:
            invalid(parsed, "label", "label", "str", value)
            absent += value is MISSING

        value = values[1]
        if type(value) is int or value is None:
            parsed.id = value
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            invalid(parsed, "id", "id", "int | None", value)

        value = values[2]
        if isinstance(value, str) or value is None:
            parsed.site_url = value
        elif value is UNSET:
            parsed.site_url = UNSET
            absent += 1
        else:
            invalid(parsed, "site_url", "siteURL", "str | None", value)

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.phone_number = value
        elif value is UNSET:
            parsed.phone_number = UNSET
            absent += 1
        else:
            invalid(parsed, "phone_number", "phoneNumber", "str | None", value)

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.email = value
        elif value is UNSET:
            parsed.email = UNSET
            absent += 1
        else:
            invalid(parsed, "email", "email", "str | None", value)

        value = values[5]
        if isinstance(value, str) or value is None:
            parsed.country_code = value
        elif value is UNSET:
            parsed.country_code = UNSET
            absent += 1
        else:
            invalid(parsed, "country_code", "countryCode", "str | None", value)

        value = values[6]
        if isinstance(value, str) or value is None:
            parsed.address = value
        elif value is UNSET:
            parsed.address = UNSET
            absent += 1
        else:
            invalid(parsed, "address", "address", "str | None", value)

        value = values[7]
        if isinstance(value, str) or value is None:
            parsed.city = value
        elif value is UNSET:
            parsed.city = UNSET
            absent += 1
        else:
            invalid(parsed, "city", "city", "str | None", value)

        value = values[8]
        if isinstance(value, str) or value is None:
            parsed.zip_code = value
        elif value is UNSET:
            parsed.zip_code = UNSET
            absent += 1
        else:
            invalid(parsed, "zip_code", "zipCode", "str | None", value)

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
