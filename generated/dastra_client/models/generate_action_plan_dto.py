from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_related_task import AuditRelatedTask


T = TypeVar("T", bound="GenerateActionPlanDto")


@_attrs_define
class GenerateActionPlanDto:
    """
    Attributes:
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
        response_id = str(self.response_id)

        area_id = self.area_id

        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        new_project: bool | None | Unset
        if isinstance(self.new_project, Unset):
            new_project = UNSET
        else:
            new_project = self.new_project

        project_name: None | str | Unset
        if isinstance(self.project_name, Unset):
            project_name = UNSET
        else:
            project_name = self.project_name

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        elif isinstance(self.project_id, UUID):
            project_id = str(self.project_id)
        else:
            project_id = self.project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "responseId": response_id,
                "areaId": area_id,
                "tasks": tasks,
            }
        )
        if new_project is not UNSET:
            field_dict["newProject"] = new_project
        if project_name is not UNSET:
            field_dict["projectName"] = project_name
        if project_id is not UNSET:
            field_dict["projectId"] = project_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_related_task import AuditRelatedTask

        d = dict(src_dict)
        response_id = UUID(d.pop("responseId"))

        area_id = d.pop("areaId")

        tasks = []
        _tasks = d.pop("tasks")
        for tasks_item_data in _tasks:
            tasks_item = AuditRelatedTask.from_dict(tasks_item_data)

            tasks.append(tasks_item)

        def _parse_new_project(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        new_project = _parse_new_project(d.pop("newProject", UNSET))

        def _parse_project_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_name = _parse_project_name(d.pop("projectName", UNSET))

        def _parse_project_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                project_id_type_0 = UUID(data)

                return project_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        project_id = _parse_project_id(d.pop("projectId", UNSET))

        generate_action_plan_dto = cls(
            response_id=response_id,
            area_id=area_id,
            tasks=tasks,
            new_project=new_project,
            project_name=project_name,
            project_id=project_id,
        )

        generate_action_plan_dto.additional_properties = d
        return generate_action_plan_dto

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
