from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import FieldValidationError, VariantMismatchError
from .._lazy import (
    EAGER,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_processing_insight import DataProcessingInsight
    from ..models.score_output import ScoreOutput
else:
    DataProcessingInsight = deferred(globals(), "DataProcessingInsight", "..models.data_processing_insight")
    ScoreOutput = deferred(globals(), "ScoreOutput", "..models.score_output")


def _load_progression_score(model: DataProcessingInsightMessages, source: Mapping[str, Any]) -> Any:
    value = source.get("progressionScore", UNSET)
    if value is None or value is UNSET:
        model.progression_score = value
        return value
    if isinstance(value, dict):
        try:
            model.progression_score = result = ScoreOutput.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "progression_score", "progressionScore", "ScoreOutput | None", value)
    else:
        result = invalid(model, "progression_score", "progressionScore", "ScoreOutput | None", value)
    return result


def _load_quality_score(model: DataProcessingInsightMessages, source: Mapping[str, Any]) -> Any:
    value = source.get("qualityScore", UNSET)
    if value is None or value is UNSET:
        model.quality_score = value
        return value
    if isinstance(value, dict):
        try:
            model.quality_score = result = ScoreOutput.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "quality_score", "qualityScore", "ScoreOutput | None", value)
    else:
        result = invalid(model, "quality_score", "qualityScore", "ScoreOutput | None", value)
    return result


def _load_sensitivity_score(model: DataProcessingInsightMessages, source: Mapping[str, Any]) -> Any:
    value = source.get("sensitivityScore", UNSET)
    if value is None or value is UNSET:
        model.sensitivity_score = value
        return value
    if isinstance(value, dict):
        try:
            model.sensitivity_score = result = ScoreOutput.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "sensitivity_score", "sensitivityScore", "ScoreOutput | None", value)
    else:
        result = invalid(model, "sensitivity_score", "sensitivityScore", "ScoreOutput | None", value)
    return result


