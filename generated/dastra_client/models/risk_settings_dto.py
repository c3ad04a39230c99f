from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import FieldValidationError
from .._lazy import (
    EAGER,
    LazyModel,
    Misfit,
    deferred,
    each,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.risk_scale_value import RiskScaleValue
else:
    RiskScaleValue = deferred(globals(), "RiskScaleValue", "..models.risk_scale_value")


def _parse_matrix_colors(data: Any) -> Any:
    if data is UNSET:
        return data
    if isinstance(data, list):
        return each(data, _parse_matrix_colors_1_item)

    if data is None:
        return None

    raise Misfit(data)


def _parse_matrix_colors_1_item(data: Any) -> Any:
    if isinstance(data, list):
        return each(data, _parse_matrix_colors_1_item_item)

    raise Misfit(data)


def _parse_matrix_colors_1_item_item(data: Any) -> Any:
    if isinstance(data, str):
        return data

    raise Misfit(data)


def _load_impact_scales(model: RiskSettingsDto, source: Mapping[str, Any]) -> Any:
    value = source.get("impactScales", UNSET)
    if value is None or value is UNSET:
        model.impact_scales = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.impact_scales = result = list(map(RiskScaleValue.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "impact_scales",
                "impactScales",
                "list[RiskScaleValue] | None",
                value,
                items=RiskScaleValue.from_dict,
            )
    else:
        result = invalid(model, "impact_scales", "impactScales", "list[RiskScaleValue] | None", value)
    return result


def _load_probability_scales(model: RiskSettingsDto, source: Mapping[str, Any]) -> Any:
    value = source.get("probabilityScales", UNSET)
    if value is None or value is UNSET:
        model.probability_scales = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.probability_scales = result = list(map(RiskScaleValue.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "probability_scales",
                "probabilityScales",
                "list[RiskScaleValue] | None",
                value,
                items=RiskScaleValue.from_dict,
            )
    else:
        result = invalid(
            model, "probability_scales", "probabilityScales", "list[RiskScaleValue] | None", value
        )
    return result


_KEYS: Final[tuple[str, ...]] = (
    "id",
    "label",
    "selected",
    "builtIn",
    "impactUnit",
    "probabilityUnit",
    "dateUpdate",
    "dateCreation",
    "maxValue",
    "matrixColors",
    "impactScales",
    "probabilityScales",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "id": UNSET,
    "label": UNSET,
    "selected": UNSET,
    "builtIn": UNSET,
    "impactUnit": UNSET,
    "probabilityUnit": UNSET,
    "dateUpdate": UNSET,
    "dateCreation": UNSET,
    "maxValue": UNSET,
    "matrixColors": UNSET,
    "impactScales": UNSET,
    "probabilityScales": UNSET,
}

T = TypeVar("T", bound="RiskSettingsDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("label", "label"),
        ("selected", "selected"),
        ("built_in", "builtIn"),
        ("impact_unit", "impactUnit"),
        ("probability_unit", "probabilityUnit"),
        ("date_update", "dateUpdate"),
        ("date_creation", "dateCreation"),
        ("max_value", "maxValue"),
        ("matrix_colors", "matrixColors"),
        ("impact_scales", "impactScales"),
        ("probability_scales", "probabilityScales"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
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
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "id" not in unreadable:
            id: None | str | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            elif isinstance(self.id, UUID):
                id = str(self.id)
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "label" not in unreadable:
            label: None | str | Unset
            if isinstance(self.label, Unset):
                label = UNSET
            else:
                label = self.label

            if label is not UNSET:
                field_dict["label"] = label
        if "selected" not in unreadable:
            selected: bool | None | Unset
            if isinstance(self.selected, Unset):
                selected = UNSET
            else:
                selected = self.selected

            if selected is not UNSET:
                field_dict["selected"] = selected
        if "built_in" not in unreadable:
            built_in: bool | None | Unset
            if isinstance(self.built_in, Unset):
                built_in = UNSET
            else:
                built_in = self.built_in

            if built_in is not UNSET:
                field_dict["builtIn"] = built_in
        if "impact_unit" not in unreadable:
            impact_unit: None | str | Unset
            if isinstance(self.impact_unit, Unset):
                impact_unit = UNSET
            else:
                impact_unit = self.impact_unit

            if impact_unit is not UNSET:
                field_dict["impactUnit"] = impact_unit
        if "probability_unit" not in unreadable:
            probability_unit: None | str | Unset
            if isinstance(self.probability_unit, Unset):
                probability_unit = UNSET
            else:
                probability_unit = self.probability_unit

            if probability_unit is not UNSET:
                field_dict["probabilityUnit"] = probability_unit
        if "date_update" not in unreadable:
            date_update: None | str | Unset
            if isinstance(self.date_update, Unset):
                date_update = UNSET
            elif isinstance(self.date_update, datetime.datetime):
                date_update = self.date_update.isoformat()
            else:
                date_update = self.date_update

            if date_update is not UNSET:
                field_dict["dateUpdate"] = date_update
        if "date_creation" not in unreadable:
            date_creation: None | str | Unset
            if isinstance(self.date_creation, Unset):
                date_creation = UNSET
            elif isinstance(self.date_creation, datetime.datetime):
                date_creation = self.date_creation.isoformat()
            else:
                date_creation = self.date_creation

            if date_creation is not UNSET:
                field_dict["dateCreation"] = date_creation
        if "max_value" not in unreadable:
            max_value: int | None | Unset
            if isinstance(self.max_value, Unset):
                max_value = UNSET
            else:
                max_value = self.max_value

            if max_value is not UNSET:
                field_dict["maxValue"] = max_value
        if "matrix_colors" not in unreadable:
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
        if "impact_scales" not in unreadable:
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
        if "probability_scales" not in unreadable:
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
            if len(src_dict) >= 12:
                values = _KNOWN_VALUES(src_dict)
            else:  # a known key is absent (no KeyError raised and caught for it)
                values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except KeyError:  # unknown keys in place of known ones
            values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except (TypeError, AttributeError):  # a list, a string, a number...: not an object
            raise not_an_object(cls, src_dict) from None
        parsed = cls.__new__(cls)
        absent = 0  # the known keys the object lacks: its other keys are unknown ones if len() says more
        # Optional nested values are parsed on first access (LazyModel), or now in eager mode.
        eager = EAGER.get()
        if not eager:
            parsed._source = src_dict
        value = values[0]
        if value is None:
            parsed.id = None
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            try:
                parsed.id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "id", "id", "UUID | None", value)

        value = values[1]
        if isinstance(value, str) or value is None:
            parsed.label = value
        elif value is UNSET:
            parsed.label = UNSET
            absent += 1
        else:
            invalid(parsed, "label", "label", "str | None", value)

        value = values[2]
        if type(value) is bool or value is None:
            parsed.selected = value
        elif value is UNSET:
            parsed.selected = UNSET
            absent += 1
        else:
            invalid(parsed, "selected", "selected", "bool | None", value)

        value = values[3]
        if type(value) is bool or value is None:
            parsed.built_in = value
        elif value is UNSET:
            parsed.built_in = UNSET
            absent += 1
        else:
            invalid(parsed, "built_in", "builtIn", "bool | None", value)

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.impact_unit = value
        elif value is UNSET:
            parsed.impact_unit = UNSET
            absent += 1
        else:
            invalid(parsed, "impact_unit", "impactUnit", "str | None", value)

        value = values[5]
        if isinstance(value, str) or value is None:
            parsed.probability_unit = value
        elif value is UNSET:
            parsed.probability_unit = UNSET
            absent += 1
        else:
            invalid(parsed, "probability_unit", "probabilityUnit", "str | None", value)

        value = values[6]
        if value is None:
            parsed.date_update = None
        elif value is UNSET:
            parsed.date_update = UNSET
            absent += 1
        else:
            try:
                parsed.date_update = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_update", "dateUpdate", "datetime.datetime | None", value)

        value = values[7]
        if value is None:
            parsed.date_creation = None
        elif value is UNSET:
            parsed.date_creation = UNSET
            absent += 1
        else:
            try:
                parsed.date_creation = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_creation", "dateCreation", "datetime.datetime | None", value)

        value = values[8]
        if type(value) is int or value is None:
            parsed.max_value = value
        elif value is UNSET:
            parsed.max_value = UNSET
            absent += 1
        else:
            invalid(parsed, "max_value", "maxValue", "int | None", value)

        value = values[9]
        try:
            parsed.matrix_colors = _parse_matrix_colors(value)
        except Misfit as misfit:
            invalid(parsed, "matrix_colors", "matrixColors", "list[list[str]] | None", value, misfit)

        if value is UNSET:
            absent += 1

        value = values[10]
        if value is None:
            parsed.impact_scales = None
        elif value is UNSET:
            parsed.impact_scales = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.impact_scales = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.impact_scales = list(map(RiskScaleValue.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "impact_scales",
                        "impactScales",
                        "list[RiskScaleValue] | None",
                        value,
                        items=RiskScaleValue.from_dict,
                    )
            else:
                invalid(parsed, "impact_scales", "impactScales", "list[RiskScaleValue] | None", value)

        value = values[11]
        if value is None:
            parsed.probability_scales = None
        elif value is UNSET:
            parsed.probability_scales = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.probability_scales = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.probability_scales = list(map(RiskScaleValue.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "probability_scales",
                        "probabilityScales",
                        "list[RiskScaleValue] | None",
                        value,
                        items=RiskScaleValue.from_dict,
                    )
            else:
                invalid(
                    parsed, "probability_scales", "probabilityScales", "list[RiskScaleValue] | None", value
                )

        if len(src_dict) + absent == 12:  # every key is a known one
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
