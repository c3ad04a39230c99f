from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import VariantMismatchError
from .._lazy import (
    EAGER,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_light_dto import UserLightDto
    from ..models.work_space_dto import WorkSpaceDto
else:
    UserLightDto = deferred(globals(), "UserLightDto", "..models.user_light_dto")
    WorkSpaceDto = deferred(globals(), "WorkSpaceDto", "..models.work_space_dto")


def _load_workspace(model: InvitationDto, source: Mapping[str, Any]) -> Any:
    value = source.get("workspace", UNSET)
    if value is None or value is UNSET:
        model.workspace = value
        return value
    if isinstance(value, dict):
        try:
            model.workspace = result = WorkSpaceDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "workspace", "workspace", "WorkSpaceDto | None", value)
    else:
        result = invalid(model, "workspace", "workspace", "WorkSpaceDto | None", value)
    return result


def _load_invited_user(model: InvitationDto, source: Mapping[str, Any]) -> Any:
    value = source.get("invitedUser", UNSET)
    if value is None or value is UNSET:
        model.invited_user = value
        return value
    if isinstance(value, dict):
        try:
            model.invited_user = result = UserLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "invited_user", "invitedUser", "UserLightDto | None", value)
    else:
        result = invalid(model, "invited_user", "invitedUser", "UserLightDto | None", value)
    return result


def _load_creator_user(model: InvitationDto, source: Mapping[str, Any]) -> Any:
    value = source.get("creatorUser", UNSET)
    if value is None or value is UNSET:
        model.creator_user = value
        return value
    if isinstance(value, dict):
        try:
            model.creator_user = result = UserLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "creator_user", "creatorUser", "UserLightDto | None", value)
    else:
        result = invalid(model, "creator_user", "creatorUser", "UserLightDto | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "id",
    "workspaceId",
    "workspace",
    "invitedUser",
    "creatorUser",
    "welcomeMessage",
    "dateExpiration",
    "dateCreation",
    "dateValidation",
    "isValidated",
    "isExpired",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "id": UNSET,
    "workspaceId": UNSET,
    "workspace": UNSET,
    "invitedUser": UNSET,
    "creatorUser": UNSET,
    "welcomeMessage": UNSET,
    "dateExpiration": UNSET,
    "dateCreation": UNSET,
    "dateValidation": UNSET,
    "isValidated": UNSET,
    "isExpired": UNSET,
}

