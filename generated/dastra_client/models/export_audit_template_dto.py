from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import (
    LazyModel,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..types import UNSET, Unset

_KEYS: Final[tuple[str, ...]] = ("id",)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)

T = TypeVar("T", bound="ExportAuditTemplateDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ExportAuditTemplateDto(LazyModel):
    """Attributes:
    id (None | Unset | UUID):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (("id", "id"),)

    id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "id" not in unreadable:
            id: None | str | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            elif isinstance(self.id, UUID):
                id = str(self.id)
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if unreadable:
            self._as_received(field_dict, unreadable)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Each value is checked against its field's type; one that does not fit is recorded by
        # `invalid` and its slot left empty, so that reading it raises FieldValidationError (_lazy.py).
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        try:
            values = (src_dict.get("id", UNSET),)
        except AttributeError:
            raise not_an_object(cls, src_dict) from None
        parsed = cls.__new__(cls)
        absent = 0  # the known keys the object lacks: its other keys are unknown ones if len() says more
        value = values[0]
        if value is None:
            parsed.id = None
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            try:
                parsed.id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "id", "id", "UUID | None", value)

        if len(src_dict) + absent == 1:  # every key is a known one
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
