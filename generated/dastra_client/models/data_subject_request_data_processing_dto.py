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
    LazyModel,
    deferred,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.data_subject_request_data_processing_state import DataSubjectRequestDataProcessingState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_light_dto import UserLightDto
else:
    UserLightDto = deferred(globals(), "UserLightDto", "..models.user_light_dto")


_DATA_SUBJECT_REQUEST_DATA_PROCESSING_STATE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in DataSubjectRequestDataProcessingState
}


def _load_processor(model: DataSubjectRequestDataProcessingDto, source: Mapping[str, Any]) -> Any:
    value = source.get("processor", UNSET)
    if value is None or value is UNSET:
        model.processor = value
        return value
    if isinstance(value, dict):
        try:
            model.processor = result = UserLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "processor", "processor", "UserLightDto | None", value)
    else:
        result = invalid(model, "processor", "processor", "UserLightDto | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "dateNotification",
    "state",
    "processor",
    "dataProcessingId",
    "dataSubjectRequestId",
    "dateCreation",
    "dateUpdate",
    "dateNotificationSent",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "dateNotification": UNSET,
    "state": UNSET,
    "processor": UNSET,
    "dataProcessingId": UNSET,
    "dataSubjectRequestId": UNSET,
    "dateCreation": UNSET,
    "dateUpdate": UNSET,
    "dateNotificationSent": UNSET,
}

