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
    "label",
    "color",
    "averageResidual",
    "minResidual",
    "maxResidual",
    "averageInitial",
    "minInitial",
    "maxInitial",
    "averageCurrent",
    "minCurrent",
    "maxCurrent",
    "total",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "label": UNSET,
    "color": UNSET,
    "averageResidual": UNSET,
    "minResidual": UNSET,
    "maxResidual": UNSET,
    "averageInitial": UNSET,
    "minInitial": UNSET,
    "maxInitial": UNSET,
    "averageCurrent": UNSET,
    "minCurrent": UNSET,
    "maxCurrent": UNSET,
    "total": UNSET,
}

T = TypeVar("T", bound="RiskCategoryGroupStat")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RiskCategoryGroupStat(LazyModel):
    """Attributes:
    label (None | str | Unset):
    color (None | str | Unset):
    average_residual (float | None | Unset):
    min_residual (float | None | Unset):
    max_residual (float | None | Unset):
    average_initial (float | None | Unset):
    min_initial (float | None | Unset):
    max_initial (float | None | Unset):
    average_current (float | None | Unset):
    min_current (float | None | Unset):
    max_current (float | None | Unset):
    total (int | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("label", "label"),
        ("color", "color"),
        ("average_residual", "averageResidual"),
        ("min_residual", "minResidual"),
        ("max_residual", "maxResidual"),
        ("average_initial", "averageInitial"),
        ("min_initial", "minInitial"),
        ("max_initial", "maxInitial"),
        ("average_current", "averageCurrent"),
        ("min_current", "minCurrent"),
        ("max_current", "maxCurrent"),
        ("total", "total"),
    )

    label: None | str | Unset = UNSET
    color: None | str | Unset = UNSET
    average_residual: float | None | Unset = UNSET
    min_residual: float | None | Unset = UNSET
    max_residual: float | None | Unset = UNSET
    average_initial: float | None | Unset = UNSET
    min_initial: float | None | Unset = UNSET
    max_initial: float | None | Unset = UNSET
    average_current: float | None | Unset = UNSET
    min_current: float | None | Unset = UNSET
    max_current: float | None | Unset = UNSET
    total: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "label" not in unreadable:
            label: None | str | Unset
            if isinstance(self.label, Unset):
                label = UNSET
            else:
                label = self.label

            if label is not UNSET:
                field_dict["label"] = label
        if "color" not in unreadable:
            color: None | str | Unset
            if isinstance(self.color, Unset):
                color = UNSET
            else:
                color = self.color

            if color is not UNSET:
                field_dict["color"] = color
        if "average_residual" not in unreadable:
            average_residual: float | None | Unset
            if isinstance(self.average_residual, Unset):
                average_residual = UNSET
            else:
                average_residual = self.average_residual

            if average_residual is not UNSET:
                field_dict["averageResidual"] = average_residual
        if "min_residual" not in unreadable:
            min_residual: float | None | Unset
            if isinstance(self.min_residual, Unset):
                min_residual = UNSET
            else:
                min_residual = self.min_residual

            if min_residual is not UNSET:
                field_dict["minResidual"] = min_residual
        if "max_residual" not in unreadable:
            max_residual: float | None | Unset
            if isinstance(self.max_residual, Unset):
                max_residual = UNSET
            else:
                max_residual = self.max_residual

            if max_residual is not UNSET:
                field_dict["maxResidual"] = max_residual
        if "average_initial" not in unreadable:
            average_initial: float | None | Unset
            if isinstance(self.average_initial, Unset):
                average_initial = UNSET
            else:
                average_initial = self.average_initial

            if average_initial is not UNSET:
                field_dict["averageInitial"] = average_initial
        if "min_initial" not in unreadable:
            min_initial: float | None | Unset
            if isinstance(self.min_initial, Unset):
                min_initial = UNSET
            else:
                min_initial = self.min_initial

            if min_initial is not UNSET:
                field_dict["minInitial"] = min_initial
        if "max_initial" not in unreadable:
            max_initial: float | None | Unset
            if isinstance(self.max_initial, Unset):
                max_initial = UNSET
            else:
                max_initial = self.max_initial

            if max_initial is not UNSET:
                field_dict["maxInitial"] = max_initial
        if "average_current" not in unreadable:
            average_current: float | None | Unset
            if isinstance(self.average_current, Unset):
                average_current = UNSET
            else:
                average_current = self.average_current

            if average_current is not UNSET:
                field_dict["averageCurrent"] = average_current
        if "min_current" not in unreadable:
            min_current: float | None | Unset
            if isinstance(self.min_current, Unset):
                min_current = UNSET
            else:
                min_current = self.min_current

            if min_current is not UNSET:
                field_dict["minCurrent"] = min_current
        if "max_current" not in unreadable:
            max_current: float | None | Unset
            if isinstance(self.max_current, Unset):
                max_current = UNSET
            else:
                max_current = self.max_current

            if max_current is not UNSET:
                field_dict["maxCurrent"] = max_current
        if "total" not in unreadable:
            total: int | None | Unset
            if isinstance(self.total, Unset):
                total = UNSET
            else:
                total = self.total

            if total is not UNSET:
                field_dict["total"] = total
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
            if len(src_dict) >= 12:
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
        if isinstance(value, str) or value is None:
            parsed.label = value
        elif value is UNSET:
            parsed.label = UNSET
            absent += 1
        else:
            invalid(parsed, "label", "label", "str | None", value)

        value = values[1]
        if isinstance(value, str) or value is None:
            parsed.color = value
        elif value is UNSET:
            parsed.color = UNSET
            absent += 1
        else:
            invalid(parsed, "color", "color", "str | None", value)

        value = values[2]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.average_residual = value
        elif value is UNSET:
            parsed.average_residual = UNSET
            absent += 1
        else:
            invalid(parsed, "average_residual", "averageResidual", "float | None", value)

        value = values[3]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.min_residual = value
        elif value is UNSET:
            parsed.min_residual = UNSET
            absent += 1
        else:
            invalid(parsed, "min_residual", "minResidual", "float | None", value)

        value = values[4]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.max_residual = value
        elif value is UNSET:
            parsed.max_residual = UNSET
            absent += 1
        else:
            invalid(parsed, "max_residual", "maxResidual", "float | None", value)

        value = values[5]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.average_initial = value
        elif value is UNSET:
            parsed.average_initial = UNSET
            absent += 1
        else:
            invalid(parsed, "average_initial", "averageInitial", "float | None", value)

        value = values[6]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.min_initial = value
        elif value is UNSET:
            parsed.min_initial = UNSET
            absent += 1
        else:
            invalid(parsed, "min_initial", "minInitial", "float | None", value)

        value = values[7]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.max_initial = value
        elif value is UNSET:
            parsed.max_initial = UNSET
            absent += 1
        else:
            invalid(parsed, "max_initial", "maxInitial", "float | None", value)

        value = values[8]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.average_current = value
        elif value is UNSET:
            parsed.average_current = UNSET
            absent += 1
        else:
            invalid(parsed, "average_current", "averageCurrent", "float | None", value)

        value = values[9]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.min_current = value
        elif value is UNSET:
            parsed.min_current = UNSET
            absent += 1
        else:
            invalid(parsed, "min_current", "minCurrent", "float | None", value)

        value = values[10]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.max_current = value
        elif value is UNSET:
            parsed.max_current = UNSET
            absent += 1
        else:
            invalid(parsed, "max_current", "maxCurrent", "float | None", value)

        value = values[11]
        if type(value) is int or value is None:
            parsed.total = value
        elif value is UNSET:
            parsed.total = UNSET
            absent += 1
        else:
            invalid(parsed, "total", "total", "int | None", value)

        if len(src_dict) + absent == 12:  # every key is a known one
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
