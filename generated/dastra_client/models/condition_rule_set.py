from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import FieldValidationError
from .._lazy import (
    EAGER,
    LazyModel,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.condition_rule_operator import ConditionRuleOperator
from ..models.condition_rule_separator import ConditionRuleSeparator
from ..types import UNSET, Unset

_CONDITION_RULE_OPERATOR_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in ConditionRuleOperator
}
_CONDITION_RULE_SEPARATOR_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in ConditionRuleSeparator
}


def _load_rules(model: ConditionRuleSet, source: Mapping[str, Any]) -> Any:
    value = source.get("rules", UNSET)
    if value is None or value is UNSET:
        model.rules = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.rules = result = list(map(ConditionRuleSet.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "rules",
                "rules",
                "list[ConditionRuleSet] | None",
                value,
                items=ConditionRuleSet.from_dict,
            )
    else:
        result = invalid(model, "rules", "rules", "list[ConditionRuleSet] | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "id",
    "separator",
    "field",
    "operator",
    "value",
    "rules",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "id": UNSET,
    "separator": UNSET,
    "field": UNSET,
    "operator": UNSET,
    "value": UNSET,
    "rules": UNSET,
}

T = TypeVar("T", bound="ConditionRuleSet")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ConditionRuleSet(LazyModel):
    """Attributes:
    id (None | Unset | UUID):
    separator (ConditionRuleSeparator | None | str | Unset):
    field (None | str | Unset):
    operator (ConditionRuleOperator | None | str | Unset):
    value (Any | Unset):
    rules (list[ConditionRuleSet] | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("separator", "separator"),
        ("field", "field"),
        ("operator", "operator"),
        ("value", "value"),
        ("rules", "rules"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "rules": _load_rules,
    }

    id: None | Unset | UUID = UNSET
    separator: ConditionRuleSeparator | None | str | Unset = UNSET
    field: None | str | Unset = UNSET
    operator: ConditionRuleOperator | None | str | Unset = UNSET
    value: Any | Unset = UNSET
    rules: list[ConditionRuleSet] | None | Unset = UNSET
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
        if "separator" not in unreadable:
            separator: None | str | Unset
            if isinstance(self.separator, Unset):
                separator = UNSET
            elif isinstance(self.separator, ConditionRuleSeparator):
                separator = self.separator.value
            else:
                separator = self.separator

            if separator is not UNSET:
                field_dict["separator"] = separator
        if "field" not in unreadable:
            field: None | str | Unset
            if isinstance(self.field, Unset):
                field = UNSET
            else:
                field = self.field

            if field is not UNSET:
                field_dict["field"] = field
        if "operator" not in unreadable:
            operator: None | str | Unset
            if isinstance(self.operator, Unset):
                operator = UNSET
            elif isinstance(self.operator, ConditionRuleOperator):
                operator = self.operator.value
            else:
                operator = self.operator

            if operator is not UNSET:
                field_dict["operator"] = operator
        if "value" not in unreadable:
            value = self.value

            if value is not UNSET:
                field_dict["value"] = value
        if "rules" not in unreadable:
            rules: list[dict[str, Any]] | None | Unset
            if isinstance(self.rules, Unset):
                rules = UNSET
            elif isinstance(self.rules, list):
                rules = []
                for rules_type_0_item_data in self.rules:
                    rules_type_0_item = rules_type_0_item_data.to_dict()
                    rules.append(rules_type_0_item)

            else:
                rules = self.rules

            if rules is not UNSET:
                field_dict["rules"] = rules
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
            if len(src_dict) >= 6:
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
        if isinstance(value, str):
            parsed.separator = _CONDITION_RULE_SEPARATOR_BY_VALUE.get(value, value)
        elif value is None:
            parsed.separator = None
        elif value is UNSET:
            parsed.separator = UNSET
            absent += 1
        else:
            invalid(parsed, "separator", "separator", "ConditionRuleSeparator | str | None", value)

        value = values[2]
        if isinstance(value, str) or value is None:
            parsed.field = value
        elif value is UNSET:
            parsed.field = UNSET
            absent += 1
        else:
            invalid(parsed, "field", "field", "str | None", value)

        value = values[3]
        if isinstance(value, str):
            parsed.operator = _CONDITION_RULE_OPERATOR_BY_VALUE.get(value, value)
        elif value is None:
            parsed.operator = None
        elif value is UNSET:
            parsed.operator = UNSET
            absent += 1
        else:
            invalid(parsed, "operator", "operator", "ConditionRuleOperator | str | None", value)

        parsed.value = value = values[4]
        if value is UNSET:
            absent += 1

        value = values[5]
        if value is None:
            parsed.rules = None
        elif value is UNSET:
            parsed.rules = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.rules = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.rules = list(map(ConditionRuleSet.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "rules",
                        "rules",
                        "list[ConditionRuleSet] | None",
                        value,
                        items=ConditionRuleSet.from_dict,
                    )
            else:
                invalid(parsed, "rules", "rules", "list[ConditionRuleSet] | None", value)

        if len(src_dict) + absent == 6:  # every key is a known one
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
