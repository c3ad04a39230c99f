from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import FieldValidationError
from .._lazy import (
    EAGER,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stat_serie import StatSerie
    from ..models.task_serie_value import TaskSerieValue
    from ..models.task_stat_value_dto import TaskStatValueDto
else:
    StatSerie = deferred(globals(), "StatSerie", "..models.stat_serie")
    TaskSerieValue = deferred(globals(), "TaskSerieValue", "..models.task_serie_value")
    TaskStatValueDto = deferred(globals(), "TaskStatValueDto", "..models.task_stat_value_dto")


def _load_stats(model: TaskStatsDto, source: Mapping[str, Any]) -> Any:
    value = source.get("stats", UNSET)
    if value is None or value is UNSET:
        model.stats = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.stats = result = list(map(TaskStatValueDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "stats",
                "stats",
                "list[TaskStatValueDto] | None",
                value,
                items=TaskStatValueDto.from_dict,
            )
    else:
        result = invalid(model, "stats", "stats", "list[TaskStatValueDto] | None", value)
    return result


def _load_work_flow_steps(model: TaskStatsDto, source: Mapping[str, Any]) -> Any:
    value = source.get("workFlowSteps", UNSET)
    if value is None or value is UNSET:
        model.work_flow_steps = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.work_flow_steps = result = list(map(TaskSerieValue.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "work_flow_steps",
                "workFlowSteps",
                "list[TaskSerieValue] | None",
                value,
                items=TaskSerieValue.from_dict,
            )
    else:
        result = invalid(model, "work_flow_steps", "workFlowSteps", "list[TaskSerieValue] | None", value)
    return result


def _load_cumulative_flow_chart(model: TaskStatsDto, source: Mapping[str, Any]) -> Any:
    value = source.get("cumulativeFlowChart", UNSET)
    if value is None or value is UNSET:
        model.cumulative_flow_chart = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.cumulative_flow_chart = result = list(map(StatSerie.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "cumulative_flow_chart",
                "cumulativeFlowChart",
                "list[StatSerie] | None",
                value,
                items=StatSerie.from_dict,
            )
    else:
        result = invalid(
            model, "cumulative_flow_chart", "cumulativeFlowChart", "list[StatSerie] | None", value
        )
    return result


_KEYS: Final[tuple[str, ...]] = (
    "stats",
    "nbTaskTotal",
    "workFlowSteps",
    "cumulativeFlowChart",
    "nbOpenedTasksUser",
    "nbActiveTasksUser",
    "nbOpenedTasks",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "stats": UNSET,
    "nbTaskTotal": UNSET,
    "workFlowSteps": UNSET,
    "cumulativeFlowChart": UNSET,
    "nbOpenedTasksUser": UNSET,
    "nbActiveTasksUser": UNSET,
    "nbOpenedTasks": UNSET,
}

T = TypeVar("T", bound="TaskStatsDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("stats", "stats"),
        ("nb_task_total", "nbTaskTotal"),
        ("work_flow_steps", "workFlowSteps"),
        ("cumulative_flow_chart", "cumulativeFlowChart"),
        ("nb_opened_tasks_user", "nbOpenedTasksUser"),
        ("nb_active_tasks_user", "nbActiveTasksUser"),
        ("nb_opened_tasks", "nbOpenedTasks"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
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
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "stats" not in unreadable:
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
        if "nb_task_total" not in unreadable:
            nb_task_total: int | None | Unset
            if isinstance(self.nb_task_total, Unset):
                nb_task_total = UNSET
            else:
                nb_task_total = self.nb_task_total

            if nb_task_total is not UNSET:
                field_dict["nbTaskTotal"] = nb_task_total
        if "work_flow_steps" not in unreadable:
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
        if "cumulative_flow_chart" not in unreadable:
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
        if "nb_opened_tasks_user" not in unreadable:
            nb_opened_tasks_user: int | None | Unset
            if isinstance(self.nb_opened_tasks_user, Unset):
                nb_opened_tasks_user = UNSET
            else:
                nb_opened_tasks_user = self.nb_opened_tasks_user

            if nb_opened_tasks_user is not UNSET:
                field_dict["nbOpenedTasksUser"] = nb_opened_tasks_user
        if "nb_active_tasks_user" not in unreadable:
            nb_active_tasks_user: int | None | Unset
            if isinstance(self.nb_active_tasks_user, Unset):
                nb_active_tasks_user = UNSET
            else:
                nb_active_tasks_user = self.nb_active_tasks_user

            if nb_active_tasks_user is not UNSET:
                field_dict["nbActiveTasksUser"] = nb_active_tasks_user
        if "nb_opened_tasks" not in unreadable:
            nb_opened_tasks: int | None | Unset
            if isinstance(self.nb_opened_tasks, Unset):
                nb_opened_tasks = UNSET
            else:
                nb_opened_tasks = self.nb_opened_tasks

            if nb_opened_tasks is not UNSET:
                field_dict["nbOpenedTasks"] = nb_opened_tasks
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
            if len(src_dict) >= 7:
                values = _KNOWN_VALUES(src_dict)
            else:  # a known key is absent (no KeyError raised and caught for it)
                values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except KeyError:  # unknown keys in place of known ones
            values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except (TypeError, AttributeError):  # a list, a string, a number...: not an object
            raise not_an_object(cls, src_dict) from None
        parsed = cls.__new__(cls)
        absent = 0  # the known keys the object lacks: its other keys are unknown ones if len() says more
        # Optional nested values are parsed on first access (LazyModel), or now in eager mode.
        eager = EAGER.get()
        if not eager:
            parsed._source = src_dict
        value = values[0]
        if value is None:
            parsed.stats = None
        elif value is UNSET:
            parsed.stats = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.stats = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.stats = list(map(TaskStatValueDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "stats",
                        "stats",
                        "list[TaskStatValueDto] | None",
                        value,
                        items=TaskStatValueDto.from_dict,
                    )
            else:
                invalid(parsed, "stats", "stats", "list[TaskStatValueDto] | None", value)

        value = values[1]
        if type(value) is int or value is None:
            parsed.nb_task_total = value
        elif value is UNSET:
            parsed.nb_task_total = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_task_total", "nbTaskTotal", "int | None", value)

        value = values[2]
        if value is None:
            parsed.work_flow_steps = None
        elif value is UNSET:
            parsed.work_flow_steps = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.work_flow_steps = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.work_flow_steps = list(map(TaskSerieValue.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "work_flow_steps",
                        "workFlowSteps",
                        "list[TaskSerieValue] | None",
                        value,
                        items=TaskSerieValue.from_dict,
                    )
            else:
                invalid(parsed, "work_flow_steps", "workFlowSteps", "list[TaskSerieValue] | None", value)

        value = values[3]
        if value is None:
            parsed.cumulative_flow_chart = None
        elif value is UNSET:
            parsed.cumulative_flow_chart = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.cumulative_flow_chart = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.cumulative_flow_chart = list(map(StatSerie.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "cumulative_flow_chart",
                        "cumulativeFlowChart",
                        "list[StatSerie] | None",
                        value,
                        items=StatSerie.from_dict,
                    )
            else:
                invalid(
                    parsed, "cumulative_flow_chart", "cumulativeFlowChart", "list[StatSerie] | None", value
                )

        value = values[4]
        if type(value) is int or value is None:
            parsed.nb_opened_tasks_user = value
        elif value is UNSET:
            parsed.nb_opened_tasks_user = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_opened_tasks_user", "nbOpenedTasksUser", "int | None", value)

        value = values[5]
        if type(value) is int or value is None:
            parsed.nb_active_tasks_user = value
        elif value is UNSET:
            parsed.nb_active_tasks_user = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_active_tasks_user", "nbActiveTasksUser", "int | None", value)

        value = values[6]
        if type(value) is int or value is None:
            parsed.nb_opened_tasks = value
        elif value is UNSET:
            parsed.nb_opened_tasks = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_opened_tasks", "nbOpenedTasks", "int | None", value)

        if len(src_dict) + absent == 7:  # every key is a known one
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
