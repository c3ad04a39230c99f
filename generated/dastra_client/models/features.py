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
    "cookieWidget",
    "workspaceCredit",
    "userCredit",
    "mbytesAttachmentCredit",
    "logCredit",
    "workflowRuleCredit",
    "customFieldCredit",
    "cookieWidgetCredit",
    "legalClaimWidgetCredit",
    "dataProcessingCredit",
    "cartography",
    "dataSubject",
    "dataBreach",
    "riskManagement",
    "documentGeneration",
    "audit",
    "advancedPersonalization",
    "sso",
    "advancedSecurity",
    "record",
    "taskManagement",
    "fileManagement",
    "recordExport",
    "auditExport",
    "workflow",
    "customField",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "cookieWidget": UNSET,
    "workspaceCredit": UNSET,
    "userCredit": UNSET,
    "mbytesAttachmentCredit": UNSET,
    "logCredit": UNSET,
    "workflowRuleCredit": UNSET,
    "customFieldCredit": UNSET,
    "cookieWidgetCredit": UNSET,
    "legalClaimWidgetCredit": UNSET,
    "dataProcessingCredit": UNSET,
    "cartography": UNSET,
    "dataSubject": UNSET,
    "dataBreach": UNSET,
    "riskManagement": UNSET,
    "documentGeneration": UNSET,
    "audit": UNSET,
    "advancedPersonalization": UNSET,
    "sso": UNSET,
    "advancedSecurity": UNSET,
    "record": UNSET,
    "taskManagement": UNSET,
    "fileManagement": UNSET,
    "recordExport": UNSET,
    "auditExport": UNSET,
    "workflow": UNSET,
    "customField": UNSET,
}

