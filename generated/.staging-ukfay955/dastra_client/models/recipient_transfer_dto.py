from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.recipient_type import RecipientType
from ..models.safe_guard_type import SafeGuardType
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID








def _parse_safeguard_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = SafeGuardType._value2member_map_.get(data)
    if member is not None:
        return member
    return data







def _parse_type_(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = RecipientType._value2member_map_.get(data)
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




_KNOWN_KEYS: frozenset[str] = frozenset(("safeguardType", "safeguardTypeLabel", "typeLabel", "type", "label", "id", ))

T = TypeVar("T", bound="RecipientTransferDto")



@_attrs_define
class RecipientTransferDto(LazyModel):
    """Attributes:
        safeguard_type (None | SafeGuardType | str | Unset):
        safeguard_type_label (None | str | Unset):
        type_label (None | str | Unset):
        type_ (None | RecipientType | str | Unset):
        label (None | str | Unset):
        id (None | Unset | UUID):
"""


    safeguard_type: None | SafeGuardType | str | Unset = UNSET
    safeguard_type_label: None | str | Unset = UNSET
    type_label: None | str | Unset = UNSET
    type_: None | RecipientType | str | Unset = UNSET
    label: None | str | Unset = UNSET
    id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        safeguard_type: None | str | Unset
        if isinstance(self.safeguard_type, Unset):
            safeguard_type = UNSET
        elif isinstance(self.safeguard_type, SafeGuardType):
            safeguard_type = self.safeguard_type.value
        else:
            safeguard_type = self.safeguard_type

        if safeguard_type is not UNSET:
            field_dict["safeguardType"] = safeguard_type
        safeguard_type_label: None | str | Unset
        if isinstance(self.safeguard_type_label, Unset):
            safeguard_type_label = UNSET
        else:
            safeguard_type_label = self.safeguard_type_label

        if safeguard_type_label is not UNSET:
            field_dict["safeguardTypeLabel"] = safeguard_type_label
        type_label: None | str | Unset
        if isinstance(self.type_label, Unset):
            type_label = UNSET
        else:
            type_label = self.type_label

        if type_label is not UNSET:
            field_dict["typeLabel"] = type_label
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, RecipientType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        if type_ is not UNSET:
            field_dict["type"] = type_
        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        if label is not UNSET:
            field_dict["label"] = label
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.safeguard_type = _parse_safeguard_type(src_dict.get("safeguardType", UNSET))
        parsed.safeguard_type_label = src_dict.get("safeguardTypeLabel", UNSET)
        parsed.type_label = src_dict.get("typeLabel", UNSET)
        parsed.type_ = _parse_type_(src_dict.get("type", UNSET))
        parsed.label = src_dict.get("label", UNSET)
        parsed.id = _parse_id(src_dict.get("id", UNSET))
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
