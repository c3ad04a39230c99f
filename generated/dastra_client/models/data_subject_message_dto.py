from __future__ import annotations

import datetime
from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, File, FileTypes, Unset

if TYPE_CHECKING:
    from ..models.data_subject_attachment_dto import DataSubjectAttachmentDto
    from ..models.user_light_dto import UserLightDto


T = TypeVar("T", bound="DataSubjectMessageDto")


@_attrs_define
class DataSubjectMessageDto:
    """
    Attributes:
        message (str):
        id (None | Unset | UUID):
        files (list[File] | None | Unset):
        date_update (datetime.datetime | None | Unset):
        date_creation (datetime.datetime | None | Unset):
        date_send (datetime.datetime | None | Unset):
        date_viewed (datetime.datetime | None | Unset):
        user (None | Unset | UserLightDto):
        user_request_id (int | None | Unset):
        attachments_lifetime_in_hours (int | None | Unset):
        attachments (list[DataSubjectAttachmentDto] | None | Unset):
    """

    message: str
    id: None | Unset | UUID = UNSET
    files: list[File] | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_send: datetime.datetime | None | Unset = UNSET
    date_viewed: datetime.datetime | None | Unset = UNSET
    user: None | Unset | UserLightDto = UNSET
    user_request_id: int | None | Unset = UNSET
    attachments_lifetime_in_hours: int | None | Unset = UNSET
    attachments: list[DataSubjectAttachmentDto] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_light_dto import UserLightDto

        message = self.message

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        files: list[FileTypes] | None | Unset
        if isinstance(self.files, Unset):
            files = UNSET
        elif isinstance(self.files, list):
            files = []
            for files_type_0_item_data in self.files:
                files_type_0_item = files_type_0_item_data.to_tuple()

                files.append(files_type_0_item)

        else:
            files = self.files

        date_update: None | str | Unset
        if isinstance(self.date_update, Unset):
            date_update = UNSET
        elif isinstance(self.date_update, datetime.datetime):
            date_update = self.date_update.isoformat()
        else:
            date_update = self.date_update

        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        date_send: None | str | Unset
        if isinstance(self.date_send, Unset):
            date_send = UNSET
        elif isinstance(self.date_send, datetime.datetime):
            date_send = self.date_send.isoformat()
        else:
            date_send = self.date_send

        date_viewed: None | str | Unset
        if isinstance(self.date_viewed, Unset):
            date_viewed = UNSET
        elif isinstance(self.date_viewed, datetime.datetime):
            date_viewed = self.date_viewed.isoformat()
        else:
            date_viewed = self.date_viewed

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, UserLightDto):
            user = self.user.to_dict()
        else:
            user = self.user

        user_request_id: int | None | Unset
        if isinstance(self.user_request_id, Unset):
            user_request_id = UNSET
        else:
            user_request_id = self.user_request_id

        attachments_lifetime_in_hours: int | None | Unset
        if isinstance(self.attachments_lifetime_in_hours, Unset):
            attachments_lifetime_in_hours = UNSET
        else:
            attachments_lifetime_in_hours = self.attachments_lifetime_in_hours

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
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if files is not UNSET:
            field_dict["files"] = files
        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        if date_send is not UNSET:
            field_dict["dateSend"] = date_send
        if date_viewed is not UNSET:
            field_dict["dateViewed"] = date_viewed
        if user is not UNSET:
            field_dict["user"] = user
        if user_request_id is not UNSET:
            field_dict["userRequestId"] = user_request_id
        if attachments_lifetime_in_hours is not UNSET:
            field_dict["attachmentsLifetimeInHours"] = attachments_lifetime_in_hours
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_subject_attachment_dto import DataSubjectAttachmentDto
        from ..models.user_light_dto import UserLightDto

        d = dict(src_dict)
        message = d.pop("message")

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_files(data: object) -> list[File] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                files_type_0 = []
                _files_type_0 = data
                for files_type_0_item_data in _files_type_0:
                    files_type_0_item = File(payload=BytesIO(files_type_0_item_data))

                    files_type_0.append(files_type_0_item)

                return files_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[File] | None | Unset, data)

        files = _parse_files(d.pop("files", UNSET))

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

        def _parse_date_send(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_send_type_0 = datetime.datetime.fromisoformat(data)

                return date_send_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_send = _parse_date_send(d.pop("dateSend", UNSET))

        def _parse_date_viewed(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_viewed_type_0 = datetime.datetime.fromisoformat(data)

                return date_viewed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_viewed = _parse_date_viewed(d.pop("dateViewed", UNSET))

        def _parse_user(data: object) -> None | Unset | UserLightDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_1 = UserLightDto.from_dict(data)

                return user_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserLightDto, data)

        user = _parse_user(d.pop("user", UNSET))

        def _parse_user_request_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_request_id = _parse_user_request_id(d.pop("userRequestId", UNSET))

        def _parse_attachments_lifetime_in_hours(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        attachments_lifetime_in_hours = _parse_attachments_lifetime_in_hours(
            d.pop("attachmentsLifetimeInHours", UNSET)
        )

        def _parse_attachments(data: object) -> list[DataSubjectAttachmentDto] | None | Unset:
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
                    attachments_type_0_item = DataSubjectAttachmentDto.from_dict(attachments_type_0_item_data)

                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DataSubjectAttachmentDto] | None | Unset, data)

        attachments = _parse_attachments(d.pop("attachments", UNSET))

        data_subject_message_dto = cls(
            message=message,
            id=id,
            files=files,
            date_update=date_update,
            date_creation=date_creation,
            date_send=date_send,
            date_viewed=date_viewed,
            user=user,
            user_request_id=user_request_id,
            attachments_lifetime_in_hours=attachments_lifetime_in_hours,
            attachments=attachments,
        )

        data_subject_message_dto.additional_properties = d
        return data_subject_message_dto

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
