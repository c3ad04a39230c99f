from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.safe_guard_type import SafeGuardType
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID







def _parse_safe_guard_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = SafeGuardType._value2member_map_.get(data)
    if member is not None:
        return member
    return data




def _parse_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data








_KNOWN_KEYS: frozenset[str] = frozenset(("safeGuardType", "id", "readonly", "countryCode", "description", "otherLabel", ))

T = TypeVar("T", bound="TransferDto")



@_attrs_define
class TransferDto(LazyModel):
    """Attributes:
        safe_guard_type (SafeGuardType | str):
        id (None | Unset | UUID):
        readonly (bool | None | Unset):
        country_code (None | str | Unset):
        description (None | str | Unset):
        other_label (None | str | Unset):
"""


    safe_guard_type: SafeGuardType | str
    id: None | Unset | UUID = UNSET
    readonly: bool | None | Unset = UNSET
    country_code: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    other_label: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        safe_guard_type: str
        if isinstance(self.safe_guard_type, SafeGuardType):
            safe_guard_type = self.safe_guard_type.value
        else:
            safe_guard_type = self.safe_guard_type

        field_dict["safeGuardType"] = safe_guard_type
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        readonly: bool | None | Unset
        if isinstance(self.readonly, Unset):
            readonly = UNSET
        else:
            readonly = self.readonly

        if readonly is not UNSET:
            field_dict["readonly"] = readonly
        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        if description is not UNSET:
            field_dict["description"] = description
        other_label: None | str | Unset
        if isinstance(self.other_label, Unset):
            other_label = UNSET
        else:
            other_label = self.other_label

        if other_label is not UNSET:
            field_dict["otherLabel"] = other_label
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.safe_guard_type = _parse_safe_guard_type(src_dict["safeGuardType"])
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.readonly = src_dict.get("readonly", UNSET)
        parsed.country_code = src_dict.get("countryCode", UNSET)
        parsed.description = src_dict.get("description", UNSET)
        parsed.other_label = src_dict.get("otherLabel", UNSET)
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
