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
    from ..models.attachment_dto import AttachmentDto
    from ..models.tag_dto import TagDto
    from ..models.task_create_update_dto_additional_datas_type_0 import (
        TaskCreateUpdateDtoAdditionalDatasType0,
    )
else:
    AttachmentDto = deferred(globals(), "AttachmentDto", "..models.attachment_dto")
    TagDto = deferred(globals(), "TagDto", "..models.tag_dto")
    TaskCreateUpdateDtoAdditionalDatasType0 = deferred(
        globals(),
        "TaskCreateUpdateDtoAdditionalDatasType0",
        "..models.task_create_update_dto_additional_datas_type_0",
    )


_PRIORITY_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in Priority}
_TASK_OBJECT_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in TaskObjectType}
_TASK_STATE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in TaskState}


def _load_attachments(model: TaskCreateUpdateDto, source: Mapping[str, Any]) -> Any:
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


def _load_tags(model: TaskCreateUpdateDto, source: Mapping[str, Any]) -> Any:
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


def _load_additional_datas(model: TaskCreateUpdateDto, source: Mapping[str, Any]) -> Any:
    value = source.get("additionalDatas", UNSET)
    if value is None or value is UNSET:
        model.additional_datas = value
        return value
    if isinstance(value, dict):
        try:
            model.additional_datas = result = TaskCreateUpdateDtoAdditionalDatasType0.from_dict(value)
        except VariantMismatchError:
            result = invalid(
                model,
                "additional_datas",
                "additionalDatas",
                "TaskCreateUpdateDtoAdditionalDatasType0 | None",
                value,
            )
    else:
        result = invalid(
            model,
            "additional_datas",
            "additionalDatas",
            "TaskCreateUpdateDtoAdditionalDatasType0 | None",
            value,
        )
    return result


_KEYS: Final[tuple[str, ...]] = (
    "label",
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

T = TypeVar("T", bound="TaskCreateUpdateDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class TaskCreateUpdateDto(LazyModel):
    """Attributes:
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("label", "label"),
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
        "attachments": _load_attachments,
        "tags": _load_tags,
        "additional_datas": _load_additional_datas,
    }

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

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "label" not in unreadable:
            label = self.label

            field_dict["label"] = label
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
            elif isinstance(self.additional_datas, TaskCreateUpdateDtoAdditionalDatasType0):
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
            if len(src_dict) >= 25:
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
        if type(value) is int or value is None:
            parsed.id = value
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            invalid(parsed, "id", "id", "int | None", value)

        value = values[2]
        if type(value) is bool or value is None:
            parsed.archived = value
        elif value is UNSET:
            parsed.archived = UNSET
            absent += 1
        else:
            invalid(parsed, "archived", "archived", "bool | None", value)

        value = values[3]
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

        value = values[4]
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

        value = values[5]
        if isinstance(value, str) or value is None:
            parsed.description_html = value
        elif value is UNSET:
            parsed.description_html = UNSET
            absent += 1
        else:
            invalid(parsed, "description_html", "descriptionHtml", "str | None", value)

        value = values[6]
        if isinstance(value, str) or value is None:
            parsed.object_id = value
        elif value is UNSET:
            parsed.object_id = UNSET
            absent += 1
        else:
            invalid(parsed, "object_id", "objectId", "str | None", value)

        value = values[7]
        if isinstance(value, str):
            parsed.object_type = _TASK_OBJECT_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.object_type = None
        elif value is UNSET:
            parsed.object_type = UNSET
            absent += 1
        else:
            invalid(parsed, "object_type", "objectType", "str | TaskObjectType | None", value)

        value = values[8]
        if isinstance(value, str):
            parsed.priority = _PRIORITY_BY_VALUE.get(value, value)
        elif value is None:
            parsed.priority = None
        elif value is UNSET:
            parsed.priority = UNSET
            absent += 1
        else:
            invalid(parsed, "priority", "priority", "Priority | str | None", value)

        value = values[9]
        if isinstance(value, str):
            parsed.state = _TASK_STATE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.state = None
        elif value is UNSET:
            parsed.state = UNSET
            absent += 1
        else:
            invalid(parsed, "state", "state", "str | TaskState | None", value)

        value = values[10]
        if isinstance(value, str) or value is None:
            parsed.color = value
        elif value is UNSET:
            parsed.color = UNSET
            absent += 1
        else:
            invalid(parsed, "color", "color", "str | None", value)

        value = values[11]
        if type(value) is int or value is None:
            parsed.work_flow_step_id = value
        elif value is UNSET:
            parsed.work_flow_step_id = UNSET
            absent += 1
        else:
            invalid(parsed, "work_flow_step_id", "workFlowStepId", "int | None", value)

        value = values[12]
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

        value = values[13]
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

        value = values[14]
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

        value = values[15]
        if type(value) is int or value is None:
            parsed.owner_id = value
        elif value is UNSET:
            parsed.owner_id = UNSET
            absent += 1
        else:
            invalid(parsed, "owner_id", "ownerId", "int | None", value)

        value = values[16]
        if type(value) is int or value is None:
            parsed.assigned_to_user_id = value
        elif value is UNSET:
            parsed.assigned_to_user_id = UNSET
            absent += 1
        else:
            invalid(parsed, "assigned_to_user_id", "assignedToUserId", "int | None", value)

        value = values[17]
        if type(value) is int or value is None:
            parsed.area_id = value
        elif value is UNSET:
            parsed.area_id = UNSET
            absent += 1
        else:
            invalid(parsed, "area_id", "areaId", "int | None", value)

        value = values[18]
        if type(value) is int or value is None:
            parsed.workspace_id = value
        elif value is UNSET:
            parsed.workspace_id = UNSET
            absent += 1
        else:
            invalid(parsed, "workspace_id", "workspaceId", "int | None", value)

        value = values[19]
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

        value = values[20]
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

        value = values[21]
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

        value = values[22]
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

        value = values[23]
        if value is None:
            parsed.additional_datas = None
        elif value is UNSET:
            parsed.additional_datas = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.additional_datas = TaskCreateUpdateDtoAdditionalDatasType0.from_dict(value)
                except VariantMismatchError:
                    invalid(
                        parsed,
                        "additional_datas",
                        "additionalDatas",
                        "TaskCreateUpdateDtoAdditionalDatasType0 | None",
                        value,
                    )
            else:
                invalid(
                    parsed,
                    "additional_datas",
                    "additionalDatas",
                    "TaskCreateUpdateDtoAdditionalDatasType0 | None",
                    value,
                )

        value = values[24]
        if type(value) is int or value is None:
            parsed.parent_id = value
        elif value is UNSET:
            parsed.parent_id = UNSET
            absent += 1
        else:
            invalid(parsed, "parent_id", "parentId", "int | None", value)

        if len(src_dict) + absent == 25:  # every key is a known one
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
