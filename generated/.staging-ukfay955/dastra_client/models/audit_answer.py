from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.impact_score import ImpactScore
from ..models.probability_score import ProbabilityScore
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
    from ..models.audit_task import AuditTask






def _parse_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data












def _parse_impact(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = ImpactScore._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_probability(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = ProbabilityScore._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_task_suggestions(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.AuditTask.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data



def _load_task_suggestions(source: Mapping[str, Any]) -> Any:
    return _parse_task_suggestions(source.get("taskSuggestions", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("id", "color", "rangeValue", "label", "description", "score", "nonApplicable", "goodAnswer", "impact", "probability", "taskSuggestions", ))

T = TypeVar("T", bound="AuditAnswer")



@_attrs_define
class AuditAnswer(LazyModel):
    """Attributes:
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

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "task_suggestions": _load_task_suggestions,
    }

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
        from ..models.audit_task import AuditTask  # noqa: PLC0415
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
        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        if color is not UNSET:
            field_dict["color"] = color
        range_value: int | None | Unset
        if isinstance(self.range_value, Unset):
            range_value = UNSET
        else:
            range_value = self.range_value

        if range_value is not UNSET:
            field_dict["rangeValue"] = range_value
        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        if label is not UNSET:
            field_dict["label"] = label
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        if description is not UNSET:
            field_dict["description"] = description
        score: float | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        if score is not UNSET:
            field_dict["score"] = score
        non_applicable: bool | None | Unset
        if isinstance(self.non_applicable, Unset):
            non_applicable = UNSET
        else:
            non_applicable = self.non_applicable

        if non_applicable is not UNSET:
            field_dict["nonApplicable"] = non_applicable
        good_answer: bool | None | Unset
        if isinstance(self.good_answer, Unset):
            good_answer = UNSET
        else:
            good_answer = self.good_answer

        if good_answer is not UNSET:
            field_dict["goodAnswer"] = good_answer
        impact: None | str | Unset
        if isinstance(self.impact, Unset):
            impact = UNSET
        elif isinstance(self.impact, ImpactScore):
            impact = self.impact.value
        else:
            impact = self.impact

        if impact is not UNSET:
            field_dict["impact"] = impact
        probability: None | str | Unset
        if isinstance(self.probability, Unset):
            probability = UNSET
        elif isinstance(self.probability, ProbabilityScore):
            probability = self.probability.value
        else:
            probability = self.probability

        if probability is not UNSET:
            field_dict["probability"] = probability
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

        if task_suggestions is not UNSET:
            field_dict["taskSuggestions"] = task_suggestions
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.color = src_dict.get("color", UNSET)
        parsed.range_value = src_dict.get("rangeValue", UNSET)
        parsed.label = src_dict.get("label", UNSET)
        parsed.description = src_dict.get("description", UNSET)
        parsed.score = src_dict.get("score", UNSET)
        parsed.non_applicable = src_dict.get("nonApplicable", UNSET)
        parsed.good_answer = src_dict.get("goodAnswer", UNSET)
        parsed.impact = _parse_impact(src_dict.get("impact", UNSET))
        parsed.probability = _parse_probability(src_dict.get("probability", UNSET))
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
