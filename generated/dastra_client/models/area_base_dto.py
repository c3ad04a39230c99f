from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import VariantMismatchError
from .._lazy import (
    EAGER,
    MISSING,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
)
from ..models.area_type import AreaType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.actor_light_dto import ActorLightDto
    from ..models.data_protection_authority_dto import DataProtectionAuthorityDto
else:
    ActorLightDto = deferred(globals(), "ActorLightDto", "..models.actor_light_dto")
    DataProtectionAuthorityDto = deferred(
        globals(), "DataProtectionAuthorityDto", "..models.data_protection_authority_dto"
    )


_AREA_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in AreaType}


def _load_dpo(model: AreaBaseDto, source: Mapping[str, Any]) -> Any:
    value = source.get("dpo", UNSET)
    if value is None or value is UNSET:
        model.dpo = value
        return value
    if isinstance(value, dict):
        try:
            model.dpo = result = ActorLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "dpo", "dpo", "ActorLightDto | None", value)
    else:
        result = invalid(model, "dpo", "dpo", "ActorLightDto | None", value)
    return result


def _load_referent(model: AreaBaseDto, source: Mapping[str, Any]) -> Any:
    value = source.get("referent", UNSET)
    if value is None or value is UNSET:
        model.referent = value
        return value
    if isinstance(value, dict):
        try:
            model.referent = result = ActorLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "referent", "referent", "ActorLightDto | None", value)
    else:
        result = invalid(model, "referent", "referent", "ActorLightDto | None", value)
    return result


def _load_representative(model: AreaBaseDto, source: Mapping[str, Any]) -> Any:
    value = source.get("representative", UNSET)
    if value is None or value is UNSET:
        model.representative = value
        return value
    if isinstance(value, dict):
        try:
            model.representative = result = ActorLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "representative", "representative", "ActorLightDto | None", value)
    else:
        result = invalid(model, "representative", "representative", "ActorLightDto | None", value)
    return result


def _load_data_protection_authority(model: AreaBaseDto, source: Mapping[str, Any]) -> Any:
    value = source.get("dataProtectionAuthority", UNSET)
    if value is None or value is UNSET:
        model.data_protection_authority = value
        return value
    if isinstance(value, dict):
        try:
            model.data_protection_authority = result = DataProtectionAuthorityDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(
                model,
                "data_protection_authority",
                "dataProtectionAuthority",
                "DataProtectionAuthorityDto | None",
                value,
            )
    else:
        result = invalid(
            model,
            "data_protection_authority",
            "dataProtectionAuthority",
            "DataProtectionAuthorityDto | None",
            value,
        )
    return result


_KEYS: Final[tuple[str, ...]] = (
    "label",
    "id",
    "type",
    "parentId",
    "ref",
    "description",
    "logoUrl",
    "address",
    "zipCode",
    "city",
    "countryCode",
    "immatriculationNumber",
    "phoneNumber",
    "mailAddress",
    "dpo",
    "referent",
    "representative",
    "dataProtectionAuthority",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "label": MISSING,
    "id": UNSET,
    "type": UNSET,
    "parentId": UNSET,
    "ref": UNSET,
    "description": UNSET,
    "logoUrl": UNSET,
    "address": UNSET,
    "zipCode": UNSET,
    "city": UNSET,
    "countryCode": UNSET,
    "immatriculationNumber": UNSET,
    "phoneNumber": UNSET,
    "mailAddress": UNSET,
    "dpo": UNSET,
    "referent": UNSET,
    "representative": UNSET,
    "dataProtectionAuthority": UNSET,
}

