from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import FieldValidationError, VariantMismatchError
from .._lazy import (
    EAGER,
    MISSING,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.data_breach_impact_score import DataBreachImpactScore
from ..models.data_breach_probability_score import DataBreachProbabilityScore
from ..models.data_breach_reason import DataBreachReason
from ..models.data_breach_risk_level import DataBreachRiskLevel
from ..models.data_breach_state import DataBreachState
from ..models.no_communication_reason import NoCommunicationReason
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.actor_dto import ActorDto
    from ..models.area_dto import AreaDto
    from ..models.attachment_dto import AttachmentDto
    from ..models.data_breach_notification_dto import DataBreachNotificationDto
    from ..models.data_breach_person_category_dto import DataBreachPersonCategoryDto
    from ..models.data_processing_light_dto import DataProcessingLightDto
    from ..models.tag_dto import TagDto
    from ..models.user_light_dto import UserLightDto
    from ..models.work_flow_step_dto import WorkFlowStepDto
    from ..models.work_space_dto import WorkSpaceDto
else:
    ActorDto = deferred(globals(), "ActorDto", "..models.actor_dto")
    AreaDto = deferred(globals(), "AreaDto", "..models.area_dto")
    AttachmentDto = deferred(globals(), "AttachmentDto", "..models.attachment_dto")
    DataBreachNotificationDto = deferred(
        globals(), "DataBreachNotificationDto", "..models.data_breach_notification_dto"
    )
    DataBreachPersonCategoryDto = deferred(
        globals(), "DataBreachPersonCategoryDto", "..models.data_breach_person_category_dto"
    )
    DataProcessingLightDto = deferred(
        globals(), "DataProcessingLightDto", "..models.data_processing_light_dto"
    )
    TagDto = deferred(globals(), "TagDto", "..models.tag_dto")
    UserLightDto = deferred(globals(), "UserLightDto", "..models.user_light_dto")
    WorkFlowStepDto = deferred(globals(), "WorkFlowStepDto", "..models.work_flow_step_dto")
    WorkSpaceDto = deferred(globals(), "WorkSpaceDto", "..models.work_space_dto")


_DATA_BREACH_IMPACT_SCORE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in DataBreachImpactScore
}
_DATA_BREACH_PROBABILITY_SCORE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in DataBreachProbabilityScore
}
_DATA_BREACH_REASON_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in DataBreachReason}
_DATA_BREACH_RISK_LEVEL_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in DataBreachRiskLevel
}
_DATA_BREACH_STATE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in DataBreachState}
_NO_COMMUNICATION_REASON_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in NoCommunicationReason
}


def _load_processors(model: DataBreachDto, source: Mapping[str, Any]) -> Any:
    value = source.get("processors", UNSET)
    if value is None or value is UNSET:
        model.processors = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.processors = result = list(map(ActorDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model, "processors", "processors", "list[ActorDto] | None", value, items=ActorDto.from_dict
            )
    else:
        result = invalid(model, "processors", "processors", "list[ActorDto] | None", value)
    return result


def _load_person_categories(model: DataBreachDto, source: Mapping[str, Any]) -> Any:
    value = source.get("personCategories", UNSET)
    if value is None or value is UNSET:
        model.person_categories = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.person_categories = result = list(map(DataBreachPersonCategoryDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "person_categories",
                "personCategories",
                "list[DataBreachPersonCategoryDto] | None",
                value,
                items=DataBreachPersonCategoryDto.from_dict,
            )
    else:
        result = invalid(
            model, "person_categories", "personCategories", "list[DataBreachPersonCategoryDto] | None", value
        )
    return result


def _load_notifications(model: DataBreachDto, source: Mapping[str, Any]) -> Any:
    value = source.get("notifications", UNSET)
    if value is None or value is UNSET:
        model.notifications = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.notifications = result = list(map(DataBreachNotificationDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "notifications",
                "notifications",
                "list[DataBreachNotificationDto] | None",
                value,
                items=DataBreachNotificationDto.from_dict,
            )
    else:
        result = invalid(
            model, "notifications", "notifications", "list[DataBreachNotificationDto] | None", value
        )
    return result


def _load_operator(model: DataBreachDto, source: Mapping[str, Any]) -> Any:
    value = source.get("operator", UNSET)
    if value is None or value is UNSET:
        model.operator = value
        return value
    if isinstance(value, dict):
        try:
            model.operator = result = UserLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "operator", "operator", "UserLightDto | None", value)
    else:
        result = invalid(model, "operator", "operator", "UserLightDto | None", value)
    return result


def _load_work_flow_step(model: DataBreachDto, source: Mapping[str, Any]) -> Any:
    value = source.get("workFlowStep", UNSET)
    if value is None or value is UNSET:
        model.work_flow_step = value
        return value
    if isinstance(value, dict):
        try:
            model.work_flow_step = result = WorkFlowStepDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "work_flow_step", "workFlowStep", "WorkFlowStepDto | None", value)
    else:
        result = invalid(model, "work_flow_step", "workFlowStep", "WorkFlowStepDto | None", value)
    return result


def _load_area(model: DataBreachDto, source: Mapping[str, Any]) -> Any:
    value = source.get("area", UNSET)
    if value is None or value is UNSET:
        model.area = value
        return value
    if isinstance(value, dict):
        try:
            model.area = result = AreaDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "area", "area", "AreaDto | None", value)
    else:
        result = invalid(model, "area", "area", "AreaDto | None", value)
    return result


def _load_work_space(model: DataBreachDto, source: Mapping[str, Any]) -> Any:
    value = source.get("workSpace", UNSET)
    if value is None or value is UNSET:
        model.work_space = value
        return value
    if isinstance(value, dict):
        try:
            model.work_space = result = WorkSpaceDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "work_space", "workSpace", "WorkSpaceDto | None", value)
    else:
        result = invalid(model, "work_space", "workSpace", "WorkSpaceDto | None", value)
    return result


