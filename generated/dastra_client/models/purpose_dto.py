from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import (
    MISSING,
    LazyModel,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.legal_basis import LegalBasis
from ..types import UNSET, Unset

_LEGAL_BASIS_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in LegalBasis}


_KEYS: Final[tuple[str, ...]] = (
    "label",
    "id",
    "key",
    "description",
    "legalBasis",
    "legalBasisText",
    "legalBasisDescription",
    "readonly",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "label": MISSING,
    "id": UNSET,
    "key": UNSET,
    "description": UNSET,
    "legalBasis": UNSET,
    "legalBasisText": UNSET,
    "legalBasisDescription": UNSET,
    "readonly": UNSET,
}

T = TypeVar("T", bound="PurposeDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("label", "label"),
        ("id", "id"),
        ("key", "key"),
        ("description", "description"),
        ("legal_basis", "legalBasis"),
        ("legal_basis_text", "legalBasisText"),
        ("legal_basis_description", "legalBasisDescription"),
        ("readonly", "readonly"),
    )

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
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "label" not in unreadable:
            label = self.label

            field_dict["label"] = label
        if "id" not in unreadable:
            id: int | None | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "key" not in unreadable:
            key: None | str | Unset
            if isinstance(self.key, Unset):
                key = UNSET
            elif isinstance(self.key, UUID):
                key = str(self.key)
            else:
                key = self.key

            if key is not UNSET:
                field_dict["key"] = key
        if "description" not in unreadable:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

            if description is not UNSET:
                field_dict["description"] = description
        if "legal_basis" not in unreadable:
            legal_basis: None | str | Unset
            if isinstance(self.legal_basis, Unset):
                legal_basis = UNSET
            elif isinstance(self.legal_basis, LegalBasis):
                legal_basis = self.legal_basis.value
            else:
                legal_basis = self.legal_basis

            if legal_basis is not UNSET:
                field_dict["legalBasis"] = legal_basis
        if "legal_basis_text" not in unreadable:
            legal_basis_text: None | str | Unset
            if isinstance(self.legal_basis_text, Unset):
                legal_basis_text = UNSET
            else:
                legal_basis_text = self.legal_basis_text

            if legal_basis_text is not UNSET:
                field_dict["legalBasisText"] = legal_basis_text
        if "legal_basis_description" not in unreadable:
            legal_basis_description: None | str | Unset
            if isinstance(self.legal_basis_description, Unset):
                legal_basis_description = UNSET
            else:
                legal_basis_description = self.legal_basis_description

            if legal_basis_description is not UNSET:
                field_dict["legalBasisDescription"] = legal_basis_description
        if "readonly" not in unreadable:
            readonly: bool | None | Unset
            if isinstance(self.readonly, Unset):
                readonly = UNSET
            else:
                readonly = self.readonly

            if readonly is not UNSET:
                field_dict["readonly"] = readonly
        if unreadable:
            self._as_received(field_dict, unreadable)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Each value is checked against its field's type; one that does not fit is recorded by
        # `invalid` and its slot left empty, so that reading it raises FieldValidationError (_lazy.py).
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        try:  # values[i] is the value of _KEYS[i]
            if len(src_dict) >= 8:
                values = _KNOWN_VALUES(src_dict)
            else:  # a known key is absent (no KeyError raised and caught for it)
                values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except KeyError:  # unknown keys in place of known ones
            values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except (TypeError, AttributeError):  # a list, a string, a number...: not an object
            raise not_an_object(cls, src_dict) from None
        parsed = cls.__new__(cls)
        absent = 0  # the known keys the object lacks: its other keys are unknown ones if len() says more
        value = values[0]
        if isinstance(value, str):
            parsed.label = value
        else:
            invalid(parsed, "label", "label", "str", value)
            absent += value is MISSING

        value = values[1]
        if type(value) is int or value is None:
            parsed.id = value
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            invalid(parsed, "id", "id", "int | None", value)

        value = values[2]
        if value is None:
            parsed.key = None
        elif value is UNSET:
            parsed.key = UNSET
            absent += 1
        else:
            try:
                parsed.key = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "key", "key", "UUID | None", value)

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.description = value
        elif value is UNSET:
            parsed.description = UNSET
            absent += 1
        else:
            invalid(parsed, "description", "description", "str | None", value)

        value = values[4]
        if isinstance(value, str):
            parsed.legal_basis = _LEGAL_BASIS_BY_VALUE.get(value, value)
        elif value is None:
            parsed.legal_basis = None
        elif value is UNSET:
            parsed.legal_basis = UNSET
            absent += 1
        else:
            invalid(parsed, "legal_basis", "legalBasis", "LegalBasis | str | None", value)

        value = values[5]
        if isinstance(value, str) or value is None:
            parsed.legal_basis_text = value
        elif value is UNSET:
            parsed.legal_basis_text = UNSET
            absent += 1
        else:
            invalid(parsed, "legal_basis_text", "legalBasisText", "str | None", value)

        value = values[6]
        if isinstance(value, str) or value is None:
            parsed.legal_basis_description = value
        elif value is UNSET:
            parsed.legal_basis_description = UNSET
            absent += 1
        else:
            invalid(parsed, "legal_basis_description", "legalBasisDescription", "str | None", value)

        value = values[7]
        if type(value) is bool or value is None:
            parsed.readonly = value
        elif value is UNSET:
            parsed.readonly = UNSET
            absent += 1
        else:
            invalid(parsed, "readonly", "readonly", "bool | None", value)

        if len(src_dict) + absent == 8:  # every key is a known one
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
