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

if TYPE_CHECKING:
    from ..models.attachment_dto import AttachmentDto








def _parse_object_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = CommentObjectType._value2member_map_.get(data)
    if member is not None:
        return member
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



def _load_attachments(source: Mapping[str, Any]) -> Any:
    return _parse_attachments(source.get("attachments", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("message", "objectId", "objectType", "recipientUserId", "attachments", ))

T = TypeVar("T", bound="CommentCreationDto")



@_attrs_define
class CommentCreationDto(LazyModel):
    """Attributes:
        message (str):
        object_id (str):
        object_type (CommentObjectType | str):
        recipient_user_id (int | None | Unset):
        attachments (list[AttachmentDto] | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "attachments": _load_attachments,
    }

    message: str
    object_id: str
    object_type: CommentObjectType | str
    recipient_user_id: int | None | Unset = UNSET
    attachments: list[AttachmentDto] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.attachment_dto import AttachmentDto  # noqa: PLC0415
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
        recipient_user_id: int | None | Unset
        if isinstance(self.recipient_user_id, Unset):
            recipient_user_id = UNSET
        else:
            recipient_user_id = self.recipient_user_id

        if recipient_user_id is not UNSET:
            field_dict["recipientUserId"] = recipient_user_id
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
        parsed.recipient_user_id = src_dict.get("recipientUserId", UNSET)
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
