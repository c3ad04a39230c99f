from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.billing_type import BillingType
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
    from ..models.pricing_plan import PricingPlan









def _parse_date_creation(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_trial_start(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_trial_end(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_subscription_start(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_subscription_end(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_unsubscription_date(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data







def _parse_pricing_plan(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.PricingPlan.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data









def _parse_billing_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = BillingType._value2member_map_.get(data)
    if member is not None:
        return member
    return data
































def _load_pricing_plan(source: Mapping[str, Any]) -> Any:
    return _parse_pricing_plan(source.get("pricingPlan", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("stripePaymentId", "stripeCustomerId", "stripeSubscriptionId", "dateCreation", "trialStart", "trialEnd", "subscriptionStart", "subscriptionEnd", "unsubscriptionDate", "trialRemainingDays", "subscriptionRemainingDays", "pricingPlanId", "pricingPlan", "hasTrial", "subscriptionValid", "isInTrial", "hasPaidSubscription", "billingType", "monthlyPrice", "workspaceCredit", "userCredit", "mbytesAttachmentCredit", "logCredit", "cookieWidgetCredit", "legalClaimWidgetCredit", "dataProcessingCredit", "workflowRuleCredit", "customFieldCredit", "cookieWidget", "cartography", "dataSubject", "dataBreach", "riskManagement", "documentGeneration", "audit", "advancedPersonalization", "advancedSecurity", "sso", "record", "taskManagement", "fileManagement", "auditExport", "recordExport", "workflow", "customField", "id", "tenantId", ))

T = TypeVar("T", bound="Subscription")



@_attrs_define
class Subscription(LazyModel):
    """Attributes:
        stripe_payment_id (None | str | Unset):
        stripe_customer_id (None | str | Unset):
        stripe_subscription_id (None | str | Unset):
        date_creation (datetime.datetime | None | Unset):
        trial_start (datetime.datetime | None | Unset):
        trial_end (datetime.datetime | None | Unset):
        subscription_start (datetime.datetime | None | Unset):
        subscription_end (datetime.datetime | None | Unset):
        unsubscription_date (datetime.datetime | None | Unset):
        trial_remaining_days (int | None | Unset):
        subscription_remaining_days (int | None | Unset):
        pricing_plan_id (int | None | Unset):
        pricing_plan (None | PricingPlan | Unset):
        has_trial (bool | None | Unset):
        subscription_valid (bool | None | Unset):
        is_in_trial (bool | None | Unset):
        has_paid_subscription (bool | None | Unset):
        billing_type (BillingType | None | str | Unset):
        monthly_price (float | None | Unset):
        workspace_credit (int | None | Unset):
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
        advanced_security (bool | None | Unset):
        sso (bool | None | Unset):
        record (bool | None | Unset):
        task_management (bool | None | Unset):
        file_management (bool | None | Unset):
        audit_export (bool | None | Unset):
        record_export (bool | None | Unset):
        workflow (bool | None | Unset):
        custom_field (bool | None | Unset):
        id (int | None | Unset):
        tenant_id (int | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "pricing_plan": _load_pricing_plan,
    }

    stripe_payment_id: None | str | Unset = UNSET
    stripe_customer_id: None | str | Unset = UNSET
    stripe_subscription_id: None | str | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    trial_start: datetime.datetime | None | Unset = UNSET
    trial_end: datetime.datetime | None | Unset = UNSET
    subscription_start: datetime.datetime | None | Unset = UNSET
    subscription_end: datetime.datetime | None | Unset = UNSET
    unsubscription_date: datetime.datetime | None | Unset = UNSET
    trial_remaining_days: int | None | Unset = UNSET
    subscription_remaining_days: int | None | Unset = UNSET
    pricing_plan_id: int | None | Unset = UNSET
    pricing_plan: None | PricingPlan | Unset = UNSET
    has_trial: bool | None | Unset = UNSET
    subscription_valid: bool | None | Unset = UNSET
    is_in_trial: bool | None | Unset = UNSET
    has_paid_subscription: bool | None | Unset = UNSET
    billing_type: BillingType | None | str | Unset = UNSET
    monthly_price: float | None | Unset = UNSET
    workspace_credit: int | None | Unset = UNSET
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
    advanced_security: bool | None | Unset = UNSET
    sso: bool | None | Unset = UNSET
    record: bool | None | Unset = UNSET
    task_management: bool | None | Unset = UNSET
    file_management: bool | None | Unset = UNSET
    audit_export: bool | None | Unset = UNSET
    record_export: bool | None | Unset = UNSET
    workflow: bool | None | Unset = UNSET
    custom_field: bool | None | Unset = UNSET
    id: int | None | Unset = UNSET
    tenant_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pricing_plan import PricingPlan  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        stripe_payment_id: None | str | Unset
        if isinstance(self.stripe_payment_id, Unset):
            stripe_payment_id = UNSET
        else:
            stripe_payment_id = self.stripe_payment_id

        if stripe_payment_id is not UNSET:
            field_dict["stripePaymentId"] = stripe_payment_id
        stripe_customer_id: None | str | Unset
        if isinstance(self.stripe_customer_id, Unset):
            stripe_customer_id = UNSET
        else:
            stripe_customer_id = self.stripe_customer_id

        if stripe_customer_id is not UNSET:
            field_dict["stripeCustomerId"] = stripe_customer_id
        stripe_subscription_id: None | str | Unset
        if isinstance(self.stripe_subscription_id, Unset):
            stripe_subscription_id = UNSET
        else:
            stripe_subscription_id = self.stripe_subscription_id

        if stripe_subscription_id is not UNSET:
            field_dict["stripeSubscriptionId"] = stripe_subscription_id
        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        trial_start: None | str | Unset
        if isinstance(self.trial_start, Unset):
            trial_start = UNSET
        elif isinstance(self.trial_start, datetime.datetime):
            trial_start = self.trial_start.isoformat()
        else:
            trial_start = self.trial_start

        if trial_start is not UNSET:
            field_dict["trialStart"] = trial_start
        trial_end: None | str | Unset
        if isinstance(self.trial_end, Unset):
            trial_end = UNSET
        elif isinstance(self.trial_end, datetime.datetime):
            trial_end = self.trial_end.isoformat()
        else:
            trial_end = self.trial_end

        if trial_end is not UNSET:
            field_dict["trialEnd"] = trial_end
        subscription_start: None | str | Unset
        if isinstance(self.subscription_start, Unset):
            subscription_start = UNSET
        elif isinstance(self.subscription_start, datetime.datetime):
            subscription_start = self.subscription_start.isoformat()
        else:
            subscription_start = self.subscription_start

        if subscription_start is not UNSET:
            field_dict["subscriptionStart"] = subscription_start
        subscription_end: None | str | Unset
        if isinstance(self.subscription_end, Unset):
            subscription_end = UNSET
        elif isinstance(self.subscription_end, datetime.datetime):
            subscription_end = self.subscription_end.isoformat()
        else:
            subscription_end = self.subscription_end

        if subscription_end is not UNSET:
            field_dict["subscriptionEnd"] = subscription_end
        unsubscription_date: None | str | Unset
        if isinstance(self.unsubscription_date, Unset):
            unsubscription_date = UNSET
        elif isinstance(self.unsubscription_date, datetime.datetime):
            unsubscription_date = self.unsubscription_date.isoformat()
        else:
            unsubscription_date = self.unsubscription_date

        if unsubscription_date is not UNSET:
            field_dict["unsubscriptionDate"] = unsubscription_date
        trial_remaining_days: int | None | Unset
        if isinstance(self.trial_remaining_days, Unset):
            trial_remaining_days = UNSET
        else:
            trial_remaining_days = self.trial_remaining_days

        if trial_remaining_days is not UNSET:
            field_dict["trialRemainingDays"] = trial_remaining_days
        subscription_remaining_days: int | None | Unset
        if isinstance(self.subscription_remaining_days, Unset):
            subscription_remaining_days = UNSET
        else:
            subscription_remaining_days = self.subscription_remaining_days

        if subscription_remaining_days is not UNSET:
            field_dict["subscriptionRemainingDays"] = subscription_remaining_days
        pricing_plan_id: int | None | Unset
        if isinstance(self.pricing_plan_id, Unset):
            pricing_plan_id = UNSET
        else:
            pricing_plan_id = self.pricing_plan_id

        if pricing_plan_id is not UNSET:
            field_dict["pricingPlanId"] = pricing_plan_id
        pricing_plan: dict[str, Any] | None | Unset
        if isinstance(self.pricing_plan, Unset):
            pricing_plan = UNSET
        elif isinstance(self.pricing_plan, PricingPlan):
            pricing_plan = self.pricing_plan.to_dict()
        else:
            pricing_plan = self.pricing_plan

        if pricing_plan is not UNSET:
            field_dict["pricingPlan"] = pricing_plan
        has_trial: bool | None | Unset
        if isinstance(self.has_trial, Unset):
            has_trial = UNSET
        else:
            has_trial = self.has_trial

        if has_trial is not UNSET:
            field_dict["hasTrial"] = has_trial
        subscription_valid: bool | None | Unset
        if isinstance(self.subscription_valid, Unset):
            subscription_valid = UNSET
        else:
            subscription_valid = self.subscription_valid

        if subscription_valid is not UNSET:
            field_dict["subscriptionValid"] = subscription_valid
        is_in_trial: bool | None | Unset
        if isinstance(self.is_in_trial, Unset):
            is_in_trial = UNSET
        else:
            is_in_trial = self.is_in_trial

        if is_in_trial is not UNSET:
            field_dict["isInTrial"] = is_in_trial
        has_paid_subscription: bool | None | Unset
        if isinstance(self.has_paid_subscription, Unset):
            has_paid_subscription = UNSET
        else:
            has_paid_subscription = self.has_paid_subscription

        if has_paid_subscription is not UNSET:
            field_dict["hasPaidSubscription"] = has_paid_subscription
        billing_type: None | str | Unset
        if isinstance(self.billing_type, Unset):
            billing_type = UNSET
        elif isinstance(self.billing_type, BillingType):
            billing_type = self.billing_type.value
        else:
            billing_type = self.billing_type

        if billing_type is not UNSET:
            field_dict["billingType"] = billing_type
        monthly_price: float | None | Unset
        if isinstance(self.monthly_price, Unset):
            monthly_price = UNSET
        else:
            monthly_price = self.monthly_price

        if monthly_price is not UNSET:
            field_dict["monthlyPrice"] = monthly_price
        workspace_credit: int | None | Unset
        if isinstance(self.workspace_credit, Unset):
            workspace_credit = UNSET
        else:
            workspace_credit = self.workspace_credit

        if workspace_credit is not UNSET:
            field_dict["workspaceCredit"] = workspace_credit
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
        advanced_security: bool | None | Unset
        if isinstance(self.advanced_security, Unset):
            advanced_security = UNSET
        else:
            advanced_security = self.advanced_security

        if advanced_security is not UNSET:
            field_dict["advancedSecurity"] = advanced_security
        sso: bool | None | Unset
        if isinstance(self.sso, Unset):
            sso = UNSET
        else:
            sso = self.sso

        if sso is not UNSET:
            field_dict["sso"] = sso
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
        workflow: bool | None | Unset
        if isinstance(self.workflow, Unset):
            workflow = UNSET
        else:
            workflow = self.workflow

        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        custom_field: bool | None | Unset
        if isinstance(self.custom_field, Unset):
            custom_field = UNSET
        else:
            custom_field = self.custom_field

        if custom_field is not UNSET:
            field_dict["customField"] = custom_field
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        tenant_id: int | None | Unset
        if isinstance(self.tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = self.tenant_id

        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.stripe_payment_id = src_dict.get("stripePaymentId", UNSET)
        parsed.stripe_customer_id = src_dict.get("stripeCustomerId", UNSET)
        parsed.stripe_subscription_id = src_dict.get("stripeSubscriptionId", UNSET)
        parsed.date_creation = _parse_date_creation(src_dict.get("dateCreation", UNSET))
        parsed.trial_start = _parse_trial_start(src_dict.get("trialStart", UNSET))
        parsed.trial_end = _parse_trial_end(src_dict.get("trialEnd", UNSET))
        parsed.subscription_start = _parse_subscription_start(src_dict.get("subscriptionStart", UNSET))
        parsed.subscription_end = _parse_subscription_end(src_dict.get("subscriptionEnd", UNSET))
        parsed.unsubscription_date = _parse_unsubscription_date(src_dict.get("unsubscriptionDate", UNSET))
        parsed.trial_remaining_days = src_dict.get("trialRemainingDays", UNSET)
        parsed.subscription_remaining_days = src_dict.get("subscriptionRemainingDays", UNSET)
        parsed.pricing_plan_id = src_dict.get("pricingPlanId", UNSET)
        parsed.has_trial = src_dict.get("hasTrial", UNSET)
        parsed.subscription_valid = src_dict.get("subscriptionValid", UNSET)
        parsed.is_in_trial = src_dict.get("isInTrial", UNSET)
        parsed.has_paid_subscription = src_dict.get("hasPaidSubscription", UNSET)
        parsed.billing_type = _parse_billing_type(src_dict.get("billingType", UNSET))
        parsed.monthly_price = src_dict.get("monthlyPrice", UNSET)
        parsed.workspace_credit = src_dict.get("workspaceCredit", UNSET)
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
        parsed.advanced_security = src_dict.get("advancedSecurity", UNSET)
        parsed.sso = src_dict.get("sso", UNSET)
        parsed.record = src_dict.get("record", UNSET)
        parsed.task_management = src_dict.get("taskManagement", UNSET)
        parsed.file_management = src_dict.get("fileManagement", UNSET)
        parsed.audit_export = src_dict.get("auditExport", UNSET)
        parsed.record_export = src_dict.get("recordExport", UNSET)
        parsed.workflow = src_dict.get("workflow", UNSET)
        parsed.custom_field = src_dict.get("customField", UNSET)
        parsed.id = src_dict.get("id", UNSET)
        parsed.tenant_id = src_dict.get("tenantId", UNSET)
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
