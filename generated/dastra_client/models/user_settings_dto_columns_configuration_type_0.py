from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserSettingsDtoColumnsConfigurationType0")


@_attrs_define
class UserSettingsDtoColumnsConfigurationType0:
    """
    Attributes:
        customer_request (list[str] | Unset):
        data_treatment (list[str] | Unset):
        incident_report (list[str] | Unset):
        data_processing (list[str] | Unset):
        user_request (list[str] | Unset):
        data_breach (list[str] | Unset):
        vendor (list[str] | Unset):
        application (list[str] | Unset):
        user (list[str] | Unset):
        task (list[str] | Unset):
        dashboard (list[str] | Unset):
        cookie_consent (list[str] | Unset):
        data_field (list[str] | Unset):
        data_retention_rule (list[str] | Unset):
        actor (list[str] | Unset):
        risk (list[str] | Unset):
        audit_template (list[str] | Unset):
        audit_response (list[str] | Unset):
        security_measure (list[str] | Unset):
        data_subject (list[str] | Unset):
        control_point (list[str] | Unset):
        risk_asset (list[str] | Unset):
        area (list[str] | Unset):
        asset (list[str] | Unset):
        risk_threat (list[str] | Unset):
        risk_event (list[str] | Unset):
    """

    customer_request: list[str] | Unset = UNSET
    data_treatment: list[str] | Unset = UNSET
    incident_report: list[str] | Unset = UNSET
    data_processing: list[str] | Unset = UNSET
    user_request: list[str] | Unset = UNSET
    data_breach: list[str] | Unset = UNSET
    vendor: list[str] | Unset = UNSET
    application: list[str] | Unset = UNSET
    user: list[str] | Unset = UNSET
    task: list[str] | Unset = UNSET
    dashboard: list[str] | Unset = UNSET
    cookie_consent: list[str] | Unset = UNSET
    data_field: list[str] | Unset = UNSET
    data_retention_rule: list[str] | Unset = UNSET
    actor: list[str] | Unset = UNSET
    risk: list[str] | Unset = UNSET
    audit_template: list[str] | Unset = UNSET
    audit_response: list[str] | Unset = UNSET
    security_measure: list[str] | Unset = UNSET
    data_subject: list[str] | Unset = UNSET
    control_point: list[str] | Unset = UNSET
    risk_asset: list[str] | Unset = UNSET
    area: list[str] | Unset = UNSET
    asset: list[str] | Unset = UNSET
    risk_threat: list[str] | Unset = UNSET
    risk_event: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        customer_request: list[str] | Unset = UNSET
        if not isinstance(self.customer_request, Unset):
            customer_request = self.customer_request

        data_treatment: list[str] | Unset = UNSET
        if not isinstance(self.data_treatment, Unset):
            data_treatment = self.data_treatment

        incident_report: list[str] | Unset = UNSET
        if not isinstance(self.incident_report, Unset):
            incident_report = self.incident_report

        data_processing: list[str] | Unset = UNSET
        if not isinstance(self.data_processing, Unset):
            data_processing = self.data_processing

        user_request: list[str] | Unset = UNSET
        if not isinstance(self.user_request, Unset):
            user_request = self.user_request

        data_breach: list[str] | Unset = UNSET
        if not isinstance(self.data_breach, Unset):
            data_breach = self.data_breach

        vendor: list[str] | Unset = UNSET
        if not isinstance(self.vendor, Unset):
            vendor = self.vendor

        application: list[str] | Unset = UNSET
        if not isinstance(self.application, Unset):
            application = self.application

        user: list[str] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user

        task: list[str] | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task

        dashboard: list[str] | Unset = UNSET
        if not isinstance(self.dashboard, Unset):
            dashboard = self.dashboard

        cookie_consent: list[str] | Unset = UNSET
        if not isinstance(self.cookie_consent, Unset):
            cookie_consent = self.cookie_consent

        data_field: list[str] | Unset = UNSET
        if not isinstance(self.data_field, Unset):
            data_field = self.data_field

        data_retention_rule: list[str] | Unset = UNSET
        if not isinstance(self.data_retention_rule, Unset):
            data_retention_rule = self.data_retention_rule

        actor: list[str] | Unset = UNSET
        if not isinstance(self.actor, Unset):
            actor = self.actor

        risk: list[str] | Unset = UNSET
        if not isinstance(self.risk, Unset):
            risk = self.risk

        audit_template: list[str] | Unset = UNSET
        if not isinstance(self.audit_template, Unset):
            audit_template = self.audit_template

        audit_response: list[str] | Unset = UNSET
        if not isinstance(self.audit_response, Unset):
            audit_response = self.audit_response

        security_measure: list[str] | Unset = UNSET
        if not isinstance(self.security_measure, Unset):
            security_measure = self.security_measure

        data_subject: list[str] | Unset = UNSET
        if not isinstance(self.data_subject, Unset):
            data_subject = self.data_subject

        control_point: list[str] | Unset = UNSET
        if not isinstance(self.control_point, Unset):
            control_point = self.control_point

        risk_asset: list[str] | Unset = UNSET
        if not isinstance(self.risk_asset, Unset):
            risk_asset = self.risk_asset

        area: list[str] | Unset = UNSET
        if not isinstance(self.area, Unset):
            area = self.area

        asset: list[str] | Unset = UNSET
        if not isinstance(self.asset, Unset):
            asset = self.asset

        risk_threat: list[str] | Unset = UNSET
        if not isinstance(self.risk_threat, Unset):
            risk_threat = self.risk_threat

        risk_event: list[str] | Unset = UNSET
        if not isinstance(self.risk_event, Unset):
            risk_event = self.risk_event

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if customer_request is not UNSET:
            field_dict["CustomerRequest"] = customer_request
        if data_treatment is not UNSET:
            field_dict["DataTreatment"] = data_treatment
        if incident_report is not UNSET:
            field_dict["IncidentReport"] = incident_report
        if data_processing is not UNSET:
            field_dict["DataProcessing"] = data_processing
        if user_request is not UNSET:
            field_dict["UserRequest"] = user_request
        if data_breach is not UNSET:
            field_dict["DataBreach"] = data_breach
        if vendor is not UNSET:
            field_dict["Vendor"] = vendor
        if application is not UNSET:
            field_dict["Application"] = application
        if user is not UNSET:
            field_dict["User"] = user
        if task is not UNSET:
            field_dict["Task"] = task
        if dashboard is not UNSET:
            field_dict["Dashboard"] = dashboard
        if cookie_consent is not UNSET:
            field_dict["CookieConsent"] = cookie_consent
        if data_field is not UNSET:
            field_dict["DataField"] = data_field
        if data_retention_rule is not UNSET:
            field_dict["DataRetentionRule"] = data_retention_rule
        if actor is not UNSET:
            field_dict["Actor"] = actor
        if risk is not UNSET:
            field_dict["Risk"] = risk
        if audit_template is not UNSET:
            field_dict["AuditTemplate"] = audit_template
        if audit_response is not UNSET:
            field_dict["AuditResponse"] = audit_response
        if security_measure is not UNSET:
            field_dict["SecurityMeasure"] = security_measure
        if data_subject is not UNSET:
            field_dict["DataSubject"] = data_subject
        if control_point is not UNSET:
            field_dict["ControlPoint"] = control_point
        if risk_asset is not UNSET:
            field_dict["RiskAsset"] = risk_asset
        if area is not UNSET:
            field_dict["Area"] = area
        if asset is not UNSET:
            field_dict["Asset"] = asset
        if risk_threat is not UNSET:
            field_dict["RiskThreat"] = risk_threat
        if risk_event is not UNSET:
            field_dict["RiskEvent"] = risk_event

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_request = cast(list[str], d.pop("CustomerRequest", UNSET))

        data_treatment = cast(list[str], d.pop("DataTreatment", UNSET))

        incident_report = cast(list[str], d.pop("IncidentReport", UNSET))

        data_processing = cast(list[str], d.pop("DataProcessing", UNSET))

        user_request = cast(list[str], d.pop("UserRequest", UNSET))

        data_breach = cast(list[str], d.pop("DataBreach", UNSET))

        vendor = cast(list[str], d.pop("Vendor", UNSET))

        application = cast(list[str], d.pop("Application", UNSET))

        user = cast(list[str], d.pop("User", UNSET))

        task = cast(list[str], d.pop("Task", UNSET))

        dashboard = cast(list[str], d.pop("Dashboard", UNSET))

        cookie_consent = cast(list[str], d.pop("CookieConsent", UNSET))

        data_field = cast(list[str], d.pop("DataField", UNSET))

        data_retention_rule = cast(list[str], d.pop("DataRetentionRule", UNSET))

        actor = cast(list[str], d.pop("Actor", UNSET))

        risk = cast(list[str], d.pop("Risk", UNSET))

        audit_template = cast(list[str], d.pop("AuditTemplate", UNSET))

        audit_response = cast(list[str], d.pop("AuditResponse", UNSET))

        security_measure = cast(list[str], d.pop("SecurityMeasure", UNSET))

        data_subject = cast(list[str], d.pop("DataSubject", UNSET))

        control_point = cast(list[str], d.pop("ControlPoint", UNSET))

        risk_asset = cast(list[str], d.pop("RiskAsset", UNSET))

        area = cast(list[str], d.pop("Area", UNSET))

        asset = cast(list[str], d.pop("Asset", UNSET))

        risk_threat = cast(list[str], d.pop("RiskThreat", UNSET))

        risk_event = cast(list[str], d.pop("RiskEvent", UNSET))

        user_settings_dto_columns_configuration_type_0 = cls(
            customer_request=customer_request,
            data_treatment=data_treatment,
            incident_report=incident_report,
            data_processing=data_processing,
            user_request=user_request,
            data_breach=data_breach,
            vendor=vendor,
            application=application,
            user=user,
            task=task,
            dashboard=dashboard,
            cookie_consent=cookie_consent,
            data_field=data_field,
            data_retention_rule=data_retention_rule,
            actor=actor,
            risk=risk,
            audit_template=audit_template,
            audit_response=audit_response,
            security_measure=security_measure,
            data_subject=data_subject,
            control_point=control_point,
            risk_asset=risk_asset,
            area=area,
            asset=asset,
            risk_threat=risk_threat,
            risk_event=risk_event,
        )

        return user_settings_dto_columns_configuration_type_0
