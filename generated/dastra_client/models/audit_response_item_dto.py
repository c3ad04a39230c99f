from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.impact_score import ImpactScore
from ..models.probability_score import ProbabilityScore
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditResponseItemDto")


@_attrs_define
class AuditResponseItemDto:
    """
    Attributes:
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
        question_id = str(self.question_id)

        question_slug = self.question_slug

        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        value = self.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        internal_description: None | str | Unset
        if isinstance(self.internal_description, Unset):
            internal_description = UNSET
        else:
            internal_description = self.internal_description

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "questionId": question_id,
                "questionSlug": question_slug,
            }
        )
        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        if value is not UNSET:
            field_dict["value"] = value
        if description is not UNSET:
            field_dict["description"] = description
        if internal_description is not UNSET:
            field_dict["internalDescription"] = internal_description
        if impact is not UNSET:
            field_dict["impact"] = impact
        if probability is not UNSET:
            field_dict["probability"] = probability

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        question_id = UUID(d.pop("questionId"))

        question_slug = d.pop("questionSlug")

        def _parse_date_creation(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_creation_type_0 = datetime.datetime.fromisoformat(data)

                return date_creation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_creation = _parse_date_creation(d.pop("dateCreation", UNSET))

        value = d.pop("value", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_internal_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        internal_description = _parse_internal_description(d.pop("internalDescription", UNSET))

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

        audit_response_item_dto = cls(
            question_id=question_id,
            question_slug=question_slug,
            date_creation=date_creation,
            value=value,
            description=description,
            internal_description=internal_description,
            impact=impact,
            probability=probability,
        )

        audit_response_item_dto.additional_properties = d
        return audit_response_item_dto

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
