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
from ..models.audit_object_type import AuditObjectType
from ..models.audit_query_type import AuditQueryType
from ..models.audit_response_state import AuditResponseState
from ..types import UNSET, Unset

_AUDIT_OBJECT_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in AuditObjectType}
_AUDIT_QUERY_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in AuditQueryType}
_AUDIT_RESPONSE_STATE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in AuditResponseState
}


_KEYS: Final[tuple[str, ...]] = (
    "areaId",
    "q",
    "parentId",
    "states",
    "templateIds",
    "minReadiness",
    "maxReadiness",
    "needRenew",
    "objectType",
    "objectId",
    "respondantIds",
    "ownerIds",
    "ids",
    "type",
    "archived",
    "includeGraphs",
    "includeTasks",
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
    "areaId": UNSET,
    "q": UNSET,
    "parentId": UNSET,
    "states": UNSET,
    "templateIds": UNSET,
    "minReadiness": UNSET,
    "maxReadiness": UNSET,
    "needRenew": UNSET,
    "objectType": UNSET,
    "objectId": UNSET,
    "respondantIds": UNSET,
    "ownerIds": UNSET,
    "ids": UNSET,
    "type": UNSET,
    "archived": UNSET,
    "includeGraphs": UNSET,
    "includeTasks": UNSET,
    "select": UNSET,
    "page": UNSET,
    "size": UNSET,
    "skip": UNSET,
    "sortBy": UNSET,
    "asc": UNSET,
    "filters": UNSET,
}

