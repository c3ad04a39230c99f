from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_processing_insight_messages import DataProcessingInsightMessages


T = TypeVar("T", bound="ProgressionDto")


@_attrs_define
class ProgressionDto:
    """
    Attributes:
        id (None | Unset | UUID):
        progression (float | None | Unset):
        quality (float | None | Unset):
        sensitivity (float | None | Unset):
        insights (DataProcessingInsightMessages | None | Unset):
    """

    id: None | Unset | UUID = UNSET
    progression: float | None | Unset = UNSET
    quality: float | None | Unset = UNSET
    sensitivity: float | None | Unset = UNSET
    insights: DataProcessingInsightMessages | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.data_processing_insight_messages import DataProcessingInsightMessages

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        progression: float | None | Unset
        if isinstance(self.progression, Unset):
            progression = UNSET
        else:
            progression = self.progression

        quality: float | None | Unset
        if isinstance(self.quality, Unset):
            quality = UNSET
        else:
            quality = self.quality

        sensitivity: float | None | Unset
        if isinstance(self.sensitivity, Unset):
            sensitivity = UNSET
        else:
            sensitivity = self.sensitivity

        insights: dict[str, Any] | None | Unset
        if isinstance(self.insights, Unset):
            insights = UNSET
        elif isinstance(self.insights, DataProcessingInsightMessages):
            insights = self.insights.to_dict()
        else:
            insights = self.insights

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if progression is not UNSET:
            field_dict["progression"] = progression
        if quality is not UNSET:
            field_dict["quality"] = quality
        if sensitivity is not UNSET:
            field_dict["sensitivity"] = sensitivity
        if insights is not UNSET:
            field_dict["insights"] = insights

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_processing_insight_messages import DataProcessingInsightMessages

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

        def _parse_progression(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        progression = _parse_progression(d.pop("progression", UNSET))

        def _parse_quality(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        quality = _parse_quality(d.pop("quality", UNSET))

        def _parse_sensitivity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        sensitivity = _parse_sensitivity(d.pop("sensitivity", UNSET))

        def _parse_insights(data: object) -> DataProcessingInsightMessages | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                insights_type_1 = DataProcessingInsightMessages.from_dict(data)

                return insights_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataProcessingInsightMessages | None | Unset, data)

        insights = _parse_insights(d.pop("insights", UNSET))

        progression_dto = cls(
            id=id,
            progression=progression,
            quality=quality,
            sensitivity=sensitivity,
            insights=insights,
        )

        progression_dto.additional_properties = d
        return progression_dto

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
