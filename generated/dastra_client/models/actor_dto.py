from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import FieldValidationError, VariantMismatchError
from .._lazy import (
    EAGER,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
)
from ..models.access_level import AccessLevel
from ..models.actor_type import ActorType
from ..models.vendor_type import VendorType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.actor_data_processing_light_dto import ActorDataProcessingLightDto
    from ..models.attachment_dto import AttachmentDto
    from ..models.tag_dto import TagDto
    from ..models.user_light_dto import UserLightDto
else:
    ActorDataProcessingLightDto = deferred(
        globals(), "ActorDataProcessingLightDto", "..models.actor_data_processing_light_dto"
    )
    AttachmentDto = deferred(globals(), "AttachmentDto", "..models.attachment_dto")
    TagDto = deferred(globals(), "TagDto", "..models.tag_dto")
    UserLightDto = deferred(globals(), "UserLightDto", "..models.user_light_dto")


_ACCESS_LEVEL_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in AccessLevel}
_ACTOR_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in ActorType}
_VENDOR_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in VendorType}


def _load_attachments(model: ActorDto, source: Mapping[str, Any]) -> Any:
    value = source.get("attachments", UNSET)
    if value is None or value is UNSET:
        model.attachments = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.attachments = result = list(map(AttachmentDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "attachments",
                "attachments",
                "list[AttachmentDto] | None",
                value,
                items=AttachmentDto.from_dict,
            )
    else:
        result = invalid(model, "attachments", "attachments", "list[AttachmentDto] | None", value)
    return result


def _load_tags(model: ActorDto, source: Mapping[str, Any]) -> Any:
    value = source.get("tags", UNSET)
    if value is None or value is UNSET:
        model.tags = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.tags = result = list(map(TagDto.from_dict, value))
        except FieldValidationError:
            result = invalid(model, "tags", "tags", "list[TagDto] | None", value, items=TagDto.from_dict)
    else:
        result = invalid(model, "tags", "tags", "list[TagDto] | None", value)
    return result


def _load_recipients(model: ActorDto, source: Mapping[str, Any]) -> Any:
    value = source.get("recipients", UNSET)
    if value is None or value is UNSET:
        model.recipients = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.recipients = result = list(map(ActorDataProcessingLightDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "recipients",
                "recipients",
                "list[ActorDataProcessingLightDto] | None",
                value,
                items=ActorDataProcessingLightDto.from_dict,
            )
    else:
        result = invalid(model, "recipients", "recipients", "list[ActorDataProcessingLightDto] | None", value)
    return result


def _load_creator(model: ActorDto, source: Mapping[str, Any]) -> Any:
    value = source.get("creator", UNSET)
    if value is None or value is UNSET:
        model.creator = value
        return value
    if isinstance(value, dict):
        try:
            model.creator = result = UserLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "creator", "creator", "UserLightDto | None", value)
    else:
        result = invalid(model, "creator", "creator", "UserLightDto | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "attachments",
    "tags",
    "recipients",
    "creator",
    "dpaSignatureDate",
    "nbReferences",
    "id",
    "displayName",
    "dateCreation",
    "dateUpdate",
    "logoUrl",
    "actorType",
    "vendorType",
    "accessLevel",
    "givenName",
    "familyName",
    "companyName",
    "description",
    "countryCode",
    "readonly",
    "email",
    "phoneNumber",
    "contactName",
    "contactPosition",
    "immatriculationNumber",
    "websiteUrl",
    "address",
    "zipCode",
    "city",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "attachments": UNSET,
    "tags": UNSET,
    "recipients": UNSET,
    "creator": UNSET,
    "dpaSignatureDate": UNSET,
    "nbReferences": UNSET,
    "id": UNSET,
    "displayName": UNSET,
    "dateCreation": UNSET,
    "dateUpdate": UNSET,
    "logoUrl": UNSET,
    "actorType": UNSET,
    "vendorType": UNSET,
    "accessLevel": UNSET,
    "givenName": UNSET,
    "familyName": UNSET,
    "companyName": UNSET,
    "description": UNSET,
    "countryCode": UNSET,
    "readonly": UNSET,
    "email": UNSET,
    "phoneNumber": UNSET,
    "contactName": UNSET,
    "contactPosition": UNSET,
    "immatriculationNumber": UNSET,
    "websiteUrl": UNSET,
    "address": UNSET,
    "zipCode": UNSET,
    "city": UNSET,
}

T = TypeVar("T", bound="ActorDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("attachments", "attachments"),
        ("tags", "tags"),
        ("recipients", "recipients"),
        ("creator", "creator"),
        ("dpa_signature_date", "dpaSignatureDate"),
        ("nb_references", "nbReferences"),
        ("id", "id"),
        ("display_name", "displayName"),
        ("date_creation", "dateCreation"),
        ("date_update", "dateUpdate"),
        ("logo_url", "logoUrl"),
        ("actor_type", "actorType"),
        ("vendor_type", "vendorType"),
        ("access_level", "accessLevel"),
        ("given_name", "givenName"),
        ("family_name", "familyName"),
        ("company_name", "companyName"),
        ("description", "description"),
        ("country_code", "countryCode"),
        ("readonly", "readonly"),
        ("email", "email"),
        ("phone_number", "phoneNumber"),
        ("contact_name", "contactName"),
        ("contact_position", "contactPosition"),
        ("immatriculation_number", "immatriculationNumber"),
        ("website_url", "websiteUrl"),
        ("address", "address"),
        ("zip_code", "zipCode"),
        ("city", "city"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
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
        from ..models.user_light_dto import UserLightDto

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "attachments" not in unreadable:
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
        if "tags" not in unreadable:
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
        if "recipients" not in unreadable:
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
        if "creator" not in unreadable:
            creator: dict[str, Any] | None | Unset
            if isinstance(self.creator, Unset):
                creator = UNSET
            elif isinstance(self.creator, UserLightDto):
                creator = self.creator.to_dict()
            else:
                creator = self.creator

            if creator is not UNSET:
                field_dict["creator"] = creator
        if "dpa_signature_date" not in unreadable:
            dpa_signature_date: None | str | Unset
            if isinstance(self.dpa_signature_date, Unset):
                dpa_signature_date = UNSET
            elif isinstance(self.dpa_signature_date, datetime.datetime):
                dpa_signature_date = self.dpa_signature_date.isoformat()
            else:
                dpa_signature_date = self.dpa_signature_date

            if dpa_signature_date is not UNSET:
                field_dict["dpaSignatureDate"] = dpa_signature_date
        if "nb_references" not in unreadable:
            nb_references: int | None | Unset
            if isinstance(self.nb_references, Unset):
                nb_references = UNSET
            else:
                nb_references = self.nb_references

            if nb_references is not UNSET:
                field_dict["nbReferences"] = nb_references
        if "id" not in unreadable:
            id: int | None | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "display_name" not in unreadable:
            display_name: None | str | Unset
            if isinstance(self.display_name, Unset):
                display_name = UNSET
            else:
                display_name = self.display_name

            if display_name is not UNSET:
                field_dict["displayName"] = display_name
        if "date_creation" not in unreadable:
            date_creation: None | str | Unset
            if isinstance(self.date_creation, Unset):
                date_creation = UNSET
            elif isinstance(self.date_creation, datetime.datetime):
                date_creation = self.date_creation.isoformat()
            else:
                date_creation = self.date_creation

            if date_creation is not UNSET:
                field_dict["dateCreation"] = date_creation
        if "date_update" not in unreadable:
            date_update: None | str | Unset
            if isinstance(self.date_update, Unset):
                date_update = UNSET
            elif isinstance(self.date_update, datetime.datetime):
                date_update = self.date_update.isoformat()
            else:
                date_update = self.date_update

            if date_update is not UNSET:
                field_dict["dateUpdate"] = date_update
        if "logo_url" not in unreadable:
            logo_url: None | str | Unset
            if isinstance(self.logo_url, Unset):
                logo_url = UNSET
            else:
                logo_url = self.logo_url

            if logo_url is not UNSET:
                field_dict["logoUrl"] = logo_url
        if "actor_type" not in unreadable:
            actor_type: None | str | Unset
            if isinstance(self.actor_type, Unset):
                actor_type = UNSET
            elif isinstance(self.actor_type, ActorType):
                actor_type = self.actor_type.value
            else:
                actor_type = self.actor_type

            if actor_type is not UNSET:
                field_dict["actorType"] = actor_type
        if "vendor_type" not in unreadable:
            vendor_type: None | str | Unset
            if isinstance(self.vendor_type, Unset):
                vendor_type = UNSET
            elif isinstance(self.vendor_type, VendorType):
                vendor_type = self.vendor_type.value
            else:
                vendor_type = self.vendor_type

            if vendor_type is not UNSET:
                field_dict["vendorType"] = vendor_type
        if "access_level" not in unreadable:
            access_level: None | str | Unset
            if isinstance(self.access_level, Unset):
                access_level = UNSET
            elif isinstance(self.access_level, AccessLevel):
                access_level = self.access_level.value
            else:
                access_level = self.access_level

            if access_level is not UNSET:
                field_dict["accessLevel"] = access_level
        if "given_name" not in unreadable:
            given_name: None | str | Unset
            if isinstance(self.given_name, Unset):
                given_name = UNSET
            else:
                given_name = self.given_name

            if given_name is not UNSET:
                field_dict["givenName"] = given_name
        if "family_name" not in unreadable:
            family_name: None | str | Unset
            if isinstance(self.family_name, Unset):
                family_name = UNSET
            else:
                family_name = self.family_name

            if family_name is not UNSET:
                field_dict["familyName"] = family_name
        if "company_name" not in unreadable:
            company_name: None | str | Unset
            if isinstance(self.company_name, Unset):
                company_name = UNSET
            else:
                company_name = self.company_name

            if company_name is not UNSET:
                field_dict["companyName"] = company_name
        if "description" not in unreadable:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

            if description is not UNSET:
                field_dict["description"] = description
        if "country_code" not in unreadable:
            country_code: None | str | Unset
            if isinstance(self.country_code, Unset):
                country_code = UNSET
            else:
                country_code = self.country_code

            if country_code is not UNSET:
                field_dict["countryCode"] = country_code
        if "readonly" not in unreadable:
            readonly: bool | None | Unset
            if isinstance(self.readonly, Unset):
                readonly = UNSET
            else:
                readonly = self.readonly

            if readonly is not UNSET:
                field_dict["readonly"] = readonly
        if "email" not in unreadable:
            email: None | str | Unset
            if isinstance(self.email, Unset):
                email = UNSET
            else:
                email = self.email

            if email is not UNSET:
                field_dict["email"] = email
        if "phone_number" not in unreadable:
            phone_number: None | str | Unset
            if isinstance(self.phone_number, Unset):
                phone_number = UNSET
            else:
                phone_number = self.phone_number

            if phone_number is not UNSET:
                field_dict["phoneNumber"] = phone_number
        if "contact_name" not in unreadable:
            contact_name: None | str | Unset
            if isinstance(self.contact_name, Unset):
                contact_name = UNSET
            else:
                contact_name = self.contact_name

            if contact_name is not UNSET:
                field_dict["contactName"] = contact_name
        if "contact_position" not in unreadable:
            contact_position: None | str | Unset
            if isinstance(self.contact_position, Unset):
                contact_position = UNSET
            else:
                contact_position = self.contact_position

            if contact_position is not UNSET:
                field_dict["contactPosition"] = contact_position
        if "immatriculation_number" not in unreadable:
            immatriculation_number: None | str | Unset
            if isinstance(self.immatriculation_number, Unset):
                immatriculation_number = UNSET
            else:
                immatriculation_number = self.immatriculation_number

            if immatriculation_number is not UNSET:
                field_dict["immatriculationNumber"] = immatriculation_number
        if "website_url" not in unreadable:
            website_url: None | str | Unset
            if isinstance(self.website_url, Unset):
                website_url = UNSET
            else:
                website_url = self.website_url

            if website_url is not UNSET:
                field_dict["websiteUrl"] = website_url
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
            if len(src_dict) >= 29:
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
        if value is None:
            parsed.attachments = None
        elif value is UNSET:
            parsed.attachments = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.attachments = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.attachments = list(map(AttachmentDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "attachments",
                        "attachments",
                        "list[AttachmentDto] | None",
                        value,
                        items=AttachmentDto.from_dict,
                    )
            else:
                invalid(parsed, "attachments", "attachments", "list[AttachmentDto] | None", value)

        value = values[1]
        if value is None:
            parsed.tags = None
        elif value is UNSET:
            parsed.tags = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.tags = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.tags = list(map(TagDto.from_dict, value))
                except FieldValidationError:
                    invalid(parsed, "tags", "tags", "list[TagDto] | None", value, items=TagDto.from_dict)
            else:
                invalid(parsed, "tags", "tags", "list[TagDto] | None", value)

        value = values[2]
        if value is None:
            parsed.recipients = None
        elif value is UNSET:
            parsed.recipients = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.recipients = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.recipients = list(map(ActorDataProcessingLightDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "recipients",
                        "recipients",
                        "list[ActorDataProcessingLightDto] | None",
                        value,
                        items=ActorDataProcessingLightDto.from_dict,
                    )
            else:
                invalid(parsed, "recipients", "recipients", "list[ActorDataProcessingLightDto] | None", value)

        value = values[3]
        if value is None:
            parsed.creator = None
        elif value is UNSET:
            parsed.creator = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.creator = UserLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "creator", "creator", "UserLightDto | None", value)
            else:
                invalid(parsed, "creator", "creator", "UserLightDto | None", value)

        value = values[4]
        if value is None:
            parsed.dpa_signature_date = None
        elif value is UNSET:
            parsed.dpa_signature_date = UNSET
            absent += 1
        else:
            try:
                parsed.dpa_signature_date = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "dpa_signature_date", "dpaSignatureDate", "datetime.datetime | None", value)

        value = values[5]
        if type(value) is int or value is None:
            parsed.nb_references = value
        elif value is UNSET:
            parsed.nb_references = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_references", "nbReferences", "int | None", value)

        value = values[6]
        if type(value) is int or value is None:
            parsed.id = value
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            invalid(parsed, "id", "id", "int | None", value)

        value = values[7]
        if isinstance(value, str) or value is None:
            parsed.display_name = value
        elif value is UNSET:
            parsed.display_name = UNSET
            absent += 1
        else:
            invalid(parsed, "display_name", "displayName", "str | None", value)

        value = values[8]
        if value is None:
            parsed.date_creation = None
        elif value is UNSET:
            parsed.date_creation = UNSET
            absent += 1
        else:
            try:
                parsed.date_creation = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_creation", "dateCreation", "datetime.datetime | None", value)

        value = values[9]
        if value is None:
            parsed.date_update = None
        elif value is UNSET:
            parsed.date_update = UNSET
            absent += 1
        else:
            try:
                parsed.date_update = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_update", "dateUpdate", "datetime.datetime | None", value)

        value = values[10]
        if isinstance(value, str) or value is None:
            parsed.logo_url = value
        elif value is UNSET:
            parsed.logo_url = UNSET
            absent += 1
        else:
            invalid(parsed, "logo_url", "logoUrl", "str | None", value)

        value = values[11]
        if isinstance(value, str):
            parsed.actor_type = _ACTOR_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.actor_type = None
        elif value is UNSET:
            parsed.actor_type = UNSET
            absent += 1
        else:
            invalid(parsed, "actor_type", "actorType", "ActorType | str | None", value)

        value = values[12]
        if isinstance(value, str):
            parsed.vendor_type = _VENDOR_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.vendor_type = None
        elif value is UNSET:
            parsed.vendor_type = UNSET
            absent += 1
        else:
            invalid(parsed, "vendor_type", "vendorType", "str | VendorType | None", value)

        value = values[13]
        if isinstance(value, str):
            parsed.access_level = _ACCESS_LEVEL_BY_VALUE.get(value, value)
        elif value is None:
            parsed.access_level = None
        elif value is UNSET:
            parsed.access_level = UNSET
            absent += 1
        else:
            invalid(parsed, "access_level", "accessLevel", "AccessLevel | str | None", value)

        value = values[14]
        if isinstance(value, str) or value is None:
            parsed.given_name = value
        elif value is UNSET:
            parsed.given_name = UNSET
            absent += 1
        else:
            invalid(parsed, "given_name", "givenName", "str | None", value)

        value = values[15]
        if isinstance(value, str) or value is None:
            parsed.family_name = value
        elif value is UNSET:
            parsed.family_name = UNSET
            absent += 1
        else:
            invalid(parsed, "family_name", "familyName", "str | None", value)

        value = values[16]
        if isinstance(value, str) or value is None:
            parsed.company_name = value
        elif value is UNSET:
            parsed.company_name = UNSET
            absent += 1
        else:
            invalid(parsed, "company_name", "companyName", "str | None", value)

        value = values[17]
        if isinstance(value, str) or value is None:
            parsed.description = value
        elif value is UNSET:
            parsed.description = UNSET
            absent += 1
        else:
            invalid(parsed, "description", "description", "str | None", value)

        value = values[18]
        if isinstance(value, str) or value is None:
            parsed.country_code = value
        elif value is UNSET:
            parsed.country_code = UNSET
            absent += 1
        else:
            invalid(parsed, "country_code", "countryCode", "str | None", value)

        value = values[19]
        if type(value) is bool or value is None:
            parsed.readonly = value
        elif value is UNSET:
            parsed.readonly = UNSET
            absent += 1
        else:
            invalid(parsed, "readonly", "readonly", "bool | None", value)

        value = values[20]
        if isinstance(value, str) or value is None:
            parsed.email = value
        elif value is UNSET:
            parsed.email = UNSET
            absent += 1
        else:
            invalid(parsed, "email", "email", "str | None", value)

        value = values[21]
        if isinstance(value, str) or value is None:
            parsed.phone_number = value
        elif value is UNSET:
            parsed.phone_number = UNSET
            absent += 1
        else:
            invalid(parsed, "phone_number", "phoneNumber", "str | None", value)

        value = values[22]
        if isinstance(value, str) or value is None:
            parsed.contact_name = value
        elif value is UNSET:
            parsed.contact_name = UNSET
            absent += 1
        else:
            invalid(parsed, "contact_name", "contactName", "str | None", value)

        value = values[23]
        if isinstance(value, str) or value is None:
            parsed.contact_position = value
        elif value is UNSET:
            parsed.contact_position = UNSET
            absent += 1
        else:
            invalid(parsed, "contact_position", "contactPosition", "str | None", value)

        value = values[24]
        if isinstance(value, str) or value is None:
            parsed.immatriculation_number = value
        elif value is UNSET:
            parsed.immatriculation_number = UNSET
            absent += 1
        else:
            invalid(parsed, "immatriculation_number", "immatriculationNumber", "str | None", value)

        value = values[25]
        if isinstance(value, str) or value is None:
            parsed.website_url = value
        elif value is UNSET:
            parsed.website_url = UNSET
            absent += 1
        else:
            invalid(parsed, "website_url", "websiteUrl", "str | None", value)

        value = values[26]
        if isinstance(value, str) or value is None:
            parsed.address = value
        elif value is UNSET:
            parsed.address = UNSET
            absent += 1
        else:
            invalid(parsed, "address", "address", "str | None", value)

        value = values[27]
        if isinstance(value, str) or value is None:
            parsed.zip_code = value
        elif value is UNSET:
            parsed.zip_code = UNSET
            absent += 1
        else:
            invalid(parsed, "zip_code", "zipCode", "str | None", value)

        value = values[28]
        if isinstance(value, str) or value is None:
            parsed.city = value
        elif value is UNSET:
            parsed.city = UNSET
            absent += 1
        else:
            invalid(parsed, "city", "city", "str | None", value)

        if len(src_dict) + absent == 29:  # every key is a known one
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
