from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_type import BillingType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricing_plan import PricingPlan


T = TypeVar("T", bound="Subscription")


@_attrs_define
class Subscription:
    """
    Attributes:
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

        stripe_payment_id: None | str | Unset
        if isinstance(self.stripe_payment_id, Unset):
            stripe_payment_id = UNSET
        else:
            stripe_payment_id = self.stripe_payment_id

        stripe_customer_id: None | str | Unset
        if isinstance(self.stripe_customer_id, Unset):
            stripe_customer_id = UNSET
        else:
            stripe_customer_id = self.stripe_customer_id

        stripe_subscription_id: None | str | Unset
        if isinstance(self.stripe_subscription_id, Unset):
            stripe_subscription_id = UNSET
        else:
            stripe_subscription_id = self.stripe_subscription_id

        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        trial_start: None | str | Unset
        if isinstance(self.trial_start, Unset):
            trial_start = UNSET
        elif isinstance(self.trial_start, datetime.datetime):
            trial_start = self.trial_start.isoformat()
        else:
            trial_start = self.trial_start

        trial_end: None | str | Unset
        if isinstance(self.trial_end, Unset):
            trial_end = UNSET
        elif isinstance(self.trial_end, datetime.datetime):
            trial_end = self.trial_end.isoformat()
        else:
            trial_end = self.trial_end

        subscription_start: None | str | Unset
        if isinstance(self.subscription_start, Unset):
            subscription_start = UNSET
        elif isinstance(self.subscription_start, datetime.datetime):
            subscription_start = self.subscription_start.isoformat()
        else:
            subscription_start = self.subscription_start

        subscription_end: None | str | Unset
        if isinstance(self.subscription_end, Unset):
            subscription_end = UNSET
        elif isinstance(self.subscription_end, datetime.datetime):
            subscription_end = self.subscription_end.isoformat()
        else:
            subscription_end = self.subscription_end

        unsubscription_date: None | str | Unset
        if isinstance(self.unsubscription_date, Unset):
            unsubscription_date = UNSET
        elif isinstance(self.unsubscription_date, datetime.datetime):
            unsubscription_date = self.unsubscription_date.isoformat()
        else:
            unsubscription_date = self.unsubscription_date

        trial_remaining_days: int | None | Unset
        if isinstance(self.trial_remaining_days, Unset):
            trial_remaining_days = UNSET
        else:
            trial_remaining_days = self.trial_remaining_days

        subscription_remaining_days: int | None | Unset
        if isinstance(self.subscription_remaining_days, Unset):
            subscription_remaining_days = UNSET
        else:
            subscription_remaining_days = self.subscription_remaining_days

        pricing_plan_id: int | None | Unset
        if isinstance(self.pricing_plan_id, Unset):
            pricing_plan_id = UNSET
        else:
            pricing_plan_id = self.pricing_plan_id

        pricing_plan: dict[str, Any] | None | Unset
        if isinstance(self.pricing_plan, Unset):
            pricing_plan = UNSET
        elif isinstance(self.pricing_plan, PricingPlan):
            pricing_plan = self.pricing_plan.to_dict()
        else:
            pricing_plan = self.pricing_plan

        has_trial: bool | None | Unset
        if isinstance(self.has_trial, Unset):
            has_trial = UNSET
        else:
            has_trial = self.has_trial

        subscription_valid: bool | None | Unset
        if isinstance(self.subscription_valid, Unset):
            subscription_valid = UNSET
        else:
            subscription_valid = self.subscription_valid

        is_in_trial: bool | None | Unset
        if isinstance(self.is_in_trial, Unset):
            is_in_trial = UNSET
        else:
            is_in_trial = self.is_in_trial

        has_paid_subscription: bool | None | Unset
        if isinstance(self.has_paid_subscription, Unset):
            has_paid_subscription = UNSET
        else:
            has_paid_subscription = self.has_paid_subscription

        billing_type: None | str | Unset
        if isinstance(self.billing_type, Unset):
            billing_type = UNSET
        elif isinstance(self.billing_type, BillingType):
            billing_type = self.billing_type.value
        else:
            billing_type = self.billing_type

        monthly_price: float | None | Unset
        if isinstance(self.monthly_price, Unset):
            monthly_price = UNSET
        else:
            monthly_price = self.monthly_price

        workspace_credit: int | None | Unset
        if isinstance(self.workspace_credit, Unset):
            workspace_credit = UNSET
        else:
            workspace_credit = self.workspace_credit

        user_credit: int | None | Unset
        if isinstance(self.user_credit, Unset):
            user_credit = UNSET
        else:
            user_credit = self.user_credit

        mbytes_attachment_credit: int | None | Unset
        if isinstance(self.mbytes_attachment_credit, Unset):
            mbytes_attachment_credit = UNSET
        else:
            mbytes_attachment_credit = self.mbytes_attachment_credit

        log_credit: int | None | Unset
        if isinstance(self.log_credit, Unset):
            log_credit = UNSET
        else:
            log_credit = self.log_credit

        cookie_widget_credit: int | None | Unset
        if isinstance(self.cookie_widget_credit, Unset):
            cookie_widget_credit = UNSET
        else:
            cookie_widget_credit = self.cookie_widget_credit

        legal_claim_widget_credit: int | None | Unset
        if isinstance(self.legal_claim_widget_credit, Unset):
            legal_claim_widget_credit = UNSET
        else:
            legal_claim_widget_credit = self.legal_claim_widget_credit

        data_processing_credit: int | None | Unset
        if isinstance(self.data_processing_credit, Unset):
            data_processing_credit = UNSET
        else:
            data_processing_credit = self.data_processing_credit

        workflow_rule_credit: int | None | Unset
        if isinstance(self.workflow_rule_credit, Unset):
            workflow_rule_credit = UNSET
        else:
            workflow_rule_credit = self.workflow_rule_credit

        custom_field_credit: int | None | Unset
        if isinstance(self.custom_field_credit, Unset):
            custom_field_credit = UNSET
        else:
            custom_field_credit = self.custom_field_credit

        cookie_widget: bool | None | Unset
        if isinstance(self.cookie_widget, Unset):
            cookie_widget = UNSET
        else:
            cookie_widget = self.cookie_widget

        cartography: bool | None | Unset
        if isinstance(self.cartography, Unset):
            cartography = UNSET
        else:
            cartography = self.cartography

        data_subject: bool | None | Unset
        if isinstance(self.data_subject, Unset):
            data_subject = UNSET
        else:
            data_subject = self.data_subject

        data_breach: bool | None | Unset
        if isinstance(self.data_breach, Unset):
            data_breach = UNSET
        else:
            data_breach = self.data_breach

        risk_management: bool | None | Unset
        if isinstance(self.risk_management, Unset):
            risk_management = UNSET
        else:
            risk_management = self.risk_management

        document_generation: bool | None | Unset
        if isinstance(self.document_generation, Unset):
            document_generation = UNSET
        else:
            document_generation = self.document_generation

        audit: bool | None | Unset
        if isinstance(self.audit, Unset):
            audit = UNSET
        else:
            audit = self.audit

        advanced_personalization: bool | None | Unset
        if isinstance(self.advanced_personalization, Unset):
            advanced_personalization = UNSET
        else:
            advanced_personalization = self.advanced_personalization

        advanced_security: bool | None | Unset
        if isinstance(self.advanced_security, Unset):
            advanced_security = UNSET
        else:
            advanced_security = self.advanced_security

        sso: bool | None | Unset
        if isinstance(self.sso, Unset):
            sso = UNSET
        else:
            sso = self.sso

        record: bool | None | Unset
        if isinstance(self.record, Unset):
            record = UNSET
        else:
            record = self.record

        task_management: bool | None | Unset
        if isinstance(self.task_management, Unset):
            task_management = UNSET
        else:
            task_management = self.task_management

        file_management: bool | None | Unset
        if isinstance(self.file_management, Unset):
            file_management = UNSET
        else:
            file_management = self.file_management

        audit_export: bool | None | Unset
        if isinstance(self.audit_export, Unset):
            audit_export = UNSET
        else:
            audit_export = self.audit_export

        record_export: bool | None | Unset
        if isinstance(self.record_export, Unset):
            record_export = UNSET
        else:
            record_export = self.record_export

        workflow: bool | None | Unset
        if isinstance(self.workflow, Unset):
            workflow = UNSET
        else:
            workflow = self.workflow

        custom_field: bool | None | Unset
        if isinstance(self.custom_field, Unset):
            custom_field = UNSET
        else:
            custom_field = self.custom_field

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        tenant_id: int | None | Unset
        if isinstance(self.tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = self.tenant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stripe_payment_id is not UNSET:
            field_dict["stripePaymentId"] = stripe_payment_id
        if stripe_customer_id is not UNSET:
            field_dict["stripeCustomerId"] = stripe_customer_id
        if stripe_subscription_id is not UNSET:
            field_dict["stripeSubscriptionId"] = stripe_subscription_id
        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        if trial_start is not UNSET:
            field_dict["trialStart"] = trial_start
        if trial_end is not UNSET:
            field_dict["trialEnd"] = trial_end
        if subscription_start is not UNSET:
            field_dict["subscriptionStart"] = subscription_start
        if subscription_end is not UNSET:
            field_dict["subscriptionEnd"] = subscription_end
        if unsubscription_date is not UNSET:
            field_dict["unsubscriptionDate"] = unsubscription_date
        if trial_remaining_days is not UNSET:
            field_dict["trialRemainingDays"] = trial_remaining_days
        if subscription_remaining_days is not UNSET:
            field_dict["subscriptionRemainingDays"] = subscription_remaining_days
        if pricing_plan_id is not UNSET:
            field_dict["pricingPlanId"] = pricing_plan_id
        if pricing_plan is not UNSET:
            field_dict["pricingPlan"] = pricing_plan
        if has_trial is not UNSET:
            field_dict["hasTrial"] = has_trial
        if subscription_valid is not UNSET:
            field_dict["subscriptionValid"] = subscription_valid
        if is_in_trial is not UNSET:
            field_dict["isInTrial"] = is_in_trial
        if has_paid_subscription is not UNSET:
            field_dict["hasPaidSubscription"] = has_paid_subscription
        if billing_type is not UNSET:
            field_dict["billingType"] = billing_type
        if monthly_price is not UNSET:
            field_dict["monthlyPrice"] = monthly_price
        if workspace_credit is not UNSET:
            field_dict["workspaceCredit"] = workspace_credit
        if user_credit is not UNSET:
            field_dict["userCredit"] = user_credit
        if mbytes_attachment_credit is not UNSET:
            field_dict["mbytesAttachmentCredit"] = mbytes_attachment_credit
        if log_credit is not UNSET:
            field_dict["logCredit"] = log_credit
        if cookie_widget_credit is not UNSET:
            field_dict["cookieWidgetCredit"] = cookie_widget_credit
        if legal_claim_widget_credit is not UNSET:
            field_dict["legalClaimWidgetCredit"] = legal_claim_widget_credit
        if data_processing_credit is not UNSET:
            field_dict["dataProcessingCredit"] = data_processing_credit
        if workflow_rule_credit is not UNSET:
            field_dict["workflowRuleCredit"] = workflow_rule_credit
        if custom_field_credit is not UNSET:
            field_dict["customFieldCredit"] = custom_field_credit
        if cookie_widget is not UNSET:
            field_dict["cookieWidget"] = cookie_widget
        if cartography is not UNSET:
            field_dict["cartography"] = cartography
        if data_subject is not UNSET:
            field_dict["dataSubject"] = data_subject
        if data_breach is not UNSET:
            field_dict["dataBreach"] = data_breach
        if risk_management is not UNSET:
            field_dict["riskManagement"] = risk_management
        if document_generation is not UNSET:
            field_dict["documentGeneration"] = document_generation
        if audit is not UNSET:
            field_dict["audit"] = audit
        if advanced_personalization is not UNSET:
            field_dict["advancedPersonalization"] = advanced_personalization
        if advanced_security is not UNSET:
            field_dict["advancedSecurity"] = advanced_security
        if sso is not UNSET:
            field_dict["sso"] = sso
        if record is not UNSET:
            field_dict["record"] = record
        if task_management is not UNSET:
            field_dict["taskManagement"] = task_management
        if file_management is not UNSET:
            field_dict["fileManagement"] = file_management
        if audit_export is not UNSET:
            field_dict["auditExport"] = audit_export
        if record_export is not UNSET:
            field_dict["recordExport"] = record_export
        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        if custom_field is not UNSET:
            field_dict["customField"] = custom_field
        if id is not UNSET:
            field_dict["id"] = id
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pricing_plan import PricingPlan

        d = dict(src_dict)

        def _parse_stripe_payment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stripe_payment_id = _parse_stripe_payment_id(d.pop("stripePaymentId", UNSET))

        def _parse_stripe_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stripe_customer_id = _parse_stripe_customer_id(d.pop("stripeCustomerId", UNSET))

        def _parse_stripe_subscription_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stripe_subscription_id = _parse_stripe_subscription_id(d.pop("stripeSubscriptionId", UNSET))

        def _parse_date_creation(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_creation_type_0 = datetime.datetime.fromisoformat(data)

                return date_creation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_creation = _parse_date_creation(d.pop("dateCreation", UNSET))

        def _parse_trial_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trial_start_type_0 = datetime.datetime.fromisoformat(data)

                return trial_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        trial_start = _parse_trial_start(d.pop("trialStart", UNSET))

        def _parse_trial_end(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trial_end_type_0 = datetime.datetime.fromisoformat(data)

                return trial_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        trial_end = _parse_trial_end(d.pop("trialEnd", UNSET))

        def _parse_subscription_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                subscription_start_type_0 = datetime.datetime.fromisoformat(data)

                return subscription_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        subscription_start = _parse_subscription_start(d.pop("subscriptionStart", UNSET))

        def _parse_subscription_end(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                subscription_end_type_0 = datetime.datetime.fromisoformat(data)

                return subscription_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        subscription_end = _parse_subscription_end(d.pop("subscriptionEnd", UNSET))

        def _parse_unsubscription_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unsubscription_date_type_0 = datetime.datetime.fromisoformat(data)

                return unsubscription_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        unsubscription_date = _parse_unsubscription_date(d.pop("unsubscriptionDate", UNSET))

        def _parse_trial_remaining_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        trial_remaining_days = _parse_trial_remaining_days(d.pop("trialRemainingDays", UNSET))

        def _parse_subscription_remaining_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        subscription_remaining_days = _parse_subscription_remaining_days(
            d.pop("subscriptionRemainingDays", UNSET)
        )

        def _parse_pricing_plan_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pricing_plan_id = _parse_pricing_plan_id(d.pop("pricingPlanId", UNSET))

        def _parse_pricing_plan(data: object) -> None | PricingPlan | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pricing_plan_type_1 = PricingPlan.from_dict(data)

                return pricing_plan_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingPlan | Unset, data)

        pricing_plan = _parse_pricing_plan(d.pop("pricingPlan", UNSET))

        def _parse_has_trial(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_trial = _parse_has_trial(d.pop("hasTrial", UNSET))

        def _parse_subscription_valid(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        subscription_valid = _parse_subscription_valid(d.pop("subscriptionValid", UNSET))

        def _parse_is_in_trial(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_in_trial = _parse_is_in_trial(d.pop("isInTrial", UNSET))

        def _parse_has_paid_subscription(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_paid_subscription = _parse_has_paid_subscription(d.pop("hasPaidSubscription", UNSET))

        def _parse_billing_type(data: object) -> BillingType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                billing_type_type_0 = BillingType(data)

                return billing_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingType | None | str | Unset, data)

        billing_type = _parse_billing_type(d.pop("billingType", UNSET))

        def _parse_monthly_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        monthly_price = _parse_monthly_price(d.pop("monthlyPrice", UNSET))

        def _parse_workspace_credit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        workspace_credit = _parse_workspace_credit(d.pop("workspaceCredit", UNSET))

        def _parse_user_credit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_credit = _parse_user_credit(d.pop("userCredit", UNSET))

        def _parse_mbytes_attachment_credit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        mbytes_attachment_credit = _parse_mbytes_attachment_credit(d.pop("mbytesAttachmentCredit", UNSET))

        def _parse_log_credit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        log_credit = _parse_log_credit(d.pop("logCredit", UNSET))

        def _parse_cookie_widget_credit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cookie_widget_credit = _parse_cookie_widget_credit(d.pop("cookieWidgetCredit", UNSET))

        def _parse_legal_claim_widget_credit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        legal_claim_widget_credit = _parse_legal_claim_widget_credit(d.pop("legalClaimWidgetCredit", UNSET))

        def _parse_data_processing_credit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        data_processing_credit = _parse_data_processing_credit(d.pop("dataProcessingCredit", UNSET))

        def _parse_workflow_rule_credit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        workflow_rule_credit = _parse_workflow_rule_credit(d.pop("workflowRuleCredit", UNSET))

        def _parse_custom_field_credit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        custom_field_credit = _parse_custom_field_credit(d.pop("customFieldCredit", UNSET))

        def _parse_cookie_widget(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        cookie_widget = _parse_cookie_widget(d.pop("cookieWidget", UNSET))

        def _parse_cartography(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        cartography = _parse_cartography(d.pop("cartography", UNSET))

        def _parse_data_subject(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        data_subject = _parse_data_subject(d.pop("dataSubject", UNSET))

        def _parse_data_breach(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        data_breach = _parse_data_breach(d.pop("dataBreach", UNSET))

        def _parse_risk_management(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        risk_management = _parse_risk_management(d.pop("riskManagement", UNSET))

        def _parse_document_generation(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        document_generation = _parse_document_generation(d.pop("documentGeneration", UNSET))

        def _parse_audit(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        audit = _parse_audit(d.pop("audit", UNSET))

        def _parse_advanced_personalization(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        advanced_personalization = _parse_advanced_personalization(d.pop("advancedPersonalization", UNSET))

        def _parse_advanced_security(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        advanced_security = _parse_advanced_security(d.pop("advancedSecurity", UNSET))

        def _parse_sso(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        sso = _parse_sso(d.pop("sso", UNSET))

        def _parse_record(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        record = _parse_record(d.pop("record", UNSET))

        def _parse_task_management(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        task_management = _parse_task_management(d.pop("taskManagement", UNSET))

        def _parse_file_management(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        file_management = _parse_file_management(d.pop("fileManagement", UNSET))

        def _parse_audit_export(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        audit_export = _parse_audit_export(d.pop("auditExport", UNSET))

        def _parse_record_export(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        record_export = _parse_record_export(d.pop("recordExport", UNSET))

        def _parse_workflow(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        workflow = _parse_workflow(d.pop("workflow", UNSET))

        def _parse_custom_field(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        custom_field = _parse_custom_field(d.pop("customField", UNSET))

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_tenant_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tenant_id = _parse_tenant_id(d.pop("tenantId", UNSET))

        subscription = cls(
            stripe_payment_id=stripe_payment_id,
            stripe_customer_id=stripe_customer_id,
            stripe_subscription_id=stripe_subscription_id,
            date_creation=date_creation,
            trial_start=trial_start,
            trial_end=trial_end,
            subscription_start=subscription_start,
            subscription_end=subscription_end,
            unsubscription_date=unsubscription_date,
            trial_remaining_days=trial_remaining_days,
            subscription_remaining_days=subscription_remaining_days,
            pricing_plan_id=pricing_plan_id,
            pricing_plan=pricing_plan,
            has_trial=has_trial,
            subscription_valid=subscription_valid,
            is_in_trial=is_in_trial,
            has_paid_subscription=has_paid_subscription,
            billing_type=billing_type,
            monthly_price=monthly_price,
            workspace_credit=workspace_credit,
            user_credit=user_credit,
            mbytes_attachment_credit=mbytes_attachment_credit,
            log_credit=log_credit,
            cookie_widget_credit=cookie_widget_credit,
            legal_claim_widget_credit=legal_claim_widget_credit,
            data_processing_credit=data_processing_credit,
            workflow_rule_credit=workflow_rule_credit,
            custom_field_credit=custom_field_credit,
            cookie_widget=cookie_widget,
            cartography=cartography,
            data_subject=data_subject,
            data_breach=data_breach,
            risk_management=risk_management,
            document_generation=document_generation,
            audit=audit,
            advanced_personalization=advanced_personalization,
            advanced_security=advanced_security,
            sso=sso,
            record=record,
            task_management=task_management,
            file_management=file_management,
            audit_export=audit_export,
            record_export=record_export,
            workflow=workflow,
            custom_field=custom_field,
            id=id,
            tenant_id=tenant_id,
        )

        subscription.additional_properties = d
        return subscription

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
