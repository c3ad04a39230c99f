from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.priority import Priority
from ..models.task_object_type import TaskObjectType
from ..models.task_state import TaskState
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.area_light_dto import AreaLightDto
    from ..models.attachment_dto import AttachmentDto
    from ..models.iteration_dto import IterationDto
    from ..models.project_dto import ProjectDto
    from ..models.select_list_item_resource import SelectListItemResource
    from ..models.tag_dto import TagDto
    from ..models.task_dto_additional_datas_type_0 import TaskDtoAdditionalDatasType0
    from ..models.user_light_dto import UserLightDto
    from ..models.work_flow_step_dto import WorkFlowStepDto
    from ..models.work_space_dto import WorkSpaceDto







def _parse_project(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.ProjectDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_iteration(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.IterationDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_work_flow_step(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.WorkFlowStepDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_owner(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_assigned_to_user(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_area(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.AreaLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_work_space(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.WorkSpaceDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_creator(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data







def _parse_children(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.TaskDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data






def _parse_object_type_details(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.SelectListItemResource.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data






def _parse_project_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_iteration_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data







def _parse_object_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = TaskObjectType._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_priority(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = Priority._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_state(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = TaskState._value2member_map_.get(data)
    if member is not None:
        return member
    return data






def _parse_deadline(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_attachments(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.AttachmentDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_tags(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.TagDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data








def _parse_date_closed(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_date_activated(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_date_creation(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_date_update(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_additional_datas(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.TaskDtoAdditionalDatasType0.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _load_project(source: Mapping[str, Any]) -> Any:
    return _parse_project(source.get("project", UNSET))

def _load_iteration(source: Mapping[str, Any]) -> Any:
    return _parse_iteration(source.get("iteration", UNSET))

def _load_work_flow_step(source: Mapping[str, Any]) -> Any:
    return _parse_work_flow_step(source.get("workFlowStep", UNSET))

def _load_owner(source: Mapping[str, Any]) -> Any:
    return _parse_owner(source.get("owner", UNSET))

def _load_assigned_to_user(source: Mapping[str, Any]) -> Any:
    return _parse_assigned_to_user(source.get("assignedToUser", UNSET))

def _load_area(source: Mapping[str, Any]) -> Any:
    return _parse_area(source.get("area", UNSET))

def _load_work_space(source: Mapping[str, Any]) -> Any:
    return _parse_work_space(source.get("workSpace", UNSET))

def _load_creator(source: Mapping[str, Any]) -> Any:
    return _parse_creator(source.get("creator", UNSET))

def _load_children(source: Mapping[str, Any]) -> Any:
    return _parse_children(source.get("children", UNSET))

def _load_object_type_details(source: Mapping[str, Any]) -> Any:
    return _parse_object_type_details(source.get("objectTypeDetails", UNSET))

def _load_attachments(source: Mapping[str, Any]) -> Any:
    return _parse_attachments(source.get("attachments", UNSET))

def _load_tags(source: Mapping[str, Any]) -> Any:
    return _parse_tags(source.get("tags", UNSET))

def _load_additional_datas(source: Mapping[str, Any]) -> Any:
    return _parse_additional_datas(source.get("additionalDatas", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("label", "project", "iteration", "descriptionPlainText", "workFlowStep", "order", "owner", "assignedToUser", "area", "workSpace", "creator", "remainingDays", "closingTime", "children", "nbSubTasks", "nbSubTasksClosed", "objectTypeDetails", "id", "archived", "projectId", "iterationId", "descriptionHtml", "objectId", "objectType", "priority", "state", "color", "workFlowStepId", "deadline", "attachments", "tags", "ownerId", "assignedToUserId", "areaId", "workspaceId", "dateClosed", "dateActivated", "dateCreation", "dateUpdate", "additionalDatas", "parentId", ))

T = TypeVar("T", bound="TaskDto")



@_attrs_define
class TaskDto(LazyModel):
    """Attributes:
        label (str):
        project (None | ProjectDto | Unset):
        iteration (IterationDto | None | Unset):
        description_plain_text (None | str | Unset):
        work_flow_step (None | Unset | WorkFlowStepDto):
        order (int | None | Unset):
        owner (None | Unset | UserLightDto):
        assigned_to_user (None | Unset | UserLightDto):
        area (AreaLightDto | None | Unset):
        work_space (None | Unset | WorkSpaceDto):
        creator (None | Unset | UserLightDto):
        remaining_days (int | None | Unset):
        closing_time (int | None | Unset):
        children (list[TaskDto] | None | Unset):
        nb_sub_tasks (int | None | Unset):
        nb_sub_tasks_closed (int | None | Unset):
        object_type_details (None | SelectListItemResource | Unset):
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
        additional_datas (None | TaskDtoAdditionalDatasType0 | Unset):
        parent_id (int | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "project": _load_project,
        "iteration": _load_iteration,
        "work_flow_step": _load_work_flow_step,
        "owner": _load_owner,
        "assigned_to_user": _load_assigned_to_user,
        "area": _load_area,
        "work_space": _load_work_space,
        "creator": _load_creator,
        "children": _load_children,
        "object_type_details": _load_object_type_details,
        "attachments": _load_attachments,
        "tags": _load_tags,
        "additional_datas": _load_additional_datas,
    }

    label: str
    project: None | ProjectDto | Unset = UNSET
    iteration: IterationDto | None | Unset = UNSET
    description_plain_text: None | str | Unset = UNSET
    work_flow_step: None | Unset | WorkFlowStepDto = UNSET
    order: int | None | Unset = UNSET
    owner: None | Unset | UserLightDto = UNSET
    assigned_to_user: None | Unset | UserLightDto = UNSET
    area: AreaLightDto | None | Unset = UNSET
    work_space: None | Unset | WorkSpaceDto = UNSET
    creator: None | Unset | UserLightDto = UNSET
    remaining_days: int | None | Unset = UNSET
    closing_time: int | None | Unset = UNSET
    children: list[TaskDto] | None | Unset = UNSET
    nb_sub_tasks: int | None | Unset = UNSET
    nb_sub_tasks_closed: int | None | Unset = UNSET
    object_type_details: None | SelectListItemResource | Unset = UNSET
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
    additional_datas: None | TaskDtoAdditionalDatasType0 | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.area_light_dto import AreaLightDto  # noqa: PLC0415
        from ..models.attachment_dto import AttachmentDto  # noqa: PLC0415
        from ..models.iteration_dto import IterationDto  # noqa: PLC0415
        from ..models.project_dto import ProjectDto  # noqa: PLC0415
        from ..models.select_list_item_resource import SelectListItemResource  # noqa: PLC0415
        from ..models.tag_dto import TagDto  # noqa: PLC0415
        from ..models.task_dto_additional_datas_type_0 import TaskDtoAdditionalDatasType0  # noqa: PLC0415
        from ..models.user_light_dto import UserLightDto  # noqa: PLC0415
        from ..models.work_flow_step_dto import WorkFlowStepDto  # noqa: PLC0415
        from ..models.work_space_dto import WorkSpaceDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        label = self.label

        field_dict["label"] = label
        project: dict[str, Any] | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        elif isinstance(self.project, ProjectDto):
            project = self.project.to_dict()
        else:
            project = self.project

        if project is not UNSET:
            field_dict["project"] = project
        iteration: dict[str, Any] | None | Unset
        if isinstance(self.iteration, Unset):
            iteration = UNSET
        elif isinstance(self.iteration, IterationDto):
            iteration = self.iteration.to_dict()
        else:
            iteration = self.iteration

        if iteration is not UNSET:
            field_dict["iteration"] = iteration
        description_plain_text: None | str | Unset
        if isinstance(self.description_plain_text, Unset):
            description_plain_text = UNSET
        else:
            description_plain_text = self.description_plain_text

        if description_plain_text is not UNSET:
            field_dict["descriptionPlainText"] = description_plain_text
        work_flow_step: dict[str, Any] | None | Unset
        if isinstance(self.work_flow_step, Unset):
            work_flow_step = UNSET
        elif isinstance(self.work_flow_step, WorkFlowStepDto):
            work_flow_step = self.work_flow_step.to_dict()
        else:
            work_flow_step = self.work_flow_step

        if work_flow_step is not UNSET:
            field_dict["workFlowStep"] = work_flow_step
        order: int | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        else:
            order = self.order

        if order is not UNSET:
            field_dict["order"] = order
        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, UserLightDto):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        if owner is not UNSET:
            field_dict["owner"] = owner
        assigned_to_user: dict[str, Any] | None | Unset
        if isinstance(self.assigned_to_user, Unset):
            assigned_to_user = UNSET
        elif isinstance(self.assigned_to_user, UserLightDto):
            assigned_to_user = self.assigned_to_user.to_dict()
        else:
            assigned_to_user = self.assigned_to_user

        if assigned_to_user is not UNSET:
            field_dict["assignedToUser"] = assigned_to_user
        area: dict[str, Any] | None | Unset
        if isinstance(self.area, Unset):
            area = UNSET
        elif isinstance(self.area, AreaLightDto):
            area = self.area.to_dict()
        else:
            area = self.area

        if area is not UNSET:
            field_dict["area"] = area
        work_space: dict[str, Any] | None | Unset
        if isinstance(self.work_space, Unset):
            work_space = UNSET
        elif isinstance(self.work_space, WorkSpaceDto):
            work_space = self.work_space.to_dict()
        else:
            work_space = self.work_space

        if work_space is not UNSET:
            field_dict["workSpace"] = work_space
        creator: dict[str, Any] | None | Unset
        if isinstance(self.creator, Unset):
            creator = UNSET
        elif isinstance(self.creator, UserLightDto):
            creator = self.creator.to_dict()
        else:
            creator = self.creator

        if creator is not UNSET:
            field_dict["creator"] = creator
        remaining_days: int | None | Unset
        if isinstance(self.remaining_days, Unset):
            remaining_days = UNSET
        else:
            remaining_days = self.remaining_days

        if remaining_days is not UNSET:
            field_dict["remainingDays"] = remaining_days
        closing_time: int | None | Unset
        if isinstance(self.closing_time, Unset):
            closing_time = UNSET
        else:
            closing_time = self.closing_time

        if closing_time is not UNSET:
            field_dict["closingTime"] = closing_time
        children: list[dict[str, Any]] | None | Unset
        if isinstance(self.children, Unset):
            children = UNSET
        elif isinstance(self.children, list):
            children = []
            for children_type_0_item_data in self.children:
                children_type_0_item = children_type_0_item_data.to_dict()
                children.append(children_type_0_item)


        else:
            children = self.children

        if children is not UNSET:
            field_dict["children"] = children
        nb_sub_tasks: int | None | Unset
        if isinstance(self.nb_sub_tasks, Unset):
            nb_sub_tasks = UNSET
        else:
            nb_sub_tasks = self.nb_sub_tasks

        if nb_sub_tasks is not UNSET:
            field_dict["nbSubTasks"] = nb_sub_tasks
        nb_sub_tasks_closed: int | None | Unset
        if isinstance(self.nb_sub_tasks_closed, Unset):
            nb_sub_tasks_closed = UNSET
        else:
            nb_sub_tasks_closed = self.nb_sub_tasks_closed

        if nb_sub_tasks_closed is not UNSET:
            field_dict["nbSubTasksClosed"] = nb_sub_tasks_closed
        object_type_details: dict[str, Any] | None | Unset
        if isinstance(self.object_type_details, Unset):
            object_type_details = UNSET
        elif isinstance(self.object_type_details, SelectListItemResource):
            object_type_details = self.object_type_details.to_dict()
        else:
            object_type_details = self.object_type_details

        if object_type_details is not UNSET:
            field_dict["objectTypeDetails"] = object_type_details
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        if archived is not UNSET:
            field_dict["archived"] = archived
        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        elif isinstance(self.project_id, UUID):
            project_id = str(self.project_id)
        else:
            project_id = self.project_id

        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        iteration_id: None | str | Unset
        if isinstance(self.iteration_id, Unset):
            iteration_id = UNSET
        elif isinstance(self.iteration_id, UUID):
            iteration_id = str(self.iteration_id)
        else:
            iteration_id = self.iteration_id

        if iteration_id is not UNSET:
            field_dict["iterationId"] = iteration_id
        description_html: None | str | Unset
        if isinstance(self.description_html, Unset):
            description_html = UNSET
        else:
            description_html = self.description_html

        if description_html is not UNSET:
            field_dict["descriptionHtml"] = description_html
        object_id: None | str | Unset
        if isinstance(self.object_id, Unset):
            object_id = UNSET
        else:
            object_id = self.object_id

        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        elif isinstance(self.object_type, TaskObjectType):
            object_type = self.object_type.value
        else:
            object_type = self.object_type

        if object_type is not UNSET:
            field_dict["objectType"] = object_type
        priority: None | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        elif isinstance(self.priority, Priority):
            priority = self.priority.value
        else:
            priority = self.priority

        if priority is not UNSET:
            field_dict["priority"] = priority
        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, TaskState):
            state = self.state.value
        else:
            state = self.state

        if state is not UNSET:
            field_dict["state"] = state
        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        if color is not UNSET:
            field_dict["color"] = color
        work_flow_step_id: int | None | Unset
        if isinstance(self.work_flow_step_id, Unset):
            work_flow_step_id = UNSET
        else:
            work_flow_step_id = self.work_flow_step_id

        if work_flow_step_id is not UNSET:
            field_dict["workFlowStepId"] = work_flow_step_id
        deadline: None | str | Unset
        if isinstance(self.deadline, Unset):
            deadline = UNSET
        elif isinstance(self.deadline, datetime.datetime):
            deadline = self.deadline.isoformat()
        else:
            deadline = self.deadline

        if deadline is not UNSET:
            field_dict["deadline"] = deadline
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

        if attachments is not UNSET:
            field_dict["attachments"] = attachments
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

        if tags is not UNSET:
            field_dict["tags"] = tags
        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        assigned_to_user_id: int | None | Unset
        if isinstance(self.assigned_to_user_id, Unset):
            assigned_to_user_id = UNSET
        else:
            assigned_to_user_id = self.assigned_to_user_id

        if assigned_to_user_id is not UNSET:
            field_dict["assignedToUserId"] = assigned_to_user_id
        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        workspace_id: int | None | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id
        date_closed: None | str | Unset
        if isinstance(self.date_closed, Unset):
            date_closed = UNSET
        elif isinstance(self.date_closed, datetime.datetime):
            date_closed = self.date_closed.isoformat()
        else:
            date_closed = self.date_closed

        if date_closed is not UNSET:
            field_dict["dateClosed"] = date_closed
        date_activated: None | str | Unset
        if isinstance(self.date_activated, Unset):
            date_activated = UNSET
        elif isinstance(self.date_activated, datetime.datetime):
            date_activated = self.date_activated.isoformat()
        else:
            date_activated = self.date_activated

        if date_activated is not UNSET:
            field_dict["dateActivated"] = date_activated
        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        date_update: None | str | Unset
        if isinstance(self.date_update, Unset):
            date_update = UNSET
        elif isinstance(self.date_update, datetime.datetime):
            date_update = self.date_update.isoformat()
        else:
            date_update = self.date_update

        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        additional_datas: dict[str, Any] | None | Unset
        if isinstance(self.additional_datas, Unset):
            additional_datas = UNSET
        elif isinstance(self.additional_datas, TaskDtoAdditionalDatasType0):
            additional_datas = self.additional_datas.to_dict()
        else:
            additional_datas = self.additional_datas

        if additional_datas is not UNSET:
            field_dict["additionalDatas"] = additional_datas
        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.label = src_dict["label"]
        parsed.description_plain_text = src_dict.get("descriptionPlainText", UNSET)
        parsed.order = src_dict.get("order", UNSET)
        parsed.remaining_days = src_dict.get("remainingDays", UNSET)
        parsed.closing_time = src_dict.get("closingTime", UNSET)
        parsed.nb_sub_tasks = src_dict.get("nbSubTasks", UNSET)
        parsed.nb_sub_tasks_closed = src_dict.get("nbSubTasksClosed", UNSET)
        parsed.id = src_dict.get("id", UNSET)
        parsed.archived = src_dict.get("archived", UNSET)
        parsed.project_id = _parse_project_id(src_dict.get("projectId", UNSET))
        parsed.iteration_id = _parse_iteration_id(src_dict.get("iterationId", UNSET))
        parsed.description_html = src_dict.get("descriptionHtml", UNSET)
        parsed.object_id = src_dict.get("objectId", UNSET)
        parsed.object_type = _parse_object_type(src_dict.get("objectType", UNSET))
        parsed.priority = _parse_priority(src_dict.get("priority", UNSET))
        parsed.state = _parse_state(src_dict.get("state", UNSET))
        parsed.color = src_dict.get("color", UNSET)
        parsed.work_flow_step_id = src_dict.get("workFlowStepId", UNSET)
        parsed.deadline = _parse_deadline(src_dict.get("deadline", UNSET))
        parsed.owner_id = src_dict.get("ownerId", UNSET)
        parsed.assigned_to_user_id = src_dict.get("assignedToUserId", UNSET)
        parsed.area_id = src_dict.get("areaId", UNSET)
        parsed.workspace_id = src_dict.get("workspaceId", UNSET)
        parsed.date_closed = _parse_date_closed(src_dict.get("dateClosed", UNSET))
        parsed.date_activated = _parse_date_activated(src_dict.get("dateActivated", UNSET))
        parsed.date_creation = _parse_date_creation(src_dict.get("dateCreation", UNSET))
        parsed.date_update = _parse_date_update(src_dict.get("dateUpdate", UNSET))
        parsed.parent_id = src_dict.get("parentId", UNSET)
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
