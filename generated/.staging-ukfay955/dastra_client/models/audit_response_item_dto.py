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
import datetime









def _parse_date_creation(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
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




_KNOWN_KEYS: frozenset[str] = frozenset(("questionId", "questionSlug", "dateCreation", "value", "description", "internalDescription", "impact", "probability", ))

T = TypeVar("T", bound="AuditResponseItemDto")



@_attrs_define
class AuditResponseItemDto(LazyModel):
    """Attributes:
        question_id (UUID):
        question_slug (str):
        date_creation (datetime.datetime | None | Unset):
        value (Any | Unset):
        description (None | str | Unset):
        internal_description (None | str | Unset):
        impact (ImpactScore | None | str | Unset):
        probability (None | ProbabilityScore | str | Unset):
"""


    question_id: UUID
    question_slug: str
    date_creation: datetime.datetime | None | Unset = UNSET
    value: Any | Unset = UNSET
    description: None | str | Unset = UNSET
    internal_description: None | str | Unset = UNSET
    impact: ImpactScore | None | str | Unset = UNSET
    probability: None | ProbabilityScore | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        question_id = str(self.question_id)

        field_dict["questionId"] = question_id
        question_slug = self.question_slug

        field_dict["questionSlug"] = question_slug
        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        value = self.value

        if value is not UNSET:
            field_dict["value"] = value
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        if description is not UNSET:
            field_dict["description"] = description
        internal_description: None | str | Unset
        if isinstance(self.internal_description, Unset):
            internal_description = UNSET
        else:
            internal_description = self.internal_description

        if internal_description is not UNSET:
            field_dict["internalDescription"] = internal_description
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
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.question_id = UUID(src_dict["questionId"])
        parsed.question_slug = src_dict["questionSlug"]
        parsed.date_creation = _parse_date_creation(src_dict.get("dateCreation", UNSET))
        parsed.value = src_dict.get("value", UNSET)
        parsed.description = src_dict.get("description", UNSET)
        parsed.internal_description = src_dict.get("internalDescription", UNSET)
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
