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
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.risk_scale_value import RiskScaleValue






def _parse_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data









def _parse_date_update(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_date_creation(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data







def _parse_impact_scales(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.RiskScaleValue.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_probability_scales(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.RiskScaleValue.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data



def _load_impact_scales(source: Mapping[str, Any]) -> Any:
    return _parse_impact_scales(source.get("impactScales", UNSET))

def _load_probability_scales(source: Mapping[str, Any]) -> Any:
    return _parse_probability_scales(source.get("probabilityScales", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("id", "label", "selected", "builtIn", "impactUnit", "probabilityUnit", "dateUpdate", "dateCreation", "maxValue", "matrixColors", "impactScales", "probabilityScales", ))

T = TypeVar("T", bound="RiskSettingsDto")



@_attrs_define
class RiskSettingsDto(LazyModel):
    """Attributes:
        id (None | Unset | UUID):
        label (None | str | Unset):
        selected (bool | None | Unset):
        built_in (bool | None | Unset):
        impact_unit (None | str | Unset):
        probability_unit (None | str | Unset):
        date_update (datetime.datetime | None | Unset):
        date_creation (datetime.datetime | None | Unset):
        max_value (int | None | Unset):
        matrix_colors (list[list[str]] | None | Unset):
        impact_scales (list[RiskScaleValue] | None | Unset):
        probability_scales (list[RiskScaleValue] | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "impact_scales": _load_impact_scales,
        "probability_scales": _load_probability_scales,
    }

    id: None | Unset | UUID = UNSET
    label: None | str | Unset = UNSET
    selected: bool | None | Unset = UNSET
    built_in: bool | None | Unset = UNSET
    impact_unit: None | str | Unset = UNSET
    probability_unit: None | str | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    max_value: int | None | Unset = UNSET
    matrix_colors: list[list[str]] | None | Unset = UNSET
    impact_scales: list[RiskScaleValue] | None | Unset = UNSET
    probability_scales: list[RiskScaleValue] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.risk_scale_value import RiskScaleValue  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        if label is not UNSET:
            field_dict["label"] = label
        selected: bool | None | Unset
        if isinstance(self.selected, Unset):
            selected = UNSET
        else:
            selected = self.selected

        if selected is not UNSET:
            field_dict["selected"] = selected
        built_in: bool | None | Unset
        if isinstance(self.built_in, Unset):
            built_in = UNSET
        else:
            built_in = self.built_in

        if built_in is not UNSET:
            field_dict["builtIn"] = built_in
        impact_unit: None | str | Unset
        if isinstance(self.impact_unit, Unset):
            impact_unit = UNSET
        else:
            impact_unit = self.impact_unit

        if impact_unit is not UNSET:
            field_dict["impactUnit"] = impact_unit
        probability_unit: None | str | Unset
        if isinstance(self.probability_unit, Unset):
            probability_unit = UNSET
        else:
            probability_unit = self.probability_unit

        if probability_unit is not UNSET:
            field_dict["probabilityUnit"] = probability_unit
        date_update: None | str | Unset
        if isinstance(self.date_update, Unset):
            date_update = UNSET
        elif isinstance(self.date_update, datetime.datetime):
            date_update = self.date_update.isoformat()
        else:
            date_update = self.date_update

        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        max_value: int | None | Unset
        if isinstance(self.max_value, Unset):
            max_value = UNSET
        else:
            max_value = self.max_value

        if max_value is not UNSET:
            field_dict["maxValue"] = max_value
        matrix_colors: list[list[str]] | None | Unset
        if isinstance(self.matrix_colors, Unset):
            matrix_colors = UNSET
        elif isinstance(self.matrix_colors, list):
            matrix_colors = []
            for matrix_colors_type_0_item_data in self.matrix_colors:
                matrix_colors_type_0_item = matrix_colors_type_0_item_data


                matrix_colors.append(matrix_colors_type_0_item)


        else:
            matrix_colors = self.matrix_colors

        if matrix_colors is not UNSET:
            field_dict["matrixColors"] = matrix_colors
        impact_scales: list[dict[str, Any]] | None | Unset
        if isinstance(self.impact_scales, Unset):
            impact_scales = UNSET
        elif isinstance(self.impact_scales, list):
            impact_scales = []
            for impact_scales_type_0_item_data in self.impact_scales:
                impact_scales_type_0_item = impact_scales_type_0_item_data.to_dict()
                impact_scales.append(impact_scales_type_0_item)


        else:
            impact_scales = self.impact_scales

        if impact_scales is not UNSET:
            field_dict["impactScales"] = impact_scales
        probability_scales: list[dict[str, Any]] | None | Unset
        if isinstance(self.probability_scales, Unset):
            probability_scales = UNSET
        elif isinstance(self.probability_scales, list):
            probability_scales = []
            for probability_scales_type_0_item_data in self.probability_scales:
                probability_scales_type_0_item = probability_scales_type_0_item_data.to_dict()
                probability_scales.append(probability_scales_type_0_item)


        else:
            probability_scales = self.probability_scales

        if probability_scales is not UNSET:
            field_dict["probabilityScales"] = probability_scales
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.label = src_dict.get("label", UNSET)
        parsed.selected = src_dict.get("selected", UNSET)
        parsed.built_in = src_dict.get("builtIn", UNSET)
        parsed.impact_unit = src_dict.get("impactUnit", UNSET)
        parsed.probability_unit = src_dict.get("probabilityUnit", UNSET)
        parsed.date_update = _parse_date_update(src_dict.get("dateUpdate", UNSET))
        parsed.date_creation = _parse_date_creation(src_dict.get("dateCreation", UNSET))
        parsed.max_value = src_dict.get("maxValue", UNSET)
        parsed.matrix_colors = src_dict.get("matrixColors", UNSET)
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
