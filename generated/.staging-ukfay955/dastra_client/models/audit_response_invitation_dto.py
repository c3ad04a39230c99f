from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime












def _parse_schedule_date_time_local(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_schedule_date(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





_KNOWN_KEYS: frozenset[str] = frozenset(("id", "respondantIds", "message", "sendImmediatly", "scheduleDateTimeLocal", "scheduleDate", "scheduleTime", ))

T = TypeVar("T", bound="AuditResponseInvitationDto")



@_attrs_define
class AuditResponseInvitationDto(LazyModel):
    """Attributes:
        id (UUID):
        respondant_ids (list[UUID]):
        message (None | str | Unset):
        send_immediatly (bool | None | Unset):
        schedule_date_time_local (datetime.datetime | None | Unset):
        schedule_date (datetime.datetime | None | Unset):
        schedule_time (None | str | Unset):
"""


    id: UUID
    respondant_ids: list[UUID]
    message: None | str | Unset = UNSET
    send_immediatly: bool | None | Unset = UNSET
    schedule_date_time_local: datetime.datetime | None | Unset = UNSET
    schedule_date: datetime.datetime | None | Unset = UNSET
    schedule_time: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        id = str(self.id)

        field_dict["id"] = id
        respondant_ids = []
        for respondant_ids_item_data in self.respondant_ids:
            respondant_ids_item = str(respondant_ids_item_data)
            respondant_ids.append(respondant_ids_item)



        field_dict["respondantIds"] = respondant_ids
        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        if message is not UNSET:
            field_dict["message"] = message
        send_immediatly: bool | None | Unset
        if isinstance(self.send_immediatly, Unset):
            send_immediatly = UNSET
        else:
            send_immediatly = self.send_immediatly

        if send_immediatly is not UNSET:
            field_dict["sendImmediatly"] = send_immediatly
        schedule_date_time_local: None | str | Unset
        if isinstance(self.schedule_date_time_local, Unset):
            schedule_date_time_local = UNSET
        elif isinstance(self.schedule_date_time_local, datetime.datetime):
            schedule_date_time_local = self.schedule_date_time_local.isoformat()
        else:
            schedule_date_time_local = self.schedule_date_time_local

        if schedule_date_time_local is not UNSET:
            field_dict["scheduleDateTimeLocal"] = schedule_date_time_local
        schedule_date: None | str | Unset
        if isinstance(self.schedule_date, Unset):
            schedule_date = UNSET
        elif isinstance(self.schedule_date, datetime.datetime):
            schedule_date = self.schedule_date.isoformat()
        else:
            schedule_date = self.schedule_date

        if schedule_date is not UNSET:
            field_dict["scheduleDate"] = schedule_date
        schedule_time: None | str | Unset
        if isinstance(self.schedule_time, Unset):
            schedule_time = UNSET
        else:
            schedule_time = self.schedule_time

        if schedule_time is not UNSET:
            field_dict["scheduleTime"] = schedule_time
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.id = UUID(src_dict["id"])
        parsed.respondant_ids = [UUID(item) for item in src_dict["respondantIds"]]
        parsed.message = src_dict.get("message", UNSET)
        parsed.send_immediatly = src_dict.get("sendImmediatly", UNSET)
        parsed.schedule_date_time_local = _parse_schedule_date_time_local(src_dict.get("scheduleDateTimeLocal", UNSET))
        parsed.schedule_date = _parse_schedule_date(src_dict.get("scheduleDate", UNSET))
        parsed.schedule_time = src_dict.get("scheduleTime", UNSET)
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
