from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import (
    LazyModel,
    invalid,
    not_an_object,
)
from ..types import UNSET, Unset

_KEYS: Final[tuple[str, ...]] = (
    "VeryLow",
    "Low",
    "Medium",
    "High",
    "VeryHigh",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "VeryLow": UNSET,
    "Low": UNSET,
    "Medium": UNSET,
    "High": UNSET,
    "VeryHigh": UNSET,
}

T = TypeVar("T", bound="RiskIndicatorsRiskGroupsInitialType0")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RiskIndicatorsRiskGroupsInitialType0(LazyModel):
    """Attributes:
    very_low (int | None | Unset):
    low (int | None | Unset):
    medium (int | None | Unset):
    high (int | None | Unset):
    very_high (int | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("very_low", "VeryLow"),
        ("low", "Low"),
        ("medium", "Medium"),
        ("high", "High"),
        ("very_high", "VeryHigh"),
    )

    very_low: int | None | Unset = UNSET
    low: int | None | Unset = UNSET
    medium: int | None | Unset = UNSET
    high: int | None | Unset = UNSET
    very_high: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "very_low" not in unreadable:
            very_low: int | None | Unset
            if isinstance(self.very_low, Unset):
                very_low = UNSET
            else:
                very_low = self.very_low

            if very_low is not UNSET:
                field_dict["VeryLow"] = very_low
        if "low" not in unreadable:
            low: int | None | Unset
            if isinstance(self.low, Unset):
                low = UNSET
            else:
                low = self.low

            if low is not UNSET:
                field_dict["Low"] = low
        if "medium" not in unreadable:
            medium: int | None | Unset
            if isinstance(self.medium, Unset):
                medium = UNSET
            else:
                medium = self.medium

            if medium is not UNSET:
                field_dict["Medium"] = medium
        if "high" not in unreadable:
            high: int | None | Unset
            if isinstance(self.high, Unset):
                high = UNSET
            else:
                high = self.high

            if high is not UNSET:
                field_dict["High"] = high
        if "very_high" not in unreadable:
            very_high: int | None | Unset
            if isinstance(self.very_high, Unset):
                very_high = UNSET
            else:
                very_high = self.very_high

            if very_high is not UNSET:
                field_dict["VeryHigh"] = very_high
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
            if len(src_dict) >= 5:
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
        if type(value) is int or value is None:
            parsed.very_low = value
        elif value is UNSET:
            parsed.very_low = UNSET
            absent += 1
        else:
            invalid(parsed, "very_low", "VeryLow", "int | None", value)

        value = values[1]
        if type(value) is int or value is None:
            parsed.low = value
        elif value is UNSET:
            parsed.low = UNSET
            absent += 1
        else:
            invalid(parsed, "low", "Low", "int | None", value)

        value = values[2]
        if type(value) is int or value is None:
            parsed.medium = value
        elif value is UNSET:
            parsed.medium = UNSET
            absent += 1
        else:
            invalid(parsed, "medium", "Medium", "int | None", value)

        value = values[3]
        if type(value) is int or value is None:
            parsed.high = value
        elif value is UNSET:
            parsed.high = UNSET
            absent += 1
        else:
            invalid(parsed, "high", "High", "int | None", value)

        value = values[4]
        if type(value) is int or value is None:
            parsed.very_high = value
        elif value is UNSET:
            parsed.very_high = UNSET
            absent += 1
        else:
            invalid(parsed, "very_high", "VeryHigh", "int | None", value)

        if len(src_dict) + absent == 5:  # every key is a known one
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
