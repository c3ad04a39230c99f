from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
















_KNOWN_KEYS: frozenset[str] = frozenset(("data", "keys", "name", "yAxis", "cumulative", "type", "color", "fillColor", "fillOpacity", ))

T = TypeVar("T", bound="ObjectArrayChartSerieDto")



@_attrs_define
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
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

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
        keys: list[str] | None | Unset
        if isinstance(self.keys, Unset):
            keys = UNSET
        elif isinstance(self.keys, list):
            keys = self.keys


        else:
            keys = self.keys

        if keys is not UNSET:
            field_dict["keys"] = keys
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        if name is not UNSET:
            field_dict["name"] = name
        y_axis: int | None | Unset
        if isinstance(self.y_axis, Unset):
            y_axis = UNSET
        else:
            y_axis = self.y_axis

        if y_axis is not UNSET:
            field_dict["yAxis"] = y_axis
        cumulative: bool | None | Unset
        if isinstance(self.cumulative, Unset):
            cumulative = UNSET
        else:
            cumulative = self.cumulative

        if cumulative is not UNSET:
            field_dict["cumulative"] = cumulative
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        if type_ is not UNSET:
            field_dict["type"] = type_
        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        if color is not UNSET:
            field_dict["color"] = color
        fill_color: None | str | Unset
        if isinstance(self.fill_color, Unset):
            fill_color = UNSET
        else:
            fill_color = self.fill_color

        if fill_color is not UNSET:
            field_dict["fillColor"] = fill_color
        fill_opacity: float | None | Unset
        if isinstance(self.fill_opacity, Unset):
            fill_opacity = UNSET
        else:
            fill_opacity = self.fill_opacity

        if fill_opacity is not UNSET:
            field_dict["fillOpacity"] = fill_opacity
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.data = src_dict.get("data", UNSET)
        parsed.keys = src_dict.get("keys", UNSET)
        parsed.name = src_dict.get("name", UNSET)
        parsed.y_axis = src_dict.get("yAxis", UNSET)
        parsed.cumulative = src_dict.get("cumulative", UNSET)
        parsed.type_ = src_dict.get("type", UNSET)
        parsed.color = src_dict.get("color", UNSET)
        parsed.fill_color = src_dict.get("fillColor", UNSET)
        parsed.fill_opacity = src_dict.get("fillOpacity", UNSET)
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
