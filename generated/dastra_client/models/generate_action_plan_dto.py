from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import VariantMismatchError
from .._lazy import (
    MISSING,
    LazyModel,
    Misfit,
    deferred,
    each,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_related_task import AuditRelatedTask
else:
    AuditRelatedTask = deferred(globals(), "AuditRelatedTask", "..models.audit_related_task")


def _parse_tasks(data: Any) -> Any:
    if data is MISSING:
        raise Misfit(data)
    if isinstance(data, list):
        return each(data, _parse_tasks_item)

    raise Misfit(data)


def _parse_tasks_item(data: Any) -> Any:
    if isinstance(data, dict):
        try:
            return AuditRelatedTask.from_dict(data)
        except VariantMismatchError:
            pass

    raise Misfit(data)


_KEYS: Final[tuple[str, ...]] = (
    "responseId",
    "areaId",
    "tasks",
    "newProject",
    "projectName",
    "projectId",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "responseId": MISSING,
    "areaId": MISSING,
    "tasks": MISSING,
    "newProject": UNSET,
    "projectName": UNSET,
    "projectId": UNSET,
}

T = TypeVar("T", bound="GenerateActionPlanDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GenerateActionPlanDto(LazyModel):
    """Attributes:
    response_id (UUID):
    area_id (int):
    tasks (list[AuditRelatedTask]):
    new_project (bool | None | Unset):
    project_name (None | str | Unset):
    project_id (None | Unset | UUID):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("response_id", "responseId"),
        ("area_id", "areaId"),
        ("tasks", "tasks"),
        ("new_project", "newProject"),
        ("project_name", "projectName"),
        ("project_id", "projectId"),
    )

    response_id: UUID
    area_id: int
    tasks: list[AuditRelatedTask]
    new_project: bool | None | Unset = UNSET
    project_name: None | str | Unset = UNSET
    project_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "response_id" not in unreadable:
            response_id = str(self.response_id)

            field_dict["responseId"] = response_id
        if "area_id" not in unreadable:
            area_id = self.area_id

            field_dict["areaId"] = area_id
        if "tasks" not in unreadable:
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

            field_dict["tasks"] = tasks
        if "new_project" not in unreadable:
            new_project: bool | None | Unset
            if isinstance(self.new_project, Unset):
                new_project = UNSET
            else:
                new_project = self.new_project

            if new_project is not UNSET:
                field_dict["newProject"] = new_project
        if "project_name" not in unreadable:
            project_name: None | str | Unset
            if isinstance(self.project_name, Unset):
                project_name = UNSET
            else:
                project_name = self.project_name

            if project_name is not UNSET:
                field_dict["projectName"] = project_name
        if "project_id" not in unreadable:
            project_id: None | str | Unset
            if isinstance(self.project_id, Unset):
                project_id = UNSET
            elif isinstance(self.project_id, UUID):
                project_id = str(self.project_id)
            else:
                project_id = self.project_id

            if project_id is not UNSET:
                field_dict["projectId"] = project_id
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
            if len(src_dict) >= 6:
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
        try:
            parsed.response_id = parse_uuid(value)
        except (TypeError, ValueError, AttributeError):
            invalid(parsed, "response_id", "responseId", "UUID", value)
            absent += value is MISSING

        value = values[1]
        if type(value) is int:
            parsed.area_id = value
        else:
            invalid(parsed, "area_id", "areaId", "int", value)
            absent += value is MISSING

        value = values[2]
        try:
            parsed.tasks = _parse_tasks(value)
        except Misfit as misfit:
            invalid(parsed, "tasks", "tasks", "list[AuditRelatedTask]", value, misfit)
            absent += value is MISSING

        value = values[3]
        if type(value) is bool or value is None:
            parsed.new_project = value
        elif value is UNSET:
            parsed.new_project = UNSET
            absent += 1
        else:
            invalid(parsed, "new_project", "newProject", "bool | None", value)

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.project_name = value
        elif value is UNSET:
            parsed.project_name = UNSET
            absent += 1
        else:
            invalid(parsed, "project_name", "projectName", "str | None", value)

        value = values[5]
        if value is None:
            parsed.project_id = None
        elif value is UNSET:
            parsed.project_id = UNSET
            absent += 1
        else:
            try:
                parsed.project_id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "project_id", "projectId", "UUID | None", value)

        if len(src_dict) + absent == 6:  # every key is a known one
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
