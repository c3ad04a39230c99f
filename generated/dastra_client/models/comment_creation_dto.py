from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.comment_object_type import CommentObjectType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_dto import AttachmentDto


T = TypeVar("T", bound="CommentCreationDto")


@_attrs_define
class CommentCreationDto:
    """
    Attributes:
        message (str):
        object_id (str):
        object_type (CommentObjectType | str):
        recipient_user_id (int | None | Unset):
        attachments (list[AttachmentDto] | None | Unset):
    """

    message: str
    object_id: str
    object_type: CommentObjectType | str
    recipient_user_id: int | None | Unset = UNSET
    attachments: list[AttachmentDto] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        object_id = self.object_id

        object_type: str
        if isinstance(self.object_type, CommentObjectType):
            object_type = self.object_type.value
        else:
            object_type = self.object_type

        recipient_user_id: int | None | Unset
        if isinstance(self.recipient_user_id, Unset):
            recipient_user_id = UNSET
        else:
            recipient_user_id = self.recipient_user_id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "objectId": object_id,
                "objectType": object_type,
            }
        )
        if recipient_user_id is not UNSET:
            field_dict["recipientUserId"] = recipient_user_id
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment_dto import AttachmentDto

        d = dict(src_dict)
        message = d.pop("message")

        object_id = d.pop("objectId")

        def _parse_object_type(data: object) -> CommentObjectType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                object_type_type_0 = CommentObjectType(data)

                return object_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CommentObjectType | str, data)

        object_type = _parse_object_type(d.pop("objectType"))

        def _parse_recipient_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        recipient_user_id = _parse_recipient_user_id(d.pop("recipientUserId", UNSET))

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

        comment_creation_dto = cls(
            message=message,
            object_id=object_id,
            object_type=object_type,
            recipient_user_id=recipient_user_id,
            attachments=attachments,
        )

        comment_creation_dto.additional_properties = d
        return comment_creation_dto

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
