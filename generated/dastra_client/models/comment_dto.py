from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

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
)
from ..models.comment_object_type import CommentObjectType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_dto import AttachmentDto
    from ..models.user_light_dto import UserLightDto
else:
    AttachmentDto = deferred(globals(), "AttachmentDto", "..models.attachment_dto")
    UserLightDto = deferred(globals(), "UserLightDto", "..models.user_light_dto")


_COMMENT_OBJECT_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in CommentObjectType
}


def _load_resolved_by(model: CommentDto, source: Mapping[str, Any]) -> Any:
    value = source.get("resolvedBy", UNSET)
    if value is None or value is UNSET:
        model.resolved_by = value
        return value
    if isinstance(value, dict):
        try:
            model.resolved_by = result = UserLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "resolved_by", "resolvedBy", "UserLightDto | None", value)
    else:
        result = invalid(model, "resolved_by", "resolvedBy", "UserLightDto | None", value)
    return result


def _load_attachments(model: CommentDto, source: Mapping[str, Any]) -> Any:
    value = source.get("attachments", UNSET)
    if value is None or value is UNSET:
        model.attachments = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.attachments = result = list(map(AttachmentDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "attachments",
                "attachments",
                "list[AttachmentDto] | None",
                value,
                items=AttachmentDto.from_dict,
            )
    else:
        result = invalid(model, "attachments", "attachments", "list[AttachmentDto] | None", value)
    return result


def _load_user(model: CommentDto, source: Mapping[str, Any]) -> Any:
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


_KEYS: Final[tuple[str, ...]] = (
    "message",
    "objectId",
    "objectType",
    "id",
    "workSpaceId",
    "dateCreation",
    "dateUpdate",
    "dateResolution",
    "resolvedBy",
    "attachments",
    "user",
    "userId",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "message": MISSING,
    "objectId": MISSING,
    "objectType": MISSING,
    "id": UNSET,
    "workSpaceId": UNSET,
    "dateCreation": UNSET,
    "dateUpdate": UNSET,
    "dateResolution": UNSET,
    "resolvedBy": UNSET,
    "attachments": UNSET,
    "user": UNSET,
    "userId": UNSET,
}

T = TypeVar("T", bound="CommentDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class CommentDto(LazyModel):
    """Attributes:
    message (str):
    object_id (str):
    object_type (CommentObjectType | str):
    id (int | None | Unset):
    work_space_id (int | None | Unset):
    date_creation (datetime.datetime | None | Unset):
    date_update (datetime.datetime | None | Unset):
    date_resolution (datetime.datetime | None | Unset):
    resolved_by (None | Unset | UserLightDto):
    attachments (list[AttachmentDto] | None | Unset):
    user (None | Unset | UserLightDto):
    user_id (int | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("message", "message"),
        ("object_id", "objectId"),
        ("object_type", "objectType"),
        ("id", "id"),
        ("work_space_id", "workSpaceId"),
        ("date_creation", "dateCreation"),
        ("date_update", "dateUpdate"),
        ("date_resolution", "dateResolution"),
        ("resolved_by", "resolvedBy"),
        ("attachments", "attachments"),
        ("user", "user"),
        ("user_id", "userId"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "resolved_by": _load_resolved_by,
        "attachments": _load_attachments,
        "user": _load_user,
    }

    message: str
    object_id: str
    object_type: CommentObjectType | str
    id: int | None | Unset = UNSET
    work_space_id: int | None | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    date_resolution: datetime.datetime | None | Unset = UNSET
    resolved_by: None | Unset | UserLightDto = UNSET
    attachments: list[AttachmentDto] | None | Unset = UNSET
    user: None | Unset | UserLightDto = UNSET
    user_id: int | None | Unset = UNSET
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
        if "object_id" not in unreadable:
            object_id = self.object_id

            field_dict["objectId"] = object_id
        if "object_type" not in unreadable:
            object_type: str
            if isinstance(self.object_type, CommentObjectType):
                object_type = self.object_type.value
            else:
                object_type = self.object_type

            field_dict["objectType"] = object_type
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
        if "date_resolution" not in unreadable:
            date_resolution: None | str | Unset
            if isinstance(self.date_resolution, Unset):
                date_resolution = UNSET
            elif isinstance(self.date_resolution, datetime.datetime):
                date_resolution = self.date_resolution.isoformat()
            else:
                date_resolution = self.date_resolution

            if date_resolution is not UNSET:
                field_dict["dateResolution"] = date_resolution
        if "resolved_by" not in unreadable:
            resolved_by: dict[str, Any] | None | Unset
            if isinstance(self.resolved_by, Unset):
                resolved_by = UNSET
            elif isinstance(self.resolved_by, UserLightDto):
                resolved_by = self.resolved_by.to_dict()
            else:
                resolved_by = self.resolved_by

            if resolved_by is not UNSET:
                field_dict["resolvedBy"] = resolved_by
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
        if "user_id" not in unreadable:
            user_id: int | None | Unset
            if isinstance(self.user_id, Unset):
                user_id = UNSET
            else:
                user_id = self.user_id

            if user_id is not UNSET:
                field_dict["userId"] = user_id
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
            if len(src_dict) >= 12:
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
        if isinstance(value, str):
            parsed.object_id = value
        else:
            invalid(parsed, "object_id", "objectId", "str", value)
            absent += value is MISSING

        value = values[2]
        if isinstance(value, str):
            parsed.object_type = _COMMENT_OBJECT_TYPE_BY_VALUE.get(value, value)
        else:
            invalid(parsed, "object_type", "objectType", "CommentObjectType | str", value)
            absent += value is MISSING

        value = values[3]
        if type(value) is int or value is None:
            parsed.id = value
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            invalid(parsed, "id", "id", "int | None", value)

        value = values[4]
        if type(value) is int or value is None:
            parsed.work_space_id = value
        elif value is UNSET:
            parsed.work_space_id = UNSET
            absent += 1
        else:
            invalid(parsed, "work_space_id", "workSpaceId", "int | None", value)

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
            parsed.date_resolution = None
        elif value is UNSET:
            parsed.date_resolution = UNSET
            absent += 1
        else:
            try:
                parsed.date_resolution = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_resolution", "dateResolution", "datetime.datetime | None", value)

        value = values[8]
        if value is None:
            parsed.resolved_by = None
        elif value is UNSET:
            parsed.resolved_by = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.resolved_by = UserLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "resolved_by", "resolvedBy", "UserLightDto | None", value)
            else:
                invalid(parsed, "resolved_by", "resolvedBy", "UserLightDto | None", value)

        value = values[9]
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
                    parsed.attachments = list(map(AttachmentDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "attachments",
                        "attachments",
                        "list[AttachmentDto] | None",
                        value,
                        items=AttachmentDto.from_dict,
                    )
            else:
                invalid(parsed, "attachments", "attachments", "list[AttachmentDto] | None", value)

        value = values[10]
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

        value = values[11]
        if type(value) is int or value is None:
            parsed.user_id = value
        elif value is UNSET:
            parsed.user_id = UNSET
            absent += 1
        else:
            invalid(parsed, "user_id", "userId", "int | None", value)

        if len(src_dict) + absent == 12:  # every key is a known one
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
