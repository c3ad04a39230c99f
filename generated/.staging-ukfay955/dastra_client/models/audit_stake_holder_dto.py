from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.audit_stake_holder_type import AuditStakeHolderType
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.user_light_dto import UserLightDto






def _parse_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data








def _parse_type_(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = AuditStakeHolderType._value2member_map_.get(data)
    if member is not None:
        return member
    return data




def _parse_user(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data








def _parse_date_view(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_date_validation(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_date_invited(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data






def _parse_assigned_questions(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [UUID(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data






def _load_user(source: Mapping[str, Any]) -> Any:
    return _parse_user(source.get("user", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("id", "email", "userId", "isExternal", "type", "user", "reviewHtml", "validationHtml", "required", "allowedToInvite", "dateView", "dateValidation", "dateInvited", "nbInvitations", "assignedQuestions", "color", "avatarUrl", "displayName", ))

T = TypeVar("T", bound="AuditStakeHolderDto")



@_attrs_define
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

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
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
        from ..models.user_light_dto import UserLightDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        if email is not UNSET:
            field_dict["email"] = email
        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        if user_id is not UNSET:
            field_dict["userId"] = user_id
        is_external: bool | None | Unset
        if isinstance(self.is_external, Unset):
            is_external = UNSET
        else:
            is_external = self.is_external

        if is_external is not UNSET:
            field_dict["isExternal"] = is_external
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, AuditStakeHolderType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        if type_ is not UNSET:
            field_dict["type"] = type_
        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, UserLightDto):
            user = self.user.to_dict()
        else:
            user = self.user

        if user is not UNSET:
            field_dict["user"] = user
        review_html: None | str | Unset
        if isinstance(self.review_html, Unset):
            review_html = UNSET
        else:
            review_html = self.review_html

        if review_html is not UNSET:
            field_dict["reviewHtml"] = review_html
        validation_html: None | str | Unset
        if isinstance(self.validation_html, Unset):
            validation_html = UNSET
        else:
            validation_html = self.validation_html

        if validation_html is not UNSET:
            field_dict["validationHtml"] = validation_html
        required: bool | None | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        else:
            required = self.required

        if required is not UNSET:
            field_dict["required"] = required
        allowed_to_invite: bool | None | Unset
        if isinstance(self.allowed_to_invite, Unset):
            allowed_to_invite = UNSET
        else:
            allowed_to_invite = self.allowed_to_invite

        if allowed_to_invite is not UNSET:
            field_dict["allowedToInvite"] = allowed_to_invite
        date_view: None | str | Unset
        if isinstance(self.date_view, Unset):
            date_view = UNSET
        elif isinstance(self.date_view, datetime.datetime):
            date_view = self.date_view.isoformat()
        else:
            date_view = self.date_view

        if date_view is not UNSET:
            field_dict["dateView"] = date_view
        date_validation: None | str | Unset
        if isinstance(self.date_validation, Unset):
            date_validation = UNSET
        elif isinstance(self.date_validation, datetime.datetime):
            date_validation = self.date_validation.isoformat()
        else:
            date_validation = self.date_validation

        if date_validation is not UNSET:
            field_dict["dateValidation"] = date_validation
        date_invited: None | str | Unset
        if isinstance(self.date_invited, Unset):
            date_invited = UNSET
        elif isinstance(self.date_invited, datetime.datetime):
            date_invited = self.date_invited.isoformat()
        else:
            date_invited = self.date_invited

        if date_invited is not UNSET:
            field_dict["dateInvited"] = date_invited
        nb_invitations: int | None | Unset
        if isinstance(self.nb_invitations, Unset):
            nb_invitations = UNSET
        else:
            nb_invitations = self.nb_invitations

        if nb_invitations is not UNSET:
            field_dict["nbInvitations"] = nb_invitations
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
        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        if color is not UNSET:
            field_dict["color"] = color
        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        if avatar_url is not UNSET:
            field_dict["avatarUrl"] = avatar_url
        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.email = src_dict.get("email", UNSET)
        parsed.user_id = src_dict.get("userId", UNSET)
        parsed.is_external = src_dict.get("isExternal", UNSET)
        parsed.type_ = _parse_type_(src_dict.get("type", UNSET))
        parsed.review_html = src_dict.get("reviewHtml", UNSET)
        parsed.validation_html = src_dict.get("validationHtml", UNSET)
        parsed.required = src_dict.get("required", UNSET)
        parsed.allowed_to_invite = src_dict.get("allowedToInvite", UNSET)
        parsed.date_view = _parse_date_view(src_dict.get("dateView", UNSET))
        parsed.date_validation = _parse_date_validation(src_dict.get("dateValidation", UNSET))
        parsed.date_invited = _parse_date_invited(src_dict.get("dateInvited", UNSET))
        parsed.nb_invitations = src_dict.get("nbInvitations", UNSET)
        parsed.assigned_questions = _parse_assigned_questions(src_dict.get("assignedQuestions", UNSET))
        parsed.color = src_dict.get("color", UNSET)
        parsed.avatar_url = src_dict.get("avatarUrl", UNSET)
        parsed.display_name = src_dict.get("displayName", UNSET)
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
