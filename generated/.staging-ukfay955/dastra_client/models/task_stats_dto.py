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
    from ..models.stat_serie import StatSerie
    from ..models.task_serie_value import TaskSerieValue
    from ..models.task_stat_value_dto import TaskStatValueDto







def _parse_stats(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.TaskStatValueDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data






def _parse_work_flow_steps(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.TaskSerieValue.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_cumulative_flow_chart(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.StatSerie.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data






def _load_stats(source: Mapping[str, Any]) -> Any:
    return _parse_stats(source.get("stats", UNSET))

def _load_work_flow_steps(source: Mapping[str, Any]) -> Any:
    return _parse_work_flow_steps(source.get("workFlowSteps", UNSET))

def _load_cumulative_flow_chart(source: Mapping[str, Any]) -> Any:
    return _parse_cumulative_flow_chart(source.get("cumulativeFlowChart", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("stats", "nbTaskTotal", "workFlowSteps", "cumulativeFlowChart", "nbOpenedTasksUser", "nbActiveTasksUser", "nbOpenedTasks", ))

T = TypeVar("T", bound="TaskStatsDto")



@_attrs_define
class TaskStatsDto(LazyModel):
    """Attributes:
        stats (list[TaskStatValueDto] | None | Unset):
        nb_task_total (int | None | Unset):
        work_flow_steps (list[TaskSerieValue] | None | Unset):
        cumulative_flow_chart (list[StatSerie] | None | Unset):
        nb_opened_tasks_user (int | None | Unset):
        nb_active_tasks_user (int | None | Unset):
        nb_opened_tasks (int | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "stats": _load_stats,
        "work_flow_steps": _load_work_flow_steps,
        "cumulative_flow_chart": _load_cumulative_flow_chart,
    }

    stats: list[TaskStatValueDto] | None | Unset = UNSET
    nb_task_total: int | None | Unset = UNSET
    work_flow_steps: list[TaskSerieValue] | None | Unset = UNSET
    cumulative_flow_chart: list[StatSerie] | None | Unset = UNSET
    nb_opened_tasks_user: int | None | Unset = UNSET
    nb_active_tasks_user: int | None | Unset = UNSET
    nb_opened_tasks: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.stat_serie import StatSerie  # noqa: PLC0415
        from ..models.task_serie_value import TaskSerieValue  # noqa: PLC0415
        from ..models.task_stat_value_dto import TaskStatValueDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        stats: list[dict[str, Any]] | None | Unset
        if isinstance(self.stats, Unset):
            stats = UNSET
        elif isinstance(self.stats, list):
            stats = []
            for stats_type_0_item_data in self.stats:
                stats_type_0_item = stats_type_0_item_data.to_dict()
                stats.append(stats_type_0_item)


        else:
            stats = self.stats

        if stats is not UNSET:
            field_dict["stats"] = stats
        nb_task_total: int | None | Unset
        if isinstance(self.nb_task_total, Unset):
            nb_task_total = UNSET
        else:
            nb_task_total = self.nb_task_total

        if nb_task_total is not UNSET:
            field_dict["nbTaskTotal"] = nb_task_total
        work_flow_steps: list[dict[str, Any]] | None | Unset
        if isinstance(self.work_flow_steps, Unset):
            work_flow_steps = UNSET
        elif isinstance(self.work_flow_steps, list):
            work_flow_steps = []
            for work_flow_steps_type_0_item_data in self.work_flow_steps:
                work_flow_steps_type_0_item = work_flow_steps_type_0_item_data.to_dict()
                work_flow_steps.append(work_flow_steps_type_0_item)


        else:
            work_flow_steps = self.work_flow_steps

        if work_flow_steps is not UNSET:
            field_dict["workFlowSteps"] = work_flow_steps
        cumulative_flow_chart: list[dict[str, Any]] | None | Unset
        if isinstance(self.cumulative_flow_chart, Unset):
            cumulative_flow_chart = UNSET
        elif isinstance(self.cumulative_flow_chart, list):
            cumulative_flow_chart = []
            for cumulative_flow_chart_type_0_item_data in self.cumulative_flow_chart:
                cumulative_flow_chart_type_0_item = cumulative_flow_chart_type_0_item_data.to_dict()
                cumulative_flow_chart.append(cumulative_flow_chart_type_0_item)


        else:
            cumulative_flow_chart = self.cumulative_flow_chart

        if cumulative_flow_chart is not UNSET:
            field_dict["cumulativeFlowChart"] = cumulative_flow_chart
        nb_opened_tasks_user: int | None | Unset
        if isinstance(self.nb_opened_tasks_user, Unset):
            nb_opened_tasks_user = UNSET
        else:
            nb_opened_tasks_user = self.nb_opened_tasks_user

        if nb_opened_tasks_user is not UNSET:
            field_dict["nbOpenedTasksUser"] = nb_opened_tasks_user
        nb_active_tasks_user: int | None | Unset
        if isinstance(self.nb_active_tasks_user, Unset):
            nb_active_tasks_user = UNSET
        else:
            nb_active_tasks_user = self.nb_active_tasks_user

        if nb_active_tasks_user is not UNSET:
            field_dict["nbActiveTasksUser"] = nb_active_tasks_user
        nb_opened_tasks: int | None | Unset
        if isinstance(self.nb_opened_tasks, Unset):
            nb_opened_tasks = UNSET
        else:
            nb_opened_tasks = self.nb_opened_tasks

        if nb_opened_tasks is not UNSET:
            field_dict["nbOpenedTasks"] = nb_opened_tasks
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.nb_task_total = src_dict.get("nbTaskTotal", UNSET)
        parsed.nb_opened_tasks_user = src_dict.get("nbOpenedTasksUser", UNSET)
        parsed.nb_active_tasks_user = src_dict.get("nbActiveTasksUser", UNSET)
        parsed.nb_opened_tasks = src_dict.get("nbOpenedTasks", UNSET)
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
