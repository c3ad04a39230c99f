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



















_KNOWN_KEYS: frozenset[str] = frozenset(("label", "color", "averageResidual", "minResidual", "maxResidual", "averageInitial", "minInitial", "maxInitial", "averageCurrent", "minCurrent", "maxCurrent", "total", ))

T = TypeVar("T", bound="RiskCategoryGroupStat")



@_attrs_define
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
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        if label is not UNSET:
            field_dict["label"] = label
        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        if color is not UNSET:
            field_dict["color"] = color
        average_residual: float | None | Unset
        if isinstance(self.average_residual, Unset):
            average_residual = UNSET
        else:
            average_residual = self.average_residual

        if average_residual is not UNSET:
            field_dict["averageResidual"] = average_residual
        min_residual: float | None | Unset
        if isinstance(self.min_residual, Unset):
            min_residual = UNSET
        else:
            min_residual = self.min_residual

        if min_residual is not UNSET:
            field_dict["minResidual"] = min_residual
        max_residual: float | None | Unset
        if isinstance(self.max_residual, Unset):
            max_residual = UNSET
        else:
            max_residual = self.max_residual

        if max_residual is not UNSET:
            field_dict["maxResidual"] = max_residual
        average_initial: float | None | Unset
        if isinstance(self.average_initial, Unset):
            average_initial = UNSET
        else:
            average_initial = self.average_initial

        if average_initial is not UNSET:
            field_dict["averageInitial"] = average_initial
        min_initial: float | None | Unset
        if isinstance(self.min_initial, Unset):
            min_initial = UNSET
        else:
            min_initial = self.min_initial

        if min_initial is not UNSET:
            field_dict["minInitial"] = min_initial
        max_initial: float | None | Unset
        if isinstance(self.max_initial, Unset):
            max_initial = UNSET
        else:
            max_initial = self.max_initial

        if max_initial is not UNSET:
            field_dict["maxInitial"] = max_initial
        average_current: float | None | Unset
        if isinstance(self.average_current, Unset):
            average_current = UNSET
        else:
            average_current = self.average_current

        if average_current is not UNSET:
            field_dict["averageCurrent"] = average_current
        min_current: float | None | Unset
        if isinstance(self.min_current, Unset):
            min_current = UNSET
        else:
            min_current = self.min_current

        if min_current is not UNSET:
            field_dict["minCurrent"] = min_current
        max_current: float | None | Unset
        if isinstance(self.max_current, Unset):
            max_current = UNSET
        else:
            max_current = self.max_current

        if max_current is not UNSET:
            field_dict["maxCurrent"] = max_current
        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        if total is not UNSET:
            field_dict["total"] = total
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.label = src_dict.get("label", UNSET)
        parsed.color = src_dict.get("color", UNSET)
        parsed.average_residual = src_dict.get("averageResidual", UNSET)
        parsed.min_residual = src_dict.get("minResidual", UNSET)
        parsed.max_residual = src_dict.get("maxResidual", UNSET)
        parsed.average_initial = src_dict.get("averageInitial", UNSET)
        parsed.min_initial = src_dict.get("minInitial", UNSET)
        parsed.max_initial = src_dict.get("maxInitial", UNSET)
        parsed.average_current = src_dict.get("averageCurrent", UNSET)
        parsed.min_current = src_dict.get("minCurrent", UNSET)
        parsed.max_current = src_dict.get("maxCurrent", UNSET)
        parsed.total = src_dict.get("total", UNSET)
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
