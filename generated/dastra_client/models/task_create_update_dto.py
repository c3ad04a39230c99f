from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.priority import Priority
from ..models.task_object_type import TaskObjectType
from ..models.task_state import TaskState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_dto import AttachmentDto
    from ..models.tag_dto import TagDto
    from ..models.task_create_update_dto_additional_datas_type_0 import (
        TaskCreateUpdateDtoAdditionalDatasType0,
    )


T = TypeVar("T", bound="TaskCreateUpdateDto")


@_attrs_define
class TaskCreateUpdateDto:
    """
    Attributes:
        label (str):
        id (int | None | Unset):
        archived (bool | None | Unset):
        project_id (None | Unset | UUID):
        iteration_id (None | Unset | UUID):
        description_html (None | str | Unset):
        object_id (None | str | Unset):
        object_type (None | str | TaskObjectType | Unset):
        priority (None | Priority | str | Unset):
        state (None | str | TaskState | Unset):
        color (None | str | Unset):
        work_flow_step_id (int | None | Unset):
        deadline (datetime.datetime | None | Unset):
        attachments (list[AttachmentDto] | None | Unset):
        tags (list[TagDto] | None | Unset):
        owner_id (int | None | Unset):
        assigned_to_user_id (int | None | Unset):
        area_id (int | None | Unset):
        workspace_id (int | None | Unset):
        date_closed (datetime.datetime | None | Unset):
        date_activated (datetime.datetime | None | Unset):
        date_creation (datetime.datetime | None | Unset):
        date_update (datetime.datetime | None | Unset):
        additional_datas (None | TaskCreateUpdateDtoAdditionalDatasType0 | Unset):
        parent_id (int | None | Unset):
    """

    label: str
    id: int | None | Unset = UNSET
    archived: bool | None | Unset = UNSET
    project_id: None | Unset | UUID = UNSET
    iteration_id: None | Unset | UUID = UNSET
    description_html: None | str | Unset = UNSET
    object_id: None | str | Unset = UNSET
    object_type: None | str | TaskObjectType | Unset = UNSET
    priority: None | Priority | str | Unset = UNSET
    state: None | str | TaskState | Unset = UNSET
    color: None | str | Unset = UNSET
    work_flow_step_id: int | None | Unset = UNSET
    deadline: datetime.datetime | None | Unset = UNSET
    attachments: list[AttachmentDto] | None | Unset = UNSET
    tags: list[TagDto] | None | Unset = UNSET
    owner_id: int | None | Unset = UNSET
    assigned_to_user_id: int | None | Unset = UNSET
    area_id: int | None | Unset = UNSET
    workspace_id: int | None | Unset = UNSET
    date_closed: datetime.datetime | None | Unset = UNSET
    date_activated: datetime.datetime | None | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    additional_datas: None | TaskCreateUpdateDtoAdditionalDatasType0 | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_create_update_dto_additional_datas_type_0 import (
            TaskCreateUpdateDtoAdditionalDatasType0,
        )

        label = self.label

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        elif isinstance(self.project_id, UUID):
            project_id = str(self.project_id)
        else:
            project_id = self.project_id

        iteration_id: None | str | Unset
        if isinstance(self.iteration_id, Unset):
            iteration_id = UNSET
        elif isinstance(self.iteration_id, UUID):
            iteration_id = str(self.iteration_id)
        else:
            iteration_id = self.iteration_id

        description_html: None | str | Unset
        if isinstance(self.description_html, Unset):
            description_html = UNSET
        else:
            description_html = self.description_html

        object_id: None | str | Unset
        if isinstance(self.object_id, Unset):
            object_id = UNSET
        else:
            object_id = self.object_id

        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        elif isinstance(self.object_type, TaskObjectType):
            object_type = self.object_type.value
        else:
            object_type = self.object_type

        priority: None | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        elif isinstance(self.priority, Priority):
            priority = self.priority.value
        else:
            priority = self.priority

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, TaskState):
            state = self.state.value
        else:
            state = self.state

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        work_flow_step_id: int | None | Unset
        if isinstance(self.work_flow_step_id, Unset):
            work_flow_step_id = UNSET
        else:
            work_flow_step_id = self.work_flow_step_id

        deadline: None | str | Unset
        if isinstance(self.deadline, Unset):
            deadline = UNSET
        elif isinstance(self.deadline, datetime.datetime):
            deadline = self.deadline.isoformat()
        else:
            deadline = self.deadline

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item = tags_type_0_item_data.to_dict()
                tags.append(tags_type_0_item)

        else:
            tags = self.tags

        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        assigned_to_user_id: int | None | Unset
        if isinstance(self.assigned_to_user_id, Unset):
            assigned_to_user_id = UNSET
        else:
            assigned_to_user_id = self.assigned_to_user_id

        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        workspace_id: int | None | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        date_closed: None | str | Unset
        if isinstance(self.date_closed, Unset):
            date_closed = UNSET
        elif isinstance(self.date_closed, datetime.datetime):
            date_closed = self.date_closed.isoformat()
        else:
            date_closed = self.date_closed

        date_activated: None | str | Unset
        if isinstance(self.date_activated, Unset):
            date_activated = UNSET
        elif isinstance(self.date_activated, datetime.datetime):
            date_activated = self.date_activated.isoformat()
        else:
            date_activated = self.date_activated

        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        date_update: None | str | Unset
        if isinstance(self.date_update, Unset):
            date_update = UNSET
        elif isinstance(self.date_update, datetime.datetime):
            date_update = self.date_update.isoformat()
        else:
            date_update = self.date_update

        additional_datas: dict[str, Any] | None | Unset
        if isinstance(self.additional_datas, Unset):
            additional_datas = UNSET
        elif isinstance(self.additional_datas, TaskCreateUpdateDtoAdditionalDatasType0):
            additional_datas = self.additional_datas.to_dict()
        else:
            additional_datas = self.additional_datas

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if archived is not UNSET:
            field_dict["archived"] = archived
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if iteration_id is not UNSET:
            field_dict["iterationId"] = iteration_id
        if description_html is not UNSET:
            field_dict["descriptionHtml"] = description_html
        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        if object_type is not UNSET:
            field_dict["objectType"] = object_type
        if priority is not UNSET:
            field_dict["priority"] = priority
        if state is not UNSET:
            field_dict["state"] = state
        if color is not UNSET:
            field_dict["color"] = color
        if work_flow_step_id is not UNSET:
            field_dict["workFlowStepId"] = work_flow_step_id
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if tags is not UNSET:
            field_dict["tags"] = tags
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if assigned_to_user_id is not UNSET:
            field_dict["assignedToUserId"] = assigned_to_user_id
        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id
        if date_closed is not UNSET:
            field_dict["dateClosed"] = date_closed
        if date_activated is not UNSET:
            field_dict["dateActivated"] = date_activated
        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        if additional_datas is not UNSET:
            field_dict["additionalDatas"] = additional_datas
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment_dto import AttachmentDto
        from ..models.tag_dto import TagDto
        from ..models.task_create_update_dto_additional_datas_type_0 import (
            TaskCreateUpdateDtoAdditionalDatasType0,
        )

        d = dict(src_dict)
        label = d.pop("label")

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_archived(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        archived = _parse_archived(d.pop("archived", UNSET))

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

        def _parse_iteration_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                iteration_id_type_0 = UUID(data)

                return iteration_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        iteration_id = _parse_iteration_id(d.pop("iterationId", UNSET))

        def _parse_description_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description_html = _parse_description_html(d.pop("descriptionHtml", UNSET))

        def _parse_object_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_id = _parse_object_id(d.pop("objectId", UNSET))

        def _parse_object_type(data: object) -> None | str | TaskObjectType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                object_type_type_0 = TaskObjectType(data)

                return object_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | TaskObjectType | Unset, data)

        object_type = _parse_object_type(d.pop("objectType", UNSET))

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

        def _parse_state(data: object) -> None | str | TaskState | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = TaskState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | TaskState | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        def _parse_work_flow_step_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        work_flow_step_id = _parse_work_flow_step_id(d.pop("workFlowStepId", UNSET))

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

        def _parse_attachments(data: object) -> list[AttachmentDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attachments_type_0 = []
                _attachments_type_0 = data
                for attachments_type_0_item_data in _attachments_type_0:
                    attachments_type_0_item = AttachmentDto.from_dict(attachments_type_0_item_data)

                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AttachmentDto] | None | Unset, data)

        attachments = _parse_attachments(d.pop("attachments", UNSET))

        def _parse_tags(data: object) -> list[TagDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = []
                _tags_type_0 = data
                for tags_type_0_item_data in _tags_type_0:
                    tags_type_0_item = TagDto.from_dict(tags_type_0_item_data)

                    tags_type_0.append(tags_type_0_item)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TagDto] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        owner_id = _parse_owner_id(d.pop("ownerId", UNSET))

        def _parse_assigned_to_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        assigned_to_user_id = _parse_assigned_to_user_id(d.pop("assignedToUserId", UNSET))

        def _parse_area_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        area_id = _parse_area_id(d.pop("areaId", UNSET))

        def _parse_workspace_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        workspace_id = _parse_workspace_id(d.pop("workspaceId", UNSET))

        def _parse_date_closed(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_closed_type_0 = datetime.datetime.fromisoformat(data)

                return date_closed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_closed = _parse_date_closed(d.pop("dateClosed", UNSET))

        def _parse_date_activated(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_activated_type_0 = datetime.datetime.fromisoformat(data)

                return date_activated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_activated = _parse_date_activated(d.pop("dateActivated", UNSET))

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

        def _parse_additional_datas(data: object) -> None | TaskCreateUpdateDtoAdditionalDatasType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                additional_datas_type_0 = TaskCreateUpdateDtoAdditionalDatasType0.from_dict(data)

                return additional_datas_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskCreateUpdateDtoAdditionalDatasType0 | Unset, data)

        additional_datas = _parse_additional_datas(d.pop("additionalDatas", UNSET))

        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

        task_create_update_dto = cls(
            label=label,
            id=id,
            archived=archived,
            project_id=project_id,
            iteration_id=iteration_id,
            description_html=description_html,
            object_id=object_id,
            object_type=object_type,
            priority=priority,
            state=state,
            color=color,
            work_flow_step_id=work_flow_step_id,
            deadline=deadline,
            attachments=attachments,
            tags=tags,
            owner_id=owner_id,
            assigned_to_user_id=assigned_to_user_id,
            area_id=area_id,
            workspace_id=workspace_id,
            date_closed=date_closed,
            date_activated=date_activated,
            date_creation=date_creation,
            date_update=date_update,
            additional_datas=additional_datas,
            parent_id=parent_id,
        )

        task_create_update_dto.additional_properties = d
        return task_create_update_dto

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
