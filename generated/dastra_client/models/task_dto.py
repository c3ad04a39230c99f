from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import FieldValidationError, VariantMismatchError
from .._lazy import (
    EAGER,
    MISSING,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.priority import Priority
from ..models.task_object_type import TaskObjectType
from ..models.task_state import TaskState
from ..types import UNSET, Unset

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
else:
    AreaLightDto = deferred(globals(), "AreaLightDto", "..models.area_light_dto")
    AttachmentDto = deferred(globals(), "AttachmentDto", "..models.attachment_dto")
    IterationDto = deferred(globals(), "IterationDto", "..models.iteration_dto")
    ProjectDto = deferred(globals(), "ProjectDto", "..models.project_dto")
    SelectListItemResource = deferred(
        globals(), "SelectListItemResource", "..models.select_list_item_resource"
    )
    TagDto = deferred(globals(), "TagDto", "..models.tag_dto")
    TaskDtoAdditionalDatasType0 = deferred(
        globals(), "TaskDtoAdditionalDatasType0", "..models.task_dto_additional_datas_type_0"
    )
    UserLightDto = deferred(globals(), "UserLightDto", "..models.user_light_dto")
    WorkFlowStepDto = deferred(globals(), "WorkFlowStepDto", "..models.work_flow_step_dto")
    WorkSpaceDto = deferred(globals(), "WorkSpaceDto", "..models.work_space_dto")


_PRIORITY_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in Priority}
_TASK_OBJECT_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in TaskObjectType}
_TASK_STATE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in TaskState}


def _load_project(model: TaskDto, source: Mapping[str, Any]) -> Any:
    value = source.get("project", UNSET)
    if value is None or value is UNSET:
        model.project = value
        return value
    if isinstance(value, dict):
        try:
            model.project = result = ProjectDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "project", "project", "ProjectDto | None", value)
    else:
        result = invalid(model, "project", "project", "ProjectDto | None", value)
    return result


def _load_iteration(model: TaskDto, source: Mapping[str, Any]) -> Any:
    value = source.get("iteration", UNSET)
    if value is None or value is UNSET:
        model.iteration = value
        return value
    if isinstance(value, dict):
        try:
            model.iteration = result = IterationDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "iteration", "iteration", "IterationDto | None", value)
    else:
        result = invalid(model, "iteration", "iteration", "IterationDto | None", value)
    return result


def _load_work_flow_step(model: TaskDto, source: Mapping[str, Any]) -> Any:
    value = source.get("workFlowStep", UNSET)
    if value is None or value is UNSET:
        model.work_flow_step = value
        return value
    if isinstance(value, dict):
        try:
            model.work_flow_step = result = WorkFlowStepDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "work_flow_step", "workFlowStep", "WorkFlowStepDto | None", value)
    else:
        result = invalid(model, "work_flow_step", "workFlowStep", "WorkFlowStepDto | None", value)
    return result


def _load_owner(model: TaskDto, source: Mapping[str, Any]) -> Any:
    value = source.get("owner", UNSET)
    if value is None or value is UNSET:
        model.owner = value
        return value
    if isinstance(value, dict):
        try:
            model.owner = result = UserLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "owner", "owner", "UserLightDto | None", value)
    else:
        result = invalid(model, "owner", "owner", "UserLightDto | None", value)
    return result


def _load_assigned_to_user(model: TaskDto, source: Mapping[str, Any]) -> Any:
    value = source.get("assignedToUser", UNSET)
    if value is None or value is UNSET:
        model.assigned_to_user = value
        return value
    if isinstance(value, dict):
        try:
            model.assigned_to_user = result = UserLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "assigned_to_user", "assignedToUser", "UserLightDto | None", value)
    else:
        result = invalid(model, "assigned_to_user", "assignedToUser", "UserLightDto | None", value)
    return result


def _load_area(model: TaskDto, source: Mapping[str, Any]) -> Any:
    value = source.get("area", UNSET)
    if value is None or value is UNSET:
        model.area = value
        return value
    if isinstance(value, dict):
        try:
            model.area = result = AreaLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "area", "area", "AreaLightDto | None", value)
    else:
        result = invalid(model, "area", "area", "AreaLightDto | None", value)
    return result


def _load_work_space(model: TaskDto, source: Mapping[str, Any]) -> Any:
    value = source.get("workSpace", UNSET)
    if value is None or value is UNSET:
        model.work_space = value
        return value
    if isinstance(value, dict):
        try:
            model.work_space = result = WorkSpaceDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "work_space", "workSpace", "WorkSpaceDto | None", value)
    else:
        result = invalid(model, "work_space", "workSpace", "WorkSpaceDto | None", value)
    return result


