from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter
from typing import Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import (
    LazyModel,
    invalid,
    not_an_object,
)
from ..models.notification_channel import NotificationChannel
from ..types import UNSET, Unset

_NOTIFICATION_CHANNEL_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in NotificationChannel
}


_KEYS: Final[tuple[str, ...]] = (
    "webhookId",
    "signatureUrl",
    "userId",
    "date",
    "eventType",
    "eventName",
    "data",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "webhookId": UNSET,
    "signatureUrl": UNSET,
    "userId": UNSET,
    "date": UNSET,
    "eventType": UNSET,
    "eventName": UNSET,
    "data": UNSET,
}

T = TypeVar("T", bound="WebhookPayload")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("webhook_id", "webhookId"),
        ("signature_url", "signatureUrl"),
        ("user_id", "userId"),
        ("date", "date"),
        ("event_type", "eventType"),
        ("event_name", "eventName"),
        ("data", "data"),
    )

    webhook_id: int | None | Unset = UNSET
    signature_url: None | str | Unset = UNSET
    user_id: int | None | Unset = UNSET
    date: datetime.datetime | None | Unset = UNSET
    event_type: None | NotificationChannel | str | Unset = UNSET
    event_name: None | str | Unset = UNSET
    data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "webhook_id" not in unreadable:
            webhook_id: int | None | Unset
            if isinstance(self.webhook_id, Unset):
                webhook_id = UNSET
            else:
                webhook_id = self.webhook_id

            if webhook_id is not UNSET:
                field_dict["webhookId"] = webhook_id
        if "signature_url" not in unreadable:
            signature_url: None | str | Unset
            if isinstance(self.signature_url, Unset):
                signature_url = UNSET
            else:
                signature_url = self.signature_url

            if signature_url is not UNSET:
                field_dict["signatureUrl"] = signature_url
        if "user_id" not in unreadable:
            user_id: int | None | Unset
            if isinstance(self.user_id, Unset):
                user_id = UNSET
            else:
                user_id = self.user_id

            if user_id is not UNSET:
                field_dict["userId"] = user_id
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
        if "event_type" not in unreadable:
            event_type: None | str | Unset
            if isinstance(self.event_type, Unset):
                event_type = UNSET
            elif isinstance(self.event_type, NotificationChannel):
                event_type = self.event_type.value
            else:
                event_type = self.event_type

            if event_type is not UNSET:
                field_dict["eventType"] = event_type
        if "event_name" not in unreadable:
            event_name: None | str | Unset
            if isinstance(self.event_name, Unset):
                event_name = UNSET
            else:
                event_name = self.event_name

            if event_name is not UNSET:
                field_dict["eventName"] = event_name
        if "data" not in unreadable:
            data = self.data

            if data is not UNSET:
                field_dict["data"] = data
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
            if len(src_dict) >= 7:
                values = _KNOWN_VALUES(src_dict)
            else:  # a known key is absent (no KeyError raised and caught for it)
                values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except KeyError:  # unknown keys in place of known ones
            values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except (TypeError, AttributeError):  # a list, a string, a number...: not an object
            raise not_an_object(cls, src_dict) from None
        parsed = cls.__new__(cls)
        absent = 0  # the known keys the object lacks: its other keys are unknown ones if len() says more
        value = values[0]
        if type(value) is int or value is None:
            parsed.webhook_id = value
        elif value is UNSET:
            parsed.webhook_id = UNSET
            absent += 1
        else:
            invalid(parsed, "webhook_id", "webhookId", "int | None", value)

        value = values[1]
        if isinstance(value, str) or value is None:
            parsed.signature_url = value
        elif value is UNSET:
            parsed.signature_url = UNSET
            absent += 1
        else:
            invalid(parsed, "signature_url", "signatureUrl", "str | None", value)

        value = values[2]
        if type(value) is int or value is None:
            parsed.user_id = value
        elif value is UNSET:
            parsed.user_id = UNSET
            absent += 1
        else:
            invalid(parsed, "user_id", "userId", "int | None", value)

        value = values[3]
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

        value = values[4]
        if isinstance(value, str):
            parsed.event_type = _NOTIFICATION_CHANNEL_BY_VALUE.get(value, value)
        elif value is None:
            parsed.event_type = None
        elif value is UNSET:
            parsed.event_type = UNSET
            absent += 1
        else:
            invalid(parsed, "event_type", "eventType", "NotificationChannel | str | None", value)

        value = values[5]
        if isinstance(value, str) or value is None:
            parsed.event_name = value
        elif value is UNSET:
            parsed.event_name = UNSET
            absent += 1
        else:
            invalid(parsed, "event_name", "eventName", "str | None", value)

        parsed.data = value = values[6]
        if value is UNSET:
            absent += 1

        if len(src_dict) + absent == 7:  # every key is a known one
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
