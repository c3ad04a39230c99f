from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.comment_object_type import CommentObjectType
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
    from ..models.attachment_dto import AttachmentDto
    from ..models.user_light_dto import UserLightDto








def _parse_object_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = CommentObjectType._value2member_map_.get(data)
    if member is not None:
        return member
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




def _parse_date_resolution(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_resolved_by(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserLightDto.from_dict(data)
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




def _parse_user(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _load_resolved_by(source: Mapping[str, Any]) -> Any:
    return _parse_resolved_by(source.get("resolvedBy", UNSET))

def _load_attachments(source: Mapping[str, Any]) -> Any:
    return _parse_attachments(source.get("attachments", UNSET))

def _load_user(source: Mapping[str, Any]) -> Any:
    return _parse_user(source.get("user", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("message", "objectId", "objectType", "id", "workSpaceId", "dateCreation", "dateUpdate", "dateResolution", "resolvedBy", "attachments", "user", "userId", ))

T = TypeVar("T", bound="CommentDto")



@_attrs_define
class CommentDto(LazyModel):
    """Attributes:
        message (str):
        object_id (str):
        object_type (CommentObjectType | str):
        id (int | None | Unset):
        work_space_id (int | None | Unset):
        date_creation (datetime.datetime | None | Unset):
        date_update (datetime.datetime | None | Unset):
        date_resolution (datetime.datetime | None | Unset):
        resolved_by (None | Unset | UserLightDto):
        attachments (list[AttachmentDto] | None | Unset):
        user (None | Unset | UserLightDto):
        user_id (int | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "resolved_by": _load_resolved_by,
        "attachments": _load_attachments,
        "user": _load_user,
    }

    message: str
    object_id: str
    object_type: CommentObjectType | str
    id: int | None | Unset = UNSET
    work_space_id: int | None | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    date_resolution: datetime.datetime | None | Unset = UNSET
    resolved_by: None | Unset | UserLightDto = UNSET
    attachments: list[AttachmentDto] | None | Unset = UNSET
    user: None | Unset | UserLightDto = UNSET
    user_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.attachment_dto import AttachmentDto  # noqa: PLC0415
        from ..models.user_light_dto import UserLightDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        message = self.message

        field_dict["message"] = message
        object_id = self.object_id

        field_dict["objectId"] = object_id
        object_type: str
        if isinstance(self.object_type, CommentObjectType):
            object_type = self.object_type.value
        else:
            object_type = self.object_type

        field_dict["objectType"] = object_type
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        work_space_id: int | None | Unset
        if isinstance(self.work_space_id, Unset):
            work_space_id = UNSET
        else:
            work_space_id = self.work_space_id

        if work_space_id is not UNSET:
            field_dict["workSpaceId"] = work_space_id
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
        date_resolution: None | str | Unset
        if isinstance(self.date_resolution, Unset):
            date_resolution = UNSET
        elif isinstance(self.date_resolution, datetime.datetime):
            date_resolution = self.date_resolution.isoformat()
        else:
            date_resolution = self.date_resolution

        if date_resolution is not UNSET:
            field_dict["dateResolution"] = date_resolution
        resolved_by: dict[str, Any] | None | Unset
        if isinstance(self.resolved_by, Unset):
            resolved_by = UNSET
        elif isinstance(self.resolved_by, UserLightDto):
            resolved_by = self.resolved_by.to_dict()
        else:
            resolved_by = self.resolved_by

        if resolved_by is not UNSET:
            field_dict["resolvedBy"] = resolved_by
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
        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, UserLightDto):
            user = self.user.to_dict()
        else:
            user = self.user

        if user is not UNSET:
            field_dict["user"] = user
        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        if user_id is not UNSET:
            field_dict["userId"] = user_id
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.message = src_dict["message"]
        parsed.object_id = src_dict["objectId"]
        parsed.object_type = _parse_object_type(src_dict["objectType"])
        parsed.id = src_dict.get("id", UNSET)
        parsed.work_space_id = src_dict.get("workSpaceId", UNSET)
        parsed.date_creation = _parse_date_creation(src_dict.get("dateCreation", UNSET))
        parsed.date_update = _parse_date_update(src_dict.get("dateUpdate", UNSET))
        parsed.date_resolution = _parse_date_resolution(src_dict.get("dateResolution", UNSET))
        parsed.user_id = src_dict.get("userId", UNSET)
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
