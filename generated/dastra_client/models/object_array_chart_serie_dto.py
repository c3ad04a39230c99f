from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ObjectArrayChartSerieDto")


@_attrs_define
class ObjectArrayChartSerieDto:
    """
    Attributes:
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

        keys: list[str] | None | Unset
        if isinstance(self.keys, Unset):
            keys = UNSET
        elif isinstance(self.keys, list):
            keys = self.keys

        else:
            keys = self.keys

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        y_axis: int | None | Unset
        if isinstance(self.y_axis, Unset):
            y_axis = UNSET
        else:
            y_axis = self.y_axis

        cumulative: bool | None | Unset
        if isinstance(self.cumulative, Unset):
            cumulative = UNSET
        else:
            cumulative = self.cumulative

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        fill_color: None | str | Unset
        if isinstance(self.fill_color, Unset):
            fill_color = UNSET
        else:
            fill_color = self.fill_color

        fill_opacity: float | None | Unset
        if isinstance(self.fill_opacity, Unset):
            fill_opacity = UNSET
        else:
            fill_opacity = self.fill_opacity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if keys is not UNSET:
            field_dict["keys"] = keys
        if name is not UNSET:
            field_dict["name"] = name
        if y_axis is not UNSET:
            field_dict["yAxis"] = y_axis
        if cumulative is not UNSET:
            field_dict["cumulative"] = cumulative
        if type_ is not UNSET:
            field_dict["type"] = type_
        if color is not UNSET:
            field_dict["color"] = color
        if fill_color is not UNSET:
            field_dict["fillColor"] = fill_color
        if fill_opacity is not UNSET:
            field_dict["fillOpacity"] = fill_opacity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_data(data: object) -> list[list[Any]] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = cast(list[Any], data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[list[Any]] | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_keys(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                keys_type_0 = cast(list[str], data)

                return keys_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        keys = _parse_keys(d.pop("keys", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_y_axis(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        y_axis = _parse_y_axis(d.pop("yAxis", UNSET))

        def _parse_cumulative(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        cumulative = _parse_cumulative(d.pop("cumulative", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        def _parse_fill_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fill_color = _parse_fill_color(d.pop("fillColor", UNSET))

        def _parse_fill_opacity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        fill_opacity = _parse_fill_opacity(d.pop("fillOpacity", UNSET))

        object_array_chart_serie_dto = cls(
            data=data,
            keys=keys,
            name=name,
            y_axis=y_axis,
            cumulative=cumulative,
            type_=type_,
            color=color,
            fill_color=fill_color,
            fill_opacity=fill_opacity,
        )

        object_array_chart_serie_dto.additional_properties = d
        return object_array_chart_serie_dto

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
