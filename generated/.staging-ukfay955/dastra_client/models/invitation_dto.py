from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
    from ..models.user_light_dto import UserLightDto
    from ..models.work_space_dto import WorkSpaceDto








def _parse_workspace(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.WorkSpaceDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_invited_user(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_creator_user(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_date_expiration(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_date_creation(data: Any) -> Any:
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





def _load_workspace(source: Mapping[str, Any]) -> Any:
    return _parse_workspace(source.get("workspace", UNSET))

def _load_invited_user(source: Mapping[str, Any]) -> Any:
    return _parse_invited_user(source.get("invitedUser", UNSET))

def _load_creator_user(source: Mapping[str, Any]) -> Any:
    return _parse_creator_user(source.get("creatorUser", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("id", "workspaceId", "workspace", "invitedUser", "creatorUser", "welcomeMessage", "dateExpiration", "dateCreation", "dateValidation", "isValidated", "isExpired", ))

T = TypeVar("T", bound="InvitationDto")



@_attrs_define
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

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
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
        from ..models.user_light_dto import UserLightDto  # noqa: PLC0415
        from ..models.work_space_dto import WorkSpaceDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        workspace_id: int | None | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id
        workspace: dict[str, Any] | None | Unset
        if isinstance(self.workspace, Unset):
            workspace = UNSET
        elif isinstance(self.workspace, WorkSpaceDto):
            workspace = self.workspace.to_dict()
        else:
            workspace = self.workspace

        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        invited_user: dict[str, Any] | None | Unset
        if isinstance(self.invited_user, Unset):
            invited_user = UNSET
        elif isinstance(self.invited_user, UserLightDto):
            invited_user = self.invited_user.to_dict()
        else:
            invited_user = self.invited_user

        if invited_user is not UNSET:
            field_dict["invitedUser"] = invited_user
        creator_user: dict[str, Any] | None | Unset
        if isinstance(self.creator_user, Unset):
            creator_user = UNSET
        elif isinstance(self.creator_user, UserLightDto):
            creator_user = self.creator_user.to_dict()
        else:
            creator_user = self.creator_user

        if creator_user is not UNSET:
            field_dict["creatorUser"] = creator_user
        welcome_message: None | str | Unset
        if isinstance(self.welcome_message, Unset):
            welcome_message = UNSET
        else:
            welcome_message = self.welcome_message

        if welcome_message is not UNSET:
            field_dict["welcomeMessage"] = welcome_message
        date_expiration: None | str | Unset
        if isinstance(self.date_expiration, Unset):
            date_expiration = UNSET
        elif isinstance(self.date_expiration, datetime.datetime):
            date_expiration = self.date_expiration.isoformat()
        else:
            date_expiration = self.date_expiration

        if date_expiration is not UNSET:
            field_dict["dateExpiration"] = date_expiration
        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        date_validation: None | str | Unset
        if isinstance(self.date_validation, Unset):
            date_validation = UNSET
        elif isinstance(self.date_validation, datetime.datetime):
            date_validation = self.date_validation.isoformat()
        else:
            date_validation = self.date_validation

        if date_validation is not UNSET:
            field_dict["dateValidation"] = date_validation
        is_validated: bool | None | Unset
        if isinstance(self.is_validated, Unset):
            is_validated = UNSET
        else:
            is_validated = self.is_validated

        if is_validated is not UNSET:
            field_dict["isValidated"] = is_validated
        is_expired: bool | None | Unset
        if isinstance(self.is_expired, Unset):
            is_expired = UNSET
        else:
            is_expired = self.is_expired

        if is_expired is not UNSET:
            field_dict["isExpired"] = is_expired
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.id = src_dict.get("id", UNSET)
        parsed.workspace_id = src_dict.get("workspaceId", UNSET)
        parsed.welcome_message = src_dict.get("welcomeMessage", UNSET)
        parsed.date_expiration = _parse_date_expiration(src_dict.get("dateExpiration", UNSET))
        parsed.date_creation = _parse_date_creation(src_dict.get("dateCreation", UNSET))
        parsed.date_validation = _parse_date_validation(src_dict.get("dateValidation", UNSET))
        parsed.is_validated = src_dict.get("isValidated", UNSET)
        parsed.is_expired = src_dict.get("isExpired", UNSET)
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
