from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.area_type import AreaType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AreaImportModel")


@_attrs_define
class AreaImportModel:
    """
    Attributes:
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
        label = self.label

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, AreaType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        mail_address: None | str | Unset
        if isinstance(self.mail_address, Unset):
            mail_address = UNSET
        else:
            mail_address = self.mail_address

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        zip_code: None | str | Unset
        if isinstance(self.zip_code, Unset):
            zip_code = UNSET
        else:
            zip_code = self.zip_code

        immatriculation_number: None | str | Unset
        if isinstance(self.immatriculation_number, Unset):
            immatriculation_number = UNSET
        else:
            immatriculation_number = self.immatriculation_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if type_ is not UNSET:
            field_dict["type"] = type_
        if city is not UNSET:
            field_dict["city"] = city
        if address is not UNSET:
            field_dict["address"] = address
        if mail_address is not UNSET:
            field_dict["mailAddress"] = mail_address
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code
        if immatriculation_number is not UNSET:
            field_dict["immatriculationNumber"] = immatriculation_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("countryCode", UNSET))

        def _parse_type_(data: object) -> AreaType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = AreaType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AreaType | None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_mail_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mail_address = _parse_mail_address(d.pop("mailAddress", UNSET))

        def _parse_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number = _parse_phone_number(d.pop("phoneNumber", UNSET))

        def _parse_zip_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zip_code = _parse_zip_code(d.pop("zipCode", UNSET))

        def _parse_immatriculation_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        immatriculation_number = _parse_immatriculation_number(d.pop("immatriculationNumber", UNSET))

        area_import_model = cls(
            label=label,
            id=id,
            parent_id=parent_id,
            country_code=country_code,
            type_=type_,
            city=city,
            address=address,
            mail_address=mail_address,
            phone_number=phone_number,
            zip_code=zip_code,
            immatriculation_number=immatriculation_number,
        )

        area_import_model.additional_properties = d
        return area_import_model

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
