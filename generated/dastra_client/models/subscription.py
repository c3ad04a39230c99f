from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import VariantMismatchError
from .._lazy import (
    EAGER,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
)
from ..models.billing_type import BillingType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricing_plan import PricingPlan
else:
    PricingPlan = deferred(globals(), "PricingPlan", "..models.pricing_plan")


_BILLING_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in BillingType}


def _load_pricing_plan(model: Subscription, source: Mapping[str, Any]) -> Any:
    value = source.get("pricingPlan", UNSET)
    if value is None or value is UNSET:
        model.pricing_plan = value
        return value
    if isinstance(value, dict):
        try:
            model.pricing_plan = result = PricingPlan.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "pricing_plan", "pricingPlan", "PricingPlan | None", value)
    else:
        result = invalid(model, "pricing_plan", "pricingPlan", "PricingPlan | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "stripePaymentId",
    "stripeCustomerId",
    "stripeSubscriptionId",
    "dateCreation",
    "trialStart",
    "trialEnd",
    "subscriptionStart",
    "subscriptionEnd",
    "unsubscriptionDate",
    "trialRemainingDays",
    "subscriptionRemainingDays",
    "pricingPlanId",
    "pricingPlan",
    "hasTrial",
    "subscriptionValid",
    "isInTrial",
    "hasPaidSubscription",
    "billingType",
    "monthlyPrice",
    "workspaceCredit",
    "userCredit",
    "mbytesAttachmentCredit",
    "logCredit",
    "cookieWidgetCredit",
    "legalClaimWidgetCredit",
    "dataProcessingCredit",
    "workflowRuleCredit",
    "customFieldCredit",
    "cookieWidget",
    "cartography",
    "dataSubject",
    "dataBreach",
    "riskManagement",
    "documentGeneration",
    "audit",
    "advancedPersonalization",
    "advancedSecurity",
    "sso",
    "record",
    "taskManagement",
    "fileManagement",
    "auditExport",
    "recordExport",
    "workflow",
    "customField",
    "id",
    "tenantId",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "stripePaymentId": UNSET,
    "stripeCustomerId": UNSET,
    "stripeSubscriptionId": UNSET,
    "dateCreation": UNSET,
    "trialStart": UNSET,
    "trialEnd": UNSET,
    "subscriptionStart": UNSET,
    "subscriptionEnd": UNSET,
    "unsubscriptionDate": UNSET,
    "trialRemainingDays": UNSET,
    "subscriptionRemainingDays": UNSET,
    "pricingPlanId": UNSET,
    "pricingPlan": UNSET,
    "hasTrial": UNSET,
    "subscriptionValid": UNSET,
    "isInTrial": UNSET,
    "hasPaidSubscription": UNSET,
    "billingType": UNSET,
    "monthlyPrice": UNSET,
    "workspaceCredit": UNSET,
    "userCredit": UNSET,
    "mbytesAttachmentCredit": UNSET,
    "logCredit": UNSET,
    "cookieWidgetCredit": UNSET,
    "legalClaimWidgetCredit": UNSET,
    "dataProcessingCredit": UNSET,
    "workflowRuleCredit": UNSET,
    "customFieldCredit": UNSET,
    "cookieWidget": UNSET,
    "cartography": UNSET,
    "dataSubject": UNSET,
    "dataBreach": UNSET,
    "riskManagement": UNSET,
    "documentGeneration": UNSET,
    "audit": UNSET,
    "advancedPersonalization": UNSET,
    "advancedSecurity": UNSET,
    "sso": UNSET,
    "record": UNSET,
    "taskManagement": UNSET,
    "fileManagement": UNSET,
    "auditExport": UNSET,
    "recordExport": UNSET,
    "workflow": UNSET,
    "customField": UNSET,
    "id": UNSET,
    "tenantId": UNSET,
}

