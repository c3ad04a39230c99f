from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.audit_object_type import AuditObjectType
from ..models.audit_query_type import AuditQueryType
from ..models.audit_response_state import AuditResponseState
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID









def _parse_parent_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_states_type_0_item(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = AuditResponseState._value2member_map_.get(data)
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





def _parse_template_ids(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [UUID(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data








def _parse_object_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = AuditObjectType._value2member_map_.get(data)
    if member is not None:
        return member
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





def _parse_type_(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = AuditQueryType._value2member_map_.get(data)
    if member is not None:
        return member
    return data














_KNOWN_KEYS: frozenset[str] = frozenset(("areaId", "q", "parentId", "states", "templateIds", "minReadiness", "maxReadiness", "needRenew", "objectType", "objectId", "respondantIds", "ownerIds", "ids", "type", "archived", "includeGraphs", "includeTasks", "select", "page", "size", "skip", "sortBy", "asc", "filters", ))

T = TypeVar("T", bound="AuditResponseQuery")



@_attrs_define
class AuditResponseQuery(LazyModel):
    """Attributes:
        area_id (int | None | Unset):
        q (None | str | Unset):
        parent_id (None | Unset | UUID):
        states (list[AuditResponseState | str] | None | Unset):
        template_ids (list[UUID] | None | Unset):
        min_readiness (int | None | Unset):
        max_readiness (int | None | Unset):
        need_renew (bool | None | Unset):
        object_type (AuditObjectType | None | str | Unset):
        object_id (None | str | Unset):
        respondant_ids (list[int] | None | Unset):
        owner_ids (list[int] | None | Unset):
        ids (list[UUID] | None | Unset):
        type_ (AuditQueryType | None | str | Unset):
        archived (bool | None | Unset):
        include_graphs (bool | None | Unset):
        include_tasks (bool | None | Unset):
        select (None | str | Unset):
        page (int | None | Unset):
        size (int | None | Unset):
        skip (int | None | Unset):
        sort_by (None | str | Unset):
        asc (bool | None | Unset):
        filters (None | str | Unset):
"""


    area_id: int | None | Unset = UNSET
    q: None | str | Unset = UNSET
    parent_id: None | Unset | UUID = UNSET
    states: list[AuditResponseState | str] | None | Unset = UNSET
    template_ids: list[UUID] | None | Unset = UNSET
    min_readiness: int | None | Unset = UNSET
    max_readiness: int | None | Unset = UNSET
    need_renew: bool | None | Unset = UNSET
    object_type: AuditObjectType | None | str | Unset = UNSET
    object_id: None | str | Unset = UNSET
    respondant_ids: list[int] | None | Unset = UNSET
    owner_ids: list[int] | None | Unset = UNSET
    ids: list[UUID] | None | Unset = UNSET
    type_: AuditQueryType | None | str | Unset = UNSET
    archived: bool | None | Unset = UNSET
    include_graphs: bool | None | Unset = UNSET
    include_tasks: bool | None | Unset = UNSET
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

        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        q: None | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        else:
            q = self.q

        if q is not UNSET:
            field_dict["q"] = q
        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        states: list[str] | None | Unset
        if isinstance(self.states, Unset):
            states = UNSET
        elif isinstance(self.states, list):
            states = []
            for states_type_0_item_data in self.states:
                states_type_0_item: str
                if isinstance(states_type_0_item_data, AuditResponseState):
                    states_type_0_item = states_type_0_item_data.value
                else:
                    states_type_0_item = states_type_0_item_data
                states.append(states_type_0_item)


        else:
            states = self.states

        if states is not UNSET:
            field_dict["states"] = states
        template_ids: list[str] | None | Unset
        if isinstance(self.template_ids, Unset):
            template_ids = UNSET
        elif isinstance(self.template_ids, list):
            template_ids = []
            for template_ids_type_0_item_data in self.template_ids:
                template_ids_type_0_item = str(template_ids_type_0_item_data)
                template_ids.append(template_ids_type_0_item)


        else:
            template_ids = self.template_ids

        if template_ids is not UNSET:
            field_dict["templateIds"] = template_ids
        min_readiness: int | None | Unset
        if isinstance(self.min_readiness, Unset):
            min_readiness = UNSET
        else:
            min_readiness = self.min_readiness

        if min_readiness is not UNSET:
            field_dict["minReadiness"] = min_readiness
        max_readiness: int | None | Unset
        if isinstance(self.max_readiness, Unset):
            max_readiness = UNSET
        else:
            max_readiness = self.max_readiness

        if max_readiness is not UNSET:
            field_dict["maxReadiness"] = max_readiness
        need_renew: bool | None | Unset
        if isinstance(self.need_renew, Unset):
            need_renew = UNSET
        else:
            need_renew = self.need_renew

        if need_renew is not UNSET:
            field_dict["needRenew"] = need_renew
        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        elif isinstance(self.object_type, AuditObjectType):
            object_type = self.object_type.value
        else:
            object_type = self.object_type

        if object_type is not UNSET:
            field_dict["objectType"] = object_type
        object_id: None | str | Unset
        if isinstance(self.object_id, Unset):
            object_id = UNSET
        else:
            object_id = self.object_id

        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        respondant_ids: list[int] | None | Unset
        if isinstance(self.respondant_ids, Unset):
            respondant_ids = UNSET
        elif isinstance(self.respondant_ids, list):
            respondant_ids = self.respondant_ids


        else:
            respondant_ids = self.respondant_ids

        if respondant_ids is not UNSET:
            field_dict["respondantIds"] = respondant_ids
        owner_ids: list[int] | None | Unset
        if isinstance(self.owner_ids, Unset):
            owner_ids = UNSET
        elif isinstance(self.owner_ids, list):
            owner_ids = self.owner_ids


        else:
            owner_ids = self.owner_ids

        if owner_ids is not UNSET:
            field_dict["ownerIds"] = owner_ids
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
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, AuditQueryType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        if type_ is not UNSET:
            field_dict["type"] = type_
        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        if archived is not UNSET:
            field_dict["archived"] = archived
        include_graphs: bool | None | Unset
        if isinstance(self.include_graphs, Unset):
            include_graphs = UNSET
        else:
            include_graphs = self.include_graphs

        if include_graphs is not UNSET:
            field_dict["includeGraphs"] = include_graphs
        include_tasks: bool | None | Unset
        if isinstance(self.include_tasks, Unset):
            include_tasks = UNSET
        else:
            include_tasks = self.include_tasks

        if include_tasks is not UNSET:
            field_dict["includeTasks"] = include_tasks
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
        parsed.area_id = src_dict.get("areaId", UNSET)
        parsed.q = src_dict.get("q", UNSET)
        parsed.parent_id = _parse_parent_id(src_dict.get("parentId", UNSET))
        parsed.states = _parse_states(src_dict.get("states", UNSET))
        parsed.template_ids = _parse_template_ids(src_dict.get("templateIds", UNSET))
        parsed.min_readiness = src_dict.get("minReadiness", UNSET)
        parsed.max_readiness = src_dict.get("maxReadiness", UNSET)
        parsed.need_renew = src_dict.get("needRenew", UNSET)
        parsed.object_type = _parse_object_type(src_dict.get("objectType", UNSET))
        parsed.object_id = src_dict.get("objectId", UNSET)
        parsed.respondant_ids = src_dict.get("respondantIds", UNSET)
        parsed.owner_ids = src_dict.get("ownerIds", UNSET)
        parsed.ids = _parse_ids(src_dict.get("ids", UNSET))
        parsed.type_ = _parse_type_(src_dict.get("type", UNSET))
        parsed.archived = src_dict.get("archived", UNSET)
        parsed.include_graphs = src_dict.get("includeGraphs", UNSET)
        parsed.include_tasks = src_dict.get("includeTasks", UNSET)
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
