from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_processing_state import DataProcessingState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_flow_step_dto import WorkFlowStepDto


T = TypeVar("T", bound="DataProcessingStatValueDto")


@_attrs_define
class DataProcessingStatValueDto:
    """
    Attributes:
        id (None | Unset | UUID):
        state (DataProcessingState | None | str | Unset):
        label (None | str | Unset):
        ref (None | str | Unset):
        date_update (datetime.datetime | None | Unset):
        work_flow_step (None | Unset | WorkFlowStepDto):
        progression (float | None | Unset):
    """

    id: None | Unset | UUID = UNSET
    state: DataProcessingState | None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    ref: None | str | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    work_flow_step: None | Unset | WorkFlowStepDto = UNSET
    progression: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.work_flow_step_dto import WorkFlowStepDto

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, DataProcessingState):
            state = self.state.value
        else:
            state = self.state

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        ref: None | str | Unset
        if isinstance(self.ref, Unset):
            ref = UNSET
        else:
            ref = self.ref

        date_update: None | str | Unset
        if isinstance(self.date_update, Unset):
            date_update = UNSET
        elif isinstance(self.date_update, datetime.datetime):
            date_update = self.date_update.isoformat()
        else:
            date_update = self.date_update

        work_flow_step: dict[str, Any] | None | Unset
        if isinstance(self.work_flow_step, Unset):
            work_flow_step = UNSET
        elif isinstance(self.work_flow_step, WorkFlowStepDto):
            work_flow_step = self.work_flow_step.to_dict()
        else:
            work_flow_step = self.work_flow_step

        progression: float | None | Unset
        if isinstance(self.progression, Unset):
            progression = UNSET
        else:
            progression = self.progression

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if state is not UNSET:
            field_dict["state"] = state
        if label is not UNSET:
            field_dict["label"] = label
        if ref is not UNSET:
            field_dict["ref"] = ref
        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        if work_flow_step is not UNSET:
            field_dict["workFlowStep"] = work_flow_step
        if progression is not UNSET:
            field_dict["progression"] = progression

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.work_flow_step_dto import WorkFlowStepDto

        d = dict(src_dict)

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_state(data: object) -> DataProcessingState | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = DataProcessingState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataProcessingState | None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ref = _parse_ref(d.pop("ref", UNSET))

        def _parse_date_update(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_update_type_0 = datetime.datetime.fromisoformat(data)

                return date_update_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_update = _parse_date_update(d.pop("dateUpdate", UNSET))

        def _parse_work_flow_step(data: object) -> None | Unset | WorkFlowStepDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                work_flow_step_type_1 = WorkFlowStepDto.from_dict(data)

                return work_flow_step_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkFlowStepDto, data)

        work_flow_step = _parse_work_flow_step(d.pop("workFlowStep", UNSET))

        def _parse_progression(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        progression = _parse_progression(d.pop("progression", UNSET))

        data_processing_stat_value_dto = cls(
            id=id,
            state=state,
            label=label,
            ref=ref,
            date_update=date_update,
            work_flow_step=work_flow_step,
            progression=progression,
        )

        data_processing_stat_value_dto.additional_properties = d
        return data_processing_stat_value_dto

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