T = TypeVar("T", bound="Subscription")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("stripe_payment_id", "stripePaymentId"),
        ("stripe_customer_id", "stripeCustomerId"),
        ("stripe_subscription_id", "stripeSubscriptionId"),
        ("date_creation", "dateCreation"),
        ("trial_start", "trialStart"),
        ("trial_end", "trialEnd"),
        ("subscription_start", "subscriptionStart"),
        ("subscription_end", "subscriptionEnd"),
        ("unsubscription_date", "unsubscriptionDate"),
        ("trial_remaining_days", "trialRemainingDays"),
        ("subscription_remaining_days", "subscriptionRemainingDays"),
        ("pricing_plan_id", "pricingPlanId"),
        ("pricing_plan", "pricingPlan"),
        ("has_trial", "hasTrial"),
        ("subscription_valid", "subscriptionValid"),
        ("is_in_trial", "isInTrial"),
        ("has_paid_subscription", "hasPaidSubscription"),
        ("billing_type", "billingType"),
        ("monthly_price", "monthlyPrice"),
        ("workspace_credit", "workspaceCredit"),
        ("user_credit", "userCredit"),
        ("mbytes_attachment_credit", "mbytesAttachmentCredit"),
        ("log_credit", "logCredit"),
        ("cookie_widget_credit", "cookieWidgetCredit"),
        ("legal_claim_widget_credit", "legalClaimWidgetCredit"),
        ("data_processing_credit", "dataProcessingCredit"),
        ("workflow_rule_credit", "workflowRuleCredit"),
        ("custom_field_credit", "customFieldCredit"),
        ("cookie_widget", "cookieWidget"),
        ("cartography", "cartography"),
        ("data_subject", "dataSubject"),
        ("data_breach", "dataBreach"),
        ("risk_management", "riskManagement"),
        ("document_generation", "documentGeneration"),
        ("audit", "audit"),
        ("advanced_personalization", "advancedPersonalization"),
        ("advanced_security", "advancedSecurity"),
        ("sso", "sso"),
        ("record", "record"),
        ("task_management", "taskManagement"),
        ("file_management", "fileManagement"),
        ("audit_export", "auditExport"),
        ("record_export", "recordExport"),
        ("workflow", "workflow"),
        ("custom_field", "customField"),
        ("id", "id"),
        ("tenant_id", "tenantId"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
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
        from ..models.pricing_plan import PricingPlan

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "stripe_payment_id" not in unreadable:
            stripe_payment_id: None | str | Unset
            if isinstance(self.stripe_payment_id, Unset):
                stripe_payment_id = UNSET
            else:
                stripe_payment_id = self.stripe_payment_id

            if stripe_payment_id is not UNSET:
                field_dict["stripePaymentId"] = stripe_payment_id
        if "stripe_customer_id" not in unreadable:
            stripe_customer_id: None | str | Unset
            if isinstance(self.stripe_customer_id, Unset):
                stripe_customer_id = UNSET
            else:
                stripe_customer_id = self.stripe_customer_id

            if stripe_customer_id is not UNSET:
                field_dict["stripeCustomerId"] = stripe_customer_id
        if "stripe_subscription_id" not in unreadable:
            stripe_subscription_id: None | str | Unset
            if isinstance(self.stripe_subscription_id, Unset):
                stripe_subscription_id = UNSET
            else:
                stripe_subscription_id = self.stripe_subscription_id

            if stripe_subscription_id is not UNSET:
                field_dict["stripeSubscriptionId"] = stripe_subscription_id
        if "date_creation" not in unreadable:
            date_creation: None | str | Unset
            if isinstance(self.date_creation, Unset):
                date_creation = UNSET
            elif isinstance(self.date_creation, datetime.datetime):
                date_creation = self.date_creation.isoformat()
            else:
                date_creation = self.date_creation

            if date_creation is not UNSET:
                field_dict["dateCreation"] = date_creation
        if "trial_start" not in unreadable:
            trial_start: None | str | Unset
            if isinstance(self.trial_start, Unset):
                trial_start = UNSET
            elif isinstance(self.trial_start, datetime.datetime):
                trial_start = self.trial_start.isoformat()
            else:
                trial_start = self.trial_start

            if trial_start is not UNSET:
                field_dict["trialStart"] = trial_start
        if "trial_end" not in unreadable:
            trial_end: None | str | Unset
            if isinstance(self.trial_end, Unset):
                trial_end = UNSET
            elif isinstance(self.trial_end, datetime.datetime):
                trial_end = self.trial_end.isoformat()
            else:
                trial_end = self.trial_end

            if trial_end is not UNSET:
                field_dict["trialEnd"] = trial_end
        if "subscription_start" not in unreadable:
            subscription_start: None | str | Unset
            if isinstance(self.subscription_start, Unset):
                subscription_start = UNSET
            elif isinstance(self.subscription_start, datetime.datetime):
                subscription_start = self.subscription_start.isoformat()
            else:
                subscription_start = self.subscription_start

            if subscription_start is not UNSET:
                field_dict["subscriptionStart"] = subscription_start
        if "subscription_end" not in unreadable:
            subscription_end: None | str | Unset
            if isinstance(self.subscription_end, Unset):
                subscription_end = UNSET
            elif isinstance(self.subscription_end, datetime.datetime):
                subscription_end = self.subscription_end.isoformat()
            else:
                subscription_end = self.subscription_end

            if subscription_end is not UNSET:
                field_dict["subscriptionEnd"] = subscription_end
        if "unsubscription_date" not in unreadable:
            unsubscription_date: None | str | Unset
            if isinstance(self.unsubscription_date, Unset):
                unsubscription_date = UNSET
            elif isinstance(self.unsubscription_date, datetime.datetime):
                unsubscription_date = self.unsubscription_date.isoformat()
            else:
                unsubscription_date = self.unsubscription_date

            if unsubscription_date is not UNSET:
                field_dict["unsubscriptionDate"] = unsubscription_date
        if "trial_remaining_days" not in unreadable:
            trial_remaining_days: int | None | Unset
            if isinstance(self.trial_remaining_days, Unset):
                trial_remaining_days = UNSET
            else:
                trial_remaining_days = self.trial_remaining_days

            if trial_remaining_days is not UNSET:
                field_dict["trialRemainingDays"] = trial_remaining_days
        if "subscription_remaining_days" not in unreadable:
            subscription_remaining_days: int | None | Unset
            if isinstance(self.subscription_remaining_days, Unset):
                subscription_remaining_days = UNSET
            else:
                subscription_remaining_days = self.subscription_remaining_days

            if subscription_remaining_days is not UNSET:
                field_dict["subscriptionRemainingDays"] = subscription_remaining_days
        if "pricing_plan_id" not in unreadable:
            pricing_plan_id: int | None | Unset
            if isinstance(self.pricing_plan_id, Unset):
                pricing_plan_id = UNSET
            else:
                pricing_plan_id = self.pricing_plan_id

            if pricing_plan_id is not UNSET:
                field_dict["pricingPlanId"] = pricing_plan_id
        if "pricing_plan" not in unreadable:
            pricing_plan: dict[str, Any] | None | Unset
            if isinstance(self.pricing_plan, Unset):
                pricing_plan = UNSET
            elif isinstance(self.pricing_plan, PricingPlan):
                pricing_plan = self.pricing_plan.to_dict()
            else:
                pricing_plan = self.pricing_plan

            if pricing_plan is not UNSET:
                field_dict["pricingPlan"] = pricing_plan
        if "has_trial" not in unreadable:
            has_trial: bool | None | Unset
            if isinstance(self.has_trial, Unset):
                has_trial = UNSET
            else:
                has_trial = self.has_trial

            if has_trial is not UNSET:
                field_dict["hasTrial"] = has_trial
        if "subscription_valid" not in unreadable:
            subscription_valid: bool | None | Unset
            if isinstance(self.subscription_valid, Unset):
                subscription_valid = UNSET
            else:
                subscription_valid = self.subscription_valid

            if subscription_valid is not UNSET:
                field_dict["subscriptionValid"] = subscription_valid
        if "is_in_trial" not in unreadable:
            is_in_trial: bool | None | Unset
            if isinstance(self.is_in_trial, Unset):
                is_in_trial = UNSET
            else:
                is_in_trial = self.is_in_trial

            if is_in_trial is not UNSET:
                field_dict["isInTrial"] = is_in_trial
        if "has_paid_subscription" not in unreadable:
            has_paid_subscription: bool | None | Unset
            if isinstance(self.has_paid_subscription, Unset):
                has_paid_subscription = UNSET
            else:
                has_paid_subscription = self.has_paid_subscription

            if has_paid_subscription is not UNSET:
                field_dict["hasPaidSubscription"] = has_paid_subscription
        if "billing_type" not in unreadable:
            billing_type: None | str | Unset
            if isinstance(self.billing_type, Unset):
                billing_type = UNSET
            elif isinstance(self.billing_type, BillingType):
                billing_type = self.billing_type.value
            else:
                billing_type = self.billing_type

            if billing_type is not UNSET:
                field_dict["billingType"] = billing_type
        if "monthly_price" not in unreadable:
            monthly_price: float | None | Unset
            if isinstance(self.monthly_price, Unset):
                monthly_price = UNSET
            else:
                monthly_price = self.monthly_price

            if monthly_price is not UNSET:
                field_dict["monthlyPrice"] = monthly_price
        if "workspace_credit" not in unreadable:
            workspace_credit: int | None | Unset
            if isinstance(self.workspace_credit, Unset):
                workspace_credit = UNSET
            else:
                workspace_credit = self.workspace_credit

            if workspace_credit is not UNSET:
                field_dict["workspaceCredit"] = workspace_credit
        if "user_credit" not in unreadable:
            user_credit: int | None | Unset
            if isinstance(self.user_credit, Unset):
                user_credit = UNSET
            else:
                user_credit = self.user_credit

            if user_credit is not UNSET:
                field_dict["userCredit"] = user_credit
        if "mbytes_attachment_credit" not in unreadable:
            mbytes_attachment_credit: int | None | Unset
            if isinstance(self.mbytes_attachment_credit, Unset):
                mbytes_attachment_credit = UNSET
            else:
                mbytes_attachment_credit = self.mbytes_attachment_credit

            if mbytes_attachment_credit is not UNSET:
                field_dict["mbytesAttachmentCredit"] = mbytes_attachment_credit
        if "log_credit" not in unreadable:
            log_credit: int | None | Unset
            if isinstance(self.log_credit, Unset):
                log_credit = UNSET
            else:
                log_credit = self.log_credit

            if log_credit is not UNSET:
                field_dict["logCredit"] = log_credit
        if "cookie_widget_credit" not in unreadable:
            cookie_widget_credit: int | None | Unset
            if isinstance(self.cookie_widget_credit, Unset):
                cookie_widget_credit = UNSET
            else:
                cookie_widget_credit = self.cookie_widget_credit

            if cookie_widget_credit is not UNSET:
                field_dict["cookieWidgetCredit"] = cookie_widget_credit
        if "legal_claim_widget_credit" not in unreadable:
            legal_claim_widget_credit: int | None | Unset
            if isinstance(self.legal_claim_widget_credit, Unset):
                legal_claim_widget_credit = UNSET
            else:
                legal_claim_widget_credit = self.legal_claim_widget_credit

            if legal_claim_widget_credit is not UNSET:
                field_dict["legalClaimWidgetCredit"] = legal_claim_widget_credit
        if "data_processing_credit" not in unreadable:
            data_processing_credit: int | None | Unset
            if isinstance(self.data_processing_credit, Unset):
                data_processing_credit = UNSET
            else:
                data_processing_credit = self.data_processing_credit

            if data_processing_credit is not UNSET:
                field_dict["dataProcessingCredit"] = data_processing_credit
        if "workflow_rule_credit" not in unreadable:
            workflow_rule_credit: int | None | Unset
            if isinstance(self.workflow_rule_credit, Unset):
                workflow_rule_credit = UNSET
            else:
                workflow_rule_credit = self.workflow_rule_credit

            if workflow_rule_credit is not UNSET:
                field_dict["workflowRuleCredit"] = workflow_rule_credit
        if "custom_field_credit" not in unreadable:
            custom_field_credit: int | None | Unset
            if isinstance(self.custom_field_credit, Unset):
                custom_field_credit = UNSET
            else:
                custom_field_credit = self.custom_field_credit

            if custom_field_credit is not UNSET:
                field_dict["customFieldCredit"] = custom_field_credit
        if "cookie_widget" not in unreadable:
            cookie_widget: bool | None | Unset
            if isinstance(self.cookie_widget, Unset):
                cookie_widget = UNSET
            else:
                cookie_widget = self.cookie_widget

            if cookie_widget is not UNSET:
                field_dict["cookieWidget"] = cookie_widget
        if "cartography" not in unreadable:
            cartography: bool | None | Unset
            if isinstance(self.cartography, Unset):
                cartography = UNSET
            else:
                cartography = self.cartography

            if cartography is not UNSET:
                field_dict["cartography"] = cartography
        if "data_subject" not in unreadable:
            data_subject: bool | None | Unset
            if isinstance(self.data_subject, Unset):
                data_subject = UNSET
            else:
                data_subject = self.data_subject

            if data_subject is not UNSET:
                field_dict["dataSubject"] = data_subject
        if "data_breach" not in unreadable:
            data_breach: bool | None | Unset
            if isinstance(self.data_breach, Unset):
                data_breach = UNSET
            else:
                data_breach = self.data_breach

            if data_breach is not UNSET:
                field_dict["dataBreach"] = data_breach
        if "risk_management" not in unreadable:
            risk_management: bool | None | Unset
            if isinstance(self.risk_management, Unset):
                risk_management = UNSET
            else:
                risk_management = self.risk_management

            if risk_management is not UNSET:
                field_dict["riskManagement"] = risk_management
        if "document_generation" not in unreadable:
            document_generation: bool | None | Unset
            if isinstance(self.document_generation, Unset):
                document_generation = UNSET
            else:
                document_generation = self.document_generation

            if document_generation is not UNSET:
                field_dict["documentGeneration"] = document_generation
        if "audit" not in unreadable:
            audit: bool | None | Unset
            if isinstance(self.audit, Unset):
                audit = UNSET
            else:
                audit = self.audit

            if audit is not UNSET:
                field_dict["audit"] = audit
        if "advanced_personalization" not in unreadable:
            advanced_personalization: bool | None | Unset
            if isinstance(self.advanced_personalization, Unset):
                advanced_personalization = UNSET
            else:
                advanced_personalization = self.advanced_personalization

            if advanced_personalization is not UNSET:
                field_dict["advancedPersonalization"] = advanced_personalization
        if "advanced_security" not in unreadable:
            advanced_security: bool | None | Unset
            if isinstance(self.advanced_security, Unset):
                advanced_security = UNSET
            else:
                advanced_security = self.advanced_security

            if advanced_security is not UNSET:
                field_dict["advancedSecurity"] = advanced_security
        if "sso" not in unreadable:
            sso: bool | None | Unset
            if isinstance(self.sso, Unset):
                sso = UNSET
            else:
                sso = self.sso

            if sso is not UNSET:
                field_dict["sso"] = sso
        if "record" not in unreadable:
            record: bool | None | Unset
            if isinstance(self.record, Unset):
                record = UNSET
            else:
                record = self.record

            if record is not UNSET:
                field_dict["record"] = record
        if "task_management" not in unreadable:
            task_management: bool | None | Unset
            if isinstance(self.task_management, Unset):
                task_management = UNSET
            else:
                task_management = self.task_management

            if task_management is not UNSET:
                field_dict["taskManagement"] = task_management
        if "file_management" not in unreadable:
            file_management: bool | None | Unset
            if isinstance(self.file_management, Unset):
                file_management = UNSET
            else:
                file_management = self.file_management

            if file_management is not UNSET:
                field_dict["fileManagement"] = file_management
        if "audit_export" not in unreadable:
            audit_export: bool | None | Unset
            if isinstance(self.audit_export, Unset):
                audit_export = UNSET
            else:
                audit_export = self.audit_export

            if audit_export is not UNSET:
                field_dict["auditExport"] = audit_export
        if "record_export" not in unreadable:
            record_export: bool | None | Unset
            if isinstance(self.record_export, Unset):
                record_export = UNSET
            else:
                record_export = self.record_export

            if record_export is not UNSET:
                field_dict["recordExport"] = record_export
        if "workflow" not in unreadable:
            workflow: bool | None | Unset
            if isinstance(self.workflow, Unset):
                workflow = UNSET
            else:
                workflow = self.workflow

            if workflow is not UNSET:
                field_dict["workflow"] = workflow
        if "custom_field" not in unreadable:
            custom_field: bool | None | Unset
            if isinstance(self.custom_field, Unset):
                custom_field = UNSET
            else:
                custom_field = self.custom_field

            if custom_field is not UNSET:
                field_dict["customField"] = custom_field
        if "id" not in unreadable:
            id: int | None | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "tenant_id" not in unreadable:
            tenant_id: int | None | Unset
            if isinstance(self.tenant_id, Unset):
                tenant_id = UNSET
            else:
                tenant_id = self.tenant_id

            if tenant_id is not UNSET:
                field_dict["tenantId"] = tenant_id
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
            if len(src_dict) >= 47:
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
        if isinstance(value, str) or value is None:
            parsed.stripe_payment_id = value
        elif value is UNSET:
            parsed.stripe_payment_id = UNSET
            absent += 1
        else:
            invalid(parsed, "stripe_payment_id", "stripePaymentId", "str | None", value)

        value = values[1]
        if isinstance(value, str) or value is None:
            parsed.stripe_customer_id = value
        elif value is UNSET:
            parsed.stripe_customer_id = UNSET
            absent += 1
        else:
            invalid(parsed, "stripe_customer_id", "stripeCustomerId", "str | None", value)

        value = values[2]
        if isinstance(value, str) or value is None:
            parsed.stripe_subscription_id = value
        elif value is UNSET:
            parsed.stripe_subscription_id = UNSET
            absent += 1
        else:
            invalid(parsed, "stripe_subscription_id", "stripeSubscriptionId", "str | None", value)

        value = values[3]
        if value is None:
            parsed.date_creation = None
        elif value is UNSET:
            parsed.date_creation = UNSET
            absent += 1
        else:
            try:
                parsed.date_creation = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_creation", "dateCreation", "datetime.datetime | None", value)

        value = values[4]
        if value is None:
            parsed.trial_start = None
        elif value is UNSET:
            parsed.trial_start = UNSET
            absent += 1
        else:
            try:
                parsed.trial_start = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "trial_start", "trialStart", "datetime.datetime | None", value)

        value = values[5]
        if value is None:
            parsed.trial_end = None
        elif value is UNSET:
            parsed.trial_end = UNSET
            absent += 1
        else:
            try:
                parsed.trial_end = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "trial_end", "trialEnd", "datetime.datetime | None", value)

        value = values[6]
        if value is None:
            parsed.subscription_start = None
        elif value is UNSET:
            parsed.subscription_start = UNSET
            absent += 1
        else:
            try:
                parsed.subscription_start = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "subscription_start", "subscriptionStart", "datetime.datetime | None", value)

        value = values[7]
        if value is None:
            parsed.subscription_end = None
        elif value is UNSET:
            parsed.subscription_end = UNSET
            absent += 1
        else:
            try:
                parsed.subscription_end = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "subscription_end", "subscriptionEnd", "datetime.datetime | None", value)

        value = values[8]
        if value is None:
            parsed.unsubscription_date = None
        elif value is UNSET:
            parsed.unsubscription_date = UNSET
            absent += 1
        else:
            try:
                parsed.unsubscription_date = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(
                    parsed, "unsubscription_date", "unsubscriptionDate", "datetime.datetime | None", value
                )

        value = values[9]
        if type(value) is int or value is None:
            parsed.trial_remaining_days = value
        elif value is UNSET:
            parsed.trial_remaining_days = UNSET
            absent += 1
        else:
            invalid(parsed, "trial_remaining_days", "trialRemainingDays", "int | None", value)

        value = values[10]
        if type(value) is int or value is None:
            parsed.subscription_remaining_days = value
        elif value is UNSET:
            parsed.subscription_remaining_days = UNSET
            absent += 1
        else:
            invalid(parsed, "subscription_remaining_days", "subscriptionRemainingDays", "int | None", value)

        value = values[11]
        if type(value) is int or value is None:
            parsed.pricing_plan_id = value
        elif value is UNSET:
            parsed.pricing_plan_id = UNSET
            absent += 1
        else:
            invalid(parsed, "pricing_plan_id", "pricingPlanId", "int | None", value)

        value = values[12]
        if value is None:
            parsed.pricing_plan = None
        elif value is UNSET:
            parsed.pricing_plan = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.pricing_plan = PricingPlan.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "pricing_plan", "pricingPlan", "PricingPlan | None", value)
            else:
                invalid(parsed, "pricing_plan", "pricingPlan", "PricingPlan | None", value)

        value = values[13]
        if type(value) is bool or value is None:
            parsed.has_trial = value
        elif value is UNSET:
            parsed.has_trial = UNSET
            absent += 1
        else:
            invalid(parsed, "has_trial", "hasTrial", "bool | None", value)

        value = values[14]
        if type(value) is bool or value is None:
            parsed.subscription_valid = value
        elif value is UNSET:
            parsed.subscription_valid = UNSET
            absent += 1
        else:
            invalid(parsed, "subscription_valid", "subscriptionValid", "bool | None", value)

        value = values[15]
        if type(value) is bool or value is None:
            parsed.is_in_trial = value
        elif value is UNSET:
            parsed.is_in_trial = UNSET
            absent += 1
        else:
            invalid(parsed, "is_in_trial", "isInTrial", "bool | None", value)

        value = values[16]
        if type(value) is bool or value is None:
            parsed.has_paid_subscription = value
        elif value is UNSET:
            parsed.has_paid_subscription = UNSET
            absent += 1
        else:
            invalid(parsed, "has_paid_subscription", "hasPaidSubscription", "bool | None", value)

        value = values[17]
        if isinstance(value, str):
            parsed.billing_type = _BILLING_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.billing_type = None
        elif value is UNSET:
            parsed.billing_type = UNSET
            absent += 1
        else:
            invalid(parsed, "billing_type", "billingType", "BillingType | str | None", value)

        value = values[18]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.monthly_price = value
        elif value is UNSET:
            parsed.monthly_price = UNSET
            absent += 1
        else:
            invalid(parsed, "monthly_price", "monthlyPrice", "float | None", value)

        value = values[19]
        if type(value) is int or value is None:
            parsed.workspace_credit = value
        elif value is UNSET:
            parsed.workspace_credit = UNSET
            absent += 1
        else:
            invalid(parsed, "workspace_credit", "workspaceCredit", "int | None", value)

        value = values[20]
        if type(value) is int or value is None:
            parsed.user_credit = value
        elif value is UNSET:
            parsed.user_credit = UNSET
            absent += 1
        else:
            invalid(parsed, "user_credit", "userCredit", "int | None", value)

        value = values[21]
        if type(value) is int or value is None:
            parsed.mbytes_attachment_credit = value
        elif value is UNSET:
            parsed.mbytes_attachment_credit = UNSET
            absent += 1
        else:
            invalid(parsed, "mbytes_attachment_credit", "mbytesAttachmentCredit", "int | None", value)

        value = values[22]
        if type(value) is int or value is None:
            parsed.log_credit = value
        elif value is UNSET:
            parsed.log_credit = UNSET
            absent += 1
        else:
            invalid(parsed, "log_credit", "logCredit", "int | None", value)

        value = values[23]
        if type(value) is int or value is None:
            parsed.cookie_widget_credit = value
        elif value is UNSET:
            parsed.cookie_widget_credit = UNSET
            absent += 1
        else:
            invalid(parsed, "cookie_widget_credit", "cookieWidgetCredit", "int | None", value)

        value = values[24]
        if type(value) is int or value is None:
            parsed.legal_claim_widget_credit = value
        elif value is UNSET:
            parsed.legal_claim_widget_credit = UNSET
            absent += 1
        else:
            invalid(parsed, "legal_claim_widget_credit", "legalClaimWidgetCredit", "int | None", value)

        value = values[25]
        if type(value) is int or value is None:
            parsed.data_processing_credit = value
        elif value is UNSET:
            parsed.data_processing_credit = UNSET
            absent += 1
        else:
            invalid(parsed, "data_processing_credit", "dataProcessingCredit", "int | None", value)

        value = values[26]
        if type(value) is int or value is None:
            parsed.workflow_rule_credit = value
        elif value is UNSET:
            parsed.workflow_rule_credit = UNSET
            absent += 1
        else:
            invalid(parsed, "workflow_rule_credit", "workflowRuleCredit", "int | None", value)

        value = values[27]
        if type(value) is int or value is None:
            parsed.custom_field_credit = value
        elif value is UNSET:
            parsed.custom_field_credit = UNSET
            absent += 1
        else:
            invalid(parsed, "custom_field_credit", "customFieldCredit", "int | None", value)

        value = values[28]
        if type(value) is bool or value is None:
            parsed.cookie_widget = value
        elif value is UNSET:
            parsed.cookie_widget = UNSET
            absent += 1
        else:
            invalid(parsed, "cookie_widget", "cookieWidget", "bool | None", value)

        value = values[29]
        if type(value) is bool or value is None:
            parsed.cartography = value
        elif value is UNSET:
            parsed.cartography = UNSET
            absent += 1
        else:
            invalid(parsed, "cartography", "cartography", "bool | None", value)

        value = values[30]
        if type(value) is bool or value is None:
            parsed.data_subject = value
        elif value is UNSET:
            parsed.data_subject = UNSET
            absent += 1
        else:
            invalid(parsed, "data_subject", "dataSubject", "bool | None", value)

        value = values[31]
        if type(value) is bool or value is None:
            parsed.data_breach = value
        elif value is UNSET:
            parsed.data_breach = UNSET
            absent += 1
        else:
            invalid(parsed, "data_breach", "dataBreach", "bool | None", value)

        value = values[32]
        if type(value) is bool or value is None:
            parsed.risk_management = value
        elif value is UNSET:
            parsed.risk_management = UNSET
            absent += 1
        else:
            invalid(parsed, "risk_management", "riskManagement", "bool | None", value)

        value = values[33]
        if type(value) is bool or value is None:
            parsed.document_generation = value
        elif value is UNSET:
            parsed.document_generation = UNSET
            absent += 1
        else:
            invalid(parsed, "document_generation", "documentGeneration", "bool | None", value)

        value = values[34]
        if type(value) is bool or value is None:
            parsed.audit = value
        elif value is UNSET:
            parsed.audit = UNSET
            absent += 1
        else:
            invalid(parsed, "audit", "audit", "bool | None", value)

        value = values[35]
        if type(value) is bool or value is None:
            parsed.advanced_personalization = value
        elif value is UNSET:
            parsed.advanced_personalization = UNSET
            absent += 1
        else:
            invalid(parsed, "advanced_personalization", "advancedPersonalization", "bool | None", value)

        value = values[36]
        if type(value) is bool or value is None:
            parsed.advanced_security = value
        elif value is UNSET:
            parsed.advanced_security = UNSET
            absent += 1
        else:
            invalid(parsed, "advanced_security", "advancedSecurity", "bool | None", value)

        value = values[37]
        if type(value) is bool or value is None:
            parsed.sso = value
        elif value is UNSET:
            parsed.sso = UNSET
            absent += 1
        else:
            invalid(parsed, "sso", "sso", "bool | None", value)

        value = values[38]
        if type(value) is bool or value is None:
            parsed.record = value
        elif value is UNSET:
            parsed.record = UNSET
            absent += 1
        else:
            invalid(parsed, "record", "record", "bool | None", value)

        value = values[39]
        if type(value) is bool or value is None:
            parsed.task_management = value
        elif value is UNSET:
            parsed.task_management = UNSET
            absent += 1
        else:
            invalid(parsed, "task_management", "taskManagement", "bool | None", value)

        value = values[40]
        if type(value) is bool or value is None:
            parsed.file_management = value
        elif value is UNSET:
            parsed.file_management = UNSET
            absent += 1
        else:
            invalid(parsed, "file_management", "fileManagement", "bool | None", value)

        value = values[41]
        if type(value) is bool or value is None:
            parsed.audit_export = value
        elif value is UNSET:
            parsed.audit_export = UNSET
            absent += 1
        else:
            invalid(parsed, "audit_export", "auditExport", "bool | None", value)

        value = values[42]
        if type(value) is bool or value is None:
            parsed.record_export = value
        elif value is UNSET:
            parsed.record_export = UNSET
            absent += 1
        else:
            invalid(parsed, "record_export", "recordExport", "bool | None", value)

        value = values[43]
        if type(value) is bool or value is None:
            parsed.workflow = value
        elif value is UNSET:
            parsed.workflow = UNSET
            absent += 1
        else:
            invalid(parsed, "workflow", "workflow", "bool | None", value)

        value = values[44]
        if type(value) is bool or value is None:
            parsed.custom_field = value
        elif value is UNSET:
            parsed.custom_field = UNSET
            absent += 1
        else:
            invalid(parsed, "custom_field", "customField", "bool | None", value)

        value = values[45]
        if type(value) is int or value is None:
            parsed.id = value
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            invalid(parsed, "id", "id", "int | None", value)

        value = values[46]
        if type(value) is int or value is None:
            parsed.tenant_id = value
        elif value is UNSET:
            parsed.tenant_id = UNSET
            absent += 1
        else:
            invalid(parsed, "tenant_id", "tenantId", "int | None", value)

        if len(src_dict) + absent == 47:  # every key is a known one
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
