from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import VariantMismatchError
from .._lazy import (
    EAGER,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
)
from ..models.partner_category_type import PartnerCategoryType
from ..models.partner_language_type import PartnerLanguageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_dto import UserDto
else:
    UserDto = deferred(globals(), "UserDto", "..models.user_dto")


_PARTNER_CATEGORY_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in PartnerCategoryType
}
_PARTNER_LANGUAGE_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in PartnerLanguageType
}


def _load_user(model: PartnerDto, source: Mapping[str, Any]) -> Any:
    value = source.get("user", UNSET)
    if value is None or value is UNSET:
        model.user = value
        return value
    if isinstance(value, dict):
        try:
            model.user = result = UserDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "user", "user", "UserDto | None", value)
    else:
        result = invalid(model, "user", "user", "UserDto | None", value)
    return result


def _load_creator(model: PartnerDto, source: Mapping[str, Any]) -> Any:
    value = source.get("creator", UNSET)
    if value is None or value is UNSET:
        model.creator = value
        return value
    if isinstance(value, dict):
        try:
            model.creator = result = UserDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "creator", "creator", "UserDto | None", value)
    else:
        result = invalid(model, "creator", "creator", "UserDto | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "id",
    "companyName",
    "descriptionShort",
    "user",
    "userId",
    "websiteUrl",
    "contentHtml",
    "contentMarkdown",
    "primaryColor",
    "logoUrl",
    "address",
    "countryCode",
    "city",
    "categories",
    "languages",
    "zipCode",
    "phoneNumber",
    "email",
    "linkedin",
    "dateCreation",
    "dateUpdate",
    "creator",
    "latitude",
    "longitude",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "id": UNSET,
    "companyName": UNSET,
    "descriptionShort": UNSET,
    "user": UNSET,
    "userId": UNSET,
    "websiteUrl": UNSET,
    "contentHtml": UNSET,
    "contentMarkdown": UNSET,
    "primaryColor": UNSET,
    "logoUrl": UNSET,
    "address": UNSET,
    "countryCode": UNSET,
    "city": UNSET,
    "categories": UNSET,
    "languages": UNSET,
    "zipCode": UNSET,
    "phoneNumber": UNSET,
    "email": UNSET,
    "linkedin": UNSET,
    "dateCreation": UNSET,
    "dateUpdate": UNSET,
    "creator": UNSET,
    "latitude": UNSET,
    "longitude": UNSET,
}

