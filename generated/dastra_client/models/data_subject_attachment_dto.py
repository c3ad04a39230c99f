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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_light_dto import UserLightDto
else:
    UserLightDto = deferred(globals(), "UserLightDto", "..models.user_light_dto")


def _load_creator(model: DataSubjectAttachmentDto, source: Mapping[str, Any]) -> Any:
    value = source.get("creator", UNSET)
    if value is None or value is UNSET:
        model.creator = value
        return value
    if isinstance(value, dict):
        try:
            model.creator = result = UserLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "creator", "creator", "UserLightDto | None", value)
    else:
        result = invalid(model, "creator", "creator", "UserLightDto | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "id",
    "extension",
    "size",
    "nbDownload",
    "transmitted",
    "fileName",
    "label",
    "userRequestMessageId",
    "userRequestId",
    "dateCreation",
    "dateUpdate",
    "creator",
    "expiration",
    "dateLastDownload",
    "dateFileRemoved",
    "deleted",
    "expired",
    "color",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "id": UNSET,
    "extension": UNSET,
    "size": UNSET,
    "nbDownload": UNSET,
    "transmitted": UNSET,
    "fileName": UNSET,
    "label": UNSET,
    "userRequestMessageId": UNSET,
    "userRequestId": UNSET,
    "dateCreation": UNSET,
    "dateUpdate": UNSET,
    "creator": UNSET,
    "expiration": UNSET,
    "dateLastDownload": UNSET,
    "dateFileRemoved": UNSET,
    "deleted": UNSET,
    "expired": UNSET,
    "color": UNSET,
}

