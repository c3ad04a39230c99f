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
    MISSING,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
)
from ..models.content_state import ContentState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.category_dto import CategoryDto
    from ..models.meta_data import MetaData
    from ..models.user_dto import UserDto
else:
    CategoryDto = deferred(globals(), "CategoryDto", "..models.category_dto")
    MetaData = deferred(globals(), "MetaData", "..models.meta_data")
    UserDto = deferred(globals(), "UserDto", "..models.user_dto")


_CONTENT_STATE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in ContentState}


def _load_author(model: ContentDto, source: Mapping[str, Any]) -> Any:
    value = source.get("author", UNSET)
    if value is None or value is UNSET:
        model.author = value
        return value
    if isinstance(value, dict):
        try:
            model.author = result = UserDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "author", "author", "UserDto | None", value)
    else:
        result = invalid(model, "author", "author", "UserDto | None", value)
    return result


def _load_main_category(model: ContentDto, source: Mapping[str, Any]) -> Any:
    value = source.get("mainCategory", UNSET)
    if value is None or value is UNSET:
        model.main_category = value
        return value
    if isinstance(value, dict):
        try:
            model.main_category = result = CategoryDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "main_category", "mainCategory", "CategoryDto | None", value)
    else:
        result = invalid(model, "main_category", "mainCategory", "CategoryDto | None", value)
    return result


