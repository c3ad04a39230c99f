from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.risk_evaluation_state import RiskEvaluationState
from ..models.risk_object_type import RiskObjectType
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID







def _parse_states_type_0_item(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = RiskEvaluationState._value2member_map_.get(data)
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





def _parse_object_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = RiskObjectType._value2member_map_.get(data)
    if member is not None:
        return member
    return data




def _parse_control_point_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data








def _parse_risk_ids(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [UUID(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_cat_ids(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [UUID(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data











_KNOWN_KEYS: frozenset[str] = frozenset(("states", "objectType", "controlPointId", "objectId", "q", "areaId", "riskIds", "catIds", "select", "page", "size", "skip", "sortBy", "asc", "filters", ))

T = TypeVar("T", bound="RiskEvaluationQuery")



@_attrs_define
class RiskEvaluationQuery(LazyModel):
    """Attributes:
        states (list[RiskEvaluationState | str] | None | Unset):
        object_type (None | RiskObjectType | str | Unset):
        control_point_id (None | Unset | UUID):
        object_id (None | str | Unset):
        q (None | str | Unset):
        area_id (int | None | Unset):
        risk_ids (list[UUID] | None | Unset):
        cat_ids (list[UUID] | None | Unset):
        select (None | str | Unset):
        page (int | None | Unset):
        size (int | None | Unset):
        skip (int | None | Unset):
        sort_by (None | str | Unset):
        asc (bool | None | Unset):
        filters (None | str | Unset):
"""


    states: list[RiskEvaluationState | str] | None | Unset = UNSET
    object_type: None | RiskObjectType | str | Unset = UNSET
    control_point_id: None | Unset | UUID = UNSET
    object_id: None | str | Unset = UNSET
    q: None | str | Unset = UNSET
    area_id: int | None | Unset = UNSET
    risk_ids: list[UUID] | None | Unset = UNSET
    cat_ids: list[UUID] | None | Unset = UNSET
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

        states: list[str] | None | Unset
        if isinstance(self.states, Unset):
            states = UNSET
        elif isinstance(self.states, list):
            states = []
            for states_type_0_item_data in self.states:
                states_type_0_item: str
                if isinstance(states_type_0_item_data, RiskEvaluationState):
                    states_type_0_item = states_type_0_item_data.value
                else:
                    states_type_0_item = states_type_0_item_data
                states.append(states_type_0_item)


        else:
            states = self.states

        if states is not UNSET:
            field_dict["states"] = states
        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        elif isinstance(self.object_type, RiskObjectType):
            object_type = self.object_type.value
        else:
            object_type = self.object_type

        if object_type is not UNSET:
            field_dict["objectType"] = object_type
        control_point_id: None | str | Unset
        if isinstance(self.control_point_id, Unset):
            control_point_id = UNSET
        elif isinstance(self.control_point_id, UUID):
            control_point_id = str(self.control_point_id)
        else:
            control_point_id = self.control_point_id

        if control_point_id is not UNSET:
            field_dict["controlPointId"] = control_point_id
        object_id: None | str | Unset
        if isinstance(self.object_id, Unset):
            object_id = UNSET
        else:
            object_id = self.object_id

        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        q: None | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        else:
            q = self.q

        if q is not UNSET:
            field_dict["q"] = q
        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        risk_ids: list[str] | None | Unset
        if isinstance(self.risk_ids, Unset):
            risk_ids = UNSET
        elif isinstance(self.risk_ids, list):
            risk_ids = []
            for risk_ids_type_0_item_data in self.risk_ids:
                risk_ids_type_0_item = str(risk_ids_type_0_item_data)
                risk_ids.append(risk_ids_type_0_item)


        else:
            risk_ids = self.risk_ids

        if risk_ids is not UNSET:
            field_dict["riskIds"] = risk_ids
        cat_ids: list[str] | None | Unset
        if isinstance(self.cat_ids, Unset):
            cat_ids = UNSET
        elif isinstance(self.cat_ids, list):
            cat_ids = []
            for cat_ids_type_0_item_data in self.cat_ids:
                cat_ids_type_0_item = str(cat_ids_type_0_item_data)
                cat_ids.append(cat_ids_type_0_item)


        else:
            cat_ids = self.cat_ids

        if cat_ids is not UNSET:
            field_dict["catIds"] = cat_ids
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
        parsed.states = _parse_states(src_dict.get("states", UNSET))
        parsed.object_type = _parse_object_type(src_dict.get("objectType", UNSET))
        parsed.control_point_id = _parse_control_point_id(src_dict.get("controlPointId", UNSET))
        parsed.object_id = src_dict.get("objectId", UNSET)
        parsed.q = src_dict.get("q", UNSET)
        parsed.area_id = src_dict.get("areaId", UNSET)
        parsed.risk_ids = _parse_risk_ids(src_dict.get("riskIds", UNSET))
        parsed.cat_ids = _parse_cat_ids(src_dict.get("catIds", UNSET))
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