def _load_insights(model: DataProcessingInsightMessages, source: Mapping[str, Any]) -> Any:
    value = source.get("insights", UNSET)
    if value is None or value is UNSET:
        model.insights = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.insights = result = list(map(DataProcessingInsight.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "insights",
                "insights",
                "list[DataProcessingInsight] | None",
                value,
                items=DataProcessingInsight.from_dict,
            )
    else:
        result = invalid(model, "insights", "insights", "list[DataProcessingInsight] | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "progressionScore",
    "progression",
    "qualityScore",
    "quality",
    "sensitivityScore",
    "sensitivity",
    "nbWarnings",
    "insights",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "progressionScore": UNSET,
    "progression": UNSET,
    "qualityScore": UNSET,
    "quality": UNSET,
    "sensitivityScore": UNSET,
    "sensitivity": UNSET,
    "nbWarnings": UNSET,
    "insights": UNSET,
}

T = TypeVar("T", bound="DataProcessingInsightMessages")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DataProcessingInsightMessages(LazyModel):
    """Attributes:
    progression_score (None | ScoreOutput | Unset):
    progression (float | None | Unset):
    quality_score (None | ScoreOutput | Unset):
    quality (float | None | Unset):
    sensitivity_score (None | ScoreOutput | Unset):
    sensitivity (float | None | Unset):
    nb_warnings (int | None | Unset):
    insights (list[DataProcessingInsight] | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("progression_score", "progressionScore"),
        ("progression", "progression"),
        ("quality_score", "qualityScore"),
        ("quality", "quality"),
        ("sensitivity_score", "sensitivityScore"),
        ("sensitivity", "sensitivity"),
        ("nb_warnings", "nbWarnings"),
        ("insights", "insights"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "progression_score": _load_progression_score,
        "quality_score": _load_quality_score,
        "sensitivity_score": _load_sensitivity_score,
        "insights": _load_insights,
    }

    progression_score: None | ScoreOutput | Unset = UNSET
    progression: float | None | Unset = UNSET
    quality_score: None | ScoreOutput | Unset = UNSET
    quality: float | None | Unset = UNSET
    sensitivity_score: None | ScoreOutput | Unset = UNSET
    sensitivity: float | None | Unset = UNSET
    nb_warnings: int | None | Unset = UNSET
    insights: list[DataProcessingInsight] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.score_output import ScoreOutput

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "progression_score" not in unreadable:
            progression_score: dict[str, Any] | None | Unset
            if isinstance(self.progression_score, Unset):
                progression_score = UNSET
            elif isinstance(self.progression_score, ScoreOutput):
                progression_score = self.progression_score.to_dict()
            else:
                progression_score = self.progression_score

            if progression_score is not UNSET:
                field_dict["progressionScore"] = progression_score
        if "progression" not in unreadable:
            progression: float | None | Unset
            if isinstance(self.progression, Unset):
                progression = UNSET
            else:
                progression = self.progression

            if progression is not UNSET:
                field_dict["progression"] = progression
        if "quality_score" not in unreadable:
            quality_score: dict[str, Any] | None | Unset
            if isinstance(self.quality_score, Unset):
                quality_score = UNSET
            elif isinstance(self.quality_score, ScoreOutput):
                quality_score = self.quality_score.to_dict()
            else:
                quality_score = self.quality_score

            if quality_score is not UNSET:
                field_dict["qualityScore"] = quality_score
        if "quality" not in unreadable:
            quality: float | None | Unset
            if isinstance(self.quality, Unset):
                quality = UNSET
            else:
                quality = self.quality

            if quality is not UNSET:
                field_dict["quality"] = quality
        if "sensitivity_score" not in unreadable:
            sensitivity_score: dict[str, Any] | None | Unset
            if isinstance(self.sensitivity_score, Unset):
                sensitivity_score = UNSET
            elif isinstance(self.sensitivity_score, ScoreOutput):
                sensitivity_score = self.sensitivity_score.to_dict()
            else:
                sensitivity_score = self.sensitivity_score

            if sensitivity_score is not UNSET:
                field_dict["sensitivityScore"] = sensitivity_score
        if "sensitivity" not in unreadable:
            sensitivity: float | None | Unset
            if isinstance(self.sensitivity, Unset):
                sensitivity = UNSET
            else:
                sensitivity = self.sensitivity

            if sensitivity is not UNSET:
                field_dict["sensitivity"] = sensitivity
        if "nb_warnings" not in unreadable:
            nb_warnings: int | None | Unset
            if isinstance(self.nb_warnings, Unset):
                nb_warnings = UNSET
            else:
                nb_warnings = self.nb_warnings

            if nb_warnings is not UNSET:
                field_dict["nbWarnings"] = nb_warnings
        if "insights" not in unreadable:
            insights: list[dict[str, Any]] | None | Unset
            if isinstance(self.insights, Unset):
                insights = UNSET
            elif isinstance(self.insights, list):
                insights = []
                for insights_type_0_item_data in self.insights:
                    insights_type_0_item = insights_type_0_item_data.to_dict()
                    insights.append(insights_type_0_item)

            else:
                insights = self.insights

            if insights is not UNSET:
                field_dict["insights"] = insights
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
            if len(src_dict) >= 8:
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
            parsed.progression_score = None
        elif value is UNSET:
            parsed.progression_score = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.progression_score = ScoreOutput.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "progression_score", "progressionScore", "ScoreOutput | None", value)
            else:
                invalid(parsed, "progression_score", "progressionScore", "ScoreOutput | None", value)

        value = values[1]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.progression = value
        elif value is UNSET:
            parsed.progression = UNSET
            absent += 1
        else:
            invalid(parsed, "progression", "progression", "float | None", value)

        value = values[2]
        if value is None:
            parsed.quality_score = None
        elif value is UNSET:
            parsed.quality_score = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.quality_score = ScoreOutput.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "quality_score", "qualityScore", "ScoreOutput | None", value)
            else:
                invalid(parsed, "quality_score", "qualityScore", "ScoreOutput | None", value)

        value = values[3]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.quality = value
        elif value is UNSET:
            parsed.quality = UNSET
            absent += 1
        else:
            invalid(parsed, "quality", "quality", "float | None", value)

        value = values[4]
        if value is None:
            parsed.sensitivity_score = None
        elif value is UNSET:
            parsed.sensitivity_score = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.sensitivity_score = ScoreOutput.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "sensitivity_score", "sensitivityScore", "ScoreOutput | None", value)
            else:
                invalid(parsed, "sensitivity_score", "sensitivityScore", "ScoreOutput | None", value)

        value = values[5]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.sensitivity = value
        elif value is UNSET:
            parsed.sensitivity = UNSET
            absent += 1
        else:
            invalid(parsed, "sensitivity", "sensitivity", "float | None", value)

        value = values[6]
        if type(value) is int or value is None:
            parsed.nb_warnings = value
        elif value is UNSET:
            parsed.nb_warnings = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_warnings", "nbWarnings", "int | None", value)

        value = values[7]
        if value is None:
            parsed.insights = None
        elif value is UNSET:
            parsed.insights = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.insights = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.insights = list(map(DataProcessingInsight.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "insights",
                        "insights",
                        "list[DataProcessingInsight] | None",
                        value,
                        items=DataProcessingInsight.from_dict,
                    )
            else:
                invalid(parsed, "insights", "insights", "list[DataProcessingInsight] | None", value)

        if len(src_dict) + absent == 8:  # every key is a known one
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
