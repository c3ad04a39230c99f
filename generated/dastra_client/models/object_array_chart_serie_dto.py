from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import (
    LazyModel,
    Misfit,
    each,
    invalid,
    not_an_object,
)
from ..types import UNSET, Unset


def _parse_data(data: Any) -> Any:
    if data is UNSET:
        return data
    if isinstance(data, list):
        return each(data, _parse_data_1_item)

    if data is None:
        return None

    raise Misfit(data)


def _parse_data_1_item(data: Any) -> Any:
    if isinstance(data, list):
        return each(data, _parse_data_1_item_item)

    raise Misfit(data)


def _parse_data_1_item_item(data: Any) -> Any:
    return data


_KEYS: Final[tuple[str, ...]] = (
    "data",
    "keys",
    "name",
    "yAxis",
    "cumulative",
    "type",
    "color",
    "fillColor",
    "fillOpacity",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "data": UNSET,
    "keys": UNSET,
    "name": UNSET,
    "yAxis": UNSET,
    "cumulative": UNSET,
    "type": UNSET,
    "color": UNSET,
    "fillColor": UNSET,
    "fillOpacity": UNSET,
}

T = TypeVar("T", bound="ObjectArrayChartSerieDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ObjectArrayChartSerieDto(LazyModel):
    """Attributes:
    data (list[list[Any]] | None | Unset):
    keys (list[str] | None | Unset):
    name (None | str | Unset):
    y_axis (int | None | Unset):
    cumulative (bool | None | Unset):
    type_ (None | str | Unset):
    color (None | str | Unset):
    fill_color (None | str | Unset):
    fill_opacity (float | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("keys", "keys"),
        ("name", "name"),
        ("y_axis", "yAxis"),
        ("cumulative", "cumulative"),
        ("type_", "type"),
        ("color", "color"),
        ("fill_color", "fillColor"),
        ("fill_opacity", "fillOpacity"),
    )

    data: list[list[Any]] | None | Unset = UNSET
    keys: list[str] | None | Unset = UNSET
    name: None | str | Unset = UNSET
    y_axis: int | None | Unset = UNSET
    cumulative: bool | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    color: None | str | Unset = UNSET
    fill_color: None | str | Unset = UNSET
    fill_opacity: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "data" not in unreadable:
            data: list[list[Any]] | None | Unset
            if isinstance(self.data, Unset):
                data = UNSET
            elif isinstance(self.data, list):
                data = []
                for data_type_0_item_data in self.data:
                    data_type_0_item = data_type_0_item_data

                    data.append(data_type_0_item)

            else:
                data = self.data

            if data is not UNSET:
                field_dict["data"] = data
        if "keys" not in unreadable:
            keys: list[str] | None | Unset
            if isinstance(self.keys, Unset):
                keys = UNSET
            elif isinstance(self.keys, list):
                keys = self.keys

            else:
                keys = self.keys

            if keys is not UNSET:
                field_dict["keys"] = keys
        if "name" not in unreadable:
            name: None | str | Unset
            if isinstance(self.name, Unset):
                name = UNSET
            else:
                name = self.name

            if name is not UNSET:
                field_dict["name"] = name
        if "y_axis" not in unreadable:
            y_axis: int | None | Unset
            if isinstance(self.y_axis, Unset):
                y_axis = UNSET
            else:
                y_axis = self.y_axis

            if y_axis is not UNSET:
                field_dict["yAxis"] = y_axis
        if "cumulative" not in unreadable:
            cumulative: bool | None | Unset
            if isinstance(self.cumulative, Unset):
                cumulative = UNSET
            else:
                cumulative = self.cumulative

            if cumulative is not UNSET:
                field_dict["cumulative"] = cumulative
        if "type_" not in unreadable:
            type_: None | str | Unset
            if isinstance(self.type_, Unset):
                type_ = UNSET
            else:
                type_ = self.type_

            if type_ is not UNSET:
                field_dict["type"] = type_
        if "color" not in unreadable:
            color: None | str | Unset
            if isinstance(self.color, Unset):
                color = UNSET
            else:
                color = self.color

            if color is not UNSET:
                field_dict["color"] = color
        if "fill_color" not in unreadable:
            fill_color: None | str | Unset
            if isinstance(self.fill_color, Unset):
                fill_color = UNSET
            else:
                fill_color = self.fill_color

            if fill_color is not UNSET:
                field_dict["fillColor"] = fill_color
        if "fill_opacity" not in unreadable:
            fill_opacity: float | None | Unset
            if isinstance(self.fill_opacity, Unset):
                fill_opacity = UNSET
            else:
                fill_opacity = self.fill_opacity

            if fill_opacity is not UNSET:
                field_dict["fillOpacity"] = fill_opacity
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
            if len(src_dict) >= 9:
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
            parsed.data = _parse_data(value)
        except Misfit as misfit:
            invalid(parsed, "data", "data", "list[list[Any]] | None", value, misfit)

        if value is UNSET:
            absent += 1

        value = values[1]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "keys",
                        "keys",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.keys = value
        elif value is None:
            parsed.keys = None
        elif value is UNSET:
            parsed.keys = UNSET
            absent += 1
        else:
            invalid(parsed, "keys", "keys", "list[str] | None", value)

        value = values[2]
        if isinstance(value, str) or value is None:
            parsed.name = value
        elif value is UNSET:
            parsed.name = UNSET
            absent += 1
        else:
            invalid(parsed, "name", "name", "str | None", value)

        value = values[3]
        if type(value) is int or value is None:
            parsed.y_axis = value
        elif value is UNSET:
            parsed.y_axis = UNSET
            absent += 1
        else:
            invalid(parsed, "y_axis", "yAxis", "int | None", value)

        value = values[4]
        if type(value) is bool or value is None:
            parsed.cumulative = value
        elif value is UNSET:
            parsed.cumulative = UNSET
            absent += 1
        else:
            invalid(parsed, "cumulative", "cumulative", "bool | None", value)

        value = values[5]
        if isinstance(value, str) or value is None:
            parsed.type_ = value
        elif value is UNSET:
            parsed.type_ = UNSET
            absent += 1
        else:
            invalid(parsed, "type_", "type", "str | None", value)

        value = values[6]
        if isinstance(value, str) or value is None:
            parsed.color = value
        elif value is UNSET:
            parsed.color = UNSET
            absent += 1
        else:
            invalid(parsed, "color", "color", "str | None", value)

        value = values[7]
        if isinstance(value, str) or value is None:
            parsed.fill_color = value
        elif value is UNSET:
            parsed.fill_color = UNSET
            absent += 1
        else:
            invalid(parsed, "fill_color", "fillColor", "str | None", value)

        value = values[8]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.fill_opacity = value
        elif value is UNSET:
            parsed.fill_opacity = UNSET
            absent += 1
        else:
            invalid(parsed, "fill_opacity", "fillOpacity", "float | None", value)

        if len(src_dict) + absent == 9:  # every key is a known one
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
