from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import (
    LazyModel,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.data_processing_state import DataProcessingState
from ..models.processing_type import ProcessingType
from ..types import UNSET, Unset

_DATA_PROCESSING_STATE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in DataProcessingState
}
_PROCESSING_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in ProcessingType}


_KEYS: Final[tuple[str, ...]] = (
    "dataSetId",
    "actorId",
    "stakeholderId",
    "recipientId",
    "customerId",
    "securityMeasureId",
    "areaId",
    "archived",
    "tags",
    "workflows",
    "countries",
    "states",
    "type",
    "q",
    "ids",
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
    "dataSetId": UNSET,
    "actorId": UNSET,
    "stakeholderId": UNSET,
    "recipientId": UNSET,
    "customerId": UNSET,
    "securityMeasureId": UNSET,
    "areaId": UNSET,
    "archived": UNSET,
    "tags": UNSET,
    "workflows": UNSET,
    "countries": UNSET,
    "states": UNSET,
    "type": UNSET,
    "q": UNSET,
    "ids": UNSET,
    "select": UNSET,
    "page": UNSET,
    "size": UNSET,
    "skip": UNSET,
    "sortBy": UNSET,
    "asc": UNSET,
    "filters": UNSET,
}

T = TypeVar("T", bound="DataProcessingQuery")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data_set_id", "dataSetId"),
        ("actor_id", "actorId"),
        ("stakeholder_id", "stakeholderId"),
        ("recipient_id", "recipientId"),
        ("customer_id", "customerId"),
        ("security_measure_id", "securityMeasureId"),
        ("area_id", "areaId"),
        ("archived", "archived"),
        ("tags", "tags"),
        ("workflows", "workflows"),
        ("countries", "countries"),
        ("states", "states"),
        ("type_", "type"),
        ("q", "q"),
        ("ids", "ids"),
        ("select", "select"),
        ("page", "page"),
        ("size", "size"),
        ("skip", "skip"),
        ("sort_by", "sortBy"),
        ("asc", "asc"),
        ("filters", "filters"),
    )

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
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "data_set_id" not in unreadable:
            data_set_id: None | str | Unset
            if isinstance(self.data_set_id, Unset):
                data_set_id = UNSET
            elif isinstance(self.data_set_id, UUID):
                data_set_id = str(self.data_set_id)
            else:
                data_set_id = self.data_set_id

            if data_set_id is not UNSET:
                field_dict["dataSetId"] = data_set_id
        if "actor_id" not in unreadable:
            actor_id: int | None | Unset
            if isinstance(self.actor_id, Unset):
                actor_id = UNSET
            else:
                actor_id = self.actor_id

            if actor_id is not UNSET:
                field_dict["actorId"] = actor_id
        if "stakeholder_id" not in unreadable:
            stakeholder_id: int | None | Unset
            if isinstance(self.stakeholder_id, Unset):
                stakeholder_id = UNSET
            else:
                stakeholder_id = self.stakeholder_id

            if stakeholder_id is not UNSET:
                field_dict["stakeholderId"] = stakeholder_id
        if "recipient_id" not in unreadable:
            recipient_id: int | None | Unset
            if isinstance(self.recipient_id, Unset):
                recipient_id = UNSET
            else:
                recipient_id = self.recipient_id

            if recipient_id is not UNSET:
                field_dict["recipientId"] = recipient_id
        if "customer_id" not in unreadable:
            customer_id: int | None | Unset
            if isinstance(self.customer_id, Unset):
                customer_id = UNSET
            else:
                customer_id = self.customer_id

            if customer_id is not UNSET:
                field_dict["customerId"] = customer_id
        if "security_measure_id" not in unreadable:
            security_measure_id: int | None | Unset
            if isinstance(self.security_measure_id, Unset):
                security_measure_id = UNSET
            else:
                security_measure_id = self.security_measure_id

            if security_measure_id is not UNSET:
                field_dict["securityMeasureId"] = security_measure_id
        if "area_id" not in unreadable:
            area_id: int | None | Unset
            if isinstance(self.area_id, Unset):
                area_id = UNSET
            else:
                area_id = self.area_id

            if area_id is not UNSET:
                field_dict["areaId"] = area_id
        if "archived" not in unreadable:
            archived: bool | None | Unset
            if isinstance(self.archived, Unset):
                archived = UNSET
            else:
                archived = self.archived

            if archived is not UNSET:
                field_dict["archived"] = archived
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
        if "workflows" not in unreadable:
            workflows: list[int] | None | Unset
            if isinstance(self.workflows, Unset):
                workflows = UNSET
            elif isinstance(self.workflows, list):
                workflows = self.workflows

            else:
                workflows = self.workflows

            if workflows is not UNSET:
                field_dict["workflows"] = workflows
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
        if "states" not in unreadable:
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
        if "type_" not in unreadable:
            type_: None | str | Unset
            if isinstance(self.type_, Unset):
                type_ = UNSET
            elif isinstance(self.type_, ProcessingType):
                type_ = self.type_.value
            else:
                type_ = self.type_

            if type_ is not UNSET:
                field_dict["type"] = type_
        if "q" not in unreadable:
            q: None | str | Unset
            if isinstance(self.q, Unset):
                q = UNSET
            else:
                q = self.q

            if q is not UNSET:
                field_dict["q"] = q
        if "ids" not in unreadable:
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
            if len(src_dict) >= 22:
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
        if value is None:
            parsed.data_set_id = None
        elif value is UNSET:
            parsed.data_set_id = UNSET
            absent += 1
        else:
            try:
                parsed.data_set_id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "data_set_id", "dataSetId", "UUID | None", value)

        value = values[1]
        if type(value) is int or value is None:
            parsed.actor_id = value
        elif value is UNSET:
            parsed.actor_id = UNSET
            absent += 1
        else:
            invalid(parsed, "actor_id", "actorId", "int | None", value)

        value = values[2]
        if type(value) is int or value is None:
            parsed.stakeholder_id = value
        elif value is UNSET:
            parsed.stakeholder_id = UNSET
            absent += 1
        else:
            invalid(parsed, "stakeholder_id", "stakeholderId", "int | None", value)

        value = values[3]
        if type(value) is int or value is None:
            parsed.recipient_id = value
        elif value is UNSET:
            parsed.recipient_id = UNSET
            absent += 1
        else:
            invalid(parsed, "recipient_id", "recipientId", "int | None", value)

        value = values[4]
        if type(value) is int or value is None:
            parsed.customer_id = value
        elif value is UNSET:
            parsed.customer_id = UNSET
            absent += 1
        else:
            invalid(parsed, "customer_id", "customerId", "int | None", value)

        value = values[5]
        if type(value) is int or value is None:
            parsed.security_measure_id = value
        elif value is UNSET:
            parsed.security_measure_id = UNSET
            absent += 1
        else:
            invalid(parsed, "security_measure_id", "securityMeasureId", "int | None", value)

        value = values[6]
        if type(value) is int or value is None:
            parsed.area_id = value
        elif value is UNSET:
            parsed.area_id = UNSET
            absent += 1
        else:
            invalid(parsed, "area_id", "areaId", "int | None", value)

        value = values[7]
        if type(value) is bool or value is None:
            parsed.archived = value
        elif value is UNSET:
            parsed.archived = UNSET
            absent += 1
        else:
            invalid(parsed, "archived", "archived", "bool | None", value)

        value = values[8]
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

        value = values[9]
        if isinstance(value, list):
            for item in value:
                if type(item) is not int:
                    invalid(
                        parsed,
                        "workflows",
                        "workflows",
                        "list[int] | None",
                        value,
                        items=lambda item: type(item) is int,
                    )
                    break
            else:
                parsed.workflows = value
        elif value is None:
            parsed.workflows = None
        elif value is UNSET:
            parsed.workflows = UNSET
            absent += 1
        else:
            invalid(parsed, "workflows", "workflows", "list[int] | None", value)

        value = values[10]
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

        value = values[11]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "states",
                        "states",
                        "list[DataProcessingState | str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.states = [_DATA_PROCESSING_STATE_BY_VALUE.get(item, item) for item in value]
        elif value is None:
            parsed.states = None
        elif value is UNSET:
            parsed.states = UNSET
            absent += 1
        else:
            invalid(parsed, "states", "states", "list[DataProcessingState | str] | None", value)

        value = values[12]
        if isinstance(value, str):
            parsed.type_ = _PROCESSING_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.type_ = None
        elif value is UNSET:
            parsed.type_ = UNSET
            absent += 1
        else:
            invalid(parsed, "type_", "type", "ProcessingType | str | None", value)

        value = values[13]
        if isinstance(value, str) or value is None:
            parsed.q = value
        elif value is UNSET:
            parsed.q = UNSET
            absent += 1
        else:
            invalid(parsed, "q", "q", "str | None", value)

        value = values[14]
        if isinstance(value, list):
            try:
                parsed.ids = [parse_uuid(item) for item in value]
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "ids", "ids", "list[UUID] | None", value, items=parse_uuid)
        elif value is None:
            parsed.ids = None
        elif value is UNSET:
            parsed.ids = UNSET
            absent += 1
        else:
            invalid(parsed, "ids", "ids", "list[UUID] | None", value)

        value = values[15]
        if isinstance(value, str) or value is None:
            parsed.select = value
        elif value is UNSET:
            parsed.select = UNSET
            absent += 1
        else:
            invalid(parsed, "select", "select", "str | None", value)

        value = values[16]
        if type(value) is int or value is None:
            parsed.page = value
        elif value is UNSET:
            parsed.page = UNSET
            absent += 1
        else:
            invalid(parsed, "page", "page", "int | None", value)

        value = values[17]
        if type(value) is int or value is None:
            parsed.size = value
        elif value is UNSET:
            parsed.size = UNSET
            absent += 1
        else:
            invalid(parsed, "size", "size", "int | None", value)

        value = values[18]
        if type(value) is int or value is None:
            parsed.skip = value
        elif value is UNSET:
            parsed.skip = UNSET
            absent += 1
        else:
            invalid(parsed, "skip", "skip", "int | None", value)

        value = values[19]
        if isinstance(value, str) or value is None:
            parsed.sort_by = value
        elif value is UNSET:
            parsed.sort_by = UNSET
            absent += 1
        else:
            invalid(parsed, "sort_by", "sortBy", "str | None", value)

        value = values[20]
        if type(value) is bool or value is None:
            parsed.asc = value
        elif value is UNSET:
            parsed.asc = UNSET
            absent += 1
        else:
            invalid(parsed, "asc", "asc", "bool | None", value)

        value = values[21]
        if isinstance(value, str) or value is None:
            parsed.filters = value
        elif value is UNSET:
            parsed.filters = UNSET
            absent += 1
        else:
            invalid(parsed, "filters", "filters", "str | None", value)

        if len(src_dict) + absent == 22:  # every key is a known one
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
