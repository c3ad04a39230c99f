from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskIndicatorsRiskGroupsResidualType0")


@_attrs_define
class RiskIndicatorsRiskGroupsResidualType0:
    """
    Attributes:
        very_low (int | None | Unset):
        low (int | None | Unset):
        medium (int | None | Unset):
        high (int | None | Unset):
        very_high (int | None | Unset):
    """

    very_low: int | None | Unset = UNSET
    low: int | None | Unset = UNSET
    medium: int | None | Unset = UNSET
    high: int | None | Unset = UNSET
    very_high: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        very_low: int | None | Unset
        if isinstance(self.very_low, Unset):
            very_low = UNSET
        else:
            very_low = self.very_low

        low: int | None | Unset
        if isinstance(self.low, Unset):
            low = UNSET
        else:
            low = self.low

        medium: int | None | Unset
        if isinstance(self.medium, Unset):
            medium = UNSET
        else:
            medium = self.medium

        high: int | None | Unset
        if isinstance(self.high, Unset):
            high = UNSET
        else:
            high = self.high

        very_high: int | None | Unset
        if isinstance(self.very_high, Unset):
            very_high = UNSET
        else:
            very_high = self.very_high

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if very_low is not UNSET:
            field_dict["VeryLow"] = very_low
        if low is not UNSET:
            field_dict["Low"] = low
        if medium is not UNSET:
            field_dict["Medium"] = medium
        if high is not UNSET:
            field_dict["High"] = high
        if very_high is not UNSET:
            field_dict["VeryHigh"] = very_high

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_very_low(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        very_low = _parse_very_low(d.pop("VeryLow", UNSET))

        def _parse_low(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        low = _parse_low(d.pop("Low", UNSET))

        def _parse_medium(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        medium = _parse_medium(d.pop("Medium", UNSET))

        def _parse_high(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        high = _parse_high(d.pop("High", UNSET))

        def _parse_very_high(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        very_high = _parse_very_high(d.pop("VeryHigh", UNSET))

        risk_indicators_risk_groups_residual_type_0 = cls(
            very_low=very_low,
            low=low,
            medium=medium,
            high=high,
            very_high=very_high,
        )

        risk_indicators_risk_groups_residual_type_0.additional_properties = d
        return risk_indicators_risk_groups_residual_type_0

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
