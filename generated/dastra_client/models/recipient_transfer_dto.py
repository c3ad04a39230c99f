from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recipient_type import RecipientType
from ..models.safe_guard_type import SafeGuardType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecipientTransferDto")


@_attrs_define
class RecipientTransferDto:
    """
    Attributes:
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
        safeguard_type: None | str | Unset
        if isinstance(self.safeguard_type, Unset):
            safeguard_type = UNSET
        elif isinstance(self.safeguard_type, SafeGuardType):
            safeguard_type = self.safeguard_type.value
        else:
            safeguard_type = self.safeguard_type

        safeguard_type_label: None | str | Unset
        if isinstance(self.safeguard_type_label, Unset):
            safeguard_type_label = UNSET
        else:
            safeguard_type_label = self.safeguard_type_label

        type_label: None | str | Unset
        if isinstance(self.type_label, Unset):
            type_label = UNSET
        else:
            type_label = self.type_label

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, RecipientType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if safeguard_type is not UNSET:
            field_dict["safeguardType"] = safeguard_type
        if safeguard_type_label is not UNSET:
            field_dict["safeguardTypeLabel"] = safeguard_type_label
        if type_label is not UNSET:
            field_dict["typeLabel"] = type_label
        if type_ is not UNSET:
            field_dict["type"] = type_
        if label is not UNSET:
            field_dict["label"] = label
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_safeguard_type(data: object) -> None | SafeGuardType | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                safeguard_type_type_0 = SafeGuardType(data)

                return safeguard_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SafeGuardType | str | Unset, data)

        safeguard_type = _parse_safeguard_type(d.pop("safeguardType", UNSET))

        def _parse_safeguard_type_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        safeguard_type_label = _parse_safeguard_type_label(d.pop("safeguardTypeLabel", UNSET))

        def _parse_type_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_label = _parse_type_label(d.pop("typeLabel", UNSET))

        def _parse_type_(data: object) -> None | RecipientType | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = RecipientType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecipientType | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        recipient_transfer_dto = cls(
            safeguard_type=safeguard_type,
            safeguard_type_label=safeguard_type_label,
            type_label=type_label,
            type_=type_,
            label=label,
            id=id,
        )

        recipient_transfer_dto.additional_properties = d
        return recipient_transfer_dto

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
