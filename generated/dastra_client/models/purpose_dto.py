from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.legal_basis import LegalBasis
from ..types import UNSET, Unset

T = TypeVar("T", bound="PurposeDto")


@_attrs_define
class PurposeDto:
    """
    Attributes:
        label (str):
        id (int | None | Unset):
        key (None | Unset | UUID):
        description (None | str | Unset):
        legal_basis (LegalBasis | None | str | Unset):
        legal_basis_text (None | str | Unset):
        legal_basis_description (None | str | Unset):
        readonly (bool | None | Unset):
    """

    label: str
    id: int | None | Unset = UNSET
    key: None | Unset | UUID = UNSET
    description: None | str | Unset = UNSET
    legal_basis: LegalBasis | None | str | Unset = UNSET
    legal_basis_text: None | str | Unset = UNSET
    legal_basis_description: None | str | Unset = UNSET
    readonly: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        elif isinstance(self.key, UUID):
            key = str(self.key)
        else:
            key = self.key

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        legal_basis: None | str | Unset
        if isinstance(self.legal_basis, Unset):
            legal_basis = UNSET
        elif isinstance(self.legal_basis, LegalBasis):
            legal_basis = self.legal_basis.value
        else:
            legal_basis = self.legal_basis

        legal_basis_text: None | str | Unset
        if isinstance(self.legal_basis_text, Unset):
            legal_basis_text = UNSET
        else:
            legal_basis_text = self.legal_basis_text

        legal_basis_description: None | str | Unset
        if isinstance(self.legal_basis_description, Unset):
            legal_basis_description = UNSET
        else:
            legal_basis_description = self.legal_basis_description

        readonly: bool | None | Unset
        if isinstance(self.readonly, Unset):
            readonly = UNSET
        else:
            readonly = self.readonly

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if key is not UNSET:
            field_dict["key"] = key
        if description is not UNSET:
            field_dict["description"] = description
        if legal_basis is not UNSET:
            field_dict["legalBasis"] = legal_basis
        if legal_basis_text is not UNSET:
            field_dict["legalBasisText"] = legal_basis_text
        if legal_basis_description is not UNSET:
            field_dict["legalBasisDescription"] = legal_basis_description
        if readonly is not UNSET:
            field_dict["readonly"] = readonly

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_key(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                key_type_0 = UUID(data)

                return key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        key = _parse_key(d.pop("key", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_legal_basis(data: object) -> LegalBasis | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                legal_basis_type_0 = LegalBasis(data)

                return legal_basis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LegalBasis | None | str | Unset, data)

        legal_basis = _parse_legal_basis(d.pop("legalBasis", UNSET))

        def _parse_legal_basis_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        legal_basis_text = _parse_legal_basis_text(d.pop("legalBasisText", UNSET))

        def _parse_legal_basis_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        legal_basis_description = _parse_legal_basis_description(d.pop("legalBasisDescription", UNSET))

        def _parse_readonly(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        readonly = _parse_readonly(d.pop("readonly", UNSET))

        purpose_dto = cls(
            label=label,
            id=id,
            key=key,
            description=description,
            legal_basis=legal_basis,
            legal_basis_text=legal_basis_text,
            legal_basis_description=legal_basis_description,
            readonly=readonly,
        )

        purpose_dto.additional_properties = d
        return purpose_dto

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
