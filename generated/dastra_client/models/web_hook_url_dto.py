from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_channel import NotificationChannel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_space_dto import WorkSpaceDto


T = TypeVar("T", bound="WebHookUrlDto")


@_attrs_define
class WebHookUrlDto:
    """
    Attributes:
        url (str):
        signature_key (None | Unset | UUID):
        error_message (None | str | Unset):
        nb_errors (int | None | Unset):
        date_last_error (datetime.datetime | None | Unset):
        in_error (bool | None | Unset):
        work_space (None | Unset | WorkSpaceDto):
        id (int | None | Unset):
        work_space_id (int | None | Unset):
        subscribed_events (list[NotificationChannel | str] | None | Unset):
    """

    url: str
    signature_key: None | Unset | UUID = UNSET
    error_message: None | str | Unset = UNSET
    nb_errors: int | None | Unset = UNSET
    date_last_error: datetime.datetime | None | Unset = UNSET
    in_error: bool | None | Unset = UNSET
    work_space: None | Unset | WorkSpaceDto = UNSET
    id: int | None | Unset = UNSET
    work_space_id: int | None | Unset = UNSET
    subscribed_events: list[NotificationChannel | str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.work_space_dto import WorkSpaceDto

        url = self.url

        signature_key: None | str | Unset
        if isinstance(self.signature_key, Unset):
            signature_key = UNSET
        elif isinstance(self.signature_key, UUID):
            signature_key = str(self.signature_key)
        else:
            signature_key = self.signature_key

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        nb_errors: int | None | Unset
        if isinstance(self.nb_errors, Unset):
            nb_errors = UNSET
        else:
            nb_errors = self.nb_errors

        date_last_error: None | str | Unset
        if isinstance(self.date_last_error, Unset):
            date_last_error = UNSET
        elif isinstance(self.date_last_error, datetime.datetime):
            date_last_error = self.date_last_error.isoformat()
        else:
            date_last_error = self.date_last_error

        in_error: bool | None | Unset
        if isinstance(self.in_error, Unset):
            in_error = UNSET
        else:
            in_error = self.in_error

        work_space: dict[str, Any] | None | Unset
        if isinstance(self.work_space, Unset):
            work_space = UNSET
        elif isinstance(self.work_space, WorkSpaceDto):
            work_space = self.work_space.to_dict()
        else:
            work_space = self.work_space

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
        if signature_key is not UNSET:
            field_dict["signatureKey"] = signature_key
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if nb_errors is not UNSET:
            field_dict["nbErrors"] = nb_errors
        if date_last_error is not UNSET:
            field_dict["dateLastError"] = date_last_error
        if in_error is not UNSET:
            field_dict["inError"] = in_error
        if work_space is not UNSET:
            field_dict["workSpace"] = work_space
        if id is not UNSET:
            field_dict["id"] = id
        if work_space_id is not UNSET:
            field_dict["workSpaceId"] = work_space_id
        if subscribed_events is not UNSET:
            field_dict["subscribedEvents"] = subscribed_events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.work_space_dto import WorkSpaceDto

        d = dict(src_dict)
        url = d.pop("url")

        def _parse_signature_key(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signature_key_type_0 = UUID(data)

                return signature_key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        signature_key = _parse_signature_key(d.pop("signatureKey", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("errorMessage", UNSET))

        def _parse_nb_errors(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_errors = _parse_nb_errors(d.pop("nbErrors", UNSET))

        def _parse_date_last_error(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_last_error_type_0 = datetime.datetime.fromisoformat(data)

                return date_last_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_last_error = _parse_date_last_error(d.pop("dateLastError", UNSET))

        def _parse_in_error(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        in_error = _parse_in_error(d.pop("inError", UNSET))

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

        web_hook_url_dto = cls(
            url=url,
            signature_key=signature_key,
            error_message=error_message,
            nb_errors=nb_errors,
            date_last_error=date_last_error,
            in_error=in_error,
            work_space=work_space,
            id=id,
            work_space_id=work_space_id,
            subscribed_events=subscribed_events,
        )

        web_hook_url_dto.additional_properties = d
        return web_hook_url_dto

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
