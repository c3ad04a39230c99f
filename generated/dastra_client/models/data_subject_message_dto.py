from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import FieldValidationError, VariantMismatchError
from .._lazy import (
    EAGER,
    MISSING,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_subject_attachment_dto import DataSubjectAttachmentDto
    from ..models.user_light_dto import UserLightDto
else:
    DataSubjectAttachmentDto = deferred(
        globals(), "DataSubjectAttachmentDto", "..models.data_subject_attachment_dto"
    )
    UserLightDto = deferred(globals(), "UserLightDto", "..models.user_light_dto")


def _load_user(model: DataSubjectMessageDto, source: Mapping[str, Any]) -> Any:
    value = source.get("user", UNSET)
    if value is None or value is UNSET:
        model.user = value
        return value
    if isinstance(value, dict):
        try:
            model.user = result = UserLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "user", "user", "UserLightDto | None", value)
    else:
        result = invalid(model, "user", "user", "UserLightDto | None", value)
    return result


def _load_attachments(model: DataSubjectMessageDto, source: Mapping[str, Any]) -> Any:
    value = source.get("attachments", UNSET)
    if value is None or value is UNSET:
        model.attachments = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.attachments = result = list(map(DataSubjectAttachmentDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "attachments",
                "attachments",
                "list[DataSubjectAttachmentDto] | None",
                value,
                items=DataSubjectAttachmentDto.from_dict,
            )
    else:
        result = invalid(model, "attachments", "attachments", "list[DataSubjectAttachmentDto] | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "message",
    "id",
    "files",
    "dateUpdate",
    "dateCreation",
    "dateSend",
    "dateViewed",
    "user",
    "userRequestId",
    "attachmentsLifetimeInHours",
    "attachments",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "message": MISSING,
    "id": UNSET,
    "files": UNSET,
    "dateUpdate": UNSET,
    "dateCreation": UNSET,
    "dateSend": UNSET,
    "dateViewed": UNSET,
    "user": UNSET,
    "userRequestId": UNSET,
    "attachmentsLifetimeInHours": UNSET,
    "attachments": UNSET,
}

T = TypeVar("T", bound="DataSubjectMessageDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DataSubjectMessageDto(LazyModel):
    """Attributes:
    message (str):
    id (None | Unset | UUID):
    files (list[str] | None | Unset):
    date_update (datetime.datetime | None | Unset):
    date_creation (datetime.datetime | None | Unset):
    date_send (datetime.datetime | None | Unset):
    date_viewed (datetime.datetime | None | Unset):
    user (None | Unset | UserLightDto):
    user_request_id (int | None | Unset):
    attachments_lifetime_in_hours (int | None | Unset):
    attachments (list[DataSubjectAttachmentDto] | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("message", "message"),
        ("id", "id"),
        ("files", "files"),
        ("date_update", "dateUpdate"),
        ("date_creation", "dateCreation"),
        ("date_send", "dateSend"),
        ("date_viewed", "dateViewed"),
        ("user", "user"),
        ("user_request_id", "userRequestId"),
        ("attachments_lifetime_in_hours", "attachmentsLifetimeInHours"),
        ("attachments", "attachments"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "user": _load_user,
        "attachments": _load_attachments,
    }

    message: str
    id: None | Unset | UUID = UNSET
    files: list[str] | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_send: datetime.datetime | None | Unset = UNSET
    date_viewed: datetime.datetime | None | Unset = UNSET
    user: None | Unset | UserLightDto = UNSET
    user_request_id: int | None | Unset = UNSET
    attachments_lifetime_in_hours: int | None | Unset = UNSET
    attachments: list[DataSubjectAttachmentDto] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_light_dto import UserLightDto

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "message" not in unreadable:
            message = self.message

            field_dict["message"] = message
        if "id" not in unreadable:
            id: None | str | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            elif isinstance(self.id, UUID):
                id = str(self.id)
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "files" not in unreadable:
            files: list[str] | None | Unset
            if isinstance(self.files, Unset):
                files = UNSET
            elif isinstance(self.files, list):
                files = self.files

            else:
                files = self.files

            if files is not UNSET:
                field_dict["files"] = files
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
        if "date_send" not in unreadable:
            date_send: None | str | Unset
            if isinstance(self.date_send, Unset):
                date_send = UNSET
            elif isinstance(self.date_send, datetime.datetime):
                date_send = self.date_send.isoformat()
            else:
                date_send = self.date_send

            if date_send is not UNSET:
                field_dict["dateSend"] = date_send
        if "date_viewed" not in unreadable:
            date_viewed: None | str | Unset
            if isinstance(self.date_viewed, Unset):
                date_viewed = UNSET
            elif isinstance(self.date_viewed, datetime.datetime):
                date_viewed = self.date_viewed.isoformat()
            else:
                date_viewed = self.date_viewed

            if date_viewed is not UNSET:
                field_dict["dateViewed"] = date_viewed
        if "user" not in unreadable:
            user: dict[str, Any] | None | Unset
            if isinstance(self.user, Unset):
                user = UNSET
            elif isinstance(self.user, UserLightDto):
                user = self.user.to_dict()
            else:
                user = self.user

            if user is not UNSET:
                field_dict["user"] = user
        if "user_request_id" not in unreadable:
            user_request_id: int | None | Unset
            if isinstance(self.user_request_id, Unset):
                user_request_id = UNSET
            else:
                user_request_id = self.user_request_id

            if user_request_id is not UNSET:
                field_dict["userRequestId"] = user_request_id
        if "attachments_lifetime_in_hours" not in unreadable:
            attachments_lifetime_in_hours: int | None | Unset
            if isinstance(self.attachments_lifetime_in_hours, Unset):
                attachments_lifetime_in_hours = UNSET
            else:
                attachments_lifetime_in_hours = self.attachments_lifetime_in_hours

            if attachments_lifetime_in_hours is not UNSET:
                field_dict["attachmentsLifetimeInHours"] = attachments_lifetime_in_hours
        if "attachments" not in unreadable:
            attachments: list[dict[str, Any]] | None | Unset
            if isinstance(self.attachments, Unset):
                attachments = UNSET
            elif isinstance(self.attachments, list):
                attachments = []
                for attachments_type_0_item_data in self.attachments:
                    attachments_type_0_item = attachments_type_0_item_data.to_dict()
                    attachments.append(attachments_type_0_item)

            else:
                attachments = self.attachments

            if attachments is not UNSET:
                field_dict["attachments"] = attachments
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
            if len(src_dict) >= 11:
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
            parsed.message = value
        else:
            invalid(parsed, "message", "message", "str", value)
            absent += value is MISSING

        value = values[1]
        if value is None:
            parsed.id = None
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            try:
                parsed.id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "id", "id", "UUID | None", value)

        value = values[2]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "files",
                        "files",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.files = value
        elif value is None:
            parsed.files = None
        elif value is UNSET:
            parsed.files = UNSET
            absent += 1
        else:
            invalid(parsed, "files", "files", "list[str] | None", value)

        value = values[3]
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

        value = values[4]
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

        value = values[5]
        if value is None:
            parsed.date_send = None
        elif value is UNSET:
            parsed.date_send = UNSET
            absent += 1
        else:
            try:
                parsed.date_send = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_send", "dateSend", "datetime.datetime | None", value)

        value = values[6]
        if value is None:
            parsed.date_viewed = None
        elif value is UNSET:
            parsed.date_viewed = UNSET
            absent += 1
        else:
            try:
                parsed.date_viewed = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_viewed", "dateViewed", "datetime.datetime | None", value)

        value = values[7]
        if value is None:
            parsed.user = None
        elif value is UNSET:
            parsed.user = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.user = UserLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "user", "user", "UserLightDto | None", value)
            else:
                invalid(parsed, "user", "user", "UserLightDto | None", value)

        value = values[8]
        if type(value) is int or value is None:
            parsed.user_request_id = value
        elif value is UNSET:
            parsed.user_request_id = UNSET
            absent += 1
        else:
            invalid(parsed, "user_request_id", "userRequestId", "int | None", value)

        value = values[9]
        if type(value) is int or value is None:
            parsed.attachments_lifetime_in_hours = value
        elif value is UNSET:
            parsed.attachments_lifetime_in_hours = UNSET
            absent += 1
        else:
            invalid(
                parsed, "attachments_lifetime_in_hours", "attachmentsLifetimeInHours", "int | None", value
            )

        value = values[10]
        if value is None:
            parsed.attachments = None
        elif value is UNSET:
            parsed.attachments = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.attachments = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.attachments = list(map(DataSubjectAttachmentDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "attachments",
                        "attachments",
                        "list[DataSubjectAttachmentDto] | None",
                        value,
                        items=DataSubjectAttachmentDto.from_dict,
                    )
            else:
                invalid(parsed, "attachments", "attachments", "list[DataSubjectAttachmentDto] | None", value)

        if len(src_dict) + absent == 11:  # every key is a known one
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
