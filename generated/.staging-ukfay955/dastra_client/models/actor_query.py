from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.actor_referenced_as import ActorReferencedAs
from ..models.actor_type import ActorType
from ..types import UNSET, Unset
from typing import cast













def _parse_referenced_as(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = ActorReferencedAs._value2member_map_.get(data)
    if member is not None:
        return member
    return data




def _parse_types_type_0_item(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = ActorType._value2member_map_.get(data)
    if member is not None:
        return member
    return data




def _parse_types(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_parse_types_type_0_item(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data











_KNOWN_KEYS: frozenset[str] = frozenset(("ids", "includeScore", "q", "tags", "countries", "referencedAs", "types", "select", "page", "size", "skip", "sortBy", "asc", "filters", ))

T = TypeVar("T", bound="ActorQuery")



@_attrs_define
class ActorQuery(LazyModel):
    """Attributes:
        ids (list[int] | None | Unset):
        include_score (bool | None | Unset):
        q (None | str | Unset):
        tags (list[int] | None | Unset):
        countries (list[str] | None | Unset):
        referenced_as (ActorReferencedAs | None | str | Unset):
        types (list[ActorType | str] | None | Unset):
        select (None | str | Unset):
        page (int | None | Unset):
        size (int | None | Unset):
        skip (int | None | Unset):
        sort_by (None | str | Unset):
        asc (bool | None | Unset):
        filters (None | str | Unset):
"""


    ids: list[int] | None | Unset = UNSET
    include_score: bool | None | Unset = UNSET
    q: None | str | Unset = UNSET
    tags: list[int] | None | Unset = UNSET
    countries: list[str] | None | Unset = UNSET
    referenced_as: ActorReferencedAs | None | str | Unset = UNSET
    types: list[ActorType | str] | None | Unset = UNSET
    select: None | str | Unset = UNSET
    page: int | None | Unset = UNSET
    size: int | None | Unset = UNSET
    skip: int | None | Unset = UNSET
    sort_by: None | str | Unset = UNSET
    asc: bool | None | Unset = UNSET
    filters: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        ids: list[int] | None | Unset
        if isinstance(self.ids, Unset):
            ids = UNSET
        elif isinstance(self.ids, list):
            ids = self.ids


        else:
            ids = self.ids

        if ids is not UNSET:
            field_dict["ids"] = ids
        include_score: bool | None | Unset
        if isinstance(self.include_score, Unset):
            include_score = UNSET
        else:
            include_score = self.include_score

        if include_score is not UNSET:
            field_dict["includeScore"] = include_score
        q: None | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        else:
            q = self.q

        if q is not UNSET:
            field_dict["q"] = q
        tags: list[int] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags


        else:
            tags = self.tags

        if tags is not UNSET:
            field_dict["tags"] = tags
        countries: list[str] | None | Unset
        if isinstance(self.countries, Unset):
            countries = UNSET
        elif isinstance(self.countries, list):
            countries = self.countries


        else:
            countries = self.countries

        if countries is not UNSET:
            field_dict["countries"] = countries
        referenced_as: None | str | Unset
        if isinstance(self.referenced_as, Unset):
            referenced_as = UNSET
        elif isinstance(self.referenced_as, ActorReferencedAs):
            referenced_as = self.referenced_as.value
        else:
            referenced_as = self.referenced_as

        if referenced_as is not UNSET:
            field_dict["referencedAs"] = referenced_as
        types: list[str] | None | Unset
        if isinstance(self.types, Unset):
            types = UNSET
        elif isinstance(self.types, list):
            types = []
            for types_type_0_item_data in self.types:
                types_type_0_item: str
                if isinstance(types_type_0_item_data, ActorType):
                    types_type_0_item = types_type_0_item_data.value
                else:
                    types_type_0_item = types_type_0_item_data
                types.append(types_type_0_item)


        else:
            types = self.types

        if types is not UNSET:
            field_dict["types"] = types
        select: None | str | Unset
        if isinstance(self.select, Unset):
            select = UNSET
        else:
            select = self.select

        if select is not UNSET:
            field_dict["select"] = select
        page: int | None | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        if page is not UNSET:
            field_dict["page"] = page
        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        if size is not UNSET:
            field_dict["size"] = size
        skip: int | None | Unset
        if isinstance(self.skip, Unset):
            skip = UNSET
        else:
            skip = self.skip

        if skip is not UNSET:
            field_dict["skip"] = skip
        sort_by: None | str | Unset
        if isinstance(self.sort_by, Unset):
            sort_by = UNSET
        else:
            sort_by = self.sort_by

        if sort_by is not UNSET:
            field_dict["sortBy"] = sort_by
        asc: bool | None | Unset
        if isinstance(self.asc, Unset):
            asc = UNSET
        else:
            asc = self.asc

        if asc is not UNSET:
            field_dict["asc"] = asc
        filters: None | str | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        else:
            filters = self.filters

        if filters is not UNSET:
            field_dict["filters"] = filters
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.ids = src_dict.get("ids", UNSET)
        parsed.include_score = src_dict.get("includeScore", UNSET)
        parsed.q = src_dict.get("q", UNSET)
        parsed.tags = src_dict.get("tags", UNSET)
        parsed.countries = src_dict.get("countries", UNSET)
        parsed.referenced_as = _parse_referenced_as(src_dict.get("referencedAs", UNSET))
        parsed.types = _parse_types(src_dict.get("types", UNSET))
        parsed.select = src_dict.get("select", UNSET)
        parsed.page = src_dict.get("page", UNSET)
        parsed.size = src_dict.get("size", UNSET)
        parsed.skip = src_dict.get("skip", UNSET)
        parsed.sort_by = src_dict.get("sortBy", UNSET)
        parsed.asc = src_dict.get("asc", UNSET)
        parsed.filters = src_dict.get("filters", UNSET)
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