def _load_attachments(model: DataBreachDto, source: Mapping[str, Any]) -> Any:
    value = source.get("attachments", UNSET)
    if value is None or value is UNSET:
        model.attachments = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.attachments = result = list(map(AttachmentDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "attachments",
                "attachments",
                "list[AttachmentDto] | None",
                value,
                items=AttachmentDto.from_dict,
            )
    else:
        result = invalid(model, "attachments", "attachments", "list[AttachmentDto] | None", value)
    return result


def _load_tags(model: DataBreachDto, source: Mapping[str, Any]) -> Any:
    value = source.get("tags", UNSET)
    if value is None or value is UNSET:
        model.tags = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.tags = result = list(map(TagDto.from_dict, value))
        except FieldValidationError:
            result = invalid(model, "tags", "tags", "list[TagDto] | None", value, items=TagDto.from_dict)
    else:
        result = invalid(model, "tags", "tags", "list[TagDto] | None", value)
    return result


def _load_data_processings(model: DataBreachDto, source: Mapping[str, Any]) -> Any:
    value = source.get("dataProcessings", UNSET)
    if value is None or value is UNSET:
        model.data_processings = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.data_processings = result = list(map(DataProcessingLightDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "data_processings",
                "dataProcessings",
                "list[DataProcessingLightDto] | None",
                value,
                items=DataProcessingLightDto.from_dict,
            )
    else:
        result = invalid(
            model, "data_processings", "dataProcessings", "list[DataProcessingLightDto] | None", value
        )
    return result


def _load_creator(model: DataBreachDto, source: Mapping[str, Any]) -> Any:
    value = source.get("creator", UNSET)
    if value is None or value is UNSET:
        model.creator = value
        return value
    if isinstance(value, dict):
        try:
            model.creator = result = UserLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "creator", "creator", "UserLightDto | None", value)
    else:
        result = invalid(model, "creator", "creator", "UserLightDto | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "label",
    "startDate",
    "id",
    "descriptionHtml",
    "location",
    "access",
    "integrity",
    "availability",
    "state",
    "reason",
    "reasonDescription",
    "processorInvolved",
    "processors",
    "personCategories",
    "dataDescriptionHtml",
    "sensitiveData",
    "probabilityScore",
    "impactScore",
    "riskAnalysisDone",
    "score",
    "riskLevel",
    "riskLevelForced",
    "riskAnalysisHtmlContent",
    "dataVolume",
    "dataSupport",
    "communicationDone",
    "noCommunicationReason",
    "noCommunicationJustification",
    "notifications",
    "period",
    "startHour",
    "endDate",
    "endHour",
    "constatationDate",
    "constatationHour",
    "notificationDueTime",
    "operator",
    "operatorId",
    "workFlowStep",
    "area",
    "areaId",
    "dateCreation",
    "dateUpdate",
    "workSpace",
    "postMortemDone",
    "postMortemDate",
    "postMortemRef",
    "postMortemHtml",
    "securityMeasures",
    "adoptedSecurityMeasures",
    "attachments",
    "tags",
    "complementaryInformations",
    "dataProcessings",
    "dateClosed",
    "dateArchived",
    "archived",
    "creator",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "label": MISSING,
    "startDate": MISSING,
    "id": UNSET,
    "descriptionHtml": UNSET,
    "location": UNSET,
    "access": UNSET,
    "integrity": UNSET,
    "availability": UNSET,
    "state": UNSET,
    "reason": UNSET,
    "reasonDescription": UNSET,
    "processorInvolved": UNSET,
    "processors": UNSET,
    "personCategories": UNSET,
    "dataDescriptionHtml": UNSET,
    "sensitiveData": UNSET,
    "probabilityScore": UNSET,
    "impactScore": UNSET,
    "riskAnalysisDone": UNSET,
    "score": UNSET,
    "riskLevel": UNSET,
    "riskLevelForced": UNSET,
    "riskAnalysisHtmlContent": UNSET,
    "dataVolume": UNSET,
    "dataSupport": UNSET,
    "communicationDone": UNSET,
    "noCommunicationReason": UNSET,
    "noCommunicationJustification": UNSET,
    "notifications": UNSET,
    "period": UNSET,
    "startHour": UNSET,
    "endDate": UNSET,
    "endHour": UNSET,
    "constatationDate": UNSET,
    "constatationHour": UNSET,
    "notificationDueTime": UNSET,
    "operator": UNSET,
    "operatorId": UNSET,
    "workFlowStep": UNSET,
    "area": UNSET,
    "areaId": UNSET,
    "dateCreation": UNSET,
    "dateUpdate": UNSET,
    "workSpace": UNSET,
    "postMortemDone": UNSET,
    "postMortemDate": UNSET,
    "postMortemRef": UNSET,
    "postMortemHtml": UNSET,
    "securityMeasures": UNSET,
    "adoptedSecurityMeasures": UNSET,
    "attachments": UNSET,
    "tags": UNSET,
    "complementaryInformations": UNSET,
    "dataProcessings": UNSET,
    "dateClosed": UNSET,
    "dateArchived": UNSET,
    "archived": UNSET,
    "creator": UNSET,
}

T = TypeVar("T", bound="DataBreachDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DataBreachDto(LazyModel):
    """Attributes:
    label (str):
    start_date (datetime.datetime):
    id (None | Unset | UUID):
    description_html (None | str | Unset):
    location (None | str | Unset):
    access (bool | None | Unset):
    integrity (bool | None | Unset):
    availability (bool | None | Unset):
    state (DataBreachState | None | str | Unset):
    reason (DataBreachReason | None | str | Unset):
    reason_description (None | str | Unset):
    processor_involved (bool | None | Unset):
    processors (list[ActorDto] | None | Unset):
    person_categories (list[DataBreachPersonCategoryDto] | None | Unset):
    data_description_html (None | str | Unset):
    sensitive_data (bool | None | Unset):
    probability_score (DataBreachProbabilityScore | None | str | Unset):
    impact_score (DataBreachImpactScore | None | str | Unset):
    risk_analysis_done (bool | None | Unset):
    score (int | None | Unset):
    risk_level (DataBreachRiskLevel | None | str | Unset):
    risk_level_forced (DataBreachRiskLevel | None | str | Unset):
    risk_analysis_html_content (None | str | Unset):
    data_volume (int | None | Unset):
    data_support (None | str | Unset):
    communication_done (bool | None | Unset):
    no_communication_reason (NoCommunicationReason | None | str | Unset):
    no_communication_justification (None | str | Unset):
    notifications (list[DataBreachNotificationDto] | None | Unset):
    period (None | str | Unset):
    start_hour (None | str | Unset):
    end_date (datetime.datetime | None | Unset):
    end_hour (None | str | Unset):
    constatation_date (datetime.datetime | None | Unset):
    constatation_hour (None | str | Unset):
    notification_due_time (int | None | Unset):
    operator (None | Unset | UserLightDto):
    operator_id (int | None | Unset):
    work_flow_step (None | Unset | WorkFlowStepDto):
    area (AreaDto | None | Unset):
    area_id (int | None | Unset):
    date_creation (datetime.datetime | None | Unset):
    date_update (datetime.datetime | None | Unset):
    work_space (None | Unset | WorkSpaceDto):
    post_mortem_done (bool | None | Unset):
    post_mortem_date (datetime.datetime | None | Unset):
    post_mortem_ref (None | str | Unset):
    post_mortem_html (None | str | Unset):
    security_measures (None | str | Unset):
    adopted_security_measures (None | str | Unset):
    attachments (list[AttachmentDto] | None | Unset):
    tags (list[TagDto] | None | Unset):
    complementary_informations (None | str | Unset):
    data_processings (list[DataProcessingLightDto] | None | Unset):
    date_closed (datetime.datetime | None | Unset):
    date_archived (datetime.datetime | None | Unset):
    archived (bool | None | Unset):
    creator (None | Unset | UserLightDto):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("label", "label"),
        ("start_date", "startDate"),
        ("id", "id"),
        ("description_html", "descriptionHtml"),
        ("location", "location"),
        ("access", "access"),
        ("integrity", "integrity"),
        ("availability", "availability"),
        ("state", "state"),
        ("reason", "reason"),
        ("reason_description", "reasonDescription"),
        ("processor_involved", "processorInvolved"),
        ("processors", "processors"),
        ("person_categories", "personCategories"),
        ("data_description_html", "dataDescriptionHtml"),
        ("sensitive_data", "sensitiveData"),
        ("probability_score", "probabilityScore"),
        ("impact_score", "impactScore"),
        ("risk_analysis_done", "riskAnalysisDone"),
        ("score", "score"),
        ("risk_level", "riskLevel"),
        ("risk_level_forced", "riskLevelForced"),
        ("risk_analysis_html_content", "riskAnalysisHtmlContent"),
        ("data_volume", "dataVolume"),
        ("data_support", "dataSupport"),
        ("communication_done", "communicationDone"),
        ("no_communication_reason", "noCommunicationReason"),
        ("no_communication_justification", "noCommunicationJustification"),
        ("notifications", "notifications"),
        ("period", "period"),
        ("start_hour", "startHour"),
        ("end_date", "endDate"),
        ("end_hour", "endHour"),
        ("constatation_date", "constatationDate"),
        ("constatation_hour", "constatationHour"),
        ("notification_due_time", "notificationDueTime"),
        ("operator", "operator"),
        ("operator_id", "operatorId"),
        ("work_flow_step", "workFlowStep"),
        ("area", "area"),
        ("area_id", "areaId"),
        ("date_creation", "dateCreation"),
        ("date_update", "dateUpdate"),
        ("work_space", "workSpace"),
        ("post_mortem_done", "postMortemDone"),
        ("post_mortem_date", "postMortemDate"),
        ("post_mortem_ref", "postMortemRef"),
        ("post_mortem_html", "postMortemHtml"),
        ("security_measures", "securityMeasures"),
        ("adopted_security_measures", "adoptedSecurityMeasures"),
        ("attachments", "attachments"),
        ("tags", "tags"),
        ("complementary_informations", "complementaryInformations"),
        ("data_processings", "dataProcessings"),
        ("date_closed", "dateClosed"),
        ("date_archived", "dateArchived"),
        ("archived", "archived"),
        ("creator", "creator"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "processors": _load_processors,
        "person_categories": _load_person_categories,
        "notifications": _load_notifications,
        "operator": _load_operator,
        "work_flow_step": _load_work_flow_step,
        "area": _load_area,
        "work_space": _load_work_space,
        "attachments": _load_attachments,
        "tags": _load_tags,
        "data_processings": _load_data_processings,
        "creator": _load_creator,
    }

    label: str
    start_date: datetime.datetime
    id: None | Unset | UUID = UNSET
    description_html: None | str | Unset = UNSET
    location: None | str | Unset = UNSET
    access: bool | None | Unset = UNSET
    integrity: bool | None | Unset = UNSET
    availability: bool | None | Unset = UNSET
    state: DataBreachState | None | str | Unset = UNSET
    reason: DataBreachReason | None | str | Unset = UNSET
    reason_description: None | str | Unset = UNSET
    processor_involved: bool | None | Unset = UNSET
    processors: list[ActorDto] | None | Unset = UNSET
    person_categories: list[DataBreachPersonCategoryDto] | None | Unset = UNSET
    data_description_html: None | str | Unset = UNSET
    sensitive_data: bool | None | Unset = UNSET
    probability_score: DataBreachProbabilityScore | None | str | Unset = UNSET
    impact_score: DataBreachImpactScore | None | str | Unset = UNSET
    risk_analysis_done: bool | None | Unset = UNSET
    score: int | None | Unset = UNSET
    risk_level: DataBreachRiskLevel | None | str | Unset = UNSET
    risk_level_forced: DataBreachRiskLevel | None | str | Unset = UNSET
    risk_analysis_html_content: None | str | Unset = UNSET
    data_volume: int | None | Unset = UNSET
    data_support: None | str | Unset = UNSET
    communication_done: bool | None | Unset = UNSET
    no_communication_reason: NoCommunicationReason | None | str | Unset = UNSET
    no_communication_justification: None | str | Unset = UNSET
    notifications: list[DataBreachNotificationDto] | None | Unset = UNSET
    period: None | str | Unset = UNSET
    start_hour: None | str | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    end_hour: None | str | Unset = UNSET
    constatation_date: datetime.datetime | None | Unset = UNSET
    constatation_hour: None | str | Unset = UNSET
    notification_due_time: int | None | Unset = UNSET
    operator: None | Unset | UserLightDto = UNSET
    operator_id: int | None | Unset = UNSET
    work_flow_step: None | Unset | WorkFlowStepDto = UNSET
    area: AreaDto | None | Unset = UNSET
    area_id: int | None | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    work_space: None | Unset | WorkSpaceDto = UNSET
    post_mortem_done: bool | None | Unset = UNSET
    post_mortem_date: datetime.datetime | None | Unset = UNSET
    post_mortem_ref: None | str | Unset = UNSET
    post_mortem_html: None | str | Unset = UNSET
    security_measures: None | str | Unset = UNSET
    adopted_security_measures: None | str | Unset = UNSET
    attachments: list[AttachmentDto] | None | Unset = UNSET
    tags: list[TagDto] | None | Unset = UNSET
    complementary_informations: None | str | Unset = UNSET
    data_processings: list[DataProcessingLightDto] | None | Unset = UNSET
    date_closed: datetime.datetime | None | Unset = UNSET
    date_archived: datetime.datetime | None | Unset = UNSET
    archived: bool | None | Unset = UNSET
    creator: None | Unset | UserLightDto = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.area_dto import AreaDto
        from ..models.user_light_dto import UserLightDto
        from ..models.work_flow_step_dto import WorkFlowStepDto
        from ..models.work_space_dto import WorkSpaceDto

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "label" not in unreadable:
            label = self.label

            field_dict["label"] = label
        if "start_date" not in unreadable:
            start_date = self.start_date.isoformat()

            field_dict["startDate"] = start_date
        if "id" not in unreadable:
            id: None | str | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            elif isinstance(self.id, UUID):
                id = str(self.id)
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "description_html" not in unreadable:
            description_html: None | str | Unset
            if isinstance(self.description_html, Unset):
                description_html = UNSET
            else:
                description_html = self.description_html

            if description_html is not UNSET:
                field_dict["descriptionHtml"] = description_html
        if "location" not in unreadable:
            location: None | str | Unset
            if isinstance(self.location, Unset):
                location = UNSET
            else:
                location = self.location

            if location is not UNSET:
                field_dict["location"] = location
        if "access" not in unreadable:
            access: bool | None | Unset
            if isinstance(self.access, Unset):
                access = UNSET
            else:
                access = self.access

            if access is not UNSET:
                field_dict["access"] = access
        if "integrity" not in unreadable:
            integrity: bool | None | Unset
            if isinstance(self.integrity, Unset):
                integrity = UNSET
            else:
                integrity = self.integrity

            if integrity is not UNSET:
                field_dict["integrity"] = integrity
        if "availability" not in unreadable:
            availability: bool | None | Unset
            if isinstance(self.availability, Unset):
                availability = UNSET
            else:
                availability = self.availability

            if availability is not UNSET:
                field_dict["availability"] = availability
        if "state" not in unreadable:
            state: None | str | Unset
            if isinstance(self.state, Unset):
                state = UNSET
            elif isinstance(self.state, DataBreachState):
                state = self.state.value
            else:
                state = self.state

            if state is not UNSET:
                field_dict["state"] = state
        if "reason" not in unreadable:
            reason: None | str | Unset
            if isinstance(self.reason, Unset):
                reason = UNSET
            elif isinstance(self.reason, DataBreachReason):
                reason = self.reason.value
            else:
                reason = self.reason

            if reason is not UNSET:
                field_dict["reason"] = reason
        if "reason_description" not in unreadable:
            reason_description: None | str | Unset
            if isinstance(self.reason_description, Unset):
                reason_description = UNSET
            else:
                reason_description = self.reason_description

            if reason_description is not UNSET:
                field_dict["reasonDescription"] = reason_description
        if "processor_involved" not in unreadable:
            processor_involved: bool | None | Unset
            if isinstance(self.processor_involved, Unset):
                processor_involved = UNSET
            else:
                processor_involved = self.processor_involved

            if processor_involved is not UNSET:
                field_dict["processorInvolved"] = processor_involved
        if "processors" not in unreadable:
            processors: list[dict[str, Any]] | None | Unset
            if isinstance(self.processors, Unset):
                processors = UNSET
            elif isinstance(self.processors, list):
                processors = []
                for processors_type_0_item_data in self.processors:
                    processors_type_0_item = processors_type_0_item_data.to_dict()
                    processors.append(processors_type_0_item)

            else:
                processors = self.processors

            if processors is not UNSET:
                field_dict["processors"] = processors
        if "person_categories" not in unreadable:
            person_categories: list[dict[str, Any]] | None | Unset
            if isinstance(self.person_categories, Unset):
                person_categories = UNSET
            elif isinstance(self.person_categories, list):
                person_categories = []
                for person_categories_type_0_item_data in self.person_categories:
                    person_categories_type_0_item = person_categories_type_0_item_data.to_dict()
                    person_categories.append(person_categories_type_0_item)

            else:
                person_categories = self.person_categories

            if person_categories is not UNSET:
                field_dict["personCategories"] = person_categories
        if "data_description_html" not in unreadable:
            data_description_html: None | str | Unset
            if isinstance(self.data_description_html, Unset):
                data_description_html = UNSET
            else:
                data_description_html = self.data_description_html

            if data_description_html is not UNSET:
                field_dict["dataDescriptionHtml"] = data_description_html
        if "sensitive_data" not in unreadable:
            sensitive_data: bool | None | Unset
            if isinstance(self.sensitive_data, Unset):
                sensitive_data = UNSET
            else:
                sensitive_data = self.sensitive_data

            if sensitive_data is not UNSET:
                field_dict["sensitiveData"] = sensitive_data
        if "probability_score" not in unreadable:
            probability_score: None | str | Unset
            if isinstance(self.probability_score, Unset):
                probability_score = UNSET
            elif isinstance(self.probability_score, DataBreachProbabilityScore):
                probability_score = self.probability_score.value
            else:
                probability_score = self.probability_score

            if probability_score is not UNSET:
                field_dict["probabilityScore"] = probability_score
        if "impact_score" not in unreadable:
            impact_score: None | str | Unset
            if isinstance(self.impact_score, Unset):
                impact_score = UNSET
            elif isinstance(self.impact_score, DataBreachImpactScore):
                impact_score = self.impact_score.value
            else:
                impact_score = self.impact_score

            if impact_score is not UNSET:
                field_dict["impactScore"] = impact_score
        if "risk_analysis_done" not in unreadable:
            risk_analysis_done: bool | None | Unset
            if isinstance(self.risk_analysis_done, Unset):
                risk_analysis_done = UNSET
            else:
                risk_analysis_done = self.risk_analysis_done

            if risk_analysis_done is not UNSET:
                field_dict["riskAnalysisDone"] = risk_analysis_done
        if "score" not in unreadable:
            score: int | None | Unset
            if isinstance(self.score, Unset):
                score = UNSET
            else:
                score = self.score

            if score is not UNSET:
                field_dict["score"] = score
        if "risk_level" not in unreadable:
            risk_level: None | str | Unset
            if isinstance(self.risk_level, Unset):
                risk_level = UNSET
            elif isinstance(self.risk_level, DataBreachRiskLevel):
                risk_level = self.risk_level.value
            else:
                risk_level = self.risk_level

            if risk_level is not UNSET:
                field_dict["riskLevel"] = risk_level
        if "risk_level_forced" not in unreadable:
            risk_level_forced: None | str | Unset
            if isinstance(self.risk_level_forced, Unset):
                risk_level_forced = UNSET
            elif isinstance(self.risk_level_forced, DataBreachRiskLevel):
                risk_level_forced = self.risk_level_forced.value
            else:
                risk_level_forced = self.risk_level_forced

            if risk_level_forced is not UNSET:
                field_dict["riskLevelForced"] = risk_level_forced
        if "risk_analysis_html_content" not in unreadable:
            risk_analysis_html_content: None | str | Unset
            if isinstance(self.risk_analysis_html_content, Unset):
                risk_analysis_html_content = UNSET
            else:
                risk_analysis_html_content = self.risk_analysis_html_content

            if risk_analysis_html_content is not UNSET:
                field_dict["riskAnalysisHtmlContent"] = risk_analysis_html_content
        if "data_volume" not in unreadable:
            data_volume: int | None | Unset
            if isinstance(self.data_volume, Unset):
                data_volume = UNSET
            else:
                data_volume = self.data_volume

            if data_volume is not UNSET:
                field_dict["dataVolume"] = data_volume
        if "data_support" not in unreadable:
            data_support: None | str | Unset
            if isinstance(self.data_support, Unset):
                data_support = UNSET
            else:
                data_support = self.data_support

            if data_support is not UNSET:
                field_dict["dataSupport"] = data_support
        if "communication_done" not in unreadable:
            communication_done: bool | None | Unset
            if isinstance(self.communication_done, Unset):
                communication_done = UNSET
            else:
                communication_done = self.communication_done

            if communication_done is not UNSET:
                field_dict["communicationDone"] = communication_done
        if "no_communication_reason" not in unreadable:
            no_communication_reason: None | str | Unset
            if isinstance(self.no_communication_reason, Unset):
                no_communication_reason = UNSET
            elif isinstance(self.no_communication_reason, NoCommunicationReason):
                no_communication_reason = self.no_communication_reason.value
            else:
                no_communication_reason = self.no_communication_reason

            if no_communication_reason is not UNSET:
                field_dict["noCommunicationReason"] = no_communication_reason
        if "no_communication_justification" not in unreadable:
            no_communication_justification: None | str | Unset
            if isinstance(self.no_communication_justification, Unset):
                no_communication_justification = UNSET
            else:
                no_communication_justification = self.no_communication_justification

            if no_communication_justification is not UNSET:
                field_dict["noCommunicationJustification"] = no_communication_justification
        if "notifications" not in unreadable:
            notifications: list[dict[str, Any]] | None | Unset
            if isinstance(self.notifications, Unset):
                notifications = UNSET
            elif isinstance(self.notifications, list):
                notifications = []
                for notifications_type_0_item_data in self.notifications:
                    notifications_type_0_item = notifications_type_0_item_data.to_dict()
                    notifications.append(notifications_type_0_item)

            else:
                notifications = self.notifications

            if notifications is not UNSET:
                field_dict["notifications"] = notifications
        if "period" not in unreadable:
            period: None | str | Unset
            if isinstance(self.period, Unset):
                period = UNSET
            else:
                period = self.period

            if period is not UNSET:
                field_dict["period"] = period
        if "start_hour" not in unreadable:
            start_hour: None | str | Unset
            if isinstance(self.start_hour, Unset):
                start_hour = UNSET
            else:
                start_hour = self.start_hour

            if start_hour is not UNSET:
                field_dict["startHour"] = start_hour
        if "end_date" not in unreadable:
            end_date: None | str | Unset
            if isinstance(self.end_date, Unset):
                end_date = UNSET
            elif isinstance(self.end_date, datetime.datetime):
                end_date = self.end_date.isoformat()
            else:
                end_date = self.end_date

            if end_date is not UNSET:
                field_dict["endDate"] = end_date
        if "end_hour" not in unreadable:
            end_hour: None | str | Unset
            if isinstance(self.end_hour, Unset):
                end_hour = UNSET
            else:
                end_hour = self.end_hour

            if end_hour is not UNSET:
                field_dict["endHour"] = end_hour
        if "constatation_date" not in unreadable:
            constatation_date: None | str | Unset
            if isinstance(self.constatation_date, Unset):
                constatation_date = UNSET
            elif isinstance(self.constatation_date, datetime.datetime):
                constatation_date = self.constatation_date.isoformat()
            else:
                constatation_date = self.constatation_date

            if constatation_date is not UNSET:
                field_dict["constatationDate"] = constatation_date
        if "constatation_hour" not in unreadable:
            constatation_hour: None | str | Unset
            if isinstance(self.constatation_hour, Unset):
                constatation_hour = UNSET
            else:
                constatation_hour = self.constatation_hour

            if constatation_hour is not UNSET:
                field_dict["constatationHour"] = constatation_hour
        if "notification_due_time" not in unreadable:
            notification_due_time: int | None | Unset
            if isinstance(self.notification_due_time, Unset):
                notification_due_time = UNSET
            else:
                notification_due_time = self.notification_due_time

            if notification_due_time is not UNSET:
                field_dict["notificationDueTime"] = notification_due_time
        if "operator" not in unreadable:
            operator: dict[str, Any] | None | Unset
            if isinstance(self.operator, Unset):
                operator = UNSET
            elif isinstance(self.operator, UserLightDto):
                operator = self.operator.to_dict()
            else:
                operator = self.operator

            if operator is not UNSET:
                field_dict["operator"] = operator
        if "operator_id" not in unreadable:
            operator_id: int | None | Unset
            if isinstance(self.operator_id, Unset):
                operator_id = UNSET
            else:
                operator_id = self.operator_id

            if operator_id is not UNSET:
                field_dict["operatorId"] = operator_id
        if "work_flow_step" not in unreadable:
            work_flow_step: dict[str, Any] | None | Unset
            if isinstance(self.work_flow_step, Unset):
                work_flow_step = UNSET
            elif isinstance(self.work_flow_step, WorkFlowStepDto):
                work_flow_step = self.work_flow_step.to_dict()
            else:
                work_flow_step = self.work_flow_step

            if work_flow_step is not UNSET:
                field_dict["workFlowStep"] = work_flow_step
        if "area" not in unreadable:
            area: dict[str, Any] | None | Unset
            if isinstance(self.area, Unset):
                area = UNSET
            elif isinstance(self.area, AreaDto):
                area = self.area.to_dict()
            else:
                area = self.area

            if area is not UNSET:
                field_dict["area"] = area
        if "area_id" not in unreadable:
            area_id: int | None | Unset
            if isinstance(self.area_id, Unset):
                area_id = UNSET
            else:
                area_id = self.area_id

            if area_id is not UNSET:
                field_dict["areaId"] = area_id
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
        if "date_update" not in unreadable:
            date_update: None | str | Unset
            if isinstance(self.date_update, Unset):
                date_update = UNSET
            elif isinstance(self.date_update, datetime.datetime):
                date_update = self.date_update.isoformat()
            else:
                date_update = self.date_update

            if date_update is not UNSET:
                field_dict["dateUpdate"] = date_update
        if "work_space" not in unreadable:
            work_space: dict[str, Any] | None | Unset
            if isinstance(self.work_space, Unset):
                work_space = UNSET
            elif isinstance(self.work_space, WorkSpaceDto):
                work_space = self.work_space.to_dict()
            else:
                work_space = self.work_space

            if work_space is not UNSET:
                field_dict["workSpace"] = work_space
        if "post_mortem_done" not in unreadable:
            post_mortem_done: bool | None | Unset
            if isinstance(self.post_mortem_done, Unset):
                post_mortem_done = UNSET
            else:
                post_mortem_done = self.post_mortem_done

            if post_mortem_done is not UNSET:
                field_dict["postMortemDone"] = post_mortem_done
        if "post_mortem_date" not in unreadable:
            post_mortem_date: None | str | Unset
            if isinstance(self.post_mortem_date, Unset):
                post_mortem_date = UNSET
            elif isinstance(self.post_mortem_date, datetime.datetime):
                post_mortem_date = self.post_mortem_date.isoformat()
            else:
                post_mortem_date = self.post_mortem_date

            if post_mortem_date is not UNSET:
                field_dict["postMortemDate"] = post_mortem_date
        if "post_mortem_ref" not in unreadable:
            post_mortem_ref: None | str | Unset
            if isinstance(self.post_mortem_ref, Unset):
                post_mortem_ref = UNSET
            else:
                post_mortem_ref = self.post_mortem_ref

            if post_mortem_ref is not UNSET:
                field_dict["postMortemRef"] = post_mortem_ref
        if "post_mortem_html" not in unreadable:
            post_mortem_html: None | str | Unset
            if isinstance(self.post_mortem_html, Unset):
                post_mortem_html = UNSET
            else:
                post_mortem_html = self.post_mortem_html

            if post_mortem_html is not UNSET:
                field_dict["postMortemHtml"] = post_mortem_html
        if "security_measures" not in unreadable:
            security_measures: None | str | Unset
            if isinstance(self.security_measures, Unset):
                security_measures = UNSET
            else:
                security_measures = self.security_measures

            if security_measures is not UNSET:
                field_dict["securityMeasures"] = security_measures
        if "adopted_security_measures" not in unreadable:
            adopted_security_measures: None | str | Unset
            if isinstance(self.adopted_security_measures, Unset):
                adopted_security_measures = UNSET
            else:
                adopted_security_measures = self.adopted_security_measures

            if adopted_security_measures is not UNSET:
                field_dict["adoptedSecurityMeasures"] = adopted_security_measures
        if "attachments" not in unreadable:
            attachments: list[dict[str, Any]] | None | Unset
            if isinstance(self.attachments, Unset):
                attachments = UNSET
            elif isinstance(self.attachments, list):
                attachments = []
                for attachments_type_0_item_data in self.attachments:
                    attachments_type_0_item = attachments_type_0_item_data.to_dict()
                    attachments.append(attachments_type_0_item)

            else:
                attachments = self.attachments

            if attachments is not UNSET:
                field_dict["attachments"] = attachments
        if "tags" not in unreadable:
            tags: list[dict[str, Any]] | None | Unset
            if isinstance(self.tags, Unset):
                tags = UNSET
            elif isinstance(self.tags, list):
                tags = []
                for tags_type_0_item_data in self.tags:
                    tags_type_0_item = tags_type_0_item_data.to_dict()
                    tags.append(tags_type_0_item)

            else:
                tags = self.tags

            if tags is not UNSET:
                field_dict["tags"] = tags
        if "complementary_informations" not in unreadable:
            complementary_informations: None | str | Unset
            if isinstance(self.complementary_informations, Unset):
                complementary_informations = UNSET
            else:
                complementary_informations = self.complementary_informations

            if complementary_informations is not UNSET:
                field_dict["complementaryInformations"] = complementary_informations
        if "data_processings" not in unreadable:
            data_processings: list[dict[str, Any]] | None | Unset
            if isinstance(self.data_processings, Unset):
                data_processings = UNSET
            elif isinstance(self.data_processings, list):
                data_processings = []
                for data_processings_type_0_item_data in self.data_processings:
                    data_processings_type_0_item = data_processings_type_0_item_data.to_dict()
                    data_processings.append(data_processings_type_0_item)

            else:
                data_processings = self.data_processings

            if data_processings is not UNSET:
                field_dict["dataProcessings"] = data_processings
        if "date_closed" not in unreadable:
            date_closed: None | str | Unset
            if isinstance(self.date_closed, Unset):
                date_closed = UNSET
            elif isinstance(self.date_closed, datetime.datetime):
                date_closed = self.date_closed.isoformat()
            else:
                date_closed = self.date_closed

            if date_closed is not UNSET:
                field_dict["dateClosed"] = date_closed
        if "date_archived" not in unreadable:
            date_archived: None | str | Unset
            if isinstance(self.date_archived, Unset):
                date_archived = UNSET
            elif isinstance(self.date_archived, datetime.datetime):
                date_archived = self.date_archived.isoformat()
            else:
                date_archived = self.date_archived

            if date_archived is not UNSET:
                field_dict["dateArchived"] = date_archived
        if "archived" not in unreadable:
            archived: bool | None | Unset
            if isinstance(self.archived, Unset):
                archived = UNSET
            else:
                archived = self.archived

            if archived is not UNSET:
                field_dict["archived"] = archived
        if "creator" not in unreadable:
            creator: dict[str, Any] | None | Unset
            if isinstance(self.creator, Unset):
                creator = UNSET
            elif isinstance(self.creator, UserLightDto):
                creator = self.creator.to_dict()
            else:
                creator = self.creator

            if creator is not UNSET:
                field_dict["creator"] = creator
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
            if len(src_dict) >= 58:
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
        if isinstance(value, str):
            parsed.label = value
        else:
            invalid(parsed, "label", "label", "str", value)
            absent += value is MISSING

        value = values[1]
        try:
            parsed.start_date = datetime.datetime.fromisoformat(value)
        except (TypeError, ValueError):
            invalid(parsed, "start_date", "startDate", "datetime.datetime", value)
            absent += value is MISSING

        value = values[2]
        if value is None:
            parsed.id = None
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            try:
                parsed.id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "id", "id", "UUID | None", value)

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.description_html = value
        elif value is UNSET:
            parsed.description_html = UNSET
            absent += 1
        else:
            invalid(parsed, "description_html", "descriptionHtml", "str | None", value)

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.location = value
        elif value is UNSET:
            parsed.location = UNSET
            absent += 1
        else:
            invalid(parsed, "location", "location", "str | None", value)

        value = values[5]
        if type(value) is bool or value is None:
            parsed.access = value
        elif value is UNSET:
            parsed.access = UNSET
            absent += 1
        else:
            invalid(parsed, "access", "access", "bool | None", value)

        value = values[6]
        if type(value) is bool or value is None:
            parsed.integrity = value
        elif value is UNSET:
            parsed.integrity = UNSET
            absent += 1
        else:
            invalid(parsed, "integrity", "integrity", "bool | None", value)

        value = values[7]
        if type(value) is bool or value is None:
            parsed.availability = value
        elif value is UNSET:
            parsed.availability = UNSET
            absent += 1
        else:
            invalid(parsed, "availability", "availability", "bool | None", value)

        value = values[8]
        if isinstance(value, str):
            parsed.state = _DATA_BREACH_STATE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.state = None
        elif value is UNSET:
            parsed.state = UNSET
            absent += 1
        else:
            invalid(parsed, "state", "state", "DataBreachState | str | None", value)

        value = values[9]
        if isinstance(value, str):
            parsed.reason = _DATA_BREACH_REASON_BY_VALUE.get(value, value)
        elif value is None:
            parsed.reason = None
        elif value is UNSET:
            parsed.reason = UNSET
            absent += 1
        else:
            invalid(parsed, "reason", "reason", "DataBreachReason | str | None", value)

        value = values[10]
        if isinstance(value, str) or value is None:
            parsed.reason_description = value
        elif value is UNSET:
            parsed.reason_description = UNSET
            absent += 1
        else:
            invalid(parsed, "reason_description", "reasonDescription", "str | None", value)

        value = values[11]
        if type(value) is bool or value is None:
            parsed.processor_involved = value
        elif value is UNSET:
            parsed.processor_involved = UNSET
            absent += 1
        else:
            invalid(parsed, "processor_involved", "processorInvolved", "bool | None", value)

        value = values[12]
        if value is None:
            parsed.processors = None
        elif value is UNSET:
            parsed.processors = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.processors = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.processors = list(map(ActorDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "processors",
                        "processors",
                        "list[ActorDto] | None",
                        value,
                        items=ActorDto.from_dict,
                    )
            else:
                invalid(parsed, "processors", "processors", "list[ActorDto] | None", value)

        value = values[13]
        if value is None:
            parsed.person_categories = None
        elif value is UNSET:
            parsed.person_categories = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.person_categories = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.person_categories = list(map(DataBreachPersonCategoryDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "person_categories",
                        "personCategories",
                        "list[DataBreachPersonCategoryDto] | None",
                        value,
                        items=DataBreachPersonCategoryDto.from_dict,
                    )
            else:
                invalid(
                    parsed,
                    "person_categories",
                    "personCategories",
                    "list[DataBreachPersonCategoryDto] | None",
                    value,
                )

        value = values[14]
        if isinstance(value, str) or value is None:
            parsed.data_description_html = value
        elif value is UNSET:
            parsed.data_description_html = UNSET
            absent += 1
        else:
            invalid(parsed, "data_description_html", "dataDescriptionHtml", "str | None", value)

        value = values[15]
        if type(value) is bool or value is None:
            parsed.sensitive_data = value
        elif value is UNSET:
            parsed.sensitive_data = UNSET
            absent += 1
        else:
            invalid(parsed, "sensitive_data", "sensitiveData", "bool | None", value)

        value = values[16]
        if isinstance(value, str):
            parsed.probability_score = _DATA_BREACH_PROBABILITY_SCORE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.probability_score = None
        elif value is UNSET:
            parsed.probability_score = UNSET
            absent += 1
        else:
            invalid(
                parsed,
                "probability_score",
                "probabilityScore",
                "DataBreachProbabilityScore | str | None",
                value,
            )

        value = values[17]
        if isinstance(value, str):
            parsed.impact_score = _DATA_BREACH_IMPACT_SCORE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.impact_score = None
        elif value is UNSET:
            parsed.impact_score = UNSET
            absent += 1
        else:
            invalid(parsed, "impact_score", "impactScore", "DataBreachImpactScore | str | None", value)

        value = values[18]
        if type(value) is bool or value is None:
            parsed.risk_analysis_done = value
        elif value is UNSET:
            parsed.risk_analysis_done = UNSET
            absent += 1
        else:
            invalid(parsed, "risk_analysis_done", "riskAnalysisDone", "bool | None", value)

        value = values[19]
        if type(value) is int or value is None:
            parsed.score = value
        elif value is UNSET:
            parsed.score = UNSET
            absent += 1
        else:
            invalid(parsed, "score", "score", "int | None", value)

        value = values[20]
        if isinstance(value, str):
            parsed.risk_level = _DATA_BREACH_RISK_LEVEL_BY_VALUE.get(value, value)
        elif value is None:
            parsed.risk_level = None
        elif value is UNSET:
            parsed.risk_level = UNSET
            absent += 1
        else:
            invalid(parsed, "risk_level", "riskLevel", "DataBreachRiskLevel | str | None", value)

        value = values[21]
        if isinstance(value, str):
            parsed.risk_level_forced = _DATA_BREACH_RISK_LEVEL_BY_VALUE.get(value, value)
        elif value is None:
            parsed.risk_level_forced = None
        elif value is UNSET:
            parsed.risk_level_forced = UNSET
            absent += 1
        else:
            invalid(parsed, "risk_level_forced", "riskLevelForced", "DataBreachRiskLevel | str | None", value)

        value = values[22]
        if isinstance(value, str) or value is None:
            parsed.risk_analysis_html_content = value
        elif value is UNSET:
            parsed.risk_analysis_html_content = UNSET
            absent += 1
        else:
            invalid(parsed, "risk_analysis_html_content", "riskAnalysisHtmlContent", "str | None", value)

        value = values[23]
        if type(value) is int or value is None:
            parsed.data_volume = value
        elif value is UNSET:
            parsed.data_volume = UNSET
            absent += 1
        else:
            invalid(parsed, "data_volume", "dataVolume", "int | None", value)

        value = values[24]
        if isinstance(value, str) or value is None:
            parsed.data_support = value
        elif value is UNSET:
            parsed.data_support = UNSET
            absent += 1
        else:
            invalid(parsed, "data_support", "dataSupport", "str | None", value)

        value = values[25]
        if type(value) is bool or value is None:
            parsed.communication_done = value
        elif value is UNSET:
            parsed.communication_done = UNSET
            absent += 1
        else:
            invalid(parsed, "communication_done", "communicationDone", "bool | None", value)

        value = values[26]
        if isinstance(value, str):
            parsed.no_communication_reason = _NO_COMMUNICATION_REASON_BY_VALUE.get(value, value)
        elif value is None:
            parsed.no_communication_reason = None
        elif value is UNSET:
            parsed.no_communication_reason = UNSET
            absent += 1
        else:
            invalid(
                parsed,
                "no_communication_reason",
                "noCommunicationReason",
                "NoCommunicationReason | str | None",
                value,
            )

        value = values[27]
        if isinstance(value, str) or value is None:
            parsed.no_communication_justification = value
        elif value is UNSET:
            parsed.no_communication_justification = UNSET
            absent += 1
        else:
            invalid(
                parsed, "no_communication_justification", "noCommunicationJustification", "str | None", value
            )

        value = values[28]
        if value is None:
            parsed.notifications = None
        elif value is UNSET:
            parsed.notifications = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.notifications = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.notifications = list(map(DataBreachNotificationDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "notifications",
                        "notifications",
                        "list[DataBreachNotificationDto] | None",
                        value,
                        items=DataBreachNotificationDto.from_dict,
                    )
            else:
                invalid(
                    parsed, "notifications", "notifications", "list[DataBreachNotificationDto] | None", value
                )

        value = values[29]
        if isinstance(value, str) or value is None:
            parsed.period = value
        elif value is UNSET:
            parsed.period = UNSET
            absent += 1
        else:
            invalid(parsed, "period", "period", "str | None", value)

        value = values[30]
        if isinstance(value, str) or value is None:
            parsed.start_hour = value
        elif value is UNSET:
            parsed.start_hour = UNSET
            absent += 1
        else:
            invalid(parsed, "start_hour", "startHour", "str | None", value)

        value = values[31]
        if value is None:
            parsed.end_date = None
        elif value is UNSET:
            parsed.end_date = UNSET
            absent += 1
        else:
            try:
                parsed.end_date = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "end_date", "endDate", "datetime.datetime | None", value)

        value = values[32]
        if isinstance(value, str) or value is None:
            parsed.end_hour = value
        elif value is UNSET:
            parsed.end_hour = UNSET
            absent += 1
        else:
            invalid(parsed, "end_hour", "endHour", "str | None", value)

        value = values[33]
        if value is None:
            parsed.constatation_date = None
        elif value is UNSET:
            parsed.constatation_date = UNSET
            absent += 1
        else:
            try:
                parsed.constatation_date = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "constatation_date", "constatationDate", "datetime.datetime | None", value)

        value = values[34]
        if isinstance(value, str) or value is None:
            parsed.constatation_hour = value
        elif value is UNSET:
            parsed.constatation_hour = UNSET
            absent += 1
        else:
            invalid(parsed, "constatation_hour", "constatationHour", "str | None", value)

        value = values[35]
        if type(value) is int or value is None:
            parsed.notification_due_time = value
        elif value is UNSET:
            parsed.notification_due_time = UNSET
            absent += 1
        else:
            invalid(parsed, "notification_due_time", "notificationDueTime", "int | None", value)

        value = values[36]
        if value is None:
            parsed.operator = None
        elif value is UNSET:
            parsed.operator = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.operator = UserLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "operator", "operator", "UserLightDto | None", value)
            else:
                invalid(parsed, "operator", "operator", "UserLightDto | None", value)

        value = values[37]
        if type(value) is int or value is None:
            parsed.operator_id = value
        elif value is UNSET:
            parsed.operator_id = UNSET
            absent += 1
        else:
            invalid(parsed, "operator_id", "operatorId", "int | None", value)

        value = values[38]
        if value is None:
            parsed.work_flow_step = None
        elif value is UNSET:
            parsed.work_flow_step = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.work_flow_step = WorkFlowStepDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "work_flow_step", "workFlowStep", "WorkFlowStepDto | None", value)
            else:
                invalid(parsed, "work_flow_step", "workFlowStep", "WorkFlowStepDto | None", value)

        value = values[39]
        if value is None:
            parsed.area = None
        elif value is UNSET:
            parsed.area = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.area = AreaDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "area", "area", "AreaDto | None", value)
            else:
                invalid(parsed, "area", "area", "AreaDto | None", value)

        value = values[40]
        if type(value) is int or value is None:
            parsed.area_id = value
        elif value is UNSET:
            parsed.area_id = UNSET
            absent += 1
        else:
            invalid(parsed, "area_id", "areaId", "int | None", value)

        value = values[41]
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

        value = values[42]
        if value is None:
            parsed.date_update = None
        elif value is UNSET:
            parsed.date_update = UNSET
            absent += 1
        else:
            try:
                parsed.date_update = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_update", "dateUpdate", "datetime.datetime | None", value)

        value = values[43]
        if value is None:
            parsed.work_space = None
        elif value is UNSET:
            parsed.work_space = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.work_space = WorkSpaceDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "work_space", "workSpace", "WorkSpaceDto | None", value)
            else:
                invalid(parsed, "work_space", "workSpace", "WorkSpaceDto | None", value)

        value = values[44]
        if type(value) is bool or value is None:
            parsed.post_mortem_done = value
        elif value is UNSET:
            parsed.post_mortem_done = UNSET
            absent += 1
        else:
            invalid(parsed, "post_mortem_done", "postMortemDone", "bool | None", value)

        value = values[45]
        if value is None:
            parsed.post_mortem_date = None
        elif value is UNSET:
            parsed.post_mortem_date = UNSET
            absent += 1
        else:
            try:
                parsed.post_mortem_date = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "post_mortem_date", "postMortemDate", "datetime.datetime | None", value)

        value = values[46]
        if isinstance(value, str) or value is None:
            parsed.post_mortem_ref = value
        elif value is UNSET:
            parsed.post_mortem_ref = UNSET
            absent += 1
        else:
            invalid(parsed, "post_mortem_ref", "postMortemRef", "str | None", value)

        value = values[47]
        if isinstance(value, str) or value is None:
            parsed.post_mortem_html = value
        elif value is UNSET:
            parsed.post_mortem_html = UNSET
            absent += 1
        else:
            invalid(parsed, "post_mortem_html", "postMortemHtml", "str | None", value)

        value = values[48]
        if isinstance(value, str) or value is None:
            parsed.security_measures = value
        elif value is UNSET:
            parsed.security_measures = UNSET
            absent += 1
        else:
            invalid(parsed, "security_measures", "securityMeasures", "str | None", value)

        value = values[49]
        if isinstance(value, str) or value is None:
            parsed.adopted_security_measures = value
        elif value is UNSET:
            parsed.adopted_security_measures = UNSET
            absent += 1
        else:
            invalid(parsed, "adopted_security_measures", "adoptedSecurityMeasures", "str | None", value)

        value = values[50]
        if value is None:
            parsed.attachments = None
        elif value is UNSET:
            parsed.attachments = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.attachments = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.attachments = list(map(AttachmentDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "attachments",
                        "attachments",
                        "list[AttachmentDto] | None",
                        value,
                        items=AttachmentDto.from_dict,
                    )
            else:
                invalid(parsed, "attachments", "attachments", "list[AttachmentDto] | None", value)

        value = values[51]
        if value is None:
            parsed.tags = None
        elif value is UNSET:
            parsed.tags = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.tags = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.tags = list(map(TagDto.from_dict, value))
                except FieldValidationError:
                    invalid(parsed, "tags", "tags", "list[TagDto] | None", value, items=TagDto.from_dict)
            else:
                invalid(parsed, "tags", "tags", "list[TagDto] | None", value)

        value = values[52]
        if isinstance(value, str) or value is None:
            parsed.complementary_informations = value
        elif value is UNSET:
            parsed.complementary_informations = UNSET
            absent += 1
        else:
            invalid(parsed, "complementary_informations", "complementaryInformations", "str | None", value)

        value = values[53]
        if value is None:
            parsed.data_processings = None
        elif value is UNSET:
            parsed.data_processings = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.data_processings = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.data_processings = list(map(DataProcessingLightDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "data_processings",
                        "dataProcessings",
                        "list[DataProcessingLightDto] | None",
                        value,
                        items=DataProcessingLightDto.from_dict,
                    )
            else:
                invalid(
                    parsed,
                    "data_processings",
                    "dataProcessings",
                    "list[DataProcessingLightDto] | None",
                    value,
                )

        value = values[54]
        if value is None:
            parsed.date_closed = None
        elif value is UNSET:
            parsed.date_closed = UNSET
            absent += 1
        else:
            try:
                parsed.date_closed = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_closed", "dateClosed", "datetime.datetime | None", value)

        value = values[55]
        if value is None:
            parsed.date_archived = None
        elif value is UNSET:
            parsed.date_archived = UNSET
            absent += 1
        else:
            try:
                parsed.date_archived = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_archived", "dateArchived", "datetime.datetime | None", value)

        value = values[56]
        if type(value) is bool or value is None:
            parsed.archived = value
        elif value is UNSET:
            parsed.archived = UNSET
            absent += 1
        else:
            invalid(parsed, "archived", "archived", "bool | None", value)

        value = values[57]
        if value is None:
            parsed.creator = None
        elif value is UNSET:
            parsed.creator = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.creator = UserLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "creator", "creator", "UserLightDto | None", value)
            else:
                invalid(parsed, "creator", "creator", "UserLightDto | None", value)

        if len(src_dict) + absent == 58:  # every key is a known one
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
