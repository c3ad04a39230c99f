from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_breach_state import DataBreachState
from ..models.data_breach_type import DataBreachType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataBreachExportQuery")


@_attrs_define
class DataBreachExportQuery:
    """
    Attributes:
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
        use_native_column: bool | None | Unset
        if isinstance(self.use_native_column, Unset):
            use_native_column = UNSET
        else:
            use_native_column = self.use_native_column

        cols: list[str] | None | Unset
        if isinstance(self.cols, Unset):
            cols = UNSET
        elif isinstance(self.cols, list):
            cols = self.cols

        else:
            cols = self.cols

        tags: list[int] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

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

        workflows: list[int] | None | Unset
        if isinstance(self.workflows, Unset):
            workflows = UNSET
        elif isinstance(self.workflows, list):
            workflows = self.workflows

        else:
            workflows = self.workflows

        operators: list[int] | None | Unset
        if isinstance(self.operators, Unset):
            operators = UNSET
        elif isinstance(self.operators, list):
            operators = self.operators

        else:
            operators = self.operators

        q: None | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        else:
            q = self.q

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

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

        select: None | str | Unset
        if isinstance(self.select, Unset):
            select = UNSET
        else:
            select = self.select

        page: int | None | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        skip: int | None | Unset
        if isinstance(self.skip, Unset):
            skip = UNSET
        else:
            skip = self.skip

        sort_by: None | str | Unset
        if isinstance(self.sort_by, Unset):
            sort_by = UNSET
        else:
            sort_by = self.sort_by

        asc: bool | None | Unset
        if isinstance(self.asc, Unset):
            asc = UNSET
        else:
            asc = self.asc

        filters: None | str | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        else:
            filters = self.filters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if use_native_column is not UNSET:
            field_dict["useNativeColumn"] = use_native_column
        if cols is not UNSET:
            field_dict["cols"] = cols
        if tags is not UNSET:
            field_dict["tags"] = tags
        if states is not UNSET:
            field_dict["states"] = states
        if types is not UNSET:
            field_dict["types"] = types
        if workflows is not UNSET:
            field_dict["workflows"] = workflows
        if operators is not UNSET:
            field_dict["operators"] = operators
        if q is not UNSET:
            field_dict["q"] = q
        if archived is not UNSET:
            field_dict["archived"] = archived
        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        if ids is not UNSET:
            field_dict["ids"] = ids
        if select is not UNSET:
            field_dict["select"] = select
        if page is not UNSET:
            field_dict["page"] = page
        if size is not UNSET:
            field_dict["size"] = size
        if skip is not UNSET:
            field_dict["skip"] = skip
        if sort_by is not UNSET:
            field_dict["sortBy"] = sort_by
        if asc is not UNSET:
            field_dict["asc"] = asc
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_use_native_column(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_native_column = _parse_use_native_column(d.pop("useNativeColumn", UNSET))

        def _parse_cols(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cols_type_0 = cast(list[str], data)

                return cols_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        cols = _parse_cols(d.pop("cols", UNSET))

        def _parse_tags(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[int], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_states(data: object) -> list[DataBreachState | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                states_type_0 = []
                _states_type_0 = data
                for states_type_0_item_data in _states_type_0:

                    def _parse_states_type_0_item(data: object) -> DataBreachState | str:
                        try:
                            if not isinstance(data, str):
                                raise TypeError()
                            states_type_0_item_type_0 = DataBreachState(data)

                            return states_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(DataBreachState | str, data)

                    states_type_0_item = _parse_states_type_0_item(states_type_0_item_data)

                    states_type_0.append(states_type_0_item)

                return states_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DataBreachState | str] | None | Unset, data)

        states = _parse_states(d.pop("states", UNSET))

        def _parse_types(data: object) -> list[DataBreachType | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                types_type_0 = []
                _types_type_0 = data
                for types_type_0_item_data in _types_type_0:

                    def _parse_types_type_0_item(data: object) -> DataBreachType | str:
                        try:
                            if not isinstance(data, str):
                                raise TypeError()
                            types_type_0_item_type_0 = DataBreachType(data)

                            return types_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(DataBreachType | str, data)

                    types_type_0_item = _parse_types_type_0_item(types_type_0_item_data)

                    types_type_0.append(types_type_0_item)

                return types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DataBreachType | str] | None | Unset, data)

        types = _parse_types(d.pop("types", UNSET))

        def _parse_workflows(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                workflows_type_0 = cast(list[int], data)

                return workflows_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        workflows = _parse_workflows(d.pop("workflows", UNSET))

        def _parse_operators(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                operators_type_0 = cast(list[int], data)

                return operators_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        operators = _parse_operators(d.pop("operators", UNSET))

        def _parse_q(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        q = _parse_q(d.pop("q", UNSET))

        def _parse_archived(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        archived = _parse_archived(d.pop("archived", UNSET))

        def _parse_area_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        area_id = _parse_area_id(d.pop("areaId", UNSET))

        def _parse_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ids_type_0 = []
                _ids_type_0 = data
                for ids_type_0_item_data in _ids_type_0:
                    ids_type_0_item = UUID(ids_type_0_item_data)

                    ids_type_0.append(ids_type_0_item)

                return ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        ids = _parse_ids(d.pop("ids", UNSET))

        def _parse_select(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        select = _parse_select(d.pop("select", UNSET))

        def _parse_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        page = _parse_page(d.pop("page", UNSET))

        def _parse_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        def _parse_skip(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        skip = _parse_skip(d.pop("skip", UNSET))

        def _parse_sort_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sort_by = _parse_sort_by(d.pop("sortBy", UNSET))

        def _parse_asc(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        asc = _parse_asc(d.pop("asc", UNSET))

        def _parse_filters(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        filters = _parse_filters(d.pop("filters", UNSET))

        data_breach_export_query = cls(
            use_native_column=use_native_column,
            cols=cols,
            tags=tags,
            states=states,
            types=types,
            workflows=workflows,
            operators=operators,
            q=q,
            archived=archived,
            area_id=area_id,
            ids=ids,
            select=select,
            page=page,
            size=size,
            skip=skip,
            sort_by=sort_by,
            asc=asc,
            filters=filters,
        )

        data_breach_export_query.additional_properties = d
        return data_breach_export_query

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
