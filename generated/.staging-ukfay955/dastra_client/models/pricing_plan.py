from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.licence_type import LicenceType
from ..types import UNSET, Unset
from typing import cast





































def _parse_licence_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = LicenceType._value2member_map_.get(data)
    if member is not None:
        return member
    return data









_KNOWN_KEYS: frozenset[str] = frozenset(("stripePlanId", "label", "userCredit", "mbytesAttachmentCredit", "logCredit", "cookieWidgetCredit", "legalClaimWidgetCredit", "dataProcessingCredit", "workflowRuleCredit", "customFieldCredit", "cookieWidget", "cartography", "dataSubject", "dataBreach", "riskManagement", "documentGeneration", "audit", "advancedPersonalization", "record", "taskManagement", "fileManagement", "auditExport", "recordExport", "advancedSecurity", "workflow", "sso", "customField", "trialOfferDays", "parentId", "licenceType", "priceForYearBilling", "priceForMonthBilling", "requiresQuote", "mostPopular", "id", ))

T = TypeVar("T", bound="PricingPlan")



@_attrs_define
class PricingPlan(LazyModel):
    """Attributes:
        stripe_plan_id (None | str | Unset):
        label (None | str | Unset):
        user_credit (int | None | Unset):
        mbytes_attachment_credit (int | None | Unset):
        log_credit (int | None | Unset):
        cookie_widget_credit (int | None | Unset):
        legal_claim_widget_credit (int | None | Unset):
        data_processing_credit (int | None | Unset):
        workflow_rule_credit (int | None | Unset):
        custom_field_credit (int | None | Unset):
        cookie_widget (bool | None | Unset):
        cartography (bool | None | Unset):
        data_subject (bool | None | Unset):
        data_breach (bool | None | Unset):
        risk_management (bool | None | Unset):
        document_generation (bool | None | Unset):
        audit (bool | None | Unset):
        advanced_personalization (bool | None | Unset):
        record (bool | None | Unset):
        task_management (bool | None | Unset):
        file_management (bool | None | Unset):
        audit_export (bool | None | Unset):
        record_export (bool | None | Unset):
        advanced_security (bool | None | Unset):
        workflow (bool | None | Unset):
        sso (bool | None | Unset):
        custom_field (bool | None | Unset):
        trial_offer_days (int | None | Unset):
        parent_id (int | None | Unset):
        licence_type (LicenceType | None | str | Unset):
        price_for_year_billing (float | None | Unset):
        price_for_month_billing (float | None | Unset):
        requires_quote (bool | None | Unset):
        most_popular (bool | None | Unset):
        id (int | None | Unset):
"""


    stripe_plan_id: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    user_credit: int | None | Unset = UNSET
    mbytes_attachment_credit: int | None | Unset = UNSET
    log_credit: int | None | Unset = UNSET
    cookie_widget_credit: int | None | Unset = UNSET
    legal_claim_widget_credit: int | None | Unset = UNSET
    data_processing_credit: int | None | Unset = UNSET
    workflow_rule_credit: int | None | Unset = UNSET
    custom_field_credit: int | None | Unset = UNSET
    cookie_widget: bool | None | Unset = UNSET
    cartography: bool | None | Unset = UNSET
    data_subject: bool | None | Unset = UNSET
    data_breach: bool | None | Unset = UNSET
    risk_management: bool | None | Unset = UNSET
    document_generation: bool | None | Unset = UNSET
    audit: bool | None | Unset = UNSET
    advanced_personalization: bool | None | Unset = UNSET
    record: bool | None | Unset = UNSET
    task_management: bool | None | Unset = UNSET
    file_management: bool | None | Unset = UNSET
    audit_export: bool | None | Unset = UNSET
    record_export: bool | None | Unset = UNSET
    advanced_security: bool | None | Unset = UNSET
    workflow: bool | None | Unset = UNSET
    sso: bool | None | Unset = UNSET
    custom_field: bool | None | Unset = UNSET
    trial_offer_days: int | None | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    licence_type: LicenceType | None | str | Unset = UNSET
    price_for_year_billing: float | None | Unset = UNSET
    price_for_month_billing: float | None | Unset = UNSET
    requires_quote: bool | None | Unset = UNSET
    most_popular: bool | None | Unset = UNSET
    id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        stripe_plan_id: None | str | Unset
        if isinstance(self.stripe_plan_id, Unset):
            stripe_plan_id = UNSET
        else:
            stripe_plan_id = self.stripe_plan_id

        if stripe_plan_id is not UNSET:
            field_dict["stripePlanId"] = stripe_plan_id
        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        if label is not UNSET:
            field_dict["label"] = label
        user_credit: int | None | Unset
        if isinstance(self.user_credit, Unset):
            user_credit = UNSET
        else:
            user_credit = self.user_credit

        if user_credit is not UNSET:
            field_dict["userCredit"] = user_credit
        mbytes_attachment_credit: int | None | Unset
        if isinstance(self.mbytes_attachment_credit, Unset):
            mbytes_attachment_credit = UNSET
        else:
            mbytes_attachment_credit = self.mbytes_attachment_credit

        if mbytes_attachment_credit is not UNSET:
            field_dict["mbytesAttachmentCredit"] = mbytes_attachment_credit
        log_credit: int | None | Unset
        if isinstance(self.log_credit, Unset):
            log_credit = UNSET
        else:
            log_credit = self.log_credit

        if log_credit is not UNSET:
            field_dict["logCredit"] = log_credit
        cookie_widget_credit: int | None | Unset
        if isinstance(self.cookie_widget_credit, Unset):
            cookie_widget_credit = UNSET
        else:
            cookie_widget_credit = self.cookie_widget_credit

        if cookie_widget_credit is not UNSET:
            field_dict["cookieWidgetCredit"] = cookie_widget_credit
        legal_claim_widget_credit: int | None | Unset
        if isinstance(self.legal_claim_widget_credit, Unset):
            legal_claim_widget_credit = UNSET
        else:
            legal_claim_widget_credit = self.legal_claim_widget_credit

        if legal_claim_widget_credit is not UNSET:
            field_dict["legalClaimWidgetCredit"] = legal_claim_widget_credit
        data_processing_credit: int | None | Unset
        if isinstance(self.data_processing_credit, Unset):
            data_processing_credit = UNSET
        else:
            data_processing_credit = self.data_processing_credit

        if data_processing_credit is not UNSET:
            field_dict["dataProcessingCredit"] = data_processing_credit
        workflow_rule_credit: int | None | Unset
        if isinstance(self.workflow_rule_credit, Unset):
            workflow_rule_credit = UNSET
        else:
            workflow_rule_credit = self.workflow_rule_credit

        if workflow_rule_credit is not UNSET:
            field_dict["workflowRuleCredit"] = workflow_rule_credit
        custom_field_credit: int | None | Unset
        if isinstance(self.custom_field_credit, Unset):
            custom_field_credit = UNSET
        else:
            custom_field_credit = self.custom_field_credit

        if custom_field_credit is not UNSET:
            field_dict["customFieldCredit"] = custom_field_credit
        cookie_widget: bool | None | Unset
        if isinstance(self.cookie_widget, Unset):
            cookie_widget = UNSET
        else:
            cookie_widget = self.cookie_widget

        if cookie_widget is not UNSET:
            field_dict["cookieWidget"] = cookie_widget
        cartography: bool | None | Unset
        if isinstance(self.cartography, Unset):
            cartography = UNSET
        else:
            cartography = self.cartography

        if cartography is not UNSET:
            field_dict["cartography"] = cartography
        data_subject: bool | None | Unset
        if isinstance(self.data_subject, Unset):
            data_subject = UNSET
        else:
            data_subject = self.data_subject

        if data_subject is not UNSET:
            field_dict["dataSubject"] = data_subject
        data_breach: bool | None | Unset
        if isinstance(self.data_breach, Unset):
            data_breach = UNSET
        else:
            data_breach = self.data_breach

        if data_breach is not UNSET:
            field_dict["dataBreach"] = data_breach
        risk_management: bool | None | Unset
        if isinstance(self.risk_management, Unset):
            risk_management = UNSET
        else:
            risk_management = self.risk_management

        if risk_management is not UNSET:
            field_dict["riskManagement"] = risk_management
        document_generation: bool | None | Unset
        if isinstance(self.document_generation, Unset):
            document_generation = UNSET
        else:
            document_generation = self.document_generation

        if document_generation is not UNSET:
            field_dict["documentGeneration"] = document_generation
        audit: bool | None | Unset
        if isinstance(self.audit, Unset):
            audit = UNSET
        else:
            audit = self.audit

        if audit is not UNSET:
            field_dict["audit"] = audit
        advanced_personalization: bool | None | Unset
        if isinstance(self.advanced_personalization, Unset):
            advanced_personalization = UNSET
        else:
            advanced_personalization = self.advanced_personalization

        if advanced_personalization is not UNSET:
            field_dict["advancedPersonalization"] = advanced_personalization
        record: bool | None | Unset
        if isinstance(self.record, Unset):
            record = UNSET
        else:
            record = self.record

        if record is not UNSET:
            field_dict["record"] = record
        task_management: bool | None | Unset
        if isinstance(self.task_management, Unset):
            task_management = UNSET
        else:
            task_management = self.task_management

        if task_management is not UNSET:
            field_dict["taskManagement"] = task_management
        file_management: bool | None | Unset
        if isinstance(self.file_management, Unset):
            file_management = UNSET
        else:
            file_management = self.file_management

        if file_management is not UNSET:
            field_dict["fileManagement"] = file_management
        audit_export: bool | None | Unset
        if isinstance(self.audit_export, Unset):
            audit_export = UNSET
        else:
            audit_export = self.audit_export

        if audit_export is not UNSET:
            field_dict["auditExport"] = audit_export
        record_export: bool | None | Unset
        if isinstance(self.record_export, Unset):
            record_export = UNSET
        else:
            record_export = self.record_export

        if record_export is not UNSET:
            field_dict["recordExport"] = record_export
        advanced_security: bool | None | Unset
        if isinstance(self.advanced_security, Unset):
            advanced_security = UNSET
        else:
            advanced_security = self.advanced_security

        if advanced_security is not UNSET:
            field_dict["advancedSecurity"] = advanced_security
        workflow: bool | None | Unset
        if isinstance(self.workflow, Unset):
            workflow = UNSET
        else:
            workflow = self.workflow

        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        sso: bool | None | Unset
        if isinstance(self.sso, Unset):
            sso = UNSET
        else:
            sso = self.sso

        if sso is not UNSET:
            field_dict["sso"] = sso
        custom_field: bool | None | Unset
        if isinstance(self.custom_field, Unset):
            custom_field = UNSET
        else:
            custom_field = self.custom_field

        if custom_field is not UNSET:
            field_dict["customField"] = custom_field
        trial_offer_days: int | None | Unset
        if isinstance(self.trial_offer_days, Unset):
            trial_offer_days = UNSET
        else:
            trial_offer_days = self.trial_offer_days

        if trial_offer_days is not UNSET:
            field_dict["trialOfferDays"] = trial_offer_days
        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        licence_type: None | str | Unset
        if isinstance(self.licence_type, Unset):
            licence_type = UNSET
        elif isinstance(self.licence_type, LicenceType):
            licence_type = self.licence_type.value
        else:
            licence_type = self.licence_type

        if licence_type is not UNSET:
            field_dict["licenceType"] = licence_type
        price_for_year_billing: float | None | Unset
        if isinstance(self.price_for_year_billing, Unset):
            price_for_year_billing = UNSET
        else:
            price_for_year_billing = self.price_for_year_billing

        if price_for_year_billing is not UNSET:
            field_dict["priceForYearBilling"] = price_for_year_billing
        price_for_month_billing: float | None | Unset
        if isinstance(self.price_for_month_billing, Unset):
            price_for_month_billing = UNSET
        else:
            price_for_month_billing = self.price_for_month_billing

        if price_for_month_billing is not UNSET:
            field_dict["priceForMonthBilling"] = price_for_month_billing
        requires_quote: bool | None | Unset
        if isinstance(self.requires_quote, Unset):
            requires_quote = UNSET
        else:
            requires_quote = self.requires_quote

        if requires_quote is not UNSET:
            field_dict["requiresQuote"] = requires_quote
        most_popular: bool | None | Unset
        if isinstance(self.most_popular, Unset):
            most_popular = UNSET
        else:
            most_popular = self.most_popular

        if most_popular is not UNSET:
            field_dict["mostPopular"] = most_popular
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.stripe_plan_id = src_dict.get("stripePlanId", UNSET)
        parsed.label = src_dict.get("label", UNSET)
        parsed.user_credit = src_dict.get("userCredit", UNSET)
        parsed.mbytes_attachment_credit = src_dict.get("mbytesAttachmentCredit", UNSET)
        parsed.log_credit = src_dict.get("logCredit", UNSET)
        parsed.cookie_widget_credit = src_dict.get("cookieWidgetCredit", UNSET)
        parsed.legal_claim_widget_credit = src_dict.get("legalClaimWidgetCredit", UNSET)
        parsed.data_processing_credit = src_dict.get("dataProcessingCredit", UNSET)
        parsed.workflow_rule_credit = src_dict.get("workflowRuleCredit", UNSET)
        parsed.custom_field_credit = src_dict.get("customFieldCredit", UNSET)
        parsed.cookie_widget = src_dict.get("cookieWidget", UNSET)
        parsed.cartography = src_dict.get("cartography", UNSET)
        parsed.data_subject = src_dict.get("dataSubject", UNSET)
        parsed.data_breach = src_dict.get("dataBreach", UNSET)
        parsed.risk_management = src_dict.get("riskManagement", UNSET)
        parsed.document_generation = src_dict.get("documentGeneration", UNSET)
        parsed.audit = src_dict.get("audit", UNSET)
        parsed.advanced_personalization = src_dict.get("advancedPersonalization", UNSET)
        parsed.record = src_dict.get("record", UNSET)
        parsed.task_management = src_dict.get("taskManagement", UNSET)
        parsed.file_management = src_dict.get("fileManagement", UNSET)
        parsed.audit_export = src_dict.get("auditExport", UNSET)
        parsed.record_export = src_dict.get("recordExport", UNSET)
        parsed.advanced_security = src_dict.get("advancedSecurity", UNSET)
        parsed.workflow = src_dict.get("workflow", UNSET)
        parsed.sso = src_dict.get("sso", UNSET)
        parsed.custom_field = src_dict.get("customField", UNSET)
        parsed.trial_offer_days = src_dict.get("trialOfferDays", UNSET)
        parsed.parent_id = src_dict.get("parentId", UNSET)
        parsed.licence_type = _parse_licence_type(src_dict.get("licenceType", UNSET))
        parsed.price_for_year_billing = src_dict.get("priceForYearBilling", UNSET)
        parsed.price_for_month_billing = src_dict.get("priceForMonthBilling", UNSET)
        parsed.requires_quote = src_dict.get("requiresQuote", UNSET)
        parsed.most_popular = src_dict.get("mostPopular", UNSET)
        parsed.id = src_dict.get("id", UNSET)
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
