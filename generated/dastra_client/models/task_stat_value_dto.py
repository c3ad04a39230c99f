from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.priority import Priority
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_flow_step_dto import WorkFlowStepDto


T = TypeVar("T", bound="TaskStatValueDto")


@_attrs_define
class TaskStatValueDto:
    """
    Attributes:
        id (int | None | Unset):
        label (None | str | Unset):
        work_flow_step (None | Unset | WorkFlowStepDto):
        date_creation (datetime.datetime | None | Unset):
        deadline (datetime.datetime | None | Unset):
        remaining_days (int | None | Unset):
        priority (None | Priority | str | Unset):
    """

    id: int | None | Unset = UNSET
    label: None | str | Unset = UNSET
    work_flow_step: None | Unset | WorkFlowStepDto = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    deadline: datetime.datetime | None | Unset = UNSET
    remaining_days: int | None | Unset = UNSET
    priority: None | Priority | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.work_flow_step_dto import WorkFlowStepDto

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        work_flow_step: dict[str, Any] | None | Unset
        if isinstance(self.work_flow_step, Unset):
            work_flow_step = UNSET
        elif isinstance(self.work_flow_step, WorkFlowStepDto):
            work_flow_step = self.work_flow_step.to_dict()
        else:
            work_flow_step = self.work_flow_step

        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        deadline: None | str | Unset
        if isinstance(self.deadline, Unset):
            deadline = UNSET
        elif isinstance(self.deadline, datetime.datetime):
            deadline = self.deadline.isoformat()
        else:
            deadline = self.deadline

        remaining_days: int | None | Unset
        if isinstance(self.remaining_days, Unset):
            remaining_days = UNSET
        else:
            remaining_days = self.remaining_days

        priority: None | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        elif isinstance(self.priority, Priority):
            priority = self.priority.value
        else:
            priority = self.priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if label is not UNSET:
            field_dict["label"] = label
        if work_flow_step is not UNSET:
            field_dict["workFlowStep"] = work_flow_step
        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if remaining_days is not UNSET:
            field_dict["remainingDays"] = remaining_days
        if priority is not UNSET:
            field_dict["priority"] = priority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.work_flow_step_dto import WorkFlowStepDto

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

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

        def _parse_date_creation(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_creation_type_0 = datetime.datetime.fromisoformat(data)

                return date_creation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_creation = _parse_date_creation(d.pop("dateCreation", UNSET))

        def _parse_deadline(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deadline_type_0 = datetime.datetime.fromisoformat(data)

                return deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deadline = _parse_deadline(d.pop("deadline", UNSET))

        def _parse_remaining_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        remaining_days = _parse_remaining_days(d.pop("remainingDays", UNSET))

        def _parse_priority(data: object) -> None | Priority | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                priority_type_0 = Priority(data)

                return priority_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Priority | str | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        task_stat_value_dto = cls(
            id=id,
            label=label,
            work_flow_step=work_flow_step,
            date_creation=date_creation,
            deadline=deadline,
            remaining_days=remaining_days,
            priority=priority,
        )

        task_stat_value_dto.additional_properties = d
        return task_stat_value_dto

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
