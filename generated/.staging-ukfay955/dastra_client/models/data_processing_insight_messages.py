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

if TYPE_CHECKING:
    from ..models.data_processing_insight import DataProcessingInsight
    from ..models.score_output import ScoreOutput






def _parse_progression_score(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.ScoreOutput.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_quality_score(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.ScoreOutput.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_sensitivity_score(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.ScoreOutput.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data







def _parse_insights(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.DataProcessingInsight.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data



def _load_progression_score(source: Mapping[str, Any]) -> Any:
    return _parse_progression_score(source.get("progressionScore", UNSET))

def _load_quality_score(source: Mapping[str, Any]) -> Any:
    return _parse_quality_score(source.get("qualityScore", UNSET))

def _load_sensitivity_score(source: Mapping[str, Any]) -> Any:
    return _parse_sensitivity_score(source.get("sensitivityScore", UNSET))

def _load_insights(source: Mapping[str, Any]) -> Any:
    return _parse_insights(source.get("insights", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("progressionScore", "progression", "qualityScore", "quality", "sensitivityScore", "sensitivity", "nbWarnings", "insights", ))

T = TypeVar("T", bound="DataProcessingInsightMessages")



@_attrs_define
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

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
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
        from ..models.data_processing_insight import DataProcessingInsight  # noqa: PLC0415
        from ..models.score_output import ScoreOutput  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        progression_score: dict[str, Any] | None | Unset
        if isinstance(self.progression_score, Unset):
            progression_score = UNSET
        elif isinstance(self.progression_score, ScoreOutput):
            progression_score = self.progression_score.to_dict()
        else:
            progression_score = self.progression_score

        if progression_score is not UNSET:
            field_dict["progressionScore"] = progression_score
        progression: float | None | Unset
        if isinstance(self.progression, Unset):
            progression = UNSET
        else:
            progression = self.progression

        if progression is not UNSET:
            field_dict["progression"] = progression
        quality_score: dict[str, Any] | None | Unset
        if isinstance(self.quality_score, Unset):
            quality_score = UNSET
        elif isinstance(self.quality_score, ScoreOutput):
            quality_score = self.quality_score.to_dict()
        else:
            quality_score = self.quality_score

        if quality_score is not UNSET:
            field_dict["qualityScore"] = quality_score
        quality: float | None | Unset
        if isinstance(self.quality, Unset):
            quality = UNSET
        else:
            quality = self.quality

        if quality is not UNSET:
            field_dict["quality"] = quality
        sensitivity_score: dict[str, Any] | None | Unset
        if isinstance(self.sensitivity_score, Unset):
            sensitivity_score = UNSET
        elif isinstance(self.sensitivity_score, ScoreOutput):
            sensitivity_score = self.sensitivity_score.to_dict()
        else:
            sensitivity_score = self.sensitivity_score

        if sensitivity_score is not UNSET:
            field_dict["sensitivityScore"] = sensitivity_score
        sensitivity: float | None | Unset
        if isinstance(self.sensitivity, Unset):
            sensitivity = UNSET
        else:
            sensitivity = self.sensitivity

        if sensitivity is not UNSET:
            field_dict["sensitivity"] = sensitivity
        nb_warnings: int | None | Unset
        if isinstance(self.nb_warnings, Unset):
            nb_warnings = UNSET
        else:
            nb_warnings = self.nb_warnings

        if nb_warnings is not UNSET:
            field_dict["nbWarnings"] = nb_warnings
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
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.progression = src_dict.get("progression", UNSET)
        parsed.quality = src_dict.get("quality", UNSET)
        parsed.sensitivity = src_dict.get("sensitivity", UNSET)
        parsed.nb_warnings = src_dict.get("nbWarnings", UNSET)
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
