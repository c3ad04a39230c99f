from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_processing_state import DataProcessingState
from ..models.processing_type import ProcessingType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataProcessingQuery")


@_attrs_define
class DataProcessingQuery:
    """
    Attributes:
        data_set_id (None | Unset | UUID):
        actor_id (int | None | Unset):
        stakeholder_id (int | None | Unset):
        recipient_id (int | None | Unset):
        customer_id (int | None | Unset):
        security_measure_id (int | None | Unset):
        area_id (int | None | Unset):
        archived (bool | None | Unset):
        tags (list[int] | None | Unset):
        workflows (list[int] | None | Unset):
        countries (list[str] | None | Unset):
        states (list[DataProcessingState | str] | None | Unset):
        type_ (None | ProcessingType | str | Unset):
        q (None | str | Unset):
        ids (list[UUID] | None | Unset):
        select (None | str | Unset):
        page (int | None | Unset):
        size (int | None | Unset):
        skip (int | None | Unset):
        sort_by (None | str | Unset):
        asc (bool | None | Unset):
        filters (None | str | Unset):
    """

    data_set_id: None | Unset | UUID = UNSET
    actor_id: int | None | Unset = UNSET
    stakeholder_id: int | None | Unset = UNSET
    recipient_id: int | None | Unset = UNSET
    customer_id: int | None | Unset = UNSET
    security_measure_id: int | None | Unset = UNSET
    area_id: int | None | Unset = UNSET
    archived: bool | None | Unset = UNSET
    tags: list[int] | None | Unset = UNSET
    workflows: list[int] | None | Unset = UNSET
    countries: list[str] | None | Unset = UNSET
    states: list[DataProcessingState | str] | None | Unset = UNSET
    type_: None | ProcessingType | str | Unset = UNSET
    q: None | str | Unset = UNSET
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
        data_set_id: None | str | Unset
        if isinstance(self.data_set_id, Unset):
            data_set_id = UNSET
        elif isinstance(self.data_set_id, UUID):
            data_set_id = str(self.data_set_id)
        else:
            data_set_id = self.data_set_id

        actor_id: int | None | Unset
        if isinstance(self.actor_id, Unset):
            actor_id = UNSET
        else:
            actor_id = self.actor_id

        stakeholder_id: int | None | Unset
        if isinstance(self.stakeholder_id, Unset):
            stakeholder_id = UNSET
        else:
            stakeholder_id = self.stakeholder_id

        recipient_id: int | None | Unset
        if isinstance(self.recipient_id, Unset):
            recipient_id = UNSET
        else:
            recipient_id = self.recipient_id

        customer_id: int | None | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        security_measure_id: int | None | Unset
        if isinstance(self.security_measure_id, Unset):
            security_measure_id = UNSET
        else:
            security_measure_id = self.security_measure_id

        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        tags: list[int] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        workflows: list[int] | None | Unset
        if isinstance(self.workflows, Unset):
            workflows = UNSET
        elif isinstance(self.workflows, list):
            workflows = self.workflows

        else:
            workflows = self.workflows

        countries: list[str] | None | Unset
        if isinstance(self.countries, Unset):
            countries = UNSET
        elif isinstance(self.countries, list):
            countries = self.countries

        else:
            countries = self.countries

        states: list[str] | None | Unset
        if isinstance(self.states, Unset):
            states = UNSET
        elif isinstance(self.states, list):
            states = []
            for states_type_0_item_data in self.states:
                states_type_0_item: str
                if isinstance(states_type_0_item_data, DataProcessingState):
                    states_type_0_item = states_type_0_item_data.value
                else:
                    states_type_0_item = states_type_0_item_data
                states.append(states_type_0_item)

        else:
            states = self.states

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ProcessingType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        q: None | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        else:
            q = self.q

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
        if data_set_id is not UNSET:
            field_dict["dataSetId"] = data_set_id
        if actor_id is not UNSET:
            field_dict["actorId"] = actor_id
        if stakeholder_id is not UNSET:
            field_dict["stakeholderId"] = stakeholder_id
        if recipient_id is not UNSET:
            field_dict["recipientId"] = recipient_id
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if security_measure_id is not UNSET:
            field_dict["securityMeasureId"] = security_measure_id
        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        if archived is not UNSET:
            field_dict["archived"] = archived
        if tags is not UNSET:
            field_dict["tags"] = tags
        if workflows is not UNSET:
            field_dict["workflows"] = workflows
        if countries is not UNSET:
            field_dict["countries"] = countries
        if states is not UNSET:
            field_dict["states"] = states
        if type_ is not UNSET:
            field_dict["type"] = type_
        if q is not UNSET:
            field_dict["q"] = q
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

        def _parse_data_set_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                data_set_id_type_0 = UUID(data)

                return data_set_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        data_set_id = _parse_data_set_id(d.pop("dataSetId", UNSET))

        def _parse_actor_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        actor_id = _parse_actor_id(d.pop("actorId", UNSET))

        def _parse_stakeholder_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        stakeholder_id = _parse_stakeholder_id(d.pop("stakeholderId", UNSET))

        def _parse_recipient_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        recipient_id = _parse_recipient_id(d.pop("recipientId", UNSET))

        def _parse_customer_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        customer_id = _parse_customer_id(d.pop("customerId", UNSET))

        def _parse_security_measure_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        security_measure_id = _parse_security_measure_id(d.pop("securityMeasureId", UNSET))

        def _parse_area_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        area_id = _parse_area_id(d.pop("areaId", UNSET))

        def _parse_archived(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        archived = _parse_archived(d.pop("archived", UNSET))

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

        def _parse_countries(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                countries_type_0 = cast(list[str], data)

                return countries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        countries = _parse_countries(d.pop("countries", UNSET))

        def _parse_states(data: object) -> list[DataProcessingState | str] | None | Unset:
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

                    def _parse_states_type_0_item(data: object) -> DataProcessingState | str:
                        try:
                            if not isinstance(data, str):
                                raise TypeError()
                            states_type_0_item_type_0 = DataProcessingState(data)

                            return states_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(DataProcessingState | str, data)

                    states_type_0_item = _parse_states_type_0_item(states_type_0_item_data)

                    states_type_0.append(states_type_0_item)

                return states_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DataProcessingState | str] | None | Unset, data)

        states = _parse_states(d.pop("states", UNSET))

        def _parse_type_(data: object) -> None | ProcessingType | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = ProcessingType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProcessingType | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_q(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        q = _parse_q(d.pop("q", UNSET))

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

        data_processing_query = cls(
            data_set_id=data_set_id,
            actor_id=actor_id,
            stakeholder_id=stakeholder_id,
            recipient_id=recipient_id,
            customer_id=customer_id,
            security_measure_id=security_measure_id,
            area_id=area_id,
            archived=archived,
            tags=tags,
            workflows=workflows,
            countries=countries,
            states=states,
            type_=type_,
            q=q,
            ids=ids,
            select=select,
            page=page,
            size=size,
            skip=skip,
            sort_by=sort_by,
            asc=asc,
            filters=filters,
        )

        data_processing_query.additional_properties = d
        return data_processing_query

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
