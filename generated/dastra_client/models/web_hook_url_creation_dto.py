from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import (
    MISSING,
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
    "url",
    "id",
    "workSpaceId",
    "subscribedEvents",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "url": MISSING,
    "id": UNSET,
    "workSpaceId": UNSET,
    "subscribedEvents": UNSET,
}

T = TypeVar("T", bound="WebHookUrlCreationDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class WebHookUrlCreationDto(LazyModel):
    """Attributes:
    url (str):
    id (int | None | Unset):
    work_space_id (int | None | Unset):
    subscribed_events (list[NotificationChannel | str] | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("url", "url"),
        ("id", "id"),
        ("work_space_id", "workSpaceId"),
        ("subscribed_events", "subscribedEvents"),
    )

    url: str
    id: int | None | Unset = UNSET
    work_space_id: int | None | Unset = UNSET
    subscribed_events: list[NotificationChannel | str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "url" not in unreadable:
            url = self.url

            field_dict["url"] = url
        if "id" not in unreadable:
            id: int | None | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "work_space_id" not in unreadable:
            work_space_id: int | None | Unset
            if isinstance(self.work_space_id, Unset):
                work_space_id = UNSET
            else:
                work_space_id = self.work_space_id

            if work_space_id is not UNSET:
                field_dict["workSpaceId"] = work_space_id
        if "subscribed_events" not in unreadable:
            subscribed_events: list[str] | None | Unset
            if isinstance(self.subscribed_events, Unset):
                subscribed_events = UNSET
            elif isinstance(self.subscribed_events, list):
                subscribed_events = []
                for subscribed_events_type_0_item_data in self.subscribed_events:
                    subscribed_events_type_0_item: str
                    if isinstance(subscribed_events_type_0_item_data, NotificationChannel):
                        subscribed_events_type_0_item = subscribed_events_type_0_item_data.value
                    else:
                        subscribed_events_type_0_item = subscribed_events_type_0_item_data
                    subscribed_events.append(subscribed_events_type_0_item)

            else:
                subscribed_events = self.subscribed_events

            if subscribed_events is not UNSET:
                field_dict["subscribedEvents"] = subscribed_events
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
            if len(src_dict) >= 4:
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
        if isinstance(value, str):
            parsed.url = value
        else:
            invalid(parsed, "url", "url", "str", value)
            absent += value is MISSING

        value = values[1]
        if type(value) is int or value is None:
            parsed.id = value
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            invalid(parsed, "id", "id", "int | None", value)

        value = values[2]
        if type(value) is int or value is None:
            parsed.work_space_id = value
        elif value is UNSET:
            parsed.work_space_id = UNSET
            absent += 1
        else:
            invalid(parsed, "work_space_id", "workSpaceId", "int | None", value)

        value = values[3]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "subscribed_events",
                        "subscribedEvents",
                        "list[NotificationChannel | str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.subscribed_events = [_NOTIFICATION_CHANNEL_BY_VALUE.get(item, item) for item in value]
        elif value is None:
            parsed.subscribed_events = None
        elif value is UNSET:
            parsed.subscribed_events = UNSET
            absent += 1
        else:
            invalid(
                parsed,
                "subscribed_events",
                "subscribedEvents",
                "list[NotificationChannel | str] | None",
                value,
            )

        if len(src_dict) + absent == 4:  # every key is a known one
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
