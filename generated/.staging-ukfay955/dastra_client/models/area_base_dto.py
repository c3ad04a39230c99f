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

if TYPE_CHECKING:
    from ..models.actor_light_dto import ActorLightDto
    from ..models.data_protection_authority_dto import DataProtectionAuthorityDto









def _parse_type_(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = AreaType._value2member_map_.get(data)
    if member is not None:
        return member
    return data















def _parse_dpo(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.ActorLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_referent(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.ActorLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_representative(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.ActorLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_data_protection_authority(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.DataProtectionAuthorityDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data



def _load_dpo(source: Mapping[str, Any]) -> Any:
    return _parse_dpo(source.get("dpo", UNSET))

def _load_referent(source: Mapping[str, Any]) -> Any:
    return _parse_referent(source.get("referent", UNSET))

def _load_representative(source: Mapping[str, Any]) -> Any:
    return _parse_representative(source.get("representative", UNSET))

def _load_data_protection_authority(source: Mapping[str, Any]) -> Any:
    return _parse_data_protection_authority(source.get("dataProtectionAuthority", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("label", "id", "type", "parentId", "ref", "description", "logoUrl", "address", "zipCode", "city", "countryCode", "immatriculationNumber", "phoneNumber", "mailAddress", "dpo", "referent", "representative", "dataProtectionAuthority", ))

T = TypeVar("T", bound="AreaBaseDto")



@_attrs_define
class AreaBaseDto(LazyModel):
    """Attributes:
        label (str):
        id (int | None | Unset):
        type_ (AreaType | None | str | Unset):
        parent_id (int | None | Unset):
        ref (None | str | Unset):
        description (None | str | Unset):
        logo_url (None | str | Unset):
        address (None | str | Unset):
        zip_code (None | str | Unset):
        city (None | str | Unset):
        country_code (None | str | Unset):
        immatriculation_number (None | str | Unset):
        phone_number (None | str | Unset):
        mail_address (None | str | Unset):
        dpo (ActorLightDto | None | Unset):
        referent (ActorLightDto | None | Unset):
        representative (ActorLightDto | None | Unset):
        data_protection_authority (DataProtectionAuthorityDto | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "dpo": _load_dpo,
        "referent": _load_referent,
        "representative": _load_representative,
        "data_protection_authority": _load_data_protection_authority,
    }

    label: str
    id: int | None | Unset = UNSET
    type_: AreaType | None | str | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    ref: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    zip_code: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    immatriculation_number: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    mail_address: None | str | Unset = UNSET
    dpo: ActorLightDto | None | Unset = UNSET
    referent: ActorLightDto | None | Unset = UNSET
    representative: ActorLightDto | None | Unset = UNSET
    data_protection_authority: DataProtectionAuthorityDto | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.actor_light_dto import ActorLightDto  # noqa: PLC0415
        from ..models.data_protection_authority_dto import DataProtectionAuthorityDto  # noqa: PLC0415
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
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, AreaType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        if type_ is not UNSET:
            field_dict["type"] = type_
        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        ref: None | str | Unset
        if isinstance(self.ref, Unset):
            ref = UNSET
        else:
            ref = self.ref

        if ref is not UNSET:
            field_dict["ref"] = ref
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        if description is not UNSET:
            field_dict["description"] = description
        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        if address is not UNSET:
            field_dict["address"] = address
        zip_code: None | str | Unset
        if isinstance(self.zip_code, Unset):
            zip_code = UNSET
        else:
            zip_code = self.zip_code

        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code
        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        if city is not UNSET:
            field_dict["city"] = city
        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        immatriculation_number: None | str | Unset
        if isinstance(self.immatriculation_number, Unset):
            immatriculation_number = UNSET
        else:
            immatriculation_number = self.immatriculation_number

        if immatriculation_number is not UNSET:
            field_dict["immatriculationNumber"] = immatriculation_number
        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        mail_address: None | str | Unset
        if isinstance(self.mail_address, Unset):
            mail_address = UNSET
        else:
            mail_address = self.mail_address

        if mail_address is not UNSET:
            field_dict["mailAddress"] = mail_address
        dpo: dict[str, Any] | None | Unset
        if isinstance(self.dpo, Unset):
            dpo = UNSET
        elif isinstance(self.dpo, ActorLightDto):
            dpo = self.dpo.to_dict()
        else:
            dpo = self.dpo

        if dpo is not UNSET:
            field_dict["dpo"] = dpo
        referent: dict[str, Any] | None | Unset
        if isinstance(self.referent, Unset):
            referent = UNSET
        elif isinstance(self.referent, ActorLightDto):
            referent = self.referent.to_dict()
        else:
            referent = self.referent

        if referent is not UNSET:
            field_dict["referent"] = referent
        representative: dict[str, Any] | None | Unset
        if isinstance(self.representative, Unset):
            representative = UNSET
        elif isinstance(self.representative, ActorLightDto):
            representative = self.representative.to_dict()
        else:
            representative = self.representative

        if representative is not UNSET:
            field_dict["representative"] = representative
        data_protection_authority: dict[str, Any] | None | Unset
        if isinstance(self.data_protection_authority, Unset):
            data_protection_authority = UNSET
        elif isinstance(self.data_protection_authority, DataProtectionAuthorityDto):
            data_protection_authority = self.data_protection_authority.to_dict()
        else:
            data_protection_authority = self.data_protection_authority

        if data_protection_authority is not UNSET:
            field_dict["dataProtectionAuthority"] = data_protection_authority
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
        parsed.type_ = _parse_type_(src_dict.get("type", UNSET))
        parsed.parent_id = src_dict.get("parentId", UNSET)
        parsed.ref = src_dict.get("ref", UNSET)
        parsed.description = src_dict.get("description", UNSET)
        parsed.logo_url = src_dict.get("logoUrl", UNSET)
        parsed.address = src_dict.get("address", UNSET)
        parsed.zip_code = src_dict.get("zipCode", UNSET)
        parsed.city = src_dict.get("city", UNSET)
        parsed.country_code = src_dict.get("countryCode", UNSET)
        parsed.immatriculation_number = src_dict.get("immatriculationNumber", UNSET)
        parsed.phone_number = src_dict.get("phoneNumber", UNSET)
        parsed.mail_address = src_dict.get("mailAddress", UNSET)
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
