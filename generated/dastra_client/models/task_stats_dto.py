from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stat_serie import StatSerie
    from ..models.task_serie_value import TaskSerieValue
    from ..models.task_stat_value_dto import TaskStatValueDto


T = TypeVar("T", bound="TaskStatsDto")


@_attrs_define
class TaskStatsDto:
    """
    Attributes:
        stats (list[TaskStatValueDto] | None | Unset):
        nb_task_total (int | None | Unset):
        work_flow_steps (list[TaskSerieValue] | None | Unset):
        cumulative_flow_chart (list[StatSerie] | None | Unset):
        nb_opened_tasks_user (int | None | Unset):
        nb_active_tasks_user (int | None | Unset):
        nb_opened_tasks (int | None | Unset):
    """

    stats: list[TaskStatValueDto] | None | Unset = UNSET
    nb_task_total: int | None | Unset = UNSET
    work_flow_steps: list[TaskSerieValue] | None | Unset = UNSET
    cumulative_flow_chart: list[StatSerie] | None | Unset = UNSET
    nb_opened_tasks_user: int | None | Unset = UNSET
    nb_active_tasks_user: int | None | Unset = UNSET
    nb_opened_tasks: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        nb_task_total: int | None | Unset
        if isinstance(self.nb_task_total, Unset):
            nb_task_total = UNSET
        else:
            nb_task_total = self.nb_task_total

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

        nb_opened_tasks_user: int | None | Unset
        if isinstance(self.nb_opened_tasks_user, Unset):
            nb_opened_tasks_user = UNSET
        else:
            nb_opened_tasks_user = self.nb_opened_tasks_user

        nb_active_tasks_user: int | None | Unset
        if isinstance(self.nb_active_tasks_user, Unset):
            nb_active_tasks_user = UNSET
        else:
            nb_active_tasks_user = self.nb_active_tasks_user

        nb_opened_tasks: int | None | Unset
        if isinstance(self.nb_opened_tasks, Unset):
            nb_opened_tasks = UNSET
        else:
            nb_opened_tasks = self.nb_opened_tasks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stats is not UNSET:
            field_dict["stats"] = stats
        if nb_task_total is not UNSET:
            field_dict["nbTaskTotal"] = nb_task_total
        if work_flow_steps is not UNSET:
            field_dict["workFlowSteps"] = work_flow_steps
        if cumulative_flow_chart is not UNSET:
            field_dict["cumulativeFlowChart"] = cumulative_flow_chart
        if nb_opened_tasks_user is not UNSET:
            field_dict["nbOpenedTasksUser"] = nb_opened_tasks_user
        if nb_active_tasks_user is not UNSET:
            field_dict["nbActiveTasksUser"] = nb_active_tasks_user
        if nb_opened_tasks is not UNSET:
            field_dict["nbOpenedTasks"] = nb_opened_tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stat_serie import StatSerie
        from ..models.task_serie_value import TaskSerieValue
        from ..models.task_stat_value_dto import TaskStatValueDto

        d = dict(src_dict)

        def _parse_stats(data: object) -> list[TaskStatValueDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stats_type_0 = []
                _stats_type_0 = data
                for stats_type_0_item_data in _stats_type_0:
                    stats_type_0_item = TaskStatValueDto.from_dict(stats_type_0_item_data)

                    stats_type_0.append(stats_type_0_item)

                return stats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaskStatValueDto] | None | Unset, data)

        stats = _parse_stats(d.pop("stats", UNSET))

        def _parse_nb_task_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_task_total = _parse_nb_task_total(d.pop("nbTaskTotal", UNSET))

        def _parse_work_flow_steps(data: object) -> list[TaskSerieValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                work_flow_steps_type_0 = []
                _work_flow_steps_type_0 = data
                for work_flow_steps_type_0_item_data in _work_flow_steps_type_0:
                    work_flow_steps_type_0_item = TaskSerieValue.from_dict(work_flow_steps_type_0_item_data)

                    work_flow_steps_type_0.append(work_flow_steps_type_0_item)

                return work_flow_steps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaskSerieValue] | None | Unset, data)

        work_flow_steps = _parse_work_flow_steps(d.pop("workFlowSteps", UNSET))

        def _parse_cumulative_flow_chart(data: object) -> list[StatSerie] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cumulative_flow_chart_type_0 = []
                _cumulative_flow_chart_type_0 = data
                for cumulative_flow_chart_type_0_item_data in _cumulative_flow_chart_type_0:
                    cumulative_flow_chart_type_0_item = StatSerie.from_dict(
                        cumulative_flow_chart_type_0_item_data
                    )

                    cumulative_flow_chart_type_0.append(cumulative_flow_chart_type_0_item)

                return cumulative_flow_chart_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StatSerie] | None | Unset, data)

        cumulative_flow_chart = _parse_cumulative_flow_chart(d.pop("cumulativeFlowChart", UNSET))

        def _parse_nb_opened_tasks_user(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_opened_tasks_user = _parse_nb_opened_tasks_user(d.pop("nbOpenedTasksUser", UNSET))

        def _parse_nb_active_tasks_user(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_active_tasks_user = _parse_nb_active_tasks_user(d.pop("nbActiveTasksUser", UNSET))

        def _parse_nb_opened_tasks(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_opened_tasks = _parse_nb_opened_tasks(d.pop("nbOpenedTasks", UNSET))

        task_stats_dto = cls(
            stats=stats,
            nb_task_total=nb_task_total,
            work_flow_steps=work_flow_steps,
            cumulative_flow_chart=cumulative_flow_chart,
            nb_opened_tasks_user=nb_opened_tasks_user,
            nb_active_tasks_user=nb_active_tasks_user,
            nb_opened_tasks=nb_opened_tasks,
        )

        task_stats_dto.additional_properties = d
        return task_stats_dto

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