T = TypeVar("T", bound="PartnerDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PartnerDto(LazyModel):
    """Attributes:
    id (int | None | Unset):
    company_name (None | str | Unset):
    description_short (None | str | Unset):
    user (None | Unset | UserDto):
    user_id (int | None | Unset):
    website_url (None | str | Unset):
    content_html (None | str | Unset):
    content_markdown (None | str | Unset):
    primary_color (None | str | Unset):
    logo_url (None | str | Unset):
    address (None | str | Unset):
    country_code (None | str | Unset):
    city (None | str | Unset):
    categories (list[PartnerCategoryType | str] | None | Unset):
    languages (list[PartnerLanguageType | str] | None | Unset):
    zip_code (None | str | Unset):
    phone_number (None | str | Unset):
    email (None | str | Unset):
    linkedin (None | str | Unset):
    date_creation (datetime.datetime | None | Unset):
    date_update (datetime.datetime | None | Unset):
    creator (None | Unset | UserDto):
    latitude (float | None | Unset):
    longitude (float | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("company_name", "companyName"),
        ("description_short", "descriptionShort"),
        ("user", "user"),
        ("user_id", "userId"),
        ("website_url", "websiteUrl"),
        ("content_html", "contentHtml"),
        ("content_markdown", "contentMarkdown"),
        ("primary_color", "primaryColor"),
        ("logo_url", "logoUrl"),
        ("address", "address"),
        ("country_code", "countryCode"),
        ("city", "city"),
        ("categories", "categories"),
        ("languages", "languages"),
        ("zip_code", "zipCode"),
        ("phone_number", "phoneNumber"),
        ("email", "email"),
        ("linkedin", "linkedin"),
        ("date_creation", "dateCreation"),
        ("date_update", "dateUpdate"),
        ("creator", "creator"),
        ("latitude", "latitude"),
        ("longitude", "longitude"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "user": _load_user,
        "creator": _load_creator,
    }

    id: int | None | Unset = UNSET
    company_name: None | str | Unset = UNSET
    description_short: None | str | Unset = UNSET
    user: None | Unset | UserDto = UNSET
    user_id: int | None | Unset = UNSET
    website_url: None | str | Unset = UNSET
    content_html: None | str | Unset = UNSET
    content_markdown: None | str | Unset = UNSET
    primary_color: None | str | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    categories: list[PartnerCategoryType | str] | None | Unset = UNSET
    languages: list[PartnerLanguageType | str] | None | Unset = UNSET
    zip_code: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    linkedin: None | str | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    creator: None | Unset | UserDto = UNSET
    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_dto import UserDto

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "id" not in unreadable:
            id: int | None | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "company_name" not in unreadable:
            company_name: None | str | Unset
            if isinstance(self.company_name, Unset):
                company_name = UNSET
            else:
                company_name = self.company_name

            if company_name is not UNSET:
                field_dict["companyName"] = company_name
        if "description_short" not in unreadable:
            description_short: None | str | Unset
            if isinstance(self.description_short, Unset):
                description_short = UNSET
            else:
                description_short = self.description_short

            if description_short is not UNSET:
                field_dict["descriptionShort"] = description_short
        if "user" not in unreadable:
            user: dict[str, Any] | None | Unset
            if isinstance(self.user, Unset):
                user = UNSET
            elif isinstance(self.user, UserDto):
                user = self.user.to_dict()
            else:
                user = self.user

            if user is not UNSET:
                field_dict["user"] = user
        if "user_id" not in unreadable:
            user_id: int | None | Unset
            if isinstance(self.user_id, Unset):
                user_id = UNSET
            else:
                user_id = self.user_id

            if user_id is not UNSET:
                field_dict["userId"] = user_id
        if "website_url" not in unreadable:
            website_url: None | str | Unset
            if isinstance(self.website_url, Unset):
                website_url = UNSET
            else:
                website_url = self.website_url

            if website_url is not UNSET:
                field_dict["websiteUrl"] = website_url
        if "content_html" not in unreadable:
            content_html: None | str | Unset
            if isinstance(self.content_html, Unset):
                content_html = UNSET
            else:
                content_html = self.content_html

            if content_html is not UNSET:
                field_dict["contentHtml"] = content_html
        if "content_markdown" not in unreadable:
            content_markdown: None | str | Unset
            if isinstance(self.content_markdown, Unset):
                content_markdown = UNSET
            else:
                content_markdown = self.content_markdown

            if content_markdown is not UNSET:
                field_dict["contentMarkdown"] = content_markdown
        if "primary_color" not in unreadable:
            primary_color: None | str | Unset
            if isinstance(self.primary_color, Unset):
                primary_color = UNSET
            else:
                primary_color = self.primary_color

            if primary_color is not UNSET:
                field_dict["primaryColor"] = primary_color
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
        if "country_code" not in unreadable:
            country_code: None | str | Unset
            if isinstance(self.country_code, Unset):
                country_code = UNSET
            else:
                country_code = self.country_code

            if country_code is not UNSET:
                field_dict["countryCode"] = country_code
        if "city" not in unreadable:
            city: None | str | Unset
            if isinstance(self.city, Unset):
                city = UNSET
            else:
                city = self.city

            if city is not UNSET:
                field_dict["city"] = city
        if "categories" not in unreadable:
            categories: list[str] | None | Unset
            if isinstance(self.categories, Unset):
                categories = UNSET
            elif isinstance(self.categories, list):
                categories = []
                for categories_type_0_item_data in self.categories:
                    categories_type_0_item: str
                    if isinstance(categories_type_0_item_data, PartnerCategoryType):
                        categories_type_0_item = categories_type_0_item_data.value
                    else:
                        categories_type_0_item = categories_type_0_item_data
                    categories.append(categories_type_0_item)

            else:
                categories = self.categories

            if categories is not UNSET:
                field_dict["categories"] = categories
        if "languages" not in unreadable:
            languages: list[str] | None | Unset
            if isinstance(self.languages, Unset):
                languages = UNSET
            elif isinstance(self.languages, list):
                languages = []
                for languages_type_0_item_data in self.languages:
                    languages_type_0_item: str
                    if isinstance(languages_type_0_item_data, PartnerLanguageType):
                        languages_type_0_item = languages_type_0_item_data.value
                    else:
                        languages_type_0_item = languages_type_0_item_data
                    languages.append(languages_type_0_item)

            else:
                languages = self.languages

            if languages is not UNSET:
                field_dict["languages"] = languages
        if "zip_code" not in unreadable:
            zip_code: None | str | Unset
            if isinstance(self.zip_code, Unset):
                zip_code = UNSET
            else:
                zip_code = self.zip_code

            if zip_code is not UNSET:
                field_dict["zipCode"] = zip_code
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
        if "linkedin" not in unreadable:
            linkedin: None | str | Unset
            if isinstance(self.linkedin, Unset):
                linkedin = UNSET
            else:
                linkedin = self.linkedin

            if linkedin is not UNSET:
                field_dict["linkedin"] = linkedin
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
        if "creator" not in unreadable:
            creator: dict[str, Any] | None | Unset
            if isinstance(self.creator, Unset):
                creator = UNSET
            elif isinstance(self.creator, UserDto):
                creator = self.creator.to_dict()
            else:
                creator = self.creator

            if creator is not UNSET:
                field_dict["creator"] = creator
        if "latitude" not in unreadable:
            latitude: float | None | Unset
            if isinstance(self.latitude, Unset):
                latitude = UNSET
            else:
                latitude = self.latitude

            if latitude is not UNSET:
                field_dict["latitude"] = latitude
        if "longitude" not in unreadable:
            longitude: float | None | Unset
            if isinstance(self.longitude, Unset):
                longitude = UNSET
            else:
                longitude = self.longitude

            if longitude is not UNSET:
                field_dict["longitude"] = longitude
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
            if len(src_dict) >= 24:
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
        if type(value) is int or value is None:
            parsed.id = value
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            invalid(parsed, "id", "id", "int | None", value)

        value = values[1]
        if isinstance(value, str) or value is None:
            parsed.company_name = value
        elif value is UNSET:
            parsed.company_name = UNSET
            absent += 1
        else:
            invalid(parsed, "company_name", "companyName", "str | None", value)

        value = values[2]
        if isinstance(value, str) or value is None:
            parsed.description_short = value
        elif value is UNSET:
            parsed.description_short = UNSET
            absent += 1
        else:
            invalid(parsed, "description_short", "descriptionShort", "str | None", value)

        value = values[3]
        if value is None:
            parsed.user = None
        elif value is UNSET:
            parsed.user = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.user = UserDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "user", "user", "UserDto | None", value)
            else:
                invalid(parsed, "user", "user", "UserDto | None", value)

        value = values[4]
        if type(value) is int or value is None:
            parsed.user_id = value
        elif value is UNSET:
            parsed.user_id = UNSET
            absent += 1
        else:
            invalid(parsed, "user_id", "userId", "int | None", value)

        value = values[5]
        if isinstance(value, str) or value is None:
            parsed.website_url = value
        elif value is UNSET:
            parsed.website_url = UNSET
            absent += 1
        else:
            invalid(parsed, "website_url", "websiteUrl", "str | None", value)

        value = values[6]
        if isinstance(value, str) or value is None:
            parsed.content_html = value
        elif value is UNSET:
            parsed.content_html = UNSET
            absent += 1
        else:
            invalid(parsed, "content_html", "contentHtml", "str | None", value)

        value = values[7]
        if isinstance(value, str) or value is None:
            parsed.content_markdown = value
        elif value is UNSET:
            parsed.content_markdown = UNSET
            absent += 1
        else:
            invalid(parsed, "content_markdown", "contentMarkdown", "str | None", value)

        value = values[8]
        if isinstance(value, str) or value is None:
            parsed.primary_color = value
        elif value is UNSET:
            parsed.primary_color = UNSET
            absent += 1
        else:
            invalid(parsed, "primary_color", "primaryColor", "str | None", value)

        value = values[9]
        if isinstance(value, str) or value is None:
            parsed.logo_url = value
        elif value is UNSET:
            parsed.logo_url = UNSET
            absent += 1
        else:
            invalid(parsed, "logo_url", "logoUrl", "str | None", value)

        value = values[10]
        if isinstance(value, str) or value is None:
            parsed.address = value
        elif value is UNSET:
            parsed.address = UNSET
            absent += 1
        else:
            invalid(parsed, "address", "address", "str | None", value)

        value = values[11]
        if isinstance(value, str) or value is None:
            parsed.country_code = value
        elif value is UNSET:
            parsed.country_code = UNSET
            absent += 1
        else:
            invalid(parsed, "country_code", "countryCode", "str | None", value)

        value = values[12]
        if isinstance(value, str) or value is None:
            parsed.city = value
        elif value is UNSET:
            parsed.city = UNSET
            absent += 1
        else:
            invalid(parsed, "city", "city", "str | None", value)

        value = values[13]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "categories",
                        "categories",
                        "list[PartnerCategoryType | str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.categories = [_PARTNER_CATEGORY_TYPE_BY_VALUE.get(item, item) for item in value]
        elif value is None:
            parsed.categories = None
        elif value is UNSET:
            parsed.categories = UNSET
            absent += 1
        else:
            invalid(parsed, "categories", "categories", "list[PartnerCategoryType | str] | None", value)

        value = values[14]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "languages",
                        "languages",
                        "list[PartnerLanguageType | str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.languages = [_PARTNER_LANGUAGE_TYPE_BY_VALUE.get(item, item) for item in value]
        elif value is None:
            parsed.languages = None
        elif value is UNSET:
            parsed.languages = UNSET
            absent += 1
        else:
            invalid(parsed, "languages", "languages", "list[PartnerLanguageType | str] | None", value)

        value = values[15]
        if isinstance(value, str) or value is None:
            parsed.zip_code = value
        elif value is UNSET:
            parsed.zip_code = UNSET
            absent += 1
        else:
            invalid(parsed, "zip_code", "zipCode", "str | None", value)

        value = values[16]
        if isinstance(value, str) or value is None:
            parsed.phone_number = value
        elif value is UNSET:
            parsed.phone_number = UNSET
            absent += 1
        else:
            invalid(parsed, "phone_number", "phoneNumber", "str | None", value)

        value = values[17]
        if isinstance(value, str) or value is None:
            parsed.email = value
        elif value is UNSET:
            parsed.email = UNSET
            absent += 1
        else:
            invalid(parsed, "email", "email", "str | None", value)

        value = values[18]
        if isinstance(value, str) or value is None:
            parsed.linkedin = value
        elif value is UNSET:
            parsed.linkedin = UNSET
            absent += 1
        else:
            invalid(parsed, "linkedin", "linkedin", "str | None", value)

        value = values[19]
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

        value = values[20]
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

        value = values[21]
        if value is None:
            parsed.creator = None
        elif value is UNSET:
            parsed.creator = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.creator = UserDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "creator", "creator", "UserDto | None", value)
            else:
                invalid(parsed, "creator", "creator", "UserDto | None", value)

        value = values[22]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.latitude = value
        elif value is UNSET:
            parsed.latitude = UNSET
            absent += 1
        else:
            invalid(parsed, "latitude", "latitude", "float | None", value)

        value = values[23]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.longitude = value
        elif value is UNSET:
            parsed.longitude = UNSET
            absent += 1
        else:
            invalid(parsed, "longitude", "longitude", "float | None", value)

        if len(src_dict) + absent == 24:  # every key is a known one
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
