from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditResponseInvitationDto")


@_attrs_define
class AuditResponseInvitationDto:
    """
    Attributes:
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
        id = str(self.id)

        respondant_ids = []
        for respondant_ids_item_data in self.respondant_ids:
            respondant_ids_item = str(respondant_ids_item_data)
            respondant_ids.append(respondant_ids_item)

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        send_immediatly: bool | None | Unset
        if isinstance(self.send_immediatly, Unset):
            send_immediatly = UNSET
        else:
            send_immediatly = self.send_immediatly

        schedule_date_time_local: None | str | Unset
        if isinstance(self.schedule_date_time_local, Unset):
            schedule_date_time_local = UNSET
        elif isinstance(self.schedule_date_time_local, datetime.datetime):
            schedule_date_time_local = self.schedule_date_time_local.isoformat()
        else:
            schedule_date_time_local = self.schedule_date_time_local

        schedule_date: None | str | Unset
        if isinstance(self.schedule_date, Unset):
            schedule_date = UNSET
        elif isinstance(self.schedule_date, datetime.datetime):
            schedule_date = self.schedule_date.isoformat()
        else:
            schedule_date = self.schedule_date

        schedule_time: None | str | Unset
        if isinstance(self.schedule_time, Unset):
            schedule_time = UNSET
        else:
            schedule_time = self.schedule_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "respondantIds": respondant_ids,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if send_immediatly is not UNSET:
            field_dict["sendImmediatly"] = send_immediatly
        if schedule_date_time_local is not UNSET:
            field_dict["scheduleDateTimeLocal"] = schedule_date_time_local
        if schedule_date is not UNSET:
            field_dict["scheduleDate"] = schedule_date
        if schedule_time is not UNSET:
            field_dict["scheduleTime"] = schedule_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        respondant_ids = []
        _respondant_ids = d.pop("respondantIds")
        for respondant_ids_item_data in _respondant_ids:
            respondant_ids_item = UUID(respondant_ids_item_data)

            respondant_ids.append(respondant_ids_item)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_send_immediatly(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        send_immediatly = _parse_send_immediatly(d.pop("sendImmediatly", UNSET))

        def _parse_schedule_date_time_local(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                schedule_date_time_local_type_0 = datetime.datetime.fromisoformat(data)

                return schedule_date_time_local_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        schedule_date_time_local = _parse_schedule_date_time_local(d.pop("scheduleDateTimeLocal", UNSET))

        def _parse_schedule_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                schedule_date_type_0 = datetime.datetime.fromisoformat(data)

                return schedule_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        schedule_date = _parse_schedule_date(d.pop("scheduleDate", UNSET))

        def _parse_schedule_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        schedule_time = _parse_schedule_time(d.pop("scheduleTime", UNSET))

        audit_response_invitation_dto = cls(
            id=id,
            respondant_ids=respondant_ids,
            message=message,
            send_immediatly=send_immediatly,
            schedule_date_time_local=schedule_date_time_local,
            schedule_date=schedule_date,
            schedule_time=schedule_time,
        )

        audit_response_invitation_dto.additional_properties = d
        return audit_response_invitation_dto

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