T = TypeVar("T", bound="Features")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Features(LazyModel):
    """Attributes:
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("cookie_widget", "cookieWidget"),
        ("workspace_credit", "workspaceCredit"),
        ("user_credit", "userCredit"),
        ("mbytes_attachment_credit", "mbytesAttachmentCredit"),
        ("log_credit", "logCredit"),
        ("workflow_rule_credit", "workflowRuleCredit"),
        ("custom_field_credit", "customFieldCredit"),
        ("cookie_widget_credit", "cookieWidgetCredit"),
        ("legal_claim_widget_credit", "legalClaimWidgetCredit"),
        ("data_processing_credit", "dataProcessingCredit"),
        ("cartography", "cartography"),
        ("data_subject", "dataSubject"),
        ("data_breach", "dataBreach"),
        ("risk_management", "riskManagement"),
        ("document_generation", "documentGeneration"),
        ("audit", "audit"),
        ("advanced_personalization", "advancedPersonalization"),
        ("sso", "sso"),
        ("advanced_security", "advancedSecurity"),
        ("record", "record"),
        ("task_management", "taskManagement"),
        ("file_management", "fileManagement"),
        ("record_export", "recordExport"),
        ("audit_export", "auditExport"),
        ("workflow", "workflow"),
        ("custom_field", "customField"),
    )

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
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "cookie_widget" not in unreadable:
            cookie_widget: bool | None | Unset
            if isinstance(self.cookie_widget, Unset):
                cookie_widget = UNSET
            else:
                cookie_widget = self.cookie_widget

            if cookie_widget is not UNSET:
                field_dict["cookieWidget"] = cookie_widget
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
        if "sso" not in unreadable:
            sso: bool | None | Unset
            if isinstance(self.sso, Unset):
                sso = UNSET
            else:
                sso = self.sso

            if sso is not UNSET:
                field_dict["sso"] = sso
        if "advanced_security" not in unreadable:
            advanced_security: bool | None | Unset
            if isinstance(self.advanced_security, Unset):
                advanced_security = UNSET
            else:
                advanced_security = self.advanced_security

            if advanced_security is not UNSET:
                field_dict["advancedSecurity"] = advanced_security
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
        if "record_export" not in unreadable:
            record_export: bool | None | Unset
            if isinstance(self.record_export, Unset):
                record_export = UNSET
            else:
                record_export = self.record_export

            if record_export is not UNSET:
                field_dict["recordExport"] = record_export
        if "audit_export" not in unreadable:
            audit_export: bool | None | Unset
            if isinstance(self.audit_export, Unset):
                audit_export = UNSET
            else:
                audit_export = self.audit_export

            if audit_export is not UNSET:
                field_dict["auditExport"] = audit_export
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
        if type(value) is bool or value is None:
            parsed.cookie_widget = value
        elif value is UNSET:
            parsed.cookie_widget = UNSET
            absent += 1
        else:
            invalid(parsed, "cookie_widget", "cookieWidget", "bool | None", value)

        value = values[1]
        if type(value) is int or value is None:
            parsed.workspace_credit = value
        elif value is UNSET:
            parsed.workspace_credit = UNSET
            absent += 1
        else:
            invalid(parsed, "workspace_credit", "workspaceCredit", "int | None", value)

        value = values[2]
        if type(value) is int or value is None:
            parsed.user_credit = value
        elif value is UNSET:
            parsed.user_credit = UNSET
            absent += 1
        else:
            invalid(parsed, "user_credit", "userCredit", "int | None", value)

        value = values[3]
        if type(value) is int or value is None:
            parsed.mbytes_attachment_credit = value
        elif value is UNSET:
            parsed.mbytes_attachment_credit = UNSET
            absent += 1
        else:
            invalid(parsed, "mbytes_attachment_credit", "mbytesAttachmentCredit", "int | None", value)

        value = values[4]
        if type(value) is int or value is None:
            parsed.log_credit = value
        elif value is UNSET:
            parsed.log_credit = UNSET
            absent += 1
        else:
            invalid(parsed, "log_credit", "logCredit", "int | None", value)

        value = values[5]
        if type(value) is int or value is None:
            parsed.workflow_rule_credit = value
        elif value is UNSET:
            parsed.workflow_rule_credit = UNSET
            absent += 1
        else:
            invalid(parsed, "workflow_rule_credit", "workflowRuleCredit", "int | None", value)

        value = values[6]
        if type(value) is int or value is None:
            parsed.custom_field_credit = value
        elif value is UNSET:
            parsed.custom_field_credit = UNSET
            absent += 1
        else:
            invalid(parsed, "custom_field_credit", "customFieldCredit", "int | None", value)

        value = values[7]
        if type(value) is int or value is None:
            parsed.cookie_widget_credit = value
        elif value is UNSET:
            parsed.cookie_widget_credit = UNSET
            absent += 1
        else:
            invalid(parsed, "cookie_widget_credit", "cookieWidgetCredit", "int | None", value)

        value = values[8]
        if type(value) is int or value is None:
            parsed.legal_claim_widget_credit = value
        elif value is UNSET:
            parsed.legal_claim_widget_credit = UNSET
            absent += 1
        else:
            invalid(parsed, "legal_claim_widget_credit", "legalClaimWidgetCredit", "int | None", value)

        value = values[9]
        if type(value) is int or value is None:
            parsed.data_processing_credit = value
        elif value is UNSET:
            parsed.data_processing_credit = UNSET
            absent += 1
        else:
            invalid(parsed, "data_processing_credit", "dataProcessingCredit", "int | None", value)

        value = values[10]
        if type(value) is bool or value is None:
            parsed.cartography = value
        elif value is UNSET:
            parsed.cartography = UNSET
            absent += 1
        else:
            invalid(parsed, "cartography", "cartography", "bool | None", value)

        value = values[11]
        if type(value) is bool or value is None:
            parsed.data_subject = value
        elif value is UNSET:
            parsed.data_subject = UNSET
            absent += 1
        else:
            invalid(parsed, "data_subject", "dataSubject", "bool | None", value)

        value = values[12]
        if type(value) is bool or value is None:
            parsed.data_breach = value
        elif value is UNSET:
            parsed.data_breach = UNSET
            absent += 1
        else:
            invalid(parsed, "data_breach", "dataBreach", "bool | None", value)

        value = values[13]
        if type(value) is bool or value is None:
            parsed.risk_management = value
        elif value is UNSET:
            parsed.risk_management = UNSET
            absent += 1
        else:
            invalid(parsed, "risk_management", "riskManagement", "bool | None", value)

        value = values[14]
        if type(value) is bool or value is None:
            parsed.document_generation = value
        elif value is UNSET:
            parsed.document_generation = UNSET
            absent += 1
        else:
            invalid(parsed, "document_generation", "documentGeneration", "bool | None", value)

        value = values[15]
        if type(value) is bool or value is None:
            parsed.audit = value
        elif value is UNSET:
            parsed.audit = UNSET
            absent += 1
        else:
            invalid(parsed, "audit", "audit", "bool | None", value)

        value = values[16]
        if type(value) is bool or value is None:
            parsed.advanced_personalization = value
        elif value is UNSET:
            parsed.advanced_personalization = UNSET
            absent += 1
        else:
            invalid(parsed, "advanced_personalization", "advancedPersonalization", "bool | None", value)

        value = values[17]
        if type(value) is bool or value is None:
            parsed.sso = value
        elif value is UNSET:
            parsed.sso = UNSET
            absent += 1
        else:
            invalid(parsed, "sso", "sso", "bool | None", value)

        value = values[18]
        if type(value) is bool or value is None:
            parsed.advanced_security = value
        elif value is UNSET:
            parsed.advanced_security = UNSET
            absent += 1
        else:
            invalid(parsed, "advanced_security", "advancedSecurity", "bool | None", value)

        value = values[19]
        if type(value) is bool or value is None:
            parsed.record = value
        elif value is UNSET:
            parsed.record = UNSET
            absent += 1
        else:
            invalid(parsed, "record", "record", "bool | None", value)

        value = values[20]
        if type(value) is bool or value is None:
            parsed.task_management = value
        elif value is UNSET:
            parsed.task_management = UNSET
            absent += 1
        else:
            invalid(parsed, "task_management", "taskManagement", "bool | None", value)

        value = values[21]
        if type(value) is bool or value is None:
            parsed.file_management = value
        elif value is UNSET:
            parsed.file_management = UNSET
            absent += 1
        else:
            invalid(parsed, "file_management", "fileManagement", "bool | None", value)

        value = values[22]
        if type(value) is bool or value is None:
            parsed.record_export = value
        elif value is UNSET:
            parsed.record_export = UNSET
            absent += 1
        else:
            invalid(parsed, "record_export", "recordExport", "bool | None", value)

        value = values[23]
        if type(value) is bool or value is None:
            parsed.audit_export = value
        elif value is UNSET:
            parsed.audit_export = UNSET
            absent += 1
        else:
            invalid(parsed, "audit_export", "auditExport", "bool | None", value)

        value = values[24]
        if type(value) is bool or value is None:
            parsed.workflow = value
        elif value is UNSET:
            parsed.workflow = UNSET
            absent += 1
        else:
            invalid(parsed, "workflow", "workflow", "bool | None", value)

        value = values[25]
        if type(value) is bool or value is None:
            parsed.custom_field = value
        elif value is UNSET:
            parsed.custom_field = UNSET
            absent += 1
        else:
            invalid(parsed, "custom_field", "customField", "bool | None", value)

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
