from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
    from ..models.task_dto import TaskDto









def _parse_tasks(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.TaskDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data



def _load_tasks(source: Mapping[str, Any]) -> Any:
    return _parse_tasks(source.get("tasks", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("workflowStepId", "total", "tasks", ))

T = TypeVar("T", bound="GroupTasksDto")



@_attrs_define
class GroupTasksDto(LazyModel):
    """Attributes:
        workflow_step_id (int | None | Unset):
        total (int | None | Unset):
        tasks (list[TaskDto] | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "tasks": _load_tasks,
    }

    workflow_step_id: int | None | Unset = UNSET
    total: int | None | Unset = UNSET
    tasks: list[TaskDto] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_dto import TaskDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        workflow_step_id: int | None | Unset
        if isinstance(self.workflow_step_id, Unset):
            workflow_step_id = UNSET
        else:
            workflow_step_id = self.workflow_step_id

        if workflow_step_id is not UNSET:
            field_dict["workflowStepId"] = workflow_step_id
        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        if total is not UNSET:
            field_dict["total"] = total
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

        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.workflow_step_id = src_dict.get("workflowStepId", UNSET)
        parsed.total = src_dict.get("total", UNSET)
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
