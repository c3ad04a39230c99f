from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.impact_score import ImpactScore
from ..models.probability_score import ProbabilityScore
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_task import AuditTask


T = TypeVar("T", bound="AuditAnswer")


@_attrs_define
class AuditAnswer:
    """
    Attributes:
        id (None | Unset | UUID):
        color (None | str | Unset):
        range_value (int | None | Unset):
        label (None | str | Unset):
        description (None | str | Unset):
        score (float | None | Unset):
        non_applicable (bool | None | Unset):
        good_answer (bool | None | Unset):
        impact (ImpactScore | None | str | Unset):
        probability (None | ProbabilityScore | str | Unset):
        task_suggestions (list[AuditTask] | None | Unset):
    """

    id: None | Unset | UUID = UNSET
    color: None | str | Unset = UNSET
    range_value: int | None | Unset = UNSET
    label: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    score: float | None | Unset = UNSET
    non_applicable: bool | None | Unset = UNSET
    good_answer: bool | None | Unset = UNSET
    impact: ImpactScore | None | str | Unset = UNSET
    probability: None | ProbabilityScore | str | Unset = UNSET
    task_suggestions: list[AuditTask] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        range_value: int | None | Unset
        if isinstance(self.range_value, Unset):
            range_value = UNSET
        else:
            range_value = self.range_value

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        score: float | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        non_applicable: bool | None | Unset
        if isinstance(self.non_applicable, Unset):
            non_applicable = UNSET
        else:
            non_applicable = self.non_applicable

        good_answer: bool | None | Unset
        if isinstance(self.good_answer, Unset):
            good_answer = UNSET
        else:
            good_answer = self.good_answer

        impact: None | str | Unset
        if isinstance(self.impact, Unset):
            impact = UNSET
        elif isinstance(self.impact, ImpactScore):
            impact = self.impact.value
        else:
            impact = self.impact

        probability: None | str | Unset
        if isinstance(self.probability, Unset):
            probability = UNSET
        elif isinstance(self.probability, ProbabilityScore):
            probability = self.probability.value
        else:
            probability = self.probability

        task_suggestions: list[dict[str, Any]] | None | Unset
        if isinstance(self.task_suggestions, Unset):
            task_suggestions = UNSET
        elif isinstance(self.task_suggestions, list):
            task_suggestions = []
            for task_suggestions_type_0_item_data in self.task_suggestions:
                task_suggestions_type_0_item = task_suggestions_type_0_item_data.to_dict()
                task_suggestions.append(task_suggestions_type_0_item)

        else:
            task_suggestions = self.task_suggestions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if color is not UNSET:
            field_dict["color"] = color
        if range_value is not UNSET:
            field_dict["rangeValue"] = range_value
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if score is not UNSET:
            field_dict["score"] = score
        if non_applicable is not UNSET:
            field_dict["nonApplicable"] = non_applicable
        if good_answer is not UNSET:
            field_dict["goodAnswer"] = good_answer
        if impact is not UNSET:
            field_dict["impact"] = impact
        if probability is not UNSET:
            field_dict["probability"] = probability
        if task_suggestions is not UNSET:
            field_dict["taskSuggestions"] = task_suggestions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_task import AuditTask

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

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        def _parse_range_value(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        range_value = _parse_range_value(d.pop("rangeValue", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

        def _parse_non_applicable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        non_applicable = _parse_non_applicable(d.pop("nonApplicable", UNSET))

        def _parse_good_answer(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        good_answer = _parse_good_answer(d.pop("goodAnswer", UNSET))

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

        def _parse_task_suggestions(data: object) -> list[AuditTask] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                task_suggestions_type_0 = []
                _task_suggestions_type_0 = data
                for task_suggestions_type_0_item_data in _task_suggestions_type_0:
                    task_suggestions_type_0_item = AuditTask.from_dict(task_suggestions_type_0_item_data)

                    task_suggestions_type_0.append(task_suggestions_type_0_item)

                return task_suggestions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AuditTask] | None | Unset, data)

        task_suggestions = _parse_task_suggestions(d.pop("taskSuggestions", UNSET))

        audit_answer = cls(
            id=id,
            color=color,
            range_value=range_value,
            label=label,
            description=description,
            score=score,
            non_applicable=non_applicable,
            good_answer=good_answer,
            impact=impact,
            probability=probability,
            task_suggestions=task_suggestions,
        )

        audit_answer.additional_properties = d
        return audit_answer

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
