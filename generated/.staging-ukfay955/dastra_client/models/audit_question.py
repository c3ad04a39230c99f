from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.audit_question_dynamic_object_type import AuditQuestionDynamicObjectType
from ..models.audit_question_type import AuditQuestionType
from ..models.compliance_rule import ComplianceRule
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
    from ..models.audit_answer import AuditAnswer
    from ..models.condition_rule_set import ConditionRuleSet








def _parse_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data














def _parse_type_(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = AuditQuestionType._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_dynamic_select_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = AuditQuestionDynamicObjectType._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_compliance_rules_type_0_item(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = ComplianceRule._value2member_map_.get(data)
    if member is not None:
        return member
    return data




def _parse_compliance_rules(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_parse_compliance_rules_type_0_item(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_display_conditions(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.ConditionRuleSet.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_answers(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.AuditAnswer.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data






def _load_display_conditions(source: Mapping[str, Any]) -> Any:
    return _parse_display_conditions(source.get("displayConditions", UNSET))

def _load_answers(source: Mapping[str, Any]) -> Any:
    return _parse_answers(source.get("answers", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("slug", "label", "id", "tooltipHtml", "descriptionHtml", "badResponseCommentHtml", "goodResponseCommentHtml", "placeholder", "min", "max", "regex", "unit", "type", "dynamicSelectType", "editableOptions", "complianceRules", "displayConditions", "answers", "required", "completeScore", "riskEnabled", ))

T = TypeVar("T", bound="AuditQuestion")



@_attrs_define
class AuditQuestion(LazyModel):
    """Attributes:
        slug (str):
        label (str):
        id (None | Unset | UUID):
        tooltip_html (None | str | Unset):
        description_html (None | str | Unset):
        bad_response_comment_html (None | str | Unset):
        good_response_comment_html (None | str | Unset):
        placeholder (None | str | Unset):
        min_ (int | None | Unset):
        max_ (int | None | Unset):
        regex (None | str | Unset):
        unit (None | str | Unset):
        type_ (AuditQuestionType | None | str | Unset):
        dynamic_select_type (AuditQuestionDynamicObjectType | None | str | Unset):
        editable_options (bool | None | Unset):
        compliance_rules (list[ComplianceRule | str] | None | Unset):
        display_conditions (ConditionRuleSet | None | Unset):
        answers (list[AuditAnswer] | None | Unset):
        required (bool | None | Unset):
        complete_score (int | None | Unset):
        risk_enabled (bool | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "display_conditions": _load_display_conditions,
        "answers": _load_answers,
    }

    slug: str
    label: str
    id: None | Unset | UUID = UNSET
    tooltip_html: None | str | Unset = UNSET
    description_html: None | str | Unset = UNSET
    bad_response_comment_html: None | str | Unset = UNSET
    good_response_comment_html: None | str | Unset = UNSET
    placeholder: None | str | Unset = UNSET
    min_: int | None | Unset = UNSET
    max_: int | None | Unset = UNSET
    regex: None | str | Unset = UNSET
    unit: None | str | Unset = UNSET
    type_: AuditQuestionType | None | str | Unset = UNSET
    dynamic_select_type: AuditQuestionDynamicObjectType | None | str | Unset = UNSET
    editable_options: bool | None | Unset = UNSET
    compliance_rules: list[ComplianceRule | str] | None | Unset = UNSET
    display_conditions: ConditionRuleSet | None | Unset = UNSET
    answers: list[AuditAnswer] | None | Unset = UNSET
    required: bool | None | Unset = UNSET
    complete_score: int | None | Unset = UNSET
    risk_enabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_answer import AuditAnswer  # noqa: PLC0415
        from ..models.condition_rule_set import ConditionRuleSet  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        slug = self.slug

        field_dict["slug"] = slug
        label = self.label

        field_dict["label"] = label
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        tooltip_html: None | str | Unset
        if isinstance(self.tooltip_html, Unset):
            tooltip_html = UNSET
        else:
            tooltip_html = self.tooltip_html

        if tooltip_html is not UNSET:
            field_dict["tooltipHtml"] = tooltip_html
        description_html: None | str | Unset
        if isinstance(self.description_html, Unset):
            description_html = UNSET
        else:
            description_html = self.description_html

        if description_html is not UNSET:
            field_dict["descriptionHtml"] = description_html
        bad_response_comment_html: None | str | Unset
        if isinstance(self.bad_response_comment_html, Unset):
            bad_response_comment_html = UNSET
        else:
            bad_response_comment_html = self.bad_response_comment_html

        if bad_response_comment_html is not UNSET:
            field_dict["badResponseCommentHtml"] = bad_response_comment_html
        good_response_comment_html: None | str | Unset
        if isinstance(self.good_response_comment_html, Unset):
            good_response_comment_html = UNSET
        else:
            good_response_comment_html = self.good_response_comment_html

        if good_response_comment_html is not UNSET:
            field_dict["goodResponseCommentHtml"] = good_response_comment_html
        placeholder: None | str | Unset
        if isinstance(self.placeholder, Unset):
            placeholder = UNSET
        else:
            placeholder = self.placeholder

        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        min_: int | None | Unset
        if isinstance(self.min_, Unset):
            min_ = UNSET
        else:
            min_ = self.min_

        if min_ is not UNSET:
            field_dict["min"] = min_
        max_: int | None | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        else:
            max_ = self.max_

        if max_ is not UNSET:
            field_dict["max"] = max_
        regex: None | str | Unset
        if isinstance(self.regex, Unset):
            regex = UNSET
        else:
            regex = self.regex

        if regex is not UNSET:
            field_dict["regex"] = regex
        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        if unit is not UNSET:
            field_dict["unit"] = unit
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, AuditQuestionType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        if type_ is not UNSET:
            field_dict["type"] = type_
        dynamic_select_type: None | str | Unset
        if isinstance(self.dynamic_select_type, Unset):
            dynamic_select_type = UNSET
        elif isinstance(self.dynamic_select_type, AuditQuestionDynamicObjectType):
            dynamic_select_type = self.dynamic_select_type.value
        else:
            dynamic_select_type = self.dynamic_select_type

        if dynamic_select_type is not UNSET:
            field_dict["dynamicSelectType"] = dynamic_select_type
        editable_options: bool | None | Unset
        if isinstance(self.editable_options, Unset):
            editable_options = UNSET
        else:
            editable_options = self.editable_options

        if editable_options is not UNSET:
            field_dict["editableOptions"] = editable_options
        compliance_rules: list[str] | None | Unset
        if isinstance(self.compliance_rules, Unset):
            compliance_rules = UNSET
        elif isinstance(self.compliance_rules, list):
            compliance_rules = []
            for compliance_rules_type_0_item_data in self.compliance_rules:
                compliance_rules_type_0_item: str
                if isinstance(compliance_rules_type_0_item_data, ComplianceRule):
                    compliance_rules_type_0_item = compliance_rules_type_0_item_data.value
                else:
                    compliance_rules_type_0_item = compliance_rules_type_0_item_data
                compliance_rules.append(compliance_rules_type_0_item)


        else:
            compliance_rules = self.compliance_rules

        if compliance_rules is not UNSET:
            field_dict["complianceRules"] = compliance_rules
        display_conditions: dict[str, Any] | None | Unset
        if isinstance(self.display_conditions, Unset):
            display_conditions = UNSET
        elif isinstance(self.display_conditions, ConditionRuleSet):
            display_conditions = self.display_conditions.to_dict()
        else:
            display_conditions = self.display_conditions

        if display_conditions is not UNSET:
            field_dict["displayConditions"] = display_conditions
        answers: list[dict[str, Any]] | None | Unset
        if isinstance(self.answers, Unset):
            answers = UNSET
        elif isinstance(self.answers, list):
            answers = []
            for answers_type_0_item_data in self.answers:
                answers_type_0_item = answers_type_0_item_data.to_dict()
                answers.append(answers_type_0_item)


        else:
            answers = self.answers

        if answers is not UNSET:
            field_dict["answers"] = answers
        required: bool | None | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        else:
            required = self.required

        if required is not UNSET:
            field_dict["required"] = required
        complete_score: int | None | Unset
        if isinstance(self.complete_score, Unset):
            complete_score = UNSET
        else:
            complete_score = self.complete_score

        if complete_score is not UNSET:
            field_dict["completeScore"] = complete_score
        risk_enabled: bool | None | Unset
        if isinstance(self.risk_enabled, Unset):
            risk_enabled = UNSET
        else:
            risk_enabled = self.risk_enabled

        if risk_enabled is not UNSET:
            field_dict["riskEnabled"] = risk_enabled
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.slug = src_dict["slug"]
        parsed.label = src_dict["label"]
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.tooltip_html = src_dict.get("tooltipHtml", UNSET)
        parsed.description_html = src_dict.get("descriptionHtml", UNSET)
        parsed.bad_response_comment_html = src_dict.get("badResponseCommentHtml", UNSET)
        parsed.good_response_comment_html = src_dict.get("goodResponseCommentHtml", UNSET)
        parsed.placeholder = src_dict.get("placeholder", UNSET)
        parsed.min_ = src_dict.get("min", UNSET)
        parsed.max_ = src_dict.get("max", UNSET)
        parsed.regex = src_dict.get("regex", UNSET)
        parsed.unit = src_dict.get("unit", UNSET)
        parsed.type_ = _parse_type_(src_dict.get("type", UNSET))
        parsed.dynamic_select_type = _parse_dynamic_select_type(src_dict.get("dynamicSelectType", UNSET))
        parsed.editable_options = src_dict.get("editableOptions", UNSET)
        parsed.compliance_rules = _parse_compliance_rules(src_dict.get("complianceRules", UNSET))
        parsed.required = src_dict.get("required", UNSET)
        parsed.complete_score = src_dict.get("completeScore", UNSET)
        parsed.risk_enabled = src_dict.get("riskEnabled", UNSET)
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