T = TypeVar("T", bound="AuditResponseQuery")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("area_id", "areaId"),
        ("q", "q"),
        ("parent_id", "parentId"),
        ("states", "states"),
        ("template_ids", "templateIds"),
        ("min_readiness", "minReadiness"),
        ("max_readiness", "maxReadiness"),
        ("need_renew", "needRenew"),
        ("object_type", "objectType"),
        ("object_id", "objectId"),
        ("respondant_ids", "respondantIds"),
        ("owner_ids", "ownerIds"),
        ("ids", "ids"),
        ("type_", "type"),
        ("archived", "archived"),
        ("include_graphs", "includeGraphs"),
        ("include_tasks", "includeTasks"),
        ("select", "select"),
        ("page", "page"),
        ("size", "size"),
        ("skip", "skip"),
        ("sort_by", "sortBy"),
        ("asc", "asc"),
        ("filters", "filters"),
    )

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
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "area_id" not in unreadable:
            area_id: int | None | Unset
            if isinstance(self.area_id, Unset):
                area_id = UNSET
            else:
                area_id = self.area_id

            if area_id is not UNSET:
                field_dict["areaId"] = area_id
        if "q" not in unreadable:
            q: None | str | Unset
            if isinstance(self.q, Unset):
                q = UNSET
            else:
                q = self.q

            if q is not UNSET:
                field_dict["q"] = q
        if "parent_id" not in unreadable:
            parent_id: None | str | Unset
            if isinstance(self.parent_id, Unset):
                parent_id = UNSET
            elif isinstance(self.parent_id, UUID):
                parent_id = str(self.parent_id)
            else:
                parent_id = self.parent_id

            if parent_id is not UNSET:
                field_dict["parentId"] = parent_id
        if "states" not in unreadable:
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
        if "template_ids" not in unreadable:
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
        if "min_readiness" not in unreadable:
            min_readiness: int | None | Unset
            if isinstance(self.min_readiness, Unset):
                min_readiness = UNSET
            else:
                min_readiness = self.min_readiness

            if min_readiness is not UNSET:
                field_dict["minReadiness"] = min_readiness
        if "max_readiness" not in unreadable:
            max_readiness: int | None | Unset
            if isinstance(self.max_readiness, Unset):
                max_readiness = UNSET
            else:
                max_readiness = self.max_readiness

            if max_readiness is not UNSET:
                field_dict["maxReadiness"] = max_readiness
        if "need_renew" not in unreadable:
            need_renew: bool | None | Unset
            if isinstance(self.need_renew, Unset):
                need_renew = UNSET
            else:
                need_renew = self.need_renew

            if need_renew is not UNSET:
                field_dict["needRenew"] = need_renew
        if "object_type" not in unreadable:
            object_type: None | str | Unset
            if isinstance(self.object_type, Unset):
                object_type = UNSET
            elif isinstance(self.object_type, AuditObjectType):
                object_type = self.object_type.value
            else:
                object_type = self.object_type

            if object_type is not UNSET:
                field_dict["objectType"] = object_type
        if "object_id" not in unreadable:
            object_id: None | str | Unset
            if isinstance(self.object_id, Unset):
                object_id = UNSET
            else:
                object_id = self.object_id

            if object_id is not UNSET:
                field_dict["objectId"] = object_id
        if "respondant_ids" not in unreadable:
            respondant_ids: list[int] | None | Unset
            if isinstance(self.respondant_ids, Unset):
                respondant_ids = UNSET
            elif isinstance(self.respondant_ids, list):
                respondant_ids = self.respondant_ids

            else:
                respondant_ids = self.respondant_ids

            if respondant_ids is not UNSET:
                field_dict["respondantIds"] = respondant_ids
        if "owner_ids" not in unreadable:
            owner_ids: list[int] | None | Unset
            if isinstance(self.owner_ids, Unset):
                owner_ids = UNSET
            elif isinstance(self.owner_ids, list):
                owner_ids = self.owner_ids

            else:
                owner_ids = self.owner_ids

            if owner_ids is not UNSET:
                field_dict["ownerIds"] = owner_ids
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
        if "type_" not in unreadable:
            type_: None | str | Unset
            if isinstance(self.type_, Unset):
                type_ = UNSET
            elif isinstance(self.type_, AuditQueryType):
                type_ = self.type_.value
            else:
                type_ = self.type_

            if type_ is not UNSET:
                field_dict["type"] = type_
        if "archived" not in unreadable:
            archived: bool | None | Unset
            if isinstance(self.archived, Unset):
                archived = UNSET
            else:
                archived = self.archived

            if archived is not UNSET:
                field_dict["archived"] = archived
        if "include_graphs" not in unreadable:
            include_graphs: bool | None | Unset
            if isinstance(self.include_graphs, Unset):
                include_graphs = UNSET
            else:
                include_graphs = self.include_graphs

            if include_graphs is not UNSET:
                field_dict["includeGraphs"] = include_graphs
        if "include_tasks" not in unreadable:
            include_tasks: bool | None | Unset
            if isinstance(self.include_tasks, Unset):
                include_tasks = UNSET
            else:
                include_tasks = self.include_tasks

            if include_tasks is not UNSET:
                field_dict["includeTasks"] = include_tasks
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
            if len(src_dict) >= 24:
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
        if type(value) is int or value is None:
            parsed.area_id = value
        elif value is UNSET:
            parsed.area_id = UNSET
            absent += 1
        else:
            invalid(parsed, "area_id", "areaId", "int | None", value)

        value = values[1]
        if isinstance(value, str) or value is None:
            parsed.q = value
        elif value is UNSET:
            parsed.q = UNSET
            absent += 1
        else:
            invalid(parsed, "q", "q", "str | None", value)

        value = values[2]
        if value is None:
            parsed.parent_id = None
        elif value is UNSET:
            parsed.parent_id = UNSET
            absent += 1
        else:
            try:
                parsed.parent_id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "parent_id", "parentId", "UUID | None", value)

        value = values[3]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "states",
                        "states",
                        "list[AuditResponseState | str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.states = [_AUDIT_RESPONSE_STATE_BY_VALUE.get(item, item) for item in value]
        elif value is None:
            parsed.states = None
        elif value is UNSET:
            parsed.states = UNSET
            absent += 1
        else:
            invalid(parsed, "states", "states", "list[AuditResponseState | str] | None", value)

        value = values[4]
        if isinstance(value, list):
            try:
                parsed.template_ids = [parse_uuid(item) for item in value]
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "template_ids", "templateIds", "list[UUID] | None", value, items=parse_uuid)
        elif value is None:
            parsed.template_ids = None
        elif value is UNSET:
            parsed.template_ids = UNSET
            absent += 1
        else:
            invalid(parsed, "template_ids", "templateIds", "list[UUID] | None", value)

        value = values[5]
        if type(value) is int or value is None:
            parsed.min_readiness = value
        elif value is UNSET:
            parsed.min_readiness = UNSET
            absent += 1
        else:
            invalid(parsed, "min_readiness", "minReadiness", "int | None", value)

        value = values[6]
        if type(value) is int or value is None:
            parsed.max_readiness = value
        elif value is UNSET:
            parsed.max_readiness = UNSET
            absent += 1
        else:
            invalid(parsed, "max_readiness", "maxReadiness", "int | None", value)

        value = values[7]
        if type(value) is bool or value is None:
            parsed.need_renew = value
        elif value is UNSET:
            parsed.need_renew = UNSET
            absent += 1
        else:
            invalid(parsed, "need_renew", "needRenew", "bool | None", value)

        value = values[8]
        if isinstance(value, str):
            parsed.object_type = _AUDIT_OBJECT_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.object_type = None
        elif value is UNSET:
            parsed.object_type = UNSET
            absent += 1
        else:
            invalid(parsed, "object_type", "objectType", "AuditObjectType | str | None", value)

        value = values[9]
        if isinstance(value, str) or value is None:
            parsed.object_id = value
        elif value is UNSET:
            parsed.object_id = UNSET
            absent += 1
        else:
            invalid(parsed, "object_id", "objectId", "str | None", value)

        value = values[10]
        if isinstance(value, list):
            for item in value:
                if type(item) is not int:
                    invalid(
                        parsed,
                        "respondant_ids",
                        "respondantIds",
                        "list[int] | None",
                        value,
                        items=lambda item: type(item) is int,
                    )
                    break
            else:
                parsed.respondant_ids = value
        elif value is None:
            parsed.respondant_ids = None
        elif value is UNSET:
            parsed.respondant_ids = UNSET
            absent += 1
        else:
            invalid(parsed, "respondant_ids", "respondantIds", "list[int] | None", value)

        value = values[11]
        if isinstance(value, list):
            for item in value:
                if type(item) is not int:
                    invalid(
                        parsed,
                        "owner_ids",
                        "ownerIds",
                        "list[int] | None",
                        value,
                        items=lambda item: type(item) is int,
                    )
                    break
            else:
                parsed.owner_ids = value
        elif value is None:
            parsed.owner_ids = None
        elif value is UNSET:
            parsed.owner_ids = UNSET
            absent += 1
        else:
            invalid(parsed, "owner_ids", "ownerIds", "list[int] | None", value)

        value = values[12]
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

        value = values[13]
        if isinstance(value, str):
            parsed.type_ = _AUDIT_QUERY_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.type_ = None
        elif value is UNSET:
            parsed.type_ = UNSET
            absent += 1
        else:
            invalid(parsed, "type_", "type", "AuditQueryType | str | None", value)

        value = values[14]
        if type(value) is bool or value is None:
            parsed.archived = value
        elif value is UNSET:
            parsed.archived = UNSET
            absent += 1
        else:
            invalid(parsed, "archived", "archived", "bool | None", value)

        value = values[15]
        if type(value) is bool or value is None:
            parsed.include_graphs = value
        elif value is UNSET:
            parsed.include_graphs = UNSET
            absent += 1
        else:
            invalid(parsed, "include_graphs", "includeGraphs", "bool | None", value)

        value = values[16]
        if type(value) is bool or value is None:
            parsed.include_tasks = value
        elif value is UNSET:
            parsed.include_tasks = UNSET
            absent += 1
        else:
            invalid(parsed, "include_tasks", "includeTasks", "bool | None", value)

        value = values[17]
        if isinstance(value, str) or value is None:
            parsed.select = value
        elif value is UNSET:
            parsed.select = UNSET
            absent += 1
        else:
            invalid(parsed, "select", "select", "str | None", value)

        value = values[18]
        if type(value) is int or value is None:
            parsed.page = value
        elif value is UNSET:
            parsed.page = UNSET
            absent += 1
        else:
            invalid(parsed, "page", "page", "int | None", value)

        value = values[19]
        if type(value) is int or value is None:
            parsed.size = value
        elif value is UNSET:
            parsed.size = UNSET
            absent += 1
        else:
            invalid(parsed, "size", "size", "int | None", value)

        value = values[20]
        if type(value) is int or value is None:
            parsed.skip = value
        elif value is UNSET:
            parsed.skip = UNSET
            absent += 1
        else:
            invalid(parsed, "skip", "skip", "int | None", value)

        value = values[21]
        if isinstance(value, str) or value is None:
            parsed.sort_by = value
        elif value is UNSET:
            parsed.sort_by = UNSET
            absent += 1
        else:
            invalid(parsed, "sort_by", "sortBy", "str | None", value)

        value = values[22]
        if type(value) is bool or value is None:
            parsed.asc = value
        elif value is UNSET:
            parsed.asc = UNSET
            absent += 1
        else:
            invalid(parsed, "asc", "asc", "bool | None", value)

        value = values[23]
        if isinstance(value, str) or value is None:
            parsed.filters = value
        elif value is UNSET:
            parsed.filters = UNSET
            absent += 1
        else:
            invalid(parsed, "filters", "filters", "str | None", value)

        if len(src_dict) + absent == 24:  # every key is a known one
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
