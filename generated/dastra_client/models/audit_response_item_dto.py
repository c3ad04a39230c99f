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
from ..models.impact_score import ImpactScore
from ..models.probability_score import ProbabilityScore
from ..types import UNSET, Unset

_IMPACT_SCORE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in ImpactScore}
_PROBABILITY_SCORE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in ProbabilityScore}


_KEYS: Final[tuple[str, ...]] = (
    "questionId",
    "questionSlug",
    "dateCreation",
    "value",
    "description",
    "internalDescription",
    "impact",
    "probability",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "questionId": MISSING,
    "questionSlug": MISSING,
    "dateCreation": UNSET,
    "value": UNSET,
    "description": UNSET,
    "internalDescription": UNSET,
    "impact": UNSET,
    "probability": UNSET,
}

T = TypeVar("T", bound="AuditResponseItemDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("question_id", "questionId"),
        ("question_slug", "questionSlug"),
        ("date_creation", "dateCreation"),
        ("value", "value"),
        ("description", "description"),
        ("internal_description", "internalDescription"),
        ("impact", "impact"),
        ("probability", "probability"),
    )

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
            question_slug = self.question_slug

            field_dict["questionSlug"] = question_slug
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
            if len(src_dict) >= 8:
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
        if isinstance(value, str):
            parsed.question_slug = value
        else:
            invalid(parsed, "question_slug", "questionSlug", "str", value)
            absent += value is MISSING

        value = values[2]
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

        parsed.value = value = values[3]
        if value is UNSET:
            absent += 1

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.description = value
        elif value is UNSET:
            parsed.description = UNSET
            absent += 1
        else:
            invalid(parsed, "description", "description", "str | None", value)

        value = values[5]
        if isinstance(value, str) or value is None:
            parsed.internal_description = value
        elif value is UNSET:
            parsed.internal_description = UNSET
            absent += 1
        else:
            invalid(parsed, "internal_description", "internalDescription", "str | None", value)

        value = values[6]
        if isinstance(value, str):
            parsed.impact = _IMPACT_SCORE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.impact = None
        elif value is UNSET:
            parsed.impact = UNSET
            absent += 1
        else:
            invalid(parsed, "impact", "impact", "ImpactScore | str | None", value)

        value = values[7]
        if isinstance(value, str):
            parsed.probability = _PROBABILITY_SCORE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.probability = None
        elif value is UNSET:
            parsed.probability = UNSET
            absent += 1
        else:
            invalid(parsed, "probability", "probability", "ProbabilityScore | str | None", value)

        if len(src_dict) + absent == 8:  # every key is a known one
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
