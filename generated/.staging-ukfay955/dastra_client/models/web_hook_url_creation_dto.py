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










def _parse_subscribed_events_type_0_item(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = NotificationChannel._value2member_map_.get(data)
    if member is not None:
        return member
    return data




def _parse_subscribed_events(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_parse_subscribed_events_type_0_item(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




_KNOWN_KEYS: frozenset[str] = frozenset(("url", "id", "workSpaceId", "subscribedEvents", ))

T = TypeVar("T", bound="WebHookUrlCreationDto")



@_attrs_define
class WebHookUrlCreationDto(LazyModel):
    """Attributes:
        url (str):
        id (int | None | Unset):
        work_space_id (int | None | Unset):
        subscribed_events (list[NotificationChannel | str] | None | Unset):
"""


    url: str
    id: int | None | Unset = UNSET
    work_space_id: int | None | Unset = UNSET
    subscribed_events: list[NotificationChannel | str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        url = self.url

        field_dict["url"] = url
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        work_space_id: int | None | Unset
        if isinstance(self.work_space_id, Unset):
            work_space_id = UNSET
        else:
            work_space_id = self.work_space_id

        if work_space_id is not UNSET:
            field_dict["workSpaceId"] = work_space_id
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
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.url = src_dict["url"]
        parsed.id = src_dict.get("id", UNSET)
        parsed.work_space_id = src_dict.get("workSpaceId", UNSET)
        parsed.subscribed_events = _parse_subscribed_events(src_dict.get("subscribedEvents", UNSET))
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