T = TypeVar("T", bound="InvitationDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvitationDto(LazyModel):
    """Attributes:
    id (int | None | Unset):
    workspace_id (int | None | Unset):
    workspace (None | Unset | WorkSpaceDto):
    invited_user (None | Unset | UserLightDto):
    creator_user (None | Unset | UserLightDto):
    welcome_message (None | str | Unset):
    date_expiration (datetime.datetime | None | Unset):
    date_creation (datetime.datetime | None | Unset):
    date_validation (datetime.datetime | None | Unset):
    is_validated (bool | None | Unset):
    is_expired (bool | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("workspace_id", "workspaceId"),
        ("workspace", "workspace"),
        ("invited_user", "invitedUser"),
        ("creator_user", "creatorUser"),
        ("welcome_message", "welcomeMessage"),
        ("date_expiration", "dateExpiration"),
        ("date_creation", "dateCreation"),
        ("date_validation", "dateValidation"),
        ("is_validated", "isValidated"),
        ("is_expired", "isExpired"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "workspace": _load_workspace,
        "invited_user": _load_invited_user,
        "creator_user": _load_creator_user,
    }

    id: int | None | Unset = UNSET
    workspace_id: int | None | Unset = UNSET
    workspace: None | Unset | WorkSpaceDto = UNSET
    invited_user: None | Unset | UserLightDto = UNSET
    creator_user: None | Unset | UserLightDto = UNSET
    welcome_message: None | str | Unset = UNSET
    date_expiration: datetime.datetime | None | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_validation: datetime.datetime | None | Unset = UNSET
    is_validated: bool | None | Unset = UNSET
    is_expired: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_light_dto import UserLightDto
        from ..models.work_space_dto import WorkSpaceDto

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "id" not in unreadable:
            id: int | None | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "workspace_id" not in unreadable:
            workspace_id: int | None | Unset
            if isinstance(self.workspace_id, Unset):
                workspace_id = UNSET
            else:
                workspace_id = self.workspace_id

            if workspace_id is not UNSET:
                field_dict["workspaceId"] = workspace_id
        if "workspace" not in unreadable:
            workspace: dict[str, Any] | None | Unset
            if isinstance(self.workspace, Unset):
                workspace = UNSET
            elif isinstance(self.workspace, WorkSpaceDto):
                workspace = self.workspace.to_dict()
            else:
                workspace = self.workspace

            if workspace is not UNSET:
                field_dict["workspace"] = workspace
        if "invited_user" not in unreadable:
            invited_user: dict[str, Any] | None | Unset
            if isinstance(self.invited_user, Unset):
                invited_user = UNSET
            elif isinstance(self.invited_user, UserLightDto):
                invited_user = self.invited_user.to_dict()
            else:
                invited_user = self.invited_user

            if invited_user is not UNSET:
                field_dict["invitedUser"] = invited_user
        if "creator_user" not in unreadable:
            creator_user: dict[str, Any] | None | Unset
            if isinstance(self.creator_user, Unset):
                creator_user = UNSET
            elif isinstance(self.creator_user, UserLightDto):
                creator_user = self.creator_user.to_dict()
            else:
                creator_user = self.creator_user

            if creator_user is not UNSET:
                field_dict["creatorUser"] = creator_user
        if "welcome_message" not in unreadable:
            welcome_message: None | str | Unset
            if isinstance(self.welcome_message, Unset):
                welcome_message = UNSET
            else:
                welcome_message = self.welcome_message

            if welcome_message is not UNSET:
                field_dict["welcomeMessage"] = welcome_message
        if "date_expiration" not in unreadable:
            date_expiration: None | str | Unset
            if isinstance(self.date_expiration, Unset):
                date_expiration = UNSET
            elif isinstance(self.date_expiration, datetime.datetime):
                date_expiration = self.date_expiration.isoformat()
            else:
                date_expiration = self.date_expiration

            if date_expiration is not UNSET:
                field_dict["dateExpiration"] = date_expiration
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
        if "date_validation" not in unreadable:
            date_validation: None | str | Unset
            if isinstance(self.date_validation, Unset):
                date_validation = UNSET
            elif isinstance(self.date_validation, datetime.datetime):
                date_validation = self.date_validation.isoformat()
            else:
                date_validation = self.date_validation

            if date_validation is not UNSET:
                field_dict["dateValidation"] = date_validation
        if "is_validated" not in unreadable:
            is_validated: bool | None | Unset
            if isinstance(self.is_validated, Unset):
                is_validated = UNSET
            else:
                is_validated = self.is_validated

            if is_validated is not UNSET:
                field_dict["isValidated"] = is_validated
        if "is_expired" not in unreadable:
            is_expired: bool | None | Unset
            if isinstance(self.is_expired, Unset):
                is_expired = UNSET
            else:
                is_expired = self.is_expired

            if is_expired is not UNSET:
                field_dict["isExpired"] = is_expired
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
        if type(value) is int or value is None:
            parsed.id = value
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            invalid(parsed, "id", "id", "int | None", value)

        value = values[1]
        if type(value) is int or value is None:
            parsed.workspace_id = value
        elif value is UNSET:
            parsed.workspace_id = UNSET
            absent += 1
        else:
            invalid(parsed, "workspace_id", "workspaceId", "int | None", value)

        value = values[2]
        if value is None:
            parsed.workspace = None
        elif value is UNSET:
            parsed.workspace = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.workspace = WorkSpaceDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "workspace", "workspace", "WorkSpaceDto | None", value)
            else:
                invalid(parsed, "workspace", "workspace", "WorkSpaceDto | None", value)

        value = values[3]
        if value is None:
            parsed.invited_user = None
        elif value is UNSET:
            parsed.invited_user = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.invited_user = UserLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "invited_user", "invitedUser", "UserLightDto | None", value)
            else:
                invalid(parsed, "invited_user", "invitedUser", "UserLightDto | None", value)

        value = values[4]
        if value is None:
            parsed.creator_user = None
        elif value is UNSET:
            parsed.creator_user = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.creator_user = UserLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "creator_user", "creatorUser", "UserLightDto | None", value)
            else:
                invalid(parsed, "creator_user", "creatorUser", "UserLightDto | None", value)

        value = values[5]
        if isinstance(value, str) or value is None:
            parsed.welcome_message = value
        elif value is UNSET:
            parsed.welcome_message = UNSET
            absent += 1
        else:
            invalid(parsed, "welcome_message", "welcomeMessage", "str | None", value)

        value = values[6]
        if value is None:
            parsed.date_expiration = None
        elif value is UNSET:
            parsed.date_expiration = UNSET
            absent += 1
        else:
            try:
                parsed.date_expiration = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_expiration", "dateExpiration", "datetime.datetime | None", value)

        value = values[7]
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

        value = values[8]
        if value is None:
            parsed.date_validation = None
        elif value is UNSET:
            parsed.date_validation = UNSET
            absent += 1
        else:
            try:
                parsed.date_validation = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_validation", "dateValidation", "datetime.datetime | None", value)

        value = values[9]
        if type(value) is bool or value is None:
            parsed.is_validated = value
        elif value is UNSET:
            parsed.is_validated = UNSET
            absent += 1
        else:
            invalid(parsed, "is_validated", "isValidated", "bool | None", value)

        value = values[10]
        if type(value) is bool or value is None:
            parsed.is_expired = value
        elif value is UNSET:
            parsed.is_expired = UNSET
            absent += 1
        else:
            invalid(parsed, "is_expired", "isExpired", "bool | None", value)

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
