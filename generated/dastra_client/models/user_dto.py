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
    LazyModel,
    deferred,
    invalid,
    not_an_object,
)
from ..models.admin_permission import AdminPermission
from ..models.base_role import BaseRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invitation_dto import InvitationDto
    from ..models.role_dto import RoleDto
    from ..models.team_dto import TeamDto
    from ..models.tenant_light_dto import TenantLightDto
    from ..models.user_settings_dto import UserSettingsDto
else:
    InvitationDto = deferred(globals(), "InvitationDto", "..models.invitation_dto")
    RoleDto = deferred(globals(), "RoleDto", "..models.role_dto")
    TeamDto = deferred(globals(), "TeamDto", "..models.team_dto")
    TenantLightDto = deferred(globals(), "TenantLightDto", "..models.tenant_light_dto")
    UserSettingsDto = deferred(globals(), "UserSettingsDto", "..models.user_settings_dto")


_ADMIN_PERMISSION_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in AdminPermission}
_BASE_ROLE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in BaseRole}


def _load_invitations(model: UserDto, source: Mapping[str, Any]) -> Any:
    value = source.get("invitations", UNSET)
    if value is None or value is UNSET:
        model.invitations = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.invitations = result = list(map(InvitationDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "invitations",
                "invitations",
                "list[InvitationDto] | None",
                value,
                items=InvitationDto.from_dict,
            )
    else:
        result = invalid(model, "invitations", "invitations", "list[InvitationDto] | None", value)
    return result


def _load_roles(model: UserDto, source: Mapping[str, Any]) -> Any:
    value = source.get("roles", UNSET)
    if value is None or value is UNSET:
        model.roles = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.roles = result = list(map(RoleDto.from_dict, value))
        except FieldValidationError:
            result = invalid(model, "roles", "roles", "list[RoleDto] | None", value, items=RoleDto.from_dict)
    else:
        result = invalid(model, "roles", "roles", "list[RoleDto] | None", value)
    return result


def _load_teams(model: UserDto, source: Mapping[str, Any]) -> Any:
    value = source.get("teams", UNSET)
    if value is None or value is UNSET:
        model.teams = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.teams = result = list(map(TeamDto.from_dict, value))
        except FieldValidationError:
            result = invalid(model, "teams", "teams", "list[TeamDto] | None", value, items=TeamDto.from_dict)
    else:
        result = invalid(model, "teams", "teams", "list[TeamDto] | None", value)
    return result


def _load_configuration(model: UserDto, source: Mapping[str, Any]) -> Any:
    value = source.get("configuration", UNSET)
    if value is None or value is UNSET:
        model.configuration = value
        return value
    if isinstance(value, dict):
        try:
            model.configuration = result = UserSettingsDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "configuration", "configuration", "UserSettingsDto | None", value)
    else:
        result = invalid(model, "configuration", "configuration", "UserSettingsDto | None", value)
    return result