T = TypeVar("T", bound="AreaBaseDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("label", "label"),
        ("id", "id"),
        ("type_", "type"),
        ("parent_id", "parentId"),
        ("ref", "ref"),
        ("description", "description"),
        ("logo_url", "logoUrl"),
        ("address", "address"),
        ("zip_code", "zipCode"),
        ("city", "city"),
        ("country_code", "countryCode"),
        ("immatriculation_number", "immatriculationNumber"),
        ("phone_number", "phoneNumber"),
        ("mail_address", "mailAddress"),
        ("dpo", "dpo"),
        ("referent", "referent"),
        ("representative", "representative"),
        ("data_protection_authority", "dataProtectionAuthority"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
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
        from ..models.actor_light_dto import ActorLightDto
        from ..models.data_protection_authority_dto import DataProtectionAuthorityDto

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
        if "parent_id" not in unreadable:
            parent_id: int | None | Unset
            if isinstance(self.parent_id, Unset):
                parent_id = UNSET
            else:
                parent_id = self.parent_id

            if parent_id is not UNSET:
                field_dict["parentId"] = parent_id
        if "ref" not in unreadable:
            ref: None | str | Unset
            if isinstance(self.ref, Unset):
                ref = UNSET
            else:
                ref = self.ref

            if ref is not UNSET:
                field_dict["ref"] = ref
        if "description" not in unreadable:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

            if description is not UNSET:
                field_dict["description"] = description
        if "logo_url" not in unreadable:
            logo_url: None | str | Unset
            if isinstance(self.logo_url, Unset):
                logo_url = UNSET
            else:
                logo_url = self.logo_url

            if logo_url is not UNSET:
                field_dict["logoUrl"] = logo_url
        if "address" not in unreadable:
            address: None | str | Unset
            if isinstance(self.address, Unset):
                address = UNSET
            else:
                address = self.address

            if address is not UNSET:
                field_dict["address"] = address
        if "zip_code" not in unreadable:
            zip_code: None | str | Unset
            if isinstance(self.zip_code, Unset):
                zip_code = UNSET
            else:
                zip_code = self.zip_code

            if zip_code is not UNSET:
                field_dict["zipCode"] = zip_code
        if "city" not in unreadable:
            city: None | str | Unset
            if isinstance(self.city, Unset):
                city = UNSET
            else:
                city = self.city

            if city is not UNSET:
                field_dict["city"] = city
        if "country_code" not in unreadable:
            country_code: None | str | Unset
            if isinstance(self.country_code, Unset):
                country_code = UNSET
            else:
                country_code = self.country_code

            if country_code is not UNSET:
                field_dict["countryCode"] = country_code
        if "immatriculation_number" not in unreadable:
            immatriculation_number: None | str | Unset
            if isinstance(self.immatriculation_number, Unset):
                immatriculation_number = UNSET
            else:
                immatriculation_number = self.immatriculation_number

            if immatriculation_number is not UNSET:
                field_dict["immatriculationNumber"] = immatriculation_number
        if "phone_number" not in unreadable:
            phone_number: None | str | Unset
            if isinstance(self.phone_number, Unset):
                phone_number = UNSET
            else:
                phone_number = self.phone_number

            if phone_number is not UNSET:
                field_dict["phoneNumber"] = phone_number
        if "mail_address" not in unreadable:
            mail_address: None | str | Unset
            if isinstance(self.mail_address, Unset):
                mail_address = UNSET
            else:
                mail_address = self.mail_address

            if mail_address is not UNSET:
                field_dict["mailAddress"] = mail_address
        if "dpo" not in unreadable:
            dpo: dict[str, Any] | None | Unset
            if isinstance(self.dpo, Unset):
                dpo = UNSET
            elif isinstance(self.dpo, ActorLightDto):
                dpo = self.dpo.to_dict()
            else:
                dpo = self.dpo

            if dpo is not UNSET:
                field_dict["dpo"] = dpo
        if "referent" not in unreadable:
            referent: dict[str, Any] | None | Unset
            if isinstance(self.referent, Unset):
                referent = UNSET
            elif isinstance(self.referent, ActorLightDto):
                referent = self.referent.to_dict()
            else:
                referent = self.referent

            if referent is not UNSET:
                field_dict["referent"] = referent
        if "representative" not in unreadable:
            representative: dict[str, Any] | None | Unset
            if isinstance(self.representative, Unset):
                representative = UNSET
            elif isinstance(self.representative, ActorLightDto):
                representative = self.representative.to_dict()
            else:
                representative = self.representative

            if representative is not UNSET:
                field_dict["representative"] = representative
        if "data_protection_authority" not in unreadable:
            data_protection_authority: dict[str, Any] | None | Unset
            if isinstance(self.data_protection_authority, Unset):
                data_protection_authority = UNSET
            elif isinstance(self.data_protection_authority, DataProtectionAuthorityDto):
                data_protection_authority = self.data_protection_authority.to_dict()
            else:
                data_protection_authority = self.data_protection_authority

            if data_protection_authority is not UNSET:
                field_dict["dataProtectionAuthority"] = data_protection_authority
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
            if len(src_dict) >= 18:
                values = _KNOWN_VALUES(src_dict)
            else:  # a known key is absent (no KeyError raised and caught for it)
                values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except KeyError:  # unknown keys in place of known ones
            values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except (TypeError, AttributeError):  # a list, a string, a number...: not an object
            raise not_an_object(cls, src_dict) from None
        parsed = cls.__new__(cls)
        absent = 0  # the known keys the object lacks: its other keys are unknown ones if len() says more
        # Optional nested values are parsed on first access (LazyModel), or now in eager mode.
        eager = EAGER.get()
        if not eager:
            parsed._source = src_dict
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
        if isinstance(value, str):
            parsed.type_ = _AREA_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.type_ = None
        elif value is UNSET:
            parsed.type_ = UNSET
            absent += 1
        else:
            invalid(parsed, "type_", "type", "AreaType | str | None", value)

        value = values[3]
        if type(value) is int or value is None:
            parsed.parent_id = value
        elif value is UNSET:
            parsed.parent_id = UNSET
            absent += 1
        else:
            invalid(parsed, "parent_id", "parentId", "int | None", value)

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.ref = value
        elif value is UNSET:
            parsed.ref = UNSET
            absent += 1
        else:
            invalid(parsed, "ref", "ref", "str | None", value)

        value = values[5]
        if isinstance(value, str) or value is None:
            parsed.description = value
        elif value is UNSET:
            parsed.description = UNSET
            absent += 1
        else:
            invalid(parsed, "description", "description", "str | None", value)

        value = values[6]
        if isinstance(value, str) or value is None:
            parsed.logo_url = value
        elif value is UNSET:
            parsed.logo_url = UNSET
            absent += 1
        else:
            invalid(parsed, "logo_url", "logoUrl", "str | None", value)

        value = values[7]
        if isinstance(value, str) or value is None:
            parsed.address = value
        elif value is UNSET:
            parsed.address = UNSET
            absent += 1
        else:
            invalid(parsed, "address", "address", "str | None", value)

        value = values[8]
        if isinstance(value, str) or value is None:
            parsed.zip_code = value
        elif value is UNSET:
            parsed.zip_code = UNSET
            absent += 1
        else:
            invalid(parsed, "zip_code", "zipCode", "str | None", value)

        value = values[9]
        if isinstance(value, str) or value is None:
            parsed.city = value
        elif value is UNSET:
            parsed.city = UNSET
            absent += 1
        else:
            invalid(parsed, "city", "city", "str | None", value)

        value = values[10]
        if isinstance(value, str) or value is None:
            parsed.country_code = value
        elif value is UNSET:
            parsed.country_code = UNSET
            absent += 1
        else:
            invalid(parsed, "country_code", "countryCode", "str | None", value)

        value = values[11]
        if isinstance(value, str) or value is None:
            parsed.immatriculation_number = value
        elif value is UNSET:
            parsed.immatriculation_number = UNSET
            absent += 1
        else:
            invalid(parsed, "immatriculation_number", "immatriculationNumber", "str | None", value)

        value = values[12]
        if isinstance(value, str) or value is None:
            parsed.phone_number = value
        elif value is UNSET:
            parsed.phone_number = UNSET
            absent += 1
        else:
            invalid(parsed, "phone_number", "phoneNumber", "str | None", value)

        value = values[13]
        if isinstance(value, str) or value is None:
            parsed.mail_address = value
        elif value is UNSET:
            parsed.mail_address = UNSET
            absent += 1
        else:
            invalid(parsed, "mail_address", "mailAddress", "str | None", value)

        value = values[14]
        if value is None:
            parsed.dpo = None
        elif value is UNSET:
            parsed.dpo = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.dpo = ActorLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "dpo", "dpo", "ActorLightDto | None", value)
            else:
                invalid(parsed, "dpo", "dpo", "ActorLightDto | None", value)

        value = values[15]
        if value is None:
            parsed.referent = None
        elif value is UNSET:
            parsed.referent = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.referent = ActorLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "referent", "referent", "ActorLightDto | None", value)
            else:
                invalid(parsed, "referent", "referent", "ActorLightDto | None", value)

        value = values[16]
        if value is None:
            parsed.representative = None
        elif value is UNSET:
            parsed.representative = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.representative = ActorLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "representative", "representative", "ActorLightDto | None", value)
            else:
                invalid(parsed, "representative", "representative", "ActorLightDto | None", value)

        value = values[17]
        if value is None:
            parsed.data_protection_authority = None
        elif value is UNSET:
            parsed.data_protection_authority = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.data_protection_authority = DataProtectionAuthorityDto.from_dict(value)
                except VariantMismatchError:
                    invalid(
                        parsed,
                        "data_protection_authority",
                        "dataProtectionAuthority",
                        "DataProtectionAuthorityDto | None",
                        value,
                    )
            else:
                invalid(
                    parsed,
                    "data_protection_authority",
                    "dataProtectionAuthority",
                    "DataProtectionAuthorityDto | None",
                    value,
                )

        if len(src_dict) + absent == 18:  # every key is a known one
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
