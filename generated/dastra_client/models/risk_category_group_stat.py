from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskCategoryGroupStat")


@_attrs_define
class RiskCategoryGroupStat:
    """
    Attributes:
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
        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        average_residual: float | None | Unset
        if isinstance(self.average_residual, Unset):
            average_residual = UNSET
        else:
            average_residual = self.average_residual

        min_residual: float | None | Unset
        if isinstance(self.min_residual, Unset):
            min_residual = UNSET
        else:
            min_residual = self.min_residual

        max_residual: float | None | Unset
        if isinstance(self.max_residual, Unset):
            max_residual = UNSET
        else:
            max_residual = self.max_residual

        average_initial: float | None | Unset
        if isinstance(self.average_initial, Unset):
            average_initial = UNSET
        else:
            average_initial = self.average_initial

        min_initial: float | None | Unset
        if isinstance(self.min_initial, Unset):
            min_initial = UNSET
        else:
            min_initial = self.min_initial

        max_initial: float | None | Unset
        if isinstance(self.max_initial, Unset):
            max_initial = UNSET
        else:
            max_initial = self.max_initial

        average_current: float | None | Unset
        if isinstance(self.average_current, Unset):
            average_current = UNSET
        else:
            average_current = self.average_current

        min_current: float | None | Unset
        if isinstance(self.min_current, Unset):
            min_current = UNSET
        else:
            min_current = self.min_current

        max_current: float | None | Unset
        if isinstance(self.max_current, Unset):
            max_current = UNSET
        else:
            max_current = self.max_current

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if color is not UNSET:
            field_dict["color"] = color
        if average_residual is not UNSET:
            field_dict["averageResidual"] = average_residual
        if min_residual is not UNSET:
            field_dict["minResidual"] = min_residual
        if max_residual is not UNSET:
            field_dict["maxResidual"] = max_residual
        if average_initial is not UNSET:
            field_dict["averageInitial"] = average_initial
        if min_initial is not UNSET:
            field_dict["minInitial"] = min_initial
        if max_initial is not UNSET:
            field_dict["maxInitial"] = max_initial
        if average_current is not UNSET:
            field_dict["averageCurrent"] = average_current
        if min_current is not UNSET:
            field_dict["minCurrent"] = min_current
        if max_current is not UNSET:
            field_dict["maxCurrent"] = max_current
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        def _parse_average_residual(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        average_residual = _parse_average_residual(d.pop("averageResidual", UNSET))

        def _parse_min_residual(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_residual = _parse_min_residual(d.pop("minResidual", UNSET))

        def _parse_max_residual(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_residual = _parse_max_residual(d.pop("maxResidual", UNSET))

        def _parse_average_initial(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        average_initial = _parse_average_initial(d.pop("averageInitial", UNSET))

        def _parse_min_initial(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_initial = _parse_min_initial(d.pop("minInitial", UNSET))

        def _parse_max_initial(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_initial = _parse_max_initial(d.pop("maxInitial", UNSET))

        def _parse_average_current(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        average_current = _parse_average_current(d.pop("averageCurrent", UNSET))

        def _parse_min_current(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_current = _parse_min_current(d.pop("minCurrent", UNSET))

        def _parse_max_current(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_current = _parse_max_current(d.pop("maxCurrent", UNSET))

        def _parse_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        risk_category_group_stat = cls(
            label=label,
            color=color,
            average_residual=average_residual,
            min_residual=min_residual,
            max_residual=max_residual,
            average_initial=average_initial,
            min_initial=min_initial,
            max_initial=max_initial,
            average_current=average_current,
            min_current=min_current,
            max_current=max_current,
            total=total,
        )

        risk_category_group_stat.additional_properties = d
        return risk_category_group_stat

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