def _load_creator(model: TaskDto, source: Mapping[str, Any]) -> Any:
    value = source.get("creator", UNSET)
    if value is None or value is UNSET:
        model.creator = value
        return value
    if isinstance(value, dict):
        try:
            model.creator = result = UserLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "creator", "creator", "UserLightDto | None", value)
    else:
        result = invalid(model, "creator", "creator", "UserLightDto | None", value)
    return result


def _load_children(model: TaskDto, source: Mapping[str, Any]) -> Any:
    value = source.get("children", UNSET)
    if value is None or value is UNSET:
        model.children = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.children = result = list(map(TaskDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model, "children", "children", "list[TaskDto] | None", value, items=TaskDto.from_dict
            )
    else:
        result = invalid(model, "children", "children", "list[TaskDto] | None", value)
    return result


def _load_object_type_details(model: TaskDto, source: Mapping[str, Any]) -> Any:
    value = source.get("objectTypeDetails", UNSET)
    if value is None or value is UNSET:
        model.object_type_details = value
        return value
    if isinstance(value, dict):
        try:
            model.object_type_details = result = SelectListItemResource.from_dict(value)
        except VariantMismatchError:
            result = invalid(
                model, "object_type_details", "objectTypeDetails", "SelectListItemResource | None", value
            )
    else:
        result = invalid(
            model, "object_type_details", "objectTypeDetails", "SelectListItemResource | None", value
        )
    return result


def _load_attachments(model: TaskDto, source: Mapping[str, Any]) -> Any:
    value = source.get("attachments", UNSET)
    if value is None or value is UNSET:
        model.attachments = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.attachments = result = list(map(AttachmentDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "attachments",
                "attachments",
                "list[AttachmentDto] | None",
                value,
                items=AttachmentDto.from_dict,
            )
    else:
        result = invalid(model, "attachments", "attachments", "list[AttachmentDto] | None", value)
    return result


def _load_tags(model: TaskDto, source: Mapping[str, Any]) -> Any:
    value = source.get("tags", UNSET)
    if value is None or value is UNSET:
        model.tags = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.tags = result = list(map(TagDto.from_dict, value))
        except FieldValidationError:
            result = invalid(model, "tags", "tags", "list[TagDto] | None", value, items=TagDto.from_dict)
    else:
        result = invalid(model, "tags", "tags", "list[TagDto] | None", value)
    return result


def _load_additional_datas(model: TaskDto, source: Mapping[str, Any]) -> Any:
    value = source.get("additionalDatas", UNSET)
    if value is None or value is UNSET:
        model.additional_datas = value
        return value
    if isinstance(value, dict):
        try:
            model.additional_datas = result = TaskDtoAdditionalDatasType0.from_dict(value)
        except VariantMismatchError:
            result = invalid(
                model, "additional_datas", "additionalDatas", "TaskDtoAdditionalDatasType0 | None", value
            )
    else:
        result = invalid(
            model, "additional_datas", "additionalDatas", "TaskDtoAdditionalDatasType0 | None", value
        )
    return result


_KEYS: Final[tuple[str, ...]] = (
    "label",
    "project",
    "iteration",
    "descriptionPlainText",
    "workFlowStep",
    "order",
    "owner",
    "assignedToUser",
    "area",
    "workSpace",
    "creator",
    "remainingDays",
    "closingTime",
    "children",
    "nbSubTasks",
    "nbSubTasksClosed",
    "objectTypeDetails",
    "id",
    "archived",
    "projectId",
    "iterationId",
    "descriptionHtml",
    "objectId",
    "objectType",
    "priority",
    "state",
    "color",
    "workFlowStepId",
    "deadline",
    "attachments",
    "tags",
    "ownerId",
    "assignedToUserId",
    "areaId",
    "workspaceId",
    "dateClosed",
    "dateActivated",
    "dateCreation",
    "dateUpdate",
    "additionalDatas",
    "parentId",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "label": MISSING,
    "project": UNSET,
    "iteration": UNSET,
    "descriptionPlainText": UNSET,
    "workFlowStep": UNSET,
    "order": UNSET,
    "owner": UNSET,
    "assignedToUser": UNSET,
    "area": UNSET,
    "workSpace": UNSET,
    "creator": UNSET,
    "remainingDays": UNSET,
    "closingTime": UNSET,
    "children": UNSET,
    "nbSubTasks": UNSET,
    "nbSubTasksClosed": UNSET,
    "objectTypeDetails": UNSET,
    "id": UNSET,
    "archived": UNSET,
    "projectId": UNSET,
    "iterationId": UNSET,
    "descriptionHtml": UNSET,
    "objectId": UNSET,
    "objectType": UNSET,
    "priority": UNSET,
    "state": UNSET,
    "color": UNSET,
    "workFlowStepId": UNSET,
    "deadline": UNSET,
    "attachments": UNSET,
    "tags": UNSET,
    "ownerId": UNSET,
    "assignedToUserId": UNSET,
    "areaId": UNSET,
    "workspaceId": UNSET,
    "dateClosed": UNSET,
    "dateActivated": UNSET,
    "dateCreation": UNSET,
    "dateUpdate": UNSET,
    "additionalDatas": UNSET,
    "parentId": UNSET,
}

T = TypeVar("T", bound="TaskDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("label", "label"),
        ("project", "project"),
        ("iteration", "iteration"),
        ("description_plain_text", "descriptionPlainText"),
        ("work_flow_step", "workFlowStep"),
        ("order", "order"),
        ("owner", "owner"),
        ("assigned_to_user", "assignedToUser"),
        ("area", "area"),
        ("work_space", "workSpace"),
        ("creator", "creator"),
        ("remaining_days", "remainingDays"),
        ("closing_time", "closingTime"),
        ("children", "children"),
        ("nb_sub_tasks", "nbSubTasks"),
        ("nb_sub_tasks_closed", "nbSubTasksClosed"),
        ("object_type_details", "objectTypeDetails"),
        ("id", "id"),
        ("archived", "archived"),
        ("project_id", "projectId"),
        ("iteration_id", "iterationId"),
        ("description_html", "descriptionHtml"),
        ("object_id", "objectId"),
        ("object_type", "objectType"),
        ("priority", "priority"),
        ("state", "state"),
        ("color", "color"),
        ("work_flow_step_id", "workFlowStepId"),
        ("deadline", "deadline"),
        ("attachments", "attachments"),
        ("tags", "tags"),
        ("owner_id", "ownerId"),
        ("assigned_to_user_id", "assignedToUserId"),
        ("area_id", "areaId"),
        ("workspace_id", "workspaceId"),
        ("date_closed", "dateClosed"),
        ("date_activated", "dateActivated"),
        ("date_creation", "dateCreation"),
        ("date_update", "dateUpdate"),
        ("additional_datas", "additionalDatas"),
        ("parent_id", "parentId"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
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
        from ..models.area_light_dto import AreaLightDto
        from ..models.iteration_dto import IterationDto
        from ..models.project_dto import ProjectDto
        from ..models.select_list_item_resource import SelectListItemResource
        from ..models.task_dto_additional_datas_type_0 import TaskDtoAdditionalDatasType0
        from ..models.user_light_dto import UserLightDto
        from ..models.work_flow_step_dto import WorkFlowStepDto
        from ..models.work_space_dto import WorkSpaceDto

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "label" not in unreadable:
            label = self.label

            field_dict["label"] = label
        if "project" not in unreadable:
            project: dict[str, Any] | None | Unset
            if isinstance(self.project, Unset):
                project = UNSET
            elif isinstance(self.project, ProjectDto):
                project = self.project.to_dict()
            else:
                project = self.project

            if project is not UNSET:
                field_dict["project"] = project
        if "iteration" not in unreadable:
            iteration: dict[str, Any] | None | Unset
            if isinstance(self.iteration, Unset):
                iteration = UNSET
            elif isinstance(self.iteration, IterationDto):
                iteration = self.iteration.to_dict()
            else:
                iteration = self.iteration

            if iteration is not UNSET:
                field_dict["iteration"] = iteration
        if "description_plain_text" not in unreadable:
            description_plain_text: None | str | Unset
            if isinstance(self.description_plain_text, Unset):
                description_plain_text = UNSET
            else:
                description_plain_text = self.description_plain_text

            if description_plain_text is not UNSET:
                field_dict["descriptionPlainText"] = description_plain_text
        if "work_flow_step" not in unreadable:
            work_flow_step: dict[str, Any] | None | Unset
            if isinstance(self.work_flow_step, Unset):
                work_flow_step = UNSET
            elif isinstance(self.work_flow_step, WorkFlowStepDto):
                work_flow_step = self.work_flow_step.to_dict()
            else:
                work_flow_step = self.work_flow_step

            if work_flow_step is not UNSET:
                field_dict["workFlowStep"] = work_flow_step
        if "order" not in unreadable:
            order: int | None | Unset
            if isinstance(self.order, Unset):
                order = UNSET
            else:
                order = self.order

            if order is not UNSET:
                field_dict["order"] = order
        if "owner" not in unreadable:
            owner: dict[str, Any] | None | Unset
            if isinstance(self.owner, Unset):
                owner = UNSET
            elif isinstance(self.owner, UserLightDto):
                owner = self.owner.to_dict()
            else:
                owner = self.owner

            if owner is not UNSET:
                field_dict["owner"] = owner
        if "assigned_to_user" not in unreadable:
            assigned_to_user: dict[str, Any] | None | Unset
            if isinstance(self.assigned_to_user, Unset):
                assigned_to_user = UNSET
            elif isinstance(self.assigned_to_user, UserLightDto):
                assigned_to_user = self.assigned_to_user.to_dict()
            else:
                assigned_to_user = self.assigned_to_user

            if assigned_to_user is not UNSET:
                field_dict["assignedToUser"] = assigned_to_user
        if "area" not in unreadable:
            area: dict[str, Any] | None | Unset
            if isinstance(self.area, Unset):
                area = UNSET
            elif isinstance(self.area, AreaLightDto):
                area = self.area.to_dict()
            else:
                area = self.area

            if area is not UNSET:
                field_dict["area"] = area
        if "work_space" not in unreadable:
            work_space: dict[str, Any] | None | Unset
            if isinstance(self.work_space, Unset):
                work_space = UNSET
            elif isinstance(self.work_space, WorkSpaceDto):
                work_space = self.work_space.to_dict()
            else:
                work_space = self.work_space

            if work_space is not UNSET:
                field_dict["workSpace"] = work_space
        if "creator" not in unreadable:
            creator: dict[str, Any] | None | Unset
            if isinstance(self.creator, Unset):
                creator = UNSET
            elif isinstance(self.creator, UserLightDto):
                creator = self.creator.to_dict()
            else:
                creator = self.creator

            if creator is not UNSET:
                field_dict["creator"] = creator
        if "remaining_days" not in unreadable:
            remaining_days: int | None | Unset
            if isinstance(self.remaining_days, Unset):
                remaining_days = UNSET
            else:
                remaining_days = self.remaining_days

            if remaining_days is not UNSET:
                field_dict["remainingDays"] = remaining_days
        if "closing_time" not in unreadable:
            closing_time: int | None | Unset
            if isinstance(self.closing_time, Unset):
                closing_time = UNSET
            else:
                closing_time = self.closing_time

            if closing_time is not UNSET:
                field_dict["closingTime"] = closing_time
        if "children" not in unreadable:
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
        if "nb_sub_tasks" not in unreadable:
            nb_sub_tasks: int | None | Unset
            if isinstance(self.nb_sub_tasks, Unset):
                nb_sub_tasks = UNSET
            else:
                nb_sub_tasks = self.nb_sub_tasks

            if nb_sub_tasks is not UNSET:
                field_dict["nbSubTasks"] = nb_sub_tasks
        if "nb_sub_tasks_closed" not in unreadable:
            nb_sub_tasks_closed: int | None | Unset
            if isinstance(self.nb_sub_tasks_closed, Unset):
                nb_sub_tasks_closed = UNSET
            else:
                nb_sub_tasks_closed = self.nb_sub_tasks_closed

            if nb_sub_tasks_closed is not UNSET:
                field_dict["nbSubTasksClosed"] = nb_sub_tasks_closed
        if "object_type_details" not in unreadable:
            object_type_details: dict[str, Any] | None | Unset
            if isinstance(self.object_type_details, Unset):
                object_type_details = UNSET
            elif isinstance(self.object_type_details, SelectListItemResource):
                object_type_details = self.object_type_details.to_dict()
            else:
                object_type_details = self.object_type_details

            if object_type_details is not UNSET:
                field_dict["objectTypeDetails"] = object_type_details
        if "id" not in unreadable:
            id: int | None | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "archived" not in unreadable:
            archived: bool | None | Unset
            if isinstance(self.archived, Unset):
                archived = UNSET
            else:
                archived = self.archived

            if archived is not UNSET:
                field_dict["archived"] = archived
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
        if "iteration_id" not in unreadable:
            iteration_id: None | str | Unset
            if isinstance(self.iteration_id, Unset):
                iteration_id = UNSET
            elif isinstance(self.iteration_id, UUID):
                iteration_id = str(self.iteration_id)
            else:
                iteration_id = self.iteration_id

            if iteration_id is not UNSET:
                field_dict["iterationId"] = iteration_id
        if "description_html" not in unreadable:
            description_html: None | str | Unset
            if isinstance(self.description_html, Unset):
                description_html = UNSET
            else:
                description_html = self.description_html

            if description_html is not UNSET:
                field_dict["descriptionHtml"] = description_html
        if "object_id" not in unreadable:
            object_id: None | str | Unset
            if isinstance(self.object_id, Unset):
                object_id = UNSET
            else:
                object_id = self.object_id

            if object_id is not UNSET:
                field_dict["objectId"] = object_id
        if "object_type" not in unreadable:
            object_type: None | str | Unset
            if isinstance(self.object_type, Unset):
                object_type = UNSET
            elif isinstance(self.object_type, TaskObjectType):
                object_type = self.object_type.value
            else:
                object_type = self.object_type

            if object_type is not UNSET:
                field_dict["objectType"] = object_type
        if "priority" not in unreadable:
            priority: None | str | Unset
            if isinstance(self.priority, Unset):
                priority = UNSET
            elif isinstance(self.priority, Priority):
                priority = self.priority.value
            else:
                priority = self.priority

            if priority is not UNSET:
                field_dict["priority"] = priority
        if "state" not in unreadable:
            state: None | str | Unset
            if isinstance(self.state, Unset):
                state = UNSET
            elif isinstance(self.state, TaskState):
                state = self.state.value
            else:
                state = self.state

            if state is not UNSET:
                field_dict["state"] = state
        if "color" not in unreadable:
            color: None | str | Unset
            if isinstance(self.color, Unset):
                color = UNSET
            else:
                color = self.color

            if color is not UNSET:
                field_dict["color"] = color
        if "work_flow_step_id" not in unreadable:
            work_flow_step_id: int | None | Unset
            if isinstance(self.work_flow_step_id, Unset):
                work_flow_step_id = UNSET
            else:
                work_flow_step_id = self.work_flow_step_id

            if work_flow_step_id is not UNSET:
                field_dict["workFlowStepId"] = work_flow_step_id
        if "deadline" not in unreadable:
            deadline: None | str | Unset
            if isinstance(self.deadline, Unset):
                deadline = UNSET
            elif isinstance(self.deadline, datetime.datetime):
                deadline = self.deadline.isoformat()
            else:
                deadline = self.deadline

            if deadline is not UNSET:
                field_dict["deadline"] = deadline
        if "attachments" not in unreadable:
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
        if "tags" not in unreadable:
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
        if "owner_id" not in unreadable:
            owner_id: int | None | Unset
            if isinstance(self.owner_id, Unset):
                owner_id = UNSET
            else:
                owner_id = self.owner_id

            if owner_id is not UNSET:
                field_dict["ownerId"] = owner_id
        if "assigned_to_user_id" not in unreadable:
            assigned_to_user_id: int | None | Unset
            if isinstance(self.assigned_to_user_id, Unset):
                assigned_to_user_id = UNSET
            else:
                assigned_to_user_id = self.assigned_to_user_id

            if assigned_to_user_id is not UNSET:
                field_dict["assignedToUserId"] = assigned_to_user_id
        if "area_id" not in unreadable:
            area_id: int | None | Unset
            if isinstance(self.area_id, Unset):
                area_id = UNSET
            else:
                area_id = self.area_id

            if area_id is not UNSET:
                field_dict["areaId"] = area_id
        if "workspace_id" not in unreadable:
            workspace_id: int | None | Unset
            if isinstance(self.workspace_id, Unset):
                workspace_id = UNSET
            else:
                workspace_id = self.workspace_id

            if workspace_id is not UNSET:
                field_dict["workspaceId"] = workspace_id
        if "date_closed" not in unreadable:
            date_closed: None | str | Unset
            if isinstance(self.date_closed, Unset):
                date_closed = UNSET
            elif isinstance(self.date_closed, datetime.datetime):
                date_closed = self.date_closed.isoformat()
            else:
                date_closed = self.date_closed

            if date_closed is not UNSET:
                field_dict["dateClosed"] = date_closed
        if "date_activated" not in unreadable:
            date_activated: None | str | Unset
            if isinstance(self.date_activated, Unset):
                date_activated = UNSET
            elif isinstance(self.date_activated, datetime.datetime):
                date_activated = self.date_activated.isoformat()
            else:
                date_activated = self.date_activated

            if date_activated is not UNSET:
                field_dict["dateActivated"] = date_activated
        if "date_creation" not in unreadable:
            date_creation: None | str | Unset
            if isinstance(self.date_creation, Unset):
                date_creation = UNSET
            elif isinstance(self.date_creation, datetime.datetime):
                date_creation = self.date_creation.isoformat()
            else:
                date_creation = self.date_creation

            if date_creation is not UNSET:
                field_dict["dateCreation"] = date_creation
        if "date_update" not in unreadable:
            date_update: None | str | Unset
            if isinstance(self.date_update, Unset):
                date_update = UNSET
            elif isinstance(self.date_update, datetime.datetime):
                date_update = self.date_update.isoformat()
            else:
                date_update = self.date_update

            if date_update is not UNSET:
                field_dict["dateUpdate"] = date_update
        if "additional_datas" not in unreadable:
            additional_datas: dict[str, Any] | None | Unset
            if isinstance(self.additional_datas, Unset):
                additional_datas = UNSET
            elif isinstance(self.additional_datas, TaskDtoAdditionalDatasType0):
                additional_datas = self.additional_datas.to_dict()
            else:
                additional_datas = self.additional_datas

            if additional_datas is not UNSET:
                field_dict["additionalDatas"] = additional_datas
        if "parent_id" not in unreadable:
            parent_id: int | None | Unset
            if isinstance(self.parent_id, Unset):
                parent_id = UNSET
            else:
                parent_id = self.parent_id

            if parent_id is not UNSET:
                field_dict["parentId"] = parent_id
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
            if len(src_dict) >= 41:
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
        if isinstance(value, str):
            parsed.label = value
        else:
            invalid(parsed, "label", "label", "str", value)
            absent += value is MISSING

        value = values[1]
        if value is None:
            parsed.project = None
        elif value is UNSET:
            parsed.project = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.project = ProjectDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "project", "project", "ProjectDto | None", value)
            else:
                invalid(parsed, "project", "project", "ProjectDto | None", value)

        value = values[2]
        if value is None:
            parsed.iteration = None
        elif value is UNSET:
            parsed.iteration = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.iteration = IterationDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "iteration", "iteration", "IterationDto | None", value)
            else:
                invalid(parsed, "iteration", "iteration", "IterationDto | None", value)

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.description_plain_text = value
        elif value is UNSET:
            parsed.description_plain_text = UNSET
            absent += 1
        else:
            invalid(parsed, "description_plain_text", "descriptionPlainText", "str | None", value)

        value = values[4]
        if value is None:
            parsed.work_flow_step = None
        elif value is UNSET:
            parsed.work_flow_step = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.work_flow_step = WorkFlowStepDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "work_flow_step", "workFlowStep", "WorkFlowStepDto | None", value)
            else:
                invalid(parsed, "work_flow_step", "workFlowStep", "WorkFlowStepDto | None", value)

        value = values[5]
        if type(value) is int or value is None:
            parsed.order = value
        elif value is UNSET:
            parsed.order = UNSET
            absent += 1
        else:
            invalid(parsed, "order", "order", "int | None", value)

        value = values[6]
        if value is None:
            parsed.owner = None
        elif value is UNSET:
            parsed.owner = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.owner = UserLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "owner", "owner", "UserLightDto | None", value)
            else:
                invalid(parsed, "owner", "owner", "UserLightDto | None", value)

        value = values[7]
        if value is None:
            parsed.assigned_to_user = None
        elif value is UNSET:
            parsed.assigned_to_user = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.assigned_to_user = UserLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "assigned_to_user", "assignedToUser", "UserLightDto | None", value)
            else:
                invalid(parsed, "assigned_to_user", "assignedToUser", "UserLightDto | None", value)

        value = values[8]
        if value is None:
            parsed.area = None
        elif value is UNSET:
            parsed.area = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.area = AreaLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "area", "area", "AreaLightDto | None", value)
            else:
                invalid(parsed, "area", "area", "AreaLightDto | None", value)

        value = values[9]
        if value is None:
            parsed.work_space = None
        elif value is UNSET:
            parsed.work_space = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.work_space = WorkSpaceDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "work_space", "workSpace", "WorkSpaceDto | None", value)
            else:
                invalid(parsed, "work_space", "workSpace", "WorkSpaceDto | None", value)

        value = values[10]
        if value is None:
            parsed.creator = None
        elif value is UNSET:
            parsed.creator = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.creator = UserLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "creator", "creator", "UserLightDto | None", value)
            else:
                invalid(parsed, "creator", "creator", "UserLightDto | None", value)

        value = values[11]
        if type(value) is int or value is None:
            parsed.remaining_days = value
        elif value is UNSET:
            parsed.remaining_days = UNSET
            absent += 1
        else:
            invalid(parsed, "remaining_days", "remainingDays", "int | None", value)

        value = values[12]
        if type(value) is int or value is None:
            parsed.closing_time = value
        elif value is UNSET:
            parsed.closing_time = UNSET
            absent += 1
        else:
            invalid(parsed, "closing_time", "closingTime", "int | None", value)

        value = values[13]
        if value is None:
            parsed.children = None
        elif value is UNSET:
            parsed.children = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.children = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.children = list(map(TaskDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed, "children", "children", "list[TaskDto] | None", value, items=TaskDto.from_dict
                    )
            else:
                invalid(parsed, "children", "children", "list[TaskDto] | None", value)

        value = values[14]
        if type(value) is int or value is None:
            parsed.nb_sub_tasks = value
        elif value is UNSET:
            parsed.nb_sub_tasks = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_sub_tasks", "nbSubTasks", "int | None", value)

        value = values[15]
        if type(value) is int or value is None:
            parsed.nb_sub_tasks_closed = value
        elif value is UNSET:
            parsed.nb_sub_tasks_closed = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_sub_tasks_closed", "nbSubTasksClosed", "int | None", value)

        value = values[16]
        if value is None:
            parsed.object_type_details = None
        elif value is UNSET:
            parsed.object_type_details = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.object_type_details = SelectListItemResource.from_dict(value)
                except VariantMismatchError:
                    invalid(
                        parsed,
                        "object_type_details",
                        "objectTypeDetails",
                        "SelectListItemResource | None",
                        value,
                    )
            else:
                invalid(
                    parsed, "object_type_details", "objectTypeDetails", "SelectListItemResource | None", value
                )

        value = values[17]
        if type(value) is int or value is None:
            parsed.id = value
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            invalid(parsed, "id", "id", "int | None", value)

        value = values[18]
        if type(value) is bool or value is None:
            parsed.archived = value
        elif value is UNSET:
            parsed.archived = UNSET
            absent += 1
        else:
            invalid(parsed, "archived", "archived", "bool | None", value)

        value = values[19]
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

        value = values[20]
        if value is None:
            parsed.iteration_id = None
        elif value is UNSET:
            parsed.iteration_id = UNSET
            absent += 1
        else:
            try:
                parsed.iteration_id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "iteration_id", "iterationId", "UUID | None", value)

        value = values[21]
        if isinstance(value, str) or value is None:
            parsed.description_html = value
        elif value is UNSET:
            parsed.description_html = UNSET
            absent += 1
        else:
            invalid(parsed, "description_html", "descriptionHtml", "str | None", value)

        value = values[22]
        if isinstance(value, str) or value is None:
            parsed.object_id = value
        elif value is UNSET:
            parsed.object_id = UNSET
            absent += 1
        else:
            invalid(parsed, "object_id", "objectId", "str | None", value)

        value = values[23]
        if isinstance(value, str):
            parsed.object_type = _TASK_OBJECT_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.object_type = None
        elif value is UNSET:
            parsed.object_type = UNSET
            absent += 1
        else:
            invalid(parsed, "object_type", "objectType", "str | TaskObjectType | None", value)

        value = values[24]
        if isinstance(value, str):
            parsed.priority = _PRIORITY_BY_VALUE.get(value, value)
        elif value is None:
            parsed.priority = None
        elif value is UNSET:
            parsed.priority = UNSET
            absent += 1
        else:
            invalid(parsed, "priority", "priority", "Priority | str | None", value)

        value = values[25]
        if isinstance(value, str):
            parsed.state = _TASK_STATE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.state = None
        elif value is UNSET:
            parsed.state = UNSET
            absent += 1
        else:
            invalid(parsed, "state", "state", "str | TaskState | None", value)

        value = values[26]
        if isinstance(value, str) or value is None:
            parsed.color = value
        elif value is UNSET:
            parsed.color = UNSET
            absent += 1
        else:
            invalid(parsed, "color", "color", "str | None", value)

        value = values[27]
        if type(value) is int or value is None:
            parsed.work_flow_step_id = value
        elif value is UNSET:
            parsed.work_flow_step_id = UNSET
            absent += 1
        else:
            invalid(parsed, "work_flow_step_id", "workFlowStepId", "int | None", value)

        value = values[28]
        if value is None:
            parsed.deadline = None
        elif value is UNSET:
            parsed.deadline = UNSET
            absent += 1
        else:
            try:
                parsed.deadline = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "deadline", "deadline", "datetime.datetime | None", value)

        value = values[29]
        if value is None:
            parsed.attachments = None
        elif value is UNSET:
            parsed.attachments = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.attachments = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.attachments = list(map(AttachmentDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "attachments",
                        "attachments",
                        "list[AttachmentDto] | None",
                        value,
                        items=AttachmentDto.from_dict,
                    )
            else:
                invalid(parsed, "attachments", "attachments", "list[AttachmentDto] | None", value)

        value = values[30]
        if value is None:
            parsed.tags = None
        elif value is UNSET:
            parsed.tags = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.tags = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.tags = list(map(TagDto.from_dict, value))
                except FieldValidationError:
                    invalid(parsed, "tags", "tags", "list[TagDto] | None", value, items=TagDto.from_dict)
            else:
                invalid(parsed, "tags", "tags", "list[TagDto] | None", value)

        value = values[31]
        if type(value) is int or value is None:
            parsed.owner_id = value
        elif value is UNSET:
            parsed.owner_id = UNSET
            absent += 1
        else:
            invalid(parsed, "owner_id", "ownerId", "int | None", value)

        value = values[32]
        if type(value) is int or value is None:
            parsed.assigned_to_user_id = value
        elif value is UNSET:
            parsed.assigned_to_user_id = UNSET
            absent += 1
        else:
            invalid(parsed, "assigned_to_user_id", "assignedToUserId", "int | None", value)

        value = values[33]
        if type(value) is int or value is None:
            parsed.area_id = value
        elif value is UNSET:
            parsed.area_id = UNSET
            absent += 1
        else:
            invalid(parsed, "area_id", "areaId", "int | None", value)

        value = values[34]
        if type(value) is int or value is None:
            parsed.workspace_id = value
        elif value is UNSET:
            parsed.workspace_id = UNSET
            absent += 1
        else:
            invalid(parsed, "workspace_id", "workspaceId", "int | None", value)

        value = values[35]
        if value is None:
            parsed.date_closed = None
        elif value is UNSET:
            parsed.date_closed = UNSET
            absent += 1
        else:
            try:
                parsed.date_closed = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_closed", "dateClosed", "datetime.datetime | None", value)

        value = values[36]
        if value is None:
            parsed.date_activated = None
        elif value is UNSET:
            parsed.date_activated = UNSET
            absent += 1
        else:
            try:
                parsed.date_activated = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_activated", "dateActivated", "datetime.datetime | None", value)

        value = values[37]
        if value is None:
            parsed.date_creation = None
        elif value is UNSET:
            parsed.date_creation = UNSET
            absent += 1
        else:
            try:
                parsed.date_creation = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_creation", "dateCreation", "datetime.datetime | None", value)

        value = values[38]
        if value is None:
            parsed.date_update = None
        elif value is UNSET:
            parsed.date_update = UNSET
            absent += 1
        else:
            try:
                parsed.date_update = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_update", "dateUpdate", "datetime.datetime | None", value)

        value = values[39]
        if value is None:
            parsed.additional_datas = None
        elif value is UNSET:
            parsed.additional_datas = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.additional_datas = TaskDtoAdditionalDatasType0.from_dict(value)
                except VariantMismatchError:
                    invalid(
                        parsed,
                        "additional_datas",
                        "additionalDatas",
                        "TaskDtoAdditionalDatasType0 | None",
                        value,
                    )
            else:
                invalid(
                    parsed, "additional_datas", "additionalDatas", "TaskDtoAdditionalDatasType0 | None", value
                )

        value = values[40]
        if type(value) is int or value is None:
            parsed.parent_id = value
        elif value is UNSET:
            parsed.parent_id = UNSET
            absent += 1
        else:
            invalid(parsed, "parent_id", "parentId", "int | None", value)

        if len(src_dict) + absent == 41:  # every key is a known one
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
