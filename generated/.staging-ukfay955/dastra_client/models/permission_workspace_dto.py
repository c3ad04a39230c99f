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











_KNOWN_KEYS: frozenset[str] = frozenset(("name", "tenantId", "workSpaceId", "shortName", ))

T = TypeVar("T", bound="PermissionWorkspaceDto")



@_attrs_define
class PermissionWorkspaceDto(LazyModel):
    """Attributes:
        name (None | str | Unset):
        tenant_id (int | None | Unset):
        work_space_id (int | None | Unset):
        short_name (None | str | Unset):
"""


    name: None | str | Unset = UNSET
    tenant_id: int | None | Unset = UNSET
    work_space_id: int | None | Unset = UNSET
    short_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        if name is not UNSET:
            field_dict["name"] = name
        tenant_id: int | None | Unset
        if isinstance(self.tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = self.tenant_id

        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        work_space_id: int | None | Unset
        if isinstance(self.work_space_id, Unset):
            work_space_id = UNSET
        else:
            work_space_id = self.work_space_id

        if work_space_id is not UNSET:
            field_dict["workSpaceId"] = work_space_id
        short_name: None | str | Unset
        if isinstance(self.short_name, Unset):
            short_name = UNSET
        else:
            short_name = self.short_name

        if short_name is not UNSET:
            field_dict["shortName"] = short_name
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.name = src_dict.get("name", UNSET)
        parsed.tenant_id = src_dict.get("tenantId", UNSET)
        parsed.work_space_id = src_dict.get("workSpaceId", UNSET)
        parsed.short_name = src_dict.get("shortName", UNSET)
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
