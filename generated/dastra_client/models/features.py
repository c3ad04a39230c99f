from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Features")


@_attrs_define
class Features:
    """
    Attributes:
        cookie_widget (bool | None | Unset):
        workspace_credit (int | None | Unset):
        user_credit (int | None | Unset):
        mbytes_attachment_credit (int | None | Unset):
        log_credit (int | None | Unset):
        workflow_rule_credit (int | None | Unset):
        custom_field_credit (int | None | Unset):
        cookie_widget_credit (int | None | Unset):
        legal_claim_widget_credit (int | None | Unset):
        data_processing_credit (int | None | Unset):
        cartography (bool | None | Unset):
        data_subject (bool | None | Unset):
        data_breach (bool | None | Unset):
        risk_management (bool | None | Unset):
        document_generation (bool | None | Unset):
        audit (bool | None | Unset):
        advanced_personalization (bool | None | Unset):
        sso (bool | None | Unset):
        advanced_security (bool | None | Unset):
        record (bool | None | Unset):
        task_management (bool | None | Unset):
        file_management (bool | None | Unset):
        record_export (bool | None | Unset):
        audit_export (bool | None | Unset):
        workflow (bool | None | Unset):
        custom_field (bool | None | Unset):
    """

    cookie_widget: bool | None | Unset = UNSET
    workspace_credit: int | None | Unset = UNSET
    user_credit: int | None | Unset = UNSET
    mbytes_attachment_credit: int | None | Unset = UNSET
    log_credit: int | None | Unset = UNSET
    workflow_rule_credit: int | None | Unset = UNSET
    custom_field_credit: int | None | Unset = UNSET
    cookie_widget_credit: int | None | Unset = UNSET
    legal_claim_widget_credit: int | None | Unset = UNSET
    data_processing_credit: int | None | Unset = UNSET
    cartography: bool | None | Unset = UNSET
    data_subject: bool | None | Unset = UNSET
    data_breach: bool | None | Unset = UNSET
    risk_management: bool | None | Unset = UNSET
    document_generation: bool | None | Unset = UNSET
    audit: bool | None | Unset = UNSET
    advanced_personalization: bool | None | Unset = UNSET
    sso: bool | None | Unset = UNSET
    advanced_security: bool | None | Unset = UNSET
    record: bool | None | Unset = UNSET
    task_management: bool | None | Unset = UNSET
    file_management: bool | None | Unset = UNSET
    record_export: bool | None | Unset = UNSET
    audit_export: bool | None | Unset = UNSET
    workflow: bool | None | Unset = UNSET
    custom_field: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cookie_widget: bool | None | Unset
        if isinstance(self.cookie_widget, Unset):
            cookie_widget = UNSET
        else:
            cookie_widget = self.cookie_widget

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

        sso: bool | None | Unset
        if isinstance(self.sso, Unset):
            sso = UNSET
        else:
            sso = self.sso

        advanced_security: bool | None | Unset
        if isinstance(self.advanced_security, Unset):
            advanced_security = UNSET
        else:
            advanced_security = self.advanced_security

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

        record_export: bool | None | Unset
        if isinstance(self.record_export, Unset):
            record_export = UNSET
        else:
            record_export = self.record_export

        audit_export: bool | None | Unset
        if isinstance(self.audit_export, Unset):
            audit_export = UNSET
        else:
            audit_export = self.audit_export

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cookie_widget is not UNSET:
            field_dict["cookieWidget"] = cookie_widget
        if workspace_credit is not UNSET:
            field_dict["workspaceCredit"] = workspace_credit
        if user_credit is not UNSET:
            field_dict["userCredit"] = user_credit
        if mbytes_attachment_credit is not UNSET:
            field_dict["mbytesAttachmentCredit"] = mbytes_attachment_credit
        if log_credit is not UNSET:
            field_dict["logCredit"] = log_credit
        if workflow_rule_credit is not UNSET:
            field_dict["workflowRuleCredit"] = workflow_rule_credit
        if custom_field_credit is not UNSET:
            field_dict["customFieldCredit"] = custom_field_credit
        if cookie_widget_credit is not UNSET:
            field_dict["cookieWidgetCredit"] = cookie_widget_credit
        if legal_claim_widget_credit is not UNSET:
            field_dict["legalClaimWidgetCredit"] = legal_claim_widget_credit
        if data_processing_credit is not UNSET:
            field_dict["dataProcessingCredit"] = data_processing_credit
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
        if sso is not UNSET:
            field_dict["sso"] = sso
        if advanced_security is not UNSET:
            field_dict["advancedSecurity"] = advanced_security
        if record is not UNSET:
            field_dict["record"] = record
        if task_management is not UNSET:
            field_dict["taskManagement"] = task_management
        if file_management is not UNSET:
            field_dict["fileManagement"] = file_management
        if record_export is not UNSET:
            field_dict["recordExport"] = record_export
        if audit_export is not UNSET:
            field_dict["auditExport"] = audit_export
        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        if custom_field is not UNSET:
            field_dict["customField"] = custom_field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_cookie_widget(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        cookie_widget = _parse_cookie_widget(d.pop("cookieWidget", UNSET))

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

        def _parse_sso(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        sso = _parse_sso(d.pop("sso", UNSET))

        def _parse_advanced_security(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        advanced_security = _parse_advanced_security(d.pop("advancedSecurity", UNSET))

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

        def _parse_record_export(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        record_export = _parse_record_export(d.pop("recordExport", UNSET))

        def _parse_audit_export(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        audit_export = _parse_audit_export(d.pop("auditExport", UNSET))

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

        features = cls(
            cookie_widget=cookie_widget,
            workspace_credit=workspace_credit,
            user_credit=user_credit,
            mbytes_attachment_credit=mbytes_attachment_credit,
            log_credit=log_credit,
            workflow_rule_credit=workflow_rule_credit,
            custom_field_credit=custom_field_credit,
            cookie_widget_credit=cookie_widget_credit,
            legal_claim_widget_credit=legal_claim_widget_credit,
            data_processing_credit=data_processing_credit,
            cartography=cartography,
            data_subject=data_subject,
            data_breach=data_breach,
            risk_management=risk_management,
            document_generation=document_generation,
            audit=audit,
            advanced_personalization=advanced_personalization,
            sso=sso,
            advanced_security=advanced_security,
            record=record,
            task_management=task_management,
            file_management=file_management,
            record_export=record_export,
            audit_export=audit_export,
            workflow=workflow,
            custom_field=custom_field,
        )

        features.additional_properties = d
        return features

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
