from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import (
    LazyModel,
    invalid,
    not_an_object,
)
from ..types import UNSET, Unset

_KEYS: Final[tuple[str, ...]] = (
    "CustomerRequest",
    "DataTreatment",
    "IncidentReport",
    "DataProcessing",
    "UserRequest",
    "DataBreach",
    "Vendor",
    "Application",
    "User",
    "Task",
    "Dashboard",
    "CookieConsent",
    "DataField",
    "DataRetentionRule",
    "Actor",
    "Risk",
    "AuditTemplate",
    "AuditResponse",
    "SecurityMeasure",
    "DataSubject",
    "ControlPoint",
    "RiskAsset",
    "Area",
    "Asset",
    "RiskThreat",
    "RiskEvent",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "CustomerRequest": UNSET,
    "DataTreatment": UNSET,
    "IncidentReport": UNSET,
    "DataProcessing": UNSET,
    "UserRequest": UNSET,
    "DataBreach": UNSET,
    "Vendor": UNSET,
    "Application": UNSET,
    "User": UNSET,
    "Task": UNSET,
    "Dashboard": UNSET,
    "CookieConsent": UNSET,
    "DataField": UNSET,
    "DataRetentionRule": UNSET,
    "Actor": UNSET,
    "Risk": UNSET,
    "AuditTemplate": UNSET,
    "AuditResponse": UNSET,
    "SecurityMeasure": UNSET,
    "DataSubject": UNSET,
    "ControlPoint": UNSET,
    "RiskAsset": UNSET,
    "Area": UNSET,
    "Asset": UNSET,
    "RiskThreat": UNSET,
    "RiskEvent": UNSET,
}

