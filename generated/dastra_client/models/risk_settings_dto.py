from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.risk_scale_value import RiskScaleValue


T = TypeVar("T", bound="RiskSettingsDto")


@_attrs_define
class RiskSettingsDto:
    """
    Attributes:
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
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        selected: bool | None | Unset
        if isinstance(self.selected, Unset):
            selected = UNSET
        else:
            selected = self.selected

        built_in: bool | None | Unset
        if isinstance(self.built_in, Unset):
            built_in = UNSET
        else:
            built_in = self.built_in

        impact_unit: None | str | Unset
        if isinstance(self.impact_unit, Unset):
            impact_unit = UNSET
        else:
            impact_unit = self.impact_unit

        probability_unit: None | str | Unset
        if isinstance(self.probability_unit, Unset):
            probability_unit = UNSET
        else:
            probability_unit = self.probability_unit

        date_update: None | str | Unset
        if isinstance(self.date_update, Unset):
            date_update = UNSET
        elif isinstance(self.date_update, datetime.datetime):
            date_update = self.date_update.isoformat()
        else:
            date_update = self.date_update

        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        max_value: int | None | Unset
        if isinstance(self.max_value, Unset):
            max_value = UNSET
        else:
            max_value = self.max_value

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if label is not UNSET:
            field_dict["label"] = label
        if selected is not UNSET:
            field_dict["selected"] = selected
        if built_in is not UNSET:
            field_dict["builtIn"] = built_in
        if impact_unit is not UNSET:
            field_dict["impactUnit"] = impact_unit
        if probability_unit is not UNSET:
            field_dict["probabilityUnit"] = probability_unit
        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        if max_value is not UNSET:
            field_dict["maxValue"] = max_value
        if matrix_colors is not UNSET:
            field_dict["matrixColors"] = matrix_colors
        if impact_scales is not UNSET:
            field_dict["impactScales"] = impact_scales
        if probability_scales is not UNSET:
            field_dict["probabilityScales"] = probability_scales

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.risk_scale_value import RiskScaleValue

        d = dict(src_dict)

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_selected(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        selected = _parse_selected(d.pop("selected", UNSET))

        def _parse_built_in(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        built_in = _parse_built_in(d.pop("builtIn", UNSET))

        def _parse_impact_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        impact_unit = _parse_impact_unit(d.pop("impactUnit", UNSET))

        def _parse_probability_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        probability_unit = _parse_probability_unit(d.pop("probabilityUnit", UNSET))

        def _parse_date_update(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_update_type_0 = datetime.datetime.fromisoformat(data)

                return date_update_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_update = _parse_date_update(d.pop("dateUpdate", UNSET))

        def _parse_date_creation(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_creation_type_0 = datetime.datetime.fromisoformat(data)

                return date_creation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_creation = _parse_date_creation(d.pop("dateCreation", UNSET))

        def _parse_max_value(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_value = _parse_max_value(d.pop("maxValue", UNSET))

        def _parse_matrix_colors(data: object) -> list[list[str]] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                matrix_colors_type_0 = []
                _matrix_colors_type_0 = data
                for matrix_colors_type_0_item_data in _matrix_colors_type_0:
                    matrix_colors_type_0_item = cast(list[str], matrix_colors_type_0_item_data)

                    matrix_colors_type_0.append(matrix_colors_type_0_item)

                return matrix_colors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[list[str]] | None | Unset, data)

        matrix_colors = _parse_matrix_colors(d.pop("matrixColors", UNSET))

        def _parse_impact_scales(data: object) -> list[RiskScaleValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                impact_scales_type_0 = []
                _impact_scales_type_0 = data
                for impact_scales_type_0_item_data in _impact_scales_type_0:
                    impact_scales_type_0_item = RiskScaleValue.from_dict(impact_scales_type_0_item_data)

                    impact_scales_type_0.append(impact_scales_type_0_item)

                return impact_scales_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RiskScaleValue] | None | Unset, data)

        impact_scales = _parse_impact_scales(d.pop("impactScales", UNSET))

        def _parse_probability_scales(data: object) -> list[RiskScaleValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                probability_scales_type_0 = []
                _probability_scales_type_0 = data
                for probability_scales_type_0_item_data in _probability_scales_type_0:
                    probability_scales_type_0_item = RiskScaleValue.from_dict(
                        probability_scales_type_0_item_data
                    )

                    probability_scales_type_0.append(probability_scales_type_0_item)

                return probability_scales_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RiskScaleValue] | None | Unset, data)

        probability_scales = _parse_probability_scales(d.pop("probabilityScales", UNSET))

        risk_settings_dto = cls(
            id=id,
            label=label,
            selected=selected,
            built_in=built_in,
            impact_unit=impact_unit,
            probability_unit=probability_unit,
            date_update=date_update,
            date_creation=date_creation,
            max_value=max_value,
            matrix_colors=matrix_colors,
            impact_scales=impact_scales,
            probability_scales=probability_scales,
        )

        risk_settings_dto.additional_properties = d
        return risk_settings_dto

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
