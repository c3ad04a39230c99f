from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.log_object_type import LogObjectType
from ..models.notification_channel import NotificationChannel
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.log_recipient_dto import LogRecipientDto
    from ..models.user_light_dto import UserLightDto
    from ..models.work_space_dto import WorkSpaceDto







def _parse_id(data: Any) -> Any:
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
    member = LogObjectType._value2member_map_.get(data)
    if member is not None:
        return member
    return data






def _parse_channel(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = NotificationChannel._value2member_map_.get(data)
    if member is not None:
        return member
    return data






def _parse_recipients(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.LogRecipientDto.from_dict(item) for item in data]
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





def _parse_date(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_date_user_viewed(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_date_notification_sent(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
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




def _load_recipients(source: Mapping[str, Any]) -> Any:
    return _parse_recipients(source.get("recipients", UNSET))

def _load_user(source: Mapping[str, Any]) -> Any:
    return _parse_user(source.get("user", UNSET))

def _load_work_space(source: Mapping[str, Any]) -> Any:
    return _parse_work_space(source.get("workSpace", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("data", "id", "label", "description", "objectType", "isDeletion", "channel", "refId", "recipients", "user", "workSpaceId", "date", "dateUserViewed", "dateNotificationSent", "sendNotification", "workSpace", "url", ))

T = TypeVar("T", bound="LogDto")



@_attrs_define
class LogDto(LazyModel):
    """Attributes:
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

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "recipients": _load_recipients,
        "user": _load_user,
        "work_space": _load_work_space,
    }

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
        from ..models.log_recipient_dto import LogRecipientDto  # noqa: PLC0415
        from ..models.user_light_dto import UserLightDto  # noqa: PLC0415
        from ..models.work_space_dto import WorkSpaceDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        data = self.data

        if data is not UNSET:
            field_dict["data"] = data
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        if label is not UNSET:
            field_dict["label"] = label
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        if description is not UNSET:
            field_dict["description"] = description
        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        elif isinstance(self.object_type, LogObjectType):
            object_type = self.object_type.value
        else:
            object_type = self.object_type

        if object_type is not UNSET:
            field_dict["objectType"] = object_type
        is_deletion: bool | None | Unset
        if isinstance(self.is_deletion, Unset):
            is_deletion = UNSET
        else:
            is_deletion = self.is_deletion

        if is_deletion is not UNSET:
            field_dict["isDeletion"] = is_deletion
        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        elif isinstance(self.channel, NotificationChannel):
            channel = self.channel.value
        else:
            channel = self.channel

        if channel is not UNSET:
            field_dict["channel"] = channel
        ref_id: None | str | Unset
        if isinstance(self.ref_id, Unset):
            ref_id = UNSET
        else:
            ref_id = self.ref_id

        if ref_id is not UNSET:
            field_dict["refId"] = ref_id
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

        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, UserLightDto):
            user = self.user.to_dict()
        else:
            user = self.user

        if user is not UNSET:
            field_dict["user"] = user
        work_space_id: int | None | Unset
        if isinstance(self.work_space_id, Unset):
            work_space_id = UNSET
        else:
            work_space_id = self.work_space_id

        if work_space_id is not UNSET:
            field_dict["workSpaceId"] = work_space_id
        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

        if date is not UNSET:
            field_dict["date"] = date
        date_user_viewed: None | str | Unset
        if isinstance(self.date_user_viewed, Unset):
            date_user_viewed = UNSET
        elif isinstance(self.date_user_viewed, datetime.datetime):
            date_user_viewed = self.date_user_viewed.isoformat()
        else:
            date_user_viewed = self.date_user_viewed

        if date_user_viewed is not UNSET:
            field_dict["dateUserViewed"] = date_user_viewed
        date_notification_sent: None | str | Unset
        if isinstance(self.date_notification_sent, Unset):
            date_notification_sent = UNSET
        elif isinstance(self.date_notification_sent, datetime.datetime):
            date_notification_sent = self.date_notification_sent.isoformat()
        else:
            date_notification_sent = self.date_notification_sent

        if date_notification_sent is not UNSET:
            field_dict["dateNotificationSent"] = date_notification_sent
        send_notification: bool | None | Unset
        if isinstance(self.send_notification, Unset):
            send_notification = UNSET
        else:
            send_notification = self.send_notification

        if send_notification is not UNSET:
            field_dict["sendNotification"] = send_notification
        work_space: dict[str, Any] | None | Unset
        if isinstance(self.work_space, Unset):
            work_space = UNSET
        elif isinstance(self.work_space, WorkSpaceDto):
            work_space = self.work_space.to_dict()
        else:
            work_space = self.work_space

        if work_space is not UNSET:
            field_dict["workSpace"] = work_space
        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        if url is not UNSET:
            field_dict["url"] = url
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.data = src_dict.get("data", UNSET)
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.label = src_dict.get("label", UNSET)
        parsed.description = src_dict.get("description", UNSET)
        parsed.object_type = _parse_object_type(src_dict.get("objectType", UNSET))
        parsed.is_deletion = src_dict.get("isDeletion", UNSET)
        parsed.channel = _parse_channel(src_dict.get("channel", UNSET))
        parsed.ref_id = src_dict.get("refId", UNSET)
        parsed.work_space_id = src_dict.get("workSpaceId", UNSET)
        parsed.date = _parse_date(src_dict.get("date", UNSET))
        parsed.date_user_viewed = _parse_date_user_viewed(src_dict.get("dateUserViewed", UNSET))
        parsed.date_notification_sent = _parse_date_notification_sent(src_dict.get("dateNotificationSent", UNSET))
        parsed.send_notification = src_dict.get("sendNotification", UNSET)
        parsed.url = src_dict.get("url", UNSET)
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
