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
    from ..models.attachment_dto import AttachmentDto
    from ..models.tag_dto import TagDto
    from ..models.task_create_update_dto_additional_datas_type_0 import TaskCreateUpdateDtoAdditionalDatasType0









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
            return _models.TaskCreateUpdateDtoAdditionalDatasType0.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _load_attachments(source: Mapping[str, Any]) -> Any:
    return _parse_attachments(source.get("attachments", UNSET))

def _load_tags(source: Mapping[str, Any]) -> Any:
    return _parse_tags(source.get("tags", UNSET))

def _load_additional_datas(source: Mapping[str, Any]) -> Any:
    return _parse_additional_datas(source.get("additionalDatas", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("label", "id", "archived", "projectId", "iterationId", "descriptionHtml", "objectId", "objectType", "priority", "state", "color", "workFlowStepId", "deadline", "attachments", "tags", "ownerId", "assignedToUserId", "areaId", "workspaceId", "dateClosed", "dateActivated", "dateCreation", "dateUpdate", "additionalDatas", "parentId", ))

T = TypeVar("T", bound="TaskCreateUpdateDto")



@_attrs_define
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

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
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
        from ..models.attachment_dto import AttachmentDto  # noqa: PLC0415
        from ..models.tag_dto import TagDto  # noqa: PLC0415
        from ..models.task_create_update_dto_additional_datas_type_0 import TaskCreateUpdateDtoAdditionalDatasType0  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        label = self.label

        field_dict["label"] = label
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
        elif isinstance(self.additional_datas, TaskCreateUpdateDtoAdditionalDatasType0):
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
