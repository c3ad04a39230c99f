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
    LazyModel,
    deferred,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.log_object_type import LogObjectType
from ..models.notification_channel import NotificationChannel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.log_recipient_dto import LogRecipientDto
    from ..models.user_light_dto import UserLightDto
    from ..models.work_space_dto import WorkSpaceDto
else:
    LogRecipientDto = deferred(globals(), "LogRecipientDto", "..models.log_recipient_dto")
    UserLightDto = deferred(globals(), "UserLightDto", "..models.user_light_dto")
    WorkSpaceDto = deferred(globals(), "WorkSpaceDto", "..models.work_space_dto")


_LOG_OBJECT_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in LogObjectType}
_NOTIFICATION_CHANNEL_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in NotificationChannel
}


def _load_recipients(model: LogDto, source: Mapping[str, Any]) -> Any:
    value = source.get("recipients", UNSET)
    if value is None or value is UNSET:
        model.recipients = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.recipients = result = list(map(LogRecipientDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "recipients",
                "recipients",
                "list[LogRecipientDto] | None",
                value,
                items=LogRecipientDto.from_dict,
            )
    else:
        result = invalid(model, "recipients", "recipients", "list[LogRecipientDto] | None", value)
    return result


def _load_user(model: LogDto, source: Mapping[str, Any]) -> Any:
    value = source.get("user", UNSET)
    if value is None or value is UNSET:
        model.user = value
        return value
    if isinstance(value, dict):
        try:
            model.user = result = UserLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "user", "user", "UserLightDto | None", value)
    else:
        result = invalid(model, "user", "user", "UserLightDto | None", value)
    return result


def _load_work_space(model: LogDto, source: Mapping[str, Any]) -> Any:
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


_KEYS: Final[tuple[str, ...]] = (
    "data",
    "id",
    "label",
    "description",
    "objectType",
    "isDeletion",
    "channel",
    "refId",
    "recipients",
    "user",
    "workSpaceId",
    "date",
    "dateUserViewed",
    "dateNotificationSent",
    "sendNotification",
    "workSpace",
    "url",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "data": UNSET,
    "id": UNSET,
    "label": UNSET,
    "description": UNSET,
    "objectType": UNSET,
    "isDeletion": UNSET,
    "channel": UNSET,
    "refId": UNSET,
    "recipients": UNSET,
    "user": UNSET,
    "workSpaceId": UNSET,
    "date": UNSET,
    "dateUserViewed": UNSET,
    "dateNotificationSent": UNSET,
    "sendNotification": UNSET,
    "workSpace": UNSET,
    "url": UNSET,
}