def _load_tenant_owner(model: UserDto, source: Mapping[str, Any]) -> Any:
    value = source.get("tenantOwner", UNSET)
    if value is None or value is UNSET:
        model.tenant_owner = value
        return value
    if isinstance(value, dict):
        try:
            model.tenant_owner = result = TenantLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "tenant_owner", "tenantOwner", "TenantLightDto | None", value)
    else:
        result = invalid(model, "tenant_owner", "tenantOwner", "TenantLightDto | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "role",
    "phoneNumber",
    "address",
    "zipCode",
    "city",
    "countryCode",
    "username",
    "bio",
    "blogUrl",
    "isInvited",
    "isOwner",
    "timeZone",
    "language",
    "dateCreation",
    "dateUpdate",
    "invitations",
    "roles",
    "adminPermissions",
    "teams",
    "active",
    "canReceiveNotification",
    "emailVerified",
    "configuration",
    "tenantOwnerId",
    "tenantOwner",
    "ssoConfigurationId",
    "twoFactorAuthEnabled",
    "id",
    "displayName",
    "familyName",
    "givenName",
    "email",
    "color",
    "avatarUrl",
    "tenantId",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "role": UNSET,
    "phoneNumber": UNSET,
    "address": UNSET,
    "zipCode": UNSET,
    "city": UNSET,
    "countryCode": UNSET,
    "username": UNSET,
    "bio": UNSET,
    "blogUrl": UNSET,
    "isInvited": UNSET,
    "isOwner": UNSET,
    "timeZone": UNSET,
    "language": UNSET,
    "dateCreation": UNSET,
    "dateUpdate": UNSET,
    "invitations": UNSET,
    "roles": UNSET,
    "adminPermissions": UNSET,
    "teams": UNSET,
    "active": UNSET,
    "canReceiveNotification": UNSET,
    "emailVerified": UNSET,
    "configuration": UNSET,
    "tenantOwnerId": UNSET,
    "tenantOwner": UNSET,
    "ssoConfigurationId": UNSET,
    "twoFactorAuthEnabled": UNSET,
    "id": UNSET,
    "displayName": UNSET,
    "familyName": UNSET,
    "givenName": UNSET,
    "email": UNSET,
    "color": UNSET,
    "avatarUrl": UNSET,
    "tenantId": UNSET,
}

