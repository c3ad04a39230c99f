from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_type import AccessType
from ..models.data_processing_state import DataProcessingState
from ..models.processing_state import ProcessingState
from ..models.processing_type import ProcessingType
from ..models.relation_ship_type import RelationShipType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.area_base_dto import AreaBaseDto
    from ..models.asset_dto import AssetDto
    from ..models.attachment_dto import AttachmentDto
    from ..models.data_processing_actor_dto import DataProcessingActorDto
    from ..models.data_processing_data_controller_dto import DataProcessingDataControllerDto
    from ..models.data_processing_person_category_dto import DataProcessingPersonCategoryDto
    from ..models.data_retention_rule_dto import DataRetentionRuleDto
    from ..models.purpose_dto import PurposeDto
    from ..models.security_measure_data_treatment_dto import SecurityMeasureDataTreatmentDto
    from ..models.tag_dto import TagDto
    from ..models.user_light_dto import UserLightDto
    from ..models.work_flow_step_dto import WorkFlowStepDto


T = TypeVar("T", bound="DataProcessingDto")


@_attrs_define
class DataProcessingDto:
    """
    Attributes:
        label (str):
        id (None | Unset | UUID):
        creator_user (None | Unset | UserLightDto):
        state (DataProcessingState | None | str | Unset):
        date_deployment (datetime.datetime | None | Unset):
        date_creation (datetime.datetime | None | Unset):
        date_archived (datetime.datetime | None | Unset):
        date_publication (datetime.datetime | None | Unset):
        archived (bool | None | Unset):
        date_update (datetime.datetime | None | Unset):
        version_description (None | str | Unset):
        processing_type (None | ProcessingType | str | Unset):
        parent_id (None | Unset | UUID):
        area_id (int | None | Unset):
        area (AreaBaseDto | None | Unset):
        entity (AreaBaseDto | None | Unset):
        merged_from (DataProcessingDto | None | Unset):
        merge_type (None | RelationShipType | str | Unset):
        readonly (bool | None | Unset):
        editable (bool | None | Unset):
        assets (list[AssetDto] | None | Unset):
        work_flow_step_id (int | None | Unset):
        workflow_step (None | Unset | WorkFlowStepDto):
        attachments (list[AttachmentDto] | None | Unset):
        ref (None | str | Unset):
        processing_state (None | ProcessingState | str | Unset):
        description (None | str | Unset):
        description_html (None | str | Unset):
        tags (list[TagDto] | None | Unset):
        subject_right_process_description (None | str | Unset):
        right_of_information (AccessType | None | str | Unset):
        right_of_access (AccessType | None | str | Unset):
        right_of_rectification (AccessType | None | str | Unset):
        right_of_erasure (AccessType | None | str | Unset):
        right_of_restriction (AccessType | None | str | Unset):
        right_of_opposition (AccessType | None | str | Unset):
        right_of_data_portability (AccessType | None | str | Unset):
        advance_directives (AccessType | None | str | Unset):
        advance_directives_description (None | str | Unset):
        right_of_information_description (None | str | Unset):
        right_of_access_description (None | str | Unset):
        right_of_rectification_description (None | str | Unset):
        right_of_erasure_description (None | str | Unset):
        right_of_restriction_description (None | str | Unset):
        right_of_opposition_description (None | str | Unset):
        right_of_data_portability_description (None | str | Unset):
        owner (None | Unset | UserLightDto):
        owner_id (int | None | Unset):
        stake_holders (list[DataProcessingActorDto] | None | Unset):
        assessment_scoring (bool | None | Unset):
        automatic_decision (bool | None | Unset):
        systematic_monitoring (bool | None | Unset):
        special_category_data (bool | None | Unset):
        large_scale_collection (bool | None | Unset):
        cross_referencing (bool | None | Unset):
        vulnerable_people (bool | None | Unset):
        is_dpia_required (bool | None | Unset):
        dpia_date (datetime.datetime | None | Unset):
        innovative_use (bool | None | Unset):
        exclusion_benefit_right_contract (bool | None | Unset):
        recipients (list[DataProcessingActorDto] | None | Unset):
        data_controllers (list[DataProcessingDataControllerDto] | None | Unset):
        data_retention_rules (list[DataRetentionRuleDto] | None | Unset):
        purposes (list[PurposeDto] | None | Unset):
        security_measures (list[SecurityMeasureDataTreatmentDto] | None | Unset):
        person_categories (list[DataProcessingPersonCategoryDto] | None | Unset):
        progression (float | None | Unset):
        quality (float | None | Unset):
        sensitivity (float | None | Unset):
        risk_level (float | None | Unset):
        visible (bool | None | Unset):
        dpia_exemption (bool | None | Unset):
        dpia_exemption_justification (None | str | Unset):
        work_space_id (int | None | Unset):
        nb_references (int | None | Unset):
        reference_id (None | Unset | UUID):
    """

    label: str
    id: None | Unset | UUID = UNSET
    creator_user: None | Unset | UserLightDto = UNSET
    state: DataProcessingState | None | str | Unset = UNSET
    date_deployment: datetime.datetime | None | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_archived: datetime.datetime | None | Unset = UNSET
    date_publication: datetime.datetime | None | Unset = UNSET
    archived: bool | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    version_description: None | str | Unset = UNSET
    processing_type: None | ProcessingType | str | Unset = UNSET
    parent_id: None | Unset | UUID = UNSET
    area_id: int | None | Unset = UNSET
    area: AreaBaseDto | None | Unset = UNSET
    entity: AreaBaseDto | None | Unset = UNSET
    merged_from: DataProcessingDto | None | Unset = UNSET
    merge_type: None | RelationShipType | str | Unset = UNSET
    readonly: bool | None | Unset = UNSET
    editable: bool | None | Unset = UNSET
    assets: list[AssetDto] | None | Unset = UNSET
    work_flow_step_id: int | None | Unset = UNSET
    workflow_step: None | Unset | WorkFlowStepDto = UNSET
    attachments: list[AttachmentDto] | None | Unset = UNSET
    ref: None | str | Unset = UNSET
    processing_state: None | ProcessingState | str | Unset = UNSET
    description: None | str | Unset = UNSET
    description_html: None | str | Unset = UNSET
    tags: list[TagDto] | None | Unset = UNSET
    subject_right_process_description: None | str | Unset = UNSET
    right_of_information: AccessType | None | str | Unset = UNSET
    right_of_access: AccessType | None | str | Unset = UNSET
    right_of_rectification: AccessType | None | str | Unset = UNSET
    right_of_erasure: AccessType | None | str | Unset = UNSET
    right_of_restriction: AccessType | None | str | Unset = UNSET
    right_of_opposition: AccessType | None | str | Unset = UNSET
    right_of_data_portability: AccessType | None | str | Unset = UNSET
    advance_directives: AccessType | None | str | Unset = UNSET
    advance_directives_description: None | str | Unset = UNSET
    right_of_information_description: None | str | Unset = UNSET
    right_of_access_description: None | str | Unset = UNSET
    right_of_rectification_description: None | str | Unset = UNSET
    right_of_erasure_description: None | str | Unset = UNSET
    right_of_restriction_description: None | str | Unset = UNSET
    right_of_opposition_description: None | str | Unset = UNSET
    right_of_data_portability_description: None | str | Unset = UNSET
    owner: None | Unset | UserLightDto = UNSET
    owner_id: int | None | Unset = UNSET
    stake_holders: list[DataProcessingActorDto] | None | Unset = UNSET
    assessment_scoring: bool | None | Unset = UNSET
    automatic_decision: bool | None | Unset = UNSET
    systematic_monitoring: bool | None | Unset = UNSET
    special_category_data: bool | None | Unset = UNSET
    large_scale_collection: bool | None | Unset = UNSET
    cross_referencing: bool | None | Unset = UNSET
    vulnerable_people: bool | None | Unset = UNSET
    is_dpia_required: bool | None | Unset = UNSET
    dpia_date: datetime.datetime | None | Unset = UNSET
    innovative_use: bool | None | Unset = UNSET
    exclusion_benefit_right_contract: bool | None | Unset = UNSET
    recipients: list[DataProcessingActorDto] | None | Unset = UNSET
    data_controllers: list[DataProcessingDataControllerDto] | None | Unset = UNSET
    data_retention_rules: list[DataRetentionRuleDto] | None | Unset = UNSET
    purposes: list[PurposeDto] | None | Unset = UNSET
    security_measures: list[SecurityMeasureDataTreatmentDto] | None | Unset = UNSET
    person_categories: list[DataProcessingPersonCategoryDto] | None | Unset = UNSET
    progression: float | None | Unset = UNSET
    quality: float | None | Unset = UNSET
    sensitivity: float | None | Unset = UNSET
    risk_level: float | None | Unset = UNSET
    visible: bool | None | Unset = UNSET
    dpia_exemption: bool | None | Unset = UNSET
    dpia_exemption_justification: None | str | Unset = UNSET
    work_space_id: int | None | Unset = UNSET
    nb_references: int | None | Unset = UNSET
    reference_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.area_base_dto import AreaBaseDto
        from ..models.user_light_dto import UserLightDto
        from ..models.work_flow_step_dto import WorkFlowStepDto

        label = self.label

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        creator_user: dict[str, Any] | None | Unset
        if isinstance(self.creator_user, Unset):
            creator_user = UNSET
        elif isinstance(self.creator_user, UserLightDto):
            creator_user = self.creator_user.to_dict()
        else:
            creator_user = self.creator_user

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, DataProcessingState):
            state = self.state.value
        else:
            state = self.state

        date_deployment: None | str | Unset
        if isinstance(self.date_deployment, Unset):
            date_deployment = UNSET
        elif isinstance(self.date_deployment, datetime.datetime):
            date_deployment = self.date_deployment.isoformat()
        else:
            date_deployment = self.date_deployment

        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        date_archived: None | str | Unset
        if isinstance(self.date_archived, Unset):
            date_archived = UNSET
        elif isinstance(self.date_archived, datetime.datetime):
            date_archived = self.date_archived.isoformat()
        else:
            date_archived = self.date_archived

        date_publication: None | str | Unset
        if isinstance(self.date_publication, Unset):
            date_publication = UNSET
        elif isinstance(self.date_publication, datetime.datetime):
            date_publication = self.date_publication.isoformat()
        else:
            date_publication = self.date_publication

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        date_update: None | str | Unset
        if isinstance(self.date_update, Unset):
            date_update = UNSET
        elif isinstance(self.date_update, datetime.datetime):
            date_update = self.date_update.isoformat()
        else:
            date_update = self.date_update

        version_description: None | str | Unset
        if isinstance(self.version_description, Unset):
            version_description = UNSET
        else:
            version_description = self.version_description

        processing_type: None | str | Unset
        if isinstance(self.processing_type, Unset):
            processing_type = UNSET
        elif isinstance(self.processing_type, ProcessingType):
            processing_type = self.processing_type.value
        else:
            processing_type = self.processing_type

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        area: dict[str, Any] | None | Unset
        if isinstance(self.area, Unset):
            area = UNSET
        elif isinstance(self.area, AreaBaseDto):
            area = self.area.to_dict()
        else:
            area = self.area

        entity: dict[str, Any] | None | Unset
        if isinstance(self.entity, Unset):
            entity = UNSET
        elif isinstance(self.entity, AreaBaseDto):
            entity = self.entity.to_dict()
        else:
            entity = self.entity

        merged_from: dict[str, Any] | None | Unset
        if isinstance(self.merged_from, Unset):
            merged_from = UNSET
        elif isinstance(self.merged_from, DataProcessingDto):
            merged_from = self.merged_from.to_dict()
        else:
            merged_from = self.merged_from

        merge_type: None | str | Unset
        if isinstance(self.merge_type, Unset):
            merge_type = UNSET
        elif isinstance(self.merge_type, RelationShipType):
            merge_type = self.merge_type.value
        else:
            merge_type = self.merge_type

        readonly: bool | None | Unset
        if isinstance(self.readonly, Unset):
            readonly = UNSET
        else:
            readonly = self.readonly

        editable: bool | None | Unset
        if isinstance(self.editable, Unset):
            editable = UNSET
        else:
            editable = self.editable

        assets: list[dict[str, Any]] | None | Unset
        if isinstance(self.assets, Unset):
            assets = UNSET
        elif isinstance(self.assets, list):
            assets = []
            for assets_type_0_item_data in self.assets:
                assets_type_0_item = assets_type_0_item_data.to_dict()
                assets.append(assets_type_0_item)

        else:
            assets = self.assets

        work_flow_step_id: int | None | Unset
        if isinstance(self.work_flow_step_id, Unset):
            work_flow_step_id = UNSET
        else:
            work_flow_step_id = self.work_flow_step_id

        workflow_step: dict[str, Any] | None | Unset
        if isinstance(self.workflow_step, Unset):
            workflow_step = UNSET
        elif isinstance(self.workflow_step, WorkFlowStepDto):
            workflow_step = self.workflow_step.to_dict()
        else:
            workflow_step = self.workflow_step

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

        ref: None | str | Unset
        if isinstance(self.ref, Unset):
            ref = UNSET
        else:
            ref = self.ref

        processing_state: None | str | Unset
        if isinstance(self.processing_state, Unset):
            processing_state = UNSET
        elif isinstance(self.processing_state, ProcessingState):
            processing_state = self.processing_state.value
        else:
            processing_state = self.processing_state

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        description_html: None | str | Unset
        if isinstance(self.description_html, Unset):
            description_html = UNSET
        else:
            description_html = self.description_html

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

        subject_right_process_description: None | str | Unset
        if isinstance(self.subject_right_process_description, Unset):
            subject_right_process_description = UNSET
        else:
            subject_right_process_description = self.subject_right_process_description

        right_of_information: None | str | Unset
        if isinstance(self.right_of_information, Unset):
            right_of_information = UNSET
        elif isinstance(self.right_of_information, AccessType):
            right_of_information = self.right_of_information.value
        else:
            right_of_information = self.right_of_information

        right_of_access: None | str | Unset
        if isinstance(self.right_of_access, Unset):
            right_of_access = UNSET
        elif isinstance(self.right_of_access, AccessType):
            right_of_access = self.right_of_access.value
        else:
            right_of_access = self.right_of_access

        right_of_rectification: None | str | Unset
        if isinstance(self.right_of_rectification, Unset):
            right_of_rectification = UNSET
        elif isinstance(self.right_of_rectification, AccessType):
            right_of_rectification = self.right_of_rectification.value
        else:
            right_of_rectification = self.right_of_rectification

        right_of_erasure: None | str | Unset
        if isinstance(self.right_of_erasure, Unset):
            right_of_erasure = UNSET
        elif isinstance(self.right_of_erasure, AccessType):
            right_of_erasure = self.right_of_erasure.value
        else:
            right_of_erasure = self.right_of_erasure

        right_of_restriction: None | str | Unset
        if isinstance(self.right_of_restriction, Unset):
            right_of_restriction = UNSET
        elif isinstance(self.right_of_restriction, AccessType):
            right_of_restriction = self.right_of_restriction.value
        else:
            right_of_restriction = self.right_of_restriction

        right_of_opposition: None | str | Unset
        if isinstance(self.right_of_opposition, Unset):
            right_of_opposition = UNSET
        elif isinstance(self.right_of_opposition, AccessType):
            right_of_opposition = self.right_of_opposition.value
        else:
            right_of_opposition = self.right_of_opposition

        right_of_data_portability: None | str | Unset
        if isinstance(self.right_of_data_portability, Unset):
            right_of_data_portability = UNSET
        elif isinstance(self.right_of_data_portability, AccessType):
            right_of_data_portability = self.right_of_data_portability.value
        else:
            right_of_data_portability = self.right_of_data_portability

        advance_directives: None | str | Unset
        if isinstance(self.advance_directives, Unset):
            advance_directives = UNSET
        elif isinstance(self.advance_directives, AccessType):
            advance_directives = self.advance_directives.value
        else:
            advance_directives = self.advance_directives

        advance_directives_description: None | str | Unset
        if isinstance(self.advance_directives_description, Unset):
            advance_directives_description = UNSET
        else:
            advance_directives_description = self.advance_directives_description

        right_of_information_description: None | str | Unset
        if isinstance(self.right_of_information_description, Unset):
            right_of_information_description = UNSET
        else:
            right_of_information_description = self.right_of_information_description

        right_of_access_description: None | str | Unset
        if isinstance(self.right_of_access_description, Unset):
            right_of_access_description = UNSET
        else:
            right_of_access_description = self.right_of_access_description

        right_of_rectification_description: None | str | Unset
        if isinstance(self.right_of_rectification_description, Unset):
            right_of_rectification_description = UNSET
        else:
            right_of_rectification_description = self.right_of_rectification_description

        right_of_erasure_description: None | str | Unset
        if isinstance(self.right_of_erasure_description, Unset):
            right_of_erasure_description = UNSET
        else:
            right_of_erasure_description = self.right_of_erasure_description

        right_of_restriction_description: None | str | Unset
        if isinstance(self.right_of_restriction_description, Unset):
            right_of_restriction_description = UNSET
        else:
            right_of_restriction_description = self.right_of_restriction_description

        right_of_opposition_description: None | str | Unset
        if isinstance(self.right_of_opposition_description, Unset):
            right_of_opposition_description = UNSET
        else:
            right_of_opposition_description = self.right_of_opposition_description

        right_of_data_portability_description: None | str | Unset
        if isinstance(self.right_of_data_portability_description, Unset):
            right_of_data_portability_description = UNSET
        else:
            right_of_data_portability_description = self.right_of_data_portability_description

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, UserLightDto):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        stake_holders: list[dict[str, Any]] | None | Unset
        if isinstance(self.stake_holders, Unset):
            stake_holders = UNSET
        elif isinstance(self.stake_holders, list):
            stake_holders = []
            for stake_holders_type_0_item_data in self.stake_holders:
                stake_holders_type_0_item = stake_holders_type_0_item_data.to_dict()
                stake_holders.append(stake_holders_type_0_item)

        else:
            stake_holders = self.stake_holders

        assessment_scoring: bool | None | Unset
        if isinstance(self.assessment_scoring, Unset):
            assessment_scoring = UNSET
        else:
            assessment_scoring = self.assessment_scoring

        automatic_decision: bool | None | Unset
        if isinstance(self.automatic_decision, Unset):
            automatic_decision = UNSET
        else:
            automatic_decision = self.automatic_decision

        systematic_monitoring: bool | None | Unset
        if isinstance(self.systematic_monitoring, Unset):
            systematic_monitoring = UNSET
        else:
            systematic_monitoring = self.systematic_monitoring

        special_category_data: bool | None | Unset
        if isinstance(self.special_category_data, Unset):
            special_category_data = UNSET
        else:
            special_category_data = self.special_category_data

        large_scale_collection: bool | None | Unset
        if isinstance(self.large_scale_collection, Unset):
            large_scale_collection = UNSET
        else:
            large_scale_collection = self.large_scale_collection

        cross_referencing: bool | None | Unset
        if isinstance(self.cross_referencing, Unset):
            cross_referencing = UNSET
        else:
            cross_referencing = self.cross_referencing

        vulnerable_people: bool | None | Unset
        if isinstance(self.vulnerable_people, Unset):
            vulnerable_people = UNSET
        else:
            vulnerable_people = self.vulnerable_people

        is_dpia_required: bool | None | Unset
        if isinstance(self.is_dpia_required, Unset):
            is_dpia_required = UNSET
        else:
            is_dpia_required = self.is_dpia_required

        dpia_date: None | str | Unset
        if isinstance(self.dpia_date, Unset):
            dpia_date = UNSET
        elif isinstance(self.dpia_date, datetime.datetime):
            dpia_date = self.dpia_date.isoformat()
        else:
            dpia_date = self.dpia_date

        innovative_use: bool | None | Unset
        if isinstance(self.innovative_use, Unset):
            innovative_use = UNSET
        else:
            innovative_use = self.innovative_use

        exclusion_benefit_right_contract: bool | None | Unset
        if isinstance(self.exclusion_benefit_right_contract, Unset):
            exclusion_benefit_right_contract = UNSET
        else:
            exclusion_benefit_right_contract = self.exclusion_benefit_right_contract

        recipients: list[dict[str, Any]] | None | Unset
        if isinstance(self.recipients, Unset):
            recipients = UNSET
        elif isinstance(self.recipients, list):
            recipients = []
            for recipients_type_0_item_data in self.recipients:
                recipients_type_0_item = recipients_type_0_item_data.to_dict()
                recipients.append(recipients_type_0_item)

        else:
            recipients = self.recipients

        data_controllers: list[dict[str, Any]] | None | Unset
        if isinstance(self.data_controllers, Unset):
            data_controllers = UNSET
        elif isinstance(self.data_controllers, list):
            data_controllers = []
            for data_controllers_type_0_item_data in self.data_controllers:
                data_controllers_type_0_item = data_controllers_type_0_item_data.to_dict()
                data_controllers.append(data_controllers_type_0_item)

        else:
            data_controllers = self.data_controllers

        data_retention_rules: list[dict[str, Any]] | None | Unset
        if isinstance(self.data_retention_rules, Unset):
            data_retention_rules = UNSET
        elif isinstance(self.data_retention_rules, list):
            data_retention_rules = []
            for data_retention_rules_type_0_item_data in self.data_retention_rules:
                data_retention_rules_type_0_item = data_retention_rules_type_0_item_data.to_dict()
                data_retention_rules.append(data_retention_rules_type_0_item)

        else:
            data_retention_rules = self.data_retention_rules

        purposes: list[dict[str, Any]] | None | Unset
        if isinstance(self.purposes, Unset):
            purposes = UNSET
        elif isinstance(self.purposes, list):
            purposes = []
            for purposes_type_0_item_data in self.purposes:
                purposes_type_0_item = purposes_type_0_item_data.to_dict()
                purposes.append(purposes_type_0_item)

        else:
            purposes = self.purposes

        security_measures: list[dict[str, Any]] | None | Unset
        if isinstance(self.security_measures, Unset):
            security_measures = UNSET
        elif isinstance(self.security_measures, list):
            security_measures = []
            for security_measures_type_0_item_data in self.security_measures:
                security_measures_type_0_item = security_measures_type_0_item_data.to_dict()
                security_measures.append(security_measures_type_0_item)

        else:
            security_measures = self.security_measures

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

        progression: float | None | Unset
        if isinstance(self.progression, Unset):
            progression = UNSET
        else:
            progression = self.progression

        quality: float | None | Unset
        if isinstance(self.quality, Unset):
            quality = UNSET
        else:
            quality = self.quality

        sensitivity: float | None | Unset
        if isinstance(self.sensitivity, Unset):
            sensitivity = UNSET
        else:
            sensitivity = self.sensitivity

        risk_level: float | None | Unset
        if isinstance(self.risk_level, Unset):
            risk_level = UNSET
        else:
            risk_level = self.risk_level

        visible: bool | None | Unset
        if isinstance(self.visible, Unset):
            visible = UNSET
        else:
            visible = self.visible

        dpia_exemption: bool | None | Unset
        if isinstance(self.dpia_exemption, Unset):
            dpia_exemption = UNSET
        else:
            dpia_exemption = self.dpia_exemption

        dpia_exemption_justification: None | str | Unset
        if isinstance(self.dpia_exemption_justification, Unset):
            dpia_exemption_justification = UNSET
        else:
            dpia_exemption_justification = self.dpia_exemption_justification

        work_space_id: int | None | Unset
        if isinstance(self.work_space_id, Unset):
            work_space_id = UNSET
        else:
            work_space_id = self.work_space_id

        nb_references: int | None | Unset
        if isinstance(self.nb_references, Unset):
            nb_references = UNSET
        else:
            nb_references = self.nb_references

        reference_id: None | str | Unset
        if isinstance(self.reference_id, Unset):
            reference_id = UNSET
        elif isinstance(self.reference_id, UUID):
            reference_id = str(self.reference_id)
        else:
            reference_id = self.reference_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if creator_user is not UNSET:
            field_dict["creatorUser"] = creator_user
        if state is not UNSET:
            field_dict["state"] = state
        if date_deployment is not UNSET:
            field_dict["dateDeployment"] = date_deployment
        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        if date_archived is not UNSET:
            field_dict["dateArchived"] = date_archived
        if date_publication is not UNSET:
            field_dict["datePublication"] = date_publication
        if archived is not UNSET:
            field_dict["archived"] = archived
        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        if version_description is not UNSET:
            field_dict["versionDescription"] = version_description
        if processing_type is not UNSET:
            field_dict["processingType"] = processing_type
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        if area is not UNSET:
            field_dict["area"] = area
        if entity is not UNSET:
            field_dict["entity"] = entity
        if merged_from is not UNSET:
            field_dict["mergedFrom"] = merged_from
        if merge_type is not UNSET:
            field_dict["mergeType"] = merge_type
        if readonly is not UNSET:
            field_dict["readonly"] = readonly
        if editable is not UNSET:
            field_dict["editable"] = editable
        if assets is not UNSET:
            field_dict["assets"] = assets
        if work_flow_step_id is not UNSET:
            field_dict["workFlowStepId"] = work_flow_step_id
        if workflow_step is not UNSET:
            field_dict["workflowStep"] = workflow_step
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if ref is not UNSET:
            field_dict["ref"] = ref
        if processing_state is not UNSET:
            field_dict["processingState"] = processing_state
        if description is not UNSET:
            field_dict["description"] = description
        if description_html is not UNSET:
            field_dict["descriptionHtml"] = description_html
        if tags is not UNSET:
            field_dict["tags"] = tags
        if subject_right_process_description is not UNSET:
            field_dict["subjectRightProcessDescription"] = subject_right_process_description
        if right_of_information is not UNSET:
            field_dict["rightOfInformation"] = right_of_information
        if right_of_access is not UNSET:
            field_dict["rightOfAccess"] = right_of_access
        if right_of_rectification is not UNSET:
            field_dict["rightOfRectification"] = right_of_rectification
        if right_of_erasure is not UNSET:
            field_dict["rightOfErasure"] = right_of_erasure
        if right_of_restriction is not UNSET:
            field_dict["rightOfRestriction"] = right_of_restriction
        if right_of_opposition is not UNSET:
            field_dict["rightOfOpposition"] = right_of_opposition
        if right_of_data_portability is not UNSET:
            field_dict["rightOfDataPortability"] = right_of_data_portability
        if advance_directives is not UNSET:
            field_dict["advanceDirectives"] = advance_directives
        if advance_directives_description is not UNSET:
            field_dict["advanceDirectivesDescription"] = advance_directives_description
        if right_of_information_description is not UNSET:
            field_dict["rightOfInformationDescription"] = right_of_information_description
        if right_of_access_description is not UNSET:
            field_dict["rightOfAccessDescription"] = right_of_access_description
        if right_of_rectification_description is not UNSET:
            field_dict["rightOfRectificationDescription"] = right_of_rectification_description
        if right_of_erasure_description is not UNSET:
            field_dict["rightOfErasureDescription"] = right_of_erasure_description
        if right_of_restriction_description is not UNSET:
            field_dict["rightOfRestrictionDescription"] = right_of_restriction_description
        if right_of_opposition_description is not UNSET:
            field_dict["rightOfOppositionDescription"] = right_of_opposition_description
        if right_of_data_portability_description is not UNSET:
            field_dict["rightOfDataPortabilityDescription"] = right_of_data_portability_description
        if owner is not UNSET:
            field_dict["owner"] = owner
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if stake_holders is not UNSET:
            field_dict["stakeHolders"] = stake_holders
        if assessment_scoring is not UNSET:
            field_dict["assessmentScoring"] = assessment_scoring
        if automatic_decision is not UNSET:
            field_dict["automaticDecision"] = automatic_decision
        if systematic_monitoring is not UNSET:
            field_dict["systematicMonitoring"] = systematic_monitoring
        if special_category_data is not UNSET:
            field_dict["specialCategoryData"] = special_category_data
        if large_scale_collection is not UNSET:
            field_dict["largeScaleCollection"] = large_scale_collection
        if cross_referencing is not UNSET:
            field_dict["crossReferencing"] = cross_referencing
        if vulnerable_people is not UNSET:
            field_dict["vulnerablePeople"] = vulnerable_people
        if is_dpia_required is not UNSET:
            field_dict["isDPIARequired"] = is_dpia_required
        if dpia_date is not UNSET:
            field_dict["dpiaDate"] = dpia_date
        if innovative_use is not UNSET:
            field_dict["innovativeUse"] = innovative_use
        if exclusion_benefit_right_contract is not UNSET:
            field_dict["exclusionBenefitRightContract"] = exclusion_benefit_right_contract
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if data_controllers is not UNSET:
            field_dict["dataControllers"] = data_controllers
        if data_retention_rules is not UNSET:
            field_dict["dataRetentionRules"] = data_retention_rules
        if purposes is not UNSET:
            field_dict["purposes"] = purposes
        if security_measures is not UNSET:
            field_dict["securityMeasures"] = security_measures
        if person_categories is not UNSET:
            field_dict["personCategories"] = person_categories
        if progression is not UNSET:
            field_dict["progression"] = progression
        if quality is not UNSET:
            field_dict["quality"] = quality
        if sensitivity is not UNSET:
            field_dict["sensitivity"] = sensitivity
        if risk_level is not UNSET:
            field_dict["riskLevel"] = risk_level
        if visible is not UNSET:
            field_dict["visible"] = visible
        if dpia_exemption is not UNSET:
            field_dict["dpiaExemption"] = dpia_exemption
        if dpia_exemption_justification is not UNSET:
            field_dict["dpiaExemptionJustification"] = dpia_exemption_justification
        if work_space_id is not UNSET:
            field_dict["workSpaceId"] = work_space_id
        if nb_references is not UNSET:
            field_dict["nbReferences"] = nb_references
        if reference_id is not UNSET:
            field_dict["referenceId"] = reference_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.area_base_dto import AreaBaseDto
        from ..models.asset_dto import AssetDto
        from ..models.attachment_dto import AttachmentDto
        from ..models.data_processing_actor_dto import DataProcessingActorDto
        from ..models.data_processing_data_controller_dto import DataProcessingDataControllerDto
        from ..models.data_processing_person_category_dto import DataProcessingPersonCategoryDto
        from ..models.data_retention_rule_dto import DataRetentionRuleDto
        from ..models.purpose_dto import PurposeDto
        from ..models.security_measure_data_treatment_dto import SecurityMeasureDataTreatmentDto
        from ..models.tag_dto import TagDto
        from ..models.user_light_dto import UserLightDto
        from ..models.work_flow_step_dto import WorkFlowStepDto

        d = dict(src_dict)
        label = d.pop("label")

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

        def _parse_creator_user(data: object) -> None | Unset | UserLightDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                creator_user_type_1 = UserLightDto.from_dict(data)

                return creator_user_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserLightDto, data)

        creator_user = _parse_creator_user(d.pop("creatorUser", UNSET))

        def _parse_state(data: object) -> DataProcessingState | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = DataProcessingState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataProcessingState | None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_date_deployment(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_deployment_type_0 = datetime.datetime.fromisoformat(data)

                return date_deployment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_deployment = _parse_date_deployment(d.pop("dateDeployment", UNSET))

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

        def _parse_date_publication(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_publication_type_0 = datetime.datetime.fromisoformat(data)

                return date_publication_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_publication = _parse_date_publication(d.pop("datePublication", UNSET))

        def _parse_archived(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        archived = _parse_archived(d.pop("archived", UNSET))

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

        def _parse_version_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version_description = _parse_version_description(d.pop("versionDescription", UNSET))

        def _parse_processing_type(data: object) -> None | ProcessingType | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                processing_type_type_0 = ProcessingType(data)

                return processing_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProcessingType | str | Unset, data)

        processing_type = _parse_processing_type(d.pop("processingType", UNSET))

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

        def _parse_area_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        area_id = _parse_area_id(d.pop("areaId", UNSET))

        def _parse_area(data: object) -> AreaBaseDto | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                area_type_1 = AreaBaseDto.from_dict(data)

                return area_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AreaBaseDto | None | Unset, data)

        area = _parse_area(d.pop("area", UNSET))

        def _parse_entity(data: object) -> AreaBaseDto | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                entity_type_1 = AreaBaseDto.from_dict(data)

                return entity_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AreaBaseDto | None | Unset, data)

        entity = _parse_entity(d.pop("entity", UNSET))

        def _parse_merged_from(data: object) -> DataProcessingDto | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                merged_from_type_1 = DataProcessingDto.from_dict(data)

                return merged_from_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataProcessingDto | None | Unset, data)

        merged_from = _parse_merged_from(d.pop("mergedFrom", UNSET))

        def _parse_merge_type(data: object) -> None | RelationShipType | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                merge_type_type_0 = RelationShipType(data)

                return merge_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RelationShipType | str | Unset, data)

        merge_type = _parse_merge_type(d.pop("mergeType", UNSET))

        def _parse_readonly(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        readonly = _parse_readonly(d.pop("readonly", UNSET))

        def _parse_editable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        editable = _parse_editable(d.pop("editable", UNSET))

        def _parse_assets(data: object) -> list[AssetDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                assets_type_0 = []
                _assets_type_0 = data
                for assets_type_0_item_data in _assets_type_0:
                    assets_type_0_item = AssetDto.from_dict(assets_type_0_item_data)

                    assets_type_0.append(assets_type_0_item)

                return assets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AssetDto] | None | Unset, data)

        assets = _parse_assets(d.pop("assets", UNSET))

        def _parse_work_flow_step_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        work_flow_step_id = _parse_work_flow_step_id(d.pop("workFlowStepId", UNSET))

        def _parse_workflow_step(data: object) -> None | Unset | WorkFlowStepDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                workflow_step_type_1 = WorkFlowStepDto.from_dict(data)

                return workflow_step_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkFlowStepDto, data)

        workflow_step = _parse_workflow_step(d.pop("workflowStep", UNSET))

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

        def _parse_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ref = _parse_ref(d.pop("ref", UNSET))

        def _parse_processing_state(data: object) -> None | ProcessingState | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                processing_state_type_0 = ProcessingState(data)

                return processing_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProcessingState | str | Unset, data)

        processing_state = _parse_processing_state(d.pop("processingState", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_description_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description_html = _parse_description_html(d.pop("descriptionHtml", UNSET))

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

        def _parse_subject_right_process_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject_right_process_description = _parse_subject_right_process_description(
            d.pop("subjectRightProcessDescription", UNSET)
        )

        def _parse_right_of_information(data: object) -> AccessType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                right_of_information_type_0 = AccessType(data)

                return right_of_information_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccessType | None | str | Unset, data)

        right_of_information = _parse_right_of_information(d.pop("rightOfInformation", UNSET))

        def _parse_right_of_access(data: object) -> AccessType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                right_of_access_type_0 = AccessType(data)

                return right_of_access_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccessType | None | str | Unset, data)

        right_of_access = _parse_right_of_access(d.pop("rightOfAccess", UNSET))

        def _parse_right_of_rectification(data: object) -> AccessType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                right_of_rectification_type_0 = AccessType(data)

                return right_of_rectification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccessType | None | str | Unset, data)

        right_of_rectification = _parse_right_of_rectification(d.pop("rightOfRectification", UNSET))

        def _parse_right_of_erasure(data: object) -> AccessType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                right_of_erasure_type_0 = AccessType(data)

                return right_of_erasure_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccessType | None | str | Unset, data)

        right_of_erasure = _parse_right_of_erasure(d.pop("rightOfErasure", UNSET))

        def _parse_right_of_restriction(data: object) -> AccessType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                right_of_restriction_type_0 = AccessType(data)

                return right_of_restriction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccessType | None | str | Unset, data)

        right_of_restriction = _parse_right_of_restriction(d.pop("rightOfRestriction", UNSET))

        def _parse_right_of_opposition(data: object) -> AccessType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                right_of_opposition_type_0 = AccessType(data)

                return right_of_opposition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccessType | None | str | Unset, data)

        right_of_opposition = _parse_right_of_opposition(d.pop("rightOfOpposition", UNSET))

        def _parse_right_of_data_portability(data: object) -> AccessType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                right_of_data_portability_type_0 = AccessType(data)

                return right_of_data_portability_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccessType | None | str | Unset, data)

        right_of_data_portability = _parse_right_of_data_portability(d.pop("rightOfDataPortability", UNSET))

        def _parse_advance_directives(data: object) -> AccessType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                advance_directives_type_0 = AccessType(data)

                return advance_directives_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccessType | None | str | Unset, data)

        advance_directives = _parse_advance_directives(d.pop("advanceDirectives", UNSET))

        def _parse_advance_directives_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        advance_directives_description = _parse_advance_directives_description(
            d.pop("advanceDirectivesDescription", UNSET)
        )

        def _parse_right_of_information_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        right_of_information_description = _parse_right_of_information_description(
            d.pop("rightOfInformationDescription", UNSET)
        )

        def _parse_right_of_access_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        right_of_access_description = _parse_right_of_access_description(
            d.pop("rightOfAccessDescription", UNSET)
        )

        def _parse_right_of_rectification_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        right_of_rectification_description = _parse_right_of_rectification_description(
            d.pop("rightOfRectificationDescription", UNSET)
        )

        def _parse_right_of_erasure_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        right_of_erasure_description = _parse_right_of_erasure_description(
            d.pop("rightOfErasureDescription", UNSET)
        )

        def _parse_right_of_restriction_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        right_of_restriction_description = _parse_right_of_restriction_description(
            d.pop("rightOfRestrictionDescription", UNSET)
        )

        def _parse_right_of_opposition_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        right_of_opposition_description = _parse_right_of_opposition_description(
            d.pop("rightOfOppositionDescription", UNSET)
        )

        def _parse_right_of_data_portability_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        right_of_data_portability_description = _parse_right_of_data_portability_description(
            d.pop("rightOfDataPortabilityDescription", UNSET)
        )

        def _parse_owner(data: object) -> None | Unset | UserLightDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_type_1 = UserLightDto.from_dict(data)

                return owner_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserLightDto, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        def _parse_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        owner_id = _parse_owner_id(d.pop("ownerId", UNSET))

        def _parse_stake_holders(data: object) -> list[DataProcessingActorDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stake_holders_type_0 = []
                _stake_holders_type_0 = data
                for stake_holders_type_0_item_data in _stake_holders_type_0:
                    stake_holders_type_0_item = DataProcessingActorDto.from_dict(
                        stake_holders_type_0_item_data
                    )

                    stake_holders_type_0.append(stake_holders_type_0_item)

                return stake_holders_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DataProcessingActorDto] | None | Unset, data)

        stake_holders = _parse_stake_holders(d.pop("stakeHolders", UNSET))

        def _parse_assessment_scoring(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        assessment_scoring = _parse_assessment_scoring(d.pop("assessmentScoring", UNSET))

        def _parse_automatic_decision(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        automatic_decision = _parse_automatic_decision(d.pop("automaticDecision", UNSET))

        def _parse_systematic_monitoring(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        systematic_monitoring = _parse_systematic_monitoring(d.pop("systematicMonitoring", UNSET))

        def _parse_special_category_data(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        special_category_data = _parse_special_category_data(d.pop("specialCategoryData", UNSET))

        def _parse_large_scale_collection(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        large_scale_collection = _parse_large_scale_collection(d.pop("largeScaleCollection", UNSET))

        def _parse_cross_referencing(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        cross_referencing = _parse_cross_referencing(d.pop("crossReferencing", UNSET))

        def _parse_vulnerable_people(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        vulnerable_people = _parse_vulnerable_people(d.pop("vulnerablePeople", UNSET))

        def _parse_is_dpia_required(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_dpia_required = _parse_is_dpia_required(d.pop("isDPIARequired", UNSET))

        def _parse_dpia_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dpia_date_type_0 = datetime.datetime.fromisoformat(data)

                return dpia_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        dpia_date = _parse_dpia_date(d.pop("dpiaDate", UNSET))

        def _parse_innovative_use(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        innovative_use = _parse_innovative_use(d.pop("innovativeUse", UNSET))

        def _parse_exclusion_benefit_right_contract(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        exclusion_benefit_right_contract = _parse_exclusion_benefit_right_contract(
            d.pop("exclusionBenefitRightContract", UNSET)
        )

        def _parse_recipients(data: object) -> list[DataProcessingActorDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                recipients_type_0 = []
                _recipients_type_0 = data
                for recipients_type_0_item_data in _recipients_type_0:
                    recipients_type_0_item = DataProcessingActorDto.from_dict(recipients_type_0_item_data)

                    recipients_type_0.append(recipients_type_0_item)

                return recipients_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DataProcessingActorDto] | None | Unset, data)

        recipients = _parse_recipients(d.pop("recipients", UNSET))

        def _parse_data_controllers(data: object) -> list[DataProcessingDataControllerDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_controllers_type_0 = []
                _data_controllers_type_0 = data
                for data_controllers_type_0_item_data in _data_controllers_type_0:
                    data_controllers_type_0_item = DataProcessingDataControllerDto.from_dict(
                        data_controllers_type_0_item_data
                    )

                    data_controllers_type_0.append(data_controllers_type_0_item)

                return data_controllers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DataProcessingDataControllerDto] | None | Unset, data)

        data_controllers = _parse_data_controllers(d.pop("dataControllers", UNSET))

        def _parse_data_retention_rules(data: object) -> list[DataRetentionRuleDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_retention_rules_type_0 = []
                _data_retention_rules_type_0 = data
                for data_retention_rules_type_0_item_data in _data_retention_rules_type_0:
                    data_retention_rules_type_0_item = DataRetentionRuleDto.from_dict(
                        data_retention_rules_type_0_item_data
                    )

                    data_retention_rules_type_0.append(data_retention_rules_type_0_item)

                return data_retention_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DataRetentionRuleDto] | None | Unset, data)

        data_retention_rules = _parse_data_retention_rules(d.pop("dataRetentionRules", UNSET))

        def _parse_purposes(data: object) -> list[PurposeDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                purposes_type_0 = []
                _purposes_type_0 = data
                for purposes_type_0_item_data in _purposes_type_0:
                    purposes_type_0_item = PurposeDto.from_dict(purposes_type_0_item_data)

                    purposes_type_0.append(purposes_type_0_item)

                return purposes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PurposeDto] | None | Unset, data)

        purposes = _parse_purposes(d.pop("purposes", UNSET))

        def _parse_security_measures(data: object) -> list[SecurityMeasureDataTreatmentDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                security_measures_type_0 = []
                _security_measures_type_0 = data
                for security_measures_type_0_item_data in _security_measures_type_0:
                    security_measures_type_0_item = SecurityMeasureDataTreatmentDto.from_dict(
                        security_measures_type_0_item_data
                    )

                    security_measures_type_0.append(security_measures_type_0_item)

                return security_measures_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SecurityMeasureDataTreatmentDto] | None | Unset, data)

        security_measures = _parse_security_measures(d.pop("securityMeasures", UNSET))

        def _parse_person_categories(data: object) -> list[DataProcessingPersonCategoryDto] | None | Unset:
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
                    person_categories_type_0_item = DataProcessingPersonCategoryDto.from_dict(
                        person_categories_type_0_item_data
                    )

                    person_categories_type_0.append(person_categories_type_0_item)

                return person_categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DataProcessingPersonCategoryDto] | None | Unset, data)

        person_categories = _parse_person_categories(d.pop("personCategories", UNSET))

        def _parse_progression(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        progression = _parse_progression(d.pop("progression", UNSET))

        def _parse_quality(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        quality = _parse_quality(d.pop("quality", UNSET))

        def _parse_sensitivity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        sensitivity = _parse_sensitivity(d.pop("sensitivity", UNSET))

        def _parse_risk_level(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        risk_level = _parse_risk_level(d.pop("riskLevel", UNSET))

        def _parse_visible(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        visible = _parse_visible(d.pop("visible", UNSET))

        def _parse_dpia_exemption(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        dpia_exemption = _parse_dpia_exemption(d.pop("dpiaExemption", UNSET))

        def _parse_dpia_exemption_justification(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dpia_exemption_justification = _parse_dpia_exemption_justification(
            d.pop("dpiaExemptionJustification", UNSET)
        )

        def _parse_work_space_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        work_space_id = _parse_work_space_id(d.pop("workSpaceId", UNSET))

        def _parse_nb_references(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_references = _parse_nb_references(d.pop("nbReferences", UNSET))

        def _parse_reference_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reference_id_type_0 = UUID(data)

                return reference_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        reference_id = _parse_reference_id(d.pop("referenceId", UNSET))

        data_processing_dto = cls(
            label=label,
            id=id,
            creator_user=creator_user,
            state=state,
            date_deployment=date_deployment,
            date_creation=date_creation,
            date_archived=date_archived,
            date_publication=date_publication,
            archived=archived,
            date_update=date_update,
            version_description=version_description,
            processing_type=processing_type,
            parent_id=parent_id,
            area_id=area_id,
            area=area,
            entity=entity,
            merged_from=merged_from,
            merge_type=merge_type,
            readonly=readonly,
            editable=editable,
            assets=assets,
            work_flow_step_id=work_flow_step_id,
            workflow_step=workflow_step,
            attachments=attachments,
            ref=ref,
            processing_state=processing_state,
            description=description,
            description_html=description_html,
            tags=tags,
            subject_right_process_description=subject_right_process_description,
            right_of_information=right_of_information,
            right_of_access=right_of_access,
            right_of_rectification=right_of_rectification,
            right_of_erasure=right_of_erasure,
            right_of_restriction=right_of_restriction,
            right_of_opposition=right_of_opposition,
            right_of_data_portability=right_of_data_portability,
            advance_directives=advance_directives,
            advance_directives_description=advance_directives_description,
            right_of_information_description=right_of_information_description,
            right_of_access_description=right_of_access_description,
            right_of_rectification_description=right_of_rectification_description,
            right_of_erasure_description=right_of_erasure_description,
            right_of_restriction_description=right_of_restriction_description,
            right_of_opposition_description=right_of_opposition_description,
            right_of_data_portability_description=right_of_data_portability_description,
            owner=owner,
            owner_id=owner_id,
            stake_holders=stake_holders,
            assessment_scoring=assessment_scoring,
            automatic_decision=automatic_decision,
            systematic_monitoring=systematic_monitoring,
            special_category_data=special_category_data,
            large_scale_collection=large_scale_collection,
            cross_referencing=cross_referencing,
            vulnerable_people=vulnerable_people,
            is_dpia_required=is_dpia_required,
            dpia_date=dpia_date,
            innovative_use=innovative_use,
            exclusion_benefit_right_contract=exclusion_benefit_right_contract,
            recipients=recipients,
            data_controllers=data_controllers,
            data_retention_rules=data_retention_rules,
            purposes=purposes,
            security_measures=security_measures,
            person_categories=person_categories,
            progression=progression,
            quality=quality,
            sensitivity=sensitivity,
            risk_level=risk_level,
            visible=visible,
            dpia_exemption=dpia_exemption,
            dpia_exemption_justification=dpia_exemption_justification,
            work_space_id=work_space_id,
            nb_references=nb_references,
            reference_id=reference_id,
        )

        data_processing_dto.additional_properties = d
        return data_processing_dto

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
