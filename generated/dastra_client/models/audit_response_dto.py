from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_object_type import AuditObjectType
from ..models.audit_response_state import AuditResponseState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.area_dto import AreaDto
    from ..models.audit_annotation_dto import AuditAnnotationDto
    from ..models.audit_attachment import AuditAttachment
    from ..models.audit_radar_graph import AuditRadarGraph
    from ..models.audit_related_task import AuditRelatedTask
    from ..models.audit_response_item import AuditResponseItem
    from ..models.audit_shared_link import AuditSharedLink
    from ..models.audit_stake_holder_dto import AuditStakeHolderDto
    from ..models.audit_template_dto import AuditTemplateDto


T = TypeVar("T", bound="AuditResponseDto")


@_attrs_define
class AuditResponseDto:
    """
    Attributes:
        label (str):
        workspace_id (int):
        area (AreaDto):
        date_creation (datetime.datetime):
        radar_graph_data (AuditRadarGraph | None | Unset):
        template (AuditTemplateDto | None | Unset):
        date_next_audit (datetime.datetime | None | Unset):
        audit_duration_days (int | None | Unset):
        nb_corrections (int | None | Unset):
        nb_validations (int | None | Unset):
        next_audit_days_remaining (int | None | Unset):
        response_items (list[AuditResponseItem] | None | Unset):
        attachments (list[AuditAttachment] | None | Unset):
        related_tasks (list[AuditRelatedTask] | None | Unset):
        shared (bool | None | Unset):
        is_respondant (bool | None | Unset):
        is_owner (bool | None | Unset):
        id (None | Unset | UUID):
        object_type (AuditObjectType | None | str | Unset):
        object_id (None | str | Unset):
        object_label (None | str | Unset):
        object_logo_url (None | str | Unset):
        parent_id (None | Unset | UUID):
        is_revision (bool | None | Unset):
        revision_description (None | str | Unset):
        archived (bool | None | Unset):
        no_validation (bool | None | Unset):
        area_id (int | None | Unset):
        description (None | str | Unset):
        deadline (datetime.datetime | None | Unset):
        date_update (datetime.datetime | None | Unset):
        state (AuditResponseState | None | str | Unset):
        published_date (datetime.datetime | None | Unset):
        start_date (datetime.datetime | None | Unset):
        response_date (datetime.datetime | None | Unset):
        archived_date (datetime.datetime | None | Unset):
        template_id (None | Unset | UUID):
        annotations (list[AuditAnnotationDto] | None | Unset):
        audit_shared_links (list[AuditSharedLink] | None | Unset):
        readiness (int | None | Unset):
        score (float | None | Unset):
        max_score (float | None | Unset):
        completion_rate (int | None | Unset):
        nb_answers (int | None | Unset):
        nb_questions (int | None | Unset):
        owners (list[AuditStakeHolderDto] | None | Unset):
        respondants (list[AuditStakeHolderDto] | None | Unset):
        action_plan_date (datetime.datetime | None | Unset):
    """

    label: str
    workspace_id: int
    area: AreaDto
    date_creation: datetime.datetime
    radar_graph_data: AuditRadarGraph | None | Unset = UNSET
    template: AuditTemplateDto | None | Unset = UNSET
    date_next_audit: datetime.datetime | None | Unset = UNSET
    audit_duration_days: int | None | Unset = UNSET
    nb_corrections: int | None | Unset = UNSET
    nb_validations: int | None | Unset = UNSET
    next_audit_days_remaining: int | None | Unset = UNSET
    response_items: list[AuditResponseItem] | None | Unset = UNSET
    attachments: list[AuditAttachment] | None | Unset = UNSET
    related_tasks: list[AuditRelatedTask] | None | Unset = UNSET
    shared: bool | None | Unset = UNSET
    is_respondant: bool | None | Unset = UNSET
    is_owner: bool | None | Unset = UNSET
    id: None | Unset | UUID = UNSET
    object_type: AuditObjectType | None | str | Unset = UNSET
    object_id: None | str | Unset = UNSET
    object_label: None | str | Unset = UNSET
    object_logo_url: None | str | Unset = UNSET
    parent_id: None | Unset | UUID = UNSET
    is_revision: bool | None | Unset = UNSET
    revision_description: None | str | Unset = UNSET
    archived: bool | None | Unset = UNSET
    no_validation: bool | None | Unset = UNSET
    area_id: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    deadline: datetime.datetime | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    state: AuditResponseState | None | str | Unset = UNSET
    published_date: datetime.datetime | None | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    response_date: datetime.datetime | None | Unset = UNSET
    archived_date: datetime.datetime | None | Unset = UNSET
    template_id: None | Unset | UUID = UNSET
    annotations: list[AuditAnnotationDto] | None | Unset = UNSET
    audit_shared_links: list[AuditSharedLink] | None | Unset = UNSET
    readiness: int | None | Unset = UNSET
    score: float | None | Unset = UNSET
    max_score: float | None | Unset = UNSET
    completion_rate: int | None | Unset = UNSET
    nb_answers: int | None | Unset = UNSET
    nb_questions: int | None | Unset = UNSET
    owners: list[AuditStakeHolderDto] | None | Unset = UNSET
    respondants: list[AuditStakeHolderDto] | None | Unset = UNSET
    action_plan_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_radar_graph import AuditRadarGraph
        from ..models.audit_template_dto import AuditTemplateDto

        label = self.label

        workspace_id = self.workspace_id

        area = self.area.to_dict()

        date_creation = self.date_creation.isoformat()

        radar_graph_data: dict[str, Any] | None | Unset
        if isinstance(self.radar_graph_data, Unset):
            radar_graph_data = UNSET
        elif isinstance(self.radar_graph_data, AuditRadarGraph):
            radar_graph_data = self.radar_graph_data.to_dict()
        else:
            radar_graph_data = self.radar_graph_data

        template: dict[str, Any] | None | Unset
        if isinstance(self.template, Unset):
            template = UNSET
        elif isinstance(self.template, AuditTemplateDto):
            template = self.template.to_dict()
        else:
            template = self.template

        date_next_audit: None | str | Unset
        if isinstance(self.date_next_audit, Unset):
            date_next_audit = UNSET
        elif isinstance(self.date_next_audit, datetime.datetime):
            date_next_audit = self.date_next_audit.isoformat()
        else:
            date_next_audit = self.date_next_audit

        audit_duration_days: int | None | Unset
        if isinstance(self.audit_duration_days, Unset):
            audit_duration_days = UNSET
        else:
            audit_duration_days = self.audit_duration_days

        nb_corrections: int | None | Unset
        if isinstance(self.nb_corrections, Unset):
            nb_corrections = UNSET
        else:
            nb_corrections = self.nb_corrections

        nb_validations: int | None | Unset
        if isinstance(self.nb_validations, Unset):
            nb_validations = UNSET
        else:
            nb_validations = self.nb_validations

        next_audit_days_remaining: int | None | Unset
        if isinstance(self.next_audit_days_remaining, Unset):
            next_audit_days_remaining = UNSET
        else:
            next_audit_days_remaining = self.next_audit_days_remaining

        response_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.response_items, Unset):
            response_items = UNSET
        elif isinstance(self.response_items, list):
            response_items = []
            for response_items_type_0_item_data in self.response_items:
                response_items_type_0_item = response_items_type_0_item_data.to_dict()
                response_items.append(response_items_type_0_item)

        else:
            response_items = self.response_items

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

        related_tasks: list[dict[str, Any]] | None | Unset
        if isinstance(self.related_tasks, Unset):
            related_tasks = UNSET
        elif isinstance(self.related_tasks, list):
            related_tasks = []
            for related_tasks_type_0_item_data in self.related_tasks:
                related_tasks_type_0_item = related_tasks_type_0_item_data.to_dict()
                related_tasks.append(related_tasks_type_0_item)

        else:
            related_tasks = self.related_tasks

        shared: bool | None | Unset
        if isinstance(self.shared, Unset):
            shared = UNSET
        else:
            shared = self.shared

        is_respondant: bool | None | Unset
        if isinstance(self.is_respondant, Unset):
            is_respondant = UNSET
        else:
            is_respondant = self.is_respondant

        is_owner: bool | None | Unset
        if isinstance(self.is_owner, Unset):
            is_owner = UNSET
        else:
            is_owner = self.is_owner

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        elif isinstance(self.object_type, AuditObjectType):
            object_type = self.object_type.value
        else:
            object_type = self.object_type

        object_id: None | str | Unset
        if isinstance(self.object_id, Unset):
            object_id = UNSET
        else:
            object_id = self.object_id

        object_label: None | str | Unset
        if isinstance(self.object_label, Unset):
            object_label = UNSET
        else:
            object_label = self.object_label

        object_logo_url: None | str | Unset
        if isinstance(self.object_logo_url, Unset):
            object_logo_url = UNSET
        else:
            object_logo_url = self.object_logo_url

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        is_revision: bool | None | Unset
        if isinstance(self.is_revision, Unset):
            is_revision = UNSET
        else:
            is_revision = self.is_revision

        revision_description: None | str | Unset
        if isinstance(self.revision_description, Unset):
            revision_description = UNSET
        else:
            revision_description = self.revision_description

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        no_validation: bool | None | Unset
        if isinstance(self.no_validation, Unset):
            no_validation = UNSET
        else:
            no_validation = self.no_validation

        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        deadline: None | str | Unset
        if isinstance(self.deadline, Unset):
            deadline = UNSET
        elif isinstance(self.deadline, datetime.datetime):
            deadline = self.deadline.isoformat()
        else:
            deadline = self.deadline

        date_update: None | str | Unset
        if isinstance(self.date_update, Unset):
            date_update = UNSET
        elif isinstance(self.date_update, datetime.datetime):
            date_update = self.date_update.isoformat()
        else:
            date_update = self.date_update

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, AuditResponseState):
            state = self.state.value
        else:
            state = self.state

        published_date: None | str | Unset
        if isinstance(self.published_date, Unset):
            published_date = UNSET
        elif isinstance(self.published_date, datetime.datetime):
            published_date = self.published_date.isoformat()
        else:
            published_date = self.published_date

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        response_date: None | str | Unset
        if isinstance(self.response_date, Unset):
            response_date = UNSET
        elif isinstance(self.response_date, datetime.datetime):
            response_date = self.response_date.isoformat()
        else:
            response_date = self.response_date

        archived_date: None | str | Unset
        if isinstance(self.archived_date, Unset):
            archived_date = UNSET
        elif isinstance(self.archived_date, datetime.datetime):
            archived_date = self.archived_date.isoformat()
        else:
            archived_date = self.archived_date

        template_id: None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        elif isinstance(self.template_id, UUID):
            template_id = str(self.template_id)
        else:
            template_id = self.template_id

        annotations: list[dict[str, Any]] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, list):
            annotations = []
            for annotations_type_0_item_data in self.annotations:
                annotations_type_0_item = annotations_type_0_item_data.to_dict()
                annotations.append(annotations_type_0_item)

        else:
            annotations = self.annotations

        audit_shared_links: list[dict[str, Any]] | None | Unset
        if isinstance(self.audit_shared_links, Unset):
            audit_shared_links = UNSET
        elif isinstance(self.audit_shared_links, list):
            audit_shared_links = []
            for audit_shared_links_type_0_item_data in self.audit_shared_links:
                audit_shared_links_type_0_item = audit_shared_links_type_0_item_data.to_dict()
                audit_shared_links.append(audit_shared_links_type_0_item)

        else:
            audit_shared_links = self.audit_shared_links

        readiness: int | None | Unset
        if isinstance(self.readiness, Unset):
            readiness = UNSET
        else:
            readiness = self.readiness

        score: float | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        max_score: float | None | Unset
        if isinstance(self.max_score, Unset):
            max_score = UNSET
        else:
            max_score = self.max_score

        completion_rate: int | None | Unset
        if isinstance(self.completion_rate, Unset):
            completion_rate = UNSET
        else:
            completion_rate = self.completion_rate

        nb_answers: int | None | Unset
        if isinstance(self.nb_answers, Unset):
            nb_answers = UNSET
        else:
            nb_answers = self.nb_answers

        nb_questions: int | None | Unset
        if isinstance(self.nb_questions, Unset):
            nb_questions = UNSET
        else:
            nb_questions = self.nb_questions

        owners: list[dict[str, Any]] | None | Unset
        if isinstance(self.owners, Unset):
            owners = UNSET
        elif isinstance(self.owners, list):
            owners = []
            for owners_type_0_item_data in self.owners:
                owners_type_0_item = owners_type_0_item_data.to_dict()
                owners.append(owners_type_0_item)

        else:
            owners = self.owners

        respondants: list[dict[str, Any]] | None | Unset
        if isinstance(self.respondants, Unset):
            respondants = UNSET
        elif isinstance(self.respondants, list):
            respondants = []
            for respondants_type_0_item_data in self.respondants:
                respondants_type_0_item = respondants_type_0_item_data.to_dict()
                respondants.append(respondants_type_0_item)

        else:
            respondants = self.respondants

        action_plan_date: None | str | Unset
        if isinstance(self.action_plan_date, Unset):
            action_plan_date = UNSET
        elif isinstance(self.action_plan_date, datetime.datetime):
            action_plan_date = self.action_plan_date.isoformat()
        else:
            action_plan_date = self.action_plan_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "workspaceId": workspace_id,
                "area": area,
                "dateCreation": date_creation,
            }
        )
        if radar_graph_data is not UNSET:
            field_dict["radarGraphData"] = radar_graph_data
        if template is not UNSET:
            field_dict["template"] = template
        if date_next_audit is not UNSET:
            field_dict["dateNextAudit"] = date_next_audit
        if audit_duration_days is not UNSET:
            field_dict["auditDurationDays"] = audit_duration_days
        if nb_corrections is not UNSET:
            field_dict["nbCorrections"] = nb_corrections
        if nb_validations is not UNSET:
            field_dict["nbValidations"] = nb_validations
        if next_audit_days_remaining is not UNSET:
            field_dict["nextAuditDaysRemaining"] = next_audit_days_remaining
        if response_items is not UNSET:
            field_dict["responseItems"] = response_items
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if related_tasks is not UNSET:
            field_dict["relatedTasks"] = related_tasks
        if shared is not UNSET:
            field_dict["shared"] = shared
        if is_respondant is not UNSET:
            field_dict["isRespondant"] = is_respondant
        if is_owner is not UNSET:
            field_dict["isOwner"] = is_owner
        if id is not UNSET:
            field_dict["id"] = id
        if object_type is not UNSET:
            field_dict["objectType"] = object_type
        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        if object_label is not UNSET:
            field_dict["objectLabel"] = object_label
        if object_logo_url is not UNSET:
            field_dict["objectLogoUrl"] = object_logo_url
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if is_revision is not UNSET:
            field_dict["isRevision"] = is_revision
        if revision_description is not UNSET:
            field_dict["revisionDescription"] = revision_description
        if archived is not UNSET:
            field_dict["archived"] = archived
        if no_validation is not UNSET:
            field_dict["noValidation"] = no_validation
        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        if description is not UNSET:
            field_dict["description"] = description
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        if state is not UNSET:
            field_dict["state"] = state
        if published_date is not UNSET:
            field_dict["publishedDate"] = published_date
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if response_date is not UNSET:
            field_dict["responseDate"] = response_date
        if archived_date is not UNSET:
            field_dict["archivedDate"] = archived_date
        if template_id is not UNSET:
            field_dict["templateId"] = template_id
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if audit_shared_links is not UNSET:
            field_dict["auditSharedLinks"] = audit_shared_links
        if readiness is not UNSET:
            field_dict["readiness"] = readiness
        if score is not UNSET:
            field_dict["score"] = score
        if max_score is not UNSET:
            field_dict["maxScore"] = max_score
        if completion_rate is not UNSET:
            field_dict["completionRate"] = completion_rate
        if nb_answers is not UNSET:
            field_dict["nbAnswers"] = nb_answers
        if nb_questions is not UNSET:
            field_dict["nbQuestions"] = nb_questions
        if owners is not UNSET:
            field_dict["owners"] = owners
        if respondants is not UNSET:
            field_dict["respondants"] = respondants
        if action_plan_date is not UNSET:
            field_dict["actionPlanDate"] = action_plan_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.area_dto import AreaDto
        from ..models.audit_annotation_dto import AuditAnnotationDto
        from ..models.audit_attachment import AuditAttachment
        from ..models.audit_radar_graph import AuditRadarGraph
        from ..models.audit_related_task import AuditRelatedTask
        from ..models.audit_response_item import AuditResponseItem
        from ..models.audit_shared_link import AuditSharedLink
        from ..models.audit_stake_holder_dto import AuditStakeHolderDto
        from ..models.audit_template_dto import AuditTemplateDto

        d = dict(src_dict)
        label = d.pop("label")

        workspace_id = d.pop("workspaceId")

        area = AreaDto.from_dict(d.pop("area"))

        date_creation = datetime.datetime.fromisoformat(d.pop("dateCreation"))

        def _parse_radar_graph_data(data: object) -> AuditRadarGraph | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                radar_graph_data_type_1 = AuditRadarGraph.from_dict(data)

                return radar_graph_data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditRadarGraph | None | Unset, data)

        radar_graph_data = _parse_radar_graph_data(d.pop("radarGraphData", UNSET))

        def _parse_template(data: object) -> AuditTemplateDto | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                template_type_1 = AuditTemplateDto.from_dict(data)

                return template_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditTemplateDto | None | Unset, data)

        template = _parse_template(d.pop("template", UNSET))

        def _parse_date_next_audit(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_next_audit_type_0 = datetime.datetime.fromisoformat(data)

                return date_next_audit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_next_audit = _parse_date_next_audit(d.pop("dateNextAudit", UNSET))

        def _parse_audit_duration_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        audit_duration_days = _parse_audit_duration_days(d.pop("auditDurationDays", UNSET))

        def _parse_nb_corrections(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_corrections = _parse_nb_corrections(d.pop("nbCorrections", UNSET))

        def _parse_nb_validations(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_validations = _parse_nb_validations(d.pop("nbValidations", UNSET))

        def _parse_next_audit_days_remaining(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        next_audit_days_remaining = _parse_next_audit_days_remaining(d.pop("nextAuditDaysRemaining", UNSET))

        def _parse_response_items(data: object) -> list[AuditResponseItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_items_type_0 = []
                _response_items_type_0 = data
                for response_items_type_0_item_data in _response_items_type_0:
                    response_items_type_0_item = AuditResponseItem.from_dict(response_items_type_0_item_data)

                    response_items_type_0.append(response_items_type_0_item)

                return response_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AuditResponseItem] | None | Unset, data)

        response_items = _parse_response_items(d.pop("responseItems", UNSET))

        def _parse_attachments(data: object) -> list[AuditAttachment] | None | Unset:
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
                    attachments_type_0_item = AuditAttachment.from_dict(attachments_type_0_item_data)

                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AuditAttachment] | None | Unset, data)

        attachments = _parse_attachments(d.pop("attachments", UNSET))

        def _parse_related_tasks(data: object) -> list[AuditRelatedTask] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                related_tasks_type_0 = []
                _related_tasks_type_0 = data
                for related_tasks_type_0_item_data in _related_tasks_type_0:
                    related_tasks_type_0_item = AuditRelatedTask.from_dict(related_tasks_type_0_item_data)

                    related_tasks_type_0.append(related_tasks_type_0_item)

                return related_tasks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AuditRelatedTask] | None | Unset, data)

        related_tasks = _parse_related_tasks(d.pop("relatedTasks", UNSET))

        def _parse_shared(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        shared = _parse_shared(d.pop("shared", UNSET))

        def _parse_is_respondant(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_respondant = _parse_is_respondant(d.pop("isRespondant", UNSET))

        def _parse_is_owner(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_owner = _parse_is_owner(d.pop("isOwner", UNSET))

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

        def _parse_object_type(data: object) -> AuditObjectType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                object_type_type_0 = AuditObjectType(data)

                return object_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditObjectType | None | str | Unset, data)

        object_type = _parse_object_type(d.pop("objectType", UNSET))

        def _parse_object_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_id = _parse_object_id(d.pop("objectId", UNSET))

        def _parse_object_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_label = _parse_object_label(d.pop("objectLabel", UNSET))

        def _parse_object_logo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_logo_url = _parse_object_logo_url(d.pop("objectLogoUrl", UNSET))

        def _parse_parent_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_id_type_0 = UUID(data)

                return parent_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

        def _parse_is_revision(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_revision = _parse_is_revision(d.pop("isRevision", UNSET))

        def _parse_revision_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        revision_description = _parse_revision_description(d.pop("revisionDescription", UNSET))

        def _parse_archived(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        archived = _parse_archived(d.pop("archived", UNSET))

        def _parse_no_validation(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        no_validation = _parse_no_validation(d.pop("noValidation", UNSET))

        def _parse_area_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        area_id = _parse_area_id(d.pop("areaId", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_deadline(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deadline_type_0 = datetime.datetime.fromisoformat(data)

                return deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deadline = _parse_deadline(d.pop("deadline", UNSET))

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

        def _parse_state(data: object) -> AuditResponseState | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = AuditResponseState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditResponseState | None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_published_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_date_type_0 = datetime.datetime.fromisoformat(data)

                return published_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        published_date = _parse_published_date(d.pop("publishedDate", UNSET))

        def _parse_start_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.datetime.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_date = _parse_start_date(d.pop("startDate", UNSET))

        def _parse_response_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                response_date_type_0 = datetime.datetime.fromisoformat(data)

                return response_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        response_date = _parse_response_date(d.pop("responseDate", UNSET))

        def _parse_archived_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_date_type_0 = datetime.datetime.fromisoformat(data)

                return archived_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        archived_date = _parse_archived_date(d.pop("archivedDate", UNSET))

        def _parse_template_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                template_id_type_0 = UUID(data)

                return template_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        template_id = _parse_template_id(d.pop("templateId", UNSET))

        def _parse_annotations(data: object) -> list[AuditAnnotationDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                annotations_type_0 = []
                _annotations_type_0 = data
                for annotations_type_0_item_data in _annotations_type_0:
                    annotations_type_0_item = AuditAnnotationDto.from_dict(annotations_type_0_item_data)

                    annotations_type_0.append(annotations_type_0_item)

                return annotations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AuditAnnotationDto] | None | Unset, data)

        annotations = _parse_annotations(d.pop("annotations", UNSET))

        def _parse_audit_shared_links(data: object) -> list[AuditSharedLink] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                audit_shared_links_type_0 = []
                _audit_shared_links_type_0 = data
                for audit_shared_links_type_0_item_data in _audit_shared_links_type_0:
                    audit_shared_links_type_0_item = AuditSharedLink.from_dict(
                        audit_shared_links_type_0_item_data
                    )

                    audit_shared_links_type_0.append(audit_shared_links_type_0_item)

                return audit_shared_links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AuditSharedLink] | None | Unset, data)

        audit_shared_links = _parse_audit_shared_links(d.pop("auditSharedLinks", UNSET))

        def _parse_readiness(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        readiness = _parse_readiness(d.pop("readiness", UNSET))

        def _parse_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

        def _parse_max_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_score = _parse_max_score(d.pop("maxScore", UNSET))

        def _parse_completion_rate(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        completion_rate = _parse_completion_rate(d.pop("completionRate", UNSET))

        def _parse_nb_answers(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_answers = _parse_nb_answers(d.pop("nbAnswers", UNSET))

        def _parse_nb_questions(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_questions = _parse_nb_questions(d.pop("nbQuestions", UNSET))

        def _parse_owners(data: object) -> list[AuditStakeHolderDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                owners_type_0 = []
                _owners_type_0 = data
                for owners_type_0_item_data in _owners_type_0:
                    owners_type_0_item = AuditStakeHolderDto.from_dict(owners_type_0_item_data)

                    owners_type_0.append(owners_type_0_item)

                return owners_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AuditStakeHolderDto] | None | Unset, data)

        owners = _parse_owners(d.pop("owners", UNSET))

        def _parse_respondants(data: object) -> list[AuditStakeHolderDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                respondants_type_0 = []
                _respondants_type_0 = data
                for respondants_type_0_item_data in _respondants_type_0:
                    respondants_type_0_item = AuditStakeHolderDto.from_dict(respondants_type_0_item_data)

                    respondants_type_0.append(respondants_type_0_item)

                return respondants_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AuditStakeHolderDto] | None | Unset, data)

        respondants = _parse_respondants(d.pop("respondants", UNSET))

        def _parse_action_plan_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                action_plan_date_type_0 = datetime.datetime.fromisoformat(data)

                return action_plan_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        action_plan_date = _parse_action_plan_date(d.pop("actionPlanDate", UNSET))

        audit_response_dto = cls(
            label=label,
            workspace_id=workspace_id,
            area=area,
            date_creation=date_creation,
            radar_graph_data=radar_graph_data,
            template=template,
            date_next_audit=date_next_audit,
            audit_duration_days=audit_duration_days,
            nb_corrections=nb_corrections,
            nb_validations=nb_validations,
            next_audit_days_remaining=next_audit_days_remaining,
            response_items=response_items,
            attachments=attachments,
            related_tasks=related_tasks,
            shared=shared,
            is_respondant=is_respondant,
            is_owner=is_owner,
            id=id,
            object_type=object_type,
            object_id=object_id,
            object_label=object_label,
            object_logo_url=object_logo_url,
            parent_id=parent_id,
            is_revision=is_revision,
            revision_description=revision_description,
            archived=archived,
            no_validation=no_validation,
            area_id=area_id,
            description=description,
            deadline=deadline,
            date_update=date_update,
            state=state,
            published_date=published_date,
            start_date=start_date,
            response_date=response_date,
            archived_date=archived_date,
            template_id=template_id,
            annotations=annotations,
            audit_shared_links=audit_shared_links,
            readiness=readiness,
            score=score,
            max_score=max_score,
            completion_rate=completion_rate,
            nb_answers=nb_answers,
            nb_questions=nb_questions,
            owners=owners,
            respondants=respondants,
            action_plan_date=action_plan_date,
        )

        audit_response_dto.additional_properties = d
        return audit_response_dto

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
