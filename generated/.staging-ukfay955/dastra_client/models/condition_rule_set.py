from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.condition_rule_operator import ConditionRuleOperator
from ..models.condition_rule_separator import ConditionRuleSeparator
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID







def _parse_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_separator(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = ConditionRuleSeparator._value2member_map_.get(data)
    if member is not None:
        return member
    return data






def _parse_operator(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = ConditionRuleOperator._value2member_map_.get(data)
    if member is not None:
        return member
    return data






def _parse_rules(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.ConditionRuleSet.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data



def _load_rules(source: Mapping[str, Any]) -> Any:
    return _parse_rules(source.get("rules", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("id", "separator", "field", "operator", "value", "rules", ))

T = TypeVar("T", bound="ConditionRuleSet")



@_attrs_define
class ConditionRuleSet(LazyModel):
    """Attributes:
        id (None | Unset | UUID):
        separator (ConditionRuleSeparator | None | str | Unset):
        field (None | str | Unset):
        operator (ConditionRuleOperator | None | str | Unset):
        value (Any | Unset):
        rules (list[ConditionRuleSet] | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
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
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        separator: None | str | Unset
        if isinstance(self.separator, Unset):
            separator = UNSET
        elif isinstance(self.separator, ConditionRuleSeparator):
            separator = self.separator.value
        else:
            separator = self.separator

        if separator is not UNSET:
            field_dict["separator"] = separator
        field: None | str | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        if field is not UNSET:
            field_dict["field"] = field
        operator: None | str | Unset
        if isinstance(self.operator, Unset):
            operator = UNSET
        elif isinstance(self.operator, ConditionRuleOperator):
            operator = self.operator.value
        else:
            operator = self.operator

        if operator is not UNSET:
            field_dict["operator"] = operator
        value = self.value

        if value is not UNSET:
            field_dict["value"] = value
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
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.separator = _parse_separator(src_dict.get("separator", UNSET))
        parsed.field = src_dict.get("field", UNSET)
        parsed.operator = _parse_operator(src_dict.get("operator", UNSET))
        parsed.value = src_dict.get("value", UNSET)
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
