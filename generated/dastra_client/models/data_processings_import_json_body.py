from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from operator import itemgetter
from typing import Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._lazy import (
    LazyModel,
    Misfit,
    invalid,
    not_an_object,
)
from ..types import UNSET, File, FileTypes, Unset


def _parse_file(data: Any) -> Any:
    if data is UNSET:
        return data
    if isinstance(data, bytes):
        return File(payload=BytesIO(data))

    raise Misfit(data)


_KEYS: Final[tuple[str, ...]] = (
    "file",
    "areaId",
    "isContribution",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "file": UNSET,
    "areaId": UNSET,
    "isContribution": UNSET,
}

T = TypeVar("T", bound="DataProcessingsImportJsonBody")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DataProcessingsImportJsonBody(LazyModel):
    """Attributes:
    file (File | Unset):
    area_id (int | Unset):
    is_contribution (bool | Unset):  Default: False.
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("file", "file"),
        ("area_id", "areaId"),
        ("is_contribution", "isContribution"),
    )

    file: File | Unset = UNSET
    area_id: int | Unset = UNSET
    is_contribution: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "file" not in unreadable:
            file: FileTypes | Unset = UNSET
            if not isinstance(self.file, Unset):
                file = self.file.to_tuple()

            if file is not UNSET:
                field_dict["file"] = file
        if "area_id" not in unreadable:
            area_id = self.area_id

            if area_id is not UNSET:
                field_dict["areaId"] = area_id
        if "is_contribution" not in unreadable:
            is_contribution = self.is_contribution

            if is_contribution is not UNSET:
                field_dict["isContribution"] = is_contribution
        if unreadable:
            self._as_received(field_dict, unreadable)
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))

        if not isinstance(self.area_id, Unset):
            files.append(("areaId", (None, str(self.area_id).encode(), "text/plain")))

        if not isinstance(self.is_contribution, Unset):
            files.append(
                ("isContribution", (None, b"true" if self.is_contribution else b"false", "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Each value is checked against its field's type; one that does not fit is recorded by
        # `invalid` and its slot left empty, so that reading it raises FieldValidationError (_lazy.py).
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        try:  # values[i] is the value of _KEYS[i]
            if len(src_dict) >= 3:
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
        try:
            parsed.file = _parse_file(value)
        except Misfit as misfit:
            invalid(parsed, "file", "file", "File", value, misfit)

        if value is UNSET:
            absent += 1

        value = values[1]
        if type(value) is int:
            parsed.area_id = value
        elif value is UNSET:
            parsed.area_id = UNSET
            absent += 1
        else:
            invalid(parsed, "area_id", "areaId", "int", value)

        value = values[2]
        if type(value) is bool:
            parsed.is_contribution = value
        elif value is UNSET:
            parsed.is_contribution = UNSET
            absent += 1
        else:
            invalid(parsed, "is_contribution", "isContribution", "bool", value)

        if len(src_dict) + absent == 3:  # every key is a known one
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
