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
from ..models.audit_stake_holder_type import AuditStakeHolderType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_light_dto import UserLightDto
else:
    UserLightDto = deferred(globals(), "UserLightDto", "..models.user_light_dto")


_AUDIT_STAKE_HOLDER_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in AuditStakeHolderType
}


def _load_user(model: AuditStakeHolderDto, source: Mapping[str, Any]) -> Any:
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
    "id",
    "email",
    "userId",
    "isExternal",
    "type",
    "user",
    "reviewHtml",
    "validationHtml",
    "required",
    "allowedToInvite",
    "dateView",
    "dateValidation",
    "dateInvited",
    "nbInvitations",
    "assignedQuestions",
    "color",
    "avatarUrl",
    "displayName",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "id": UNSET,
    "email": UNSET,
    "userId": UNSET,
    "isExternal": UNSET,
    "type": UNSET,
    "user": UNSET,
    "reviewHtml": UNSET,
    "validationHtml": UNSET,
    "required": UNSET,
    "allowedToInvite": UNSET,
    "dateView": UNSET,
    "dateValidation": UNSET,
    "dateInvited": UNSET,
    "nbInvitations": UNSET,
    "assignedQuestions": UNSET,
    "color": UNSET,
    "avatarUrl": UNSET,
    "displayName": UNSET,
}

