from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskIndicatorsRiskGroupsResidualType0")


@_attrs_define
class RiskIndicatorsRiskGroupsResidualType0:
    """
    Attributes:
        very_low (int | Unset):
        low (int | Unset):
        medium (int | Unset):
        high (int | Unset):
        very_high (int | Unset):
    """

    very_low: int | Unset = UNSET
    low: int | Unset = UNSET
    medium: int | Unset = UNSET
    high: int | Unset = UNSET
    very_high: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        very_low = self.very_low

        low = self.low

        medium = self.medium

        high = self.high

        very_high = self.very_high

        field_dict: dict[str, Any] = {}

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
        very_low = d.pop("VeryLow", UNSET)

        low = d.pop("Low", UNSET)

        medium = d.pop("Medium", UNSET)

        high = d.pop("High", UNSET)

        very_high = d.pop("VeryHigh", UNSET)

        risk_indicators_risk_groups_residual_type_0 = cls(
            very_low=very_low,
            low=low,
            medium=medium,
            high=high,
            very_high=very_high,
        )

        return risk_indicators_risk_groups_residual_type_0
