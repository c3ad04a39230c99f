from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.partner_category_type import PartnerCategoryType
from ..models.partner_language_type import PartnerLanguageType
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
    from ..models.user_dto import UserDto









def _parse_user(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data













def _parse_categories_type_0_item(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = PartnerCategoryType._value2member_map_.get(data)
    if member is not None:
        return member
    return data




def _parse_categories(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_parse_categories_type_0_item(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_languages_type_0_item(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = PartnerLanguageType._value2member_map_.get(data)
    if member is not None:
        return member
    return data




def _parse_languages(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_parse_languages_type_0_item(item) for item in data]
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




def _parse_creator(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _load_user(source: Mapping[str, Any]) -> Any:
    return _parse_user(source.get("user", UNSET))

def _load_creator(source: Mapping[str, Any]) -> Any:
    return _parse_creator(source.get("creator", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("id", "companyName", "descriptionShort", "user", "userId", "websiteUrl", "contentHtml", "contentMarkdown", "primaryColor", "logoUrl", "address", "countryCode", "city", "categories", "languages", "zipCode", "phoneNumber", "email", "linkedin", "dateCreation", "dateUpdate", "creator", "latitude", "longitude", ))

T = TypeVar("T", bound="PartnerDto")



@_attrs_define
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

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
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
        from ..models.user_dto import UserDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        description_short: None | str | Unset
        if isinstance(self.description_short, Unset):
            description_short = UNSET
        else:
            description_short = self.description_short

        if description_short is not UNSET:
            field_dict["descriptionShort"] = description_short
        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, UserDto):
            user = self.user.to_dict()
        else:
            user = self.user

        if user is not UNSET:
            field_dict["user"] = user
        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        if user_id is not UNSET:
            field_dict["userId"] = user_id
        website_url: None | str | Unset
        if isinstance(self.website_url, Unset):
            website_url = UNSET
        else:
            website_url = self.website_url

        if website_url is not UNSET:
            field_dict["websiteUrl"] = website_url
        content_html: None | str | Unset
        if isinstance(self.content_html, Unset):
            content_html = UNSET
        else:
            content_html = self.content_html

        if content_html is not UNSET:
            field_dict["contentHtml"] = content_html
        content_markdown: None | str | Unset
        if isinstance(self.content_markdown, Unset):
            content_markdown = UNSET
        else:
            content_markdown = self.content_markdown

        if content_markdown is not UNSET:
            field_dict["contentMarkdown"] = content_markdown
        primary_color: None | str | Unset
        if isinstance(self.primary_color, Unset):
            primary_color = UNSET
        else:
            primary_color = self.primary_color

        if primary_color is not UNSET:
            field_dict["primaryColor"] = primary_color
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
        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        if city is not UNSET:
            field_dict["city"] = city
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
        zip_code: None | str | Unset
        if isinstance(self.zip_code, Unset):
            zip_code = UNSET
        else:
            zip_code = self.zip_code

        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code
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
        linkedin: None | str | Unset
        if isinstance(self.linkedin, Unset):
            linkedin = UNSET
        else:
            linkedin = self.linkedin

        if linkedin is not UNSET:
            field_dict["linkedin"] = linkedin
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
        creator: dict[str, Any] | None | Unset
        if isinstance(self.creator, Unset):
            creator = UNSET
        elif isinstance(self.creator, UserDto):
            creator = self.creator.to_dict()
        else:
            creator = self.creator

        if creator is not UNSET:
            field_dict["creator"] = creator
        latitude: float | None | Unset
        if isinstance(self.latitude, Unset):
            latitude = UNSET
        else:
            latitude = self.latitude

        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        longitude: float | None | Unset
        if isinstance(self.longitude, Unset):
            longitude = UNSET
        else:
            longitude = self.longitude

        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.id = src_dict.get("id", UNSET)
        parsed.company_name = src_dict.get("companyName", UNSET)
        parsed.description_short = src_dict.get("descriptionShort", UNSET)
        parsed.user_id = src_dict.get("userId", UNSET)
        parsed.website_url = src_dict.get("websiteUrl", UNSET)
        parsed.content_html = src_dict.get("contentHtml", UNSET)
        parsed.content_markdown = src_dict.get("contentMarkdown", UNSET)
        parsed.primary_color = src_dict.get("primaryColor", UNSET)
        parsed.logo_url = src_dict.get("logoUrl", UNSET)
        parsed.address = src_dict.get("address", UNSET)
        parsed.country_code = src_dict.get("countryCode", UNSET)
        parsed.city = src_dict.get("city", UNSET)
        parsed.categories = _parse_categories(src_dict.get("categories", UNSET))
        parsed.languages = _parse_languages(src_dict.get("languages", UNSET))
        parsed.zip_code = src_dict.get("zipCode", UNSET)
        parsed.phone_number = src_dict.get("phoneNumber", UNSET)
        parsed.email = src_dict.get("email", UNSET)
        parsed.linkedin = src_dict.get("linkedin", UNSET)
        parsed.date_creation = _parse_date_creation(src_dict.get("dateCreation", UNSET))
        parsed.date_update = _parse_date_update(src_dict.get("dateUpdate", UNSET))
        parsed.latitude = src_dict.get("latitude", UNSET)
        parsed.longitude = src_dict.get("longitude", UNSET)
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