T = TypeVar("T", bound="DataSubjectRequestDataProcessingDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DataSubjectRequestDataProcessingDto(LazyModel):
    """Attributes:
    date_notification (datetime.datetime | None | Unset):
    state (DataSubjectRequestDataProcessingState | None | str | Unset):
    processor (None | Unset | UserLightDto):
    data_processing_id (None | Unset | UUID):
    data_subject_request_id (int | None | Unset):
    date_creation (datetime.datetime | None | Unset):
    date_update (datetime.datetime | None | Unset):
    date_notification_sent (datetime.datetime | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("date_notification", "dateNotification"),
        ("state", "state"),
        ("processor", "processor"),
        ("data_processing_id", "dataProcessingId"),
        ("data_subject_request_id", "dataSubjectRequestId"),
        ("date_creation", "dateCreation"),
        ("date_update", "dateUpdate"),
        ("date_notification_sent", "dateNotificationSent"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "processor": _load_processor,
    }

    date_notification: datetime.datetime | None | Unset = UNSET
    state: DataSubjectRequestDataProcessingState | None | str | Unset = UNSET
    processor: None | Unset | UserLightDto = UNSET
    data_processing_id: None | Unset | UUID = UNSET
    data_subject_request_id: int | None | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    date_notification_sent: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_light_dto import UserLightDto

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "date_notification" not in unreadable:
            date_notification: None | str | Unset
            if isinstance(self.date_notification, Unset):
                date_notification = UNSET
            elif isinstance(self.date_notification, datetime.datetime):
                date_notification = self.date_notification.isoformat()
            else:
                date_notification = self.date_notification

            if date_notification is not UNSET:
                field_dict["dateNotification"] = date_notification
        if "state" not in unreadable:
            state: None | str | Unset
            if isinstance(self.state, Unset):
                state = UNSET
            elif isinstance(self.state, DataSubjectRequestDataProcessingState):
                state = self.state.value
            else:
                state = self.state

            if state is not UNSET:
                field_dict["state"] = state
        if "processor" not in unreadable:
            processor: dict[str, Any] | None | Unset
            if isinstance(self.processor, Unset):
                processor = UNSET
            elif isinstance(self.processor, UserLightDto):
                processor = self.processor.to_dict()
            else:
                processor = self.processor

            if processor is not UNSET:
                field_dict["processor"] = processor
        if "data_processing_id" not in unreadable:
            data_processing_id: None | str | Unset
            if isinstance(self.data_processing_id, Unset):
                data_processing_id = UNSET
            elif isinstance(self.data_processing_id, UUID):
                data_processing_id = str(self.data_processing_id)
            else:
                data_processing_id = self.data_processing_id

            if data_processing_id is not UNSET:
                field_dict["dataProcessingId"] = data_processing_id
        if "data_subject_request_id" not in unreadable:
            data_subject_request_id: int | None | Unset
            if isinstance(self.data_subject_request_id, Unset):
                data_subject_request_id = UNSET
            else:
                data_subject_request_id = self.data_subject_request_id

            if data_subject_request_id is not UNSET:
                field_dict["dataSubjectRequestId"] = data_subject_request_id
        if "date_creation" not in unreadable:
            date_creation: None | str | Unset
            if isinstance(self.date_creation, Unset):
                date_creation = UNSET
            elif isinstance(self.date_creation, datetime.datetime):
                date_creation = self.date_creation.isoformat()
            else:
                date_creation = self.date_creation

            if date_creation is not UNSET:
                field_dict["dateCreation"] = date_creation
        if "date_update" not in unreadable:
            date_update: None | str | Unset
            if isinstance(self.date_update, Unset):
                date_update = UNSET
            elif isinstance(self.date_update, datetime.datetime):
                date_update = self.date_update.isoformat()
            else:
                date_update = self.date_update

            if date_update is not UNSET:
                field_dict["dateUpdate"] = date_update
        if "date_notification_sent" not in unreadable:
            date_notification_sent: None | str | Unset
            if isinstance(self.date_notification_sent, Unset):
                date_notification_sent = UNSET
            elif isinstance(self.date_notification_sent, datetime.datetime):
                date_notification_sent = self.date_notification_sent.isoformat()
            else:
                date_notification_sent = self.date_notification_sent

            if date_notification_sent is not UNSET:
                field_dict["dateNotificationSent"] = date_notification_sent
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
            if len(src_dict) >= 8:
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
        if value is None:
            parsed.date_notification = None
        elif value is UNSET:
            parsed.date_notification = UNSET
            absent += 1
        else:
            try:
                parsed.date_notification = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_notification", "dateNotification", "datetime.datetime | None", value)

        value = values[1]
        if isinstance(value, str):
            parsed.state = _DATA_SUBJECT_REQUEST_DATA_PROCESSING_STATE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.state = None
        elif value is UNSET:
            parsed.state = UNSET
            absent += 1
        else:
            invalid(parsed, "state", "state", "DataSubjectRequestDataProcessingState | str | None", value)

        value = values[2]
        if value is None:
            parsed.processor = None
        elif value is UNSET:
            parsed.processor = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.processor = UserLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "processor", "processor", "UserLightDto | None", value)
            else:
                invalid(parsed, "processor", "processor", "UserLightDto | None", value)

        value = values[3]
        if value is None:
            parsed.data_processing_id = None
        elif value is UNSET:
            parsed.data_processing_id = UNSET
            absent += 1
        else:
            try:
                parsed.data_processing_id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "data_processing_id", "dataProcessingId", "UUID | None", value)

        value = values[4]
        if type(value) is int or value is None:
            parsed.data_subject_request_id = value
        elif value is UNSET:
            parsed.data_subject_request_id = UNSET
            absent += 1
        else:
            invalid(parsed, "data_subject_request_id", "dataSubjectRequestId", "int | None", value)

        value = values[5]
        if value is None:
            parsed.date_creation = None
        elif value is UNSET:
            parsed.date_creation = UNSET
            absent += 1
        else:
            try:
                parsed.date_creation = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_creation", "dateCreation", "datetime.datetime | None", value)

        value = values[6]
        if value is None:
            parsed.date_update = None
        elif value is UNSET:
            parsed.date_update = UNSET
            absent += 1
        else:
            try:
                parsed.date_update = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_update", "dateUpdate", "datetime.datetime | None", value)

        value = values[7]
        if value is None:
            parsed.date_notification_sent = None
        elif value is UNSET:
            parsed.date_notification_sent = UNSET
            absent += 1
        else:
            try:
                parsed.date_notification_sent = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(
                    parsed,
                    "date_notification_sent",
                    "dateNotificationSent",
                    "datetime.datetime | None",
                    value,
                )

        if len(src_dict) + absent == 8:  # every key is a known one
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
