from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.legal_basis import LegalBasis
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID









def _parse_key(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data






def _parse_legal_basis(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = LegalBasis._value2member_map_.get(data)
    if member is not None:
        return member
    return data







_KNOWN_KEYS: frozenset[str] = frozenset(("label", "id", "key", "description", "legalBasis", "legalBasisText", "legalBasisDescription", "readonly", ))

T = TypeVar("T", bound="PurposeDto")



@_attrs_define
class PurposeDto(LazyModel):
    """Attributes:
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
        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        elif isinstance(self.key, UUID):
            key = str(self.key)
        else:
            key = self.key

        if key is not UNSET:
            field_dict["key"] = key
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        if description is not UNSET:
            field_dict["description"] = description
        legal_basis: None | str | Unset
        if isinstance(self.legal_basis, Unset):
            legal_basis = UNSET
        elif isinstance(self.legal_basis, LegalBasis):
            legal_basis = self.legal_basis.value
        else:
            legal_basis = self.legal_basis

        if legal_basis is not UNSET:
            field_dict["legalBasis"] = legal_basis
        legal_basis_text: None | str | Unset
        if isinstance(self.legal_basis_text, Unset):
            legal_basis_text = UNSET
        else:
            legal_basis_text = self.legal_basis_text

        if legal_basis_text is not UNSET:
            field_dict["legalBasisText"] = legal_basis_text
        legal_basis_description: None | str | Unset
        if isinstance(self.legal_basis_description, Unset):
            legal_basis_description = UNSET
        else:
            legal_basis_description = self.legal_basis_description

        if legal_basis_description is not UNSET:
            field_dict["legalBasisDescription"] = legal_basis_description
        readonly: bool | None | Unset
        if isinstance(self.readonly, Unset):
            readonly = UNSET
        else:
            readonly = self.readonly

        if readonly is not UNSET:
            field_dict["readonly"] = readonly
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
        parsed.key = _parse_key(src_dict.get("key", UNSET))
        parsed.description = src_dict.get("description", UNSET)
        parsed.legal_basis = _parse_legal_basis(src_dict.get("legalBasis", UNSET))
        parsed.legal_basis_text = src_dict.get("legalBasisText", UNSET)
        parsed.legal_basis_description = src_dict.get("legalBasisDescription", UNSET)
        parsed.readonly = src_dict.get("readonly", UNSET)
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
