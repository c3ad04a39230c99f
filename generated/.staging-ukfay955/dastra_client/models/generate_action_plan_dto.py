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
from uuid import UUID

if TYPE_CHECKING:
    from ..models.audit_related_task import AuditRelatedTask












def _parse_project_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




_KNOWN_KEYS: frozenset[str] = frozenset(("responseId", "areaId", "tasks", "newProject", "projectName", "projectId", ))

T = TypeVar("T", bound="GenerateActionPlanDto")



@_attrs_define
class GenerateActionPlanDto(LazyModel):
    """Attributes:
        response_id (UUID):
        area_id (int):
        tasks (list[AuditRelatedTask]):
        new_project (bool | None | Unset):
        project_name (None | str | Unset):
        project_id (None | Unset | UUID):
"""


    response_id: UUID
    area_id: int
    tasks: list[AuditRelatedTask]
    new_project: bool | None | Unset = UNSET
    project_name: None | str | Unset = UNSET
    project_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_related_task import AuditRelatedTask  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        response_id = str(self.response_id)

        field_dict["responseId"] = response_id
        area_id = self.area_id

        field_dict["areaId"] = area_id
        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)



        field_dict["tasks"] = tasks
        new_project: bool | None | Unset
        if isinstance(self.new_project, Unset):
            new_project = UNSET
        else:
            new_project = self.new_project

        if new_project is not UNSET:
            field_dict["newProject"] = new_project
        project_name: None | str | Unset
        if isinstance(self.project_name, Unset):
            project_name = UNSET
        else:
            project_name = self.project_name

        if project_name is not UNSET:
            field_dict["projectName"] = project_name
        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        elif isinstance(self.project_id, UUID):
            project_id = str(self.project_id)
        else:
            project_id = self.project_id

        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.response_id = UUID(src_dict["responseId"])
        parsed.area_id = src_dict["areaId"]
        parsed.tasks = [_models.AuditRelatedTask.from_dict(item) for item in src_dict["tasks"]]
        parsed.new_project = src_dict.get("newProject", UNSET)
        parsed.project_name = src_dict.get("projectName", UNSET)
        parsed.project_id = _parse_project_id(src_dict.get("projectId", UNSET))
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
