from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import (
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
    "probability",
    "impact",
    "questionId",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "probability": UNSET,
    "impact": UNSET,
    "questionId": UNSET,
}

T = TypeVar("T", bound="AuditRiskLevel")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AuditRiskLevel(LazyModel):
    """Attributes:
    probability (None | ProbabilityScore | str | Unset):
    impact (ImpactScore | None | str | Unset):
    question_id (None | Unset | UUID):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("probability", "probability"),
        ("impact", "impact"),
        ("question_id", "questionId"),
    )

    probability: None | ProbabilityScore | str | Unset = UNSET
    impact: ImpactScore | None | str | Unset = UNSET
    question_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

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
        if "question_id" not in unreadable:
            question_id: None | str | Unset
            if isinstance(self.question_id, Unset):
                question_id = UNSET
            elif isinstance(self.question_id, UUID):
                question_id = str(self.question_id)
            else:
                question_id = self.question_id

            if question_id is not UNSET:
                field_dict["questionId"] = question_id
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
            if len(src_dict) >= 3:
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
        if isinstance(value, str):
            parsed.probability = _PROBABILITY_SCORE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.probability = None
        elif value is UNSET:
            parsed.probability = UNSET
            absent += 1
        else:
            invalid(parsed, "probability", "probability", "ProbabilityScore | str | None", value)

        value = values[1]
        if isinstance(value, str):
            parsed.impact = _IMPACT_SCORE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.impact = None
        elif value is UNSET:
            parsed.impact = UNSET
            absent += 1
        else:
            invalid(parsed, "impact", "impact", "ImpactScore | str | None", value)

        value = values[2]
        if value is None:
            parsed.question_id = None
        elif value is UNSET:
            parsed.question_id = UNSET
            absent += 1
        else:
            try:
                parsed.question_id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "question_id", "questionId", "UUID | None", value)

        if len(src_dict) + absent == 3:  # every key is a known one
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
