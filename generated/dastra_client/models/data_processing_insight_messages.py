from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_processing_insight import DataProcessingInsight
    from ..models.score_output import ScoreOutput


T = TypeVar("T", bound="DataProcessingInsightMessages")


@_attrs_define
class DataProcessingInsightMessages:
    """
    Attributes:
        progression_score (None | ScoreOutput | Unset):
        progression (float | None | Unset):
        quality_score (None | ScoreOutput | Unset):
        quality (float | None | Unset):
        sensitivity_score (None | ScoreOutput | Unset):
        sensitivity (float | None | Unset):
        nb_warnings (int | None | Unset):
        insights (list[DataProcessingInsight] | None | Unset):
    """

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

        progression_score: dict[str, Any] | None | Unset
        if isinstance(self.progression_score, Unset):
            progression_score = UNSET
        elif isinstance(self.progression_score, ScoreOutput):
            progression_score = self.progression_score.to_dict()
        else:
            progression_score = self.progression_score

        progression: float | None | Unset
        if isinstance(self.progression, Unset):
            progression = UNSET
        else:
            progression = self.progression

        quality_score: dict[str, Any] | None | Unset
        if isinstance(self.quality_score, Unset):
            quality_score = UNSET
        elif isinstance(self.quality_score, ScoreOutput):
            quality_score = self.quality_score.to_dict()
        else:
            quality_score = self.quality_score

        quality: float | None | Unset
        if isinstance(self.quality, Unset):
            quality = UNSET
        else:
            quality = self.quality

        sensitivity_score: dict[str, Any] | None | Unset
        if isinstance(self.sensitivity_score, Unset):
            sensitivity_score = UNSET
        elif isinstance(self.sensitivity_score, ScoreOutput):
            sensitivity_score = self.sensitivity_score.to_dict()
        else:
            sensitivity_score = self.sensitivity_score

        sensitivity: float | None | Unset
        if isinstance(self.sensitivity, Unset):
            sensitivity = UNSET
        else:
            sensitivity = self.sensitivity

        nb_warnings: int | None | Unset
        if isinstance(self.nb_warnings, Unset):
            nb_warnings = UNSET
        else:
            nb_warnings = self.nb_warnings

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if progression_score is not UNSET:
            field_dict["progressionScore"] = progression_score
        if progression is not UNSET:
            field_dict["progression"] = progression
        if quality_score is not UNSET:
            field_dict["qualityScore"] = quality_score
        if quality is not UNSET:
            field_dict["quality"] = quality
        if sensitivity_score is not UNSET:
            field_dict["sensitivityScore"] = sensitivity_score
        if sensitivity is not UNSET:
            field_dict["sensitivity"] = sensitivity
        if nb_warnings is not UNSET:
            field_dict["nbWarnings"] = nb_warnings
        if insights is not UNSET:
            field_dict["insights"] = insights

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_processing_insight import DataProcessingInsight
        from ..models.score_output import ScoreOutput

        d = dict(src_dict)

        def _parse_progression_score(data: object) -> None | ScoreOutput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                progression_score_type_1 = ScoreOutput.from_dict(data)

                return progression_score_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScoreOutput | Unset, data)

        progression_score = _parse_progression_score(d.pop("progressionScore", UNSET))

        def _parse_progression(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        progression = _parse_progression(d.pop("progression", UNSET))

        def _parse_quality_score(data: object) -> None | ScoreOutput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                quality_score_type_1 = ScoreOutput.from_dict(data)

                return quality_score_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScoreOutput | Unset, data)

        quality_score = _parse_quality_score(d.pop("qualityScore", UNSET))

        def _parse_quality(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        quality = _parse_quality(d.pop("quality", UNSET))

        def _parse_sensitivity_score(data: object) -> None | ScoreOutput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sensitivity_score_type_1 = ScoreOutput.from_dict(data)

                return sensitivity_score_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScoreOutput | Unset, data)

        sensitivity_score = _parse_sensitivity_score(d.pop("sensitivityScore", UNSET))

        def _parse_sensitivity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        sensitivity = _parse_sensitivity(d.pop("sensitivity", UNSET))

        def _parse_nb_warnings(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_warnings = _parse_nb_warnings(d.pop("nbWarnings", UNSET))

        def _parse_insights(data: object) -> list[DataProcessingInsight] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                insights_type_0 = []
                _insights_type_0 = data
                for insights_type_0_item_data in _insights_type_0:
                    insights_type_0_item = DataProcessingInsight.from_dict(insights_type_0_item_data)

                    insights_type_0.append(insights_type_0_item)

                return insights_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DataProcessingInsight] | None | Unset, data)

        insights = _parse_insights(d.pop("insights", UNSET))

        data_processing_insight_messages = cls(
            progression_score=progression_score,
            progression=progression,
            quality_score=quality_score,
            quality=quality,
            sensitivity_score=sensitivity_score,
            sensitivity=sensitivity,
            nb_warnings=nb_warnings,
            insights=insights,
        )

        data_processing_insight_messages.additional_properties = d
        return data_processing_insight_messages

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
