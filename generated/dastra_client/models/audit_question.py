from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import FieldValidationError, VariantMismatchError
from .._lazy import (
    EAGER,
    MISSING,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.audit_question_dynamic_object_type import AuditQuestionDynamicObjectType
from ..models.audit_question_type import AuditQuestionType
from ..models.compliance_rule import ComplianceRule
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_answer import AuditAnswer
    from ..models.condition_rule_set import ConditionRuleSet
else:
    AuditAnswer = deferred(globals(), "AuditAnswer", "..models.audit_answer")
    ConditionRuleSet = deferred(globals(), "ConditionRuleSet", "..models.condition_rule_set")


_AUDIT_QUESTION_DYNAMIC_OBJECT_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in AuditQuestionDynamicObjectType
}
_AUDIT_QUESTION_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in AuditQuestionType
}
_COMPLIANCE_RULE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in ComplianceRule}


def _load_display_conditions(model: AuditQuestion, source: Mapping[str, Any]) -> Any:
    value = source.get("displayConditions", UNSET)
    if value is None or value is UNSET:
        model.display_conditions = value
        return value
    if isinstance(value, dict):
        try:
            model.display_conditions = result = ConditionRuleSet.from_dict(value)
        except VariantMismatchError:
            result = invalid(
                model, "display_conditions", "displayConditions", "ConditionRuleSet | None", value
            )
    else:
        result = invalid(model, "display_conditions", "displayConditions", "ConditionRuleSet | None", value)
    return result


