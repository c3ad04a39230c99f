from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.admin_permission import AdminPermission
from ..models.base_role import BaseRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invitation_dto import InvitationDto
    from ..models.role_dto import RoleDto
    from ..models.team_dto import TeamDto
    from ..models.tenant_light_dto import TenantLightDto
    from ..models.user_settings_dto import UserSettingsDto


T = TypeVar("T", bound="UserDto")


@_attrs_define
class UserDto:
    """
    Attributes:
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

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, BaseRole):
            role = self.role.value
        else:
            role = self.role

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        zip_code: None | str | Unset
        if isinstance(self.zip_code, Unset):
            zip_code = UNSET
        else:
            zip_code = self.zip_code

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        bio: None | str | Unset
        if isinstance(self.bio, Unset):
            bio = UNSET
        else:
            bio = self.bio

        blog_url: None | str | Unset
        if isinstance(self.blog_url, Unset):
            blog_url = UNSET
        else:
            blog_url = self.blog_url

        is_invited: bool | None | Unset
        if isinstance(self.is_invited, Unset):
            is_invited = UNSET
        else:
            is_invited = self.is_invited

        is_owner: bool | None | Unset
        if isinstance(self.is_owner, Unset):
            is_owner = UNSET
        else:
            is_owner = self.is_owner

        time_zone: None | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = self.time_zone

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        date_update: None | str | Unset
        if isinstance(self.date_update, Unset):
            date_update = UNSET
        elif isinstance(self.date_update, datetime.datetime):
            date_update = self.date_update.isoformat()
        else:
            date_update = self.date_update

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

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        can_receive_notification: bool | None | Unset
        if isinstance(self.can_receive_notification, Unset):
            can_receive_notification = UNSET
        else:
            can_receive_notification = self.can_receive_notification

        email_verified: bool | None | Unset
        if isinstance(self.email_verified, Unset):
            email_verified = UNSET
        else:
            email_verified = self.email_verified

        configuration: dict[str, Any] | None | Unset
        if isinstance(self.configuration, Unset):
            configuration = UNSET
        elif isinstance(self.configuration, UserSettingsDto):
            configuration = self.configuration.to_dict()
        else:
            configuration = self.configuration

        tenant_owner_id: int | None | Unset
        if isinstance(self.tenant_owner_id, Unset):
            tenant_owner_id = UNSET
        else:
            tenant_owner_id = self.tenant_owner_id

        tenant_owner: dict[str, Any] | None | Unset
        if isinstance(self.tenant_owner, Unset):
            tenant_owner = UNSET
        elif isinstance(self.tenant_owner, TenantLightDto):
            tenant_owner = self.tenant_owner.to_dict()
        else:
            tenant_owner = self.tenant_owner

        sso_configuration_id: None | str | Unset
        if isinstance(self.sso_configuration_id, Unset):
            sso_configuration_id = UNSET
        else:
            sso_configuration_id = self.sso_configuration_id

        two_factor_auth_enabled: bool | None | Unset
        if isinstance(self.two_factor_auth_enabled, Unset):
            two_factor_auth_enabled = UNSET
        else:
            two_factor_auth_enabled = self.two_factor_auth_enabled

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        family_name: None | str | Unset
        if isinstance(self.family_name, Unset):
            family_name = UNSET
        else:
            family_name = self.family_name

        given_name: None | str | Unset
        if isinstance(self.given_name, Unset):
            given_name = UNSET
        else:
            given_name = self.given_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

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

        tenant_id: int | None | Unset
        if isinstance(self.tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = self.tenant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if address is not UNSET:
            field_dict["address"] = address
        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code
        if city is not UNSET:
            field_dict["city"] = city
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if username is not UNSET:
            field_dict["username"] = username
        if bio is not UNSET:
            field_dict["bio"] = bio
        if blog_url is not UNSET:
            field_dict["blogUrl"] = blog_url
        if is_invited is not UNSET:
            field_dict["isInvited"] = is_invited
        if is_owner is not UNSET:
            field_dict["isOwner"] = is_owner
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if language is not UNSET:
            field_dict["language"] = language
        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        if invitations is not UNSET:
            field_dict["invitations"] = invitations
        if roles is not UNSET:
            field_dict["roles"] = roles
        if admin_permissions is not UNSET:
            field_dict["adminPermissions"] = admin_permissions
        if teams is not UNSET:
            field_dict["teams"] = teams
        if active is not UNSET:
            field_dict["active"] = active
        if can_receive_notification is not UNSET:
            field_dict["canReceiveNotification"] = can_receive_notification
        if email_verified is not UNSET:
            field_dict["emailVerified"] = email_verified
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if tenant_owner_id is not UNSET:
            field_dict["tenantOwnerId"] = tenant_owner_id
        if tenant_owner is not UNSET:
            field_dict["tenantOwner"] = tenant_owner
        if sso_configuration_id is not UNSET:
            field_dict["ssoConfigurationId"] = sso_configuration_id
        if two_factor_auth_enabled is not UNSET:
            field_dict["twoFactorAuthEnabled"] = two_factor_auth_enabled
        if id is not UNSET:
            field_dict["id"] = id
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if family_name is not UNSET:
            field_dict["familyName"] = family_name
        if given_name is not UNSET:
            field_dict["givenName"] = given_name
        if email is not UNSET:
            field_dict["email"] = email
        if color is not UNSET:
            field_dict["color"] = color
        if avatar_url is not UNSET:
            field_dict["avatarUrl"] = avatar_url
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invitation_dto import InvitationDto
        from ..models.role_dto import RoleDto
        from ..models.team_dto import TeamDto
        from ..models.tenant_light_dto import TenantLightDto
        from ..models.user_settings_dto import UserSettingsDto

        d = dict(src_dict)

        def _parse_role(data: object) -> BaseRole | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = BaseRole(data)

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BaseRole | None | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        def _parse_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number = _parse_phone_number(d.pop("phoneNumber", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_zip_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zip_code = _parse_zip_code(d.pop("zipCode", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("countryCode", UNSET))

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        def _parse_bio(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bio = _parse_bio(d.pop("bio", UNSET))

        def _parse_blog_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        blog_url = _parse_blog_url(d.pop("blogUrl", UNSET))

        def _parse_is_invited(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_invited = _parse_is_invited(d.pop("isInvited", UNSET))

        def _parse_is_owner(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_owner = _parse_is_owner(d.pop("isOwner", UNSET))

        def _parse_time_zone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        time_zone = _parse_time_zone(d.pop("timeZone", UNSET))

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

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

        def _parse_date_update(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_update_type_0 = datetime.datetime.fromisoformat(data)

                return date_update_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_update = _parse_date_update(d.pop("dateUpdate", UNSET))

        def _parse_invitations(data: object) -> list[InvitationDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                invitations_type_0 = []
                _invitations_type_0 = data
                for invitations_type_0_item_data in _invitations_type_0:
                    invitations_type_0_item = InvitationDto.from_dict(invitations_type_0_item_data)

                    invitations_type_0.append(invitations_type_0_item)

                return invitations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvitationDto] | None | Unset, data)

        invitations = _parse_invitations(d.pop("invitations", UNSET))

        def _parse_roles(data: object) -> list[RoleDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                roles_type_0 = []
                _roles_type_0 = data
                for roles_type_0_item_data in _roles_type_0:
                    roles_type_0_item = RoleDto.from_dict(roles_type_0_item_data)

                    roles_type_0.append(roles_type_0_item)

                return roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RoleDto] | None | Unset, data)

        roles = _parse_roles(d.pop("roles", UNSET))

        def _parse_admin_permissions(data: object) -> list[AdminPermission | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                admin_permissions_type_0 = []
                _admin_permissions_type_0 = data
                for admin_permissions_type_0_item_data in _admin_permissions_type_0:

                    def _parse_admin_permissions_type_0_item(data: object) -> AdminPermission | str:
                        try:
                            if not isinstance(data, str):
                                raise TypeError()
                            admin_permissions_type_0_item_type_0 = AdminPermission(data)

                            return admin_permissions_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(AdminPermission | str, data)

                    admin_permissions_type_0_item = _parse_admin_permissions_type_0_item(
                        admin_permissions_type_0_item_data
                    )

                    admin_permissions_type_0.append(admin_permissions_type_0_item)

                return admin_permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AdminPermission | str] | None | Unset, data)

        admin_permissions = _parse_admin_permissions(d.pop("adminPermissions", UNSET))

        def _parse_teams(data: object) -> list[TeamDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                teams_type_0 = []
                _teams_type_0 = data
                for teams_type_0_item_data in _teams_type_0:
                    teams_type_0_item = TeamDto.from_dict(teams_type_0_item_data)

                    teams_type_0.append(teams_type_0_item)

                return teams_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TeamDto] | None | Unset, data)

        teams = _parse_teams(d.pop("teams", UNSET))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_can_receive_notification(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        can_receive_notification = _parse_can_receive_notification(d.pop("canReceiveNotification", UNSET))

        def _parse_email_verified(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        email_verified = _parse_email_verified(d.pop("emailVerified", UNSET))

        def _parse_configuration(data: object) -> None | Unset | UserSettingsDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                configuration_type_1 = UserSettingsDto.from_dict(data)

                return configuration_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserSettingsDto, data)

        configuration = _parse_configuration(d.pop("configuration", UNSET))

        def _parse_tenant_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tenant_owner_id = _parse_tenant_owner_id(d.pop("tenantOwnerId", UNSET))

        def _parse_tenant_owner(data: object) -> None | TenantLightDto | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tenant_owner_type_1 = TenantLightDto.from_dict(data)

                return tenant_owner_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TenantLightDto | Unset, data)

        tenant_owner = _parse_tenant_owner(d.pop("tenantOwner", UNSET))

        def _parse_sso_configuration_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sso_configuration_id = _parse_sso_configuration_id(d.pop("ssoConfigurationId", UNSET))

        def _parse_two_factor_auth_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        two_factor_auth_enabled = _parse_two_factor_auth_enabled(d.pop("twoFactorAuthEnabled", UNSET))

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("displayName", UNSET))

        def _parse_family_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        family_name = _parse_family_name(d.pop("familyName", UNSET))

        def _parse_given_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        given_name = _parse_given_name(d.pop("givenName", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

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

        def _parse_tenant_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tenant_id = _parse_tenant_id(d.pop("tenantId", UNSET))

        user_dto = cls(
            role=role,
            phone_number=phone_number,
            address=address,
            zip_code=zip_code,
            city=city,
            country_code=country_code,
            username=username,
            bio=bio,
            blog_url=blog_url,
            is_invited=is_invited,
            is_owner=is_owner,
            time_zone=time_zone,
            language=language,
            date_creation=date_creation,
            date_update=date_update,
            invitations=invitations,
            roles=roles,
            admin_permissions=admin_permissions,
            teams=teams,
            active=active,
            can_receive_notification=can_receive_notification,
            email_verified=email_verified,
            configuration=configuration,
            tenant_owner_id=tenant_owner_id,
            tenant_owner=tenant_owner,
            sso_configuration_id=sso_configuration_id,
            two_factor_auth_enabled=two_factor_auth_enabled,
            id=id,
            display_name=display_name,
            family_name=family_name,
            given_name=given_name,
            email=email,
            color=color,
            avatar_url=avatar_url,
            tenant_id=tenant_id,
        )

        user_dto.additional_properties = d
        return user_dto

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
