from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import FieldValidationError
from .._lazy import (
    EAGER,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.impact_score import ImpactScore
from ..models.probability_score import ProbabilityScore
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_task import AuditTask
else:
    AuditTask = deferred(globals(), "AuditTask", "..models.audit_task")


_IMPACT_SCORE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in ImpactScore}
_PROBABILITY_SCORE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in ProbabilityScore}


def _load_task_suggestions(model: AuditAnswer, source: Mapping[str, Any]) -> Any:
    value = source.get("taskSuggestions", UNSET)
    if value is None or value is UNSET:
        model.task_suggestions = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.task_suggestions = result = list(map(AuditTask.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "task_suggestions",
                "taskSuggestions",
                "list[AuditTask] | None",
                value,
                items=AuditTask.from_dict,
            )
    else:
        result = invalid(model, "task_suggestions", "taskSuggestions", "list[AuditTask] | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "id",
    "color",
    "rangeValue",
    "label",
    "description",
    "score",
    "nonApplicable",
    "goodAnswer",
    "impact",
    "probability",
    "taskSuggestions",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "id": UNSET,
    "color": UNSET,
    "rangeValue": UNSET,
    "label": UNSET,
    "description": UNSET,
    "score": UNSET,
    "nonApplicable": UNSET,
    "goodAnswer": UNSET,
    "impact": UNSET,
    "probability": UNSET,
    "taskSuggestions": UNSET,
}

T = TypeVar("T", bound="AuditAnswer")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("color", "color"),
        ("range_value", "rangeValue"),
        ("label", "label"),
        ("description", "description"),
        ("score", "score"),
        ("non_applicable", "nonApplicable"),
        ("good_answer", "goodAnswer"),
        ("impact", "impact"),
        ("probability", "probability"),
        ("task_suggestions", "taskSuggestions"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
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
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "id" not in unreadable:
            id: None | str | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            elif isinstance(self.id, UUID):
                id = str(self.id)
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "color" not in unreadable:
            color: None | str | Unset
            if isinstance(self.color, Unset):
                color = UNSET
            else:
                color = self.color

            if color is not UNSET:
                field_dict["color"] = color
        if "range_value" not in unreadable:
            range_value: int | None | Unset
            if isinstance(self.range_value, Unset):
                range_value = UNSET
            else:
                range_value = self.range_value

            if range_value is not UNSET:
                field_dict["rangeValue"] = range_value
        if "label" not in unreadable:
            label: None | str | Unset
            if isinstance(self.label, Unset):
                label = UNSET
            else:
                label = self.label

            if label is not UNSET:
                field_dict["label"] = label
        if "description" not in unreadable:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

            if description is not UNSET:
                field_dict["description"] = description
        if "score" not in unreadable:
            score: float | None | Unset
            if isinstance(self.score, Unset):
                score = UNSET
            else:
                score = self.score

            if score is not UNSET:
                field_dict["score"] = score
        if "non_applicable" not in unreadable:
            non_applicable: bool | None | Unset
            if isinstance(self.non_applicable, Unset):
                non_applicable = UNSET
            else:
                non_applicable = self.non_applicable

            if non_applicable is not UNSET:
                field_dict["nonApplicable"] = non_applicable
        if "good_answer" not in unreadable:
            good_answer: bool | None | Unset
            if isinstance(self.good_answer, Unset):
                good_answer = UNSET
            else:
                good_answer = self.good_answer

            if good_answer is not UNSET:
                field_dict["goodAnswer"] = good_answer
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
        if "task_suggestions" not in unreadable:
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
            if len(src_dict) >= 11:
                values = _KNOWN_VALUES(src_dict)
            else:  # a known key is absent (no KeyError raised and caught for it)
                values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except KeyError:  # unknown keys in place of known ones
            values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except (TypeError, AttributeError):  # a list, a string, a number...: not an object
            raise not_an_object(cls, src_dict) from None
        parsed = cls.__new__(cls)
        absent = 0  # the known keys the object lacks: its other keys are unknown ones if len() says more
        # Optional nested values are parsed on first access (LazyModel), or now in eager mode.
        eager = EAGER.get()
        if not eager:
            parsed._source = src_dict
        value = values[0]
        if value is None:
            parsed.id = None
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            try:
                parsed.id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "id", "id", "UUID | None", value)

        value = values[1]
        if isinstance(value, str) or value is None:
            parsed.color = value
        elif value is UNSET:
            parsed.color = UNSET
            absent += 1
        else:
            invalid(parsed, "color", "color", "str | None", value)

        value = values[2]
        if type(value) is int or value is None:
            parsed.range_value = value
        elif value is UNSET:
            parsed.range_value = UNSET
            absent += 1
        else:
            invalid(parsed, "range_value", "rangeValue", "int | None", value)

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.label = value
        elif value is UNSET:
            parsed.label = UNSET
            absent += 1
        else:
            invalid(parsed, "label", "label", "str | None", value)

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.description = value
        elif value is UNSET:
            parsed.description = UNSET
            absent += 1
        else:
            invalid(parsed, "description", "description", "str | None", value)

        value = values[5]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.score = value
        elif value is UNSET:
            parsed.score = UNSET
            absent += 1
        else:
            invalid(parsed, "score", "score", "float | None", value)

        value = values[6]
        if type(value) is bool or value is None:
            parsed.non_applicable = value
        elif value is UNSET:
            parsed.non_applicable = UNSET
            absent += 1
        else:
            invalid(parsed, "non_applicable", "nonApplicable", "bool | None", value)

        value = values[7]
        if type(value) is bool or value is None:
            parsed.good_answer = value
        elif value is UNSET:
            parsed.good_answer = UNSET
            absent += 1
        else:
            invalid(parsed, "good_answer", "goodAnswer", "bool | None", value)

        value = values[8]
        if isinstance(value, str):
            parsed.impact = _IMPACT_SCORE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.impact = None
        elif value is UNSET:
            parsed.impact = UNSET
            absent += 1
        else:
            invalid(parsed, "impact", "impact", "ImpactScore | str | None", value)

        value = values[9]
        if isinstance(value, str):
            parsed.probability = _PROBABILITY_SCORE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.probability = None
        elif value is UNSET:
            parsed.probability = UNSET
            absent += 1
        else:
            invalid(parsed, "probability", "probability", "ProbabilityScore | str | None", value)

        value = values[10]
        if value is None:
            parsed.task_suggestions = None
        elif value is UNSET:
            parsed.task_suggestions = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.task_suggestions = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.task_suggestions = list(map(AuditTask.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "task_suggestions",
                        "taskSuggestions",
                        "list[AuditTask] | None",
                        value,
                        items=AuditTask.from_dict,
                    )
            else:
                invalid(parsed, "task_suggestions", "taskSuggestions", "list[AuditTask] | None", value)

        if len(src_dict) + absent == 11:  # every key is a known one
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
