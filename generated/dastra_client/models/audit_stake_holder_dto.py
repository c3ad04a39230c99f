from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_stake_holder_type import AuditStakeHolderType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_light_dto import UserLightDto


T = TypeVar("T", bound="AuditStakeHolderDto")


@_attrs_define
class AuditStakeHolderDto:
    """
    Attributes:
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

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        is_external: bool | None | Unset
        if isinstance(self.is_external, Unset):
            is_external = UNSET
        else:
            is_external = self.is_external

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, AuditStakeHolderType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, UserLightDto):
            user = self.user.to_dict()
        else:
            user = self.user

        review_html: None | str | Unset
        if isinstance(self.review_html, Unset):
            review_html = UNSET
        else:
            review_html = self.review_html

        validation_html: None | str | Unset
        if isinstance(self.validation_html, Unset):
            validation_html = UNSET
        else:
            validation_html = self.validation_html

        required: bool | None | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        else:
            required = self.required

        allowed_to_invite: bool | None | Unset
        if isinstance(self.allowed_to_invite, Unset):
            allowed_to_invite = UNSET
        else:
            allowed_to_invite = self.allowed_to_invite

        date_view: None | str | Unset
        if isinstance(self.date_view, Unset):
            date_view = UNSET
        elif isinstance(self.date_view, datetime.datetime):
            date_view = self.date_view.isoformat()
        else:
            date_view = self.date_view

        date_validation: None | str | Unset
        if isinstance(self.date_validation, Unset):
            date_validation = UNSET
        elif isinstance(self.date_validation, datetime.datetime):
            date_validation = self.date_validation.isoformat()
        else:
            date_validation = self.date_validation

        date_invited: None | str | Unset
        if isinstance(self.date_invited, Unset):
            date_invited = UNSET
        elif isinstance(self.date_invited, datetime.datetime):
            date_invited = self.date_invited.isoformat()
        else:
            date_invited = self.date_invited

        nb_invitations: int | None | Unset
        if isinstance(self.nb_invitations, Unset):
            nb_invitations = UNSET
        else:
            nb_invitations = self.nb_invitations

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

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if is_external is not UNSET:
            field_dict["isExternal"] = is_external
        if type_ is not UNSET:
            field_dict["type"] = type_
        if user is not UNSET:
            field_dict["user"] = user
        if review_html is not UNSET:
            field_dict["reviewHtml"] = review_html
        if validation_html is not UNSET:
            field_dict["validationHtml"] = validation_html
        if required is not UNSET:
            field_dict["required"] = required
        if allowed_to_invite is not UNSET:
            field_dict["allowedToInvite"] = allowed_to_invite
        if date_view is not UNSET:
            field_dict["dateView"] = date_view
        if date_validation is not UNSET:
            field_dict["dateValidation"] = date_validation
        if date_invited is not UNSET:
            field_dict["dateInvited"] = date_invited
        if nb_invitations is not UNSET:
            field_dict["nbInvitations"] = nb_invitations
        if assigned_questions is not UNSET:
            field_dict["assignedQuestions"] = assigned_questions
        if color is not UNSET:
            field_dict["color"] = color
        if avatar_url is not UNSET:
            field_dict["avatarUrl"] = avatar_url
        if display_name is not UNSET:
            field_dict["displayName"] = display_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_light_dto import UserLightDto

        d = dict(src_dict)

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("userId", UNSET))

        def _parse_is_external(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_external = _parse_is_external(d.pop("isExternal", UNSET))

        def _parse_type_(data: object) -> AuditStakeHolderType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = AuditStakeHolderType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditStakeHolderType | None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_user(data: object) -> None | Unset | UserLightDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_1 = UserLightDto.from_dict(data)

                return user_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserLightDto, data)

        user = _parse_user(d.pop("user", UNSET))

        def _parse_review_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        review_html = _parse_review_html(d.pop("reviewHtml", UNSET))

        def _parse_validation_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        validation_html = _parse_validation_html(d.pop("validationHtml", UNSET))

        def _parse_required(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        required = _parse_required(d.pop("required", UNSET))

        def _parse_allowed_to_invite(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allowed_to_invite = _parse_allowed_to_invite(d.pop("allowedToInvite", UNSET))

        def _parse_date_view(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_view_type_0 = datetime.datetime.fromisoformat(data)

                return date_view_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_view = _parse_date_view(d.pop("dateView", UNSET))

        def _parse_date_validation(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_validation_type_0 = datetime.datetime.fromisoformat(data)

                return date_validation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_validation = _parse_date_validation(d.pop("dateValidation", UNSET))

        def _parse_date_invited(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_invited_type_0 = datetime.datetime.fromisoformat(data)

                return date_invited_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_invited = _parse_date_invited(d.pop("dateInvited", UNSET))

        def _parse_nb_invitations(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_invitations = _parse_nb_invitations(d.pop("nbInvitations", UNSET))

        def _parse_assigned_questions(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                assigned_questions_type_0 = []
                _assigned_questions_type_0 = data
                for assigned_questions_type_0_item_data in _assigned_questions_type_0:
                    assigned_questions_type_0_item = UUID(assigned_questions_type_0_item_data)

                    assigned_questions_type_0.append(assigned_questions_type_0_item)

                return assigned_questions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        assigned_questions = _parse_assigned_questions(d.pop("assignedQuestions", UNSET))

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        def _parse_avatar_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar_url = _parse_avatar_url(d.pop("avatarUrl", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("displayName", UNSET))

        audit_stake_holder_dto = cls(
            id=id,
            email=email,
            user_id=user_id,
            is_external=is_external,
            type_=type_,
            user=user,
            review_html=review_html,
            validation_html=validation_html,
            required=required,
            allowed_to_invite=allowed_to_invite,
            date_view=date_view,
            date_validation=date_validation,
            date_invited=date_invited,
            nb_invitations=nb_invitations,
            assigned_questions=assigned_questions,
            color=color,
            avatar_url=avatar_url,
            display_name=display_name,
        )

        audit_stake_holder_dto.additional_properties = d
        return audit_stake_holder_dto

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
