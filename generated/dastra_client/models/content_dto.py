from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_state import ContentState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.category_dto import CategoryDto
    from ..models.meta_data import MetaData
    from ..models.user_dto import UserDto


T = TypeVar("T", bound="ContentDto")


@_attrs_define
class ContentDto:
    """
    Attributes:
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

        title = self.title

        url = self.url

        featured: bool | None | Unset
        if isinstance(self.featured, Unset):
            featured = UNSET
        else:
            featured = self.featured

        excerpt: None | str | Unset
        if isinstance(self.excerpt, Unset):
            excerpt = UNSET
        else:
            excerpt = self.excerpt

        lang: None | str | Unset
        if isinstance(self.lang, Unset):
            lang = UNSET
        else:
            lang = self.lang

        intro: None | str | Unset
        if isinstance(self.intro, Unset):
            intro = UNSET
        else:
            intro = self.intro

        table_of_contents: bool | None | Unset
        if isinstance(self.table_of_contents, Unset):
            table_of_contents = UNSET
        else:
            table_of_contents = self.table_of_contents

        mark_down_content: None | str | Unset
        if isinstance(self.mark_down_content, Unset):
            mark_down_content = UNSET
        else:
            mark_down_content = self.mark_down_content

        html_content: None | str | Unset
        if isinstance(self.html_content, Unset):
            html_content = UNSET
        else:
            html_content = self.html_content

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, ContentState):
            state = self.state.value
        else:
            state = self.state

        author: dict[str, Any] | None | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        elif isinstance(self.author, UserDto):
            author = self.author.to_dict()
        else:
            author = self.author

        author_id: int | None | Unset
        if isinstance(self.author_id, Unset):
            author_id = UNSET
        else:
            author_id = self.author_id

        date_publication: None | str | Unset
        if isinstance(self.date_publication, Unset):
            date_publication = UNSET
        elif isinstance(self.date_publication, datetime.datetime):
            date_publication = self.date_publication.isoformat()
        else:
            date_publication = self.date_publication

        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        date_update: None | str | Unset
        if isinstance(self.date_update, Unset):
            date_update = UNSET
        elif isinstance(self.date_update, datetime.datetime):
            date_update = self.date_update.isoformat()
        else:
            date_update = self.date_update

        main_category: dict[str, Any] | None | Unset
        if isinstance(self.main_category, Unset):
            main_category = UNSET
        elif isinstance(self.main_category, CategoryDto):
            main_category = self.main_category.to_dict()
        else:
            main_category = self.main_category

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

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        image_thumb_urls: list[str] | None | Unset
        if isinstance(self.image_thumb_urls, Unset):
            image_thumb_urls = UNSET
        elif isinstance(self.image_thumb_urls, list):
            image_thumb_urls = self.image_thumb_urls

        else:
            image_thumb_urls = self.image_thumb_urls

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "url": url,
            }
        )
        if featured is not UNSET:
            field_dict["featured"] = featured
        if excerpt is not UNSET:
            field_dict["excerpt"] = excerpt
        if lang is not UNSET:
            field_dict["lang"] = lang
        if intro is not UNSET:
            field_dict["intro"] = intro
        if table_of_contents is not UNSET:
            field_dict["tableOfContents"] = table_of_contents
        if mark_down_content is not UNSET:
            field_dict["markDownContent"] = mark_down_content
        if html_content is not UNSET:
            field_dict["htmlContent"] = html_content
        if state is not UNSET:
            field_dict["state"] = state
        if author is not UNSET:
            field_dict["author"] = author
        if author_id is not UNSET:
            field_dict["authorId"] = author_id
        if date_publication is not UNSET:
            field_dict["datePublication"] = date_publication
        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        if main_category is not UNSET:
            field_dict["mainCategory"] = main_category
        if categories is not UNSET:
            field_dict["categories"] = categories
        if meta_datas is not UNSET:
            field_dict["metaDatas"] = meta_datas
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if image_thumb_urls is not UNSET:
            field_dict["imageThumbUrls"] = image_thumb_urls
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.category_dto import CategoryDto
        from ..models.meta_data import MetaData
        from ..models.user_dto import UserDto

        d = dict(src_dict)
        title = d.pop("title")

        url = d.pop("url")

        def _parse_featured(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        featured = _parse_featured(d.pop("featured", UNSET))

        def _parse_excerpt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        excerpt = _parse_excerpt(d.pop("excerpt", UNSET))

        def _parse_lang(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lang = _parse_lang(d.pop("lang", UNSET))

        def _parse_intro(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        intro = _parse_intro(d.pop("intro", UNSET))

        def _parse_table_of_contents(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        table_of_contents = _parse_table_of_contents(d.pop("tableOfContents", UNSET))

        def _parse_mark_down_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mark_down_content = _parse_mark_down_content(d.pop("markDownContent", UNSET))

        def _parse_html_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        html_content = _parse_html_content(d.pop("htmlContent", UNSET))

        def _parse_state(data: object) -> ContentState | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = ContentState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContentState | None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_author(data: object) -> None | Unset | UserDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                author_type_1 = UserDto.from_dict(data)

                return author_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserDto, data)

        author = _parse_author(d.pop("author", UNSET))

        def _parse_author_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        author_id = _parse_author_id(d.pop("authorId", UNSET))

        def _parse_date_publication(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_publication_type_0 = datetime.datetime.fromisoformat(data)

                return date_publication_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_publication = _parse_date_publication(d.pop("datePublication", UNSET))

        def _parse_date_creation(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_creation_type_0 = datetime.datetime.fromisoformat(data)

                return date_creation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_creation = _parse_date_creation(d.pop("dateCreation", UNSET))

        def _parse_date_update(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_update_type_0 = datetime.datetime.fromisoformat(data)

                return date_update_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_update = _parse_date_update(d.pop("dateUpdate", UNSET))

        def _parse_main_category(data: object) -> CategoryDto | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                main_category_type_1 = CategoryDto.from_dict(data)

                return main_category_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CategoryDto | None | Unset, data)

        main_category = _parse_main_category(d.pop("mainCategory", UNSET))

        def _parse_categories(data: object) -> list[CategoryDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                categories_type_0 = []
                _categories_type_0 = data
                for categories_type_0_item_data in _categories_type_0:
                    categories_type_0_item = CategoryDto.from_dict(categories_type_0_item_data)

                    categories_type_0.append(categories_type_0_item)

                return categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CategoryDto] | None | Unset, data)

        categories = _parse_categories(d.pop("categories", UNSET))

        def _parse_meta_datas(data: object) -> list[MetaData] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                meta_datas_type_0 = []
                _meta_datas_type_0 = data
                for meta_datas_type_0_item_data in _meta_datas_type_0:
                    meta_datas_type_0_item = MetaData.from_dict(meta_datas_type_0_item_data)

                    meta_datas_type_0.append(meta_datas_type_0_item)

                return meta_datas_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MetaData] | None | Unset, data)

        meta_datas = _parse_meta_datas(d.pop("metaDatas", UNSET))

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("imageUrl", UNSET))

        def _parse_image_thumb_urls(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                image_thumb_urls_type_0 = cast(list[str], data)

                return image_thumb_urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        image_thumb_urls = _parse_image_thumb_urls(d.pop("imageThumbUrls", UNSET))

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        content_dto = cls(
            title=title,
            url=url,
            featured=featured,
            excerpt=excerpt,
            lang=lang,
            intro=intro,
            table_of_contents=table_of_contents,
            mark_down_content=mark_down_content,
            html_content=html_content,
            state=state,
            author=author,
            author_id=author_id,
            date_publication=date_publication,
            date_creation=date_creation,
            date_update=date_update,
            main_category=main_category,
            categories=categories,
            meta_datas=meta_datas,
            image_url=image_url,
            image_thumb_urls=image_thumb_urls,
            id=id,
        )

        content_dto.additional_properties = d
        return content_dto

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
