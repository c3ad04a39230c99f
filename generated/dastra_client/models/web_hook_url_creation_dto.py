from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_channel import NotificationChannel
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebHookUrlCreationDto")


@_attrs_define
class WebHookUrlCreationDto:
    """
    Attributes:
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
        url = self.url

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        work_space_id: int | None | Unset
        if isinstance(self.work_space_id, Unset):
            work_space_id = UNSET
        else:
            work_space_id = self.work_space_id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if work_space_id is not UNSET:
            field_dict["workSpaceId"] = work_space_id
        if subscribed_events is not UNSET:
            field_dict["subscribedEvents"] = subscribed_events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_work_space_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        work_space_id = _parse_work_space_id(d.pop("workSpaceId", UNSET))

        def _parse_subscribed_events(data: object) -> list[NotificationChannel | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                subscribed_events_type_0 = []
                _subscribed_events_type_0 = data
                for subscribed_events_type_0_item_data in _subscribed_events_type_0:

                    def _parse_subscribed_events_type_0_item(data: object) -> NotificationChannel | str:
                        try:
                            if not isinstance(data, str):
                                raise TypeError()
                            subscribed_events_type_0_item_type_0 = NotificationChannel(data)

                            return subscribed_events_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(NotificationChannel | str, data)

                    subscribed_events_type_0_item = _parse_subscribed_events_type_0_item(
                        subscribed_events_type_0_item_data
                    )

                    subscribed_events_type_0.append(subscribed_events_type_0_item)

                return subscribed_events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[NotificationChannel | str] | None | Unset, data)

        subscribed_events = _parse_subscribed_events(d.pop("subscribedEvents", UNSET))

        web_hook_url_creation_dto = cls(
            url=url,
            id=id,
            work_space_id=work_space_id,
            subscribed_events=subscribed_events,
        )

        web_hook_url_creation_dto.additional_properties = d
        return web_hook_url_creation_dto

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
