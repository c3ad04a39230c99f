from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.admin_permission import AdminPermission
from ..models.base_role import BaseRole
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
    from ..models.invitation_dto import InvitationDto
    from ..models.role_dto import RoleDto
    from ..models.team_dto import TeamDto
    from ..models.tenant_light_dto import TenantLightDto
    from ..models.user_settings_dto import UserSettingsDto







def _parse_role(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = BaseRole._value2member_map_.get(data)
    if member is not None:
        return member
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




def _parse_date_update(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_invitations(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.InvitationDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_roles(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.RoleDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_admin_permissions_type_0_item(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = AdminPermission._value2member_map_.get(data)
    if member is not None:
        return member
    return data




def _parse_admin_permissions(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_parse_admin_permissions_type_0_item(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_teams(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.TeamDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data







def _parse_configuration(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserSettingsDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_tenant_owner(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.TenantLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data













def _load_invitations(source: Mapping[str, Any]) -> Any:
    return _parse_invitations(source.get("invitations", UNSET))

def _load_roles(source: Mapping[str, Any]) -> Any:
    return _parse_roles(source.get("roles", UNSET))

def _load_teams(source: Mapping[str, Any]) -> Any:
    return _parse_teams(source.get("teams", UNSET))

def _load_configuration(source: Mapping[str, Any]) -> Any:
    return _parse_configuration(source.get("configuration", UNSET))

def _load_tenant_owner(source: Mapping[str, Any]) -> Any:
    return _parse_tenant_owner(source.get("tenantOwner", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("role", "phoneNumber", "address", "zipCode", "city", "countryCode", "username", "bio", "blogUrl", "isInvited", "isOwner", "timeZone", "language", "dateCreation", "dateUpdate", "invitations", "roles", "adminPermissions", "teams", "active", "canReceiveNotification", "emailVerified", "configuration", "tenantOwnerId", "tenantOwner", "ssoConfigurationId", "twoFactorAuthEnabled", "id", "displayName", "familyName", "givenName", "email", "color", "avatarUrl", "tenantId", ))

T = TypeVar("T", bound="UserDto")



@_attrs_define
class UserDto(LazyModel):
    """Attributes:
        role (BaseRole | None | str | Unset):
        phone_number (None | str | Unset):
        address (None | str | Unset):
        zip_code (None | str | Unset):
        city (None | str | Unset):
        country_code (None | str | Unset):
        username (None | str | Unset):
        bio (None | str | Unset):
        blog_url (None | str | Unset):
        is_invited (bool | None | Unset):
        is_owner (bool | None | Unset):
        time_zone (None | str | Unset):
        language (None | str | Unset):
        date_creation (datetime.datetime | None | Unset):
        date_update (datetime.datetime | None | Unset):
        invitations (list[InvitationDto] | None | Unset):
        roles (list[RoleDto] | None | Unset):
        admin_permissions (list[AdminPermission | str] | None | Unset):
        teams (list[TeamDto] | None | Unset):
        active (bool | None | Unset):
        can_receive_notification (bool | None | Unset):
        email_verified (bool | None | Unset):
        configuration (None | Unset | UserSettingsDto):
        tenant_owner_id (int | None | Unset):
        tenant_owner (None | TenantLightDto | Unset):
        sso_configuration_id (None | str | Unset):
        two_factor_auth_enabled (bool | None | Unset):
        id (int | None | Unset):
        display_name (None | str | Unset):
        family_name (None | str | Unset):
        given_name (None | str | Unset):
        email (None | str | Unset):
        color (None | str | Unset):
        avatar_url (None | str | Unset):
        tenant_id (int | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "invitations": _load_invitations,
        "roles": _load_roles,
        "teams": _load_teams,
        "configuration": _load_configuration,
        "tenant_owner": _load_tenant_owner,
    }

    role: BaseRole | None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    zip_code: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    username: None | str | Unset = UNSET
    bio: None | str | Unset = UNSET
    blog_url: None | str | Unset = UNSET
    is_invited: bool | None | Unset = UNSET
    is_owner: bool | None | Unset = UNSET
    time_zone: None | str | Unset = UNSET
    language: None | str | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    invitations: list[InvitationDto] | None | Unset = UNSET
    roles: list[RoleDto] | None | Unset = UNSET
    admin_permissions: list[AdminPermission | str] | None | Unset = UNSET
    teams: list[TeamDto] | None | Unset = UNSET
    active: bool | None | Unset = UNSET
    can_receive_notification: bool | None | Unset = UNSET
    email_verified: bool | None | Unset = UNSET
    configuration: None | Unset | UserSettingsDto = UNSET
    tenant_owner_id: int | None | Unset = UNSET
    tenant_owner: None | TenantLightDto | Unset = UNSET
    sso_configuration_id: None | str | Unset = UNSET
    two_factor_auth_enabled: bool | None | Unset = UNSET
    id: int | None | Unset = UNSET
    display_name: None | str | Unset = UNSET
    family_name: None | str | Unset = UNSET
    given_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    color: None | str | Unset = UNSET
    avatar_url: None | str | Unset = UNSET
    tenant_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.invitation_dto import InvitationDto  # noqa: PLC0415
        from ..models.role_dto import RoleDto  # noqa: PLC0415
        from ..models.team_dto import TeamDto  # noqa: PLC0415
        from ..models.tenant_light_dto import TenantLightDto  # noqa: PLC0415
        from ..models.user_settings_dto import UserSettingsDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, BaseRole):
            role = self.role.value
        else:
            role = self.role

        if role is not UNSET:
            field_dict["role"] = role
        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        if address is not UNSET:
            field_dict["address"] = address
        zip_code: None | str | Unset
        if isinstance(self.zip_code, Unset):
            zip_code = UNSET
        else:
            zip_code = self.zip_code

        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code
        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        if city is not UNSET:
            field_dict["city"] = city
        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        if username is not UNSET:
            field_dict["username"] = username
        bio: None | str | Unset
        if isinstance(self.bio, Unset):
            bio = UNSET
        else:
            bio = self.bio

        if bio is not UNSET:
            field_dict["bio"] = bio
        blog_url: None | str | Unset
        if isinstance(self.blog_url, Unset):
            blog_url = UNSET
        else:
            blog_url = self.blog_url

        if blog_url is not UNSET:
            field_dict["blogUrl"] = blog_url
        is_invited: bool | None | Unset
        if isinstance(self.is_invited, Unset):
            is_invited = UNSET
        else:
            is_invited = self.is_invited

        if is_invited is not UNSET:
            field_dict["isInvited"] = is_invited
        is_owner: bool | None | Unset
        if isinstance(self.is_owner, Unset):
            is_owner = UNSET
        else:
            is_owner = self.is_owner

        if is_owner is not UNSET:
            field_dict["isOwner"] = is_owner
        time_zone: None | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = self.time_zone

        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        if language is not UNSET:
            field_dict["language"] = language
        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        date_update: None | str | Unset
        if isinstance(self.date_update, Unset):
            date_update = UNSET
        elif isinstance(self.date_update, datetime.datetime):
            date_update = self.date_update.isoformat()
        else:
            date_update = self.date_update

        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        invitations: list[dict[str, Any]] | None | Unset
        if isinstance(self.invitations, Unset):
            invitations = UNSET
        elif isinstance(self.invitations, list):
            invitations = []
            for invitations_type_0_item_data in self.invitations:
                invitations_type_0_item = invitations_type_0_item_data.to_dict()
                invitations.append(invitations_type_0_item)


        else:
            invitations = self.invitations

        if invitations is not UNSET:
            field_dict["invitations"] = invitations
        roles: list[dict[str, Any]] | None | Unset
        if isinstance(self.roles, Unset):
            roles = UNSET
        elif isinstance(self.roles, list):
            roles = []
            for roles_type_0_item_data in self.roles:
                roles_type_0_item = roles_type_0_item_data.to_dict()
                roles.append(roles_type_0_item)


        else:
            roles = self.roles

        if roles is not UNSET:
            field_dict["roles"] = roles
        admin_permissions: list[str] | None | Unset
        if isinstance(self.admin_permissions, Unset):
            admin_permissions = UNSET
        elif isinstance(self.admin_permissions, list):
            admin_permissions = []
            for admin_permissions_type_0_item_data in self.admin_permissions:
                admin_permissions_type_0_item: str
                if isinstance(admin_permissions_type_0_item_data, AdminPermission):
                    admin_permissions_type_0_item = admin_permissions_type_0_item_data.value
                else:
                    admin_permissions_type_0_item = admin_permissions_type_0_item_data
                admin_permissions.append(admin_permissions_type_0_item)


        else:
            admin_permissions = self.admin_permissions

        if admin_permissions is not UNSET:
            field_dict["adminPermissions"] = admin_permissions
        teams: list[dict[str, Any]] | None | Unset
        if isinstance(self.teams, Unset):
            teams = UNSET
        elif isinstance(self.teams, list):
            teams = []
            for teams_type_0_item_data in self.teams:
                teams_type_0_item = teams_type_0_item_data.to_dict()
                teams.append(teams_type_0_item)


        else:
            teams = self.teams

        if teams is not UNSET:
            field_dict["teams"] = teams
        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        if active is not UNSET:
            field_dict["active"] = active
        can_receive_notification: bool | None | Unset
        if isinstance(self.can_receive_notification, Unset):
            can_receive_notification = UNSET
        else:
            can_receive_notification = self.can_receive_notification

        if can_receive_notification is not UNSET:
            field_dict["canReceiveNotification"] = can_receive_notification
        email_verified: bool | None | Unset
        if isinstance(self.email_verified, Unset):
            email_verified = UNSET
        else:
            email_verified = self.email_verified

        if email_verified is not UNSET:
            field_dict["emailVerified"] = email_verified
        configuration: dict[str, Any] | None | Unset
        if isinstance(self.configuration, Unset):
            configuration = UNSET
        elif isinstance(self.configuration, UserSettingsDto):
            configuration = self.configuration.to_dict()
        else:
            configuration = self.configuration

        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        tenant_owner_id: int | None | Unset
        if isinstance(self.tenant_owner_id, Unset):
            tenant_owner_id = UNSET
        else:
            tenant_owner_id = self.tenant_owner_id

        if tenant_owner_id is not UNSET:
            field_dict["tenantOwnerId"] = tenant_owner_id
        tenant_owner: dict[str, Any] | None | Unset
        if isinstance(self.tenant_owner, Unset):
            tenant_owner = UNSET
        elif isinstance(self.tenant_owner, TenantLightDto):
            tenant_owner = self.tenant_owner.to_dict()
        else:
            tenant_owner = self.tenant_owner

        if tenant_owner is not UNSET:
            field_dict["tenantOwner"] = tenant_owner
        sso_configuration_id: None | str | Unset
        if isinstance(self.sso_configuration_id, Unset):
            sso_configuration_id = UNSET
        else:
            sso_configuration_id = self.sso_configuration_id

        if sso_configuration_id is not UNSET:
            field_dict["ssoConfigurationId"] = sso_configuration_id
        two_factor_auth_enabled: bool | None | Unset
        if isinstance(self.two_factor_auth_enabled, Unset):
            two_factor_auth_enabled = UNSET
        else:
            two_factor_auth_enabled = self.two_factor_auth_enabled

        if two_factor_auth_enabled is not UNSET:
            field_dict["twoFactorAuthEnabled"] = two_factor_auth_enabled
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        family_name: None | str | Unset
        if isinstance(self.family_name, Unset):
            family_name = UNSET
        else:
            family_name = self.family_name

        if family_name is not UNSET:
            field_dict["familyName"] = family_name
        given_name: None | str | Unset
        if isinstance(self.given_name, Unset):
            given_name = UNSET
        else:
            given_name = self.given_name

        if given_name is not UNSET:
            field_dict["givenName"] = given_name
        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        if email is not UNSET:
            field_dict["email"] = email
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
        tenant_id: int | None | Unset
        if isinstance(self.tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = self.tenant_id

        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.role = _parse_role(src_dict.get("role", UNSET))
        parsed.phone_number = src_dict.get("phoneNumber", UNSET)
        parsed.address = src_dict.get("address", UNSET)
        parsed.zip_code = src_dict.get("zipCode", UNSET)
        parsed.city = src_dict.get("city", UNSET)
        parsed.country_code = src_dict.get("countryCode", UNSET)
        parsed.username = src_dict.get("username", UNSET)
        parsed.bio = src_dict.get("bio", UNSET)
        parsed.blog_url = src_dict.get("blogUrl", UNSET)
        parsed.is_invited = src_dict.get("isInvited", UNSET)
        parsed.is_owner = src_dict.get("isOwner", UNSET)
        parsed.time_zone = src_dict.get("timeZone", UNSET)
        parsed.language = src_dict.get("language", UNSET)
        parsed.date_creation = _parse_date_creation(src_dict.get("dateCreation", UNSET))
        parsed.date_update = _parse_date_update(src_dict.get("dateUpdate", UNSET))
        parsed.admin_permissions = _parse_admin_permissions(src_dict.get("adminPermissions", UNSET))
        parsed.active = src_dict.get("active", UNSET)
        parsed.can_receive_notification = src_dict.get("canReceiveNotification", UNSET)
        parsed.email_verified = src_dict.get("emailVerified", UNSET)
        parsed.tenant_owner_id = src_dict.get("tenantOwnerId", UNSET)
        parsed.sso_configuration_id = src_dict.get("ssoConfigurationId", UNSET)
        parsed.two_factor_auth_enabled = src_dict.get("twoFactorAuthEnabled", UNSET)
        parsed.id = src_dict.get("id", UNSET)
        parsed.display_name = src_dict.get("displayName", UNSET)
        parsed.family_name = src_dict.get("familyName", UNSET)
        parsed.given_name = src_dict.get("givenName", UNSET)
        parsed.email = src_dict.get("email", UNSET)
        parsed.color = src_dict.get("color", UNSET)
        parsed.avatar_url = src_dict.get("avatarUrl", UNSET)
        parsed.tenant_id = src_dict.get("tenantId", UNSET)
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
