from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.notification_channel import NotificationChannel
from ..types import UNSET, Unset
from typing import cast
import datetime










def _parse_date(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_event_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = NotificationChannel._value2member_map_.get(data)
    if member is not None:
        return member
    return data






_KNOWN_KEYS: frozenset[str] = frozenset(("webhookId", "signatureUrl", "userId", "date", "eventType", "eventName", "data", ))

T = TypeVar("T", bound="WebhookPayload")



@_attrs_define
class WebhookPayload(LazyModel):
    """Attributes:
        webhook_id (int | None | Unset):
        signature_url (None | str | Unset):
        user_id (int | None | Unset):
        date (datetime.datetime | None | Unset):
        event_type (None | NotificationChannel | str | Unset):
        event_name (None | str | Unset):
        data (Any | Unset):
"""


    webhook_id: int | None | Unset = UNSET
    signature_url: None | str | Unset = UNSET
    user_id: int | None | Unset = UNSET
    date: datetime.datetime | None | Unset = UNSET
    event_type: None | NotificationChannel | str | Unset = UNSET
    event_name: None | str | Unset = UNSET
    data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        webhook_id: int | None | Unset
        if isinstance(self.webhook_id, Unset):
            webhook_id = UNSET
        else:
            webhook_id = self.webhook_id

        if webhook_id is not UNSET:
            field_dict["webhookId"] = webhook_id
        signature_url: None | str | Unset
        if isinstance(self.signature_url, Unset):
            signature_url = UNSET
        else:
            signature_url = self.signature_url

        if signature_url is not UNSET:
            field_dict["signatureUrl"] = signature_url
        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        if user_id is not UNSET:
            field_dict["userId"] = user_id
        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

        if date is not UNSET:
            field_dict["date"] = date
        event_type: None | str | Unset
        if isinstance(self.event_type, Unset):
            event_type = UNSET
        elif isinstance(self.event_type, NotificationChannel):
            event_type = self.event_type.value
        else:
            event_type = self.event_type

        if event_type is not UNSET:
            field_dict["eventType"] = event_type
        event_name: None | str | Unset
        if isinstance(self.event_name, Unset):
            event_name = UNSET
        else:
            event_name = self.event_name

        if event_name is not UNSET:
            field_dict["eventName"] = event_name
        data = self.data

        if data is not UNSET:
            field_dict["data"] = data
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.webhook_id = src_dict.get("webhookId", UNSET)
        parsed.signature_url = src_dict.get("signatureUrl", UNSET)
        parsed.user_id = src_dict.get("userId", UNSET)
        parsed.date = _parse_date(src_dict.get("date", UNSET))
        parsed.event_type = _parse_event_type(src_dict.get("eventType", UNSET))
        parsed.event_name = src_dict.get("eventName", UNSET)
        parsed.data = src_dict.get("data", UNSET)
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