def _load_answers(model: AuditQuestion, source: Mapping[str, Any]) -> Any:
    value = source.get("answers", UNSET)
    if value is None or value is UNSET:
        model.answers = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.answers = result = list(map(AuditAnswer.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model, "answers", "answers", "list[AuditAnswer] | None", value, items=AuditAnswer.from_dict
            )
    else:
        result = invalid(model, "answers", "answers", "list[AuditAnswer] | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "slug",
    "label",
    "id",
    "tooltipHtml",
    "descriptionHtml",
    "badResponseCommentHtml",
    "goodResponseCommentHtml",
    "placeholder",
    "min",
    "max",
    "regex",
    "unit",
    "type",
    "dynamicSelectType",
    "editableOptions",
    "complianceRules",
    "displayConditions",
    "answers",
    "required",
    "completeScore",
    "riskEnabled",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "slug": MISSING,
    "label": MISSING,
    "id": UNSET,
    "tooltipHtml": UNSET,
    "descriptionHtml": UNSET,
    "badResponseCommentHtml": UNSET,
    "goodResponseCommentHtml": UNSET,
    "placeholder": UNSET,
    "min": UNSET,
    "max": UNSET,
    "regex": UNSET,
    "unit": UNSET,
    "type": UNSET,
    "dynamicSelectType": UNSET,
    "editableOptions": UNSET,
    "complianceRules": UNSET,
    "displayConditions": UNSET,
    "answers": UNSET,
    "required": UNSET,
    "completeScore": UNSET,
    "riskEnabled": UNSET,
}

T = TypeVar("T", bound="AuditQuestion")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("slug", "slug"),
        ("label", "label"),
        ("id", "id"),
        ("tooltip_html", "tooltipHtml"),
        ("description_html", "descriptionHtml"),
        ("bad_response_comment_html", "badResponseCommentHtml"),
        ("good_response_comment_html", "goodResponseCommentHtml"),
        ("placeholder", "placeholder"),
        ("min_", "min"),
        ("max_", "max"),
        ("regex", "regex"),
        ("unit", "unit"),
        ("type_", "type"),
        ("dynamic_select_type", "dynamicSelectType"),
        ("editable_options", "editableOptions"),
        ("compliance_rules", "complianceRules"),
        ("display_conditions", "displayConditions"),
        ("answers", "answers"),
        ("required", "required"),
        ("complete_score", "completeScore"),
        ("risk_enabled", "riskEnabled"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
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
        from ..models.condition_rule_set import ConditionRuleSet

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "slug" not in unreadable:
            slug = self.slug

            field_dict["slug"] = slug
        if "label" not in unreadable:
            label = self.label

            field_dict["label"] = label
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
        if "tooltip_html" not in unreadable:
            tooltip_html: None | str | Unset
            if isinstance(self.tooltip_html, Unset):
                tooltip_html = UNSET
            else:
                tooltip_html = self.tooltip_html

            if tooltip_html is not UNSET:
                field_dict["tooltipHtml"] = tooltip_html
        if "description_html" not in unreadable:
            description_html: None | str | Unset
            if isinstance(self.description_html, Unset):
                description_html = UNSET
            else:
                description_html = self.description_html

            if description_html is not UNSET:
                field_dict["descriptionHtml"] = description_html
        if "bad_response_comment_html" not in unreadable:
            bad_response_comment_html: None | str | Unset
            if isinstance(self.bad_response_comment_html, Unset):
                bad_response_comment_html = UNSET
            else:
                bad_response_comment_html = self.bad_response_comment_html

            if bad_response_comment_html is not UNSET:
                field_dict["badResponseCommentHtml"] = bad_response_comment_html
        if "good_response_comment_html" not in unreadable:
            good_response_comment_html: None | str | Unset
            if isinstance(self.good_response_comment_html, Unset):
                good_response_comment_html = UNSET
            else:
                good_response_comment_html = self.good_response_comment_html

            if good_response_comment_html is not UNSET:
                field_dict["goodResponseCommentHtml"] = good_response_comment_html
        if "placeholder" not in unreadable:
            placeholder: None | str | Unset
            if isinstance(self.placeholder, Unset):
                placeholder = UNSET
            else:
                placeholder = self.placeholder

            if placeholder is not UNSET:
                field_dict["placeholder"] = placeholder
        if "min_" not in unreadable:
            min_: int | None | Unset
            if isinstance(self.min_, Unset):
                min_ = UNSET
            else:
                min_ = self.min_

            if min_ is not UNSET:
                field_dict["min"] = min_
        if "max_" not in unreadable:
            max_: int | None | Unset
            if isinstance(self.max_, Unset):
                max_ = UNSET
            else:
                max_ = self.max_

            if max_ is not UNSET:
                field_dict["max"] = max_
        if "regex" not in unreadable:
            regex: None | str | Unset
            if isinstance(self.regex, Unset):
                regex = UNSET
            else:
                regex = self.regex

            if regex is not UNSET:
                field_dict["regex"] = regex
        if "unit" not in unreadable:
            unit: None | str | Unset
            if isinstance(self.unit, Unset):
                unit = UNSET
            else:
                unit = self.unit

            if unit is not UNSET:
                field_dict["unit"] = unit
        if "type_" not in unreadable:
            type_: None | str | Unset
            if isinstance(self.type_, Unset):
                type_ = UNSET
            elif isinstance(self.type_, AuditQuestionType):
                type_ = self.type_.value
            else:
                type_ = self.type_

            if type_ is not UNSET:
                field_dict["type"] = type_
        if "dynamic_select_type" not in unreadable:
            dynamic_select_type: None | str | Unset
            if isinstance(self.dynamic_select_type, Unset):
                dynamic_select_type = UNSET
            elif isinstance(self.dynamic_select_type, AuditQuestionDynamicObjectType):
                dynamic_select_type = self.dynamic_select_type.value
            else:
                dynamic_select_type = self.dynamic_select_type

            if dynamic_select_type is not UNSET:
                field_dict["dynamicSelectType"] = dynamic_select_type
        if "editable_options" not in unreadable:
            editable_options: bool | None | Unset
            if isinstance(self.editable_options, Unset):
                editable_options = UNSET
            else:
                editable_options = self.editable_options

            if editable_options is not UNSET:
                field_dict["editableOptions"] = editable_options
        if "compliance_rules" not in unreadable:
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
        if "display_conditions" not in unreadable:
            display_conditions: dict[str, Any] | None | Unset
            if isinstance(self.display_conditions, Unset):
                display_conditions = UNSET
            elif isinstance(self.display_conditions, ConditionRuleSet):
                display_conditions = self.display_conditions.to_dict()
            else:
                display_conditions = self.display_conditions

            if display_conditions is not UNSET:
                field_dict["displayConditions"] = display_conditions
        if "answers" not in unreadable:
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
        if "required" not in unreadable:
            required: bool | None | Unset
            if isinstance(self.required, Unset):
                required = UNSET
            else:
                required = self.required

            if required is not UNSET:
                field_dict["required"] = required
        if "complete_score" not in unreadable:
            complete_score: int | None | Unset
            if isinstance(self.complete_score, Unset):
                complete_score = UNSET
            else:
                complete_score = self.complete_score

            if complete_score is not UNSET:
                field_dict["completeScore"] = complete_score
        if "risk_enabled" not in unreadable:
            risk_enabled: bool | None | Unset
            if isinstance(self.risk_enabled, Unset):
                risk_enabled = UNSET
            else:
                risk_enabled = self.risk_enabled

            if risk_enabled is not UNSET:
                field_dict["riskEnabled"] = risk_enabled
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
            if len(src_dict) >= 21:
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
        if isinstance(value, str):
            parsed.slug = value
        else:
            invalid(parsed, "slug", "slug", "str", value)
            absent += value is MISSING

        value = values[1]
        if isinstance(value, str):
            parsed.label = value
        else:
            invalid(parsed, "label", "label", "str", value)
            absent += value is MISSING

        value = values[2]
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

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.tooltip_html = value
        elif value is UNSET:
            parsed.tooltip_html = UNSET
            absent += 1
        else:
            invalid(parsed, "tooltip_html", "tooltipHtml", "str | None", value)

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.description_html = value
        elif value is UNSET:
            parsed.description_html = UNSET
            absent += 1
        else:
            invalid(parsed, "description_html", "descriptionHtml", "str | None", value)

        value = values[5]
        if isinstance(value, str) or value is None:
            parsed.bad_response_comment_html = value
        elif value is UNSET:
            parsed.bad_response_comment_html = UNSET
            absent += 1
        else:
            invalid(parsed, "bad_response_comment_html", "badResponseCommentHtml", "str | None", value)

        value = values[6]
        if isinstance(value, str) or value is None:
            parsed.good_response_comment_html = value
        elif value is UNSET:
            parsed.good_response_comment_html = UNSET
            absent += 1
        else:
            invalid(parsed, "good_response_comment_html", "goodResponseCommentHtml", "str | None", value)

        value = values[7]
        if isinstance(value, str) or value is None:
            parsed.placeholder = value
        elif value is UNSET:
            parsed.placeholder = UNSET
            absent += 1
        else:
            invalid(parsed, "placeholder", "placeholder", "str | None", value)

        value = values[8]
        if type(value) is int or value is None:
            parsed.min_ = value
        elif value is UNSET:
            parsed.min_ = UNSET
            absent += 1
        else:
            invalid(parsed, "min_", "min", "int | None", value)

        value = values[9]
        if type(value) is int or value is None:
            parsed.max_ = value
        elif value is UNSET:
            parsed.max_ = UNSET
            absent += 1
        else:
            invalid(parsed, "max_", "max", "int | None", value)

        value = values[10]
        if isinstance(value, str) or value is None:
            parsed.regex = value
        elif value is UNSET:
            parsed.regex = UNSET
            absent += 1
        else:
            invalid(parsed, "regex", "regex", "str | None", value)

        value = values[11]
        if isinstance(value, str) or value is None:
            parsed.unit = value
        elif value is UNSET:
            parsed.unit = UNSET
            absent += 1
        else:
            invalid(parsed, "unit", "unit", "str | None", value)

        value = values[12]
        if isinstance(value, str):
            parsed.type_ = _AUDIT_QUESTION_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.type_ = None
        elif value is UNSET:
            parsed.type_ = UNSET
            absent += 1
        else:
            invalid(parsed, "type_", "type", "AuditQuestionType | str | None", value)

        value = values[13]
        if isinstance(value, str):
            parsed.dynamic_select_type = _AUDIT_QUESTION_DYNAMIC_OBJECT_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.dynamic_select_type = None
        elif value is UNSET:
            parsed.dynamic_select_type = UNSET
            absent += 1
        else:
            invalid(
                parsed,
                "dynamic_select_type",
                "dynamicSelectType",
                "AuditQuestionDynamicObjectType | str | None",
                value,
            )

        value = values[14]
        if type(value) is bool or value is None:
            parsed.editable_options = value
        elif value is UNSET:
            parsed.editable_options = UNSET
            absent += 1
        else:
            invalid(parsed, "editable_options", "editableOptions", "bool | None", value)

        value = values[15]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "compliance_rules",
                        "complianceRules",
                        "list[ComplianceRule | str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.compliance_rules = [_COMPLIANCE_RULE_BY_VALUE.get(item, item) for item in value]
        elif value is None:
            parsed.compliance_rules = None
        elif value is UNSET:
            parsed.compliance_rules = UNSET
            absent += 1
        else:
            invalid(parsed, "compliance_rules", "complianceRules", "list[ComplianceRule | str] | None", value)

        value = values[16]
        if value is None:
            parsed.display_conditions = None
        elif value is UNSET:
            parsed.display_conditions = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.display_conditions = ConditionRuleSet.from_dict(value)
                except VariantMismatchError:
                    invalid(
                        parsed, "display_conditions", "displayConditions", "ConditionRuleSet | None", value
                    )
            else:
                invalid(parsed, "display_conditions", "displayConditions", "ConditionRuleSet | None", value)

        value = values[17]
        if value is None:
            parsed.answers = None
        elif value is UNSET:
            parsed.answers = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.answers = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.answers = list(map(AuditAnswer.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "answers",
                        "answers",
                        "list[AuditAnswer] | None",
                        value,
                        items=AuditAnswer.from_dict,
                    )
            else:
                invalid(parsed, "answers", "answers", "list[AuditAnswer] | None", value)

        value = values[18]
        if type(value) is bool or value is None:
            parsed.required = value
        elif value is UNSET:
            parsed.required = UNSET
            absent += 1
        else:
            invalid(parsed, "required", "required", "bool | None", value)

        value = values[19]
        if type(value) is int or value is None:
            parsed.complete_score = value
        elif value is UNSET:
            parsed.complete_score = UNSET
            absent += 1
        else:
            invalid(parsed, "complete_score", "completeScore", "int | None", value)

        value = values[20]
        if type(value) is bool or value is None:
            parsed.risk_enabled = value
        elif value is UNSET:
            parsed.risk_enabled = UNSET
            absent += 1
        else:
            invalid(parsed, "risk_enabled", "riskEnabled", "bool | None", value)

        if len(src_dict) + absent == 21:  # every key is a known one
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
