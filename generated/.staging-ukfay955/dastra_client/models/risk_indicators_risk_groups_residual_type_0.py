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












_KNOWN_KEYS: frozenset[str] = frozenset(("VeryLow", "Low", "Medium", "High", "VeryHigh", ))

T = TypeVar("T", bound="RiskIndicatorsRiskGroupsResidualType0")



@_attrs_define
class RiskIndicatorsRiskGroupsResidualType0(LazyModel):
    """Attributes:
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
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        very_low: int | None | Unset
        if isinstance(self.very_low, Unset):
            very_low = UNSET
        else:
            very_low = self.very_low

        if very_low is not UNSET:
            field_dict["VeryLow"] = very_low
        low: int | None | Unset
        if isinstance(self.low, Unset):
            low = UNSET
        else:
            low = self.low

        if low is not UNSET:
            field_dict["Low"] = low
        medium: int | None | Unset
        if isinstance(self.medium, Unset):
            medium = UNSET
        else:
            medium = self.medium

        if medium is not UNSET:
            field_dict["Medium"] = medium
        high: int | None | Unset
        if isinstance(self.high, Unset):
            high = UNSET
        else:
            high = self.high

        if high is not UNSET:
            field_dict["High"] = high
        very_high: int | None | Unset
        if isinstance(self.very_high, Unset):
            very_high = UNSET
        else:
            very_high = self.very_high

        if very_high is not UNSET:
            field_dict["VeryHigh"] = very_high
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.very_low = src_dict.get("VeryLow", UNSET)
        parsed.low = src_dict.get("Low", UNSET)
        parsed.medium = src_dict.get("Medium", UNSET)
        parsed.high = src_dict.get("High", UNSET)
        parsed.very_high = src_dict.get("VeryHigh", UNSET)
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
