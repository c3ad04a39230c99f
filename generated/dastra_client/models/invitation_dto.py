from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_light_dto import UserLightDto
    from ..models.work_space_dto import WorkSpaceDto


T = TypeVar("T", bound="InvitationDto")


@_attrs_define
class InvitationDto:
    """
    Attributes:
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

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        workspace_id: int | None | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        workspace: dict[str, Any] | None | Unset
        if isinstance(self.workspace, Unset):
            workspace = UNSET
        elif isinstance(self.workspace, WorkSpaceDto):
            workspace = self.workspace.to_dict()
        else:
            workspace = self.workspace

        invited_user: dict[str, Any] | None | Unset
        if isinstance(self.invited_user, Unset):
            invited_user = UNSET
        elif isinstance(self.invited_user, UserLightDto):
            invited_user = self.invited_user.to_dict()
        else:
            invited_user = self.invited_user

        creator_user: dict[str, Any] | None | Unset
        if isinstance(self.creator_user, Unset):
            creator_user = UNSET
        elif isinstance(self.creator_user, UserLightDto):
            creator_user = self.creator_user.to_dict()
        else:
            creator_user = self.creator_user

        welcome_message: None | str | Unset
        if isinstance(self.welcome_message, Unset):
            welcome_message = UNSET
        else:
            welcome_message = self.welcome_message

        date_expiration: None | str | Unset
        if isinstance(self.date_expiration, Unset):
            date_expiration = UNSET
        elif isinstance(self.date_expiration, datetime.datetime):
            date_expiration = self.date_expiration.isoformat()
        else:
            date_expiration = self.date_expiration

        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        date_validation: None | str | Unset
        if isinstance(self.date_validation, Unset):
            date_validation = UNSET
        elif isinstance(self.date_validation, datetime.datetime):
            date_validation = self.date_validation.isoformat()
        else:
            date_validation = self.date_validation

        is_validated: bool | None | Unset
        if isinstance(self.is_validated, Unset):
            is_validated = UNSET
        else:
            is_validated = self.is_validated

        is_expired: bool | None | Unset
        if isinstance(self.is_expired, Unset):
            is_expired = UNSET
        else:
            is_expired = self.is_expired

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if invited_user is not UNSET:
            field_dict["invitedUser"] = invited_user
        if creator_user is not UNSET:
            field_dict["creatorUser"] = creator_user
        if welcome_message is not UNSET:
            field_dict["welcomeMessage"] = welcome_message
        if date_expiration is not UNSET:
            field_dict["dateExpiration"] = date_expiration
        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        if date_validation is not UNSET:
            field_dict["dateValidation"] = date_validation
        if is_validated is not UNSET:
            field_dict["isValidated"] = is_validated
        if is_expired is not UNSET:
            field_dict["isExpired"] = is_expired

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_light_dto import UserLightDto
        from ..models.work_space_dto import WorkSpaceDto

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_workspace_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        workspace_id = _parse_workspace_id(d.pop("workspaceId", UNSET))

        def _parse_workspace(data: object) -> None | Unset | WorkSpaceDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                workspace_type_1 = WorkSpaceDto.from_dict(data)

                return workspace_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkSpaceDto, data)

        workspace = _parse_workspace(d.pop("workspace", UNSET))

        def _parse_invited_user(data: object) -> None | Unset | UserLightDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invited_user_type_1 = UserLightDto.from_dict(data)

                return invited_user_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserLightDto, data)

        invited_user = _parse_invited_user(d.pop("invitedUser", UNSET))

        def _parse_creator_user(data: object) -> None | Unset | UserLightDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                creator_user_type_1 = UserLightDto.from_dict(data)

                return creator_user_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserLightDto, data)

        creator_user = _parse_creator_user(d.pop("creatorUser", UNSET))

        def _parse_welcome_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        welcome_message = _parse_welcome_message(d.pop("welcomeMessage", UNSET))

        def _parse_date_expiration(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_expiration_type_0 = datetime.datetime.fromisoformat(data)

                return date_expiration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_expiration = _parse_date_expiration(d.pop("dateExpiration", UNSET))

        def _parse_date_creation(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_creation_type_0 = datetime.datetime.fromisoformat(data)

                return date_creation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_creation = _parse_date_creation(d.pop("dateCreation", UNSET))

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

        def _parse_is_validated(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_validated = _parse_is_validated(d.pop("isValidated", UNSET))

        def _parse_is_expired(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_expired = _parse_is_expired(d.pop("isExpired", UNSET))

        invitation_dto = cls(
            id=id,
            workspace_id=workspace_id,
            workspace=workspace,
            invited_user=invited_user,
            creator_user=creator_user,
            welcome_message=welcome_message,
            date_expiration=date_expiration,
            date_creation=date_creation,
            date_validation=date_validation,
            is_validated=is_validated,
            is_expired=is_expired,
        )

        invitation_dto.additional_properties = d
        return invitation_dto

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
