from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import (
    LazyModel,
    invalid,
    not_an_object,
)
from ..models.actor_referenced_as import ActorReferencedAs
from ..models.actor_type import ActorType
from ..types import UNSET, Unset

_ACTOR_REFERENCED_AS_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in ActorReferencedAs
}
_ACTOR_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in ActorType}


_KEYS: Final[tuple[str, ...]] = (
    "ids",
    "includeScore",
    "q",
    "tags",
    "countries",
    "referencedAs",
    "types",
    "select",
    "page",
    "size",
    "skip",
    "sortBy",
    "asc",
    "filters",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "ids": UNSET,
    "includeScore": UNSET,
    "q": UNSET,
    "tags": UNSET,
    "countries": UNSET,
    "referencedAs": UNSET,
    "types": UNSET,
    "select": UNSET,
    "page": UNSET,
    "size": UNSET,
    "skip": UNSET,
    "sortBy": UNSET,
    "asc": UNSET,
    "filters": UNSET,
}

T = TypeVar("T", bound="ActorQuery")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("ids", "ids"),
        ("include_score", "includeScore"),
        ("q", "q"),
        ("tags", "tags"),
        ("countries", "countries"),
        ("referenced_as", "referencedAs"),
        ("types", "types"),
        ("select", "select"),
        ("page", "page"),
        ("size", "size"),
        ("skip", "skip"),
        ("sort_by", "sortBy"),
        ("asc", "asc"),
        ("filters", "filters"),
    )

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
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "ids" not in unreadable:
            ids: list[int] | None | Unset
            if isinstance(self.ids, Unset):
                ids = UNSET
            elif isinstance(self.ids, list):
                ids = self.ids

            else:
                ids = self.ids

            if ids is not UNSET:
                field_dict["ids"] = ids
        if "include_score" not in unreadable:
            include_score: bool | None | Unset
            if isinstance(self.include_score, Unset):
                include_score = UNSET
            else:
                include_score = self.include_score

            if include_score is not UNSET:
                field_dict["includeScore"] = include_score
        if "q" not in unreadable:
            q: None | str | Unset
            if isinstance(self.q, Unset):
                q = UNSET
            else:
                q = self.q

            if q is not UNSET:
                field_dict["q"] = q
        if "tags" not in unreadable:
            tags: list[int] | None | Unset
            if isinstance(self.tags, Unset):
                tags = UNSET
            elif isinstance(self.tags, list):
                tags = self.tags

            else:
                tags = self.tags

            if tags is not UNSET:
                field_dict["tags"] = tags
        if "countries" not in unreadable:
            countries: list[str] | None | Unset
            if isinstance(self.countries, Unset):
                countries = UNSET
            elif isinstance(self.countries, list):
                countries = self.countries

            else:
                countries = self.countries

            if countries is not UNSET:
                field_dict["countries"] = countries
        if "referenced_as" not in unreadable:
            referenced_as: None | str | Unset
            if isinstance(self.referenced_as, Unset):
                referenced_as = UNSET
            elif isinstance(self.referenced_as, ActorReferencedAs):
                referenced_as = self.referenced_as.value
            else:
                referenced_as = self.referenced_as

            if referenced_as is not UNSET:
                field_dict["referencedAs"] = referenced_as
        if "types" not in unreadable:
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
        if "select" not in unreadable:
            select: None | str | Unset
            if isinstance(self.select, Unset):
                select = UNSET
            else:
                select = self.select

            if select is not UNSET:
                field_dict["select"] = select
        if "page" not in unreadable:
            page: int | None | Unset
            if isinstance(self.page, Unset):
                page = UNSET
            else:
                page = self.page

            if page is not UNSET:
                field_dict["page"] = page
        if "size" not in unreadable:
            size: int | None | Unset
            if isinstance(self.size, Unset):
                size = UNSET
            else:
                size = self.size

            if size is not UNSET:
                field_dict["size"] = size
        if "skip" not in unreadable:
            skip: int | None | Unset
            if isinstance(self.skip, Unset):
                skip = UNSET
            else:
                skip = self.skip

            if skip is not UNSET:
                field_dict["skip"] = skip
        if "sort_by" not in unreadable:
            sort_by: None | str | Unset
            if isinstance(self.sort_by, Unset):
                sort_by = UNSET
            else:
                sort_by = self.sort_by

            if sort_by is not UNSET:
                field_dict["sortBy"] = sort_by
        if "asc" not in unreadable:
            asc: bool | None | Unset
            if isinstance(self.asc, Unset):
                asc = UNSET
            else:
                asc = self.asc

            if asc is not UNSET:
                field_dict["asc"] = asc
        if "filters" not in unreadable:
            filters: None | str | Unset
            if isinstance(self.filters, Unset):
                filters = UNSET
            else:
                filters = self.filters

            if filters is not UNSET:
                field_dict["filters"] = filters
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
            if len(src_dict) >= 14:
                values = _KNOWN_VALUES(src_dict)
            else:  # a known key is absent (no KeyError raised and caught for it)
                values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except KeyError:  # unknown keys in place of known ones
            values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except (TypeError, AttributeError):  # a list, a string, a number...: not an object
            raise not_an_object(cls, src_dict) from None
        parsed = cls.__new__(cls)
        absent = 0  # the known keys the object lacks: its other keys are unknown ones if len() says more
        value = values[0]
        if isinstance(value, list):
            for item in value:
                if type(item) is not int:
                    invalid(
                        parsed, "ids", "ids", "list[int] | None", value, items=lambda item: type(item) is int
                    )
                    break
            else:
                parsed.ids = value
        elif value is None:
            parsed.ids = None
        elif value is UNSET:
            parsed.ids = UNSET
            absent += 1
        else:
            invalid(parsed, "ids", "ids", "list[int] | None", value)

        value = values[1]
        if type(value) is bool or value is None:
            parsed.include_score = value
        elif value is UNSET:
            parsed.include_score = UNSET
            absent += 1
        else:
            invalid(parsed, "include_score", "includeScore", "bool | None", value)

        value = values[2]
        if isinstance(value, str) or value is None:
            parsed.q = value
        elif value is UNSET:
            parsed.q = UNSET
            absent += 1
        else:
            invalid(parsed, "q", "q", "str | None", value)

        value = values[3]
        if isinstance(value, list):
            for item in value:
                if type(item) is not int:
                    invalid(
                        parsed,
                        "tags",
                        "tags",
                        "list[int] | None",
                        value,
                        items=lambda item: type(item) is int,
                    )
                    break
            else:
                parsed.tags = value
        elif value is None:
            parsed.tags = None
        elif value is UNSET:
            parsed.tags = UNSET
            absent += 1
        else:
            invalid(parsed, "tags", "tags", "list[int] | None", value)

        value = values[4]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "countries",
                        "countries",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.countries = value
        elif value is None:
            parsed.countries = None
        elif value is UNSET:
            parsed.countries = UNSET
            absent += 1
        else:
            invalid(parsed, "countries", "countries", "list[str] | None", value)

        value = values[5]
        if isinstance(value, str):
            parsed.referenced_as = _ACTOR_REFERENCED_AS_BY_VALUE.get(value, value)
        elif value is None:
            parsed.referenced_as = None
        elif value is UNSET:
            parsed.referenced_as = UNSET
            absent += 1
        else:
            invalid(parsed, "referenced_as", "referencedAs", "ActorReferencedAs | str | None", value)

        value = values[6]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "types",
                        "types",
                        "list[ActorType | str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.types = [_ACTOR_TYPE_BY_VALUE.get(item, item) for item in value]
        elif value is None:
            parsed.types = None
        elif value is UNSET:
            parsed.types = UNSET
            absent += 1
        else:
            invalid(parsed, "types", "types", "list[ActorType | str] | None", value)

        value = values[7]
        if isinstance(value, str) or value is None:
            parsed.select = value
        elif value is UNSET:
            parsed.select = UNSET
            absent += 1
        else:
            invalid(parsed, "select", "select", "str | None", value)

        value = values[8]
        if type(value) is int or value is None:
            parsed.page = value
        elif value is UNSET:
            parsed.page = UNSET
            absent += 1
        else:
            invalid(parsed, "page", "page", "int | None", value)

        value = values[9]
        if type(value) is int or value is None:
            parsed.size = value
        elif value is UNSET:
            parsed.size = UNSET
            absent += 1
        else:
            invalid(parsed, "size", "size", "int | None", value)

        value = values[10]
        if type(value) is int or value is None:
            parsed.skip = value
        elif value is UNSET:
            parsed.skip = UNSET
            absent += 1
        else:
            invalid(parsed, "skip", "skip", "int | None", value)

        value = values[11]
        if isinstance(value, str) or value is None:
            parsed.sort_by = value
        elif value is UNSET:
            parsed.sort_by = UNSET
            absent += 1
        else:
            invalid(parsed, "sort_by", "sortBy", "str | None", value)

        value = values[12]
        if type(value) is bool or value is None:
            parsed.asc = value
        elif value is UNSET:
            parsed.asc = UNSET
            absent += 1
        else:
            invalid(parsed, "asc", "asc", "bool | None", value)

        value = values[13]
        if isinstance(value, str) or value is None:
            parsed.filters = value
        elif value is UNSET:
            parsed.filters = UNSET
            absent += 1
        else:
            invalid(parsed, "filters", "filters", "str | None", value)

        if len(src_dict) + absent == 14:  # every key is a known one
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
