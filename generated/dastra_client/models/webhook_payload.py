from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_channel import NotificationChannel
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookPayload")


@_attrs_define
class WebhookPayload:
    """
    Attributes:
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
        webhook_id: int | None | Unset
        if isinstance(self.webhook_id, Unset):
            webhook_id = UNSET
        else:
            webhook_id = self.webhook_id

        signature_url: None | str | Unset
        if isinstance(self.signature_url, Unset):
            signature_url = UNSET
        else:
            signature_url = self.signature_url

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

        event_type: None | str | Unset
        if isinstance(self.event_type, Unset):
            event_type = UNSET
        elif isinstance(self.event_type, NotificationChannel):
            event_type = self.event_type.value
        else:
            event_type = self.event_type

        event_name: None | str | Unset
        if isinstance(self.event_name, Unset):
            event_name = UNSET
        else:
            event_name = self.event_name

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if webhook_id is not UNSET:
            field_dict["webhookId"] = webhook_id
        if signature_url is not UNSET:
            field_dict["signatureUrl"] = signature_url
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if date is not UNSET:
            field_dict["date"] = date
        if event_type is not UNSET:
            field_dict["eventType"] = event_type
        if event_name is not UNSET:
            field_dict["eventName"] = event_name
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_webhook_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        webhook_id = _parse_webhook_id(d.pop("webhookId", UNSET))

        def _parse_signature_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signature_url = _parse_signature_url(d.pop("signatureUrl", UNSET))

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("userId", UNSET))

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

        def _parse_event_type(data: object) -> None | NotificationChannel | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                event_type_type_0 = NotificationChannel(data)

                return event_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotificationChannel | str | Unset, data)

        event_type = _parse_event_type(d.pop("eventType", UNSET))

        def _parse_event_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_name = _parse_event_name(d.pop("eventName", UNSET))

        data = d.pop("data", UNSET)

        webhook_payload = cls(
            webhook_id=webhook_id,
            signature_url=signature_url,
            user_id=user_id,
            date=date,
            event_type=event_type,
            event_name=event_name,
            data=data,
        )

        webhook_payload.additional_properties = d
        return webhook_payload

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
