from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.content_state import ContentState
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
    from ..models.category_dto import CategoryDto
    from ..models.meta_data import MetaData
    from ..models.user_dto import UserDto
















def _parse_state(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = ContentState._value2member_map_.get(data)
    if member is not None:
        return member
    return data




def _parse_author(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_date_publication(data: Any) -> Any:
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




def _parse_main_category(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.CategoryDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_categories(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.CategoryDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_meta_datas(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.MetaData.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data






def _load_author(source: Mapping[str, Any]) -> Any:
    return _parse_author(source.get("author", UNSET))

def _load_main_category(source: Mapping[str, Any]) -> Any:
    return _parse_main_category(source.get("mainCategory", UNSET))

def _load_categories(source: Mapping[str, Any]) -> Any:
    return _parse_categories(source.get("categories", UNSET))

def _load_meta_datas(source: Mapping[str, Any]) -> Any:
    return _parse_meta_datas(source.get("metaDatas", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("title", "url", "featured", "excerpt", "lang", "intro", "tableOfContents", "markDownContent", "htmlContent", "state", "author", "authorId", "datePublication", "dateCreation", "dateUpdate", "mainCategory", "categories", "metaDatas", "imageUrl", "imageThumbUrls", "id", ))

T = TypeVar("T", bound="ContentDto")



@_attrs_define
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

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
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
        from ..models.category_dto import CategoryDto  # noqa: PLC0415
        from ..models.meta_data import MetaData  # noqa: PLC0415
        from ..models.user_dto import UserDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        title = self.title

        field_dict["title"] = title
        url = self.url

        field_dict["url"] = url
        featured: bool | None | Unset
        if isinstance(self.featured, Unset):
            featured = UNSET
        else:
            featured = self.featured

        if featured is not UNSET:
            field_dict["featured"] = featured
        excerpt: None | str | Unset
        if isinstance(self.excerpt, Unset):
            excerpt = UNSET
        else:
            excerpt = self.excerpt

        if excerpt is not UNSET:
            field_dict["excerpt"] = excerpt
        lang: None | str | Unset
        if isinstance(self.lang, Unset):
            lang = UNSET
        else:
            lang = self.lang

        if lang is not UNSET:
            field_dict["lang"] = lang
        intro: None | str | Unset
        if isinstance(self.intro, Unset):
            intro = UNSET
        else:
            intro = self.intro

        if intro is not UNSET:
            field_dict["intro"] = intro
        table_of_contents: bool | None | Unset
        if isinstance(self.table_of_contents, Unset):
            table_of_contents = UNSET
        else:
            table_of_contents = self.table_of_contents

        if table_of_contents is not UNSET:
            field_dict["tableOfContents"] = table_of_contents
        mark_down_content: None | str | Unset
        if isinstance(self.mark_down_content, Unset):
            mark_down_content = UNSET
        else:
            mark_down_content = self.mark_down_content

        if mark_down_content is not UNSET:
            field_dict["markDownContent"] = mark_down_content
        html_content: None | str | Unset
        if isinstance(self.html_content, Unset):
            html_content = UNSET
        else:
            html_content = self.html_content

        if html_content is not UNSET:
            field_dict["htmlContent"] = html_content
        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, ContentState):
            state = self.state.value
        else:
            state = self.state

        if state is not UNSET:
            field_dict["state"] = state
        author: dict[str, Any] | None | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        elif isinstance(self.author, UserDto):
            author = self.author.to_dict()
        else:
            author = self.author

        if author is not UNSET:
            field_dict["author"] = author
        author_id: int | None | Unset
        if isinstance(self.author_id, Unset):
            author_id = UNSET
        else:
            author_id = self.author_id

        if author_id is not UNSET:
            field_dict["authorId"] = author_id
        date_publication: None | str | Unset
        if isinstance(self.date_publication, Unset):
            date_publication = UNSET
        elif isinstance(self.date_publication, datetime.datetime):
            date_publication = self.date_publication.isoformat()
        else:
            date_publication = self.date_publication

        if date_publication is not UNSET:
            field_dict["datePublication"] = date_publication
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
        main_category: dict[str, Any] | None | Unset
        if isinstance(self.main_category, Unset):
            main_category = UNSET
        elif isinstance(self.main_category, CategoryDto):
            main_category = self.main_category.to_dict()
        else:
            main_category = self.main_category

        if main_category is not UNSET:
            field_dict["mainCategory"] = main_category
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
        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        image_thumb_urls: list[str] | None | Unset
        if isinstance(self.image_thumb_urls, Unset):
            image_thumb_urls = UNSET
        elif isinstance(self.image_thumb_urls, list):
            image_thumb_urls = self.image_thumb_urls


        else:
            image_thumb_urls = self.image_thumb_urls

        if image_thumb_urls is not UNSET:
            field_dict["imageThumbUrls"] = image_thumb_urls
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.title = src_dict["title"]
        parsed.url = src_dict["url"]
        parsed.featured = src_dict.get("featured", UNSET)
        parsed.excerpt = src_dict.get("excerpt", UNSET)
        parsed.lang = src_dict.get("lang", UNSET)
        parsed.intro = src_dict.get("intro", UNSET)
        parsed.table_of_contents = src_dict.get("tableOfContents", UNSET)
        parsed.mark_down_content = src_dict.get("markDownContent", UNSET)
        parsed.html_content = src_dict.get("htmlContent", UNSET)
        parsed.state = _parse_state(src_dict.get("state", UNSET))
        parsed.author_id = src_dict.get("authorId", UNSET)
        parsed.date_publication = _parse_date_publication(src_dict.get("datePublication", UNSET))
        parsed.date_creation = _parse_date_creation(src_dict.get("dateCreation", UNSET))
        parsed.date_update = _parse_date_update(src_dict.get("dateUpdate", UNSET))
        parsed.image_url = src_dict.get("imageUrl", UNSET)
        parsed.image_thumb_urls = src_dict.get("imageThumbUrls", UNSET)
        parsed.id = src_dict.get("id", UNSET)
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
