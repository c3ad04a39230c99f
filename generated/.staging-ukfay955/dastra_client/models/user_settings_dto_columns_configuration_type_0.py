from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

































_KNOWN_KEYS: frozenset[str] = frozenset(("CustomerRequest", "DataTreatment", "IncidentReport", "DataProcessing", "UserRequest", "DataBreach", "Vendor", "Application", "User", "Task", "Dashboard", "CookieConsent", "DataField", "DataRetentionRule", "Actor", "Risk", "AuditTemplate", "AuditResponse", "SecurityMeasure", "DataSubject", "ControlPoint", "RiskAsset", "Area", "Asset", "RiskThreat", "RiskEvent", ))

T = TypeVar("T", bound="UserSettingsDtoColumnsConfigurationType0")



@_attrs_define
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
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        customer_request: list[str] | None | Unset
        if isinstance(self.customer_request, Unset):
            customer_request = UNSET
        elif isinstance(self.customer_request, list):
            customer_request = self.customer_request


        else:
            customer_request = self.customer_request

        if customer_request is not UNSET:
            field_dict["CustomerRequest"] = customer_request
        data_treatment: list[str] | None | Unset
        if isinstance(self.data_treatment, Unset):
            data_treatment = UNSET
        elif isinstance(self.data_treatment, list):
            data_treatment = self.data_treatment


        else:
            data_treatment = self.data_treatment

        if data_treatment is not UNSET:
            field_dict["DataTreatment"] = data_treatment
        incident_report: list[str] | None | Unset
        if isinstance(self.incident_report, Unset):
            incident_report = UNSET
        elif isinstance(self.incident_report, list):
            incident_report = self.incident_report


        else:
            incident_report = self.incident_report

        if incident_report is not UNSET:
            field_dict["IncidentReport"] = incident_report
        data_processing: list[str] | None | Unset
        if isinstance(self.data_processing, Unset):
            data_processing = UNSET
        elif isinstance(self.data_processing, list):
            data_processing = self.data_processing


        else:
            data_processing = self.data_processing

        if data_processing is not UNSET:
            field_dict["DataProcessing"] = data_processing
        user_request: list[str] | None | Unset
        if isinstance(self.user_request, Unset):
            user_request = UNSET
        elif isinstance(self.user_request, list):
            user_request = self.user_request


        else:
            user_request = self.user_request

        if user_request is not UNSET:
            field_dict["UserRequest"] = user_request
        data_breach: list[str] | None | Unset
        if isinstance(self.data_breach, Unset):
            data_breach = UNSET
        elif isinstance(self.data_breach, list):
            data_breach = self.data_breach


        else:
            data_breach = self.data_breach

        if data_breach is not UNSET:
            field_dict["DataBreach"] = data_breach
        vendor: list[str] | None | Unset
        if isinstance(self.vendor, Unset):
            vendor = UNSET
        elif isinstance(self.vendor, list):
            vendor = self.vendor


        else:
            vendor = self.vendor

        if vendor is not UNSET:
            field_dict["Vendor"] = vendor
        application: list[str] | None | Unset
        if isinstance(self.application, Unset):
            application = UNSET
        elif isinstance(self.application, list):
            application = self.application


        else:
            application = self.application

        if application is not UNSET:
            field_dict["Application"] = application
        user: list[str] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, list):
            user = self.user


        else:
            user = self.user

        if user is not UNSET:
            field_dict["User"] = user
        task: list[str] | None | Unset
        if isinstance(self.task, Unset):
            task = UNSET
        elif isinstance(self.task, list):
            task = self.task


        else:
            task = self.task

        if task is not UNSET:
            field_dict["Task"] = task
        dashboard: list[str] | None | Unset
        if isinstance(self.dashboard, Unset):
            dashboard = UNSET
        elif isinstance(self.dashboard, list):
            dashboard = self.dashboard


        else:
            dashboard = self.dashboard

        if dashboard is not UNSET:
            field_dict["Dashboard"] = dashboard
        cookie_consent: list[str] | None | Unset
        if isinstance(self.cookie_consent, Unset):
            cookie_consent = UNSET
        elif isinstance(self.cookie_consent, list):
            cookie_consent = self.cookie_consent


        else:
            cookie_consent = self.cookie_consent

        if cookie_consent is not UNSET:
            field_dict["CookieConsent"] = cookie_consent
        data_field: list[str] | None | Unset
        if isinstance(self.data_field, Unset):
            data_field = UNSET
        elif isinstance(self.data_field, list):
            data_field = self.data_field


        else:
            data_field = self.data_field

        if data_field is not UNSET:
            field_dict["DataField"] = data_field
        data_retention_rule: list[str] | None | Unset
        if isinstance(self.data_retention_rule, Unset):
            data_retention_rule = UNSET
        elif isinstance(self.data_retention_rule, list):
            data_retention_rule = self.data_retention_rule


        else:
            data_retention_rule = self.data_retention_rule

        if data_retention_rule is not UNSET:
            field_dict["DataRetentionRule"] = data_retention_rule
        actor: list[str] | None | Unset
        if isinstance(self.actor, Unset):
            actor = UNSET
        elif isinstance(self.actor, list):
            actor = self.actor


        else:
            actor = self.actor

        if actor is not UNSET:
            field_dict["Actor"] = actor
        risk: list[str] | None | Unset
        if isinstance(self.risk, Unset):
            risk = UNSET
        elif isinstance(self.risk, list):
            risk = self.risk


        else:
            risk = self.risk

        if risk is not UNSET:
            field_dict["Risk"] = risk
        audit_template: list[str] | None | Unset
        if isinstance(self.audit_template, Unset):
            audit_template = UNSET
        elif isinstance(self.audit_template, list):
            audit_template = self.audit_template


        else:
            audit_template = self.audit_template

        if audit_template is not UNSET:
            field_dict["AuditTemplate"] = audit_template
        audit_response: list[str] | None | Unset
        if isinstance(self.audit_response, Unset):
            audit_response = UNSET
        elif isinstance(self.audit_response, list):
            audit_response = self.audit_response


        else:
            audit_response = self.audit_response

        if audit_response is not UNSET:
            field_dict["AuditResponse"] = audit_response
        security_measure: list[str] | None | Unset
        if isinstance(self.security_measure, Unset):
            security_measure = UNSET
        elif isinstance(self.security_measure, list):
            security_measure = self.security_measure


        else:
            security_measure = self.security_measure

        if security_measure is not UNSET:
            field_dict["SecurityMeasure"] = security_measure
        data_subject: list[str] | None | Unset
        if isinstance(self.data_subject, Unset):
            data_subject = UNSET
        elif isinstance(self.data_subject, list):
            data_subject = self.data_subject


        else:
            data_subject = self.data_subject

        if data_subject is not UNSET:
            field_dict["DataSubject"] = data_subject
        control_point: list[str] | None | Unset
        if isinstance(self.control_point, Unset):
            control_point = UNSET
        elif isinstance(self.control_point, list):
            control_point = self.control_point


        else:
            control_point = self.control_point

        if control_point is not UNSET:
            field_dict["ControlPoint"] = control_point
        risk_asset: list[str] | None | Unset
        if isinstance(self.risk_asset, Unset):
            risk_asset = UNSET
        elif isinstance(self.risk_asset, list):
            risk_asset = self.risk_asset


        else:
            risk_asset = self.risk_asset

        if risk_asset is not UNSET:
            field_dict["RiskAsset"] = risk_asset
        area: list[str] | None | Unset
        if isinstance(self.area, Unset):
            area = UNSET
        elif isinstance(self.area, list):
            area = self.area


        else:
            area = self.area

        if area is not UNSET:
            field_dict["Area"] = area
        asset: list[str] | None | Unset
        if isinstance(self.asset, Unset):
            asset = UNSET
        elif isinstance(self.asset, list):
            asset = self.asset


        else:
            asset = self.asset

        if asset is not UNSET:
            field_dict["Asset"] = asset
        risk_threat: list[str] | None | Unset
        if isinstance(self.risk_threat, Unset):
            risk_threat = UNSET
        elif isinstance(self.risk_threat, list):
            risk_threat = self.risk_threat


        else:
            risk_threat = self.risk_threat

        if risk_threat is not UNSET:
            field_dict["RiskThreat"] = risk_threat
        risk_event: list[str] | None | Unset
        if isinstance(self.risk_event, Unset):
            risk_event = UNSET
        elif isinstance(self.risk_event, list):
            risk_event = self.risk_event


        else:
            risk_event = self.risk_event

        if risk_event is not UNSET:
            field_dict["RiskEvent"] = risk_event
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.customer_request = src_dict.get("CustomerRequest", UNSET)
        parsed.data_treatment = src_dict.get("DataTreatment", UNSET)
        parsed.incident_report = src_dict.get("IncidentReport", UNSET)
        parsed.data_processing = src_dict.get("DataProcessing", UNSET)
        parsed.user_request = src_dict.get("UserRequest", UNSET)
        parsed.data_breach = src_dict.get("DataBreach", UNSET)
        parsed.vendor = src_dict.get("Vendor", UNSET)
        parsed.application = src_dict.get("Application", UNSET)
        parsed.user = src_dict.get("User", UNSET)
        parsed.task = src_dict.get("Task", UNSET)
        parsed.dashboard = src_dict.get("Dashboard", UNSET)
        parsed.cookie_consent = src_dict.get("CookieConsent", UNSET)
        parsed.data_field = src_dict.get("DataField", UNSET)
        parsed.data_retention_rule = src_dict.get("DataRetentionRule", UNSET)
        parsed.actor = src_dict.get("Actor", UNSET)
        parsed.risk = src_dict.get("Risk", UNSET)
        parsed.audit_template = src_dict.get("AuditTemplate", UNSET)
        parsed.audit_response = src_dict.get("AuditResponse", UNSET)
        parsed.security_measure = src_dict.get("SecurityMeasure", UNSET)
        parsed.data_subject = src_dict.get("DataSubject", UNSET)
        parsed.control_point = src_dict.get("ControlPoint", UNSET)
        parsed.risk_asset = src_dict.get("RiskAsset", UNSET)
        parsed.area = src_dict.get("Area", UNSET)
        parsed.asset = src_dict.get("Asset", UNSET)
        parsed.risk_threat = src_dict.get("RiskThreat", UNSET)
        parsed.risk_event = src_dict.get("RiskEvent", UNSET)
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
