from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.access_type import AccessType
from ..models.data_processing_state import DataProcessingState
from ..models.processing_state import ProcessingState
from ..models.processing_type import ProcessingType
from ..models.relation_ship_type import RelationShipType
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

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







def _parse_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_creator_user(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_state(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = DataProcessingState._value2member_map_.get(data)
    if member is not None:
        return member
    return data




def _parse_date_deployment(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
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




def _parse_date_archived(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_date_publication(data: Any) -> Any:
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






def _parse_processing_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = ProcessingType._value2member_map_.get(data)
    if member is not None:
        return member
    return data




def _parse_parent_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_area(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.AreaBaseDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_entity(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.AreaBaseDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_merged_from(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.DataProcessingDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_merge_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = RelationShipType._value2member_map_.get(data)
    if member is not None:
        return member
    return data







def _parse_assets(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.AssetDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_workflow_step(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.WorkFlowStepDto.from_dict(data)
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






def _parse_processing_state(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = ProcessingState._value2member_map_.get(data)
    if member is not None:
        return member
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






def _parse_right_of_information(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = AccessType._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_right_of_access(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = AccessType._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_right_of_rectification(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = AccessType._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_right_of_erasure(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = AccessType._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_right_of_restriction(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = AccessType._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_right_of_opposition(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = AccessType._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_right_of_data_portability(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = AccessType._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_advance_directives(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = AccessType._value2member_map_.get(data)
    if member is not None:
        return member
    return data












def _parse_owner(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data






def _parse_stake_holders(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.DataProcessingActorDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data












def _parse_dpia_date(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data







def _parse_recipients(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.DataProcessingActorDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_data_controllers(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.DataProcessingDataControllerDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_data_retention_rules(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.DataRetentionRuleDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_purposes(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.PurposeDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_security_measures(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.SecurityMeasureDataTreatmentDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_person_categories(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.DataProcessingPersonCategoryDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data













def _parse_reference_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data



def _load_creator_user(source: Mapping[str, Any]) -> Any:
    return _parse_creator_user(source.get("creatorUser", UNSET))

def _load_area(source: Mapping[str, Any]) -> Any:
    return _parse_area(source.get("area", UNSET))

def _load_entity(source: Mapping[str, Any]) -> Any:
    return _parse_entity(source.get("entity", UNSET))

def _load_merged_from(source: Mapping[str, Any]) -> Any:
    return _parse_merged_from(source.get("mergedFrom", UNSET))

def _load_assets(source: Mapping[str, Any]) -> Any:
    return _parse_assets(source.get("assets", UNSET))

def _load_workflow_step(source: Mapping[str, Any]) -> Any:
    return _parse_workflow_step(source.get("workflowStep", UNSET))

def _load_attachments(source: Mapping[str, Any]) -> Any:
    return _parse_attachments(source.get("attachments", UNSET))

def _load_tags(source: Mapping[str, Any]) -> Any:
    return _parse_tags(source.get("tags", UNSET))

def _load_owner(source: Mapping[str, Any]) -> Any:
    return _parse_owner(source.get("owner", UNSET))

def _load_stake_holders(source: Mapping[str, Any]) -> Any:
    return _parse_stake_holders(source.get("stakeHolders", UNSET))

def _load_recipients(source: Mapping[str, Any]) -> Any:
    return _parse_recipients(source.get("recipients", UNSET))

def _load_data_controllers(source: Mapping[str, Any]) -> Any:
    return _parse_data_controllers(source.get("dataControllers", UNSET))

def _load_data_retention_rules(source: Mapping[str, Any]) -> Any:
    return _parse_data_retention_rules(source.get("dataRetentionRules", UNSET))

def _load_purposes(source: Mapping[str, Any]) -> Any:
    return _parse_purposes(source.get("purposes", UNSET))

def _load_security_measures(source: Mapping[str, Any]) -> Any:
    return _parse_security_measures(source.get("securityMeasures", UNSET))

def _load_person_categories(source: Mapping[str, Any]) -> Any:
    return _parse_person_categories(source.get("personCategories", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("label", "id", "creatorUser", "state", "dateDeployment", "dateCreation", "dateArchived", "datePublication", "archived", "dateUpdate", "versionDescription", "processingType", "parentId", "areaId", "area", "entity", "mergedFrom", "mergeType", "readonly", "editable", "assets", "workFlowStepId", "workflowStep", "attachments", "ref", "processingState", "description", "descriptionHtml", "tags", "subjectRightProcessDescription", "rightOfInformation", "rightOfAccess", "rightOfRectification", "rightOfErasure", "rightOfRestriction", "rightOfOpposition", "rightOfDataPortability", "advanceDirectives", "advanceDirectivesDescription", "rightOfInformationDescription", "rightOfAccessDescription", "rightOfRectificationDescription", "rightOfErasureDescription", "rightOfRestrictionDescription", "rightOfOppositionDescription", "rightOfDataPortabilityDescription", "owner", "ownerId", "stakeHolders", "assessmentScoring", "automaticDecision", "systematicMonitoring", "specialCategoryData", "largeScaleCollection", "crossReferencing", "vulnerablePeople", "isDPIARequired", "dpiaDate", "innovativeUse", "exclusionBenefitRightContract", "recipients", "dataControllers", "dataRetentionRules", "purposes", "securityMeasures", "personCategories", "progression", "quality", "sensitivity", "riskLevel", "visible", "dpiaExemption", "dpiaExemptionJustification", "workSpaceId", "nbReferences", "referenceId", ))

T = TypeVar("T", bound="DataProcessingDto")



@_attrs_define
class DataProcessingDto(LazyModel):
    """Attributes:
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

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "creator_user": _load_creator_user,
        "area": _load_area,
        "entity": _load_entity,
        "merged_from": _load_merged_from,
        "assets": _load_assets,
        "workflow_step": _load_workflow_step,
        "attachments": _load_attachments,
        "tags": _load_tags,
        "owner": _load_owner,
        "stake_holders": _load_stake_holders,
        "recipients": _load_recipients,
        "data_controllers": _load_data_controllers,
        "data_retention_rules": _load_data_retention_rules,
        "purposes": _load_purposes,
        "security_measures": _load_security_measures,
        "person_categories": _load_person_categories,
    }

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
        from ..models.area_base_dto import AreaBaseDto  # noqa: PLC0415
        from ..models.asset_dto import AssetDto  # noqa: PLC0415
        from ..models.attachment_dto import AttachmentDto  # noqa: PLC0415
        from ..models.data_processing_actor_dto import DataProcessingActorDto  # noqa: PLC0415
        from ..models.data_processing_data_controller_dto import DataProcessingDataControllerDto  # noqa: PLC0415
        from ..models.data_processing_person_category_dto import DataProcessingPersonCategoryDto  # noqa: PLC0415
        from ..models.data_retention_rule_dto import DataRetentionRuleDto  # noqa: PLC0415
        from ..models.purpose_dto import PurposeDto  # noqa: PLC0415
        from ..models.security_measure_data_treatment_dto import SecurityMeasureDataTreatmentDto  # noqa: PLC0415
        from ..models.tag_dto import TagDto  # noqa: PLC0415
        from ..models.user_light_dto import UserLightDto  # noqa: PLC0415
        from ..models.work_flow_step_dto import WorkFlowStepDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        label = self.label

        field_dict["label"] = label
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        creator_user: dict[str, Any] | None | Unset
        if isinstance(self.creator_user, Unset):
            creator_user = UNSET
        elif isinstance(self.creator_user, UserLightDto):
            creator_user = self.creator_user.to_dict()
        else:
            creator_user = self.creator_user

        if creator_user is not UNSET:
            field_dict["creatorUser"] = creator_user
        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, DataProcessingState):
            state = self.state.value
        else:
            state = self.state

        if state is not UNSET:
            field_dict["state"] = state
        date_deployment: None | str | Unset
        if isinstance(self.date_deployment, Unset):
            date_deployment = UNSET
        elif isinstance(self.date_deployment, datetime.datetime):
            date_deployment = self.date_deployment.isoformat()
        else:
            date_deployment = self.date_deployment

        if date_deployment is not UNSET:
            field_dict["dateDeployment"] = date_deployment
        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        date_archived: None | str | Unset
        if isinstance(self.date_archived, Unset):
            date_archived = UNSET
        elif isinstance(self.date_archived, datetime.datetime):
            date_archived = self.date_archived.isoformat()
        else:
            date_archived = self.date_archived

        if date_archived is not UNSET:
            field_dict["dateArchived"] = date_archived
        date_publication: None | str | Unset
        if isinstance(self.date_publication, Unset):
            date_publication = UNSET
        elif isinstance(self.date_publication, datetime.datetime):
            date_publication = self.date_publication.isoformat()
        else:
            date_publication = self.date_publication

        if date_publication is not UNSET:
            field_dict["datePublication"] = date_publication
        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        if archived is not UNSET:
            field_dict["archived"] = archived
        date_update: None | str | Unset
        if isinstance(self.date_update, Unset):
            date_update = UNSET
        elif isinstance(self.date_update, datetime.datetime):
            date_update = self.date_update.isoformat()
        else:
            date_update = self.date_update

        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        version_description: None | str | Unset
        if isinstance(self.version_description, Unset):
            version_description = UNSET
        else:
            version_description = self.version_description

        if version_description is not UNSET:
            field_dict["versionDescription"] = version_description
        processing_type: None | str | Unset
        if isinstance(self.processing_type, Unset):
            processing_type = UNSET
        elif isinstance(self.processing_type, ProcessingType):
            processing_type = self.processing_type.value
        else:
            processing_type = self.processing_type

        if processing_type is not UNSET:
            field_dict["processingType"] = processing_type
        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        area: dict[str, Any] | None | Unset
        if isinstance(self.area, Unset):
            area = UNSET
        elif isinstance(self.area, AreaBaseDto):
            area = self.area.to_dict()
        else:
            area = self.area

        if area is not UNSET:
            field_dict["area"] = area
        entity: dict[str, Any] | None | Unset
        if isinstance(self.entity, Unset):
            entity = UNSET
        elif isinstance(self.entity, AreaBaseDto):
            entity = self.entity.to_dict()
        else:
            entity = self.entity

        if entity is not UNSET:
            field_dict["entity"] = entity
        merged_from: dict[str, Any] | None | Unset
        if isinstance(self.merged_from, Unset):
            merged_from = UNSET
        elif isinstance(self.merged_from, DataProcessingDto):
            merged_from = self.merged_from.to_dict()
        else:
            merged_from = self.merged_from

        if merged_from is not UNSET:
            field_dict["mergedFrom"] = merged_from
        merge_type: None | str | Unset
        if isinstance(self.merge_type, Unset):
            merge_type = UNSET
        elif isinstance(self.merge_type, RelationShipType):
            merge_type = self.merge_type.value
        else:
            merge_type = self.merge_type

        if merge_type is not UNSET:
            field_dict["mergeType"] = merge_type
        readonly: bool | None | Unset
        if isinstance(self.readonly, Unset):
            readonly = UNSET
        else:
            readonly = self.readonly

        if readonly is not UNSET:
            field_dict["readonly"] = readonly
        editable: bool | None | Unset
        if isinstance(self.editable, Unset):
            editable = UNSET
        else:
            editable = self.editable

        if editable is not UNSET:
            field_dict["editable"] = editable
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

        if assets is not UNSET:
            field_dict["assets"] = assets
        work_flow_step_id: int | None | Unset
        if isinstance(self.work_flow_step_id, Unset):
            work_flow_step_id = UNSET
        else:
            work_flow_step_id = self.work_flow_step_id

        if work_flow_step_id is not UNSET:
            field_dict["workFlowStepId"] = work_flow_step_id
        workflow_step: dict[str, Any] | None | Unset
        if isinstance(self.workflow_step, Unset):
            workflow_step = UNSET
        elif isinstance(self.workflow_step, WorkFlowStepDto):
            workflow_step = self.workflow_step.to_dict()
        else:
            workflow_step = self.workflow_step

        if workflow_step is not UNSET:
            field_dict["workflowStep"] = workflow_step
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
        ref: None | str | Unset
        if isinstance(self.ref, Unset):
            ref = UNSET
        else:
            ref = self.ref

        if ref is not UNSET:
            field_dict["ref"] = ref
        processing_state: None | str | Unset
        if isinstance(self.processing_state, Unset):
            processing_state = UNSET
        elif isinstance(self.processing_state, ProcessingState):
            processing_state = self.processing_state.value
        else:
            processing_state = self.processing_state

        if processing_state is not UNSET:
            field_dict["processingState"] = processing_state
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        if description is not UNSET:
            field_dict["description"] = description
        description_html: None | str | Unset
        if isinstance(self.description_html, Unset):
            description_html = UNSET
        else:
            description_html = self.description_html

        if description_html is not UNSET:
            field_dict["descriptionHtml"] = description_html
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
        subject_right_process_description: None | str | Unset
        if isinstance(self.subject_right_process_description, Unset):
            subject_right_process_description = UNSET
        else:
            subject_right_process_description = self.subject_right_process_description

        if subject_right_process_description is not UNSET:
            field_dict["subjectRightProcessDescription"] = subject_right_process_description
        right_of_information: None | str | Unset
        if isinstance(self.right_of_information, Unset):
            right_of_information = UNSET
        elif isinstance(self.right_of_information, AccessType):
            right_of_information = self.right_of_information.value
        else:
            right_of_information = self.right_of_information

        if right_of_information is not UNSET:
            field_dict["rightOfInformation"] = right_of_information
        right_of_access: None | str | Unset
        if isinstance(self.right_of_access, Unset):
            right_of_access = UNSET
        elif isinstance(self.right_of_access, AccessType):
            right_of_access = self.right_of_access.value
        else:
            right_of_access = self.right_of_access

        if right_of_access is not UNSET:
            field_dict["rightOfAccess"] = right_of_access
        right_of_rectification: None | str | Unset
        if isinstance(self.right_of_rectification, Unset):
            right_of_rectification = UNSET
        elif isinstance(self.right_of_rectification, AccessType):
            right_of_rectification = self.right_of_rectification.value
        else:
            right_of_rectification = self.right_of_rectification

        if right_of_rectification is not UNSET:
            field_dict["rightOfRectification"] = right_of_rectification
        right_of_erasure: None | str | Unset
        if isinstance(self.right_of_erasure, Unset):
            right_of_erasure = UNSET
        elif isinstance(self.right_of_erasure, AccessType):
            right_of_erasure = self.right_of_erasure.value
        else:
            right_of_erasure = self.right_of_erasure

        if right_of_erasure is not UNSET:
            field_dict["rightOfErasure"] = right_of_erasure
        right_of_restriction: None | str | Unset
        if isinstance(self.right_of_restriction, Unset):
            right_of_restriction = UNSET
        elif isinstance(self.right_of_restriction, AccessType):
            right_of_restriction = self.right_of_restriction.value
        else:
            right_of_restriction = self.right_of_restriction

        if right_of_restriction is not UNSET:
            field_dict["rightOfRestriction"] = right_of_restriction
        right_of_opposition: None | str | Unset
        if isinstance(self.right_of_opposition, Unset):
            right_of_opposition = UNSET
        elif isinstance(self.right_of_opposition, AccessType):
            right_of_opposition = self.right_of_opposition.value
        else:
            right_of_opposition = self.right_of_opposition

        if right_of_opposition is not UNSET:
            field_dict["rightOfOpposition"] = right_of_opposition
        right_of_data_portability: None | str | Unset
        if isinstance(self.right_of_data_portability, Unset):
            right_of_data_portability = UNSET
        elif isinstance(self.right_of_data_portability, AccessType):
            right_of_data_portability = self.right_of_data_portability.value
        else:
            right_of_data_portability = self.right_of_data_portability

        if right_of_data_portability is not UNSET:
            field_dict["rightOfDataPortability"] = right_of_data_portability
        advance_directives: None | str | Unset
        if isinstance(self.advance_directives, Unset):
            advance_directives = UNSET
        elif isinstance(self.advance_directives, AccessType):
            advance_directives = self.advance_directives.value
        else:
            advance_directives = self.advance_directives

        if advance_directives is not UNSET:
            field_dict["advanceDirectives"] = advance_directives
        advance_directives_description: None | str | Unset
        if isinstance(self.advance_directives_description, Unset):
            advance_directives_description = UNSET
        else:
            advance_directives_description = self.advance_directives_description

        if advance_directives_description is not UNSET:
            field_dict["advanceDirectivesDescription"] = advance_directives_description
        right_of_information_description: None | str | Unset
        if isinstance(self.right_of_information_description, Unset):
            right_of_information_description = UNSET
        else:
            right_of_information_description = self.right_of_information_description

        if right_of_information_description is not UNSET:
            field_dict["rightOfInformationDescription"] = right_of_information_description
        right_of_access_description: None | str | Unset
        if isinstance(self.right_of_access_description, Unset):
            right_of_access_description = UNSET
        else:
            right_of_access_description = self.right_of_access_description

        if right_of_access_description is not UNSET:
            field_dict["rightOfAccessDescription"] = right_of_access_description
        right_of_rectification_description: None | str | Unset
        if isinstance(self.right_of_rectification_description, Unset):
            right_of_rectification_description = UNSET
        else:
            right_of_rectification_description = self.right_of_rectification_description

        if right_of_rectification_description is not UNSET:
            field_dict["rightOfRectificationDescription"] = right_of_rectification_description
        right_of_erasure_description: None | str | Unset
        if isinstance(self.right_of_erasure_description, Unset):
            right_of_erasure_description = UNSET
        else:
            right_of_erasure_description = self.right_of_erasure_description

        if right_of_erasure_description is not UNSET:
            field_dict["rightOfErasureDescription"] = right_of_erasure_description
        right_of_restriction_description: None | str | Unset
        if isinstance(self.right_of_restriction_description, Unset):
            right_of_restriction_description = UNSET
        else:
            right_of_restriction_description = self.right_of_restriction_description

        if right_of_restriction_description is not UNSET:
            field_dict["rightOfRestrictionDescription"] = right_of_restriction_description
        right_of_opposition_description: None | str | Unset
        if isinstance(self.right_of_opposition_description, Unset):
            right_of_opposition_description = UNSET
        else:
            right_of_opposition_description = self.right_of_opposition_description

        if right_of_opposition_description is not UNSET:
            field_dict["rightOfOppositionDescription"] = right_of_opposition_description
        right_of_data_portability_description: None | str | Unset
        if isinstance(self.right_of_data_portability_description, Unset):
            right_of_data_portability_description = UNSET
        else:
            right_of_data_portability_description = self.right_of_data_portability_description

        if right_of_data_portability_description is not UNSET:
            field_dict["rightOfDataPortabilityDescription"] = right_of_data_portability_description
        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, UserLightDto):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        if owner is not UNSET:
            field_dict["owner"] = owner
        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
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

        if stake_holders is not UNSET:
            field_dict["stakeHolders"] = stake_holders
        assessment_scoring: bool | None | Unset
        if isinstance(self.assessment_scoring, Unset):
            assessment_scoring = UNSET
        else:
            assessment_scoring = self.assessment_scoring

        if assessment_scoring is not UNSET:
            field_dict["assessmentScoring"] = assessment_scoring
        automatic_decision: bool | None | Unset
        if isinstance(self.automatic_decision, Unset):
            automatic_decision = UNSET
        else:
            automatic_decision = self.automatic_decision

        if automatic_decision is not UNSET:
            field_dict["automaticDecision"] = automatic_decision
        systematic_monitoring: bool | None | Unset
        if isinstance(self.systematic_monitoring, Unset):
            systematic_monitoring = UNSET
        else:
            systematic_monitoring = self.systematic_monitoring

        if systematic_monitoring is not UNSET:
            field_dict["systematicMonitoring"] = systematic_monitoring
        special_category_data: bool | None | Unset
        if isinstance(self.special_category_data, Unset):
            special_category_data = UNSET
        else:
            special_category_data = self.special_category_data

        if special_category_data is not UNSET:
            field_dict["specialCategoryData"] = special_category_data
        large_scale_collection: bool | None | Unset
        if isinstance(self.large_scale_collection, Unset):
            large_scale_collection = UNSET
        else:
            large_scale_collection = self.large_scale_collection

        if large_scale_collection is not UNSET:
            field_dict["largeScaleCollection"] = large_scale_collection
        cross_referencing: bool | None | Unset
        if isinstance(self.cross_referencing, Unset):
            cross_referencing = UNSET
        else:
            cross_referencing = self.cross_referencing

        if cross_referencing is not UNSET:
            field_dict["crossReferencing"] = cross_referencing
        vulnerable_people: bool | None | Unset
        if isinstance(self.vulnerable_people, Unset):
            vulnerable_people = UNSET
        else:
            vulnerable_people = self.vulnerable_people

        if vulnerable_people is not UNSET:
            field_dict["vulnerablePeople"] = vulnerable_people
        is_dpia_required: bool | None | Unset
        if isinstance(self.is_dpia_required, Unset):
            is_dpia_required = UNSET
        else:
            is_dpia_required = self.is_dpia_required

        if is_dpia_required is not UNSET:
            field_dict["isDPIARequired"] = is_dpia_required
        dpia_date: None | str | Unset
        if isinstance(self.dpia_date, Unset):
            dpia_date = UNSET
        elif isinstance(self.dpia_date, datetime.datetime):
            dpia_date = self.dpia_date.isoformat()
        else:
            dpia_date = self.dpia_date

        if dpia_date is not UNSET:
            field_dict["dpiaDate"] = dpia_date
        innovative_use: bool | None | Unset
        if isinstance(self.innovative_use, Unset):
            innovative_use = UNSET
        else:
            innovative_use = self.innovative_use

        if innovative_use is not UNSET:
            field_dict["innovativeUse"] = innovative_use
        exclusion_benefit_right_contract: bool | None | Unset
        if isinstance(self.exclusion_benefit_right_contract, Unset):
            exclusion_benefit_right_contract = UNSET
        else:
            exclusion_benefit_right_contract = self.exclusion_benefit_right_contract

        if exclusion_benefit_right_contract is not UNSET:
            field_dict["exclusionBenefitRightContract"] = exclusion_benefit_right_contract
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

        if recipients is not UNSET:
            field_dict["recipients"] = recipients
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

        if data_controllers is not UNSET:
            field_dict["dataControllers"] = data_controllers
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

        if data_retention_rules is not UNSET:
            field_dict["dataRetentionRules"] = data_retention_rules
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

        if purposes is not UNSET:
            field_dict["purposes"] = purposes
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

        if security_measures is not UNSET:
            field_dict["securityMeasures"] = security_measures
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
        progression: float | None | Unset
        if isinstance(self.progression, Unset):
            progression = UNSET
        else:
            progression = self.progression

        if progression is not UNSET:
            field_dict["progression"] = progression
        quality: float | None | Unset
        if isinstance(self.quality, Unset):
            quality = UNSET
        else:
            quality = self.quality

        if quality is not UNSET:
            field_dict["quality"] = quality
        sensitivity: float | None | Unset
        if isinstance(self.sensitivity, Unset):
            sensitivity = UNSET
        else:
            sensitivity = self.sensitivity

        if sensitivity is not UNSET:
            field_dict["sensitivity"] = sensitivity
        risk_level: float | None | Unset
        if isinstance(self.risk_level, Unset):
            risk_level = UNSET
        else:
            risk_level = self.risk_level

        if risk_level is not UNSET:
            field_dict["riskLevel"] = risk_level
        visible: bool | None | Unset
        if isinstance(self.visible, Unset):
            visible = UNSET
        else:
            visible = self.visible

        if visible is not UNSET:
            field_dict["visible"] = visible
        dpia_exemption: bool | None | Unset
        if isinstance(self.dpia_exemption, Unset):
            dpia_exemption = UNSET
        else:
            dpia_exemption = self.dpia_exemption

        if dpia_exemption is not UNSET:
            field_dict["dpiaExemption"] = dpia_exemption
        dpia_exemption_justification: None | str | Unset
        if isinstance(self.dpia_exemption_justification, Unset):
            dpia_exemption_justification = UNSET
        else:
            dpia_exemption_justification = self.dpia_exemption_justification

        if dpia_exemption_justification is not UNSET:
            field_dict["dpiaExemptionJustification"] = dpia_exemption_justification
        work_space_id: int | None | Unset
        if isinstance(self.work_space_id, Unset):
            work_space_id = UNSET
        else:
            work_space_id = self.work_space_id

        if work_space_id is not UNSET:
            field_dict["workSpaceId"] = work_space_id
        nb_references: int | None | Unset
        if isinstance(self.nb_references, Unset):
            nb_references = UNSET
        else:
            nb_references = self.nb_references

        if nb_references is not UNSET:
            field_dict["nbReferences"] = nb_references
        reference_id: None | str | Unset
        if isinstance(self.reference_id, Unset):
            reference_id = UNSET
        elif isinstance(self.reference_id, UUID):
            reference_id = str(self.reference_id)
        else:
            reference_id = self.reference_id

        if reference_id is not UNSET:
            field_dict["referenceId"] = reference_id
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.label = src_dict["label"]
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.state = _parse_state(src_dict.get("state", UNSET))
        parsed.date_deployment = _parse_date_deployment(src_dict.get("dateDeployment", UNSET))
        parsed.date_creation = _parse_date_creation(src_dict.get("dateCreation", UNSET))
        parsed.date_archived = _parse_date_archived(src_dict.get("dateArchived", UNSET))
        parsed.date_publication = _parse_date_publication(src_dict.get("datePublication", UNSET))
        parsed.archived = src_dict.get("archived", UNSET)
        parsed.date_update = _parse_date_update(src_dict.get("dateUpdate", UNSET))
        parsed.version_description = src_dict.get("versionDescription", UNSET)
        parsed.processing_type = _parse_processing_type(src_dict.get("processingType", UNSET))
        parsed.parent_id = _parse_parent_id(src_dict.get("parentId", UNSET))
        parsed.area_id = src_dict.get("areaId", UNSET)
        parsed.merge_type = _parse_merge_type(src_dict.get("mergeType", UNSET))
        parsed.readonly = src_dict.get("readonly", UNSET)
        parsed.editable = src_dict.get("editable", UNSET)
        parsed.work_flow_step_id = src_dict.get("workFlowStepId", UNSET)
        parsed.ref = src_dict.get("ref", UNSET)
        parsed.processing_state = _parse_processing_state(src_dict.get("processingState", UNSET))
        parsed.description = src_dict.get("description", UNSET)
        parsed.description_html = src_dict.get("descriptionHtml", UNSET)
        parsed.subject_right_process_description = src_dict.get("subjectRightProcessDescription", UNSET)
        parsed.right_of_information = _parse_right_of_information(src_dict.get("rightOfInformation", UNSET))
        parsed.right_of_access = _parse_right_of_access(src_dict.get("rightOfAccess", UNSET))
        parsed.right_of_rectification = _parse_right_of_rectification(src_dict.get("rightOfRectification", UNSET))
        parsed.right_of_erasure = _parse_right_of_erasure(src_dict.get("rightOfErasure", UNSET))
        parsed.right_of_restriction = _parse_right_of_restriction(src_dict.get("rightOfRestriction", UNSET))
        parsed.right_of_opposition = _parse_right_of_opposition(src_dict.get("rightOfOpposition", UNSET))
        parsed.right_of_data_portability = _parse_right_of_data_portability(src_dict.get("rightOfDataPortability", UNSET))
        parsed.advance_directives = _parse_advance_directives(src_dict.get("advanceDirectives", UNSET))
        parsed.advance_directives_description = src_dict.get("advanceDirectivesDescription", UNSET)
        parsed.right_of_information_description = src_dict.get("rightOfInformationDescription", UNSET)
        parsed.right_of_access_description = src_dict.get("rightOfAccessDescription", UNSET)
        parsed.right_of_rectification_description = src_dict.get("rightOfRectificationDescription", UNSET)
        parsed.right_of_erasure_description = src_dict.get("rightOfErasureDescription", UNSET)
        parsed.right_of_restriction_description = src_dict.get("rightOfRestrictionDescription", UNSET)
        parsed.right_of_opposition_description = src_dict.get("rightOfOppositionDescription", UNSET)
        parsed.right_of_data_portability_description = src_dict.get("rightOfDataPortabilityDescription", UNSET)
        parsed.owner_id = src_dict.get("ownerId", UNSET)
        parsed.assessment_scoring = src_dict.get("assessmentScoring", UNSET)
        parsed.automatic_decision = src_dict.get("automaticDecision", UNSET)
        parsed.systematic_monitoring = src_dict.get("systematicMonitoring", UNSET)
        parsed.special_category_data = src_dict.get("specialCategoryData", UNSET)
        parsed.large_scale_collection = src_dict.get("largeScaleCollection", UNSET)
        parsed.cross_referencing = src_dict.get("crossReferencing", UNSET)
        parsed.vulnerable_people = src_dict.get("vulnerablePeople", UNSET)
        parsed.is_dpia_required = src_dict.get("isDPIARequired", UNSET)
        parsed.dpia_date = _parse_dpia_date(src_dict.get("dpiaDate", UNSET))
        parsed.innovative_use = src_dict.get("innovativeUse", UNSET)
        parsed.exclusion_benefit_right_contract = src_dict.get("exclusionBenefitRightContract", UNSET)
        parsed.progression = src_dict.get("progression", UNSET)
        parsed.quality = src_dict.get("quality", UNSET)
        parsed.sensitivity = src_dict.get("sensitivity", UNSET)
        parsed.risk_level = src_dict.get("riskLevel", UNSET)
        parsed.visible = src_dict.get("visible", UNSET)
        parsed.dpia_exemption = src_dict.get("dpiaExemption", UNSET)
        parsed.dpia_exemption_justification = src_dict.get("dpiaExemptionJustification", UNSET)
        parsed.work_space_id = src_dict.get("workSpaceId", UNSET)
        parsed.nb_references = src_dict.get("nbReferences", UNSET)
        parsed.reference_id = _parse_reference_id(src_dict.get("referenceId", UNSET))
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
