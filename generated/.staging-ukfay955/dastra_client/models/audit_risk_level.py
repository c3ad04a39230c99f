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








def _parse_probability(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = ProbabilityScore._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_impact(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = ImpactScore._value2member_map_.get(data)
    if member is not None:
        return member
    return data




def _parse_question_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




_KNOWN_KEYS: frozenset[str] = frozenset(("probability", "impact", "questionId", ))

T = TypeVar("T", bound="AuditRiskLevel")



@_attrs_define
class AuditRiskLevel(LazyModel):
    """Attributes:
        probability (None | ProbabilityScore | str | Unset):
        impact (ImpactScore | None | str | Unset):
        question_id (None | Unset | UUID):
"""


    probability: None | ProbabilityScore | str | Unset = UNSET
    impact: ImpactScore | None | str | Unset = UNSET
    question_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        probability: None | str | Unset
        if isinstance(self.probability, Unset):
            probability = UNSET
        elif isinstance(self.probability, ProbabilityScore):
            probability = self.probability.value
        else:
            probability = self.probability

        if probability is not UNSET:
            field_dict["probability"] = probability
        impact: None | str | Unset
        if isinstance(self.impact, Unset):
            impact = UNSET
        elif isinstance(self.impact, ImpactScore):
            impact = self.impact.value
        else:
            impact = self.impact

        if impact is not UNSET:
            field_dict["impact"] = impact
        question_id: None | str | Unset
        if isinstance(self.question_id, Unset):
            question_id = UNSET
        elif isinstance(self.question_id, UUID):
            question_id = str(self.question_id)
        else:
            question_id = self.question_id

        if question_id is not UNSET:
            field_dict["questionId"] = question_id
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.probability = _parse_probability(src_dict.get("probability", UNSET))
        parsed.impact = _parse_impact(src_dict.get("impact", UNSET))
        parsed.question_id = _parse_question_id(src_dict.get("questionId", UNSET))
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
