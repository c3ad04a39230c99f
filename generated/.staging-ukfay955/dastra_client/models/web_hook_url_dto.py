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
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.work_space_dto import WorkSpaceDto







def _parse_signature_key(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data






def _parse_date_last_error(data: Any) -> Any:
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



def _load_work_space(source: Mapping[str, Any]) -> Any:
    return _parse_work_space(source.get("workSpace", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("url", "signatureKey", "errorMessage", "nbErrors", "dateLastError", "inError", "workSpace", "id", "workSpaceId", "subscribedEvents", ))

T = TypeVar("T", bound="WebHookUrlDto")



@_attrs_define
class WebHookUrlDto(LazyModel):
    """Attributes:
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

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "work_space": _load_work_space,
    }

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
        from ..models.work_space_dto import WorkSpaceDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        url = self.url

        field_dict["url"] = url
        signature_key: None | str | Unset
        if isinstance(self.signature_key, Unset):
            signature_key = UNSET
        elif isinstance(self.signature_key, UUID):
            signature_key = str(self.signature_key)
        else:
            signature_key = self.signature_key

        if signature_key is not UNSET:
            field_dict["signatureKey"] = signature_key
        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        nb_errors: int | None | Unset
        if isinstance(self.nb_errors, Unset):
            nb_errors = UNSET
        else:
            nb_errors = self.nb_errors

        if nb_errors is not UNSET:
            field_dict["nbErrors"] = nb_errors
        date_last_error: None | str | Unset
        if isinstance(self.date_last_error, Unset):
            date_last_error = UNSET
        elif isinstance(self.date_last_error, datetime.datetime):
            date_last_error = self.date_last_error.isoformat()
        else:
            date_last_error = self.date_last_error

        if date_last_error is not UNSET:
            field_dict["dateLastError"] = date_last_error
        in_error: bool | None | Unset
        if isinstance(self.in_error, Unset):
            in_error = UNSET
        else:
            in_error = self.in_error

        if in_error is not UNSET:
            field_dict["inError"] = in_error
        work_space: dict[str, Any] | None | Unset
        if isinstance(self.work_space, Unset):
            work_space = UNSET
        elif isinstance(self.work_space, WorkSpaceDto):
            work_space = self.work_space.to_dict()
        else:
            work_space = self.work_space

        if work_space is not UNSET:
            field_dict["workSpace"] = work_space
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
        parsed.signature_key = _parse_signature_key(src_dict.get("signatureKey", UNSET))
        parsed.error_message = src_dict.get("errorMessage", UNSET)
        parsed.nb_errors = src_dict.get("nbErrors", UNSET)
        parsed.date_last_error = _parse_date_last_error(src_dict.get("dateLastError", UNSET))
        parsed.in_error = src_dict.get("inError", UNSET)
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
