from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.audit_response_evaluation_state import AuditResponseEvaluationState
from ..models.impact_score import ImpactScore
from ..models.probability_score import ProbabilityScore
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime









def _parse_respondant_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_approver_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_date_approved(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_date_creation(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_date_update(data: Any) -> Any:
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





def _parse_state(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = AuditResponseEvaluationState._value2member_map_.get(data)
    if member is not None:
        return member
    return data




_KNOWN_KEYS: frozenset[str] = frozenset(("questionId", "questionSlug", "respondantId", "approverId", "dateApproved", "dateCreation", "dateUpdate", "value", "description", "internalDescription", "impact", "probability", "state", ))

T = TypeVar("T", bound="AuditResponseItem")



@_attrs_define
class AuditResponseItem(LazyModel):
    """Attributes:
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
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        question_id = str(self.question_id)

        field_dict["questionId"] = question_id
        question_slug: None | str | Unset
        if isinstance(self.question_slug, Unset):
            question_slug = UNSET
        else:
            question_slug = self.question_slug

        if question_slug is not UNSET:
            field_dict["questionSlug"] = question_slug
        respondant_id: None | str | Unset
        if isinstance(self.respondant_id, Unset):
            respondant_id = UNSET
        elif isinstance(self.respondant_id, UUID):
            respondant_id = str(self.respondant_id)
        else:
            respondant_id = self.respondant_id

        if respondant_id is not UNSET:
            field_dict["respondantId"] = respondant_id
        approver_id: None | str | Unset
        if isinstance(self.approver_id, Unset):
            approver_id = UNSET
        elif isinstance(self.approver_id, UUID):
            approver_id = str(self.approver_id)
        else:
            approver_id = self.approver_id

        if approver_id is not UNSET:
            field_dict["approverId"] = approver_id
        date_approved: None | str | Unset
        if isinstance(self.date_approved, Unset):
            date_approved = UNSET
        elif isinstance(self.date_approved, datetime.datetime):
            date_approved = self.date_approved.isoformat()
        else:
            date_approved = self.date_approved

        if date_approved is not UNSET:
            field_dict["dateApproved"] = date_approved
        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        date_update: None | str | Unset
        if isinstance(self.date_update, Unset):
            date_update = UNSET
        elif isinstance(self.date_update, datetime.datetime):
            date_update = self.date_update.isoformat()
        else:
            date_update = self.date_update

        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
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
        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, AuditResponseEvaluationState):
            state = self.state.value
        else:
            state = self.state

        if state is not UNSET:
            field_dict["state"] = state
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.question_id = UUID(src_dict["questionId"])
        parsed.question_slug = src_dict.get("questionSlug", UNSET)
        parsed.respondant_id = _parse_respondant_id(src_dict.get("respondantId", UNSET))
        parsed.approver_id = _parse_approver_id(src_dict.get("approverId", UNSET))
        parsed.date_approved = _parse_date_approved(src_dict.get("dateApproved", UNSET))
        parsed.date_creation = _parse_date_creation(src_dict.get("dateCreation", UNSET))
        parsed.date_update = _parse_date_update(src_dict.get("dateUpdate", UNSET))
        parsed.value = src_dict.get("value", UNSET)
        parsed.description = src_dict.get("description", UNSET)
        parsed.internal_description = src_dict.get("internalDescription", UNSET)
        parsed.impact = _parse_impact(src_dict.get("impact", UNSET))
        parsed.probability = _parse_probability(src_dict.get("probability", UNSET))
        parsed.state = _parse_state(src_dict.get("state", UNSET))
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
