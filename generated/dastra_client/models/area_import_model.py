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
from ..models.area_type import AreaType
from ..types import UNSET, Unset

_AREA_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in AreaType}


_KEYS: Final[tuple[str, ...]] = (
    "label",
    "id",
    "parentId",
    "countryCode",
    "type",
    "city",
    "address",
    "mailAddress",
    "phoneNumber",
    "zipCode",
    "immatriculationNumber",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "label": MISSING,
    "id": UNSET,
    "parentId": UNSET,
    "countryCode": UNSET,
    "type": UNSET,
    "city": UNSET,
    "address": UNSET,
    "mailAddress": UNSET,
    "phoneNumber": UNSET,
    "zipCode": UNSET,
    "immatriculationNumber": UNSET,
}

T = TypeVar("T", bound="AreaImportModel")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AreaImportModel(LazyModel):
    """Attributes:
    label (str):
    id (None | str | Unset):
    parent_id (None | str | Unset):
    country_code (None | str | Unset):
    type_ (AreaType | None | str | Unset):
    city (None | str | Unset):
    address (None | str | Unset):
    mail_address (None | str | Unset):
    phone_number (None | str | Unset):
    zip_code (None | str | Unset):
    immatriculation_number (None | str | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("label", "label"),
        ("id", "id"),
        ("parent_id", "parentId"),
        ("country_code", "countryCode"),
        ("type_", "type"),
        ("city", "city"),
        ("address", "address"),
        ("mail_address", "mailAddress"),
        ("phone_number", "phoneNumber"),
        ("zip_code", "zipCode"),
        ("immatriculation_number", "immatriculationNumber"),
    )

    label: str
    id: None | str | Unset = UNSET
    parent_id: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    type_: AreaType | None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    mail_address: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    zip_code: None | str | Unset = UNSET
    immatriculation_number: None | str | Unset = UNSET
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
        if "parent_id" not in unreadable:
            parent_id: None | str | Unset
            if isinstance(self.parent_id, Unset):
                parent_id = UNSET
            else:
                parent_id = self.parent_id

            if parent_id is not UNSET:
                field_dict["parentId"] = parent_id
        if "country_code" not in unreadable:
            country_code: None | str | Unset
            if isinstance(self.country_code, Unset):
                country_code = UNSET
            else:
                country_code = self.country_code

            if country_code is not UNSET:
                field_dict["countryCode"] = country_code
        if "type_" not in unreadable:
            type_: None | str | Unset
            if isinstance(self.type_, Unset):
                type_ = UNSET
            elif isinstance(self.type_, AreaType):
                type_ = self.type_.value
            else:
                type_ = self.type_

            if type_ is not UNSET:
                field_dict["type"] = type_
        if "city" not in unreadable:
            city: None | str | Unset
            if isinstance(self.city, Unset):
                city = UNSET
            else:
                city = self.city

            if city is not UNSET:
                field_dict["city"] = city
        if "address" not in unreadable:
            address: None | str | Unset
            if isinstance(self.address, Unset):
                address = UNSET
            else:
                address = self.address

            if address is not UNSET:
                field_dict["address"] = address
        if "mail_address" not in unreadable:
            mail_address: None | str | Unset
            if isinstance(self.mail_address, Unset):
                mail_address = UNSET
            else:
                mail_address = self.mail_address

            if mail_address is not UNSET:
                field_dict["mailAddress"] = mail_address
        if "phone_number" not in unreadable:
            phone_number: None | str | Unset
            if isinstance(self.phone_number, Unset):
                phone_number = UNSET
            else:
                phone_number = self.phone_number

            if phone_number is not UNSET:
                field_dict["phoneNumber"] = phone_number
        if "zip_code" not in unreadable:
            zip_code: None | str | Unset
            if isinstance(self.zip_code, Unset):
                zip_code = UNSET
            else:
                zip_code = self.zip_code

            if zip_code is not UNSET:
                field_dict["zipCode"] = zip_code
        if "immatriculation_number" not in unreadable:
            immatriculation_number: None | str | Unset
            if isinstance(self.immatriculation_number, Unset):
                immatriculation_number = UNSET
            else:
                immatriculation_number = self.immatriculation_number

            if immatriculation_number is not UNSET:
                field_dict["immatriculationNumber"] = immatriculation_number
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
            if len(src_dict) >= 11:
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
            parsed.parent_id = value
        elif value is UNSET:
            parsed.parent_id = UNSET
            absent += 1
        else:
            invalid(parsed, "parent_id", "parentId", "str | None", value)

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.country_code = value
        elif value is UNSET:
            parsed.country_code = UNSET
            absent += 1
        else:
            invalid(parsed, "country_code", "countryCode", "str | None", value)

        value = values[4]
        if isinstance(value, str):
            parsed.type_ = _AREA_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.type_ = None
        elif value is UNSET:
            parsed.type_ = UNSET
            absent += 1
        else:
            invalid(parsed, "type_", "type", "AreaType | str | None", value)

        value = values[5]
        if isinstance(value, str) or value is None:
            parsed.city = value
        elif value is UNSET:
            parsed.city = UNSET
            absent += 1
        else:
            invalid(parsed, "city", "city", "str | None", value)

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
            parsed.mail_address = value
        elif value is UNSET:
            parsed.mail_address = UNSET
            absent += 1
        else:
            invalid(parsed, "mail_address", "mailAddress", "str | None", value)

        value = values[8]
        if isinstance(value, str) or value is None:
            parsed.phone_number = value
        elif value is UNSET:
            parsed.phone_number = UNSET
            absent += 1
        else:
            invalid(parsed, "phone_number", "phoneNumber", "str | None", value)

        value = values[9]
        if isinstance(value, str) or value is None:
            parsed.zip_code = value
        elif value is UNSET:
            parsed.zip_code = UNSET
            absent += 1
        else:
            invalid(parsed, "zip_code", "zipCode", "str | None", value)

        value = values[10]
        if isinstance(value, str) or value is None:
            parsed.immatriculation_number = value
        elif value is UNSET:
            parsed.immatriculation_number = UNSET
            absent += 1
        else:
            invalid(parsed, "immatriculation_number", "immatriculationNumber", "str | None", value)

        if len(src_dict) + absent == 11:  # every key is a known one
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
