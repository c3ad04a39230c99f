from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.data_breach_state import DataBreachState
from ..models.data_breach_type import DataBreachType
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID










def _parse_states_type_0_item(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = DataBreachState._value2member_map_.get(data)
    if member is not None:
        return member
    return data




def _parse_states(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_parse_states_type_0_item(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_types_type_0_item(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = DataBreachType._value2member_map_.get(data)
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










def _parse_ids(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [UUID(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data











_KNOWN_KEYS: frozenset[str] = frozenset(("useNativeColumn", "cols", "tags", "states", "types", "workflows", "operators", "q", "archived", "areaId", "ids", "select", "page", "size", "skip", "sortBy", "asc", "filters", ))

T = TypeVar("T", bound="DataBreachExportQuery")



@_attrs_define
class DataBreachExportQuery(LazyModel):
    """Attributes:
        use_native_column (bool | None | Unset):
        cols (list[str] | None | Unset):
        tags (list[int] | None | Unset):
        states (list[DataBreachState | str] | None | Unset):
        types (list[DataBreachType | str] | None | Unset):
        workflows (list[int] | None | Unset):
        operators (list[int] | None | Unset):
        q (None | str | Unset):
        archived (bool | None | Unset):
        area_id (int | None | Unset):
        ids (list[UUID] | None | Unset):
        select (None | str | Unset):
        page (int | None | Unset):
        size (int | None | Unset):
        skip (int | None | Unset):
        sort_by (None | str | Unset):
        asc (bool | None | Unset):
        filters (None | str | Unset):
"""


    use_native_column: bool | None | Unset = UNSET
    cols: list[str] | None | Unset = UNSET
    tags: list[int] | None | Unset = UNSET
    states: list[DataBreachState | str] | None | Unset = UNSET
    types: list[DataBreachType | str] | None | Unset = UNSET
    workflows: list[int] | None | Unset = UNSET
    operators: list[int] | None | Unset = UNSET
    q: None | str | Unset = UNSET
    archived: bool | None | Unset = UNSET
    area_id: int | None | Unset = UNSET
    ids: list[UUID] | None | Unset = UNSET
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

        use_native_column: bool | None | Unset
        if isinstance(self.use_native_column, Unset):
            use_native_column = UNSET
        else:
            use_native_column = self.use_native_column

        if use_native_column is not UNSET:
            field_dict["useNativeColumn"] = use_native_column
        cols: list[str] | None | Unset
        if isinstance(self.cols, Unset):
            cols = UNSET
        elif isinstance(self.cols, list):
            cols = self.cols


        else:
            cols = self.cols

        if cols is not UNSET:
            field_dict["cols"] = cols
        tags: list[int] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags


        else:
            tags = self.tags

        if tags is not UNSET:
            field_dict["tags"] = tags
        states: list[str] | None | Unset
        if isinstance(self.states, Unset):
            states = UNSET
        elif isinstance(self.states, list):
            states = []
            for states_type_0_item_data in self.states:
                states_type_0_item: str
                if isinstance(states_type_0_item_data, DataBreachState):
                    states_type_0_item = states_type_0_item_data.value
                else:
                    states_type_0_item = states_type_0_item_data
                states.append(states_type_0_item)


        else:
            states = self.states

        if states is not UNSET:
            field_dict["states"] = states
        types: list[str] | None | Unset
        if isinstance(self.types, Unset):
            types = UNSET
        elif isinstance(self.types, list):
            types = []
            for types_type_0_item_data in self.types:
                types_type_0_item: str
                if isinstance(types_type_0_item_data, DataBreachType):
                    types_type_0_item = types_type_0_item_data.value
                else:
                    types_type_0_item = types_type_0_item_data
                types.append(types_type_0_item)


        else:
            types = self.types

        if types is not UNSET:
            field_dict["types"] = types
        workflows: list[int] | None | Unset
        if isinstance(self.workflows, Unset):
            workflows = UNSET
        elif isinstance(self.workflows, list):
            workflows = self.workflows


        else:
            workflows = self.workflows

        if workflows is not UNSET:
            field_dict["workflows"] = workflows
        operators: list[int] | None | Unset
        if isinstance(self.operators, Unset):
            operators = UNSET
        elif isinstance(self.operators, list):
            operators = self.operators


        else:
            operators = self.operators

        if operators is not UNSET:
            field_dict["operators"] = operators
        q: None | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        else:
            q = self.q

        if q is not UNSET:
            field_dict["q"] = q
        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        if archived is not UNSET:
            field_dict["archived"] = archived
        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        ids: list[str] | None | Unset
        if isinstance(self.ids, Unset):
            ids = UNSET
        elif isinstance(self.ids, list):
            ids = []
            for ids_type_0_item_data in self.ids:
                ids_type_0_item = str(ids_type_0_item_data)
                ids.append(ids_type_0_item)


        else:
            ids = self.ids

        if ids is not UNSET:
            field_dict["ids"] = ids
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
        parsed.use_native_column = src_dict.get("useNativeColumn", UNSET)
        parsed.cols = src_dict.get("cols", UNSET)
        parsed.tags = src_dict.get("tags", UNSET)
        parsed.states = _parse_states(src_dict.get("states", UNSET))
        parsed.types = _parse_types(src_dict.get("types", UNSET))
        parsed.workflows = src_dict.get("workflows", UNSET)
        parsed.operators = src_dict.get("operators", UNSET)
        parsed.q = src_dict.get("q", UNSET)
        parsed.archived = src_dict.get("archived", UNSET)
        parsed.area_id = src_dict.get("areaId", UNSET)
        parsed.ids = _parse_ids(src_dict.get("ids", UNSET))
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
