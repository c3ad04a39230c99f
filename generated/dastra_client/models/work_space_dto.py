from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.work_space_state import WorkSpaceState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.permission_workspace_dto import PermissionWorkspaceDto


T = TypeVar("T", bound="WorkSpaceDto")


@_attrs_define
class WorkSpaceDto:
    """
    Attributes:
        label (str):
        id (int | None | Unset):
        tenant_id (int | None | Unset):
        primary_color (None | str | Unset):
        secondary_color (None | str | Unset):
        logo_url (None | str | Unset):
        state (None | str | Unset | WorkSpaceState):
        permissions (list[PermissionWorkspaceDto] | None | Unset):
        data_subject_archived_retention_days (int | None | Unset):
        nb_entities (int | None | Unset):
    """

    label: str
    id: int | None | Unset = UNSET
    tenant_id: int | None | Unset = UNSET
    primary_color: None | str | Unset = UNSET
    secondary_color: None | str | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    state: None | str | Unset | WorkSpaceState = UNSET
    permissions: list[PermissionWorkspaceDto] | None | Unset = UNSET
    data_subject_archived_retention_days: int | None | Unset = UNSET
    nb_entities: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        tenant_id: int | None | Unset
        if isinstance(self.tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = self.tenant_id

        primary_color: None | str | Unset
        if isinstance(self.primary_color, Unset):
            primary_color = UNSET
        else:
            primary_color = self.primary_color

        secondary_color: None | str | Unset
        if isinstance(self.secondary_color, Unset):
            secondary_color = UNSET
        else:
            secondary_color = self.secondary_color

        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, WorkSpaceState):
            state = self.state.value
        else:
            state = self.state

        permissions: list[dict[str, Any]] | None | Unset
        if isinstance(self.permissions, Unset):
            permissions = UNSET
        elif isinstance(self.permissions, list):
            permissions = []
            for permissions_type_0_item_data in self.permissions:
                permissions_type_0_item = permissions_type_0_item_data.to_dict()
                permissions.append(permissions_type_0_item)

        else:
            permissions = self.permissions

        data_subject_archived_retention_days: int | None | Unset
        if isinstance(self.data_subject_archived_retention_days, Unset):
            data_subject_archived_retention_days = UNSET
        else:
            data_subject_archived_retention_days = self.data_subject_archived_retention_days

        nb_entities: int | None | Unset
        if isinstance(self.nb_entities, Unset):
            nb_entities = UNSET
        else:
            nb_entities = self.nb_entities

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if primary_color is not UNSET:
            field_dict["primaryColor"] = primary_color
        if secondary_color is not UNSET:
            field_dict["secondaryColor"] = secondary_color
        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        if state is not UNSET:
            field_dict["state"] = state
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if data_subject_archived_retention_days is not UNSET:
            field_dict["dataSubjectArchivedRetentionDays"] = data_subject_archived_retention_days
        if nb_entities is not UNSET:
            field_dict["nbEntities"] = nb_entities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.permission_workspace_dto import PermissionWorkspaceDto

        d = dict(src_dict)
        label = d.pop("label")

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_tenant_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tenant_id = _parse_tenant_id(d.pop("tenantId", UNSET))

        def _parse_primary_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        primary_color = _parse_primary_color(d.pop("primaryColor", UNSET))

        def _parse_secondary_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secondary_color = _parse_secondary_color(d.pop("secondaryColor", UNSET))

        def _parse_logo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_url = _parse_logo_url(d.pop("logoUrl", UNSET))

        def _parse_state(data: object) -> None | str | Unset | WorkSpaceState:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = WorkSpaceState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | Unset | WorkSpaceState, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_permissions(data: object) -> list[PermissionWorkspaceDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                permissions_type_0 = []
                _permissions_type_0 = data
                for permissions_type_0_item_data in _permissions_type_0:
                    permissions_type_0_item = PermissionWorkspaceDto.from_dict(permissions_type_0_item_data)

                    permissions_type_0.append(permissions_type_0_item)

                return permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PermissionWorkspaceDto] | None | Unset, data)

        permissions = _parse_permissions(d.pop("permissions", UNSET))

        def _parse_data_subject_archived_retention_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        data_subject_archived_retention_days = _parse_data_subject_archived_retention_days(
            d.pop("dataSubjectArchivedRetentionDays", UNSET)
        )

        def _parse_nb_entities(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_entities = _parse_nb_entities(d.pop("nbEntities", UNSET))

        work_space_dto = cls(
            label=label,
            id=id,
            tenant_id=tenant_id,
            primary_color=primary_color,
            secondary_color=secondary_color,
            logo_url=logo_url,
            state=state,
            permissions=permissions,
            data_subject_archived_retention_days=data_subject_archived_retention_days,
            nb_entities=nb_entities,
        )

        work_space_dto.additional_properties = d
        return work_space_dto

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
