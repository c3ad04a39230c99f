from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import VariantMismatchError
from .._lazy import (
    EAGER,
    MISSING,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.notification_channel import NotificationChannel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_space_dto import WorkSpaceDto
else:
    WorkSpaceDto = deferred(globals(), "WorkSpaceDto", "..models.work_space_dto")


_NOTIFICATION_CHANNEL_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in NotificationChannel
}


def _load_work_space(model: WebHookUrlDto, source: Mapping[str, Any]) -> Any:
    value = source.get("workSpace", UNSET)
    if value is None or value is UNSET:
        model.work_space = value
        return value
    if isinstance(value, dict):
        try:
            model.work_space = result = WorkSpaceDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "work_space", "workSpace", "WorkSpaceDto | None", value)
    else:
        result = invalid(model, "work_space", "workSpace", "WorkSpaceDto | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "url",
    "signatureKey",
    "errorMessage",
    "nbErrors",
    "dateLastError",
    "inError",
    "workSpace",
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
    "signatureKey": UNSET,
    "errorMessage": UNSET,
    "nbErrors": UNSET,
    "dateLastError": UNSET,
    "inError": UNSET,
    "workSpace": UNSET,
    "id": UNSET,
    "workSpaceId": UNSET,
    "subscribedEvents": UNSET,
}

T = TypeVar("T", bound="WebHookUrlDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("url", "url"),
        ("signature_key", "signatureKey"),
        ("error_message", "errorMessage"),
        ("nb_errors", "nbErrors"),
        ("date_last_error", "dateLastError"),
        ("in_error", "inError"),
        ("work_space", "workSpace"),
        ("id", "id"),
        ("work_space_id", "workSpaceId"),
        ("subscribed_events", "subscribedEvents"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
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
        from ..models.work_space_dto import WorkSpaceDto

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "url" not in unreadable:
            url = self.url

            field_dict["url"] = url
        if "signature_key" not in unreadable:
            signature_key: None | str | Unset
            if isinstance(self.signature_key, Unset):
                signature_key = UNSET
            elif isinstance(self.signature_key, UUID):
                signature_key = str(self.signature_key)
            else:
                signature_key = self.signature_key

            if signature_key is not UNSET:
                field_dict["signatureKey"] = signature_key
        if "error_message" not in unreadable:
            error_message: None | str | Unset
            if isinstance(self.error_message, Unset):
                error_message = UNSET
            else:
                error_message = self.error_message

            if error_message is not UNSET:
                field_dict["errorMessage"] = error_message
        if "nb_errors" not in unreadable:
            nb_errors: int | None | Unset
            if isinstance(self.nb_errors, Unset):
                nb_errors = UNSET
            else:
                nb_errors = self.nb_errors

            if nb_errors is not UNSET:
                field_dict["nbErrors"] = nb_errors
        if "date_last_error" not in unreadable:
            date_last_error: None | str | Unset
            if isinstance(self.date_last_error, Unset):
                date_last_error = UNSET
            elif isinstance(self.date_last_error, datetime.datetime):
                date_last_error = self.date_last_error.isoformat()
            else:
                date_last_error = self.date_last_error

            if date_last_error is not UNSET:
                field_dict["dateLastError"] = date_last_error
        if "in_error" not in unreadable:
            in_error: bool | None | Unset
            if isinstance(self.in_error, Unset):
                in_error = UNSET
            else:
                in_error = self.in_error

            if in_error is not UNSET:
                field_dict["inError"] = in_error
        if "work_space" not in unreadable:
            work_space: dict[str, Any] | None | Unset
            if isinstance(self.work_space, Unset):
                work_space = UNSET
            elif isinstance(self.work_space, WorkSpaceDto):
                work_space = self.work_space.to_dict()
            else:
                work_space = self.work_space

            if work_space is not UNSET:
                field_dict["workSpace"] = work_space
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
            if len(src_dict) >= 10:
                values = _KNOWN_VALUES(src_dict)
            else:  # a known key is absent (no KeyError raised and caught for it)
                values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except KeyError:  # unknown keys in place of known ones
            values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except (TypeError, AttributeError):  # a list, a string, a number...: not an object
            raise not_an_object(cls, src_dict) from None
        parsed = cls.__new__(cls)
        absent = 0  # the known keys the object lacks: its other keys are unknown ones if len() says more
        # Optional nested values are parsed on first access (LazyModel), or now in eager mode.
        eager = EAGER.get()
        if not eager:
            parsed._source = src_dict
        value = values[0]
        if isinstance(value, str):
            parsed.url = value
        else:
            invalid(parsed, "url", "url", "str", value)
            absent += value is MISSING

        value = values[1]
        if value is None:
            parsed.signature_key = None
        elif value is UNSET:
            parsed.signature_key = UNSET
            absent += 1
        else:
            try:
                parsed.signature_key = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "signature_key", "signatureKey", "UUID | None", value)

        value = values[2]
        if isinstance(value, str) or value is None:
            parsed.error_message = value
        elif value is UNSET:
            parsed.error_message = UNSET
            absent += 1
        else:
            invalid(parsed, "error_message", "errorMessage", "str | None", value)

        value = values[3]
        if type(value) is int or value is None:
            parsed.nb_errors = value
        elif value is UNSET:
            parsed.nb_errors = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_errors", "nbErrors", "int | None", value)

        value = values[4]
        if value is None:
            parsed.date_last_error = None
        elif value is UNSET:
            parsed.date_last_error = UNSET
            absent += 1
        else:
            try:
                parsed.date_last_error = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_last_error", "dateLastError", "datetime.datetime | None", value)

        value = values[5]
        if type(value) is bool or value is None:
            parsed.in_error = value
        elif value is UNSET:
            parsed.in_error = UNSET
            absent += 1
        else:
            invalid(parsed, "in_error", "inError", "bool | None", value)

        value = values[6]
        if value is None:
            parsed.work_space = None
        elif value is UNSET:
            parsed.work_space = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.work_space = WorkSpaceDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "work_space", "workSpace", "WorkSpaceDto | None", value)
            else:
                invalid(parsed, "work_space", "workSpace", "WorkSpaceDto | None", value)

        value = values[7]
        if type(value) is int or value is None:
            parsed.id = value
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            invalid(parsed, "id", "id", "int | None", value)

        value = values[8]
        if type(value) is int or value is None:
            parsed.work_space_id = value
        elif value is UNSET:
            parsed.work_space_id = UNSET
            absent += 1
        else:
            invalid(parsed, "work_space_id", "workSpaceId", "int | None", value)

        value = values[9]
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

        if len(src_dict) + absent == 10:  # every key is a known one
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
