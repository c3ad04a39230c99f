from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import (
    LazyModel,
    invalid,
    not_an_object,
)
from ..models.insight_type import InsightType
from ..models.log_priority import LogPriority
from ..types import UNSET, Unset

_INSIGHT_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in InsightType}
_LOG_PRIORITY_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in LogPriority}


_KEYS: Final[tuple[str, ...]] = (
    "step",
    "type",
    "color",
    "priority",
    "label",
    "elementsName",
    "description",
    "score",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "step": UNSET,
    "type": UNSET,
    "color": UNSET,
    "priority": UNSET,
    "label": UNSET,
    "elementsName": UNSET,
    "description": UNSET,
    "score": UNSET,
}

T = TypeVar("T", bound="DataProcessingInsight")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DataProcessingInsight(LazyModel):
    """Attributes:
    step (None | str | Unset):
    type_ (InsightType | None | str | Unset):
    color (None | str | Unset):
    priority (LogPriority | None | str | Unset):
    label (None | str | Unset):
    elements_name (list[str] | None | Unset):
    description (None | str | Unset):
    score (int | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("step", "step"),
        ("type_", "type"),
        ("color", "color"),
        ("priority", "priority"),
        ("label", "label"),
        ("elements_name", "elementsName"),
        ("description", "description"),
        ("score", "score"),
    )

    step: None | str | Unset = UNSET
    type_: InsightType | None | str | Unset = UNSET
    color: None | str | Unset = UNSET
    priority: LogPriority | None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    elements_name: list[str] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    score: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "step" not in unreadable:
            step: None | str | Unset
            if isinstance(self.step, Unset):
                step = UNSET
            else:
                step = self.step

            if step is not UNSET:
                field_dict["step"] = step
        if "type_" not in unreadable:
            type_: None | str | Unset
            if isinstance(self.type_, Unset):
                type_ = UNSET
            elif isinstance(self.type_, InsightType):
                type_ = self.type_.value
            else:
                type_ = self.type_

            if type_ is not UNSET:
                field_dict["type"] = type_
        if "color" not in unreadable:
            color: None | str | Unset
            if isinstance(self.color, Unset):
                color = UNSET
            else:
                color = self.color

            if color is not UNSET:
                field_dict["color"] = color
        if "priority" not in unreadable:
            priority: None | str | Unset
            if isinstance(self.priority, Unset):
                priority = UNSET
            elif isinstance(self.priority, LogPriority):
                priority = self.priority.value
            else:
                priority = self.priority

            if priority is not UNSET:
                field_dict["priority"] = priority
        if "label" not in unreadable:
            label: None | str | Unset
            if isinstance(self.label, Unset):
                label = UNSET
            else:
                label = self.label

            if label is not UNSET:
                field_dict["label"] = label
        if "elements_name" not in unreadable:
            elements_name: list[str] | None | Unset
            if isinstance(self.elements_name, Unset):
                elements_name = UNSET
            elif isinstance(self.elements_name, list):
                elements_name = self.elements_name

            else:
                elements_name = self.elements_name

            if elements_name is not UNSET:
                field_dict["elementsName"] = elements_name
        if "description" not in unreadable:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

            if description is not UNSET:
                field_dict["description"] = description
        if "score" not in unreadable:
            score: int | None | Unset
            if isinstance(self.score, Unset):
                score = UNSET
            else:
                score = self.score

            if score is not UNSET:
                field_dict["score"] = score
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
        if isinstance(value, str) or value is None:
            parsed.step = value
        elif value is UNSET:
            parsed.step = UNSET
            absent += 1
        else:
            invalid(parsed, "step", "step", "str | None", value)

        value = values[1]
        if isinstance(value, str):
            parsed.type_ = _INSIGHT_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.type_ = None
        elif value is UNSET:
            parsed.type_ = UNSET
            absent += 1
        else:
            invalid(parsed, "type_", "type", "InsightType | str | None", value)

        value = values[2]
        if isinstance(value, str) or value is None:
            parsed.color = value
        elif value is UNSET:
            parsed.color = UNSET
            absent += 1
        else:
            invalid(parsed, "color", "color", "str | None", value)

        value = values[3]
        if isinstance(value, str):
            parsed.priority = _LOG_PRIORITY_BY_VALUE.get(value, value)
        elif value is None:
            parsed.priority = None
        elif value is UNSET:
            parsed.priority = UNSET
            absent += 1
        else:
            invalid(parsed, "priority", "priority", "LogPriority | str | None", value)

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.label = value
        elif value is UNSET:
            parsed.label = UNSET
            absent += 1
        else:
            invalid(parsed, "label", "label", "str | None", value)

        value = values[5]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "elements_name",
                        "elementsName",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.elements_name = value
        elif value is None:
            parsed.elements_name = None
        elif value is UNSET:
            parsed.elements_name = UNSET
            absent += 1
        else:
            invalid(parsed, "elements_name", "elementsName", "list[str] | None", value)

        value = values[6]
        if isinstance(value, str) or value is None:
            parsed.description = value
        elif value is UNSET:
            parsed.description = UNSET
            absent += 1
        else:
            invalid(parsed, "description", "description", "str | None", value)

        value = values[7]
        if type(value) is int or value is None:
            parsed.score = value
        elif value is UNSET:
            parsed.score = UNSET
            absent += 1
        else:
            invalid(parsed, "score", "score", "int | None", value)

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
