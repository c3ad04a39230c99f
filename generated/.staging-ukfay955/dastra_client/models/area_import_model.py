from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.area_type import AreaType
from ..types import UNSET, Unset
from typing import cast












def _parse_type_(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = AreaType._value2member_map_.get(data)
    if member is not None:
        return member
    return data










_KNOWN_KEYS: frozenset[str] = frozenset(("label", "id", "parentId", "countryCode", "type", "city", "address", "mailAddress", "phoneNumber", "zipCode", "immatriculationNumber", ))

T = TypeVar("T", bound="AreaImportModel")



@_attrs_define
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
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        label = self.label

        field_dict["label"] = label
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, AreaType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        if type_ is not UNSET:
            field_dict["type"] = type_
        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        if city is not UNSET:
            field_dict["city"] = city
        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        if address is not UNSET:
            field_dict["address"] = address
        mail_address: None | str | Unset
        if isinstance(self.mail_address, Unset):
            mail_address = UNSET
        else:
            mail_address = self.mail_address

        if mail_address is not UNSET:
            field_dict["mailAddress"] = mail_address
        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        zip_code: None | str | Unset
        if isinstance(self.zip_code, Unset):
            zip_code = UNSET
        else:
            zip_code = self.zip_code

        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code
        immatriculation_number: None | str | Unset
        if isinstance(self.immatriculation_number, Unset):
            immatriculation_number = UNSET
        else:
            immatriculation_number = self.immatriculation_number

        if immatriculation_number is not UNSET:
            field_dict["immatriculationNumber"] = immatriculation_number
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
        parsed.parent_id = src_dict.get("parentId", UNSET)
        parsed.country_code = src_dict.get("countryCode", UNSET)
        parsed.type_ = _parse_type_(src_dict.get("type", UNSET))
        parsed.city = src_dict.get("city", UNSET)
        parsed.address = src_dict.get("address", UNSET)
        parsed.mail_address = src_dict.get("mailAddress", UNSET)
        parsed.phone_number = src_dict.get("phoneNumber", UNSET)
        parsed.zip_code = src_dict.get("zipCode", UNSET)
        parsed.immatriculation_number = src_dict.get("immatriculationNumber", UNSET)
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
