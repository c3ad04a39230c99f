from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_dto import TaskDto


T = TypeVar("T", bound="GroupTasksDto")


@_attrs_define
class GroupTasksDto:
    """
    Attributes:
        workflow_step_id (int | None | Unset):
        total (int | None | Unset):
        tasks (list[TaskDto] | None | Unset):
    """

    workflow_step_id: int | None | Unset = UNSET
    total: int | None | Unset = UNSET
    tasks: list[TaskDto] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_step_id: int | None | Unset
        if isinstance(self.workflow_step_id, Unset):
            workflow_step_id = UNSET
        else:
            workflow_step_id = self.workflow_step_id

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        tasks: list[dict[str, Any]] | None | Unset
        if isinstance(self.tasks, Unset):
            tasks = UNSET
        elif isinstance(self.tasks, list):
            tasks = []
            for tasks_type_0_item_data in self.tasks:
                tasks_type_0_item = tasks_type_0_item_data.to_dict()
                tasks.append(tasks_type_0_item)

        else:
            tasks = self.tasks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workflow_step_id is not UNSET:
            field_dict["workflowStepId"] = workflow_step_id
        if total is not UNSET:
            field_dict["total"] = total
        if tasks is not UNSET:
            field_dict["tasks"] = tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_dto import TaskDto

        d = dict(src_dict)

        def _parse_workflow_step_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        workflow_step_id = _parse_workflow_step_id(d.pop("workflowStepId", UNSET))

        def _parse_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        def _parse_tasks(data: object) -> list[TaskDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tasks_type_0 = []
                _tasks_type_0 = data
                for tasks_type_0_item_data in _tasks_type_0:
                    tasks_type_0_item = TaskDto.from_dict(tasks_type_0_item_data)

                    tasks_type_0.append(tasks_type_0_item)

                return tasks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaskDto] | None | Unset, data)

        tasks = _parse_tasks(d.pop("tasks", UNSET))

        group_tasks_dto = cls(
            workflow_step_id=workflow_step_id,
            total=total,
            tasks=tasks,
        )

        group_tasks_dto.additional_properties = d
        return group_tasks_dto

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
