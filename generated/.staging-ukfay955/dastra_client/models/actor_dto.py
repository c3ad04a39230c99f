from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.access_level import AccessLevel
from ..models.actor_type import ActorType
from ..models.vendor_type import VendorType
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
    from ..models.actor_data_processing_light_dto import ActorDataProcessingLightDto
    from ..models.attachment_dto import AttachmentDto
    from ..models.tag_dto import TagDto
    from ..models.user_light_dto import UserLightDto







def _parse_attachments(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.AttachmentDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_tags(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.TagDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_recipients(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.ActorDataProcessingLightDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_creator(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_dpa_signature_date(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data







def _parse_date_creation(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_date_update(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data






def _parse_actor_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = ActorType._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_vendor_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = VendorType._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_access_level(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = AccessLevel._value2member_map_.get(data)
    if member is not None:
        return member
    return data


















def _load_attachments(source: Mapping[str, Any]) -> Any:
    return _parse_attachments(source.get("attachments", UNSET))

def _load_tags(source: Mapping[str, Any]) -> Any:
    return _parse_tags(source.get("tags", UNSET))

def _load_recipients(source: Mapping[str, Any]) -> Any:
    return _parse_recipients(source.get("recipients", UNSET))

def _load_creator(source: Mapping[str, Any]) -> Any:
    return _parse_creator(source.get("creator", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("attachments", "tags", "recipients", "creator", "dpaSignatureDate", "nbReferences", "id", "displayName", "dateCreation", "dateUpdate", "logoUrl", "actorType", "vendorType", "accessLevel", "givenName", "familyName", "companyName", "description", "countryCode", "readonly", "email", "phoneNumber", "contactName", "contactPosition", "immatriculationNumber", "websiteUrl", "address", "zipCode", "city", ))

T = TypeVar("T", bound="ActorDto")



@_attrs_define
class ActorDto(LazyModel):
    """Attributes:
        attachments (list[AttachmentDto] | None | Unset):
        tags (list[TagDto] | None | Unset):
        recipients (list[ActorDataProcessingLightDto] | None | Unset):
        creator (None | Unset | UserLightDto):
        dpa_signature_date (datetime.datetime | None | Unset):
        nb_references (int | None | Unset):
        id (int | None | Unset):
        display_name (None | str | Unset):
        date_creation (datetime.datetime | None | Unset):
        date_update (datetime.datetime | None | Unset):
        logo_url (None | str | Unset):
        actor_type (ActorType | None | str | Unset):
        vendor_type (None | str | Unset | VendorType):
        access_level (AccessLevel | None | str | Unset):
        given_name (None | str | Unset):
        family_name (None | str | Unset):
        company_name (None | str | Unset):
        description (None | str | Unset):
        country_code (None | str | Unset):
        readonly (bool | None | Unset):
        email (None | str | Unset):
        phone_number (None | str | Unset):
        contact_name (None | str | Unset):
        contact_position (None | str | Unset):
        immatriculation_number (None | str | Unset):
        website_url (None | str | Unset):
        address (None | str | Unset):
        zip_code (None | str | Unset):
        city (None | str | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "attachments": _load_attachments,
        "tags": _load_tags,
        "recipients": _load_recipients,
        "creator": _load_creator,
    }

    attachments: list[AttachmentDto] | None | Unset = UNSET
    tags: list[TagDto] | None | Unset = UNSET
    recipients: list[ActorDataProcessingLightDto] | None | Unset = UNSET
    creator: None | Unset | UserLightDto = UNSET
    dpa_signature_date: datetime.datetime | None | Unset = UNSET
    nb_references: int | None | Unset = UNSET
    id: int | None | Unset = UNSET
    display_name: None | str | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    actor_type: ActorType | None | str | Unset = UNSET
    vendor_type: None | str | Unset | VendorType = UNSET
    access_level: AccessLevel | None | str | Unset = UNSET
    given_name: None | str | Unset = UNSET
    family_name: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    readonly: bool | None | Unset = UNSET
    email: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    contact_name: None | str | Unset = UNSET
    contact_position: None | str | Unset = UNSET
    immatriculation_number: None | str | Unset = UNSET
    website_url: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    zip_code: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.actor_data_processing_light_dto import ActorDataProcessingLightDto  # noqa: PLC0415
        from ..models.attachment_dto import AttachmentDto  # noqa: PLC0415
        from ..models.tag_dto import TagDto  # noqa: PLC0415
        from ..models.user_light_dto import UserLightDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)


        else:
            attachments = self.attachments

        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item = tags_type_0_item_data.to_dict()
                tags.append(tags_type_0_item)


        else:
            tags = self.tags

        if tags is not UNSET:
            field_dict["tags"] = tags
        recipients: list[dict[str, Any]] | None | Unset
        if isinstance(self.recipients, Unset):
            recipients = UNSET
        elif isinstance(self.recipients, list):
            recipients = []
            for recipients_type_0_item_data in self.recipients:
                recipients_type_0_item = recipients_type_0_item_data.to_dict()
                recipients.append(recipients_type_0_item)


        else:
            recipients = self.recipients

        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        creator: dict[str, Any] | None | Unset
        if isinstance(self.creator, Unset):
            creator = UNSET
        elif isinstance(self.creator, UserLightDto):
            creator = self.creator.to_dict()
        else:
            creator = self.creator

        if creator is not UNSET:
            field_dict["creator"] = creator
        dpa_signature_date: None | str | Unset
        if isinstance(self.dpa_signature_date, Unset):
            dpa_signature_date = UNSET
        elif isinstance(self.dpa_signature_date, datetime.datetime):
            dpa_signature_date = self.dpa_signature_date.isoformat()
        else:
            dpa_signature_date = self.dpa_signature_date

        if dpa_signature_date is not UNSET:
            field_dict["dpaSignatureDate"] = dpa_signature_date
        nb_references: int | None | Unset
        if isinstance(self.nb_references, Unset):
            nb_references = UNSET
        else:
            nb_references = self.nb_references

        if nb_references is not UNSET:
            field_dict["nbReferences"] = nb_references
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        date_update: None | str | Unset
        if isinstance(self.date_update, Unset):
            date_update = UNSET
        elif isinstance(self.date_update, datetime.datetime):
            date_update = self.date_update.isoformat()
        else:
            date_update = self.date_update

        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        actor_type: None | str | Unset
        if isinstance(self.actor_type, Unset):
            actor_type = UNSET
        elif isinstance(self.actor_type, ActorType):
            actor_type = self.actor_type.value
        else:
            actor_type = self.actor_type

        if actor_type is not UNSET:
            field_dict["actorType"] = actor_type
        vendor_type: None | str | Unset
        if isinstance(self.vendor_type, Unset):
            vendor_type = UNSET
        elif isinstance(self.vendor_type, VendorType):
            vendor_type = self.vendor_type.value
        else:
            vendor_type = self.vendor_type

        if vendor_type is not UNSET:
            field_dict["vendorType"] = vendor_type
        access_level: None | str | Unset
        if isinstance(self.access_level, Unset):
            access_level = UNSET
        elif isinstance(self.access_level, AccessLevel):
            access_level = self.access_level.value
        else:
            access_level = self.access_level

        if access_level is not UNSET:
            field_dict["accessLevel"] = access_level
        given_name: None | str | Unset
        if isinstance(self.given_name, Unset):
            given_name = UNSET
        else:
            given_name = self.given_name

        if given_name is not UNSET:
            field_dict["givenName"] = given_name
        family_name: None | str | Unset
        if isinstance(self.family_name, Unset):
            family_name = UNSET
        else:
            family_name = self.family_name

        if family_name is not UNSET:
            field_dict["familyName"] = family_name
        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        if description is not UNSET:
            field_dict["description"] = description
        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        readonly: bool | None | Unset
        if isinstance(self.readonly, Unset):
            readonly = UNSET
        else:
            readonly = self.readonly

        if readonly is not UNSET:
            field_dict["readonly"] = readonly
        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        if email is not UNSET:
            field_dict["email"] = email
        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        contact_name: None | str | Unset
        if isinstance(self.contact_name, Unset):
            contact_name = UNSET
        else:
            contact_name = self.contact_name

        if contact_name is not UNSET:
            field_dict["contactName"] = contact_name
        contact_position: None | str | Unset
        if isinstance(self.contact_position, Unset):
            contact_position = UNSET
        else:
            contact_position = self.contact_position

        if contact_position is not UNSET:
            field_dict["contactPosition"] = contact_position
        immatriculation_number: None | str | Unset
        if isinstance(self.immatriculation_number, Unset):
            immatriculation_number = UNSET
        else:
            immatriculation_number = self.immatriculation_number

        if immatriculation_number is not UNSET:
            field_dict["immatriculationNumber"] = immatriculation_number
        website_url: None | str | Unset
        if isinstance(self.website_url, Unset):
            website_url = UNSET
        else:
            website_url = self.website_url

        if website_url is not UNSET:
            field_dict["websiteUrl"] = website_url
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
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.dpa_signature_date = _parse_dpa_signature_date(src_dict.get("dpaSignatureDate", UNSET))
        parsed.nb_references = src_dict.get("nbReferences", UNSET)
        parsed.id = src_dict.get("id", UNSET)
        parsed.display_name = src_dict.get("displayName", UNSET)
        parsed.date_creation = _parse_date_creation(src_dict.get("dateCreation", UNSET))
        parsed.date_update = _parse_date_update(src_dict.get("dateUpdate", UNSET))
        parsed.logo_url = src_dict.get("logoUrl", UNSET)
        parsed.actor_type = _parse_actor_type(src_dict.get("actorType", UNSET))
        parsed.vendor_type = _parse_vendor_type(src_dict.get("vendorType", UNSET))
        parsed.access_level = _parse_access_level(src_dict.get("accessLevel", UNSET))
        parsed.given_name = src_dict.get("givenName", UNSET)
        parsed.family_name = src_dict.get("familyName", UNSET)
        parsed.company_name = src_dict.get("companyName", UNSET)
        parsed.description = src_dict.get("description", UNSET)
        parsed.country_code = src_dict.get("countryCode", UNSET)
        parsed.readonly = src_dict.get("readonly", UNSET)
        parsed.email = src_dict.get("email", UNSET)
        parsed.phone_number = src_dict.get("phoneNumber", UNSET)
        parsed.contact_name = src_dict.get("contactName", UNSET)
        parsed.contact_position = src_dict.get("contactPosition", UNSET)
        parsed.immatriculation_number = src_dict.get("immatriculationNumber", UNSET)
        parsed.website_url = src_dict.get("websiteUrl", UNSET)
        parsed.address = src_dict.get("address", UNSET)
        parsed.zip_code = src_dict.get("zipCode", UNSET)
        parsed.city = src_dict.get("city", UNSET)
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
