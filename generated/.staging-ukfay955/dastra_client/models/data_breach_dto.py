from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.data_breach_impact_score import DataBreachImpactScore
from ..models.data_breach_probability_score import DataBreachProbabilityScore
from ..models.data_breach_reason import DataBreachReason
from ..models.data_breach_risk_level import DataBreachRiskLevel
from ..models.data_breach_state import DataBreachState
from ..models.no_communication_reason import NoCommunicationReason
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

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








def _parse_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data










def _parse_state(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = DataBreachState._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_reason(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = DataBreachReason._value2member_map_.get(data)
    if member is not None:
        return member
    return data







def _parse_processors(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.ActorDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_person_categories(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.DataBreachPersonCategoryDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data







def _parse_probability_score(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = DataBreachProbabilityScore._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_impact_score(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = DataBreachImpactScore._value2member_map_.get(data)
    if member is not None:
        return member
    return data







def _parse_risk_level(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = DataBreachRiskLevel._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_risk_level_forced(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = DataBreachRiskLevel._value2member_map_.get(data)
    if member is not None:
        return member
    return data









def _parse_no_communication_reason(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = NoCommunicationReason._value2member_map_.get(data)
    if member is not None:
        return member
    return data






def _parse_notifications(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.DataBreachNotificationDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data






def _parse_end_date(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_constatation_date(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data






def _parse_operator(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_work_flow_step(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.WorkFlowStepDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_area(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.AreaDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_date_creation(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_date_update(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_work_space(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.WorkSpaceDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_post_mortem_date(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data









def _parse_attachments(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.AttachmentDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_tags(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.TagDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data






def _parse_data_processings(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.DataProcessingLightDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_date_closed(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_date_archived(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_creator(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data



def _load_processors(source: Mapping[str, Any]) -> Any:
    return _parse_processors(source.get("processors", UNSET))

def _load_person_categories(source: Mapping[str, Any]) -> Any:
    return _parse_person_categories(source.get("personCategories", UNSET))

def _load_notifications(source: Mapping[str, Any]) -> Any:
    return _parse_notifications(source.get("notifications", UNSET))

def _load_operator(source: Mapping[str, Any]) -> Any:
    return _parse_operator(source.get("operator", UNSET))

def _load_work_flow_step(source: Mapping[str, Any]) -> Any:
    return _parse_work_flow_step(source.get("workFlowStep", UNSET))

def _load_area(source: Mapping[str, Any]) -> Any:
    return _parse_area(source.get("area", UNSET))

def _load_work_space(source: Mapping[str, Any]) -> Any:
    return _parse_work_space(source.get("workSpace", UNSET))

def _load_attachments(source: Mapping[str, Any]) -> Any:
    return _parse_attachments(source.get("attachments", UNSET))

def _load_tags(source: Mapping[str, Any]) -> Any:
    return _parse_tags(source.get("tags", UNSET))

def _load_data_processings(source: Mapping[str, Any]) -> Any:
    return _parse_data_processings(source.get("dataProcessings", UNSET))

def _load_creator(source: Mapping[str, Any]) -> Any:
    return _parse_creator(source.get("creator", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("label", "startDate", "id", "descriptionHtml", "location", "access", "integrity", "availability", "state", "reason", "reasonDescription", "processorInvolved", "processors", "personCategories", "dataDescriptionHtml", "sensitiveData", "probabilityScore", "impactScore", "riskAnalysisDone", "score", "riskLevel", "riskLevelForced", "riskAnalysisHtmlContent", "dataVolume", "dataSupport", "communicationDone", "noCommunicationReason", "noCommunicationJustification", "notifications", "period", "startHour", "endDate", "endHour", "constatationDate", "constatationHour", "notificationDueTime", "operator", "operatorId", "workFlowStep", "area", "areaId", "dateCreation", "dateUpdate", "workSpace", "postMortemDone", "postMortemDate", "postMortemRef", "postMortemHtml", "securityMeasures", "adoptedSecurityMeasures", "attachments", "tags", "complementaryInformations", "dataProcessings", "dateClosed", "dateArchived", "archived", "creator", ))

T = TypeVar("T", bound="DataBreachDto")



@_attrs_define
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

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
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
        from ..models.actor_dto import ActorDto  # noqa: PLC0415
        from ..models.area_dto import AreaDto  # noqa: PLC0415
        from ..models.attachment_dto import AttachmentDto  # noqa: PLC0415
        from ..models.data_breach_notification_dto import DataBreachNotificationDto  # noqa: PLC0415
        from ..models.data_breach_person_category_dto import DataBreachPersonCategoryDto  # noqa: PLC0415
        from ..models.data_processing_light_dto import DataProcessingLightDto  # noqa: PLC0415
        from ..models.tag_dto import TagDto  # noqa: PLC0415
        from ..models.user_light_dto import UserLightDto  # noqa: PLC0415
        from ..models.work_flow_step_dto import WorkFlowStepDto  # noqa: PLC0415
        from ..models.work_space_dto import WorkSpaceDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        label = self.label

        field_dict["label"] = label
        start_date = self.start_date.isoformat()

        field_dict["startDate"] = start_date
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        description_html: None | str | Unset
        if isinstance(self.description_html, Unset):
            description_html = UNSET
        else:
            description_html = self.description_html

        if description_html is not UNSET:
            field_dict["descriptionHtml"] = description_html
        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        if location is not UNSET:
            field_dict["location"] = location
        access: bool | None | Unset
        if isinstance(self.access, Unset):
            access = UNSET
        else:
            access = self.access

        if access is not UNSET:
            field_dict["access"] = access
        integrity: bool | None | Unset
        if isinstance(self.integrity, Unset):
            integrity = UNSET
        else:
            integrity = self.integrity

        if integrity is not UNSET:
            field_dict["integrity"] = integrity
        availability: bool | None | Unset
        if isinstance(self.availability, Unset):
            availability = UNSET
        else:
            availability = self.availability

        if availability is not UNSET:
            field_dict["availability"] = availability
        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, DataBreachState):
            state = self.state.value
        else:
            state = self.state

        if state is not UNSET:
            field_dict["state"] = state
        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, DataBreachReason):
            reason = self.reason.value
        else:
            reason = self.reason

        if reason is not UNSET:
            field_dict["reason"] = reason
        reason_description: None | str | Unset
        if isinstance(self.reason_description, Unset):
            reason_description = UNSET
        else:
            reason_description = self.reason_description

        if reason_description is not UNSET:
            field_dict["reasonDescription"] = reason_description
        processor_involved: bool | None | Unset
        if isinstance(self.processor_involved, Unset):
            processor_involved = UNSET
        else:
            processor_involved = self.processor_involved

        if processor_involved is not UNSET:
            field_dict["processorInvolved"] = processor_involved
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
        data_description_html: None | str | Unset
        if isinstance(self.data_description_html, Unset):
            data_description_html = UNSET
        else:
            data_description_html = self.data_description_html

        if data_description_html is not UNSET:
            field_dict["dataDescriptionHtml"] = data_description_html
        sensitive_data: bool | None | Unset
        if isinstance(self.sensitive_data, Unset):
            sensitive_data = UNSET
        else:
            sensitive_data = self.sensitive_data

        if sensitive_data is not UNSET:
            field_dict["sensitiveData"] = sensitive_data
        probability_score: None | str | Unset
        if isinstance(self.probability_score, Unset):
            probability_score = UNSET
        elif isinstance(self.probability_score, DataBreachProbabilityScore):
            probability_score = self.probability_score.value
        else:
            probability_score = self.probability_score

        if probability_score is not UNSET:
            field_dict["probabilityScore"] = probability_score
        impact_score: None | str | Unset
        if isinstance(self.impact_score, Unset):
            impact_score = UNSET
        elif isinstance(self.impact_score, DataBreachImpactScore):
            impact_score = self.impact_score.value
        else:
            impact_score = self.impact_score

        if impact_score is not UNSET:
            field_dict["impactScore"] = impact_score
        risk_analysis_done: bool | None | Unset
        if isinstance(self.risk_analysis_done, Unset):
            risk_analysis_done = UNSET
        else:
            risk_analysis_done = self.risk_analysis_done

        if risk_analysis_done is not UNSET:
            field_dict["riskAnalysisDone"] = risk_analysis_done
        score: int | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        if score is not UNSET:
            field_dict["score"] = score
        risk_level: None | str | Unset
        if isinstance(self.risk_level, Unset):
            risk_level = UNSET
        elif isinstance(self.risk_level, DataBreachRiskLevel):
            risk_level = self.risk_level.value
        else:
            risk_level = self.risk_level

        if risk_level is not UNSET:
            field_dict["riskLevel"] = risk_level
        risk_level_forced: None | str | Unset
        if isinstance(self.risk_level_forced, Unset):
            risk_level_forced = UNSET
        elif isinstance(self.risk_level_forced, DataBreachRiskLevel):
            risk_level_forced = self.risk_level_forced.value
        else:
            risk_level_forced = self.risk_level_forced

        if risk_level_forced is not UNSET:
            field_dict["riskLevelForced"] = risk_level_forced
        risk_analysis_html_content: None | str | Unset
        if isinstance(self.risk_analysis_html_content, Unset):
            risk_analysis_html_content = UNSET
        else:
            risk_analysis_html_content = self.risk_analysis_html_content

        if risk_analysis_html_content is not UNSET:
            field_dict["riskAnalysisHtmlContent"] = risk_analysis_html_content
        data_volume: int | None | Unset
        if isinstance(self.data_volume, Unset):
            data_volume = UNSET
        else:
            data_volume = self.data_volume

        if data_volume is not UNSET:
            field_dict["dataVolume"] = data_volume
        data_support: None | str | Unset
        if isinstance(self.data_support, Unset):
            data_support = UNSET
        else:
            data_support = self.data_support

        if data_support is not UNSET:
            field_dict["dataSupport"] = data_support
        communication_done: bool | None | Unset
        if isinstance(self.communication_done, Unset):
            communication_done = UNSET
        else:
            communication_done = self.communication_done

        if communication_done is not UNSET:
            field_dict["communicationDone"] = communication_done
        no_communication_reason: None | str | Unset
        if isinstance(self.no_communication_reason, Unset):
            no_communication_reason = UNSET
        elif isinstance(self.no_communication_reason, NoCommunicationReason):
            no_communication_reason = self.no_communication_reason.value
        else:
            no_communication_reason = self.no_communication_reason

        if no_communication_reason is not UNSET:
            field_dict["noCommunicationReason"] = no_communication_reason
        no_communication_justification: None | str | Unset
        if isinstance(self.no_communication_justification, Unset):
            no_communication_justification = UNSET
        else:
            no_communication_justification = self.no_communication_justification

        if no_communication_justification is not UNSET:
            field_dict["noCommunicationJustification"] = no_communication_justification
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
        period: None | str | Unset
        if isinstance(self.period, Unset):
            period = UNSET
        else:
            period = self.period

        if period is not UNSET:
            field_dict["period"] = period
        start_hour: None | str | Unset
        if isinstance(self.start_hour, Unset):
            start_hour = UNSET
        else:
            start_hour = self.start_hour

        if start_hour is not UNSET:
            field_dict["startHour"] = start_hour
        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        end_hour: None | str | Unset
        if isinstance(self.end_hour, Unset):
            end_hour = UNSET
        else:
            end_hour = self.end_hour

        if end_hour is not UNSET:
            field_dict["endHour"] = end_hour
        constatation_date: None | str | Unset
        if isinstance(self.constatation_date, Unset):
            constatation_date = UNSET
        elif isinstance(self.constatation_date, datetime.datetime):
            constatation_date = self.constatation_date.isoformat()
        else:
            constatation_date = self.constatation_date

        if constatation_date is not UNSET:
            field_dict["constatationDate"] = constatation_date
        constatation_hour: None | str | Unset
        if isinstance(self.constatation_hour, Unset):
            constatation_hour = UNSET
        else:
            constatation_hour = self.constatation_hour

        if constatation_hour is not UNSET:
            field_dict["constatationHour"] = constatation_hour
        notification_due_time: int | None | Unset
        if isinstance(self.notification_due_time, Unset):
            notification_due_time = UNSET
        else:
            notification_due_time = self.notification_due_time

        if notification_due_time is not UNSET:
            field_dict["notificationDueTime"] = notification_due_time
        operator: dict[str, Any] | None | Unset
        if isinstance(self.operator, Unset):
            operator = UNSET
        elif isinstance(self.operator, UserLightDto):
            operator = self.operator.to_dict()
        else:
            operator = self.operator

        if operator is not UNSET:
            field_dict["operator"] = operator
        operator_id: int | None | Unset
        if isinstance(self.operator_id, Unset):
            operator_id = UNSET
        else:
            operator_id = self.operator_id

        if operator_id is not UNSET:
            field_dict["operatorId"] = operator_id
        work_flow_step: dict[str, Any] | None | Unset
        if isinstance(self.work_flow_step, Unset):
            work_flow_step = UNSET
        elif isinstance(self.work_flow_step, WorkFlowStepDto):
            work_flow_step = self.work_flow_step.to_dict()
        else:
            work_flow_step = self.work_flow_step

        if work_flow_step is not UNSET:
            field_dict["workFlowStep"] = work_flow_step
        area: dict[str, Any] | None | Unset
        if isinstance(self.area, Unset):
            area = UNSET
        elif isinstance(self.area, AreaDto):
            area = self.area.to_dict()
        else:
            area = self.area

        if area is not UNSET:
            field_dict["area"] = area
        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        date_update: None | str | Unset
        if isinstance(self.date_update, Unset):
            date_update = UNSET
        elif isinstance(self.date_update, datetime.datetime):
            date_update = self.date_update.isoformat()
        else:
            date_update = self.date_update

        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        work_space: dict[str, Any] | None | Unset
        if isinstance(self.work_space, Unset):
            work_space = UNSET
        elif isinstance(self.work_space, WorkSpaceDto):
            work_space = self.work_space.to_dict()
        else:
            work_space = self.work_space

        if work_space is not UNSET:
            field_dict["workSpace"] = work_space
        post_mortem_done: bool | None | Unset
        if isinstance(self.post_mortem_done, Unset):
            post_mortem_done = UNSET
        else:
            post_mortem_done = self.post_mortem_done

        if post_mortem_done is not UNSET:
            field_dict["postMortemDone"] = post_mortem_done
        post_mortem_date: None | str | Unset
        if isinstance(self.post_mortem_date, Unset):
            post_mortem_date = UNSET
        elif isinstance(self.post_mortem_date, datetime.datetime):
            post_mortem_date = self.post_mortem_date.isoformat()
        else:
            post_mortem_date = self.post_mortem_date

        if post_mortem_date is not UNSET:
            field_dict["postMortemDate"] = post_mortem_date
        post_mortem_ref: None | str | Unset
        if isinstance(self.post_mortem_ref, Unset):
            post_mortem_ref = UNSET
        else:
            post_mortem_ref = self.post_mortem_ref

        if post_mortem_ref is not UNSET:
            field_dict["postMortemRef"] = post_mortem_ref
        post_mortem_html: None | str | Unset
        if isinstance(self.post_mortem_html, Unset):
            post_mortem_html = UNSET
        else:
            post_mortem_html = self.post_mortem_html

        if post_mortem_html is not UNSET:
            field_dict["postMortemHtml"] = post_mortem_html
        security_measures: None | str | Unset
        if isinstance(self.security_measures, Unset):
            security_measures = UNSET
        else:
            security_measures = self.security_measures

        if security_measures is not UNSET:
            field_dict["securityMeasures"] = security_measures
        adopted_security_measures: None | str | Unset
        if isinstance(self.adopted_security_measures, Unset):
            adopted_security_measures = UNSET
        else:
            adopted_security_measures = self.adopted_security_measures

        if adopted_security_measures is not UNSET:
            field_dict["adoptedSecurityMeasures"] = adopted_security_measures
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
        complementary_informations: None | str | Unset
        if isinstance(self.complementary_informations, Unset):
            complementary_informations = UNSET
        else:
            complementary_informations = self.complementary_informations

        if complementary_informations is not UNSET:
            field_dict["complementaryInformations"] = complementary_informations
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
        date_closed: None | str | Unset
        if isinstance(self.date_closed, Unset):
            date_closed = UNSET
        elif isinstance(self.date_closed, datetime.datetime):
            date_closed = self.date_closed.isoformat()
        else:
            date_closed = self.date_closed

        if date_closed is not UNSET:
            field_dict["dateClosed"] = date_closed
        date_archived: None | str | Unset
        if isinstance(self.date_archived, Unset):
            date_archived = UNSET
        elif isinstance(self.date_archived, datetime.datetime):
            date_archived = self.date_archived.isoformat()
        else:
            date_archived = self.date_archived

        if date_archived is not UNSET:
            field_dict["dateArchived"] = date_archived
        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        if archived is not UNSET:
            field_dict["archived"] = archived
        creator: dict[str, Any] | None | Unset
        if isinstance(self.creator, Unset):
            creator = UNSET
        elif isinstance(self.creator, UserLightDto):
            creator = self.creator.to_dict()
        else:
            creator = self.creator

        if creator is not UNSET:
            field_dict["creator"] = creator
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.label = src_dict["label"]
        parsed.start_date = datetime.datetime.fromisoformat(src_dict["startDate"])
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.description_html = src_dict.get("descriptionHtml", UNSET)
        parsed.location = src_dict.get("location", UNSET)
        parsed.access = src_dict.get("access", UNSET)
        parsed.integrity = src_dict.get("integrity", UNSET)
        parsed.availability = src_dict.get("availability", UNSET)
        parsed.state = _parse_state(src_dict.get("state", UNSET))
        parsed.reason = _parse_reason(src_dict.get("reason", UNSET))
        parsed.reason_description = src_dict.get("reasonDescription", UNSET)
        parsed.processor_involved = src_dict.get("processorInvolved", UNSET)
        parsed.data_description_html = src_dict.get("dataDescriptionHtml", UNSET)
        parsed.sensitive_data = src_dict.get("sensitiveData", UNSET)
        parsed.probability_score = _parse_probability_score(src_dict.get("probabilityScore", UNSET))
        parsed.impact_score = _parse_impact_score(src_dict.get("impactScore", UNSET))
        parsed.risk_analysis_done = src_dict.get("riskAnalysisDone", UNSET)
        parsed.score = src_dict.get("score", UNSET)
        parsed.risk_level = _parse_risk_level(src_dict.get("riskLevel", UNSET))
        parsed.risk_level_forced = _parse_risk_level_forced(src_dict.get("riskLevelForced", UNSET))
        parsed.risk_analysis_html_content = src_dict.get("riskAnalysisHtmlContent", UNSET)
        parsed.data_volume = src_dict.get("dataVolume", UNSET)
        parsed.data_support = src_dict.get("dataSupport", UNSET)
        parsed.communication_done = src_dict.get("communicationDone", UNSET)
        parsed.no_communication_reason = _parse_no_communication_reason(src_dict.get("noCommunicationReason", UNSET))
        parsed.no_communication_justification = src_dict.get("noCommunicationJustification", UNSET)
        parsed.period = src_dict.get("period", UNSET)
        parsed.start_hour = src_dict.get("startHour", UNSET)
        parsed.end_date = _parse_end_date(src_dict.get("endDate", UNSET))
        parsed.end_hour = src_dict.get("endHour", UNSET)
        parsed.constatation_date = _parse_constatation_date(src_dict.get("constatationDate", UNSET))
        parsed.constatation_hour = src_dict.get("constatationHour", UNSET)
        parsed.notification_due_time = src_dict.get("notificationDueTime", UNSET)
        parsed.operator_id = src_dict.get("operatorId", UNSET)
        parsed.area_id = src_dict.get("areaId", UNSET)
        parsed.date_creation = _parse_date_creation(src_dict.get("dateCreation", UNSET))
        parsed.date_update = _parse_date_update(src_dict.get("dateUpdate", UNSET))
        parsed.post_mortem_done = src_dict.get("postMortemDone", UNSET)
        parsed.post_mortem_date = _parse_post_mortem_date(src_dict.get("postMortemDate", UNSET))
        parsed.post_mortem_ref = src_dict.get("postMortemRef", UNSET)
        parsed.post_mortem_html = src_dict.get("postMortemHtml", UNSET)
        parsed.security_measures = src_dict.get("securityMeasures", UNSET)
        parsed.adopted_security_measures = src_dict.get("adoptedSecurityMeasures", UNSET)
        parsed.complementary_informations = src_dict.get("complementaryInformations", UNSET)
        parsed.date_closed = _parse_date_closed(src_dict.get("dateClosed", UNSET))
        parsed.date_archived = _parse_date_archived(src_dict.get("dateArchived", UNSET))
        parsed.archived = src_dict.get("archived", UNSET)
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
