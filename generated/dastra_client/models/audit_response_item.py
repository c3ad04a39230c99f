from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter
from typing import Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import (
    MISSING,
    LazyModel,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.audit_response_evaluation_state import AuditResponseEvaluationState
from ..models.impact_score import ImpactScore
from ..models.probability_score import ProbabilityScore
from ..types import UNSET, Unset

_AUDIT_RESPONSE_EVALUATION_STATE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in AuditResponseEvaluationState
}
_IMPACT_SCORE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in ImpactScore}
_PROBABILITY_SCORE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in ProbabilityScore}


_KEYS: Final[tuple[str, ...]] = (
    "questionId",
    "questionSlug",
    "respondantId",
    "approverId",
    "dateApproved",
    "dateCreation",
    "dateUpdate",
    "value",
    "description",
    "internalDescription",
    "impact",
    "probability",
    "state",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "questionId": MISSING,
    "questionSlug": UNSET,
    "respondantId": UNSET,
    "approverId": UNSET,
    "dateApproved": UNSET,
    "dateCreation": UNSET,
    "dateUpdate": UNSET,
    "value": UNSET,
    "description": UNSET,
    "internalDescription": UNSET,
    "impact": UNSET,
    "probability": UNSET,
    "state": UNSET,
}

T = TypeVar("T", bound="AuditResponseItem")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("question_id", "questionId"),
        ("question_slug", "questionSlug"),
        ("respondant_id", "respondantId"),
        ("approver_id", "approverId"),
        ("date_approved", "dateApproved"),
        ("date_creation", "dateCreation"),
        ("date_update", "dateUpdate"),
        ("value", "value"),
        ("description", "description"),
        ("internal_description", "internalDescription"),
        ("impact", "impact"),
        ("probability", "probability"),
        ("state", "state"),
    )

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
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "question_id" not in unreadable:
            question_id = str(self.question_id)

            field_dict["questionId"] = question_id
        if "question_slug" not in unreadable:
            question_slug: None | str | Unset
            if isinstance(self.question_slug, Unset):
                question_slug = UNSET
            else:
                question_slug = self.question_slug

            if question_slug is not UNSET:
                field_dict["questionSlug"] = question_slug
        if "respondant_id" not in unreadable:
            respondant_id: None | str | Unset
            if isinstance(self.respondant_id, Unset):
                respondant_id = UNSET
            elif isinstance(self.respondant_id, UUID):
                respondant_id = str(self.respondant_id)
            else:
                respondant_id = self.respondant_id

            if respondant_id is not UNSET:
                field_dict["respondantId"] = respondant_id
        if "approver_id" not in unreadable:
            approver_id: None | str | Unset
            if isinstance(self.approver_id, Unset):
                approver_id = UNSET
            elif isinstance(self.approver_id, UUID):
                approver_id = str(self.approver_id)
            else:
                approver_id = self.approver_id

            if approver_id is not UNSET:
                field_dict["approverId"] = approver_id
        if "date_approved" not in unreadable:
            date_approved: None | str | Unset
            if isinstance(self.date_approved, Unset):
                date_approved = UNSET
            elif isinstance(self.date_approved, datetime.datetime):
                date_approved = self.date_approved.isoformat()
            else:
                date_approved = self.date_approved

            if date_approved is not UNSET:
                field_dict["dateApproved"] = date_approved
        if "date_creation" not in unreadable:
            date_creation: None | str | Unset
            if isinstance(self.date_creation, Unset):
                date_creation = UNSET
            elif isinstance(self.date_creation, datetime.datetime):
                date_creation = self.date_creation.isoformat()
            else:
                date_creation = self.date_creation

            if date_creation is not UNSET:
                field_dict["dateCreation"] = date_creation
        if "date_update" not in unreadable:
            date_update: None | str | Unset
            if isinstance(self.date_update, Unset):
                date_update = UNSET
            elif isinstance(self.date_update, datetime.datetime):
                date_update = self.date_update.isoformat()
            else:
                date_update = self.date_update

            if date_update is not UNSET:
                field_dict["dateUpdate"] = date_update
        if "value" not in unreadable:
            value = self.value

            if value is not UNSET:
                field_dict["value"] = value
        if "description" not in unreadable:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

            if description is not UNSET:
                field_dict["description"] = description
        if "internal_description" not in unreadable:
            internal_description: None | str | Unset
            if isinstance(self.internal_description, Unset):
                internal_description = UNSET
            else:
                internal_description = self.internal_description

            if internal_description is not UNSET:
                field_dict["internalDescription"] = internal_description
        if "impact" not in unreadable:
            impact: None | str | Unset
            if isinstance(self.impact, Unset):
                impact = UNSET
            elif isinstance(self.impact, ImpactScore):
                impact = self.impact.value
            else:
                impact = self.impact

            if impact is not UNSET:
                field_dict["impact"] = impact
        if "probability" not in unreadable:
            probability: None | str | Unset
            if isinstance(self.probability, Unset):
                probability = UNSET
            elif isinstance(self.probability, ProbabilityScore):
                probability = self.probability.value
            else:
                probability = self.probability

            if probability is not UNSET:
                field_dict["probability"] = probability
        if "state" not in unreadable:
            state: None | str | Unset
            if isinstance(self.state, Unset):
                state = UNSET
            elif isinstance(self.state, AuditResponseEvaluationState):
                state = self.state.value
            else:
                state = self.state

            if state is not UNSET:
                field_dict["state"] = state
        if unreadable:
            self._as_received(field_dict, unreadable)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Each value is checked against its field's type; one that does not fit is recorded by
        # `invalid` and its slot left empty, so that reading it raises FieldValidationError (_lazy.py).
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        try:  # values[i] is the value of _KEYS[i]
            if len(src_dict) >= 13:
                values = _KNOWN_VALUES(src_dict)
            else:  # a known key is absent (no KeyError raised and caught for it)
                values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except KeyError:  # unknown keys in place of known ones
            values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except (TypeError, AttributeError):  # a list, a string, a number...: not an object
            raise not_an_object(cls, src_dict) from None
        parsed = cls.__new__(cls)
        absent = 0  # the known keys the object lacks: its other keys are unknown ones if len() says more
        value = values[0]
        try:
            parsed.question_id = parse_uuid(value)
        except (TypeError, ValueError, AttributeError):
            invalid(parsed, "question_id", "questionId", "UUID", value)
            absent += value is MISSING

        value = values[1]
        if isinstance(value, str) or value is None:
            parsed.question_slug = value
        elif value is UNSET:
            parsed.question_slug = UNSET
            absent += 1
        else:
            invalid(parsed, "question_slug", "questionSlug", "str | None", value)

        value = values[2]
        if value is None:
            parsed.respondant_id = None
        elif value is UNSET:
            parsed.respondant_id = UNSET
            absent += 1
        else:
            try:
                parsed.respondant_id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "respondant_id", "respondantId", "UUID | None", value)

        value = values[3]
        if value is None:
            parsed.approver_id = None
        elif value is UNSET:
            parsed.approver_id = UNSET
            absent += 1
        else:
            try:
                parsed.approver_id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "approver_id", "approverId", "UUID | None", value)

        value = values[4]
        if value is None:
            parsed.date_approved = None
        elif value is UNSET:
            parsed.date_approved = UNSET
            absent += 1
        else:
            try:
                parsed.date_approved = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_approved", "dateApproved", "datetime.datetime | None", value)

        value = values[5]
        if value is None:
            parsed.date_creation = None
        elif value is UNSET:
            parsed.date_creation = UNSET
            absent += 1
        else:
            try:
                parsed.date_creation = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_creation", "dateCreation", "datetime.datetime | None", value)

        value = values[6]
        if value is None:
            parsed.date_update = None
        elif value is UNSET:
            parsed.date_update = UNSET
            absent += 1
        else:
            try:
                parsed.date_update = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_update", "dateUpdate", "datetime.datetime | None", value)

        parsed.value = value = values[7]
        if value is UNSET:
            absent += 1

        value = values[8]
        if isinstance(value, str) or value is None:
            parsed.description = value
        elif value is UNSET:
            parsed.description = UNSET
            absent += 1
        else:
            invalid(parsed, "description", "description", "str | None", value)

        value = values[9]
        if isinstance(value, str) or value is None:
            parsed.internal_description = value
        elif value is UNSET:
            parsed.internal_description = UNSET
            absent += 1
        else:
            invalid(parsed, "internal_description", "internalDescription", "str | None", value)

        value = values[10]
        if isinstance(value, str):
            parsed.impact = _IMPACT_SCORE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.impact = None
        elif value is UNSET:
            parsed.impact = UNSET
            absent += 1
        else:
            invalid(parsed, "impact", "impact", "ImpactScore | str | None", value)

        value = values[11]
        if isinstance(value, str):
            parsed.probability = _PROBABILITY_SCORE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.probability = None
        elif value is UNSET:
            parsed.probability = UNSET
            absent += 1
        else:
            invalid(parsed, "probability", "probability", "ProbabilityScore | str | None", value)

        value = values[12]
        if isinstance(value, str):
            parsed.state = _AUDIT_RESPONSE_EVALUATION_STATE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.state = None
        elif value is UNSET:
            parsed.state = UNSET
            absent += 1
        else:
            invalid(parsed, "state", "state", "AuditResponseEvaluationState | str | None", value)

        if len(src_dict) + absent == 13:  # every key is a known one
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