T = TypeVar("T", bound="UserDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("phone_number", "phoneNumber"),
        ("address", "address"),
        ("zip_code", "zipCode"),
        ("city", "city"),
        ("country_code", "countryCode"),
        ("username", "username"),
        ("bio", "bio"),
        ("blog_url", "blogUrl"),
        ("is_invited", "isInvited"),
        ("is_owner", "isOwner"),
        ("time_zone", "timeZone"),
        ("language", "language"),
        ("date_creation", "dateCreation"),
        ("date_update", "dateUpdate"),
        ("invitations", "invitations"),
        ("roles", "roles"),
        ("admin_permissions", "adminPermissions"),
        ("teams", "teams"),
        ("active", "active"),
        ("can_receive_notification", "canReceiveNotification"),
        ("email_verified", "emailVerified"),
        ("configuration", "configuration"),
        ("tenant_owner_id", "tenantOwnerId"),
        ("tenant_owner", "tenantOwner"),
        ("sso_configuration_id", "ssoConfigurationId"),
        ("two_factor_auth_enabled", "twoFactorAuthEnabled"),
        ("id", "id"),
        ("display_name", "displayName"),
        ("family_name", "familyName"),
        ("given_name", "givenName"),
        ("email", "email"),
        ("color", "color"),
        ("avatar_url", "avatarUrl"),
        ("tenant_id", "tenantId"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
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
        from ..models.tenant_light_dto import TenantLightDto
        from ..models.user_settings_dto import UserSettingsDto

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "role" not in unreadable:
            role: None | str | Unset
            if isinstance(self.role, Unset):
                role = UNSET
            elif isinstance(self.role, BaseRole):
                role = self.role.value
            else:
                role = self.role

            if role is not UNSET:
                field_dict["role"] = role
        if "phone_number" not in unreadable:
            phone_number: None | str | Unset
            if isinstance(self.phone_number, Unset):
                phone_number = UNSET
            else:
                phone_number = self.phone_number

            if phone_number is not UNSET:
                field_dict["phoneNumber"] = phone_number
        if "address" not in unreadable:
            address: None | str | Unset
            if isinstance(self.address, Unset):
                address = UNSET
            else:
                address = self.address

            if address is not UNSET:
                field_dict["address"] = address
        if "zip_code" not in unreadable:
            zip_code: None | str | Unset
            if isinstance(self.zip_code, Unset):
                zip_code = UNSET
            else:
                zip_code = self.zip_code

            if zip_code is not UNSET:
                field_dict["zipCode"] = zip_code
        if "city" not in unreadable:
            city: None | str | Unset
            if isinstance(self.city, Unset):
                city = UNSET
            else:
                city = self.city

            if city is not UNSET:
                field_dict["city"] = city
        if "country_code" not in unreadable:
            country_code: None | str | Unset
            if isinstance(self.country_code, Unset):
                country_code = UNSET
            else:
                country_code = self.country_code

            if country_code is not UNSET:
                field_dict["countryCode"] = country_code
        if "username" not in unreadable:
            username: None | str | Unset
            if isinstance(self.username, Unset):
                username = UNSET
            else:
                username = self.username

            if username is not UNSET:
                field_dict["username"] = username
        if "bio" not in unreadable:
            bio: None | str | Unset
            if isinstance(self.bio, Unset):
                bio = UNSET
            else:
                bio = self.bio

            if bio is not UNSET:
                field_dict["bio"] = bio
        if "blog_url" not in unreadable:
            blog_url: None | str | Unset
            if isinstance(self.blog_url, Unset):
                blog_url = UNSET
            else:
                blog_url = self.blog_url

            if blog_url is not UNSET:
                field_dict["blogUrl"] = blog_url
        if "is_invited" not in unreadable:
            is_invited: bool | None | Unset
            if isinstance(self.is_invited, Unset):
                is_invited = UNSET
            else:
                is_invited = self.is_invited

            if is_invited is not UNSET:
                field_dict["isInvited"] = is_invited
        if "is_owner" not in unreadable:
            is_owner: bool | None | Unset
            if isinstance(self.is_owner, Unset):
                is_owner = UNSET
            else:
                is_owner = self.is_owner

            if is_owner is not UNSET:
                field_dict["isOwner"] = is_owner
        if "time_zone" not in unreadable:
            time_zone: None | str | Unset
            if isinstance(self.time_zone, Unset):
                time_zone = UNSET
            else:
                time_zone = self.time_zone

            if time_zone is not UNSET:
                field_dict["timeZone"] = time_zone
        if "language" not in unreadable:
            language: None | str | Unset
            if isinstance(self.language, Unset):
                language = UNSET
            else:
                language = self.language

            if language is not UNSET:
                field_dict["language"] = language
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
        if "invitations" not in unreadable:
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
        if "roles" not in unreadable:
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
        if "admin_permissions" not in unreadable:
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
        if "teams" not in unreadable:
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
        if "active" not in unreadable:
            active: bool | None | Unset
            if isinstance(self.active, Unset):
                active = UNSET
            else:
                active = self.active

            if active is not UNSET:
                field_dict["active"] = active
        if "can_receive_notification" not in unreadable:
            can_receive_notification: bool | None | Unset
            if isinstance(self.can_receive_notification, Unset):
                can_receive_notification = UNSET
            else:
                can_receive_notification = self.can_receive_notification

            if can_receive_notification is not UNSET:
                field_dict["canReceiveNotification"] = can_receive_notification
        if "email_verified" not in unreadable:
            email_verified: bool | None | Unset
            if isinstance(self.email_verified, Unset):
                email_verified = UNSET
            else:
                email_verified = self.email_verified

            if email_verified is not UNSET:
                field_dict["emailVerified"] = email_verified
        if "configuration" not in unreadable:
            configuration: dict[str, Any] | None | Unset
            if isinstance(self.configuration, Unset):
                configuration = UNSET
            elif isinstance(self.configuration, UserSettingsDto):
                configuration = self.configuration.to_dict()
            else:
                configuration = self.configuration

            if configuration is not UNSET:
                field_dict["configuration"] = configuration
        if "tenant_owner_id" not in unreadable:
            tenant_owner_id: int | None | Unset
            if isinstance(self.tenant_owner_id, Unset):
                tenant_owner_id = UNSET
            else:
                tenant_owner_id = self.tenant_owner_id

            if tenant_owner_id is not UNSET:
                field_dict["tenantOwnerId"] = tenant_owner_id
        if "tenant_owner" not in unreadable:
            tenant_owner: dict[str, Any] | None | Unset
            if isinstance(self.tenant_owner, Unset):
                tenant_owner = UNSET
            elif isinstance(self.tenant_owner, TenantLightDto):
                tenant_owner = self.tenant_owner.to_dict()
            else:
                tenant_owner = self.tenant_owner

            if tenant_owner is not UNSET:
                field_dict["tenantOwner"] = tenant_owner
        if "sso_configuration_id" not in unreadable:
            sso_configuration_id: None | str | Unset
            if isinstance(self.sso_configuration_id, Unset):
                sso_configuration_id = UNSET
            else:
                sso_configuration_id = self.sso_configuration_id

            if sso_configuration_id is not UNSET:
                field_dict["ssoConfigurationId"] = sso_configuration_id
        if "two_factor_auth_enabled" not in unreadable:
            two_factor_auth_enabled: bool | None | Unset
            if isinstance(self.two_factor_auth_enabled, Unset):
                two_factor_auth_enabled = UNSET
            else:
                two_factor_auth_enabled = self.two_factor_auth_enabled

            if two_factor_auth_enabled is not UNSET:
                field_dict["twoFactorAuthEnabled"] = two_factor_auth_enabled
        if "id" not in unreadable:
            id: int | None | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "display_name" not in unreadable:
            display_name: None | str | Unset
            if isinstance(self.display_name, Unset):
                display_name = UNSET
            else:
                display_name = self.display_name

            if display_name is not UNSET:
                field_dict["displayName"] = display_name
        if "family_name" not in unreadable:
            family_name: None | str | Unset
            if isinstance(self.family_name, Unset):
                family_name = UNSET
            else:
                family_name = self.family_name

            if family_name is not UNSET:
                field_dict["familyName"] = family_name
        if "given_name" not in unreadable:
            given_name: None | str | Unset
            if isinstance(self.given_name, Unset):
                given_name = UNSET
            else:
                given_name = self.given_name

            if given_name is not UNSET:
                field_dict["givenName"] = given_name
        if "email" not in unreadable:
            email: None | str | Unset
            if isinstance(self.email, Unset):
                email = UNSET
            else:
                email = self.email

            if email is not UNSET:
                field_dict["email"] = email
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
        if "tenant_id" not in unreadable:
            tenant_id: int | None | Unset
            if isinstance(self.tenant_id, Unset):
                tenant_id = UNSET
            else:
                tenant_id = self.tenant_id

            if tenant_id is not UNSET:
                field_dict["tenantId"] = tenant_id
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
            if len(src_dict) >= 35:
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
            parsed.role = _BASE_ROLE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.role = None
        elif value is UNSET:
            parsed.role = UNSET
            absent += 1
        else:
            invalid(parsed, "role", "role", "BaseRole | str | None", value)

        value = values[1]
        if isinstance(value, str) or value is None:
            parsed.phone_number = value
        elif value is UNSET:
            parsed.phone_number = UNSET
            absent += 1
        else:
            invalid(parsed, "phone_number", "phoneNumber", "str | None", value)

        value = values[2]
        if isinstance(value, str) or value is None:
            parsed.address = value
        elif value is UNSET:
            parsed.address = UNSET
            absent += 1
        else:
            invalid(parsed, "address", "address", "str | None", value)

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.zip_code = value
        elif value is UNSET:
            parsed.zip_code = UNSET
            absent += 1
        else:
            invalid(parsed, "zip_code", "zipCode", "str | None", value)

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.city = value
        elif value is UNSET:
            parsed.city = UNSET
            absent += 1
        else:
            invalid(parsed, "city", "city", "str | None", value)

        value = values[5]
        if isinstance(value, str) or value is None:
            parsed.country_code = value
        elif value is UNSET:
            parsed.country_code = UNSET
            absent += 1
        else:
            invalid(parsed, "country_code", "countryCode", "str | None", value)

        value = values[6]
        if isinstance(value, str) or value is None:
            parsed.username = value
        elif value is UNSET:
            parsed.username = UNSET
            absent += 1
        else:
            invalid(parsed, "username", "username", "str | None", value)

        value = values[7]
        if isinstance(value, str) or value is None:
            parsed.bio = value
        elif value is UNSET:
            parsed.bio = UNSET
            absent += 1
        else:
            invalid(parsed, "bio", "bio", "str | None", value)

        value = values[8]
        if isinstance(value, str) or value is None:
            parsed.blog_url = value
        elif value is UNSET:
            parsed.blog_url = UNSET
            absent += 1
        else:
            invalid(parsed, "blog_url", "blogUrl", "str | None", value)

        value = values[9]
        if type(value) is bool or value is None:
            parsed.is_invited = value
        elif value is UNSET:
            parsed.is_invited = UNSET
            absent += 1
        else:
            invalid(parsed, "is_invited", "isInvited", "bool | None", value)

        value = values[10]
        if type(value) is bool or value is None:
            parsed.is_owner = value
        elif value is UNSET:
            parsed.is_owner = UNSET
            absent += 1
        else:
            invalid(parsed, "is_owner", "isOwner", "bool | None", value)

        value = values[11]
        if isinstance(value, str) or value is None:
            parsed.time_zone = value
        elif value is UNSET:
            parsed.time_zone = UNSET
            absent += 1
        else:
            invalid(parsed, "time_zone", "timeZone", "str | None", value)

        value = values[12]
        if isinstance(value, str) or value is None:
            parsed.language = value
        elif value is UNSET:
            parsed.language = UNSET
            absent += 1
        else:
            invalid(parsed, "language", "language", "str | None", value)

        value = values[13]
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

        value = values[14]
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

        value = values[15]
        if value is None:
            parsed.invitations = None
        elif value is UNSET:
            parsed.invitations = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.invitations = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.invitations = list(map(InvitationDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "invitations",
                        "invitations",
                        "list[InvitationDto] | None",
                        value,
                        items=InvitationDto.from_dict,
                    )
            else:
                invalid(parsed, "invitations", "invitations", "list[InvitationDto] | None", value)

        value = values[16]
        if value is None:
            parsed.roles = None
        elif value is UNSET:
            parsed.roles = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.roles = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.roles = list(map(RoleDto.from_dict, value))
                except FieldValidationError:
                    invalid(parsed, "roles", "roles", "list[RoleDto] | None", value, items=RoleDto.from_dict)
            else:
                invalid(parsed, "roles", "roles", "list[RoleDto] | None", value)

        value = values[17]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "admin_permissions",
                        "adminPermissions",
                        "list[AdminPermission | str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.admin_permissions = [_ADMIN_PERMISSION_BY_VALUE.get(item, item) for item in value]
        elif value is None:
            parsed.admin_permissions = None
        elif value is UNSET:
            parsed.admin_permissions = UNSET
            absent += 1
        else:
            invalid(
                parsed, "admin_permissions", "adminPermissions", "list[AdminPermission | str] | None", value
            )

        value = values[18]
        if value is None:
            parsed.teams = None
        elif value is UNSET:
            parsed.teams = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.teams = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.teams = list(map(TeamDto.from_dict, value))
                except FieldValidationError:
                    invalid(parsed, "teams", "teams", "list[TeamDto] | None", value, items=TeamDto.from_dict)
            else:
                invalid(parsed, "teams", "teams", "list[TeamDto] | None", value)

        value = values[19]
        if type(value) is bool or value is None:
            parsed.active = value
        elif value is UNSET:
            parsed.active = UNSET
            absent += 1
        else:
            invalid(parsed, "active", "active", "bool | None", value)

        value = values[20]
        if type(value) is bool or value is None:
            parsed.can_receive_notification = value
        elif value is UNSET:
            parsed.can_receive_notification = UNSET
            absent += 1
        else:
            invalid(parsed, "can_receive_notification", "canReceiveNotification", "bool | None", value)

        value = values[21]
        if type(value) is bool or value is None:
            parsed.email_verified = value
        elif value is UNSET:
            parsed.email_verified = UNSET
            absent += 1
        else:
            invalid(parsed, "email_verified", "emailVerified", "bool | None", value)

        value = values[22]
        if value is None:
            parsed.configuration = None
        elif value is UNSET:
            parsed.configuration = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.configuration = UserSettingsDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "configuration", "configuration", "UserSettingsDto | None", value)
            else:
                invalid(parsed, "configuration", "configuration", "UserSettingsDto | None", value)

        value = values[23]
        if type(value) is int or value is None:
            parsed.tenant_owner_id = value
        elif value is UNSET:
            parsed.tenant_owner_id = UNSET
            absent += 1
        else:
            invalid(parsed, "tenant_owner_id", "tenantOwnerId", "int | None", value)

        value = values[24]
        if value is None:
            parsed.tenant_owner = None
        elif value is UNSET:
            parsed.tenant_owner = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.tenant_owner = TenantLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "tenant_owner", "tenantOwner", "TenantLightDto | None", value)
            else:
                invalid(parsed, "tenant_owner", "tenantOwner", "TenantLightDto | None", value)

        value = values[25]
        if isinstance(value, str) or value is None:
            parsed.sso_configuration_id = value
        elif value is UNSET:
            parsed.sso_configuration_id = UNSET
            absent += 1
        else:
            invalid(parsed, "sso_configuration_id", "ssoConfigurationId", "str | None", value)

        value = values[26]
        if type(value) is bool or value is None:
            parsed.two_factor_auth_enabled = value
        elif value is UNSET:
            parsed.two_factor_auth_enabled = UNSET
            absent += 1
        else:
            invalid(parsed, "two_factor_auth_enabled", "twoFactorAuthEnabled", "bool | None", value)

        value = values[27]
        if type(value) is int or value is None:
            parsed.id = value
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            invalid(parsed, "id", "id", "int | None", value)

        value = values[28]
        if isinstance(value, str) or value is None:
            parsed.display_name = value
        elif value is UNSET:
            parsed.display_name = UNSET
            absent += 1
        else:
            invalid(parsed, "display_name", "displayName", "str | None", value)

        value = values[29]
        if isinstance(value, str) or value is None:
            parsed.family_name = value
        elif value is UNSET:
            parsed.family_name = UNSET
            absent += 1
        else:
            invalid(parsed, "family_name", "familyName", "str | None", value)

        value = values[30]
        if isinstance(value, str) or value is None:
            parsed.given_name = value
        elif value is UNSET:
            parsed.given_name = UNSET
            absent += 1
        else:
            invalid(parsed, "given_name", "givenName", "str | None", value)

        value = values[31]
        if isinstance(value, str) or value is None:
            parsed.email = value
        elif value is UNSET:
            parsed.email = UNSET
            absent += 1
        else:
            invalid(parsed, "email", "email", "str | None", value)

        value = values[32]
        if isinstance(value, str) or value is None:
            parsed.color = value
        elif value is UNSET:
            parsed.color = UNSET
            absent += 1
        else:
            invalid(parsed, "color", "color", "str | None", value)

        value = values[33]
        if isinstance(value, str) or value is None:
            parsed.avatar_url = value
        elif value is UNSET:
            parsed.avatar_url = UNSET
            absent += 1
        else:
            invalid(parsed, "avatar_url", "avatarUrl", "str | None", value)

        value = values[34]
        if type(value) is int or value is None:
            parsed.tenant_id = value
        elif value is UNSET:
            parsed.tenant_id = UNSET
            absent += 1
        else:
            invalid(parsed, "tenant_id", "tenantId", "int | None", value)

        if len(src_dict) + absent == 35:  # every key is a known one
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
