from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserSettingsDtoColumnsConfigurationType0")


@_attrs_define
class UserSettingsDtoColumnsConfigurationType0:
    """
    Attributes:
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
        customer_request: list[str] | None | Unset
        if isinstance(self.customer_request, Unset):
            customer_request = UNSET
        elif isinstance(self.customer_request, list):
            customer_request = self.customer_request

        else:
            customer_request = self.customer_request

        data_treatment: list[str] | None | Unset
        if isinstance(self.data_treatment, Unset):
            data_treatment = UNSET
        elif isinstance(self.data_treatment, list):
            data_treatment = self.data_treatment

        else:
            data_treatment = self.data_treatment

        incident_report: list[str] | None | Unset
        if isinstance(self.incident_report, Unset):
            incident_report = UNSET
        elif isinstance(self.incident_report, list):
            incident_report = self.incident_report

        else:
            incident_report = self.incident_report

        data_processing: list[str] | None | Unset
        if isinstance(self.data_processing, Unset):
            data_processing = UNSET
        elif isinstance(self.data_processing, list):
            data_processing = self.data_processing

        else:
            data_processing = self.data_processing

        user_request: list[str] | None | Unset
        if isinstance(self.user_request, Unset):
            user_request = UNSET
        elif isinstance(self.user_request, list):
            user_request = self.user_request

        else:
            user_request = self.user_request

        data_breach: list[str] | None | Unset
        if isinstance(self.data_breach, Unset):
            data_breach = UNSET
        elif isinstance(self.data_breach, list):
            data_breach = self.data_breach

        else:
            data_breach = self.data_breach

        vendor: list[str] | None | Unset
        if isinstance(self.vendor, Unset):
            vendor = UNSET
        elif isinstance(self.vendor, list):
            vendor = self.vendor

        else:
            vendor = self.vendor

        application: list[str] | None | Unset
        if isinstance(self.application, Unset):
            application = UNSET
        elif isinstance(self.application, list):
            application = self.application

        else:
            application = self.application

        user: list[str] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, list):
            user = self.user

        else:
            user = self.user

        task: list[str] | None | Unset
        if isinstance(self.task, Unset):
            task = UNSET
        elif isinstance(self.task, list):
            task = self.task

        else:
            task = self.task

        dashboard: list[str] | None | Unset
        if isinstance(self.dashboard, Unset):
            dashboard = UNSET
        elif isinstance(self.dashboard, list):
            dashboard = self.dashboard

        else:
            dashboard = self.dashboard

        cookie_consent: list[str] | None | Unset
        if isinstance(self.cookie_consent, Unset):
            cookie_consent = UNSET
        elif isinstance(self.cookie_consent, list):
            cookie_consent = self.cookie_consent

        else:
            cookie_consent = self.cookie_consent

        data_field: list[str] | None | Unset
        if isinstance(self.data_field, Unset):
            data_field = UNSET
        elif isinstance(self.data_field, list):
            data_field = self.data_field

        else:
            data_field = self.data_field

        data_retention_rule: list[str] | None | Unset
        if isinstance(self.data_retention_rule, Unset):
            data_retention_rule = UNSET
        elif isinstance(self.data_retention_rule, list):
            data_retention_rule = self.data_retention_rule

        else:
            data_retention_rule = self.data_retention_rule

        actor: list[str] | None | Unset
        if isinstance(self.actor, Unset):
            actor = UNSET
        elif isinstance(self.actor, list):
            actor = self.actor

        else:
            actor = self.actor

        risk: list[str] | None | Unset
        if isinstance(self.risk, Unset):
            risk = UNSET
        elif isinstance(self.risk, list):
            risk = self.risk

        else:
            risk = self.risk

        audit_template: list[str] | None | Unset
        if isinstance(self.audit_template, Unset):
            audit_template = UNSET
        elif isinstance(self.audit_template, list):
            audit_template = self.audit_template

        else:
            audit_template = self.audit_template

        audit_response: list[str] | None | Unset
        if isinstance(self.audit_response, Unset):
            audit_response = UNSET
        elif isinstance(self.audit_response, list):
            audit_response = self.audit_response

        else:
            audit_response = self.audit_response

        security_measure: list[str] | None | Unset
        if isinstance(self.security_measure, Unset):
            security_measure = UNSET
        elif isinstance(self.security_measure, list):
            security_measure = self.security_measure

        else:
            security_measure = self.security_measure

        data_subject: list[str] | None | Unset
        if isinstance(self.data_subject, Unset):
            data_subject = UNSET
        elif isinstance(self.data_subject, list):
            data_subject = self.data_subject

        else:
            data_subject = self.data_subject

        control_point: list[str] | None | Unset
        if isinstance(self.control_point, Unset):
            control_point = UNSET
        elif isinstance(self.control_point, list):
            control_point = self.control_point

        else:
            control_point = self.control_point

        risk_asset: list[str] | None | Unset
        if isinstance(self.risk_asset, Unset):
            risk_asset = UNSET
        elif isinstance(self.risk_asset, list):
            risk_asset = self.risk_asset

        else:
            risk_asset = self.risk_asset

        area: list[str] | None | Unset
        if isinstance(self.area, Unset):
            area = UNSET
        elif isinstance(self.area, list):
            area = self.area

        else:
            area = self.area

        asset: list[str] | None | Unset
        if isinstance(self.asset, Unset):
            asset = UNSET
        elif isinstance(self.asset, list):
            asset = self.asset

        else:
            asset = self.asset

        risk_threat: list[str] | None | Unset
        if isinstance(self.risk_threat, Unset):
            risk_threat = UNSET
        elif isinstance(self.risk_threat, list):
            risk_threat = self.risk_threat

        else:
            risk_threat = self.risk_threat

        risk_event: list[str] | None | Unset
        if isinstance(self.risk_event, Unset):
            risk_event = UNSET
        elif isinstance(self.risk_event, list):
            risk_event = self.risk_event

        else:
            risk_event = self.risk_event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        def _parse_customer_request(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                customer_request_type_0 = cast(list[str], data)

                return customer_request_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        customer_request = _parse_customer_request(d.pop("CustomerRequest", UNSET))

        def _parse_data_treatment(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_treatment_type_0 = cast(list[str], data)

                return data_treatment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        data_treatment = _parse_data_treatment(d.pop("DataTreatment", UNSET))

        def _parse_incident_report(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                incident_report_type_0 = cast(list[str], data)

                return incident_report_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        incident_report = _parse_incident_report(d.pop("IncidentReport", UNSET))

        def _parse_data_processing(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_processing_type_0 = cast(list[str], data)

                return data_processing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        data_processing = _parse_data_processing(d.pop("DataProcessing", UNSET))

        def _parse_user_request(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                user_request_type_0 = cast(list[str], data)

                return user_request_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        user_request = _parse_user_request(d.pop("UserRequest", UNSET))

        def _parse_data_breach(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_breach_type_0 = cast(list[str], data)

                return data_breach_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        data_breach = _parse_data_breach(d.pop("DataBreach", UNSET))

        def _parse_vendor(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                vendor_type_0 = cast(list[str], data)

                return vendor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        vendor = _parse_vendor(d.pop("Vendor", UNSET))

        def _parse_application(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                application_type_0 = cast(list[str], data)

                return application_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        application = _parse_application(d.pop("Application", UNSET))

        def _parse_user(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                user_type_0 = cast(list[str], data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        user = _parse_user(d.pop("User", UNSET))

        def _parse_task(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                task_type_0 = cast(list[str], data)

                return task_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        task = _parse_task(d.pop("Task", UNSET))

        def _parse_dashboard(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dashboard_type_0 = cast(list[str], data)

                return dashboard_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        dashboard = _parse_dashboard(d.pop("Dashboard", UNSET))

        def _parse_cookie_consent(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cookie_consent_type_0 = cast(list[str], data)

                return cookie_consent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        cookie_consent = _parse_cookie_consent(d.pop("CookieConsent", UNSET))

        def _parse_data_field(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_field_type_0 = cast(list[str], data)

                return data_field_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        data_field = _parse_data_field(d.pop("DataField", UNSET))

        def _parse_data_retention_rule(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_retention_rule_type_0 = cast(list[str], data)

                return data_retention_rule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        data_retention_rule = _parse_data_retention_rule(d.pop("DataRetentionRule", UNSET))

        def _parse_actor(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                actor_type_0 = cast(list[str], data)

                return actor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        actor = _parse_actor(d.pop("Actor", UNSET))

        def _parse_risk(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                risk_type_0 = cast(list[str], data)

                return risk_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        risk = _parse_risk(d.pop("Risk", UNSET))

        def _parse_audit_template(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                audit_template_type_0 = cast(list[str], data)

                return audit_template_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        audit_template = _parse_audit_template(d.pop("AuditTemplate", UNSET))

        def _parse_audit_response(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                audit_response_type_0 = cast(list[str], data)

                return audit_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        audit_response = _parse_audit_response(d.pop("AuditResponse", UNSET))

        def _parse_security_measure(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                security_measure_type_0 = cast(list[str], data)

                return security_measure_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        security_measure = _parse_security_measure(d.pop("SecurityMeasure", UNSET))

        def _parse_data_subject(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_subject_type_0 = cast(list[str], data)

                return data_subject_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        data_subject = _parse_data_subject(d.pop("DataSubject", UNSET))

        def _parse_control_point(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                control_point_type_0 = cast(list[str], data)

                return control_point_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        control_point = _parse_control_point(d.pop("ControlPoint", UNSET))

        def _parse_risk_asset(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                risk_asset_type_0 = cast(list[str], data)

                return risk_asset_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        risk_asset = _parse_risk_asset(d.pop("RiskAsset", UNSET))

        def _parse_area(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                area_type_0 = cast(list[str], data)

                return area_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        area = _parse_area(d.pop("Area", UNSET))

        def _parse_asset(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                asset_type_0 = cast(list[str], data)

                return asset_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        asset = _parse_asset(d.pop("Asset", UNSET))

        def _parse_risk_threat(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                risk_threat_type_0 = cast(list[str], data)

                return risk_threat_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        risk_threat = _parse_risk_threat(d.pop("RiskThreat", UNSET))

        def _parse_risk_event(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                risk_event_type_0 = cast(list[str], data)

                return risk_event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        risk_event = _parse_risk_event(d.pop("RiskEvent", UNSET))

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

        user_settings_dto_columns_configuration_type_0.additional_properties = d
        return user_settings_dto_columns_configuration_type_0

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
