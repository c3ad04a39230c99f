from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_evaluation_state import RiskEvaluationState
from ..models.risk_object_type import RiskObjectType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskEvaluationQuery")


@_attrs_define
class RiskEvaluationQuery:
    """
    Attributes:
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

        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        elif isinstance(self.object_type, RiskObjectType):
            object_type = self.object_type.value
        else:
            object_type = self.object_type

        control_point_id: None | str | Unset
        if isinstance(self.control_point_id, Unset):
            control_point_id = UNSET
        elif isinstance(self.control_point_id, UUID):
            control_point_id = str(self.control_point_id)
        else:
            control_point_id = self.control_point_id

        object_id: None | str | Unset
        if isinstance(self.object_id, Unset):
            object_id = UNSET
        else:
            object_id = self.object_id

        q: None | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        else:
            q = self.q

        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

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
        if states is not UNSET:
            field_dict["states"] = states
        if object_type is not UNSET:
            field_dict["objectType"] = object_type
        if control_point_id is not UNSET:
            field_dict["controlPointId"] = control_point_id
        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        if q is not UNSET:
            field_dict["q"] = q
        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        if risk_ids is not UNSET:
            field_dict["riskIds"] = risk_ids
        if cat_ids is not UNSET:
            field_dict["catIds"] = cat_ids
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

        def _parse_states(data: object) -> list[RiskEvaluationState | str] | None | Unset:
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

                    def _parse_states_type_0_item(data: object) -> RiskEvaluationState | str:
                        try:
                            if not isinstance(data, str):
                                raise TypeError()
                            states_type_0_item_type_0 = RiskEvaluationState(data)

                            return states_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(RiskEvaluationState | str, data)

                    states_type_0_item = _parse_states_type_0_item(states_type_0_item_data)

                    states_type_0.append(states_type_0_item)

                return states_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RiskEvaluationState | str] | None | Unset, data)

        states = _parse_states(d.pop("states", UNSET))

        def _parse_object_type(data: object) -> None | RiskObjectType | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                object_type_type_0 = RiskObjectType(data)

                return object_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskObjectType | str | Unset, data)

        object_type = _parse_object_type(d.pop("objectType", UNSET))

        def _parse_control_point_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                control_point_id_type_0 = UUID(data)

                return control_point_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        control_point_id = _parse_control_point_id(d.pop("controlPointId", UNSET))

        def _parse_object_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_id = _parse_object_id(d.pop("objectId", UNSET))

        def _parse_q(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        q = _parse_q(d.pop("q", UNSET))

        def _parse_area_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        area_id = _parse_area_id(d.pop("areaId", UNSET))

        def _parse_risk_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                risk_ids_type_0 = []
                _risk_ids_type_0 = data
                for risk_ids_type_0_item_data in _risk_ids_type_0:
                    risk_ids_type_0_item = UUID(risk_ids_type_0_item_data)

                    risk_ids_type_0.append(risk_ids_type_0_item)

                return risk_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        risk_ids = _parse_risk_ids(d.pop("riskIds", UNSET))

        def _parse_cat_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cat_ids_type_0 = []
                _cat_ids_type_0 = data
                for cat_ids_type_0_item_data in _cat_ids_type_0:
                    cat_ids_type_0_item = UUID(cat_ids_type_0_item_data)

                    cat_ids_type_0.append(cat_ids_type_0_item)

                return cat_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        cat_ids = _parse_cat_ids(d.pop("catIds", UNSET))

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

        risk_evaluation_query = cls(
            states=states,
            object_type=object_type,
            control_point_id=control_point_id,
            object_id=object_id,
            q=q,
            area_id=area_id,
            risk_ids=risk_ids,
            cat_ids=cat_ids,
            select=select,
            page=page,
            size=size,
            skip=skip,
            sort_by=sort_by,
            asc=asc,
            filters=filters,
        )

        risk_evaluation_query.additional_properties = d
        return risk_evaluation_query

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
