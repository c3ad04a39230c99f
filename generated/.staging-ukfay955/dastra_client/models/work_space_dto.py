from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.work_space_state import WorkSpaceState
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
    from ..models.permission_workspace_dto import PermissionWorkspaceDto













def _parse_state(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = WorkSpaceState._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_permissions(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.PermissionWorkspaceDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _load_permissions(source: Mapping[str, Any]) -> Any:
    return _parse_permissions(source.get("permissions", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("label", "id", "tenantId", "primaryColor", "secondaryColor", "logoUrl", "state", "permissions", "dataSubjectArchivedRetentionDays", "nbEntities", ))

T = TypeVar("T", bound="WorkSpaceDto")



@_attrs_define
class WorkSpaceDto(LazyModel):
    """Attributes:
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

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "permissions": _load_permissions,
    }

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
        from ..models.permission_workspace_dto import PermissionWorkspaceDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        label = self.label

        field_dict["label"] = label
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        tenant_id: int | None | Unset
        if isinstance(self.tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = self.tenant_id

        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        primary_color: None | str | Unset
        if isinstance(self.primary_color, Unset):
            primary_color = UNSET
        else:
            primary_color = self.primary_color

        if primary_color is not UNSET:
            field_dict["primaryColor"] = primary_color
        secondary_color: None | str | Unset
        if isinstance(self.secondary_color, Unset):
            secondary_color = UNSET
        else:
            secondary_color = self.secondary_color

        if secondary_color is not UNSET:
            field_dict["secondaryColor"] = secondary_color
        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, WorkSpaceState):
            state = self.state.value
        else:
            state = self.state

        if state is not UNSET:
            field_dict["state"] = state
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

        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        data_subject_archived_retention_days: int | None | Unset
        if isinstance(self.data_subject_archived_retention_days, Unset):
            data_subject_archived_retention_days = UNSET
        else:
            data_subject_archived_retention_days = self.data_subject_archived_retention_days

        if data_subject_archived_retention_days is not UNSET:
            field_dict["dataSubjectArchivedRetentionDays"] = data_subject_archived_retention_days
        nb_entities: int | None | Unset
        if isinstance(self.nb_entities, Unset):
            nb_entities = UNSET
        else:
            nb_entities = self.nb_entities

        if nb_entities is not UNSET:
            field_dict["nbEntities"] = nb_entities
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.label = src_dict["label"]
        parsed.id = src_dict.get("id", UNSET)
        parsed.tenant_id = src_dict.get("tenantId", UNSET)
        parsed.primary_color = src_dict.get("primaryColor", UNSET)
        parsed.secondary_color = src_dict.get("secondaryColor", UNSET)
        parsed.logo_url = src_dict.get("logoUrl", UNSET)
        parsed.state = _parse_state(src_dict.get("state", UNSET))
        parsed.data_subject_archived_retention_days = src_dict.get("dataSubjectArchivedRetentionDays", UNSET)
        parsed.nb_entities = src_dict.get("nbEntities", UNSET)
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
