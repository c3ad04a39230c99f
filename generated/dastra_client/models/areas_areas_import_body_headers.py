from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import (
    LazyModel,
    Misfit,
    each,
    invalid,
    not_an_object,
)


def _parse_additional_property(data: Any) -> Any:
    if isinstance(data, list):
        return each(data, _parse_additional_property_item)

    raise Misfit(data)


def _parse_additional_property_item(data: Any) -> Any:
    if isinstance(data, str):
        return data

    raise Misfit(data)


_KEYS: Final[tuple[str, ...]] = ()
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)

T = TypeVar("T", bound="AreasAreasImportBodyHeaders")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AreasAreasImportBodyHeaders(LazyModel):
    """"""

    additional_properties: dict[str, list[str]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if unreadable:
            self._as_received(field_dict, unreadable)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Each value is checked against its field's type; one that does not fit is recorded by
        # `invalid` and its slot left empty, so that reading it raises FieldValidationError (_lazy.py).
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        if not isinstance(src_dict, Mapping):
            raise not_an_object(cls, src_dict)
        parsed = cls.__new__(cls)
        if not src_dict:
            parsed.additional_properties = {}
        else:
            extras = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            try:
                parsed.additional_properties = {
                    key: _parse_additional_property(value) for key, value in extras.items()
                }
            except Misfit as misfit:
                invalid(parsed, "additional_properties", "", "list[str]", extras, misfit)
        return parsed

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[str]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[str]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
