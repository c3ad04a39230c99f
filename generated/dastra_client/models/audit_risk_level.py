from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.impact_score import ImpactScore
from ..models.probability_score import ProbabilityScore
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditRiskLevel")


@_attrs_define
class AuditRiskLevel:
    """
    Attributes:
        probability (None | ProbabilityScore | str | Unset):
        impact (ImpactScore | None | str | Unset):
        question_id (None | Unset | UUID):
    """

    probability: None | ProbabilityScore | str | Unset = UNSET
    impact: ImpactScore | None | str | Unset = UNSET
    question_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        probability: None | str | Unset
        if isinstance(self.probability, Unset):
            probability = UNSET
        elif isinstance(self.probability, ProbabilityScore):
            probability = self.probability.value
        else:
            probability = self.probability

        impact: None | str | Unset
        if isinstance(self.impact, Unset):
            impact = UNSET
        elif isinstance(self.impact, ImpactScore):
            impact = self.impact.value
        else:
            impact = self.impact

        question_id: None | str | Unset
        if isinstance(self.question_id, Unset):
            question_id = UNSET
        elif isinstance(self.question_id, UUID):
            question_id = str(self.question_id)
        else:
            question_id = self.question_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if probability is not UNSET:
            field_dict["probability"] = probability
        if impact is not UNSET:
            field_dict["impact"] = impact
        if question_id is not UNSET:
            field_dict["questionId"] = question_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_probability(data: object) -> None | ProbabilityScore | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                probability_type_0 = ProbabilityScore(data)

                return probability_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProbabilityScore | str | Unset, data)

        probability = _parse_probability(d.pop("probability", UNSET))

        def _parse_impact(data: object) -> ImpactScore | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                impact_type_0 = ImpactScore(data)

                return impact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImpactScore | None | str | Unset, data)

        impact = _parse_impact(d.pop("impact", UNSET))

        def _parse_question_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                question_id_type_0 = UUID(data)

                return question_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        question_id = _parse_question_id(d.pop("questionId", UNSET))

        audit_risk_level = cls(
            probability=probability,
            impact=impact,
            question_id=question_id,
        )

        audit_risk_level.additional_properties = d
        return audit_risk_level

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