T = TypeVar("T", bound="DataSubjectAttachmentDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DataSubjectAttachmentDto(LazyModel):
    """Attributes:
    id (None | Unset | UUID):
    extension (None | str | Unset):
    size (int | None | Unset):
    nb_download (int | None | Unset):
    transmitted (bool | None | Unset):
    file_name (None | str | Unset):
    label (None | str | Unset):
    user_request_message_id (None | Unset | UUID):
    user_request_id (int | None | Unset):
    date_creation (datetime.datetime | None | Unset):
    date_update (datetime.datetime | None | Unset):
    creator (None | Unset | UserLightDto):
    expiration (datetime.datetime | None | Unset):
    date_last_download (datetime.datetime | None | Unset):
    date_file_removed (datetime.datetime | None | Unset):
    deleted (bool | None | Unset):
    expired (bool | None | Unset):
    color (None | str | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("extension", "extension"),
        ("size", "size"),
        ("nb_download", "nbDownload"),
        ("transmitted", "transmitted"),
        ("file_name", "fileName"),
        ("label", "label"),
        ("user_request_message_id", "userRequestMessageId"),
        ("user_request_id", "userRequestId"),
        ("date_creation", "dateCreation"),
        ("date_update", "dateUpdate"),
        ("creator", "creator"),
        ("expiration", "expiration"),
        ("date_last_download", "dateLastDownload"),
        ("date_file_removed", "dateFileRemoved"),
        ("deleted", "deleted"),
        ("expired", "expired"),
        ("color", "color"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "creator": _load_creator,
    }

    id: None | Unset | UUID = UNSET
    extension: None | str | Unset = UNSET
    size: int | None | Unset = UNSET
    nb_download: int | None | Unset = UNSET
    transmitted: bool | None | Unset = UNSET
    file_name: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    user_request_message_id: None | Unset | UUID = UNSET
    user_request_id: int | None | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    creator: None | Unset | UserLightDto = UNSET
    expiration: datetime.datetime | None | Unset = UNSET
    date_last_download: datetime.datetime | None | Unset = UNSET
    date_file_removed: datetime.datetime | None | Unset = UNSET
    deleted: bool | None | Unset = UNSET
    expired: bool | None | Unset = UNSET
    color: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_light_dto import UserLightDto

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

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
        if "extension" not in unreadable:
            extension: None | str | Unset
            if isinstance(self.extension, Unset):
                extension = UNSET
            else:
                extension = self.extension

            if extension is not UNSET:
                field_dict["extension"] = extension
        if "size" not in unreadable:
            size: int | None | Unset
            if isinstance(self.size, Unset):
                size = UNSET
            else:
                size = self.size

            if size is not UNSET:
                field_dict["size"] = size
        if "nb_download" not in unreadable:
            nb_download: int | None | Unset
            if isinstance(self.nb_download, Unset):
                nb_download = UNSET
            else:
                nb_download = self.nb_download

            if nb_download is not UNSET:
                field_dict["nbDownload"] = nb_download
        if "transmitted" not in unreadable:
            transmitted: bool | None | Unset
            if isinstance(self.transmitted, Unset):
                transmitted = UNSET
            else:
                transmitted = self.transmitted

            if transmitted is not UNSET:
                field_dict["transmitted"] = transmitted
        if "file_name" not in unreadable:
            file_name: None | str | Unset
            if isinstance(self.file_name, Unset):
                file_name = UNSET
            else:
                file_name = self.file_name

            if file_name is not UNSET:
                field_dict["fileName"] = file_name
        if "label" not in unreadable:
            label: None | str | Unset
            if isinstance(self.label, Unset):
                label = UNSET
            else:
                label = self.label

            if label is not UNSET:
                field_dict["label"] = label
        if "user_request_message_id" not in unreadable:
            user_request_message_id: None | str | Unset
            if isinstance(self.user_request_message_id, Unset):
                user_request_message_id = UNSET
            elif isinstance(self.user_request_message_id, UUID):
                user_request_message_id = str(self.user_request_message_id)
            else:
                user_request_message_id = self.user_request_message_id

            if user_request_message_id is not UNSET:
                field_dict["userRequestMessageId"] = user_request_message_id
        if "user_request_id" not in unreadable:
            user_request_id: int | None | Unset
            if isinstance(self.user_request_id, Unset):
                user_request_id = UNSET
            else:
                user_request_id = self.user_request_id

            if user_request_id is not UNSET:
                field_dict["userRequestId"] = user_request_id
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
        if "creator" not in unreadable:
            creator: dict[str, Any] | None | Unset
            if isinstance(self.creator, Unset):
                creator = UNSET
            elif isinstance(self.creator, UserLightDto):
                creator = self.creator.to_dict()
            else:
                creator = self.creator

            if creator is not UNSET:
                field_dict["creator"] = creator
        if "expiration" not in unreadable:
            expiration: None | str | Unset
            if isinstance(self.expiration, Unset):
                expiration = UNSET
            elif isinstance(self.expiration, datetime.datetime):
                expiration = self.expiration.isoformat()
            else:
                expiration = self.expiration

            if expiration is not UNSET:
                field_dict["expiration"] = expiration
        if "date_last_download" not in unreadable:
            date_last_download: None | str | Unset
            if isinstance(self.date_last_download, Unset):
                date_last_download = UNSET
            elif isinstance(self.date_last_download, datetime.datetime):
                date_last_download = self.date_last_download.isoformat()
            else:
                date_last_download = self.date_last_download

            if date_last_download is not UNSET:
                field_dict["dateLastDownload"] = date_last_download
        if "date_file_removed" not in unreadable:
            date_file_removed: None | str | Unset
            if isinstance(self.date_file_removed, Unset):
                date_file_removed = UNSET
            elif isinstance(self.date_file_removed, datetime.datetime):
                date_file_removed = self.date_file_removed.isoformat()
            else:
                date_file_removed = self.date_file_removed

            if date_file_removed is not UNSET:
                field_dict["dateFileRemoved"] = date_file_removed
        if "deleted" not in unreadable:
            deleted: bool | None | Unset
            if isinstance(self.deleted, Unset):
                deleted = UNSET
            else:
                deleted = self.deleted

            if deleted is not UNSET:
                field_dict["deleted"] = deleted
        if "expired" not in unreadable:
            expired: bool | None | Unset
            if isinstance(self.expired, Unset):
                expired = UNSET
            else:
                expired = self.expired

            if expired is not UNSET:
                field_dict["expired"] = expired
        if "color" not in unreadable:
            color: None | str | Unset
            if isinstance(self.color, Unset):
                color = UNSET
            else:
                color = self.color

            if color is not UNSET:
                field_dict["color"] = color
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
            if len(src_dict) >= 18:
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
            parsed.id = None
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            try:
                parsed.id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "id", "id", "UUID | None", value)

        value = values[1]
        if isinstance(value, str) or value is None:
            parsed.extension = value
        elif value is UNSET:
            parsed.extension = UNSET
            absent += 1
        else:
            invalid(parsed, "extension", "extension", "str | None", value)

        value = values[2]
        if type(value) is int or value is None:
            parsed.size = value
        elif value is UNSET:
            parsed.size = UNSET
            absent += 1
        else:
            invalid(parsed, "size", "size", "int | None", value)

        value = values[3]
        if type(value) is int or value is None:
            parsed.nb_download = value
        elif value is UNSET:
            parsed.nb_download = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_download", "nbDownload", "int | None", value)

        value = values[4]
        if type(value) is bool or value is None:
            parsed.transmitted = value
        elif value is UNSET:
            parsed.transmitted = UNSET
            absent += 1
        else:
            invalid(parsed, "transmitted", "transmitted", "bool | None", value)

        value = values[5]
        if isinstance(value, str) or value is None:
            parsed.file_name = value
        elif value is UNSET:
            parsed.file_name = UNSET
            absent += 1
        else:
            invalid(parsed, "file_name", "fileName", "str | None", value)

        value = values[6]
        if isinstance(value, str) or value is None:
            parsed.label = value
        elif value is UNSET:
            parsed.label = UNSET
            absent += 1
        else:
            invalid(parsed, "label", "label", "str | None", value)

        value = values[7]
        if value is None:
            parsed.user_request_message_id = None
        elif value is UNSET:
            parsed.user_request_message_id = UNSET
            absent += 1
        else:
            try:
                parsed.user_request_message_id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "user_request_message_id", "userRequestMessageId", "UUID | None", value)

        value = values[8]
        if type(value) is int or value is None:
            parsed.user_request_id = value
        elif value is UNSET:
            parsed.user_request_id = UNSET
            absent += 1
        else:
            invalid(parsed, "user_request_id", "userRequestId", "int | None", value)

        value = values[9]
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

        value = values[10]
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

        value = values[11]
        if value is None:
            parsed.creator = None
        elif value is UNSET:
            parsed.creator = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.creator = UserLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "creator", "creator", "UserLightDto | None", value)
            else:
                invalid(parsed, "creator", "creator", "UserLightDto | None", value)

        value = values[12]
        if value is None:
            parsed.expiration = None
        elif value is UNSET:
            parsed.expiration = UNSET
            absent += 1
        else:
            try:
                parsed.expiration = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "expiration", "expiration", "datetime.datetime | None", value)

        value = values[13]
        if value is None:
            parsed.date_last_download = None
        elif value is UNSET:
            parsed.date_last_download = UNSET
            absent += 1
        else:
            try:
                parsed.date_last_download = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_last_download", "dateLastDownload", "datetime.datetime | None", value)

        value = values[14]
        if value is None:
            parsed.date_file_removed = None
        elif value is UNSET:
            parsed.date_file_removed = UNSET
            absent += 1
        else:
            try:
                parsed.date_file_removed = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_file_removed", "dateFileRemoved", "datetime.datetime | None", value)

        value = values[15]
        if type(value) is bool or value is None:
            parsed.deleted = value
        elif value is UNSET:
            parsed.deleted = UNSET
            absent += 1
        else:
            invalid(parsed, "deleted", "deleted", "bool | None", value)

        value = values[16]
        if type(value) is bool or value is None:
            parsed.expired = value
        elif value is UNSET:
            parsed.expired = UNSET
            absent += 1
        else:
            invalid(parsed, "expired", "expired", "bool | None", value)

        value = values[17]
        if isinstance(value, str) or value is None:
            parsed.color = value
        elif value is UNSET:
            parsed.color = UNSET
            absent += 1
        else:
            invalid(parsed, "color", "color", "str | None", value)

        if len(src_dict) + absent == 18:  # every key is a known one
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
