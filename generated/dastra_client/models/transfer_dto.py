from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.safe_guard_type import SafeGuardType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferDto")


@_attrs_define
class TransferDto:
    """
    Attributes:
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
        safe_guard_type: str
        if isinstance(self.safe_guard_type, SafeGuardType):
            safe_guard_type = self.safe_guard_type.value
        else:
            safe_guard_type = self.safe_guard_type

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        readonly: bool | None | Unset
        if isinstance(self.readonly, Unset):
            readonly = UNSET
        else:
            readonly = self.readonly

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        other_label: None | str | Unset
        if isinstance(self.other_label, Unset):
            other_label = UNSET
        else:
            other_label = self.other_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "safeGuardType": safe_guard_type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if readonly is not UNSET:
            field_dict["readonly"] = readonly
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if description is not UNSET:
            field_dict["description"] = description
        if other_label is not UNSET:
            field_dict["otherLabel"] = other_label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_safe_guard_type(data: object) -> SafeGuardType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                safe_guard_type_type_0 = SafeGuardType(data)

                return safe_guard_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SafeGuardType | str, data)

        safe_guard_type = _parse_safe_guard_type(d.pop("safeGuardType"))

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

        def _parse_readonly(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        readonly = _parse_readonly(d.pop("readonly", UNSET))

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("countryCode", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_other_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        other_label = _parse_other_label(d.pop("otherLabel", UNSET))

        transfer_dto = cls(
            safe_guard_type=safe_guard_type,
            id=id,
            readonly=readonly,
            country_code=country_code,
            description=description,
            other_label=other_label,
        )

        transfer_dto.additional_properties = d
        return transfer_dto

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
