from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


T = TypeVar("T", bound="DataBreachDto")


@_attrs_define
class DataBreachDto:
    """
    Attributes:
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

        label = self.label

        start_date = self.start_date.isoformat()

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        description_html: None | str | Unset
        if isinstance(self.description_html, Unset):
            description_html = UNSET
        else:
            description_html = self.description_html

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        access: bool | None | Unset
        if isinstance(self.access, Unset):
            access = UNSET
        else:
            access = self.access

        integrity: bool | None | Unset
        if isinstance(self.integrity, Unset):
            integrity = UNSET
        else:
            integrity = self.integrity

        availability: bool | None | Unset
        if isinstance(self.availability, Unset):
            availability = UNSET
        else:
            availability = self.availability

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, DataBreachState):
            state = self.state.value
        else:
            state = self.state

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, DataBreachReason):
            reason = self.reason.value
        else:
            reason = self.reason

        reason_description: None | str | Unset
        if isinstance(self.reason_description, Unset):
            reason_description = UNSET
        else:
            reason_description = self.reason_description

        processor_involved: bool | None | Unset
        if isinstance(self.processor_involved, Unset):
            processor_involved = UNSET
        else:
            processor_involved = self.processor_involved

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

        data_description_html: None | str | Unset
        if isinstance(self.data_description_html, Unset):
            data_description_html = UNSET
        else:
            data_description_html = self.data_description_html

        sensitive_data: bool | None | Unset
        if isinstance(self.sensitive_data, Unset):
            sensitive_data = UNSET
        else:
            sensitive_data = self.sensitive_data

        probability_score: None | str | Unset
        if isinstance(self.probability_score, Unset):
            probability_score = UNSET
        elif isinstance(self.probability_score, DataBreachProbabilityScore):
            probability_score = self.probability_score.value
        else:
            probability_score = self.probability_score

        impact_score: None | str | Unset
        if isinstance(self.impact_score, Unset):
            impact_score = UNSET
        elif isinstance(self.impact_score, DataBreachImpactScore):
            impact_score = self.impact_score.value
        else:
            impact_score = self.impact_score

        risk_analysis_done: bool | None | Unset
        if isinstance(self.risk_analysis_done, Unset):
            risk_analysis_done = UNSET
        else:
            risk_analysis_done = self.risk_analysis_done

        score: int | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        risk_level: None | str | Unset
        if isinstance(self.risk_level, Unset):
            risk_level = UNSET
        elif isinstance(self.risk_level, DataBreachRiskLevel):
            risk_level = self.risk_level.value
        else:
            risk_level = self.risk_level

        risk_level_forced: None | str | Unset
        if isinstance(self.risk_level_forced, Unset):
            risk_level_forced = UNSET
        elif isinstance(self.risk_level_forced, DataBreachRiskLevel):
            risk_level_forced = self.risk_level_forced.value
        else:
            risk_level_forced = self.risk_level_forced

        risk_analysis_html_content: None | str | Unset
        if isinstance(self.risk_analysis_html_content, Unset):
            risk_analysis_html_content = UNSET
        else:
            risk_analysis_html_content = self.risk_analysis_html_content

        data_volume: int | None | Unset
        if isinstance(self.data_volume, Unset):
            data_volume = UNSET
        else:
            data_volume = self.data_volume

        data_support: None | str | Unset
        if isinstance(self.data_support, Unset):
            data_support = UNSET
        else:
            data_support = self.data_support

        communication_done: bool | None | Unset
        if isinstance(self.communication_done, Unset):
            communication_done = UNSET
        else:
            communication_done = self.communication_done

        no_communication_reason: None | str | Unset
        if isinstance(self.no_communication_reason, Unset):
            no_communication_reason = UNSET
        elif isinstance(self.no_communication_reason, NoCommunicationReason):
            no_communication_reason = self.no_communication_reason.value
        else:
            no_communication_reason = self.no_communication_reason

        no_communication_justification: None | str | Unset
        if isinstance(self.no_communication_justification, Unset):
            no_communication_justification = UNSET
        else:
            no_communication_justification = self.no_communication_justification

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

        period: None | str | Unset
        if isinstance(self.period, Unset):
            period = UNSET
        else:
            period = self.period

        start_hour: None | str | Unset
        if isinstance(self.start_hour, Unset):
            start_hour = UNSET
        else:
            start_hour = self.start_hour

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        end_hour: None | str | Unset
        if isinstance(self.end_hour, Unset):
            end_hour = UNSET
        else:
            end_hour = self.end_hour

        constatation_date: None | str | Unset
        if isinstance(self.constatation_date, Unset):
            constatation_date = UNSET
        elif isinstance(self.constatation_date, datetime.datetime):
            constatation_date = self.constatation_date.isoformat()
        else:
            constatation_date = self.constatation_date

        constatation_hour: None | str | Unset
        if isinstance(self.constatation_hour, Unset):
            constatation_hour = UNSET
        else:
            constatation_hour = self.constatation_hour

        notification_due_time: int | None | Unset
        if isinstance(self.notification_due_time, Unset):
            notification_due_time = UNSET
        else:
            notification_due_time = self.notification_due_time

        operator: dict[str, Any] | None | Unset
        if isinstance(self.operator, Unset):
            operator = UNSET
        elif isinstance(self.operator, UserLightDto):
            operator = self.operator.to_dict()
        else:
            operator = self.operator

        operator_id: int | None | Unset
        if isinstance(self.operator_id, Unset):
            operator_id = UNSET
        else:
            operator_id = self.operator_id

        work_flow_step: dict[str, Any] | None | Unset
        if isinstance(self.work_flow_step, Unset):
            work_flow_step = UNSET
        elif isinstance(self.work_flow_step, WorkFlowStepDto):
            work_flow_step = self.work_flow_step.to_dict()
        else:
            work_flow_step = self.work_flow_step

        area: dict[str, Any] | None | Unset
        if isinstance(self.area, Unset):
            area = UNSET
        elif isinstance(self.area, AreaDto):
            area = self.area.to_dict()
        else:
            area = self.area

        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        date_update: None | str | Unset
        if isinstance(self.date_update, Unset):
            date_update = UNSET
        elif isinstance(self.date_update, datetime.datetime):
            date_update = self.date_update.isoformat()
        else:
            date_update = self.date_update

        work_space: dict[str, Any] | None | Unset
        if isinstance(self.work_space, Unset):
            work_space = UNSET
        elif isinstance(self.work_space, WorkSpaceDto):
            work_space = self.work_space.to_dict()
        else:
            work_space = self.work_space

        post_mortem_done: bool | None | Unset
        if isinstance(self.post_mortem_done, Unset):
            post_mortem_done = UNSET
        else:
            post_mortem_done = self.post_mortem_done

        post_mortem_date: None | str | Unset
        if isinstance(self.post_mortem_date, Unset):
            post_mortem_date = UNSET
        elif isinstance(self.post_mortem_date, datetime.datetime):
            post_mortem_date = self.post_mortem_date.isoformat()
        else:
            post_mortem_date = self.post_mortem_date

        post_mortem_ref: None | str | Unset
        if isinstance(self.post_mortem_ref, Unset):
            post_mortem_ref = UNSET
        else:
            post_mortem_ref = self.post_mortem_ref

        post_mortem_html: None | str | Unset
        if isinstance(self.post_mortem_html, Unset):
            post_mortem_html = UNSET
        else:
            post_mortem_html = self.post_mortem_html

        security_measures: None | str | Unset
        if isinstance(self.security_measures, Unset):
            security_measures = UNSET
        else:
            security_measures = self.security_measures

        adopted_security_measures: None | str | Unset
        if isinstance(self.adopted_security_measures, Unset):
            adopted_security_measures = UNSET
        else:
            adopted_security_measures = self.adopted_security_measures

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

        complementary_informations: None | str | Unset
        if isinstance(self.complementary_informations, Unset):
            complementary_informations = UNSET
        else:
            complementary_informations = self.complementary_informations

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

        date_closed: None | str | Unset
        if isinstance(self.date_closed, Unset):
            date_closed = UNSET
        elif isinstance(self.date_closed, datetime.datetime):
            date_closed = self.date_closed.isoformat()
        else:
            date_closed = self.date_closed

        date_archived: None | str | Unset
        if isinstance(self.date_archived, Unset):
            date_archived = UNSET
        elif isinstance(self.date_archived, datetime.datetime):
            date_archived = self.date_archived.isoformat()
        else:
            date_archived = self.date_archived

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        creator: dict[str, Any] | None | Unset
        if isinstance(self.creator, Unset):
            creator = UNSET
        elif isinstance(self.creator, UserLightDto):
            creator = self.creator.to_dict()
        else:
            creator = self.creator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "startDate": start_date,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if description_html is not UNSET:
            field_dict["descriptionHtml"] = description_html
        if location is not UNSET:
            field_dict["location"] = location
        if access is not UNSET:
            field_dict["access"] = access
        if integrity is not UNSET:
            field_dict["integrity"] = integrity
        if availability is not UNSET:
            field_dict["availability"] = availability
        if state is not UNSET:
            field_dict["state"] = state
        if reason is not UNSET:
            field_dict["reason"] = reason
        if reason_description is not UNSET:
            field_dict["reasonDescription"] = reason_description
        if processor_involved is not UNSET:
            field_dict["processorInvolved"] = processor_involved
        if processors is not UNSET:
            field_dict["processors"] = processors
        if person_categories is not UNSET:
            field_dict["personCategories"] = person_categories
        if data_description_html is not UNSET:
            field_dict["dataDescriptionHtml"] = data_description_html
        if sensitive_data is not UNSET:
            field_dict["sensitiveData"] = sensitive_data
        if probability_score is not UNSET:
            field_dict["probabilityScore"] = probability_score
        if impact_score is not UNSET:
            field_dict["impactScore"] = impact_score
        if risk_analysis_done is not UNSET:
            field_dict["riskAnalysisDone"] = risk_analysis_done
        if score is not UNSET:
            field_dict["score"] = score
        if risk_level is not UNSET:
            field_dict["riskLevel"] = risk_level
        if risk_level_forced is not UNSET:
            field_dict["riskLevelForced"] = risk_level_forced
        if risk_analysis_html_content is not UNSET:
            field_dict["riskAnalysisHtmlContent"] = risk_analysis_html_content
        if data_volume is not UNSET:
            field_dict["dataVolume"] = data_volume
        if data_support is not UNSET:
            field_dict["dataSupport"] = data_support
        if communication_done is not UNSET:
            field_dict["communicationDone"] = communication_done
        if no_communication_reason is not UNSET:
            field_dict["noCommunicationReason"] = no_communication_reason
        if no_communication_justification is not UNSET:
            field_dict["noCommunicationJustification"] = no_communication_justification
        if notifications is not UNSET:
            field_dict["notifications"] = notifications
        if period is not UNSET:
            field_dict["period"] = period
        if start_hour is not UNSET:
            field_dict["startHour"] = start_hour
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if end_hour is not UNSET:
            field_dict["endHour"] = end_hour
        if constatation_date is not UNSET:
            field_dict["constatationDate"] = constatation_date
        if constatation_hour is not UNSET:
            field_dict["constatationHour"] = constatation_hour
        if notification_due_time is not UNSET:
            field_dict["notificationDueTime"] = notification_due_time
        if operator is not UNSET:
            field_dict["operator"] = operator
        if operator_id is not UNSET:
            field_dict["operatorId"] = operator_id
        if work_flow_step is not UNSET:
            field_dict["workFlowStep"] = work_flow_step
        if area is not UNSET:
            field_dict["area"] = area
        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        if work_space is not UNSET:
            field_dict["workSpace"] = work_space
        if post_mortem_done is not UNSET:
            field_dict["postMortemDone"] = post_mortem_done
        if post_mortem_date is not UNSET:
            field_dict["postMortemDate"] = post_mortem_date
        if post_mortem_ref is not UNSET:
            field_dict["postMortemRef"] = post_mortem_ref
        if post_mortem_html is not UNSET:
            field_dict["postMortemHtml"] = post_mortem_html
        if security_measures is not UNSET:
            field_dict["securityMeasures"] = security_measures
        if adopted_security_measures is not UNSET:
            field_dict["adoptedSecurityMeasures"] = adopted_security_measures
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if tags is not UNSET:
            field_dict["tags"] = tags
        if complementary_informations is not UNSET:
            field_dict["complementaryInformations"] = complementary_informations
        if data_processings is not UNSET:
            field_dict["dataProcessings"] = data_processings
        if date_closed is not UNSET:
            field_dict["dateClosed"] = date_closed
        if date_archived is not UNSET:
            field_dict["dateArchived"] = date_archived
        if archived is not UNSET:
            field_dict["archived"] = archived
        if creator is not UNSET:
            field_dict["creator"] = creator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        d = dict(src_dict)
        label = d.pop("label")

        start_date = datetime.datetime.fromisoformat(d.pop("startDate"))

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_description_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description_html = _parse_description_html(d.pop("descriptionHtml", UNSET))

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_access(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        access = _parse_access(d.pop("access", UNSET))

        def _parse_integrity(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        integrity = _parse_integrity(d.pop("integrity", UNSET))

        def _parse_availability(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        availability = _parse_availability(d.pop("availability", UNSET))

        def _parse_state(data: object) -> DataBreachState | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = DataBreachState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataBreachState | None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_reason(data: object) -> DataBreachReason | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_type_0 = DataBreachReason(data)

                return reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataBreachReason | None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_reason_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason_description = _parse_reason_description(d.pop("reasonDescription", UNSET))

        def _parse_processor_involved(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        processor_involved = _parse_processor_involved(d.pop("processorInvolved", UNSET))

        def _parse_processors(data: object) -> list[ActorDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                processors_type_0 = []
                _processors_type_0 = data
                for processors_type_0_item_data in _processors_type_0:
                    processors_type_0_item = ActorDto.from_dict(processors_type_0_item_data)

                    processors_type_0.append(processors_type_0_item)

                return processors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ActorDto] | None | Unset, data)

        processors = _parse_processors(d.pop("processors", UNSET))

        def _parse_person_categories(data: object) -> list[DataBreachPersonCategoryDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                person_categories_type_0 = []
                _person_categories_type_0 = data
                for person_categories_type_0_item_data in _person_categories_type_0:
                    person_categories_type_0_item = DataBreachPersonCategoryDto.from_dict(
                        person_categories_type_0_item_data
                    )

                    person_categories_type_0.append(person_categories_type_0_item)

                return person_categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DataBreachPersonCategoryDto] | None | Unset, data)

        person_categories = _parse_person_categories(d.pop("personCategories", UNSET))

        def _parse_data_description_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_description_html = _parse_data_description_html(d.pop("dataDescriptionHtml", UNSET))

        def _parse_sensitive_data(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        sensitive_data = _parse_sensitive_data(d.pop("sensitiveData", UNSET))

        def _parse_probability_score(data: object) -> DataBreachProbabilityScore | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                probability_score_type_0 = DataBreachProbabilityScore(data)

                return probability_score_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataBreachProbabilityScore | None | str | Unset, data)

        probability_score = _parse_probability_score(d.pop("probabilityScore", UNSET))

        def _parse_impact_score(data: object) -> DataBreachImpactScore | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                impact_score_type_0 = DataBreachImpactScore(data)

                return impact_score_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataBreachImpactScore | None | str | Unset, data)

        impact_score = _parse_impact_score(d.pop("impactScore", UNSET))

        def _parse_risk_analysis_done(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        risk_analysis_done = _parse_risk_analysis_done(d.pop("riskAnalysisDone", UNSET))

        def _parse_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

        def _parse_risk_level(data: object) -> DataBreachRiskLevel | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                risk_level_type_0 = DataBreachRiskLevel(data)

                return risk_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataBreachRiskLevel | None | str | Unset, data)

        risk_level = _parse_risk_level(d.pop("riskLevel", UNSET))

        def _parse_risk_level_forced(data: object) -> DataBreachRiskLevel | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                risk_level_forced_type_0 = DataBreachRiskLevel(data)

                return risk_level_forced_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataBreachRiskLevel | None | str | Unset, data)

        risk_level_forced = _parse_risk_level_forced(d.pop("riskLevelForced", UNSET))

        def _parse_risk_analysis_html_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        risk_analysis_html_content = _parse_risk_analysis_html_content(
            d.pop("riskAnalysisHtmlContent", UNSET)
        )

        def _parse_data_volume(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        data_volume = _parse_data_volume(d.pop("dataVolume", UNSET))

        def _parse_data_support(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_support = _parse_data_support(d.pop("dataSupport", UNSET))

        def _parse_communication_done(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        communication_done = _parse_communication_done(d.pop("communicationDone", UNSET))

        def _parse_no_communication_reason(data: object) -> NoCommunicationReason | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                no_communication_reason_type_0 = NoCommunicationReason(data)

                return no_communication_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NoCommunicationReason | None | str | Unset, data)

        no_communication_reason = _parse_no_communication_reason(d.pop("noCommunicationReason", UNSET))

        def _parse_no_communication_justification(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        no_communication_justification = _parse_no_communication_justification(
            d.pop("noCommunicationJustification", UNSET)
        )

        def _parse_notifications(data: object) -> list[DataBreachNotificationDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                notifications_type_0 = []
                _notifications_type_0 = data
                for notifications_type_0_item_data in _notifications_type_0:
                    notifications_type_0_item = DataBreachNotificationDto.from_dict(
                        notifications_type_0_item_data
                    )

                    notifications_type_0.append(notifications_type_0_item)

                return notifications_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DataBreachNotificationDto] | None | Unset, data)

        notifications = _parse_notifications(d.pop("notifications", UNSET))

        def _parse_period(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        period = _parse_period(d.pop("period", UNSET))

        def _parse_start_hour(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_hour = _parse_start_hour(d.pop("startHour", UNSET))

        def _parse_end_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.datetime.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_date = _parse_end_date(d.pop("endDate", UNSET))

        def _parse_end_hour(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_hour = _parse_end_hour(d.pop("endHour", UNSET))

        def _parse_constatation_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                constatation_date_type_0 = datetime.datetime.fromisoformat(data)

                return constatation_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        constatation_date = _parse_constatation_date(d.pop("constatationDate", UNSET))

        def _parse_constatation_hour(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        constatation_hour = _parse_constatation_hour(d.pop("constatationHour", UNSET))

        def _parse_notification_due_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        notification_due_time = _parse_notification_due_time(d.pop("notificationDueTime", UNSET))

        def _parse_operator(data: object) -> None | Unset | UserLightDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                operator_type_1 = UserLightDto.from_dict(data)

                return operator_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserLightDto, data)

        operator = _parse_operator(d.pop("operator", UNSET))

        def _parse_operator_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        operator_id = _parse_operator_id(d.pop("operatorId", UNSET))

        def _parse_work_flow_step(data: object) -> None | Unset | WorkFlowStepDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                work_flow_step_type_1 = WorkFlowStepDto.from_dict(data)

                return work_flow_step_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkFlowStepDto, data)

        work_flow_step = _parse_work_flow_step(d.pop("workFlowStep", UNSET))

        def _parse_area(data: object) -> AreaDto | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                area_type_1 = AreaDto.from_dict(data)

                return area_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AreaDto | None | Unset, data)

        area = _parse_area(d.pop("area", UNSET))

        def _parse_area_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        area_id = _parse_area_id(d.pop("areaId", UNSET))

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

        def _parse_date_update(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_update_type_0 = datetime.datetime.fromisoformat(data)

                return date_update_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_update = _parse_date_update(d.pop("dateUpdate", UNSET))

        def _parse_work_space(data: object) -> None | Unset | WorkSpaceDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                work_space_type_1 = WorkSpaceDto.from_dict(data)

                return work_space_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkSpaceDto, data)

        work_space = _parse_work_space(d.pop("workSpace", UNSET))

        def _parse_post_mortem_done(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        post_mortem_done = _parse_post_mortem_done(d.pop("postMortemDone", UNSET))

        def _parse_post_mortem_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                post_mortem_date_type_0 = datetime.datetime.fromisoformat(data)

                return post_mortem_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        post_mortem_date = _parse_post_mortem_date(d.pop("postMortemDate", UNSET))

        def _parse_post_mortem_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        post_mortem_ref = _parse_post_mortem_ref(d.pop("postMortemRef", UNSET))

        def _parse_post_mortem_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        post_mortem_html = _parse_post_mortem_html(d.pop("postMortemHtml", UNSET))

        def _parse_security_measures(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        security_measures = _parse_security_measures(d.pop("securityMeasures", UNSET))

        def _parse_adopted_security_measures(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        adopted_security_measures = _parse_adopted_security_measures(d.pop("adoptedSecurityMeasures", UNSET))

        def _parse_attachments(data: object) -> list[AttachmentDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attachments_type_0 = []
                _attachments_type_0 = data
                for attachments_type_0_item_data in _attachments_type_0:
                    attachments_type_0_item = AttachmentDto.from_dict(attachments_type_0_item_data)

                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AttachmentDto] | None | Unset, data)

        attachments = _parse_attachments(d.pop("attachments", UNSET))

        def _parse_tags(data: object) -> list[TagDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = []
                _tags_type_0 = data
                for tags_type_0_item_data in _tags_type_0:
                    tags_type_0_item = TagDto.from_dict(tags_type_0_item_data)

                    tags_type_0.append(tags_type_0_item)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TagDto] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_complementary_informations(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        complementary_informations = _parse_complementary_informations(
            d.pop("complementaryInformations", UNSET)
        )

        def _parse_data_processings(data: object) -> list[DataProcessingLightDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_processings_type_0 = []
                _data_processings_type_0 = data
                for data_processings_type_0_item_data in _data_processings_type_0:
                    data_processings_type_0_item = DataProcessingLightDto.from_dict(
                        data_processings_type_0_item_data
                    )

                    data_processings_type_0.append(data_processings_type_0_item)

                return data_processings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DataProcessingLightDto] | None | Unset, data)

        data_processings = _parse_data_processings(d.pop("dataProcessings", UNSET))

        def _parse_date_closed(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_closed_type_0 = datetime.datetime.fromisoformat(data)

                return date_closed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_closed = _parse_date_closed(d.pop("dateClosed", UNSET))

        def _parse_date_archived(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_archived_type_0 = datetime.datetime.fromisoformat(data)

                return date_archived_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_archived = _parse_date_archived(d.pop("dateArchived", UNSET))

        def _parse_archived(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        archived = _parse_archived(d.pop("archived", UNSET))

        def _parse_creator(data: object) -> None | Unset | UserLightDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                creator_type_1 = UserLightDto.from_dict(data)

                return creator_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserLightDto, data)

        creator = _parse_creator(d.pop("creator", UNSET))

        data_breach_dto = cls(
            label=label,
            start_date=start_date,
            id=id,
            description_html=description_html,
            location=location,
            access=access,
            integrity=integrity,
            availability=availability,
            state=state,
            reason=reason,
            reason_description=reason_description,
            processor_involved=processor_involved,
            processors=processors,
            person_categories=person_categories,
            data_description_html=data_description_html,
            sensitive_data=sensitive_data,
            probability_score=probability_score,
            impact_score=impact_score,
            risk_analysis_done=risk_analysis_done,
            score=score,
            risk_level=risk_level,
            risk_level_forced=risk_level_forced,
            risk_analysis_html_content=risk_analysis_html_content,
            data_volume=data_volume,
            data_support=data_support,
            communication_done=communication_done,
            no_communication_reason=no_communication_reason,
            no_communication_justification=no_communication_justification,
            notifications=notifications,
            period=period,
            start_hour=start_hour,
            end_date=end_date,
            end_hour=end_hour,
            constatation_date=constatation_date,
            constatation_hour=constatation_hour,
            notification_due_time=notification_due_time,
            operator=operator,
            operator_id=operator_id,
            work_flow_step=work_flow_step,
            area=area,
            area_id=area_id,
            date_creation=date_creation,
            date_update=date_update,
            work_space=work_space,
            post_mortem_done=post_mortem_done,
            post_mortem_date=post_mortem_date,
            post_mortem_ref=post_mortem_ref,
            post_mortem_html=post_mortem_html,
            security_measures=security_measures,
            adopted_security_measures=adopted_security_measures,
            attachments=attachments,
            tags=tags,
            complementary_informations=complementary_informations,
            data_processings=data_processings,
            date_closed=date_closed,
            date_archived=date_archived,
            archived=archived,
            creator=creator,
        )

        data_breach_dto.additional_properties = d
        return data_breach_dto

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