T = TypeVar("T", bound="AuditStakeHolderDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AuditStakeHolderDto(LazyModel):
    """Attributes:
    id (None | Unset | UUID):
    email (None | str | Unset):
    user_id (int | None | Unset):
    is_external (bool | None | Unset):
    type_ (AuditStakeHolderType | None | str | Unset):
    user (None | Unset | UserLightDto):
    review_html (None | str | Unset):
    validation_html (None | str | Unset):
    required (bool | None | Unset):
    allowed_to_invite (bool | None | Unset):
    date_view (datetime.datetime | None | Unset):
    date_validation (datetime.datetime | None | Unset):
    date_invited (datetime.datetime | None | Unset):
    nb_invitations (int | None | Unset):
    assigned_questions (list[UUID] | None | Unset):
    color (None | str | Unset):
    avatar_url (None | str | Unset):
    display_name (None | str | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("email", "email"),
        ("user_id", "userId"),
        ("is_external", "isExternal"),
        ("type_", "type"),
        ("user", "user"),
        ("review_html", "reviewHtml"),
        ("validation_html", "validationHtml"),
        ("required", "required"),
        ("allowed_to_invite", "allowedToInvite"),
        ("date_view", "dateView"),
        ("date_validation", "dateValidation"),
        ("date_invited", "dateInvited"),
        ("nb_invitations", "nbInvitations"),
        ("assigned_questions", "assignedQuestions"),
        ("color", "color"),
        ("avatar_url", "avatarUrl"),
        ("display_name", "displayName"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "user": _load_user,
    }

    id: None | Unset | UUID = UNSET
    email: None | str | Unset = UNSET
    user_id: int | None | Unset = UNSET
    is_external: bool | None | Unset = UNSET
    type_: AuditStakeHolderType | None | str | Unset = UNSET
    user: None | Unset | UserLightDto = UNSET
    review_html: None | str | Unset = UNSET
    validation_html: None | str | Unset = UNSET
    required: bool | None | Unset = UNSET
    allowed_to_invite: bool | None | Unset = UNSET
    date_view: datetime.datetime | None | Unset = UNSET
    date_validation: datetime.datetime | None | Unset = UNSET
    date_invited: datetime.datetime | None | Unset = UNSET
    nb_invitations: int | None | Unset = UNSET
    assigned_questions: list[UUID] | None | Unset = UNSET
    color: None | str | Unset = UNSET
    avatar_url: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
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
        if "email" not in unreadable:
            email: None | str | Unset
            if isinstance(self.email, Unset):
                email = UNSET
            else:
                email = self.email

            if email is not UNSET:
                field_dict["email"] = email
        if "user_id" not in unreadable:
            user_id: int | None | Unset
            if isinstance(self.user_id, Unset):
                user_id = UNSET
            else:
                user_id = self.user_id

            if user_id is not UNSET:
                field_dict["userId"] = user_id
        if "is_external" not in unreadable:
            is_external: bool | None | Unset
            if isinstance(self.is_external, Unset):
                is_external = UNSET
            else:
                is_external = self.is_external

            if is_external is not UNSET:
                field_dict["isExternal"] = is_external
        if "type_" not in unreadable:
            type_: None | str | Unset
            if isinstance(self.type_, Unset):
                type_ = UNSET
            elif isinstance(self.type_, AuditStakeHolderType):
                type_ = self.type_.value
            else:
                type_ = self.type_

            if type_ is not UNSET:
                field_dict["type"] = type_
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
        if "review_html" not in unreadable:
            review_html: None | str | Unset
            if isinstance(self.review_html, Unset):
                review_html = UNSET
            else:
                review_html = self.review_html

            if review_html is not UNSET:
                field_dict["reviewHtml"] = review_html
        if "validation_html" not in unreadable:
            validation_html: None | str | Unset
            if isinstance(self.validation_html, Unset):
                validation_html = UNSET
            else:
                validation_html = self.validation_html

            if validation_html is not UNSET:
                field_dict["validationHtml"] = validation_html
        if "required" not in unreadable:
            required: bool | None | Unset
            if isinstance(self.required, Unset):
                required = UNSET
            else:
                required = self.required

            if required is not UNSET:
                field_dict["required"] = required
        if "allowed_to_invite" not in unreadable:
            allowed_to_invite: bool | None | Unset
            if isinstance(self.allowed_to_invite, Unset):
                allowed_to_invite = UNSET
            else:
                allowed_to_invite = self.allowed_to_invite

            if allowed_to_invite is not UNSET:
                field_dict["allowedToInvite"] = allowed_to_invite
        if "date_view" not in unreadable:
            date_view: None | str | Unset
            if isinstance(self.date_view, Unset):
                date_view = UNSET
            elif isinstance(self.date_view, datetime.datetime):
                date_view = self.date_view.isoformat()
            else:
                date_view = self.date_view

            if date_view is not UNSET:
                field_dict["dateView"] = date_view
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
        if "date_invited" not in unreadable:
            date_invited: None | str | Unset
            if isinstance(self.date_invited, Unset):
                date_invited = UNSET
            elif isinstance(self.date_invited, datetime.datetime):
                date_invited = self.date_invited.isoformat()
            else:
                date_invited = self.date_invited

            if date_invited is not UNSET:
                field_dict["dateInvited"] = date_invited
        if "nb_invitations" not in unreadable:
            nb_invitations: int | None | Unset
            if isinstance(self.nb_invitations, Unset):
                nb_invitations = UNSET
            else:
                nb_invitations = self.nb_invitations

            if nb_invitations is not UNSET:
                field_dict["nbInvitations"] = nb_invitations
        if "assigned_questions" not in unreadable:
            assigned_questions: list[str] | None | Unset
            if isinstance(self.assigned_questions, Unset):
                assigned_questions = UNSET
            elif isinstance(self.assigned_questions, list):
                assigned_questions = []
                for assigned_questions_type_0_item_data in self.assigned_questions:
                    assigned_questions_type_0_item = str(assigned_questions_type_0_item_data)
                    assigned_questions.append(assigned_questions_type_0_item)

            else:
                assigned_questions = self.assigned_questions

            if assigned_questions is not UNSET:
                field_dict["assignedQuestions"] = assigned_questions
        if "color" not in unreadable:
            color: None | str | Unset
            if isinstance(self.color, Unset):
                color = UNSET
            else:
                color = self.color

            if color is not UNSET:
                field_dict["color"] = color
        if "avatar_url" not in unreadable:
            avatar_url: None | str | Unset
            if isinstance(self.avatar_url, Unset):
                avatar_url = UNSET
            else:
                avatar_url = self.avatar_url

            if avatar_url is not UNSET:
                field_dict["avatarUrl"] = avatar_url
        if "display_name" not in unreadable:
            display_name: None | str | Unset
            if isinstance(self.display_name, Unset):
                display_name = UNSET
            else:
                display_name = self.display_name

            if display_name is not UNSET:
                field_dict["displayName"] = display_name
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
            parsed.email = value
        elif value is UNSET:
            parsed.email = UNSET
            absent += 1
        else:
            invalid(parsed, "email", "email", "str | None", value)

        value = values[2]
        if type(value) is int or value is None:
            parsed.user_id = value
        elif value is UNSET:
            parsed.user_id = UNSET
            absent += 1
        else:
            invalid(parsed, "user_id", "userId", "int | None", value)

        value = values[3]
        if type(value) is bool or value is None:
            parsed.is_external = value
        elif value is UNSET:
            parsed.is_external = UNSET
            absent += 1
        else:
            invalid(parsed, "is_external", "isExternal", "bool | None", value)

        value = values[4]
        if isinstance(value, str):
            parsed.type_ = _AUDIT_STAKE_HOLDER_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.type_ = None
        elif value is UNSET:
            parsed.type_ = UNSET
            absent += 1
        else:
            invalid(parsed, "type_", "type", "AuditStakeHolderType | str | None", value)

        value = values[5]
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

        value = values[6]
        if isinstance(value, str) or value is None:
            parsed.review_html = value
        elif value is UNSET:
            parsed.review_html = UNSET
            absent += 1
        else:
            invalid(parsed, "review_html", "reviewHtml", "str | None", value)

        value = values[7]
        if isinstance(value, str) or value is None:
            parsed.validation_html = value
        elif value is UNSET:
            parsed.validation_html = UNSET
            absent += 1
        else:
            invalid(parsed, "validation_html", "validationHtml", "str | None", value)

        value = values[8]
        if type(value) is bool or value is None:
            parsed.required = value
        elif value is UNSET:
            parsed.required = UNSET
            absent += 1
        else:
            invalid(parsed, "required", "required", "bool | None", value)

        value = values[9]
        if type(value) is bool or value is None:
            parsed.allowed_to_invite = value
        elif value is UNSET:
            parsed.allowed_to_invite = UNSET
            absent += 1
        else:
            invalid(parsed, "allowed_to_invite", "allowedToInvite", "bool | None", value)

        value = values[10]
        if value is None:
            parsed.date_view = None
        elif value is UNSET:
            parsed.date_view = UNSET
            absent += 1
        else:
            try:
                parsed.date_view = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_view", "dateView", "datetime.datetime | None", value)

        value = values[11]
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

        value = values[12]
        if value is None:
            parsed.date_invited = None
        elif value is UNSET:
            parsed.date_invited = UNSET
            absent += 1
        else:
            try:
                parsed.date_invited = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_invited", "dateInvited", "datetime.datetime | None", value)

        value = values[13]
        if type(value) is int or value is None:
            parsed.nb_invitations = value
        elif value is UNSET:
            parsed.nb_invitations = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_invitations", "nbInvitations", "int | None", value)

        value = values[14]
        if isinstance(value, list):
            try:
                parsed.assigned_questions = [parse_uuid(item) for item in value]
            except (TypeError, ValueError, AttributeError):
                invalid(
                    parsed,
                    "assigned_questions",
                    "assignedQuestions",
                    "list[UUID] | None",
                    value,
                    items=parse_uuid,
                )
        elif value is None:
            parsed.assigned_questions = None
        elif value is UNSET:
            parsed.assigned_questions = UNSET
            absent += 1
        else:
            invalid(parsed, "assigned_questions", "assignedQuestions", "list[UUID] | None", value)

        value = values[15]
        if isinstance(value, str) or value is None:
            parsed.color = value
        elif value is UNSET:
            parsed.color = UNSET
            absent += 1
        else:
            invalid(parsed, "color", "color", "str | None", value)

        value = values[16]
        if isinstance(value, str) or value is None:
            parsed.avatar_url = value
        elif value is UNSET:
            parsed.avatar_url = UNSET
            absent += 1
        else:
            invalid(parsed, "avatar_url", "avatarUrl", "str | None", value)

        value = values[17]
        if isinstance(value, str) or value is None:
            parsed.display_name = value
        elif value is UNSET:
            parsed.display_name = UNSET
            absent += 1
        else:
            invalid(parsed, "display_name", "displayName", "str | None", value)

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