T = TypeVar("T", bound="UserSettingsDtoColumnsConfigurationType0")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class UserSettingsDtoColumnsConfigurationType0(LazyModel):
    """Attributes:
    customer_request (list[str] | None | Unset):
    data_treatment (list[str] | None | Unset):
    incident_report (list[str] | None | Unset):
    data_processing (list[str] | None | Unset):
    user_request (list[str] | None | Unset):
    data_breach (list[str] | None | Unset):
    vendor (list[str] | None | Unset):
    application (list[str] | None | Unset):
    user (list[str] | None | Unset):
    task (list[str] | None | Unset):
    dashboard (list[str] | None | Unset):
    cookie_consent (list[str] | None | Unset):
    data_field (list[str] | None | Unset):
    data_retention_rule (list[str] | None | Unset):
    actor (list[str] | None | Unset):
    risk (list[str] | None | Unset):
    audit_template (list[str] | None | Unset):
    audit_response (list[str] | None | Unset):
    security_measure (list[str] | None | Unset):
    data_subject (list[str] | None | Unset):
    control_point (list[str] | None | Unset):
    risk_asset (list[str] | None | Unset):
    area (list[str] | None | Unset):
    asset (list[str] | None | Unset):
    risk_threat (list[str] | None | Unset):
    risk_event (list[str] | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("customer_request", "CustomerRequest"),
        ("data_treatment", "DataTreatment"),
        ("incident_report", "IncidentReport"),
        ("data_processing", "DataProcessing"),
        ("user_request", "UserRequest"),
        ("data_breach", "DataBreach"),
        ("vendor", "Vendor"),
        ("application", "Application"),
        ("user", "User"),
        ("task", "Task"),
        ("dashboard", "Dashboard"),
        ("cookie_consent", "CookieConsent"),
        ("data_field", "DataField"),
        ("data_retention_rule", "DataRetentionRule"),
        ("actor", "Actor"),
        ("risk", "Risk"),
        ("audit_template", "AuditTemplate"),
        ("audit_response", "AuditResponse"),
        ("security_measure", "SecurityMeasure"),
        ("data_subject", "DataSubject"),
        ("control_point", "ControlPoint"),
        ("risk_asset", "RiskAsset"),
        ("area", "Area"),
        ("asset", "Asset"),
        ("risk_threat", "RiskThreat"),
        ("risk_event", "RiskEvent"),
    )

    customer_request: list[str] | None | Unset = UNSET
    data_treatment: list[str] | None | Unset = UNSET
    incident_report: list[str] | None | Unset = UNSET
    data_processing: list[str] | None | Unset = UNSET
    user_request: list[str] | None | Unset = UNSET
    data_breach: list[str] | None | Unset = UNSET
    vendor: list[str] | None | Unset = UNSET
    application: list[str] | None | Unset = UNSET
    user: list[str] | None | Unset = UNSET
    task: list[str] | None | Unset = UNSET
    dashboard: list[str] | None | Unset = UNSET
    cookie_consent: list[str] | None | Unset = UNSET
    data_field: list[str] | None | Unset = UNSET
    data_retention_rule: list[str] | None | Unset = UNSET
    actor: list[str] | None | Unset = UNSET
    risk: list[str] | None | Unset = UNSET
    audit_template: list[str] | None | Unset = UNSET
    audit_response: list[str] | None | Unset = UNSET
    security_measure: list[str] | None | Unset = UNSET
    data_subject: list[str] | None | Unset = UNSET
    control_point: list[str] | None | Unset = UNSET
    risk_asset: list[str] | None | Unset = UNSET
    area: list[str] | None | Unset = UNSET
    asset: list[str] | None | Unset = UNSET
    risk_threat: list[str] | None | Unset = UNSET
    risk_event: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "customer_request" not in unreadable:
            customer_request: list[str] | None | Unset
            if isinstance(self.customer_request, Unset):
                customer_request = UNSET
            elif isinstance(self.customer_request, list):
                customer_request = self.customer_request

            else:
                customer_request = self.customer_request

            if customer_request is not UNSET:
                field_dict["CustomerRequest"] = customer_request
        if "data_treatment" not in unreadable:
            data_treatment: list[str] | None | Unset
            if isinstance(self.data_treatment, Unset):
                data_treatment = UNSET
            elif isinstance(self.data_treatment, list):
                data_treatment = self.data_treatment

            else:
                data_treatment = self.data_treatment

            if data_treatment is not UNSET:
                field_dict["DataTreatment"] = data_treatment
        if "incident_report" not in unreadable:
            incident_report: list[str] | None | Unset
            if isinstance(self.incident_report, Unset):
                incident_report = UNSET
            elif isinstance(self.incident_report, list):
                incident_report = self.incident_report

            else:
                incident_report = self.incident_report

            if incident_report is not UNSET:
                field_dict["IncidentReport"] = incident_report
        if "data_processing" not in unreadable:
            data_processing: list[str] | None | Unset
            if isinstance(self.data_processing, Unset):
                data_processing = UNSET
            elif isinstance(self.data_processing, list):
                data_processing = self.data_processing

            else:
                data_processing = self.data_processing

            if data_processing is not UNSET:
                field_dict["DataProcessing"] = data_processing
        if "user_request" not in unreadable:
            user_request: list[str] | None | Unset
            if isinstance(self.user_request, Unset):
                user_request = UNSET
            elif isinstance(self.user_request, list):
                user_request = self.user_request

            else:
                user_request = self.user_request

            if user_request is not UNSET:
                field_dict["UserRequest"] = user_request
        if "data_breach" not in unreadable:
            data_breach: list[str] | None | Unset
            if isinstance(self.data_breach, Unset):
                data_breach = UNSET
            elif isinstance(self.data_breach, list):
                data_breach = self.data_breach

            else:
                data_breach = self.data_breach

            if data_breach is not UNSET:
                field_dict["DataBreach"] = data_breach
        if "vendor" not in unreadable:
            vendor: list[str] | None | Unset
            if isinstance(self.vendor, Unset):
                vendor = UNSET
            elif isinstance(self.vendor, list):
                vendor = self.vendor

            else:
                vendor = self.vendor

            if vendor is not UNSET:
                field_dict["Vendor"] = vendor
        if "application" not in unreadable:
            application: list[str] | None | Unset
            if isinstance(self.application, Unset):
                application = UNSET
            elif isinstance(self.application, list):
                application = self.application

            else:
                application = self.application

            if application is not UNSET:
                field_dict["Application"] = application
        if "user" not in unreadable:
            user: list[str] | None | Unset
            if isinstance(self.user, Unset):
                user = UNSET
            elif isinstance(self.user, list):
                user = self.user

            else:
                user = self.user

            if user is not UNSET:
                field_dict["User"] = user
        if "task" not in unreadable:
            task: list[str] | None | Unset
            if isinstance(self.task, Unset):
                task = UNSET
            elif isinstance(self.task, list):
                task = self.task

            else:
                task = self.task

            if task is not UNSET:
                field_dict["Task"] = task
        if "dashboard" not in unreadable:
            dashboard: list[str] | None | Unset
            if isinstance(self.dashboard, Unset):
                dashboard = UNSET
            elif isinstance(self.dashboard, list):
                dashboard = self.dashboard

            else:
                dashboard = self.dashboard

            if dashboard is not UNSET:
                field_dict["Dashboard"] = dashboard
        if "cookie_consent" not in unreadable:
            cookie_consent: list[str] | None | Unset
            if isinstance(self.cookie_consent, Unset):
                cookie_consent = UNSET
            elif isinstance(self.cookie_consent, list):
                cookie_consent = self.cookie_consent

            else:
                cookie_consent = self.cookie_consent

            if cookie_consent is not UNSET:
                field_dict["CookieConsent"] = cookie_consent
        if "data_field" not in unreadable:
            data_field: list[str] | None | Unset
            if isinstance(self.data_field, Unset):
                data_field = UNSET
            elif isinstance(self.data_field, list):
                data_field = self.data_field

            else:
                data_field = self.data_field

            if data_field is not UNSET:
                field_dict["DataField"] = data_field
        if "data_retention_rule" not in unreadable:
            data_retention_rule: list[str] | None | Unset
            if isinstance(self.data_retention_rule, Unset):
                data_retention_rule = UNSET
            elif isinstance(self.data_retention_rule, list):
                data_retention_rule = self.data_retention_rule

            else:
                data_retention_rule = self.data_retention_rule

            if data_retention_rule is not UNSET:
                field_dict["DataRetentionRule"] = data_retention_rule
        if "actor" not in unreadable:
            actor: list[str] | None | Unset
            if isinstance(self.actor, Unset):
                actor = UNSET
            elif isinstance(self.actor, list):
                actor = self.actor

            else:
                actor = self.actor

            if actor is not UNSET:
                field_dict["Actor"] = actor
        if "risk" not in unreadable:
            risk: list[str] | None | Unset
            if isinstance(self.risk, Unset):
                risk = UNSET
            elif isinstance(self.risk, list):
                risk = self.risk

            else:
                risk = self.risk

            if risk is not UNSET:
                field_dict["Risk"] = risk
        if "audit_template" not in unreadable:
            audit_template: list[str] | None | Unset
            if isinstance(self.audit_template, Unset):
                audit_template = UNSET
            elif isinstance(self.audit_template, list):
                audit_template = self.audit_template

            else:
                audit_template = self.audit_template

            if audit_template is not UNSET:
                field_dict["AuditTemplate"] = audit_template
        if "audit_response" not in unreadable:
            audit_response: list[str] | None | Unset
            if isinstance(self.audit_response, Unset):
                audit_response = UNSET
            elif isinstance(self.audit_response, list):
                audit_response = self.audit_response

            else:
                audit_response = self.audit_response

            if audit_response is not UNSET:
                field_dict["AuditResponse"] = audit_response
        if "security_measure" not in unreadable:
            security_measure: list[str] | None | Unset
            if isinstance(self.security_measure, Unset):
                security_measure = UNSET
            elif isinstance(self.security_measure, list):
                security_measure = self.security_measure

            else:
                security_measure = self.security_measure

            if security_measure is not UNSET:
                field_dict["SecurityMeasure"] = security_measure
        if "data_subject" not in unreadable:
            data_subject: list[str] | None | Unset
            if isinstance(self.data_subject, Unset):
                data_subject = UNSET
            elif isinstance(self.data_subject, list):
                data_subject = self.data_subject

            else:
                data_subject = self.data_subject

            if data_subject is not UNSET:
                field_dict["DataSubject"] = data_subject
        if "control_point" not in unreadable:
            control_point: list[str] | None | Unset
            if isinstance(self.control_point, Unset):
                control_point = UNSET
            elif isinstance(self.control_point, list):
                control_point = self.control_point

            else:
                control_point = self.control_point

            if control_point is not UNSET:
                field_dict["ControlPoint"] = control_point
        if "risk_asset" not in unreadable:
            risk_asset: list[str] | None | Unset
            if isinstance(self.risk_asset, Unset):
                risk_asset = UNSET
            elif isinstance(self.risk_asset, list):
                risk_asset = self.risk_asset

            else:
                risk_asset = self.risk_asset

            if risk_asset is not UNSET:
                field_dict["RiskAsset"] = risk_asset
        if "area" not in unreadable:
            area: list[str] | None | Unset
            if isinstance(self.area, Unset):
                area = UNSET
            elif isinstance(self.area, list):
                area = self.area

            else:
                area = self.area

            if area is not UNSET:
                field_dict["Area"] = area
        if "asset" not in unreadable:
            asset: list[str] | None | Unset
            if isinstance(self.asset, Unset):
                asset = UNSET
            elif isinstance(self.asset, list):
                asset = self.asset

            else:
                asset = self.asset

            if asset is not UNSET:
                field_dict["Asset"] = asset
        if "risk_threat" not in unreadable:
            risk_threat: list[str] | None | Unset
            if isinstance(self.risk_threat, Unset):
                risk_threat = UNSET
            elif isinstance(self.risk_threat, list):
                risk_threat = self.risk_threat

            else:
                risk_threat = self.risk_threat

            if risk_threat is not UNSET:
                field_dict["RiskThreat"] = risk_threat
        if "risk_event" not in unreadable:
            risk_event: list[str] | None | Unset
            if isinstance(self.risk_event, Unset):
                risk_event = UNSET
            elif isinstance(self.risk_event, list):
                risk_event = self.risk_event

            else:
                risk_event = self.risk_event

            if risk_event is not UNSET:
                field_dict["RiskEvent"] = risk_event
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
            if len(src_dict) >= 26:
                values = _KNOWN_VALUES(src_dict)
            else:  # a known key is absent (no KeyError raised and caught for it)
                values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except KeyError:  # unknown keys in place of known ones
            values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except (TypeError, AttributeError):  # a list, a string, a number...: not an object
            raise not_an_object(cls, src_dict) from None
        parsed = cls.__new__(cls)
        absent = 0  # the known keys the object lacks: its other keys are unknown ones if len() says more
        value = values[0]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "customer_request",
                        "CustomerRequest",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.customer_request = value
        elif value is None:
            parsed.customer_request = None
        elif value is UNSET:
            parsed.customer_request = UNSET
            absent += 1
        else:
            invalid(parsed, "customer_request", "CustomerRequest", "list[str] | None", value)

        value = values[1]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "data_treatment",
                        "DataTreatment",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.data_treatment = value
        elif value is None:
            parsed.data_treatment = None
        elif value is UNSET:
            parsed.data_treatment = UNSET
            absent += 1
        else:
            invalid(parsed, "data_treatment", "DataTreatment", "list[str] | None", value)

        value = values[2]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "incident_report",
                        "IncidentReport",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.incident_report = value
        elif value is None:
            parsed.incident_report = None
        elif value is UNSET:
            parsed.incident_report = UNSET
            absent += 1
        else:
            invalid(parsed, "incident_report", "IncidentReport", "list[str] | None", value)

        value = values[3]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "data_processing",
                        "DataProcessing",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.data_processing = value
        elif value is None:
            parsed.data_processing = None
        elif value is UNSET:
            parsed.data_processing = UNSET
            absent += 1
        else:
            invalid(parsed, "data_processing", "DataProcessing", "list[str] | None", value)

        value = values[4]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "user_request",
                        "UserRequest",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.user_request = value
        elif value is None:
            parsed.user_request = None
        elif value is UNSET:
            parsed.user_request = UNSET
            absent += 1
        else:
            invalid(parsed, "user_request", "UserRequest", "list[str] | None", value)

        value = values[5]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "data_breach",
                        "DataBreach",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.data_breach = value
        elif value is None:
            parsed.data_breach = None
        elif value is UNSET:
            parsed.data_breach = UNSET
            absent += 1
        else:
            invalid(parsed, "data_breach", "DataBreach", "list[str] | None", value)

        value = values[6]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "vendor",
                        "Vendor",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.vendor = value
        elif value is None:
            parsed.vendor = None
        elif value is UNSET:
            parsed.vendor = UNSET
            absent += 1
        else:
            invalid(parsed, "vendor", "Vendor", "list[str] | None", value)

        value = values[7]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "application",
                        "Application",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.application = value
        elif value is None:
            parsed.application = None
        elif value is UNSET:
            parsed.application = UNSET
            absent += 1
        else:
            invalid(parsed, "application", "Application", "list[str] | None", value)

        value = values[8]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "user",
                        "User",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.user = value
        elif value is None:
            parsed.user = None
        elif value is UNSET:
            parsed.user = UNSET
            absent += 1
        else:
            invalid(parsed, "user", "User", "list[str] | None", value)

        value = values[9]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "task",
                        "Task",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.task = value
        elif value is None:
            parsed.task = None
        elif value is UNSET:
            parsed.task = UNSET
            absent += 1
        else:
            invalid(parsed, "task", "Task", "list[str] | None", value)

        value = values[10]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "dashboard",
                        "Dashboard",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.dashboard = value
        elif value is None:
            parsed.dashboard = None
        elif value is UNSET:
            parsed.dashboard = UNSET
            absent += 1
        else:
            invalid(parsed, "dashboard", "Dashboard", "list[str] | None", value)

        value = values[11]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "cookie_consent",
                        "CookieConsent",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.cookie_consent = value
        elif value is None:
            parsed.cookie_consent = None
        elif value is UNSET:
            parsed.cookie_consent = UNSET
            absent += 1
        else:
            invalid(parsed, "cookie_consent", "CookieConsent", "list[str] | None", value)

        value = values[12]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "data_field",
                        "DataField",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.data_field = value
        elif value is None:
            parsed.data_field = None
        elif value is UNSET:
            parsed.data_field = UNSET
            absent += 1
        else:
            invalid(parsed, "data_field", "DataField", "list[str] | None", value)

        value = values[13]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "data_retention_rule",
                        "DataRetentionRule",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.data_retention_rule = value
        elif value is None:
            parsed.data_retention_rule = None
        elif value is UNSET:
            parsed.data_retention_rule = UNSET
            absent += 1
        else:
            invalid(parsed, "data_retention_rule", "DataRetentionRule", "list[str] | None", value)

        value = values[14]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "actor",
                        "Actor",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.actor = value
        elif value is None:
            parsed.actor = None
        elif value is UNSET:
            parsed.actor = UNSET
            absent += 1
        else:
            invalid(parsed, "actor", "Actor", "list[str] | None", value)

        value = values[15]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "risk",
                        "Risk",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.risk = value
        elif value is None:
            parsed.risk = None
        elif value is UNSET:
            parsed.risk = UNSET
            absent += 1
        else:
            invalid(parsed, "risk", "Risk", "list[str] | None", value)

        value = values[16]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "audit_template",
                        "AuditTemplate",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.audit_template = value
        elif value is None:
            parsed.audit_template = None
        elif value is UNSET:
            parsed.audit_template = UNSET
            absent += 1
        else:
            invalid(parsed, "audit_template", "AuditTemplate", "list[str] | None", value)

        value = values[17]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "audit_response",
                        "AuditResponse",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.audit_response = value
        elif value is None:
            parsed.audit_response = None
        elif value is UNSET:
            parsed.audit_response = UNSET
            absent += 1
        else:
            invalid(parsed, "audit_response", "AuditResponse", "list[str] | None", value)

        value = values[18]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "security_measure",
                        "SecurityMeasure",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.security_measure = value
        elif value is None:
            parsed.security_measure = None
        elif value is UNSET:
            parsed.security_measure = UNSET
            absent += 1
        else:
            invalid(parsed, "security_measure", "SecurityMeasure", "list[str] | None", value)

        value = values[19]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "data_subject",
                        "DataSubject",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.data_subject = value
        elif value is None:
            parsed.data_subject = None
        elif value is UNSET:
            parsed.data_subject = UNSET
            absent += 1
        else:
            invalid(parsed, "data_subject", "DataSubject", "list[str] | None", value)

        value = values[20]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "control_point",
                        "ControlPoint",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.control_point = value
        elif value is None:
            parsed.control_point = None
        elif value is UNSET:
            parsed.control_point = UNSET
            absent += 1
        else:
            invalid(parsed, "control_point", "ControlPoint", "list[str] | None", value)

        value = values[21]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "risk_asset",
                        "RiskAsset",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.risk_asset = value
        elif value is None:
            parsed.risk_asset = None
        elif value is UNSET:
            parsed.risk_asset = UNSET
            absent += 1
        else:
            invalid(parsed, "risk_asset", "RiskAsset", "list[str] | None", value)

        value = values[22]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "area",
                        "Area",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.area = value
        elif value is None:
            parsed.area = None
        elif value is UNSET:
            parsed.area = UNSET
            absent += 1
        else:
            invalid(parsed, "area", "Area", "list[str] | None", value)

        value = values[23]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "asset",
                        "Asset",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.asset = value
        elif value is None:
            parsed.asset = None
        elif value is UNSET:
            parsed.asset = UNSET
            absent += 1
        else:
            invalid(parsed, "asset", "Asset", "list[str] | None", value)

        value = values[24]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "risk_threat",
                        "RiskThreat",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.risk_threat = value
        elif value is None:
            parsed.risk_threat = None
        elif value is UNSET:
            parsed.risk_threat = UNSET
            absent += 1
        else:
            invalid(parsed, "risk_threat", "RiskThreat", "list[str] | None", value)

        value = values[25]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "risk_event",
                        "RiskEvent",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.risk_event = value
        elif value is None:
            parsed.risk_event = None
        elif value is UNSET:
            parsed.risk_event = UNSET
            absent += 1
        else:
            invalid(parsed, "risk_event", "RiskEvent", "list[str] | None", value)

        if len(src_dict) + absent == 26:  # every key is a known one
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