T = TypeVar("T", bound="LogDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("id", "id"),
        ("label", "label"),
        ("description", "description"),
        ("object_type", "objectType"),
        ("is_deletion", "isDeletion"),
        ("channel", "channel"),
        ("ref_id", "refId"),
        ("recipients", "recipients"),
        ("user", "user"),
        ("work_space_id", "workSpaceId"),
        ("date", "date"),
        ("date_user_viewed", "dateUserViewed"),
        ("date_notification_sent", "dateNotificationSent"),
        ("send_notification", "sendNotification"),
        ("work_space", "workSpace"),
        ("url", "url"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
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
        from ..models.user_light_dto import UserLightDto
        from ..models.work_space_dto import WorkSpaceDto

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "data" not in unreadable:
            data = self.data

            if data is not UNSET:
                field_dict["data"] = data
        if "id" not in unreadable:
            id: None | str | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            elif isinstance(self.id, UUID):
                id = str(self.id)
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "label" not in unreadable:
            label: None | str | Unset
            if isinstance(self.label, Unset):
                label = UNSET
            else:
                label = self.label

            if label is not UNSET:
                field_dict["label"] = label
        if "description" not in unreadable:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

            if description is not UNSET:
                field_dict["description"] = description
        if "object_type" not in unreadable:
            object_type: None | str | Unset
            if isinstance(self.object_type, Unset):
                object_type = UNSET
            elif isinstance(self.object_type, LogObjectType):
                object_type = self.object_type.value
            else:
                object_type = self.object_type

            if object_type is not UNSET:
                field_dict["objectType"] = object_type
        if "is_deletion" not in unreadable:
            is_deletion: bool | None | Unset
            if isinstance(self.is_deletion, Unset):
                is_deletion = UNSET
            else:
                is_deletion = self.is_deletion

            if is_deletion is not UNSET:
                field_dict["isDeletion"] = is_deletion
        if "channel" not in unreadable:
            channel: None | str | Unset
            if isinstance(self.channel, Unset):
                channel = UNSET
            elif isinstance(self.channel, NotificationChannel):
                channel = self.channel.value
            else:
                channel = self.channel

            if channel is not UNSET:
                field_dict["channel"] = channel
        if "ref_id" not in unreadable:
            ref_id: None | str | Unset
            if isinstance(self.ref_id, Unset):
                ref_id = UNSET
            else:
                ref_id = self.ref_id

            if ref_id is not UNSET:
                field_dict["refId"] = ref_id
        if "recipients" not in unreadable:
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
        if "user" not in unreadable:
            user: dict[str, Any] | None | Unset
            if isinstance(self.user, Unset):
                user = UNSET
            elif isinstance(self.user, UserLightDto):
                user = self.user.to_dict()
            else:
                user = self.user

            if user is not UNSET:
                field_dict["user"] = user
        if "work_space_id" not in unreadable:
            work_space_id: int | None | Unset
            if isinstance(self.work_space_id, Unset):
                work_space_id = UNSET
            else:
                work_space_id = self.work_space_id

            if work_space_id is not UNSET:
                field_dict["workSpaceId"] = work_space_id
        if "date" not in unreadable:
            date: None | str | Unset
            if isinstance(self.date, Unset):
                date = UNSET
            elif isinstance(self.date, datetime.datetime):
                date = self.date.isoformat()
            else:
                date = self.date

            if date is not UNSET:
                field_dict["date"] = date
        if "date_user_viewed" not in unreadable:
            date_user_viewed: None | str | Unset
            if isinstance(self.date_user_viewed, Unset):
                date_user_viewed = UNSET
            elif isinstance(self.date_user_viewed, datetime.datetime):
                date_user_viewed = self.date_user_viewed.isoformat()
            else:
                date_user_viewed = self.date_user_viewed

            if date_user_viewed is not UNSET:
                field_dict["dateUserViewed"] = date_user_viewed
        if "date_notification_sent" not in unreadable:
            date_notification_sent: None | str | Unset
            if isinstance(self.date_notification_sent, Unset):
                date_notification_sent = UNSET
            elif isinstance(self.date_notification_sent, datetime.datetime):
                date_notification_sent = self.date_notification_sent.isoformat()
            else:
                date_notification_sent = self.date_notification_sent

            if date_notification_sent is not UNSET:
                field_dict["dateNotificationSent"] = date_notification_sent
        if "send_notification" not in unreadable:
            send_notification: bool | None | Unset
            if isinstance(self.send_notification, Unset):
                send_notification = UNSET
            else:
                send_notification = self.send_notification

            if send_notification is not UNSET:
                field_dict["sendNotification"] = send_notification
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
        if "url" not in unreadable:
            url: None | str | Unset
            if isinstance(self.url, Unset):
                url = UNSET
            else:
                url = self.url

            if url is not UNSET:
                field_dict["url"] = url
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
            if len(src_dict) >= 17:
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
        parsed.data = value = values[0]
        if value is UNSET:
            absent += 1

        value = values[1]
        if value is None:
            parsed.id = None
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            try:
                parsed.id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "id", "id", "UUID | None", value)

        value = values[2]
        if isinstance(value, str) or value is None:
            parsed.label = value
        elif value is UNSET:
            parsed.label = UNSET
            absent += 1
        else:
            invalid(parsed, "label", "label", "str | None", value)

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.description = value
        elif value is UNSET:
            parsed.description = UNSET
            absent += 1
        else:
            invalid(parsed, "description", "description", "str | None", value)

        value = values[4]
        if isinstance(value, str):
            parsed.object_type = _LOG_OBJECT_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.object_type = None
        elif value is UNSET:
            parsed.object_type = UNSET
            absent += 1
        else:
            invalid(parsed, "object_type", "objectType", "LogObjectType | str | None", value)

        value = values[5]
        if type(value) is bool or value is None:
            parsed.is_deletion = value
        elif value is UNSET:
            parsed.is_deletion = UNSET
            absent += 1
        else:
            invalid(parsed, "is_deletion", "isDeletion", "bool | None", value)

        value = values[6]
        if isinstance(value, str):
            parsed.channel = _NOTIFICATION_CHANNEL_BY_VALUE.get(value, value)
        elif value is None:
            parsed.channel = None
        elif value is UNSET:
            parsed.channel = UNSET
            absent += 1
        else:
            invalid(parsed, "channel", "channel", "NotificationChannel | str | None", value)

        value = values[7]
        if isinstance(value, str) or value is None:
            parsed.ref_id = value
        elif value is UNSET:
            parsed.ref_id = UNSET
            absent += 1
        else:
            invalid(parsed, "ref_id", "refId", "str | None", value)

        value = values[8]
        if value is None:
            parsed.recipients = None
        elif value is UNSET:
            parsed.recipients = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.recipients = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.recipients = list(map(LogRecipientDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "recipients",
                        "recipients",
                        "list[LogRecipientDto] | None",
                        value,
                        items=LogRecipientDto.from_dict,
                    )
            else:
                invalid(parsed, "recipients", "recipients", "list[LogRecipientDto] | None", value)

        value = values[9]
        if value is None:
            parsed.user = None
        elif value is UNSET:
            parsed.user = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.user = UserLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "user", "user", "UserLightDto | None", value)
            else:
                invalid(parsed, "user", "user", "UserLightDto | None", value)

        value = values[10]
        if type(value) is int or value is None:
            parsed.work_space_id = value
        elif value is UNSET:
            parsed.work_space_id = UNSET
            absent += 1
        else:
            invalid(parsed, "work_space_id", "workSpaceId", "int | None", value)

        value = values[11]
        if value is None:
            parsed.date = None
        elif value is UNSET:
            parsed.date = UNSET
            absent += 1
        else:
            try:
                parsed.date = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date", "date", "datetime.datetime | None", value)

        value = values[12]
        if value is None:
            parsed.date_user_viewed = None
        elif value is UNSET:
            parsed.date_user_viewed = UNSET
            absent += 1
        else:
            try:
                parsed.date_user_viewed = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_user_viewed", "dateUserViewed", "datetime.datetime | None", value)

        value = values[13]
        if value is None:
            parsed.date_notification_sent = None
        elif value is UNSET:
            parsed.date_notification_sent = UNSET
            absent += 1
        else:
            try:
                parsed.date_notification_sent = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(
                    parsed,
                    "date_notification_sent",
                    "dateNotificationSent",
                    "datetime.datetime | None",
                    value,
                )

        value = values[14]
        if type(value) is bool or value is None:
            parsed.send_notification = value
        elif value is UNSET:
            parsed.send_notification = UNSET
            absent += 1
        else:
            invalid(parsed, "send_notification", "sendNotification", "bool | None", value)

        value = values[15]
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

        value = values[16]
        if isinstance(value, str) or value is None:
            parsed.url = value
        elif value is UNSET:
            parsed.url = UNSET
            absent += 1
        else:
            invalid(parsed, "url", "url", "str | None", value)

        if len(src_dict) + absent == 17:  # every key is a known one
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
