from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.data_processing_state import DataProcessingState
from ..models.processing_type import ProcessingType
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID







def _parse_data_set_id(data: Any) -> Any:
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
    member = DataProcessingState._value2member_map_.get(data)
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





def _parse_type_(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = ProcessingType._value2member_map_.get(data)
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











_KNOWN_KEYS: frozenset[str] = frozenset(("dataSetId", "actorId", "stakeholderId", "recipientId", "customerId", "securityMeasureId", "areaId", "archived", "tags", "workflows", "countries", "states", "type", "q", "ids", "select", "page", "size", "skip", "sortBy", "asc", "filters", ))

T = TypeVar("T", bound="DataProcessingQuery")



@_attrs_define
class DataProcessingQuery(LazyModel):
    """Attributes:
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
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        data_set_id: None | str | Unset
        if isinstance(self.data_set_id, Unset):
            data_set_id = UNSET
        elif isinstance(self.data_set_id, UUID):
            data_set_id = str(self.data_set_id)
        else:
            data_set_id = self.data_set_id

        if data_set_id is not UNSET:
            field_dict["dataSetId"] = data_set_id
        actor_id: int | None | Unset
        if isinstance(self.actor_id, Unset):
            actor_id = UNSET
        else:
            actor_id = self.actor_id

        if actor_id is not UNSET:
            field_dict["actorId"] = actor_id
        stakeholder_id: int | None | Unset
        if isinstance(self.stakeholder_id, Unset):
            stakeholder_id = UNSET
        else:
            stakeholder_id = self.stakeholder_id

        if stakeholder_id is not UNSET:
            field_dict["stakeholderId"] = stakeholder_id
        recipient_id: int | None | Unset
        if isinstance(self.recipient_id, Unset):
            recipient_id = UNSET
        else:
            recipient_id = self.recipient_id

        if recipient_id is not UNSET:
            field_dict["recipientId"] = recipient_id
        customer_id: int | None | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        security_measure_id: int | None | Unset
        if isinstance(self.security_measure_id, Unset):
            security_measure_id = UNSET
        else:
            security_measure_id = self.security_measure_id

        if security_measure_id is not UNSET:
            field_dict["securityMeasureId"] = security_measure_id
        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        if archived is not UNSET:
            field_dict["archived"] = archived
        tags: list[int] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags


        else:
            tags = self.tags

        if tags is not UNSET:
            field_dict["tags"] = tags
        workflows: list[int] | None | Unset
        if isinstance(self.workflows, Unset):
            workflows = UNSET
        elif isinstance(self.workflows, list):
            workflows = self.workflows


        else:
            workflows = self.workflows

        if workflows is not UNSET:
            field_dict["workflows"] = workflows
        countries: list[str] | None | Unset
        if isinstance(self.countries, Unset):
            countries = UNSET
        elif isinstance(self.countries, list):
            countries = self.countries


        else:
            countries = self.countries

        if countries is not UNSET:
            field_dict["countries"] = countries
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

        if states is not UNSET:
            field_dict["states"] = states
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ProcessingType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        if type_ is not UNSET:
            field_dict["type"] = type_
        q: None | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        else:
            q = self.q

        if q is not UNSET:
            field_dict["q"] = q
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
        parsed.data_set_id = _parse_data_set_id(src_dict.get("dataSetId", UNSET))
        parsed.actor_id = src_dict.get("actorId", UNSET)
        parsed.stakeholder_id = src_dict.get("stakeholderId", UNSET)
        parsed.recipient_id = src_dict.get("recipientId", UNSET)
        parsed.customer_id = src_dict.get("customerId", UNSET)
        parsed.security_measure_id = src_dict.get("securityMeasureId", UNSET)
        parsed.area_id = src_dict.get("areaId", UNSET)
        parsed.archived = src_dict.get("archived", UNSET)
        parsed.tags = src_dict.get("tags", UNSET)
        parsed.workflows = src_dict.get("workflows", UNSET)
        parsed.countries = src_dict.get("countries", UNSET)
        parsed.states = _parse_states(src_dict.get("states", UNSET))
        parsed.type_ = _parse_type_(src_dict.get("type", UNSET))
        parsed.q = src_dict.get("q", UNSET)
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
