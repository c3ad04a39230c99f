from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.log_object_type import LogObjectType
from ..models.notification_channel import NotificationChannel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.log_recipient_dto import LogRecipientDto
    from ..models.user_light_dto import UserLightDto
    from ..models.work_space_dto import WorkSpaceDto


T = TypeVar("T", bound="LogDto")


@_attrs_define
class LogDto:
    """
    Attributes:
        data (Any | Unset):
        id (None | Unset | UUID):
        label (None | str | Unset):
        description (None | str | Unset):
        object_type (LogObjectType | None | str | Unset):
        is_deletion (bool | None | Unset):
        channel (None | NotificationChannel | str | Unset):
        ref_id (None | str | Unset):
        recipients (list[LogRecipientDto] | None | Unset):
        user (None | Unset | UserLightDto):
        work_space_id (int | None | Unset):
        date (datetime.datetime | None | Unset):
        date_user_viewed (datetime.datetime | None | Unset):
        date_notification_sent (datetime.datetime | None | Unset):
        send_notification (bool | None | Unset):
        work_space (None | Unset | WorkSpaceDto):
        url (None | str | Unset):
    """

    data: Any | Unset = UNSET
    id: None | Unset | UUID = UNSET
    label: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    object_type: LogObjectType | None | str | Unset = UNSET
    is_deletion: bool | None | Unset = UNSET
    channel: None | NotificationChannel | str | Unset = UNSET
    ref_id: None | str | Unset = UNSET
    recipients: list[LogRecipientDto] | None | Unset = UNSET
    user: None | Unset | UserLightDto = UNSET
    work_space_id: int | None | Unset = UNSET
    date: datetime.datetime | None | Unset = UNSET
    date_user_viewed: datetime.datetime | None | Unset = UNSET
    date_notification_sent: datetime.datetime | None | Unset = UNSET
    send_notification: bool | None | Unset = UNSET
    work_space: None | Unset | WorkSpaceDto = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_light_dto import UserLightDto
        from ..models.work_space_dto import WorkSpaceDto

        data = self.data

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        elif isinstance(self.object_type, LogObjectType):
            object_type = self.object_type.value
        else:
            object_type = self.object_type

        is_deletion: bool | None | Unset
        if isinstance(self.is_deletion, Unset):
            is_deletion = UNSET
        else:
            is_deletion = self.is_deletion

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        elif isinstance(self.channel, NotificationChannel):
            channel = self.channel.value
        else:
            channel = self.channel

        ref_id: None | str | Unset
        if isinstance(self.ref_id, Unset):
            ref_id = UNSET
        else:
            ref_id = self.ref_id

        recipients: list[dict[str, Any]] | None | Unset
        if isinstance(self.recipients, Unset):
            recipients = UNSET
        elif isinstance(self.recipients, list):
            recipients = []
            for recipients_type_0_item_data in self.recipients:
                recipients_type_0_item = recipients_type_0_item_data.to_dict()
                recipients.append(recipients_type_0_item)

        else:
            recipients = self.recipients

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, UserLightDto):
            user = self.user.to_dict()
        else:
            user = self.user

        work_space_id: int | None | Unset
        if isinstance(self.work_space_id, Unset):
            work_space_id = UNSET
        else:
            work_space_id = self.work_space_id

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

        date_user_viewed: None | str | Unset
        if isinstance(self.date_user_viewed, Unset):
            date_user_viewed = UNSET
        elif isinstance(self.date_user_viewed, datetime.datetime):
            date_user_viewed = self.date_user_viewed.isoformat()
        else:
            date_user_viewed = self.date_user_viewed

        date_notification_sent: None | str | Unset
        if isinstance(self.date_notification_sent, Unset):
            date_notification_sent = UNSET
        elif isinstance(self.date_notification_sent, datetime.datetime):
            date_notification_sent = self.date_notification_sent.isoformat()
        else:
            date_notification_sent = self.date_notification_sent

        send_notification: bool | None | Unset
        if isinstance(self.send_notification, Unset):
            send_notification = UNSET
        else:
            send_notification = self.send_notification

        work_space: dict[str, Any] | None | Unset
        if isinstance(self.work_space, Unset):
            work_space = UNSET
        elif isinstance(self.work_space, WorkSpaceDto):
            work_space = self.work_space.to_dict()
        else:
            work_space = self.work_space

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if id is not UNSET:
            field_dict["id"] = id
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if object_type is not UNSET:
            field_dict["objectType"] = object_type
        if is_deletion is not UNSET:
            field_dict["isDeletion"] = is_deletion
        if channel is not UNSET:
            field_dict["channel"] = channel
        if ref_id is not UNSET:
            field_dict["refId"] = ref_id
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if user is not UNSET:
            field_dict["user"] = user
        if work_space_id is not UNSET:
            field_dict["workSpaceId"] = work_space_id
        if date is not UNSET:
            field_dict["date"] = date
        if date_user_viewed is not UNSET:
            field_dict["dateUserViewed"] = date_user_viewed
        if date_notification_sent is not UNSET:
            field_dict["dateNotificationSent"] = date_notification_sent
        if send_notification is not UNSET:
            field_dict["sendNotification"] = send_notification
        if work_space is not UNSET:
            field_dict["workSpace"] = work_space
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.log_recipient_dto import LogRecipientDto
        from ..models.user_light_dto import UserLightDto
        from ..models.work_space_dto import WorkSpaceDto

        d = dict(src_dict)
        data = d.pop("data", UNSET)

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

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_object_type(data: object) -> LogObjectType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                object_type_type_0 = LogObjectType(data)

                return object_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LogObjectType | None | str | Unset, data)

        object_type = _parse_object_type(d.pop("objectType", UNSET))

        def _parse_is_deletion(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_deletion = _parse_is_deletion(d.pop("isDeletion", UNSET))

        def _parse_channel(data: object) -> None | NotificationChannel | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                channel_type_0 = NotificationChannel(data)

                return channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotificationChannel | str | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

        def _parse_ref_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ref_id = _parse_ref_id(d.pop("refId", UNSET))

        def _parse_recipients(data: object) -> list[LogRecipientDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                recipients_type_0 = []
                _recipients_type_0 = data
                for recipients_type_0_item_data in _recipients_type_0:
                    recipients_type_0_item = LogRecipientDto.from_dict(recipients_type_0_item_data)

                    recipients_type_0.append(recipients_type_0_item)

                return recipients_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LogRecipientDto] | None | Unset, data)

        recipients = _parse_recipients(d.pop("recipients", UNSET))

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

        def _parse_work_space_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        work_space_id = _parse_work_space_id(d.pop("workSpaceId", UNSET))

        def _parse_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.datetime.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_date_user_viewed(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_user_viewed_type_0 = datetime.datetime.fromisoformat(data)

                return date_user_viewed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_user_viewed = _parse_date_user_viewed(d.pop("dateUserViewed", UNSET))

        def _parse_date_notification_sent(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_notification_sent_type_0 = datetime.datetime.fromisoformat(data)

                return date_notification_sent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_notification_sent = _parse_date_notification_sent(d.pop("dateNotificationSent", UNSET))

        def _parse_send_notification(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        send_notification = _parse_send_notification(d.pop("sendNotification", UNSET))

        def _parse_work_space(data: object) -> None | Unset | WorkSpaceDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                work_space_type_1 = WorkSpaceDto.from_dict(data)

                return work_space_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkSpaceDto, data)

        work_space = _parse_work_space(d.pop("workSpace", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        log_dto = cls(
            data=data,
            id=id,
            label=label,
            description=description,
            object_type=object_type,
            is_deletion=is_deletion,
            channel=channel,
            ref_id=ref_id,
            recipients=recipients,
            user=user,
            work_space_id=work_space_id,
            date=date,
            date_user_viewed=date_user_viewed,
            date_notification_sent=date_notification_sent,
            send_notification=send_notification,
            work_space=work_space,
            url=url,
        )

        log_dto.additional_properties = d
        return log_dto

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
