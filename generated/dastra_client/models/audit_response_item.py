from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_response_evaluation_state import AuditResponseEvaluationState
from ..models.impact_score import ImpactScore
from ..models.probability_score import ProbabilityScore
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditResponseItem")


@_attrs_define
class AuditResponseItem:
    """
    Attributes:
        question_id (UUID):
        question_slug (None | str | Unset):
        respondant_id (None | Unset | UUID):
        approver_id (None | Unset | UUID):
        date_approved (datetime.datetime | None | Unset):
        date_creation (datetime.datetime | None | Unset):
        date_update (datetime.datetime | None | Unset):
        value (Any | Unset):
        description (None | str | Unset):
        internal_description (None | str | Unset):
        impact (ImpactScore | None | str | Unset):
        probability (None | ProbabilityScore | str | Unset):
        state (AuditResponseEvaluationState | None | str | Unset):
    """

    question_id: UUID
    question_slug: None | str | Unset = UNSET
    respondant_id: None | Unset | UUID = UNSET
    approver_id: None | Unset | UUID = UNSET
    date_approved: datetime.datetime | None | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    value: Any | Unset = UNSET
    description: None | str | Unset = UNSET
    internal_description: None | str | Unset = UNSET
    impact: ImpactScore | None | str | Unset = UNSET
    probability: None | ProbabilityScore | str | Unset = UNSET
    state: AuditResponseEvaluationState | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        question_id = str(self.question_id)

        question_slug: None | str | Unset
        if isinstance(self.question_slug, Unset):
            question_slug = UNSET
        else:
            question_slug = self.question_slug

        respondant_id: None | str | Unset
        if isinstance(self.respondant_id, Unset):
            respondant_id = UNSET
        elif isinstance(self.respondant_id, UUID):
            respondant_id = str(self.respondant_id)
        else:
            respondant_id = self.respondant_id

        approver_id: None | str | Unset
        if isinstance(self.approver_id, Unset):
            approver_id = UNSET
        elif isinstance(self.approver_id, UUID):
            approver_id = str(self.approver_id)
        else:
            approver_id = self.approver_id

        date_approved: None | str | Unset
        if isinstance(self.date_approved, Unset):
            date_approved = UNSET
        elif isinstance(self.date_approved, datetime.datetime):
            date_approved = self.date_approved.isoformat()
        else:
            date_approved = self.date_approved

        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        date_update: None | str | Unset
        if isinstance(self.date_update, Unset):
            date_update = UNSET
        elif isinstance(self.date_update, datetime.datetime):
            date_update = self.date_update.isoformat()
        else:
            date_update = self.date_update

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

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, AuditResponseEvaluationState):
            state = self.state.value
        else:
            state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "questionId": question_id,
            }
        )
        if question_slug is not UNSET:
            field_dict["questionSlug"] = question_slug
        if respondant_id is not UNSET:
            field_dict["respondantId"] = respondant_id
        if approver_id is not UNSET:
            field_dict["approverId"] = approver_id
        if date_approved is not UNSET:
            field_dict["dateApproved"] = date_approved
        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
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
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        question_id = UUID(d.pop("questionId"))

        def _parse_question_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        question_slug = _parse_question_slug(d.pop("questionSlug", UNSET))

        def _parse_respondant_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                respondant_id_type_0 = UUID(data)

                return respondant_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        respondant_id = _parse_respondant_id(d.pop("respondantId", UNSET))

        def _parse_approver_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approver_id_type_0 = UUID(data)

                return approver_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        approver_id = _parse_approver_id(d.pop("approverId", UNSET))

        def _parse_date_approved(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_approved_type_0 = datetime.datetime.fromisoformat(data)

                return date_approved_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_approved = _parse_date_approved(d.pop("dateApproved", UNSET))

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

        def _parse_date_update(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_update_type_0 = datetime.datetime.fromisoformat(data)

                return date_update_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_update = _parse_date_update(d.pop("dateUpdate", UNSET))

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

        def _parse_state(data: object) -> AuditResponseEvaluationState | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = AuditResponseEvaluationState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditResponseEvaluationState | None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        audit_response_item = cls(
            question_id=question_id,
            question_slug=question_slug,
            respondant_id=respondant_id,
            approver_id=approver_id,
            date_approved=date_approved,
            date_creation=date_creation,
            date_update=date_update,
            value=value,
            description=description,
            internal_description=internal_description,
            impact=impact,
            probability=probability,
            state=state,
        )

        audit_response_item.additional_properties = d
        return audit_response_item

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