def _load_categories(model: ContentDto, source: Mapping[str, Any]) -> Any:
    value = source.get("categories", UNSET)
    if value is None or value is UNSET:
        model.categories = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.categories = result = list(map(CategoryDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "categories",
                "categories",
                "list[CategoryDto] | None",
                value,
                items=CategoryDto.from_dict,
            )
    else:
        result = invalid(model, "categories", "categories", "list[CategoryDto] | None", value)
    return result


def _load_meta_datas(model: ContentDto, source: Mapping[str, Any]) -> Any:
    value = source.get("metaDatas", UNSET)
    if value is None or value is UNSET:
        model.meta_datas = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.meta_datas = result = list(map(MetaData.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model, "meta_datas", "metaDatas", "list[MetaData] | None", value, items=MetaData.from_dict
            )
    else:
        result = invalid(model, "meta_datas", "metaDatas", "list[MetaData] | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "title",
    "url",
    "featured",
    "excerpt",
    "lang",
    "intro",
    "tableOfContents",
    "markDownContent",
    "htmlContent",
    "state",
    "author",
    "authorId",
    "datePublication",
    "dateCreation",
    "dateUpdate",
    "mainCategory",
    "categories",
    "metaDatas",
    "imageUrl",
    "imageThumbUrls",
    "id",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "title": MISSING,
    "url": MISSING,
    "featured": UNSET,
    "excerpt": UNSET,
    "lang": UNSET,
    "intro": UNSET,
    "tableOfContents": UNSET,
    "markDownContent": UNSET,
    "htmlContent": UNSET,
    "state": UNSET,
    "author": UNSET,
    "authorId": UNSET,
    "datePublication": UNSET,
    "dateCreation": UNSET,
    "dateUpdate": UNSET,
    "mainCategory": UNSET,
    "categories": UNSET,
    "metaDatas": UNSET,
    "imageUrl": UNSET,
    "imageThumbUrls": UNSET,
    "id": UNSET,
}

T = TypeVar("T", bound="ContentDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ContentDto(LazyModel):
    """Attributes:
    title (str):
    url (str):
    featured (bool | None | Unset):
    excerpt (None | str | Unset):
    lang (None | str | Unset):
    intro (None | str | Unset):
    table_of_contents (bool | None | Unset):
    mark_down_content (None | str | Unset):
    html_content (None | str | Unset):
    state (ContentState | None | str | Unset):
    author (None | Unset | UserDto):
    author_id (int | None | Unset):
    date_publication (datetime.datetime | None | Unset):
    date_creation (datetime.datetime | None | Unset):
    date_update (datetime.datetime | None | Unset):
    main_category (CategoryDto | None | Unset):
    categories (list[CategoryDto] | None | Unset):
    meta_datas (list[MetaData] | None | Unset):
    image_url (None | str | Unset):
    image_thumb_urls (list[str] | None | Unset):
    id (int | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("title", "title"),
        ("url", "url"),
        ("featured", "featured"),
        ("excerpt", "excerpt"),
        ("lang", "lang"),
        ("intro", "intro"),
        ("table_of_contents", "tableOfContents"),
        ("mark_down_content", "markDownContent"),
        ("html_content", "htmlContent"),
        ("state", "state"),
        ("author", "author"),
        ("author_id", "authorId"),
        ("date_publication", "datePublication"),
        ("date_creation", "dateCreation"),
        ("date_update", "dateUpdate"),
        ("main_category", "mainCategory"),
        ("categories", "categories"),
        ("meta_datas", "metaDatas"),
        ("image_url", "imageUrl"),
        ("image_thumb_urls", "imageThumbUrls"),
        ("id", "id"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "author": _load_author,
        "main_category": _load_main_category,
        "categories": _load_categories,
        "meta_datas": _load_meta_datas,
    }

    title: str
    url: str
    featured: bool | None | Unset = UNSET
    excerpt: None | str | Unset = UNSET
    lang: None | str | Unset = UNSET
    intro: None | str | Unset = UNSET
    table_of_contents: bool | None | Unset = UNSET
    mark_down_content: None | str | Unset = UNSET
    html_content: None | str | Unset = UNSET
    state: ContentState | None | str | Unset = UNSET
    author: None | Unset | UserDto = UNSET
    author_id: int | None | Unset = UNSET
    date_publication: datetime.datetime | None | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    main_category: CategoryDto | None | Unset = UNSET
    categories: list[CategoryDto] | None | Unset = UNSET
    meta_datas: list[MetaData] | None | Unset = UNSET
    image_url: None | str | Unset = UNSET
    image_thumb_urls: list[str] | None | Unset = UNSET
    id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.category_dto import CategoryDto
        from ..models.user_dto import UserDto

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "title" not in unreadable:
            title = self.title

            field_dict["title"] = title
        if "url" not in unreadable:
            url = self.url

            field_dict["url"] = url
        if "featured" not in unreadable:
            featured: bool | None | Unset
            if isinstance(self.featured, Unset):
                featured = UNSET
            else:
                featured = self.featured

            if featured is not UNSET:
                field_dict["featured"] = featured
        if "excerpt" not in unreadable:
            excerpt: None | str | Unset
            if isinstance(self.excerpt, Unset):
                excerpt = UNSET
            else:
                excerpt = self.excerpt

            if excerpt is not UNSET:
                field_dict["excerpt"] = excerpt
        if "lang" not in unreadable:
            lang: None | str | Unset
            if isinstance(self.lang, Unset):
                lang = UNSET
            else:
                lang = self.lang

            if lang is not UNSET:
                field_dict["lang"] = lang
        if "intro" not in unreadable:
            intro: None | str | Unset
            if isinstance(self.intro, Unset):
                intro = UNSET
            else:
                intro = self.intro

            if intro is not UNSET:
                field_dict["intro"] = intro
        if "table_of_contents" not in unreadable:
            table_of_contents: bool | None | Unset
            if isinstance(self.table_of_contents, Unset):
                table_of_contents = UNSET
            else:
                table_of_contents = self.table_of_contents

            if table_of_contents is not UNSET:
                field_dict["tableOfContents"] = table_of_contents
        if "mark_down_content" not in unreadable:
            mark_down_content: None | str | Unset
            if isinstance(self.mark_down_content, Unset):
                mark_down_content = UNSET
            else:
                mark_down_content = self.mark_down_content

            if mark_down_content is not UNSET:
                field_dict["markDownContent"] = mark_down_content
        if "html_content" not in unreadable:
            html_content: None | str | Unset
            if isinstance(self.html_content, Unset):
                html_content = UNSET
            else:
                html_content = self.html_content

            if html_content is not UNSET:
                field_dict["htmlContent"] = html_content
        if "state" not in unreadable:
            state: None | str | Unset
            if isinstance(self.state, Unset):
                state = UNSET
            elif isinstance(self.state, ContentState):
                state = self.state.value
            else:
                state = self.state

            if state is not UNSET:
                field_dict["state"] = state
        if "author" not in unreadable:
            author: dict[str, Any] | None | Unset
            if isinstance(self.author, Unset):
                author = UNSET
            elif isinstance(self.author, UserDto):
                author = self.author.to_dict()
            else:
                author = self.author

            if author is not UNSET:
                field_dict["author"] = author
        if "author_id" not in unreadable:
            author_id: int | None | Unset
            if isinstance(self.author_id, Unset):
                author_id = UNSET
            else:
                author_id = self.author_id

            if author_id is not UNSET:
                field_dict["authorId"] = author_id
        if "date_publication" not in unreadable:
            date_publication: None | str | Unset
            if isinstance(self.date_publication, Unset):
                date_publication = UNSET
            elif isinstance(self.date_publication, datetime.datetime):
                date_publication = self.date_publication.isoformat()
            else:
                date_publication = self.date_publication

            if date_publication is not UNSET:
                field_dict["datePublication"] = date_publication
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
        if "main_category" not in unreadable:
            main_category: dict[str, Any] | None | Unset
            if isinstance(self.main_category, Unset):
                main_category = UNSET
            elif isinstance(self.main_category, CategoryDto):
                main_category = self.main_category.to_dict()
            else:
                main_category = self.main_category

            if main_category is not UNSET:
                field_dict["mainCategory"] = main_category
        if "categories" not in unreadable:
            categories: list[dict[str, Any]] | None | Unset
            if isinstance(self.categories, Unset):
                categories = UNSET
            elif isinstance(self.categories, list):
                categories = []
                for categories_type_0_item_data in self.categories:
                    categories_type_0_item = categories_type_0_item_data.to_dict()
                    categories.append(categories_type_0_item)

            else:
                categories = self.categories

            if categories is not UNSET:
                field_dict["categories"] = categories
        if "meta_datas" not in unreadable:
            meta_datas: list[dict[str, Any]] | None | Unset
            if isinstance(self.meta_datas, Unset):
                meta_datas = UNSET
            elif isinstance(self.meta_datas, list):
                meta_datas = []
                for meta_datas_type_0_item_data in self.meta_datas:
                    meta_datas_type_0_item = meta_datas_type_0_item_data.to_dict()
                    meta_datas.append(meta_datas_type_0_item)

            else:
                meta_datas = self.meta_datas

            if meta_datas is not UNSET:
                field_dict["metaDatas"] = meta_datas
        if "image_url" not in unreadable:
            image_url: None | str | Unset
            if isinstance(self.image_url, Unset):
                image_url = UNSET
            else:
                image_url = self.image_url

            if image_url is not UNSET:
                field_dict["imageUrl"] = image_url
        if "image_thumb_urls" not in unreadable:
            image_thumb_urls: list[str] | None | Unset
            if isinstance(self.image_thumb_urls, Unset):
                image_thumb_urls = UNSET
            elif isinstance(self.image_thumb_urls, list):
                image_thumb_urls = self.image_thumb_urls

            else:
                image_thumb_urls = self.image_thumb_urls

            if image_thumb_urls is not UNSET:
                field_dict["imageThumbUrls"] = image_thumb_urls
        if "id" not in unreadable:
            id: int | None | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
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
            if len(src_dict) >= 21:
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
            parsed.title = value
        else:
            invalid(parsed, "title", "title", "str", value)
            absent += value is MISSING

        value = values[1]
        if isinstance(value, str):
            parsed.url = value
        else:
            invalid(parsed, "url", "url", "str", value)
            absent += value is MISSING

        value = values[2]
        if type(value) is bool or value is None:
            parsed.featured = value
        elif value is UNSET:
            parsed.featured = UNSET
            absent += 1
        else:
            invalid(parsed, "featured", "featured", "bool | None", value)

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.excerpt = value
        elif value is UNSET:
            parsed.excerpt = UNSET
            absent += 1
        else:
            invalid(parsed, "excerpt", "excerpt", "str | None", value)

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.lang = value
        elif value is UNSET:
            parsed.lang = UNSET
            absent += 1
        else:
            invalid(parsed, "lang", "lang", "str | None", value)

        value = values[5]
        if isinstance(value, str) or value is None:
            parsed.intro = value
        elif value is UNSET:
            parsed.intro = UNSET
            absent += 1
        else:
            invalid(parsed, "intro", "intro", "str | None", value)

        value = values[6]
        if type(value) is bool or value is None:
            parsed.table_of_contents = value
        elif value is UNSET:
            parsed.table_of_contents = UNSET
            absent += 1
        else:
            invalid(parsed, "table_of_contents", "tableOfContents", "bool | None", value)

        value = values[7]
        if isinstance(value, str) or value is None:
            parsed.mark_down_content = value
        elif value is UNSET:
            parsed.mark_down_content = UNSET
            absent += 1
        else:
            invalid(parsed, "mark_down_content", "markDownContent", "str | None", value)

        value = values[8]
        if isinstance(value, str) or value is None:
            parsed.html_content = value
        elif value is UNSET:
            parsed.html_content = UNSET
            absent += 1
        else:
            invalid(parsed, "html_content", "htmlContent", "str | None", value)

        value = values[9]
        if isinstance(value, str):
            parsed.state = _CONTENT_STATE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.state = None
        elif value is UNSET:
            parsed.state = UNSET
            absent += 1
        else:
            invalid(parsed, "state", "state", "ContentState | str | None", value)

        value = values[10]
        if value is None:
            parsed.author = None
        elif value is UNSET:
            parsed.author = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.author = UserDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "author", "author", "UserDto | None", value)
            else:
                invalid(parsed, "author", "author", "UserDto | None", value)

        value = values[11]
        if type(value) is int or value is None:
            parsed.author_id = value
        elif value is UNSET:
            parsed.author_id = UNSET
            absent += 1
        else:
            invalid(parsed, "author_id", "authorId", "int | None", value)

        value = values[12]
        if value is None:
            parsed.date_publication = None
        elif value is UNSET:
            parsed.date_publication = UNSET
            absent += 1
        else:
            try:
                parsed.date_publication = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_publication", "datePublication", "datetime.datetime | None", value)

        value = values[13]
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

        value = values[14]
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

        value = values[15]
        if value is None:
            parsed.main_category = None
        elif value is UNSET:
            parsed.main_category = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.main_category = CategoryDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "main_category", "mainCategory", "CategoryDto | None", value)
            else:
                invalid(parsed, "main_category", "mainCategory", "CategoryDto | None", value)

        value = values[16]
        if value is None:
            parsed.categories = None
        elif value is UNSET:
            parsed.categories = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.categories = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.categories = list(map(CategoryDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "categories",
                        "categories",
                        "list[CategoryDto] | None",
                        value,
                        items=CategoryDto.from_dict,
                    )
            else:
                invalid(parsed, "categories", "categories", "list[CategoryDto] | None", value)

        value = values[17]
        if value is None:
            parsed.meta_datas = None
        elif value is UNSET:
            parsed.meta_datas = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.meta_datas = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.meta_datas = list(map(MetaData.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "meta_datas",
                        "metaDatas",
                        "list[MetaData] | None",
                        value,
                        items=MetaData.from_dict,
                    )
            else:
                invalid(parsed, "meta_datas", "metaDatas", "list[MetaData] | None", value)

        value = values[18]
        if isinstance(value, str) or value is None:
            parsed.image_url = value
        elif value is UNSET:
            parsed.image_url = UNSET
            absent += 1
        else:
            invalid(parsed, "image_url", "imageUrl", "str | None", value)

        value = values[19]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "image_thumb_urls",
                        "imageThumbUrls",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.image_thumb_urls = value
        elif value is None:
            parsed.image_thumb_urls = None
        elif value is UNSET:
            parsed.image_thumb_urls = UNSET
            absent += 1
        else:
            invalid(parsed, "image_thumb_urls", "imageThumbUrls", "list[str] | None", value)

        value = values[20]
        if type(value) is int or value is None:
            parsed.id = value
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            invalid(parsed, "id", "id", "int | None", value)

        if len(src_dict) + absent == 21:  # every key is a known one
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
