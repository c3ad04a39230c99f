from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter
from typing import Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import (
    MISSING,
    LazyModel,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..types import UNSET, Unset

_KEYS: Final[tuple[str, ...]] = (
    "id",
    "respondantIds",
    "message",
    "sendImmediatly",
    "scheduleDateTimeLocal",
    "scheduleDate",
    "scheduleTime",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "id": MISSING,
    "respondantIds": MISSING,
    "message": UNSET,
    "sendImmediatly": UNSET,
    "scheduleDateTimeLocal": UNSET,
    "scheduleDate": UNSET,
    "scheduleTime": UNSET,
}

T = TypeVar("T", bound="AuditResponseInvitationDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("respondant_ids", "respondantIds"),
        ("message", "message"),
        ("send_immediatly", "sendImmediatly"),
        ("schedule_date_time_local", "scheduleDateTimeLocal"),
        ("schedule_date", "scheduleDate"),
        ("schedule_time", "scheduleTime"),
    )

    id: UUID
    respondant_ids: list[UUID]
    message: None | str | Unset = UNSET
    send_immediatly: bool | None | Unset = UNSET
    schedule_date_time_local: datetime.datetime | None | Unset = UNSET
    schedule_date: datetime.datetime | None | Unset = UNSET
    schedule_time: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "id" not in unreadable:
            id = str(self.id)

            field_dict["id"] = id
        if "respondant_ids" not in unreadable:
            respondant_ids = []
            for respondant_ids_item_data in self.respondant_ids:
                respondant_ids_item = str(respondant_ids_item_data)
                respondant_ids.append(respondant_ids_item)

            field_dict["respondantIds"] = respondant_ids
        if "message" not in unreadable:
            message: None | str | Unset
            if isinstance(self.message, Unset):
                message = UNSET
            else:
                message = self.message

            if message is not UNSET:
                field_dict["message"] = message
        if "send_immediatly" not in unreadable:
            send_immediatly: bool | None | Unset
            if isinstance(self.send_immediatly, Unset):
                send_immediatly = UNSET
            else:
                send_immediatly = self.send_immediatly

            if send_immediatly is not UNSET:
                field_dict["sendImmediatly"] = send_immediatly
        if "schedule_date_time_local" not in unreadable:
            schedule_date_time_local: None | str | Unset
            if isinstance(self.schedule_date_time_local, Unset):
                schedule_date_time_local = UNSET
            elif isinstance(self.schedule_date_time_local, datetime.datetime):
                schedule_date_time_local = self.schedule_date_time_local.isoformat()
            else:
                schedule_date_time_local = self.schedule_date_time_local

            if schedule_date_time_local is not UNSET:
                field_dict["scheduleDateTimeLocal"] = schedule_date_time_local
        if "schedule_date" not in unreadable:
            schedule_date: None | str | Unset
            if isinstance(self.schedule_date, Unset):
                schedule_date = UNSET
            elif isinstance(self.schedule_date, datetime.datetime):
                schedule_date = self.schedule_date.isoformat()
            else:
                schedule_date = self.schedule_date

            if schedule_date is not UNSET:
                field_dict["scheduleDate"] = schedule_date
        if "schedule_time" not in unreadable:
            schedule_time: None | str | Unset
            if isinstance(self.schedule_time, Unset):
                schedule_time = UNSET
            else:
                schedule_time = self.schedule_time

            if schedule_time is not UNSET:
                field_dict["scheduleTime"] = schedule_time
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
        try:
            parsed.id = parse_uuid(value)
        except (TypeError, ValueError, AttributeError):
            invalid(parsed, "id", "id", "UUID", value)
            absent += value is MISSING

        value = values[1]
        if isinstance(value, list):
            try:
                parsed.respondant_ids = [parse_uuid(item) for item in value]
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "respondant_ids", "respondantIds", "list[UUID]", value, items=parse_uuid)
        else:
            invalid(parsed, "respondant_ids", "respondantIds", "list[UUID]", value)
            absent += value is MISSING

        value = values[2]
        if isinstance(value, str) or value is None:
            parsed.message = value
        elif value is UNSET:
            parsed.message = UNSET
            absent += 1
        else:
            invalid(parsed, "message", "message", "str | None", value)

        value = values[3]
        if type(value) is bool or value is None:
            parsed.send_immediatly = value
        elif value is UNSET:
            parsed.send_immediatly = UNSET
            absent += 1
        else:
            invalid(parsed, "send_immediatly", "sendImmediatly", "bool | None", value)

        value = values[4]
        if value is None:
            parsed.schedule_date_time_local = None
        elif value is UNSET:
            parsed.schedule_date_time_local = UNSET
            absent += 1
        else:
            try:
                parsed.schedule_date_time_local = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(
                    parsed,
                    "schedule_date_time_local",
                    "scheduleDateTimeLocal",
                    "datetime.datetime | None",
                    value,
                )

        value = values[5]
        if value is None:
            parsed.schedule_date = None
        elif value is UNSET:
            parsed.schedule_date = UNSET
            absent += 1
        else:
            try:
                parsed.schedule_date = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "schedule_date", "scheduleDate", "datetime.datetime | None", value)

        value = values[6]
        if isinstance(value, str) or value is None:
            parsed.schedule_time = value
        elif value is UNSET:
            parsed.schedule_time = UNSET
            absent += 1
        else:
            invalid(parsed, "schedule_time", "scheduleTime", "str | None", value)

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
