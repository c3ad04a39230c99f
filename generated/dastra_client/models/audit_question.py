from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_question_dynamic_object_type import AuditQuestionDynamicObjectType
from ..models.audit_question_type import AuditQuestionType
from ..models.compliance_rule import ComplianceRule
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_answer import AuditAnswer
    from ..models.condition_rule_set import ConditionRuleSet


T = TypeVar("T", bound="AuditQuestion")


@_attrs_define
class AuditQuestion:
    """
    Attributes:
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
        from ..models.condition_rule_set import ConditionRuleSet

        slug = self.slug

        label = self.label

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        tooltip_html: None | str | Unset
        if isinstance(self.tooltip_html, Unset):
            tooltip_html = UNSET
        else:
            tooltip_html = self.tooltip_html

        description_html: None | str | Unset
        if isinstance(self.description_html, Unset):
            description_html = UNSET
        else:
            description_html = self.description_html

        bad_response_comment_html: None | str | Unset
        if isinstance(self.bad_response_comment_html, Unset):
            bad_response_comment_html = UNSET
        else:
            bad_response_comment_html = self.bad_response_comment_html

        good_response_comment_html: None | str | Unset
        if isinstance(self.good_response_comment_html, Unset):
            good_response_comment_html = UNSET
        else:
            good_response_comment_html = self.good_response_comment_html

        placeholder: None | str | Unset
        if isinstance(self.placeholder, Unset):
            placeholder = UNSET
        else:
            placeholder = self.placeholder

        min_: int | None | Unset
        if isinstance(self.min_, Unset):
            min_ = UNSET
        else:
            min_ = self.min_

        max_: int | None | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        else:
            max_ = self.max_

        regex: None | str | Unset
        if isinstance(self.regex, Unset):
            regex = UNSET
        else:
            regex = self.regex

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, AuditQuestionType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        dynamic_select_type: None | str | Unset
        if isinstance(self.dynamic_select_type, Unset):
            dynamic_select_type = UNSET
        elif isinstance(self.dynamic_select_type, AuditQuestionDynamicObjectType):
            dynamic_select_type = self.dynamic_select_type.value
        else:
            dynamic_select_type = self.dynamic_select_type

        editable_options: bool | None | Unset
        if isinstance(self.editable_options, Unset):
            editable_options = UNSET
        else:
            editable_options = self.editable_options

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

        display_conditions: dict[str, Any] | None | Unset
        if isinstance(self.display_conditions, Unset):
            display_conditions = UNSET
        elif isinstance(self.display_conditions, ConditionRuleSet):
            display_conditions = self.display_conditions.to_dict()
        else:
            display_conditions = self.display_conditions

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

        required: bool | None | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        else:
            required = self.required

        complete_score: int | None | Unset
        if isinstance(self.complete_score, Unset):
            complete_score = UNSET
        else:
            complete_score = self.complete_score

        risk_enabled: bool | None | Unset
        if isinstance(self.risk_enabled, Unset):
            risk_enabled = UNSET
        else:
            risk_enabled = self.risk_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "label": label,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if tooltip_html is not UNSET:
            field_dict["tooltipHtml"] = tooltip_html
        if description_html is not UNSET:
            field_dict["descriptionHtml"] = description_html
        if bad_response_comment_html is not UNSET:
            field_dict["badResponseCommentHtml"] = bad_response_comment_html
        if good_response_comment_html is not UNSET:
            field_dict["goodResponseCommentHtml"] = good_response_comment_html
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_
        if regex is not UNSET:
            field_dict["regex"] = regex
        if unit is not UNSET:
            field_dict["unit"] = unit
        if type_ is not UNSET:
            field_dict["type"] = type_
        if dynamic_select_type is not UNSET:
            field_dict["dynamicSelectType"] = dynamic_select_type
        if editable_options is not UNSET:
            field_dict["editableOptions"] = editable_options
        if compliance_rules is not UNSET:
            field_dict["complianceRules"] = compliance_rules
        if display_conditions is not UNSET:
            field_dict["displayConditions"] = display_conditions
        if answers is not UNSET:
            field_dict["answers"] = answers
        if required is not UNSET:
            field_dict["required"] = required
        if complete_score is not UNSET:
            field_dict["completeScore"] = complete_score
        if risk_enabled is not UNSET:
            field_dict["riskEnabled"] = risk_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_answer import AuditAnswer
        from ..models.condition_rule_set import ConditionRuleSet

        d = dict(src_dict)
        slug = d.pop("slug")

        label = d.pop("label")

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

        def _parse_tooltip_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tooltip_html = _parse_tooltip_html(d.pop("tooltipHtml", UNSET))

        def _parse_description_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description_html = _parse_description_html(d.pop("descriptionHtml", UNSET))

        def _parse_bad_response_comment_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bad_response_comment_html = _parse_bad_response_comment_html(d.pop("badResponseCommentHtml", UNSET))

        def _parse_good_response_comment_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        good_response_comment_html = _parse_good_response_comment_html(
            d.pop("goodResponseCommentHtml", UNSET)
        )

        def _parse_placeholder(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        placeholder = _parse_placeholder(d.pop("placeholder", UNSET))

        def _parse_min_(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_ = _parse_min_(d.pop("min", UNSET))

        def _parse_max_(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_ = _parse_max_(d.pop("max", UNSET))

        def _parse_regex(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        regex = _parse_regex(d.pop("regex", UNSET))

        def _parse_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit = _parse_unit(d.pop("unit", UNSET))

        def _parse_type_(data: object) -> AuditQuestionType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = AuditQuestionType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditQuestionType | None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_dynamic_select_type(data: object) -> AuditQuestionDynamicObjectType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dynamic_select_type_type_0 = AuditQuestionDynamicObjectType(data)

                return dynamic_select_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditQuestionDynamicObjectType | None | str | Unset, data)

        dynamic_select_type = _parse_dynamic_select_type(d.pop("dynamicSelectType", UNSET))

        def _parse_editable_options(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        editable_options = _parse_editable_options(d.pop("editableOptions", UNSET))

        def _parse_compliance_rules(data: object) -> list[ComplianceRule | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                compliance_rules_type_0 = []
                _compliance_rules_type_0 = data
                for compliance_rules_type_0_item_data in _compliance_rules_type_0:

                    def _parse_compliance_rules_type_0_item(data: object) -> ComplianceRule | str:
                        try:
                            if not isinstance(data, str):
                                raise TypeError()
                            compliance_rules_type_0_item_type_0 = ComplianceRule(data)

                            return compliance_rules_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(ComplianceRule | str, data)

                    compliance_rules_type_0_item = _parse_compliance_rules_type_0_item(
                        compliance_rules_type_0_item_data
                    )

                    compliance_rules_type_0.append(compliance_rules_type_0_item)

                return compliance_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ComplianceRule | str] | None | Unset, data)

        compliance_rules = _parse_compliance_rules(d.pop("complianceRules", UNSET))

        def _parse_display_conditions(data: object) -> ConditionRuleSet | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                display_conditions_type_1 = ConditionRuleSet.from_dict(data)

                return display_conditions_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConditionRuleSet | None | Unset, data)

        display_conditions = _parse_display_conditions(d.pop("displayConditions", UNSET))

        def _parse_answers(data: object) -> list[AuditAnswer] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                answers_type_0 = []
                _answers_type_0 = data
                for answers_type_0_item_data in _answers_type_0:
                    answers_type_0_item = AuditAnswer.from_dict(answers_type_0_item_data)

                    answers_type_0.append(answers_type_0_item)

                return answers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AuditAnswer] | None | Unset, data)

        answers = _parse_answers(d.pop("answers", UNSET))

        def _parse_required(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        required = _parse_required(d.pop("required", UNSET))

        def _parse_complete_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        complete_score = _parse_complete_score(d.pop("completeScore", UNSET))

        def _parse_risk_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        risk_enabled = _parse_risk_enabled(d.pop("riskEnabled", UNSET))

        audit_question = cls(
            slug=slug,
            label=label,
            id=id,
            tooltip_html=tooltip_html,
            description_html=description_html,
            bad_response_comment_html=bad_response_comment_html,
            good_response_comment_html=good_response_comment_html,
            placeholder=placeholder,
            min_=min_,
            max_=max_,
            regex=regex,
            unit=unit,
            type_=type_,
            dynamic_select_type=dynamic_select_type,
            editable_options=editable_options,
            compliance_rules=compliance_rules,
            display_conditions=display_conditions,
            answers=answers,
            required=required,
            complete_score=complete_score,
            risk_enabled=risk_enabled,
        )

        audit_question.additional_properties = d
        return audit_question

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
