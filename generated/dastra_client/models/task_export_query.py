from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.priority import Priority
from ..models.task_object_type import TaskObjectType
from ..models.task_state import TaskState
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskExportQuery")


@_attrs_define
class TaskExportQuery:
    """
    Attributes:
        use_native_column (bool | None | Unset):
        cols (list[str] | None | Unset):
        tags (list[int] | None | Unset):
        users (list[int] | None | Unset):
        object_type (None | str | TaskObjectType | Unset):
        object_ids (list[str] | None | Unset):
        prios (list[Priority | str] | None | Unset):
        states (list[str | TaskState] | None | Unset):
        workflows (list[int] | None | Unset):
        ids (list[int] | None | Unset):
        area_id (int | None | Unset):
        project_id (None | str | Unset):
        iteration (None | Unset | UUID):
        q (None | str | Unset):
        overtaking (bool | None | Unset):
        start (datetime.datetime | None | Unset):
        end (datetime.datetime | None | Unset):
        archived (bool | None | Unset):
        exclude_done (bool | None | Unset):
        include_children (bool | None | Unset):
        parent_id (int | None | Unset):
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
    users: list[int] | None | Unset = UNSET
    object_type: None | str | TaskObjectType | Unset = UNSET
    object_ids: list[str] | None | Unset = UNSET
    prios: list[Priority | str] | None | Unset = UNSET
    states: list[str | TaskState] | None | Unset = UNSET
    workflows: list[int] | None | Unset = UNSET
    ids: list[int] | None | Unset = UNSET
    area_id: int | None | Unset = UNSET
    project_id: None | str | Unset = UNSET
    iteration: None | Unset | UUID = UNSET
    q: None | str | Unset = UNSET
    overtaking: bool | None | Unset = UNSET
    start: datetime.datetime | None | Unset = UNSET
    end: datetime.datetime | None | Unset = UNSET
    archived: bool | None | Unset = UNSET
    exclude_done: bool | None | Unset = UNSET
    include_children: bool | None | Unset = UNSET
    parent_id: int | None | Unset = UNSET
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

        users: list[int] | None | Unset
        if isinstance(self.users, Unset):
            users = UNSET
        elif isinstance(self.users, list):
            users = self.users

        else:
            users = self.users

        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        elif isinstance(self.object_type, TaskObjectType):
            object_type = self.object_type.value
        else:
            object_type = self.object_type

        object_ids: list[str] | None | Unset
        if isinstance(self.object_ids, Unset):
            object_ids = UNSET
        elif isinstance(self.object_ids, list):
            object_ids = self.object_ids

        else:
            object_ids = self.object_ids

        prios: list[str] | None | Unset
        if isinstance(self.prios, Unset):
            prios = UNSET
        elif isinstance(self.prios, list):
            prios = []
            for prios_type_0_item_data in self.prios:
                prios_type_0_item: str
                if isinstance(prios_type_0_item_data, Priority):
                    prios_type_0_item = prios_type_0_item_data.value
                else:
                    prios_type_0_item = prios_type_0_item_data
                prios.append(prios_type_0_item)

        else:
            prios = self.prios

        states: list[str] | None | Unset
        if isinstance(self.states, Unset):
            states = UNSET
        elif isinstance(self.states, list):
            states = []
            for states_type_0_item_data in self.states:
                states_type_0_item: str
                if isinstance(states_type_0_item_data, TaskState):
                    states_type_0_item = states_type_0_item_data.value
                else:
                    states_type_0_item = states_type_0_item_data
                states.append(states_type_0_item)

        else:
            states = self.states

        workflows: list[int] | None | Unset
        if isinstance(self.workflows, Unset):
            workflows = UNSET
        elif isinstance(self.workflows, list):
            workflows = self.workflows

        else:
            workflows = self.workflows

        ids: list[int] | None | Unset
        if isinstance(self.ids, Unset):
            ids = UNSET
        elif isinstance(self.ids, list):
            ids = self.ids

        else:
            ids = self.ids

        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        iteration: None | str | Unset
        if isinstance(self.iteration, Unset):
            iteration = UNSET
        elif isinstance(self.iteration, UUID):
            iteration = str(self.iteration)
        else:
            iteration = self.iteration

        q: None | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        else:
            q = self.q

        overtaking: bool | None | Unset
        if isinstance(self.overtaking, Unset):
            overtaking = UNSET
        else:
            overtaking = self.overtaking

        start: None | str | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        elif isinstance(self.start, datetime.datetime):
            start = self.start.isoformat()
        else:
            start = self.start

        end: None | str | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        elif isinstance(self.end, datetime.datetime):
            end = self.end.isoformat()
        else:
            end = self.end

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        exclude_done: bool | None | Unset
        if isinstance(self.exclude_done, Unset):
            exclude_done = UNSET
        else:
            exclude_done = self.exclude_done

        include_children: bool | None | Unset
        if isinstance(self.include_children, Unset):
            include_children = UNSET
        else:
            include_children = self.include_children

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

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
        if users is not UNSET:
            field_dict["users"] = users
        if object_type is not UNSET:
            field_dict["objectType"] = object_type
        if object_ids is not UNSET:
            field_dict["objectIds"] = object_ids
        if prios is not UNSET:
            field_dict["prios"] = prios
        if states is not UNSET:
            field_dict["states"] = states
        if workflows is not UNSET:
            field_dict["workflows"] = workflows
        if ids is not UNSET:
            field_dict["ids"] = ids
        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if iteration is not UNSET:
            field_dict["iteration"] = iteration
        if q is not UNSET:
            field_dict["q"] = q
        if overtaking is not UNSET:
            field_dict["overtaking"] = overtaking
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if archived is not UNSET:
            field_dict["archived"] = archived
        if exclude_done is not UNSET:
            field_dict["excludeDone"] = exclude_done
        if include_children is not UNSET:
            field_dict["includeChildren"] = include_children
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
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

        def _parse_users(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                users_type_0 = cast(list[int], data)

                return users_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        users = _parse_users(d.pop("users", UNSET))

        def _parse_object_type(data: object) -> None | str | TaskObjectType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                object_type_type_0 = TaskObjectType(data)

                return object_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | TaskObjectType | Unset, data)

        object_type = _parse_object_type(d.pop("objectType", UNSET))

        def _parse_object_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                object_ids_type_0 = cast(list[str], data)

                return object_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        object_ids = _parse_object_ids(d.pop("objectIds", UNSET))

        def _parse_prios(data: object) -> list[Priority | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                prios_type_0 = []
                _prios_type_0 = data
                for prios_type_0_item_data in _prios_type_0:

                    def _parse_prios_type_0_item(data: object) -> Priority | str:
                        try:
                            if not isinstance(data, str):
                                raise TypeError()
                            prios_type_0_item_type_0 = Priority(data)

                            return prios_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(Priority | str, data)

                    prios_type_0_item = _parse_prios_type_0_item(prios_type_0_item_data)

                    prios_type_0.append(prios_type_0_item)

                return prios_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Priority | str] | None | Unset, data)

        prios = _parse_prios(d.pop("prios", UNSET))

        def _parse_states(data: object) -> list[str | TaskState] | None | Unset:
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

                    def _parse_states_type_0_item(data: object) -> str | TaskState:
                        try:
                            if not isinstance(data, str):
                                raise TypeError()
                            states_type_0_item_type_0 = TaskState(data)

                            return states_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(str | TaskState, data)

                    states_type_0_item = _parse_states_type_0_item(states_type_0_item_data)

                    states_type_0.append(states_type_0_item)

                return states_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str | TaskState] | None | Unset, data)

        states = _parse_states(d.pop("states", UNSET))

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

        def _parse_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ids_type_0 = cast(list[int], data)

                return ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        ids = _parse_ids(d.pop("ids", UNSET))

        def _parse_area_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        area_id = _parse_area_id(d.pop("areaId", UNSET))

        def _parse_project_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_id = _parse_project_id(d.pop("projectId", UNSET))

        def _parse_iteration(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                iteration_type_0 = UUID(data)

                return iteration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        iteration = _parse_iteration(d.pop("iteration", UNSET))

        def _parse_q(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        q = _parse_q(d.pop("q", UNSET))

        def _parse_overtaking(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        overtaking = _parse_overtaking(d.pop("overtaking", UNSET))

        def _parse_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_type_0 = datetime.datetime.fromisoformat(data)

                return start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start = _parse_start(d.pop("start", UNSET))

        def _parse_end(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_type_0 = datetime.datetime.fromisoformat(data)

                return end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end = _parse_end(d.pop("end", UNSET))

        def _parse_archived(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        archived = _parse_archived(d.pop("archived", UNSET))

        def _parse_exclude_done(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        exclude_done = _parse_exclude_done(d.pop("excludeDone", UNSET))

        def _parse_include_children(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        include_children = _parse_include_children(d.pop("includeChildren", UNSET))

        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

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

        task_export_query = cls(
            use_native_column=use_native_column,
            cols=cols,
            tags=tags,
            users=users,
            object_type=object_type,
            object_ids=object_ids,
            prios=prios,
            states=states,
            workflows=workflows,
            ids=ids,
            area_id=area_id,
            project_id=project_id,
            iteration=iteration,
            q=q,
            overtaking=overtaking,
            start=start,
            end=end,
            archived=archived,
            exclude_done=exclude_done,
            include_children=include_children,
            parent_id=parent_id,
            select=select,
            page=page,
            size=size,
            skip=skip,
            sort_by=sort_by,
            asc=asc,
            filters=filters,
        )

        task_export_query.additional_properties = d
        return task_export_query

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
