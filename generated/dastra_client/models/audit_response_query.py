from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_object_type import AuditObjectType
from ..models.audit_query_type import AuditQueryType
from ..models.audit_response_state import AuditResponseState
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditResponseQuery")


@_attrs_define
class AuditResponseQuery:
    """
    Attributes:
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
        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        q: None | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        else:
            q = self.q

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

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

        min_readiness: int | None | Unset
        if isinstance(self.min_readiness, Unset):
            min_readiness = UNSET
        else:
            min_readiness = self.min_readiness

        max_readiness: int | None | Unset
        if isinstance(self.max_readiness, Unset):
            max_readiness = UNSET
        else:
            max_readiness = self.max_readiness

        need_renew: bool | None | Unset
        if isinstance(self.need_renew, Unset):
            need_renew = UNSET
        else:
            need_renew = self.need_renew

        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        elif isinstance(self.object_type, AuditObjectType):
            object_type = self.object_type.value
        else:
            object_type = self.object_type

        object_id: None | str | Unset
        if isinstance(self.object_id, Unset):
            object_id = UNSET
        else:
            object_id = self.object_id

        respondant_ids: list[int] | None | Unset
        if isinstance(self.respondant_ids, Unset):
            respondant_ids = UNSET
        elif isinstance(self.respondant_ids, list):
            respondant_ids = self.respondant_ids

        else:
            respondant_ids = self.respondant_ids

        owner_ids: list[int] | None | Unset
        if isinstance(self.owner_ids, Unset):
            owner_ids = UNSET
        elif isinstance(self.owner_ids, list):
            owner_ids = self.owner_ids

        else:
            owner_ids = self.owner_ids

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

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, AuditQueryType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        include_graphs: bool | None | Unset
        if isinstance(self.include_graphs, Unset):
            include_graphs = UNSET
        else:
            include_graphs = self.include_graphs

        include_tasks: bool | None | Unset
        if isinstance(self.include_tasks, Unset):
            include_tasks = UNSET
        else:
            include_tasks = self.include_tasks

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
        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        if q is not UNSET:
            field_dict["q"] = q
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if states is not UNSET:
            field_dict["states"] = states
        if template_ids is not UNSET:
            field_dict["templateIds"] = template_ids
        if min_readiness is not UNSET:
            field_dict["minReadiness"] = min_readiness
        if max_readiness is not UNSET:
            field_dict["maxReadiness"] = max_readiness
        if need_renew is not UNSET:
            field_dict["needRenew"] = need_renew
        if object_type is not UNSET:
            field_dict["objectType"] = object_type
        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        if respondant_ids is not UNSET:
            field_dict["respondantIds"] = respondant_ids
        if owner_ids is not UNSET:
            field_dict["ownerIds"] = owner_ids
        if ids is not UNSET:
            field_dict["ids"] = ids
        if type_ is not UNSET:
            field_dict["type"] = type_
        if archived is not UNSET:
            field_dict["archived"] = archived
        if include_graphs is not UNSET:
            field_dict["includeGraphs"] = include_graphs
        if include_tasks is not UNSET:
            field_dict["includeTasks"] = include_tasks
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

        def _parse_area_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        area_id = _parse_area_id(d.pop("areaId", UNSET))

        def _parse_q(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        q = _parse_q(d.pop("q", UNSET))

        def _parse_parent_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_id_type_0 = UUID(data)

                return parent_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

        def _parse_states(data: object) -> list[AuditResponseState | str] | None | Unset:
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

                    def _parse_states_type_0_item(data: object) -> AuditResponseState | str:
                        try:
                            if not isinstance(data, str):
                                raise TypeError()
                            states_type_0_item_type_0 = AuditResponseState(data)

                            return states_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(AuditResponseState | str, data)

                    states_type_0_item = _parse_states_type_0_item(states_type_0_item_data)

                    states_type_0.append(states_type_0_item)

                return states_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AuditResponseState | str] | None | Unset, data)

        states = _parse_states(d.pop("states", UNSET))

        def _parse_template_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                template_ids_type_0 = []
                _template_ids_type_0 = data
                for template_ids_type_0_item_data in _template_ids_type_0:
                    template_ids_type_0_item = UUID(template_ids_type_0_item_data)

                    template_ids_type_0.append(template_ids_type_0_item)

                return template_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        template_ids = _parse_template_ids(d.pop("templateIds", UNSET))

        def _parse_min_readiness(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_readiness = _parse_min_readiness(d.pop("minReadiness", UNSET))

        def _parse_max_readiness(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_readiness = _parse_max_readiness(d.pop("maxReadiness", UNSET))

        def _parse_need_renew(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        need_renew = _parse_need_renew(d.pop("needRenew", UNSET))

        def _parse_object_type(data: object) -> AuditObjectType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                object_type_type_0 = AuditObjectType(data)

                return object_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditObjectType | None | str | Unset, data)

        object_type = _parse_object_type(d.pop("objectType", UNSET))

        def _parse_object_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_id = _parse_object_id(d.pop("objectId", UNSET))

        def _parse_respondant_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                respondant_ids_type_0 = cast(list[int], data)

                return respondant_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        respondant_ids = _parse_respondant_ids(d.pop("respondantIds", UNSET))

        def _parse_owner_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                owner_ids_type_0 = cast(list[int], data)

                return owner_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        owner_ids = _parse_owner_ids(d.pop("ownerIds", UNSET))

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

        def _parse_type_(data: object) -> AuditQueryType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = AuditQueryType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditQueryType | None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_archived(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        archived = _parse_archived(d.pop("archived", UNSET))

        def _parse_include_graphs(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        include_graphs = _parse_include_graphs(d.pop("includeGraphs", UNSET))

        def _parse_include_tasks(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        include_tasks = _parse_include_tasks(d.pop("includeTasks", UNSET))

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

        audit_response_query = cls(
            area_id=area_id,
            q=q,
            parent_id=parent_id,
            states=states,
            template_ids=template_ids,
            min_readiness=min_readiness,
            max_readiness=max_readiness,
            need_renew=need_renew,
            object_type=object_type,
            object_id=object_id,
            respondant_ids=respondant_ids,
            owner_ids=owner_ids,
            ids=ids,
            type_=type_,
            archived=archived,
            include_graphs=include_graphs,
            include_tasks=include_tasks,
            select=select,
            page=page,
            size=size,
            skip=skip,
            sort_by=sort_by,
            asc=asc,
            filters=filters,
        )

        audit_response_query.additional_properties = d
        return audit_response_query

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
