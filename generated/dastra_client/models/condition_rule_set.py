from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.condition_rule_operator import ConditionRuleOperator
from ..models.condition_rule_separator import ConditionRuleSeparator
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConditionRuleSet")


@_attrs_define
class ConditionRuleSet:
    """
    Attributes:
        id (None | Unset | UUID):
        separator (ConditionRuleSeparator | None | str | Unset):
        field (None | str | Unset):
        operator (ConditionRuleOperator | None | str | Unset):
        value (Any | Unset):
        rules (list[ConditionRuleSet] | None | Unset):
    """

    id: None | Unset | UUID = UNSET
    separator: ConditionRuleSeparator | None | str | Unset = UNSET
    field: None | str | Unset = UNSET
    operator: ConditionRuleOperator | None | str | Unset = UNSET
    value: Any | Unset = UNSET
    rules: list[ConditionRuleSet] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        separator: None | str | Unset
        if isinstance(self.separator, Unset):
            separator = UNSET
        elif isinstance(self.separator, ConditionRuleSeparator):
            separator = self.separator.value
        else:
            separator = self.separator

        field: None | str | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        operator: None | str | Unset
        if isinstance(self.operator, Unset):
            operator = UNSET
        elif isinstance(self.operator, ConditionRuleOperator):
            operator = self.operator.value
        else:
            operator = self.operator

        value = self.value

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if separator is not UNSET:
            field_dict["separator"] = separator
        if field is not UNSET:
            field_dict["field"] = field
        if operator is not UNSET:
            field_dict["operator"] = operator
        if value is not UNSET:
            field_dict["value"] = value
        if rules is not UNSET:
            field_dict["rules"] = rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_separator(data: object) -> ConditionRuleSeparator | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                separator_type_0 = ConditionRuleSeparator(data)

                return separator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConditionRuleSeparator | None | str | Unset, data)

        separator = _parse_separator(d.pop("separator", UNSET))

        def _parse_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field = _parse_field(d.pop("field", UNSET))

        def _parse_operator(data: object) -> ConditionRuleOperator | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                operator_type_0 = ConditionRuleOperator(data)

                return operator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConditionRuleOperator | None | str | Unset, data)

        operator = _parse_operator(d.pop("operator", UNSET))

        value = d.pop("value", UNSET)

        def _parse_rules(data: object) -> list[ConditionRuleSet] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                rules_type_0 = []
                _rules_type_0 = data
                for rules_type_0_item_data in _rules_type_0:
                    rules_type_0_item = ConditionRuleSet.from_dict(rules_type_0_item_data)

                    rules_type_0.append(rules_type_0_item)

                return rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ConditionRuleSet] | None | Unset, data)

        rules = _parse_rules(d.pop("rules", UNSET))

        condition_rule_set = cls(
            id=id,
            separator=separator,
            field=field,
            operator=operator,
            value=value,
            rules=rules,
        )

        condition_rule_set.additional_properties = d
        return condition_rule_set

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
