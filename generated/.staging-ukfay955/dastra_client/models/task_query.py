from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.priority import Priority
from ..models.task_object_type import TaskObjectType
from ..models.task_state import TaskState
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime










def _parse_object_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = TaskObjectType._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_prios_type_0_item(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = Priority._value2member_map_.get(data)
    if member is not None:
        return member
    return data




def _parse_prios(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_parse_prios_type_0_item(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_states_type_0_item(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = TaskState._value2member_map_.get(data)
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








def _parse_iteration(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data






def _parse_start(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_end(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data















_KNOWN_KEYS: frozenset[str] = frozenset(("tags", "users", "objectType", "objectIds", "prios", "states", "workflows", "ids", "areaId", "projectId", "iteration", "q", "overtaking", "start", "end", "archived", "excludeDone", "includeChildren", "parentId", "select", "page", "size", "skip", "sortBy", "asc", "filters", ))

T = TypeVar("T", bound="TaskQuery")



@_attrs_define
class TaskQuery(LazyModel):
    """Attributes:
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
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        tags: list[int] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags


        else:
            tags = self.tags

        if tags is not UNSET:
            field_dict["tags"] = tags
        users: list[int] | None | Unset
        if isinstance(self.users, Unset):
            users = UNSET
        elif isinstance(self.users, list):
            users = self.users


        else:
            users = self.users

        if users is not UNSET:
            field_dict["users"] = users
        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        elif isinstance(self.object_type, TaskObjectType):
            object_type = self.object_type.value
        else:
            object_type = self.object_type

        if object_type is not UNSET:
            field_dict["objectType"] = object_type
        object_ids: list[str] | None | Unset
        if isinstance(self.object_ids, Unset):
            object_ids = UNSET
        elif isinstance(self.object_ids, list):
            object_ids = self.object_ids


        else:
            object_ids = self.object_ids

        if object_ids is not UNSET:
            field_dict["objectIds"] = object_ids
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

        if prios is not UNSET:
            field_dict["prios"] = prios
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

        if states is not UNSET:
            field_dict["states"] = states
        workflows: list[int] | None | Unset
        if isinstance(self.workflows, Unset):
            workflows = UNSET
        elif isinstance(self.workflows, list):
            workflows = self.workflows


        else:
            workflows = self.workflows

        if workflows is not UNSET:
            field_dict["workflows"] = workflows
        ids: list[int] | None | Unset
        if isinstance(self.ids, Unset):
            ids = UNSET
        elif isinstance(self.ids, list):
            ids = self.ids


        else:
            ids = self.ids

        if ids is not UNSET:
            field_dict["ids"] = ids
        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        iteration: None | str | Unset
        if isinstance(self.iteration, Unset):
            iteration = UNSET
        elif isinstance(self.iteration, UUID):
            iteration = str(self.iteration)
        else:
            iteration = self.iteration

        if iteration is not UNSET:
            field_dict["iteration"] = iteration
        q: None | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        else:
            q = self.q

        if q is not UNSET:
            field_dict["q"] = q
        overtaking: bool | None | Unset
        if isinstance(self.overtaking, Unset):
            overtaking = UNSET
        else:
            overtaking = self.overtaking

        if overtaking is not UNSET:
            field_dict["overtaking"] = overtaking
        start: None | str | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        elif isinstance(self.start, datetime.datetime):
            start = self.start.isoformat()
        else:
            start = self.start

        if start is not UNSET:
            field_dict["start"] = start
        end: None | str | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        elif isinstance(self.end, datetime.datetime):
            end = self.end.isoformat()
        else:
            end = self.end

        if end is not UNSET:
            field_dict["end"] = end
        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        if archived is not UNSET:
            field_dict["archived"] = archived
        exclude_done: bool | None | Unset
        if isinstance(self.exclude_done, Unset):
            exclude_done = UNSET
        else:
            exclude_done = self.exclude_done

        if exclude_done is not UNSET:
            field_dict["excludeDone"] = exclude_done
        include_children: bool | None | Unset
        if isinstance(self.include_children, Unset):
            include_children = UNSET
        else:
            include_children = self.include_children

        if include_children is not UNSET:
            field_dict["includeChildren"] = include_children
        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
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
        parsed.tags = src_dict.get("tags", UNSET)
        parsed.users = src_dict.get("users", UNSET)
        parsed.object_type = _parse_object_type(src_dict.get("objectType", UNSET))
        parsed.object_ids = src_dict.get("objectIds", UNSET)
        parsed.prios = _parse_prios(src_dict.get("prios", UNSET))
        parsed.states = _parse_states(src_dict.get("states", UNSET))
        parsed.workflows = src_dict.get("workflows", UNSET)
        parsed.ids = src_dict.get("ids", UNSET)
        parsed.area_id = src_dict.get("areaId", UNSET)
        parsed.project_id = src_dict.get("projectId", UNSET)
        parsed.iteration = _parse_iteration(src_dict.get("iteration", UNSET))
        parsed.q = src_dict.get("q", UNSET)
        parsed.overtaking = src_dict.get("overtaking", UNSET)
        parsed.start = _parse_start(src_dict.get("start", UNSET))
        parsed.end = _parse_end(src_dict.get("end", UNSET))
        parsed.archived = src_dict.get("archived", UNSET)
        parsed.exclude_done = src_dict.get("excludeDone", UNSET)
        parsed.include_children = src_dict.get("includeChildren", UNSET)
        parsed.parent_id = src_dict.get("parentId", UNSET)
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
