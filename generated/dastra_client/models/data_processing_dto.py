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
else:
    AreaBaseDto = deferred(globals(), "AreaBaseDto", "..models.area_base_dto")
    AssetDto = deferred(globals(), "AssetDto", "..models.asset_dto")
    AttachmentDto = deferred(globals(), "AttachmentDto", "..models.attachment_dto")
    DataProcessingActorDto = deferred(
        globals(), "DataProcessingActorDto", "..models.data_processing_actor_dto"
    )
    DataProcessingDataControllerDto = deferred(
        globals(), "DataProcessingDataControllerDto", "..models.data_processing_data_controller_dto"
    )
    DataProcessingPersonCategoryDto = deferred(
        globals(), "DataProcessingPersonCategoryDto", "..models.data_processing_person_category_dto"
    )
    DataRetentionRuleDto = deferred(globals(), "DataRetentionRuleDto", "..models.data_retention_rule_dto")
    PurposeDto = deferred(globals(), "PurposeDto", "..models.purpose_dto")
    SecurityMeasureDataTreatmentDto = deferred(
        globals(), "SecurityMeasureDataTreatmentDto", "..models.security_measure_data_treatment_dto"
    )
    TagDto = deferred(globals(), "TagDto", "..models.tag_dto")
    UserLightDto = deferred(globals(), "UserLightDto", "..models.user_light_dto")
    WorkFlowStepDto = deferred(globals(), "WorkFlowStepDto", "..models.work_flow_step_dto")


_ACCESS_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in AccessType}
_DATA_PROCESSING_STATE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in DataProcessingState
}
_PROCESSING_STATE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in ProcessingState}
_PROCESSING_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in ProcessingType}
_RELATION_SHIP_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in RelationShipType}


def _load_creator_user(model: DataProcessingDto, source: Mapping[str, Any]) -> Any:
    value = source.get("creatorUser", UNSET)
    if value is None or value is UNSET:
        model.creator_user = value
        return value
    if isinstance(value, dict):
        try:
            model.creator_user = result = UserLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "creator_user", "creatorUser", "UserLightDto | None", value)
    else:
        result = invalid(model, "creator_user", "creatorUser", "UserLightDto | None", value)
    return result


def _load_area(model: DataProcessingDto, source: Mapping[str, Any]) -> Any:
    value = source.get("area", UNSET)
    if value is None or value is UNSET:
        model.area = value
        return value
    if isinstance(value, dict):
        try:
            model.area = result = AreaBaseDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "area", "area", "AreaBaseDto | None", value)
    else:
        result = invalid(model, "area", "area", "AreaBaseDto | None", value)
    return result


def _load_entity(model: DataProcessingDto, source: Mapping[str, Any]) -> Any:
    value = source.get("entity", UNSET)
    if value is None or value is UNSET:
        model.entity = value
        return value
    if isinstance(value, dict):
        try:
            model.entity = result = AreaBaseDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "entity", "entity", "AreaBaseDto | None", value)
    else:
        result = invalid(model, "entity", "entity", "AreaBaseDto | None", value)
    return result


def _load_merged_from(model: DataProcessingDto, source: Mapping[str, Any]) -> Any:
    value = source.get("mergedFrom", UNSET)
    if value is None or value is UNSET:
        model.merged_from = value
        return value
    if isinstance(value, dict):
        try:
            model.merged_from = result = DataProcessingDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "merged_from", "mergedFrom", "DataProcessingDto | None", value)
    else:
        result = invalid(model, "merged_from", "mergedFrom", "DataProcessingDto | None", value)
    return result


def _load_assets(model: DataProcessingDto, source: Mapping[str, Any]) -> Any:
    value = source.get("assets", UNSET)
    if value is None or value is UNSET:
        model.assets = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.assets = result = list(map(AssetDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model, "assets", "assets", "list[AssetDto] | None", value, items=AssetDto.from_dict
            )
    else:
        result = invalid(model, "assets", "assets", "list[AssetDto] | None", value)
    return result


def _load_workflow_step(model: DataProcessingDto, source: Mapping[str, Any]) -> Any:
    value = source.get("workflowStep", UNSET)
    if value is None or value is UNSET:
        model.workflow_step = value
        return value
    if isinstance(value, dict):
        try:
            model.workflow_step = result = WorkFlowStepDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "workflow_step", "workflowStep", "WorkFlowStepDto | None", value)
    else:
        result = invalid(model, "workflow_step", "workflowStep", "WorkFlowStepDto | None", value)
    return result


def _load_attachments(model: DataProcessingDto, source: Mapping[str, Any]) -> Any:
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


def _load_tags(model: DataProcessingDto, source: Mapping[str, Any]) -> Any:
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


def _load_owner(model: DataProcessingDto, source: Mapping[str, Any]) -> Any:
    value = source.get("owner", UNSET)
    if value is None or value is UNSET:
        model.owner = value
        return value
    if isinstance(value, dict):
        try:
            model.owner = result = UserLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "owner", "owner", "UserLightDto | None", value)
    else:
        result = invalid(model, "owner", "owner", "UserLightDto | None", value)
    return result


def _load_stake_holders(model: DataProcessingDto, source: Mapping[str, Any]) -> Any:
    value = source.get("stakeHolders", UNSET)
    if value is None or value is UNSET:
        model.stake_holders = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.stake_holders = result = list(map(DataProcessingActorDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "stake_holders",
                "stakeHolders",
                "list[DataProcessingActorDto] | None",
                value,
                items=DataProcessingActorDto.from_dict,
            )
    else:
        result = invalid(model, "stake_holders", "stakeHolders", "list[DataProcessingActorDto] | None", value)
    return result


def _load_recipients(model: DataProcessingDto, source: Mapping[str, Any]) -> Any:
    value = source.get("recipients", UNSET)
    if value is None or value is UNSET:
        model.recipients = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.recipients = result = list(map(DataProcessingActorDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "recipients",
                "recipients",
                "list[DataProcessingActorDto] | None",
                value,
                items=DataProcessingActorDto.from_dict,
            )
    else:
        result = invalid(model, "recipients", "recipients", "list[DataProcessingActorDto] | None", value)
    return result


def _load_data_controllers(model: DataProcessingDto, source: Mapping[str, Any]) -> Any:
    value = source.get("dataControllers", UNSET)
    if value is None or value is UNSET:
        model.data_controllers = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.data_controllers = result = list(map(DataProcessingDataControllerDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "data_controllers",
                "dataControllers",
                "list[DataProcessingDataControllerDto] | None",
                value,
                items=DataProcessingDataControllerDto.from_dict,
            )
    else:
        result = invalid(
            model,
            "data_controllers",
            "dataControllers",
            "list[DataProcessingDataControllerDto] | None",
            value,
        )
    return result


def _load_data_retention_rules(model: DataProcessingDto, source: Mapping[str, Any]) -> Any:
    value = source.get("dataRetentionRules", UNSET)
    if value is None or value is UNSET:
        model.data_retention_rules = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.data_retention_rules = result = list(map(DataRetentionRuleDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "data_retention_rules",
                "dataRetentionRules",
                "list[DataRetentionRuleDto] | None",
                value,
                items=DataRetentionRuleDto.from_dict,
            )
    else:
        result = invalid(
            model, "data_retention_rules", "dataRetentionRules", "list[DataRetentionRuleDto] | None", value
        )
    return result


def _load_purposes(model: DataProcessingDto, source: Mapping[str, Any]) -> Any:
    value = source.get("purposes", UNSET)
    if value is None or value is UNSET:
        model.purposes = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.purposes = result = list(map(PurposeDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model, "purposes", "purposes", "list[PurposeDto] | None", value, items=PurposeDto.from_dict
            )
    else:
        result = invalid(model, "purposes", "purposes", "list[PurposeDto] | None", value)
    return result


def _load_security_measures(model: DataProcessingDto, source: Mapping[str, Any]) -> Any:
    value = source.get("securityMeasures", UNSET)
    if value is None or value is UNSET:
        model.security_measures = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.security_measures = result = list(map(SecurityMeasureDataTreatmentDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "security_measures",
                "securityMeasures",
                "list[SecurityMeasureDataTreatmentDto] | None",
                value,
                items=SecurityMeasureDataTreatmentDto.from_dict,
            )
    else:
        result = invalid(
            model,
            "security_measures",
            "securityMeasures",
            "list[SecurityMeasureDataTreatmentDto] | None",
            value,
        )
    return result


def _load_person_categories(model: DataProcessingDto, source: Mapping[str, Any]) -> Any:
    value = source.get("personCategories", UNSET)
    if value is None or value is UNSET:
        model.person_categories = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.person_categories = result = list(map(DataProcessingPersonCategoryDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "person_categories",
                "personCategories",
                "list[DataProcessingPersonCategoryDto] | None",
                value,
                items=DataProcessingPersonCategoryDto.from_dict,
            )
    else:
        result = invalid(
            model,
            "person_categories",
            "personCategories",
            "list[DataProcessingPersonCategoryDto] | None",
            value,
        )
    return result


_KEYS: Final[tuple[str, ...]] = (
    "label",
    "id",
    "creatorUser",
    "state",
    "dateDeployment",
    "dateCreation",
    "dateArchived",
    "datePublication",
    "archived",
    "dateUpdate",
    "versionDescription",
    "processingType",
    "parentId",
    "areaId",
    "area",
    "entity",
    "mergedFrom",
    "mergeType",
    "readonly",
    "editable",
    "assets",
    "workFlowStepId",
    "workflowStep",
    "attachments",
    "ref",
    "processingState",
    "description",
    "descriptionHtml",
    "tags",
    "subjectRightProcessDescription",
    "rightOfInformation",
    "rightOfAccess",
    "rightOfRectification",
    "rightOfErasure",
    "rightOfRestriction",
    "rightOfOpposition",
    "rightOfDataPortability",
    "advanceDirectives",
    "advanceDirectivesDescription",
    "rightOfInformationDescription",
    "rightOfAccessDescription",
    "rightOfRectificationDescription",
    "rightOfErasureDescription",
    "rightOfRestrictionDescription",
    "rightOfOppositionDescription",
    "rightOfDataPortabilityDescription",
    "owner",
    "ownerId",
    "stakeHolders",
    "assessmentScoring",
    "automaticDecision",
    "systematicMonitoring",
    "specialCategoryData",
    "largeScaleCollection",
    "crossReferencing",
    "vulnerablePeople",
    "isDPIARequired",
    "dpiaDate",
    "innovativeUse",
    "exclusionBenefitRightContract",
    "recipients",
    "dataControllers",
    "dataRetentionRules",
    "purposes",
    "securityMeasures",
    "personCategories",
    "progression",
    "quality",
    "sensitivity",
    "riskLevel",
    "visible",
    "dpiaExemption",
    "dpiaExemptionJustification",
    "workSpaceId",
    "nbReferences",
    "referenceId",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "label": MISSING,
    "id": UNSET,
    "creatorUser": UNSET,
    "state": UNSET,
    "dateDeployment": UNSET,
    "dateCreation": UNSET,
    "dateArchived": UNSET,
    "datePublication": UNSET,
    "archived": UNSET,
    "dateUpdate": UNSET,
    "versionDescription": UNSET,
    "processingType": UNSET,
    "parentId": UNSET,
    "areaId": UNSET,
    "area": UNSET,
    "entity": UNSET,
    "mergedFrom": UNSET,
    "mergeType": UNSET,
    "readonly": UNSET,
    "editable": UNSET,
    "assets": UNSET,
    "workFlowStepId": UNSET,
    "workflowStep": UNSET,
    "attachments": UNSET,
    "ref": UNSET,
    "processingState": UNSET,
    "description": UNSET,
    "descriptionHtml": UNSET,
    "tags": UNSET,
    "subjectRightProcessDescription": UNSET,
    "rightOfInformation": UNSET,
    "rightOfAccess": UNSET,
    "rightOfRectification": UNSET,
    "rightOfErasure": UNSET,
    "rightOfRestriction": UNSET,
    "rightOfOpposition": UNSET,
    "rightOfDataPortability": UNSET,
    "advanceDirectives": UNSET,
    "advanceDirectivesDescription": UNSET,
    "rightOfInformationDescription": UNSET,
    "rightOfAccessDescription": UNSET,
    "rightOfRectificationDescription": UNSET,
    "rightOfErasureDescription": UNSET,
    "rightOfRestrictionDescription": UNSET,
    "rightOfOppositionDescription": UNSET,
    "rightOfDataPortabilityDescription": UNSET,
    "owner": UNSET,
    "ownerId": UNSET,
    "stakeHolders": UNSET,
    "assessmentScoring": UNSET,
    "automaticDecision": UNSET,
    "systematicMonitoring": UNSET,
    "specialCategoryData": UNSET,
    "largeScaleCollection": UNSET,
    "crossReferencing": UNSET,
    "vulnerablePeople": UNSET,
    "isDPIARequired": UNSET,
    "dpiaDate": UNSET,
    "innovativeUse": UNSET,
    "exclusionBenefitRightContract": UNSET,
    "recipients": UNSET,
    "dataControllers": UNSET,
    "dataRetentionRules": UNSET,
    "purposes": UNSET,
    "securityMeasures": UNSET,
    "personCategories": UNSET,
    "progression": UNSET,
    "quality": UNSET,
    "sensitivity": UNSET,
    "riskLevel": UNSET,
    "visible": UNSET,
    "dpiaExemption": UNSET,
    "dpiaExemptionJustification": UNSET,
    "workSpaceId": UNSET,
    "nbReferences": UNSET,
    "referenceId": UNSET,
}

T = TypeVar("T", bound="DataProcessingDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("label", "label"),
        ("id", "id"),
        ("creator_user", "creatorUser"),
        ("state", "state"),
        ("date_deployment", "dateDeployment"),
        ("date_creation", "dateCreation"),
        ("date_archived", "dateArchived"),
        ("date_publication", "datePublication"),
        ("archived", "archived"),
        ("date_update", "dateUpdate"),
        ("version_description", "versionDescription"),
        ("processing_type", "processingType"),
        ("parent_id", "parentId"),
        ("area_id", "areaId"),
        ("area", "area"),
        ("entity", "entity"),
        ("merged_from", "mergedFrom"),
        ("merge_type", "mergeType"),
        ("readonly", "readonly"),
        ("editable", "editable"),
        ("assets", "assets"),
        ("work_flow_step_id", "workFlowStepId"),
        ("workflow_step", "workflowStep"),
        ("attachments", "attachments"),
        ("ref", "ref"),
        ("processing_state", "processingState"),
        ("description", "description"),
        ("description_html", "descriptionHtml"),
        ("tags", "tags"),
        ("subject_right_process_description", "subjectRightProcessDescription"),
        ("right_of_information", "rightOfInformation"),
        ("right_of_access", "rightOfAccess"),
        ("right_of_rectification", "rightOfRectification"),
        ("right_of_erasure", "rightOfErasure"),
        ("right_of_restriction", "rightOfRestriction"),
        ("right_of_opposition", "rightOfOpposition"),
        ("right_of_data_portability", "rightOfDataPortability"),
        ("advance_directives", "advanceDirectives"),
        ("advance_directives_description", "advanceDirectivesDescription"),
        ("right_of_information_description", "rightOfInformationDescription"),
        ("right_of_access_description", "rightOfAccessDescription"),
        ("right_of_rectification_description", "rightOfRectificationDescription"),
        ("right_of_erasure_description", "rightOfErasureDescription"),
        ("right_of_restriction_description", "rightOfRestrictionDescription"),
        ("right_of_opposition_description", "rightOfOppositionDescription"),
        ("right_of_data_portability_description", "rightOfDataPortabilityDescription"),
        ("owner", "owner"),
        ("owner_id", "ownerId"),
        ("stake_holders", "stakeHolders"),
        ("assessment_scoring", "assessmentScoring"),
        ("automatic_decision", "automaticDecision"),
        ("systematic_monitoring", "systematicMonitoring"),
        ("special_category_data", "specialCategoryData"),
        ("large_scale_collection", "largeScaleCollection"),
        ("cross_referencing", "crossReferencing"),
        ("vulnerable_people", "vulnerablePeople"),
        ("is_dpia_required", "isDPIARequired"),
        ("dpia_date", "dpiaDate"),
        ("innovative_use", "innovativeUse"),
        ("exclusion_benefit_right_contract", "exclusionBenefitRightContract"),
        ("recipients", "recipients"),
        ("data_controllers", "dataControllers"),
        ("data_retention_rules", "dataRetentionRules"),
        ("purposes", "purposes"),
        ("security_measures", "securityMeasures"),
        ("person_categories", "personCategories"),
        ("progression", "progression"),
        ("quality", "quality"),
        ("sensitivity", "sensitivity"),
        ("risk_level", "riskLevel"),
        ("visible", "visible"),
        ("dpia_exemption", "dpiaExemption"),
        ("dpia_exemption_justification", "dpiaExemptionJustification"),
        ("work_space_id", "workSpaceId"),
        ("nb_references", "nbReferences"),
        ("reference_id", "referenceId"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
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
        from ..models.area_base_dto import AreaBaseDto
        from ..models.user_light_dto import UserLightDto
        from ..models.work_flow_step_dto import WorkFlowStepDto

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "label" not in unreadable:
            label = self.label

            field_dict["label"] = label
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
        if "creator_user" not in unreadable:
            creator_user: dict[str, Any] | None | Unset
            if isinstance(self.creator_user, Unset):
                creator_user = UNSET
            elif isinstance(self.creator_user, UserLightDto):
                creator_user = self.creator_user.to_dict()
            else:
                creator_user = self.creator_user

            if creator_user is not UNSET:
                field_dict["creatorUser"] = creator_user
        if "state" not in unreadable:
            state: None | str | Unset
            if isinstance(self.state, Unset):
                state = UNSET
            elif isinstance(self.state, DataProcessingState):
                state = self.state.value
            else:
                state = self.state

            if state is not UNSET:
                field_dict["state"] = state
        if "date_deployment" not in unreadable:
            date_deployment: None | str | Unset
            if isinstance(self.date_deployment, Unset):
                date_deployment = UNSET
            elif isinstance(self.date_deployment, datetime.datetime):
                date_deployment = self.date_deployment.isoformat()
            else:
                date_deployment = self.date_deployment

            if date_deployment is not UNSET:
                field_dict["dateDeployment"] = date_deployment
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
        if "date_publication" not in unreadable:
            date_publication: None | str | Unset
            if isinstance(self.date_publication, Unset):
                date_publication = UNSET
            elif isinstance(self.date_publication, datetime.datetime):
                date_publication = self.date_publication.isoformat()
            else:
                date_publication = self.date_publication

            if date_publication is not UNSET:
                field_dict["datePublication"] = date_publication
        if "archived" not in unreadable:
            archived: bool | None | Unset
            if isinstance(self.archived, Unset):
                archived = UNSET
            else:
                archived = self.archived

            if archived is not UNSET:
                field_dict["archived"] = archived
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
        if "version_description" not in unreadable:
            version_description: None | str | Unset
            if isinstance(self.version_description, Unset):
                version_description = UNSET
            else:
                version_description = self.version_description

            if version_description is not UNSET:
                field_dict["versionDescription"] = version_description
        if "processing_type" not in unreadable:
            processing_type: None | str | Unset
            if isinstance(self.processing_type, Unset):
                processing_type = UNSET
            elif isinstance(self.processing_type, ProcessingType):
                processing_type = self.processing_type.value
            else:
                processing_type = self.processing_type

            if processing_type is not UNSET:
                field_dict["processingType"] = processing_type
        if "parent_id" not in unreadable:
            parent_id: None | str | Unset
            if isinstance(self.parent_id, Unset):
                parent_id = UNSET
            elif isinstance(self.parent_id, UUID):
                parent_id = str(self.parent_id)
            else:
                parent_id = self.parent_id

            if parent_id is not UNSET:
                field_dict["parentId"] = parent_id
        if "area_id" not in unreadable:
            area_id: int | None | Unset
            if isinstance(self.area_id, Unset):
                area_id = UNSET
            else:
                area_id = self.area_id

            if area_id is not UNSET:
                field_dict["areaId"] = area_id
        if "area" not in unreadable:
            area: dict[str, Any] | None | Unset
            if isinstance(self.area, Unset):
                area = UNSET
            elif isinstance(self.area, AreaBaseDto):
                area = self.area.to_dict()
            else:
                area = self.area

            if area is not UNSET:
                field_dict["area"] = area
        if "entity" not in unreadable:
            entity: dict[str, Any] | None | Unset
            if isinstance(self.entity, Unset):
                entity = UNSET
            elif isinstance(self.entity, AreaBaseDto):
                entity = self.entity.to_dict()
            else:
                entity = self.entity

            if entity is not UNSET:
                field_dict["entity"] = entity
        if "merged_from" not in unreadable:
            merged_from: dict[str, Any] | None | Unset
            if isinstance(self.merged_from, Unset):
                merged_from = UNSET
            elif isinstance(self.merged_from, DataProcessingDto):
                merged_from = self.merged_from.to_dict()
            else:
                merged_from = self.merged_from

            if merged_from is not UNSET:
                field_dict["mergedFrom"] = merged_from
        if "merge_type" not in unreadable:
            merge_type: None | str | Unset
            if isinstance(self.merge_type, Unset):
                merge_type = UNSET
            elif isinstance(self.merge_type, RelationShipType):
                merge_type = self.merge_type.value
            else:
                merge_type = self.merge_type

            if merge_type is not UNSET:
                field_dict["mergeType"] = merge_type
        if "readonly" not in unreadable:
            readonly: bool | None | Unset
            if isinstance(self.readonly, Unset):
                readonly = UNSET
            else:
                readonly = self.readonly

            if readonly is not UNSET:
                field_dict["readonly"] = readonly
        if "editable" not in unreadable:
            editable: bool | None | Unset
            if isinstance(self.editable, Unset):
                editable = UNSET
            else:
                editable = self.editable

            if editable is not UNSET:
                field_dict["editable"] = editable
        if "assets" not in unreadable:
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
        if "work_flow_step_id" not in unreadable:
            work_flow_step_id: int | None | Unset
            if isinstance(self.work_flow_step_id, Unset):
                work_flow_step_id = UNSET
            else:
                work_flow_step_id = self.work_flow_step_id

            if work_flow_step_id is not UNSET:
                field_dict["workFlowStepId"] = work_flow_step_id
        if "workflow_step" not in unreadable:
            workflow_step: dict[str, Any] | None | Unset
            if isinstance(self.workflow_step, Unset):
                workflow_step = UNSET
            elif isinstance(self.workflow_step, WorkFlowStepDto):
                workflow_step = self.workflow_step.to_dict()
            else:
                workflow_step = self.workflow_step

            if workflow_step is not UNSET:
                field_dict["workflowStep"] = workflow_step
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
        if "ref" not in unreadable:
            ref: None | str | Unset
            if isinstance(self.ref, Unset):
                ref = UNSET
            else:
                ref = self.ref

            if ref is not UNSET:
                field_dict["ref"] = ref
        if "processing_state" not in unreadable:
            processing_state: None | str | Unset
            if isinstance(self.processing_state, Unset):
                processing_state = UNSET
            elif isinstance(self.processing_state, ProcessingState):
                processing_state = self.processing_state.value
            else:
                processing_state = self.processing_state

            if processing_state is not UNSET:
                field_dict["processingState"] = processing_state
        if "description" not in unreadable:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

            if description is not UNSET:
                field_dict["description"] = description
        if "description_html" not in unreadable:
            description_html: None | str | Unset
            if isinstance(self.description_html, Unset):
                description_html = UNSET
            else:
                description_html = self.description_html

            if description_html is not UNSET:
                field_dict["descriptionHtml"] = description_html
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
        if "subject_right_process_description" not in unreadable:
            subject_right_process_description: None | str | Unset
            if isinstance(self.subject_right_process_description, Unset):
                subject_right_process_description = UNSET
            else:
                subject_right_process_description = self.subject_right_process_description

            if subject_right_process_description is not UNSET:
                field_dict["subjectRightProcessDescription"] = subject_right_process_description
        if "right_of_information" not in unreadable:
            right_of_information: None | str | Unset
            if isinstance(self.right_of_information, Unset):
                right_of_information = UNSET
            elif isinstance(self.right_of_information, AccessType):
                right_of_information = self.right_of_information.value
            else:
                right_of_information = self.right_of_information

            if right_of_information is not UNSET:
                field_dict["rightOfInformation"] = right_of_information
        if "right_of_access" not in unreadable:
            right_of_access: None | str | Unset
            if isinstance(self.right_of_access, Unset):
                right_of_access = UNSET
            elif isinstance(self.right_of_access, AccessType):
                right_of_access = self.right_of_access.value
            else:
                right_of_access = self.right_of_access

            if right_of_access is not UNSET:
                field_dict["rightOfAccess"] = right_of_access
        if "right_of_rectification" not in unreadable:
            right_of_rectification: None | str | Unset
            if isinstance(self.right_of_rectification, Unset):
                right_of_rectification = UNSET
            elif isinstance(self.right_of_rectification, AccessType):
                right_of_rectification = self.right_of_rectification.value
            else:
                right_of_rectification = self.right_of_rectification

            if right_of_rectification is not UNSET:
                field_dict["rightOfRectification"] = right_of_rectification
        if "right_of_erasure" not in unreadable:
            right_of_erasure: None | str | Unset
            if isinstance(self.right_of_erasure, Unset):
                right_of_erasure = UNSET
            elif isinstance(self.right_of_erasure, AccessType):
                right_of_erasure = self.right_of_erasure.value
            else:
                right_of_erasure = self.right_of_erasure

            if right_of_erasure is not UNSET:
                field_dict["rightOfErasure"] = right_of_erasure
        if "right_of_restriction" not in unreadable:
            right_of_restriction: None | str | Unset
            if isinstance(self.right_of_restriction, Unset):
                right_of_restriction = UNSET
            elif isinstance(self.right_of_restriction, AccessType):
                right_of_restriction = self.right_of_restriction.value
            else:
                right_of_restriction = self.right_of_restriction

            if right_of_restriction is not UNSET:
                field_dict["rightOfRestriction"] = right_of_restriction
        if "right_of_opposition" not in unreadable:
            right_of_opposition: None | str | Unset
            if isinstance(self.right_of_opposition, Unset):
                right_of_opposition = UNSET
            elif isinstance(self.right_of_opposition, AccessType):
                right_of_opposition = self.right_of_opposition.value
            else:
                right_of_opposition = self.right_of_opposition

            if right_of_opposition is not UNSET:
                field_dict["rightOfOpposition"] = right_of_opposition
        if "right_of_data_portability" not in unreadable:
            right_of_data_portability: None | str | Unset
            if isinstance(self.right_of_data_portability, Unset):
                right_of_data_portability = UNSET
            elif isinstance(self.right_of_data_portability, AccessType):
                right_of_data_portability = self.right_of_data_portability.value
            else:
                right_of_data_portability = self.right_of_data_portability

            if right_of_data_portability is not UNSET:
                field_dict["rightOfDataPortability"] = right_of_data_portability
        if "advance_directives" not in unreadable:
            advance_directives: None | str | Unset
            if isinstance(self.advance_directives, Unset):
                advance_directives = UNSET
            elif isinstance(self.advance_directives, AccessType):
                advance_directives = self.advance_directives.value
            else:
                advance_directives = self.advance_directives

            if advance_directives is not UNSET:
                field_dict["advanceDirectives"] = advance_directives
        if "advance_directives_description" not in unreadable:
            advance_directives_description: None | str | Unset
            if isinstance(self.advance_directives_description, Unset):
                advance_directives_description = UNSET
            else:
                advance_directives_description = self.advance_directives_description

            if advance_directives_description is not UNSET:
                field_dict["advanceDirectivesDescription"] = advance_directives_description
        if "right_of_information_description" not in unreadable:
            right_of_information_description: None | str | Unset
            if isinstance(self.right_of_information_description, Unset):
                right_of_information_description = UNSET
            else:
                right_of_information_description = self.right_of_information_description

            if right_of_information_description is not UNSET:
                field_dict["rightOfInformationDescription"] = right_of_information_description
        if "right_of_access_description" not in unreadable:
            right_of_access_description: None | str | Unset
            if isinstance(self.right_of_access_description, Unset):
                right_of_access_description = UNSET
            else:
                right_of_access_description = self.right_of_access_description

            if right_of_access_description is not UNSET:
                field_dict["rightOfAccessDescription"] = right_of_access_description
        if "right_of_rectification_description" not in unreadable:
            right_of_rectification_description: None | str | Unset
            if isinstance(self.right_of_rectification_description, Unset):
                right_of_rectification_description = UNSET
            else:
                right_of_rectification_description = self.right_of_rectification_description

            if right_of_rectification_description is not UNSET:
                field_dict["rightOfRectificationDescription"] = right_of_rectification_description
        if "right_of_erasure_description" not in unreadable:
            right_of_erasure_description: None | str | Unset
            if isinstance(self.right_of_erasure_description, Unset):
                right_of_erasure_description = UNSET
            else:
                right_of_erasure_description = self.right_of_erasure_description

            if right_of_erasure_description is not UNSET:
                field_dict["rightOfErasureDescription"] = right_of_erasure_description
        if "right_of_restriction_description" not in unreadable:
            right_of_restriction_description: None | str | Unset
            if isinstance(self.right_of_restriction_description, Unset):
                right_of_restriction_description = UNSET
            else:
                right_of_restriction_description = self.right_of_restriction_description

            if right_of_restriction_description is not UNSET:
                field_dict["rightOfRestrictionDescription"] = right_of_restriction_description
        if "right_of_opposition_description" not in unreadable:
            right_of_opposition_description: None | str | Unset
            if isinstance(self.right_of_opposition_description, Unset):
                right_of_opposition_description = UNSET
            else:
                right_of_opposition_description = self.right_of_opposition_description

            if right_of_opposition_description is not UNSET:
                field_dict["rightOfOppositionDescription"] = right_of_opposition_description
        if "right_of_data_portability_description" not in unreadable:
            right_of_data_portability_description: None | str | Unset
            if isinstance(self.right_of_data_portability_description, Unset):
                right_of_data_portability_description = UNSET
            else:
                right_of_data_portability_description = self.right_of_data_portability_description

            if right_of_data_portability_description is not UNSET:
                field_dict["rightOfDataPortabilityDescription"] = right_of_data_portability_description
        if "owner" not in unreadable:
            owner: dict[str, Any] | None | Unset
            if isinstance(self.owner, Unset):
                owner = UNSET
            elif isinstance(self.owner, UserLightDto):
                owner = self.owner.to_dict()
            else:
                owner = self.owner

            if owner is not UNSET:
                field_dict["owner"] = owner
        if "owner_id" not in unreadable:
            owner_id: int | None | Unset
            if isinstance(self.owner_id, Unset):
                owner_id = UNSET
            else:
                owner_id = self.owner_id

            if owner_id is not UNSET:
                field_dict["ownerId"] = owner_id
        if "stake_holders" not in unreadable:
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
        if "assessment_scoring" not in unreadable:
            assessment_scoring: bool | None | Unset
            if isinstance(self.assessment_scoring, Unset):
                assessment_scoring = UNSET
            else:
                assessment_scoring = self.assessment_scoring

            if assessment_scoring is not UNSET:
                field_dict["assessmentScoring"] = assessment_scoring
        if "automatic_decision" not in unreadable:
            automatic_decision: bool | None | Unset
            if isinstance(self.automatic_decision, Unset):
                automatic_decision = UNSET
            else:
                automatic_decision = self.automatic_decision

            if automatic_decision is not UNSET:
                field_dict["automaticDecision"] = automatic_decision
        if "systematic_monitoring" not in unreadable:
            systematic_monitoring: bool | None | Unset
            if isinstance(self.systematic_monitoring, Unset):
                systematic_monitoring = UNSET
            else:
                systematic_monitoring = self.systematic_monitoring

            if systematic_monitoring is not UNSET:
                field_dict["systematicMonitoring"] = systematic_monitoring
        if "special_category_data" not in unreadable:
            special_category_data: bool | None | Unset
            if isinstance(self.special_category_data, Unset):
                special_category_data = UNSET
            else:
                special_category_data = self.special_category_data

            if special_category_data is not UNSET:
                field_dict["specialCategoryData"] = special_category_data
        if "large_scale_collection" not in unreadable:
            large_scale_collection: bool | None | Unset
            if isinstance(self.large_scale_collection, Unset):
                large_scale_collection = UNSET
            else:
                large_scale_collection = self.large_scale_collection

            if large_scale_collection is not UNSET:
                field_dict["largeScaleCollection"] = large_scale_collection
        if "cross_referencing" not in unreadable:
            cross_referencing: bool | None | Unset
            if isinstance(self.cross_referencing, Unset):
                cross_referencing = UNSET
            else:
                cross_referencing = self.cross_referencing

            if cross_referencing is not UNSET:
                field_dict["crossReferencing"] = cross_referencing
        if "vulnerable_people" not in unreadable:
            vulnerable_people: bool | None | Unset
            if isinstance(self.vulnerable_people, Unset):
                vulnerable_people = UNSET
            else:
                vulnerable_people = self.vulnerable_people

            if vulnerable_people is not UNSET:
                field_dict["vulnerablePeople"] = vulnerable_people
        if "is_dpia_required" not in unreadable:
            is_dpia_required: bool | None | Unset
            if isinstance(self.is_dpia_required, Unset):
                is_dpia_required = UNSET
            else:
                is_dpia_required = self.is_dpia_required

            if is_dpia_required is not UNSET:
                field_dict["isDPIARequired"] = is_dpia_required
        if "dpia_date" not in unreadable:
            dpia_date: None | str | Unset
            if isinstance(self.dpia_date, Unset):
                dpia_date = UNSET
            elif isinstance(self.dpia_date, datetime.datetime):
                dpia_date = self.dpia_date.isoformat()
            else:
                dpia_date = self.dpia_date

            if dpia_date is not UNSET:
                field_dict["dpiaDate"] = dpia_date
        if "innovative_use" not in unreadable:
            innovative_use: bool | None | Unset
            if isinstance(self.innovative_use, Unset):
                innovative_use = UNSET
            else:
                innovative_use = self.innovative_use

            if innovative_use is not UNSET:
                field_dict["innovativeUse"] = innovative_use
        if "exclusion_benefit_right_contract" not in unreadable:
            exclusion_benefit_right_contract: bool | None | Unset
            if isinstance(self.exclusion_benefit_right_contract, Unset):
                exclusion_benefit_right_contract = UNSET
            else:
                exclusion_benefit_right_contract = self.exclusion_benefit_right_contract

            if exclusion_benefit_right_contract is not UNSET:
                field_dict["exclusionBenefitRightContract"] = exclusion_benefit_right_contract
        if "recipients" not in unreadable:
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
        if "data_controllers" not in unreadable:
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
        if "data_retention_rules" not in unreadable:
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
        if "purposes" not in unreadable:
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
        if "security_measures" not in unreadable:
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
        if "progression" not in unreadable:
            progression: float | None | Unset
            if isinstance(self.progression, Unset):
                progression = UNSET
            else:
                progression = self.progression

            if progression is not UNSET:
                field_dict["progression"] = progression
        if "quality" not in unreadable:
            quality: float | None | Unset
            if isinstance(self.quality, Unset):
                quality = UNSET
            else:
                quality = self.quality

            if quality is not UNSET:
                field_dict["quality"] = quality
        if "sensitivity" not in unreadable:
            sensitivity: float | None | Unset
            if isinstance(self.sensitivity, Unset):
                sensitivity = UNSET
            else:
                sensitivity = self.sensitivity

            if sensitivity is not UNSET:
                field_dict["sensitivity"] = sensitivity
        if "risk_level" not in unreadable:
            risk_level: float | None | Unset
            if isinstance(self.risk_level, Unset):
                risk_level = UNSET
            else:
                risk_level = self.risk_level

            if risk_level is not UNSET:
                field_dict["riskLevel"] = risk_level
        if "visible" not in unreadable:
            visible: bool | None | Unset
            if isinstance(self.visible, Unset):
                visible = UNSET
            else:
                visible = self.visible

            if visible is not UNSET:
                field_dict["visible"] = visible
        if "dpia_exemption" not in unreadable:
            dpia_exemption: bool | None | Unset
            if isinstance(self.dpia_exemption, Unset):
                dpia_exemption = UNSET
            else:
                dpia_exemption = self.dpia_exemption

            if dpia_exemption is not UNSET:
                field_dict["dpiaExemption"] = dpia_exemption
        if "dpia_exemption_justification" not in unreadable:
            dpia_exemption_justification: None | str | Unset
            if isinstance(self.dpia_exemption_justification, Unset):
                dpia_exemption_justification = UNSET
            else:
                dpia_exemption_justification = self.dpia_exemption_justification

            if dpia_exemption_justification is not UNSET:
                field_dict["dpiaExemptionJustification"] = dpia_exemption_justification
        if "work_space_id" not in unreadable:
            work_space_id: int | None | Unset
            if isinstance(self.work_space_id, Unset):
                work_space_id = UNSET
            else:
                work_space_id = self.work_space_id

            if work_space_id is not UNSET:
                field_dict["workSpaceId"] = work_space_id
        if "nb_references" not in unreadable:
            nb_references: int | None | Unset
            if isinstance(self.nb_references, Unset):
                nb_references = UNSET
            else:
                nb_references = self.nb_references

            if nb_references is not UNSET:
                field_dict["nbReferences"] = nb_references
        if "reference_id" not in unreadable:
            reference_id: None | str | Unset
            if isinstance(self.reference_id, Unset):
                reference_id = UNSET
            elif isinstance(self.reference_id, UUID):
                reference_id = str(self.reference_id)
            else:
                reference_id = self.reference_id

            if reference_id is not UNSET:
                field_dict["referenceId"] = reference_id
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
            if len(src_dict) >= 76:
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

        value = values[2]
        if value is None:
            parsed.creator_user = None
        elif value is UNSET:
            parsed.creator_user = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.creator_user = UserLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "creator_user", "creatorUser", "UserLightDto | None", value)
            else:
                invalid(parsed, "creator_user", "creatorUser", "UserLightDto | None", value)

        value = values[3]
        if isinstance(value, str):
            parsed.state = _DATA_PROCESSING_STATE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.state = None
        elif value is UNSET:
            parsed.state = UNSET
            absent += 1
        else:
            invalid(parsed, "state", "state", "DataProcessingState | str | None", value)

        value = values[4]
        if value is None:
            parsed.date_deployment = None
        elif value is UNSET:
            parsed.date_deployment = UNSET
            absent += 1
        else:
            try:
                parsed.date_deployment = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_deployment", "dateDeployment", "datetime.datetime | None", value)

        value = values[5]
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

        value = values[6]
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

        value = values[7]
        if value is None:
            parsed.date_publication = None
        elif value is UNSET:
            parsed.date_publication = UNSET
            absent += 1
        else:
            try:
                parsed.date_publication = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_publication", "datePublication", "datetime.datetime | None", value)

        value = values[8]
        if type(value) is bool or value is None:
            parsed.archived = value
        elif value is UNSET:
            parsed.archived = UNSET
            absent += 1
        else:
            invalid(parsed, "archived", "archived", "bool | None", value)

        value = values[9]
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

        value = values[10]
        if isinstance(value, str) or value is None:
            parsed.version_description = value
        elif value is UNSET:
            parsed.version_description = UNSET
            absent += 1
        else:
            invalid(parsed, "version_description", "versionDescription", "str | None", value)

        value = values[11]
        if isinstance(value, str):
            parsed.processing_type = _PROCESSING_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.processing_type = None
        elif value is UNSET:
            parsed.processing_type = UNSET
            absent += 1
        else:
            invalid(parsed, "processing_type", "processingType", "ProcessingType | str | None", value)

        value = values[12]
        if value is None:
            parsed.parent_id = None
        elif value is UNSET:
            parsed.parent_id = UNSET
            absent += 1
        else:
            try:
                parsed.parent_id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "parent_id", "parentId", "UUID | None", value)

        value = values[13]
        if type(value) is int or value is None:
            parsed.area_id = value
        elif value is UNSET:
            parsed.area_id = UNSET
            absent += 1
        else:
            invalid(parsed, "area_id", "areaId", "int | None", value)

        value = values[14]
        if value is None:
            parsed.area = None
        elif value is UNSET:
            parsed.area = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.area = AreaBaseDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "area", "area", "AreaBaseDto | None", value)
            else:
                invalid(parsed, "area", "area", "AreaBaseDto | None", value)

        value = values[15]
        if value is None:
            parsed.entity = None
        elif value is UNSET:
            parsed.entity = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.entity = AreaBaseDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "entity", "entity", "AreaBaseDto | None", value)
            else:
                invalid(parsed, "entity", "entity", "AreaBaseDto | None", value)

        value = values[16]
        if value is None:
            parsed.merged_from = None
        elif value is UNSET:
            parsed.merged_from = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.merged_from = DataProcessingDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "merged_from", "mergedFrom", "DataProcessingDto | None", value)
            else:
                invalid(parsed, "merged_from", "mergedFrom", "DataProcessingDto | None", value)

        value = values[17]
        if isinstance(value, str):
            parsed.merge_type = _RELATION_SHIP_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.merge_type = None
        elif value is UNSET:
            parsed.merge_type = UNSET
            absent += 1
        else:
            invalid(parsed, "merge_type", "mergeType", "RelationShipType | str | None", value)

        value = values[18]
        if type(value) is bool or value is None:
            parsed.readonly = value
        elif value is UNSET:
            parsed.readonly = UNSET
            absent += 1
        else:
            invalid(parsed, "readonly", "readonly", "bool | None", value)

        value = values[19]
        if type(value) is bool or value is None:
            parsed.editable = value
        elif value is UNSET:
            parsed.editable = UNSET
            absent += 1
        else:
            invalid(parsed, "editable", "editable", "bool | None", value)

        value = values[20]
        if value is None:
            parsed.assets = None
        elif value is UNSET:
            parsed.assets = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.assets = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.assets = list(map(AssetDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed, "assets", "assets", "list[AssetDto] | None", value, items=AssetDto.from_dict
                    )
            else:
                invalid(parsed, "assets", "assets", "list[AssetDto] | None", value)

        value = values[21]
        if type(value) is int or value is None:
            parsed.work_flow_step_id = value
        elif value is UNSET:
            parsed.work_flow_step_id = UNSET
            absent += 1
        else:
            invalid(parsed, "work_flow_step_id", "workFlowStepId", "int | None", value)

        value = values[22]
        if value is None:
            parsed.workflow_step = None
        elif value is UNSET:
            parsed.workflow_step = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.workflow_step = WorkFlowStepDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "workflow_step", "workflowStep", "WorkFlowStepDto | None", value)
            else:
                invalid(parsed, "workflow_step", "workflowStep", "WorkFlowStepDto | None", value)

        value = values[23]
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

        value = values[24]
        if isinstance(value, str) or value is None:
            parsed.ref = value
        elif value is UNSET:
            parsed.ref = UNSET
            absent += 1
        else:
            invalid(parsed, "ref", "ref", "str | None", value)

        value = values[25]
        if isinstance(value, str):
            parsed.processing_state = _PROCESSING_STATE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.processing_state = None
        elif value is UNSET:
            parsed.processing_state = UNSET
            absent += 1
        else:
            invalid(parsed, "processing_state", "processingState", "ProcessingState | str | None", value)

        value = values[26]
        if isinstance(value, str) or value is None:
            parsed.description = value
        elif value is UNSET:
            parsed.description = UNSET
            absent += 1
        else:
            invalid(parsed, "description", "description", "str | None", value)

        value = values[27]
        if isinstance(value, str) or value is None:
            parsed.description_html = value
        elif value is UNSET:
            parsed.description_html = UNSET
            absent += 1
        else:
            invalid(parsed, "description_html", "descriptionHtml", "str | None", value)

        value = values[28]
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

        value = values[29]
        if isinstance(value, str) or value is None:
            parsed.subject_right_process_description = value
        elif value is UNSET:
            parsed.subject_right_process_description = UNSET
            absent += 1
        else:
            invalid(
                parsed,
                "subject_right_process_description",
                "subjectRightProcessDescription",
                "str | None",
                value,
            )

        value = values[30]
        if isinstance(value, str):
            parsed.right_of_information = _ACCESS_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.right_of_information = None
        elif value is UNSET:
            parsed.right_of_information = UNSET
            absent += 1
        else:
            invalid(parsed, "right_of_information", "rightOfInformation", "AccessType | str | None", value)

        value = values[31]
        if isinstance(value, str):
            parsed.right_of_access = _ACCESS_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.right_of_access = None
        elif value is UNSET:
            parsed.right_of_access = UNSET
            absent += 1
        else:
            invalid(parsed, "right_of_access", "rightOfAccess", "AccessType | str | None", value)

        value = values[32]
        if isinstance(value, str):
            parsed.right_of_rectification = _ACCESS_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.right_of_rectification = None
        elif value is UNSET:
            parsed.right_of_rectification = UNSET
            absent += 1
        else:
            invalid(
                parsed, "right_of_rectification", "rightOfRectification", "AccessType | str | None", value
            )

        value = values[33]
        if isinstance(value, str):
            parsed.right_of_erasure = _ACCESS_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.right_of_erasure = None
        elif value is UNSET:
            parsed.right_of_erasure = UNSET
            absent += 1
        else:
            invalid(parsed, "right_of_erasure", "rightOfErasure", "AccessType | str | None", value)

        value = values[34]
        if isinstance(value, str):
            parsed.right_of_restriction = _ACCESS_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.right_of_restriction = None
        elif value is UNSET:
            parsed.right_of_restriction = UNSET
            absent += 1
        else:
            invalid(parsed, "right_of_restriction", "rightOfRestriction", "AccessType | str | None", value)

        value = values[35]
        if isinstance(value, str):
            parsed.right_of_opposition = _ACCESS_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.right_of_opposition = None
        elif value is UNSET:
            parsed.right_of_opposition = UNSET
            absent += 1
        else:
            invalid(parsed, "right_of_opposition", "rightOfOpposition", "AccessType | str | None", value)

        value = values[36]
        if isinstance(value, str):
            parsed.right_of_data_portability = _ACCESS_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.right_of_data_portability = None
        elif value is UNSET:
            parsed.right_of_data_portability = UNSET
            absent += 1
        else:
            invalid(
                parsed,
                "right_of_data_portability",
                "rightOfDataPortability",
                "AccessType | str | None",
                value,
            )

        value = values[37]
        if isinstance(value, str):
            parsed.advance_directives = _ACCESS_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.advance_directives = None
        elif value is UNSET:
            parsed.advance_directives = UNSET
            absent += 1
        else:
            invalid(parsed, "advance_directives", "advanceDirectives", "AccessType | str | None", value)

        value = values[38]
        if isinstance(value, str) or value is None:
            parsed.advance_directives_description = value
        elif value is UNSET:
            parsed.advance_directives_description = UNSET
            absent += 1
        else:
            invalid(
                parsed, "advance_directives_description", "advanceDirectivesDescription", "str | None", value
            )

        value = values[39]
        if isinstance(value, str) or value is None:
            parsed.right_of_information_description = value
        elif value is UNSET:
            parsed.right_of_information_description = UNSET
            absent += 1
        else:
            invalid(
                parsed,
                "right_of_information_description",
                "rightOfInformationDescription",
                "str | None",
                value,
            )

        value = values[40]
        if isinstance(value, str) or value is None:
            parsed.right_of_access_description = value
        elif value is UNSET:
            parsed.right_of_access_description = UNSET
            absent += 1
        else:
            invalid(parsed, "right_of_access_description", "rightOfAccessDescription", "str | None", value)

        value = values[41]
        if isinstance(value, str) or value is None:
            parsed.right_of_rectification_description = value
        elif value is UNSET:
            parsed.right_of_rectification_description = UNSET
            absent += 1
        else:
            invalid(
                parsed,
                "right_of_rectification_description",
                "rightOfRectificationDescription",
                "str | None",
                value,
            )

        value = values[42]
        if isinstance(value, str) or value is None:
            parsed.right_of_erasure_description = value
        elif value is UNSET:
            parsed.right_of_erasure_description = UNSET
            absent += 1
        else:
            invalid(parsed, "right_of_erasure_description", "rightOfErasureDescription", "str | None", value)

        value = values[43]
        if isinstance(value, str) or value is None:
            parsed.right_of_restriction_description = value
        elif value is UNSET:
            parsed.right_of_restriction_description = UNSET
            absent += 1
        else:
            invalid(
                parsed,
                "right_of_restriction_description",
                "rightOfRestrictionDescription",
                "str | None",
                value,
            )

        value = values[44]
        if isinstance(value, str) or value is None:
            parsed.right_of_opposition_description = value
        elif value is UNSET:
            parsed.right_of_opposition_description = UNSET
            absent += 1
        else:
            invalid(
                parsed, "right_of_opposition_description", "rightOfOppositionDescription", "str | None", value
            )

        value = values[45]
        if isinstance(value, str) or value is None:
            parsed.right_of_data_portability_description = value
        elif value is UNSET:
            parsed.right_of_data_portability_description = UNSET
            absent += 1
        else:
            invalid(
                parsed,
                "right_of_data_portability_description",
                "rightOfDataPortabilityDescription",
                "str | None",
                value,
            )

        value = values[46]
        if value is None:
            parsed.owner = None
        elif value is UNSET:
            parsed.owner = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.owner = UserLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "owner", "owner", "UserLightDto | None", value)
            else:
                invalid(parsed, "owner", "owner", "UserLightDto | None", value)

        value = values[47]
        if type(value) is int or value is None:
            parsed.owner_id = value
        elif value is UNSET:
            parsed.owner_id = UNSET
            absent += 1
        else:
            invalid(parsed, "owner_id", "ownerId", "int | None", value)

        value = values[48]
        if value is None:
            parsed.stake_holders = None
        elif value is UNSET:
            parsed.stake_holders = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.stake_holders = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.stake_holders = list(map(DataProcessingActorDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "stake_holders",
                        "stakeHolders",
                        "list[DataProcessingActorDto] | None",
                        value,
                        items=DataProcessingActorDto.from_dict,
                    )
            else:
                invalid(parsed, "stake_holders", "stakeHolders", "list[DataProcessingActorDto] | None", value)

        value = values[49]
        if type(value) is bool or value is None:
            parsed.assessment_scoring = value
        elif value is UNSET:
            parsed.assessment_scoring = UNSET
            absent += 1
        else:
            invalid(parsed, "assessment_scoring", "assessmentScoring", "bool | None", value)

        value = values[50]
        if type(value) is bool or value is None:
            parsed.automatic_decision = value
        elif value is UNSET:
            parsed.automatic_decision = UNSET
            absent += 1
        else:
            invalid(parsed, "automatic_decision", "automaticDecision", "bool | None", value)

        value = values[51]
        if type(value) is bool or value is None:
            parsed.systematic_monitoring = value
        elif value is UNSET:
            parsed.systematic_monitoring = UNSET
            absent += 1
        else:
            invalid(parsed, "systematic_monitoring", "systematicMonitoring", "bool | None", value)

        value = values[52]
        if type(value) is bool or value is None:
            parsed.special_category_data = value
        elif value is UNSET:
            parsed.special_category_data = UNSET
            absent += 1
        else:
            invalid(parsed, "special_category_data", "specialCategoryData", "bool | None", value)

        value = values[53]
        if type(value) is bool or value is None:
            parsed.large_scale_collection = value
        elif value is UNSET:
            parsed.large_scale_collection = UNSET
            absent += 1
        else:
            invalid(parsed, "large_scale_collection", "largeScaleCollection", "bool | None", value)

        value = values[54]
        if type(value) is bool or value is None:
            parsed.cross_referencing = value
        elif value is UNSET:
            parsed.cross_referencing = UNSET
            absent += 1
        else:
            invalid(parsed, "cross_referencing", "crossReferencing", "bool | None", value)

        value = values[55]
        if type(value) is bool or value is None:
            parsed.vulnerable_people = value
        elif value is UNSET:
            parsed.vulnerable_people = UNSET
            absent += 1
        else:
            invalid(parsed, "vulnerable_people", "vulnerablePeople", "bool | None", value)

        value = values[56]
        if type(value) is bool or value is None:
            parsed.is_dpia_required = value
        elif value is UNSET:
            parsed.is_dpia_required = UNSET
            absent += 1
        else:
            invalid(parsed, "is_dpia_required", "isDPIARequired", "bool | None", value)

        value = values[57]
        if value is None:
            parsed.dpia_date = None
        elif value is UNSET:
            parsed.dpia_date = UNSET
            absent += 1
        else:
            try:
                parsed.dpia_date = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "dpia_date", "dpiaDate", "datetime.datetime | None", value)

        value = values[58]
        if type(value) is bool or value is None:
            parsed.innovative_use = value
        elif value is UNSET:
            parsed.innovative_use = UNSET
            absent += 1
        else:
            invalid(parsed, "innovative_use", "innovativeUse", "bool | None", value)

        value = values[59]
        if type(value) is bool or value is None:
            parsed.exclusion_benefit_right_contract = value
        elif value is UNSET:
            parsed.exclusion_benefit_right_contract = UNSET
            absent += 1
        else:
            invalid(
                parsed,
                "exclusion_benefit_right_contract",
                "exclusionBenefitRightContract",
                "bool | None",
                value,
            )

        value = values[60]
        if value is None:
            parsed.recipients = None
        elif value is UNSET:
            parsed.recipients = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.recipients = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.recipients = list(map(DataProcessingActorDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "recipients",
                        "recipients",
                        "list[DataProcessingActorDto] | None",
                        value,
                        items=DataProcessingActorDto.from_dict,
                    )
            else:
                invalid(parsed, "recipients", "recipients", "list[DataProcessingActorDto] | None", value)

        value = values[61]
        if value is None:
            parsed.data_controllers = None
        elif value is UNSET:
            parsed.data_controllers = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.data_controllers = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.data_controllers = list(map(DataProcessingDataControllerDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "data_controllers",
                        "dataControllers",
                        "list[DataProcessingDataControllerDto] | None",
                        value,
                        items=DataProcessingDataControllerDto.from_dict,
                    )
            else:
                invalid(
                    parsed,
                    "data_controllers",
                    "dataControllers",
                    "list[DataProcessingDataControllerDto] | None",
                    value,
                )

        value = values[62]
        if value is None:
            parsed.data_retention_rules = None
        elif value is UNSET:
            parsed.data_retention_rules = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.data_retention_rules = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.data_retention_rules = list(map(DataRetentionRuleDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "data_retention_rules",
                        "dataRetentionRules",
                        "list[DataRetentionRuleDto] | None",
                        value,
                        items=DataRetentionRuleDto.from_dict,
                    )
            else:
                invalid(
                    parsed,
                    "data_retention_rules",
                    "dataRetentionRules",
                    "list[DataRetentionRuleDto] | None",
                    value,
                )

        value = values[63]
        if value is None:
            parsed.purposes = None
        elif value is UNSET:
            parsed.purposes = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.purposes = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.purposes = list(map(PurposeDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "purposes",
                        "purposes",
                        "list[PurposeDto] | None",
                        value,
                        items=PurposeDto.from_dict,
                    )
            else:
                invalid(parsed, "purposes", "purposes", "list[PurposeDto] | None", value)

        value = values[64]
        if value is None:
            parsed.security_measures = None
        elif value is UNSET:
            parsed.security_measures = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.security_measures = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.security_measures = list(map(SecurityMeasureDataTreatmentDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "security_measures",
                        "securityMeasures",
                        "list[SecurityMeasureDataTreatmentDto] | None",
                        value,
                        items=SecurityMeasureDataTreatmentDto.from_dict,
                    )
            else:
                invalid(
                    parsed,
                    "security_measures",
                    "securityMeasures",
                    "list[SecurityMeasureDataTreatmentDto] | None",
                    value,
                )

        value = values[65]
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
                    parsed.person_categories = list(map(DataProcessingPersonCategoryDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "person_categories",
                        "personCategories",
                        "list[DataProcessingPersonCategoryDto] | None",
                        value,
                        items=DataProcessingPersonCategoryDto.from_dict,
                    )
            else:
                invalid(
                    parsed,
                    "person_categories",
                    "personCategories",
                    "list[DataProcessingPersonCategoryDto] | None",
                    value,
                )

        value = values[66]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.progression = value
        elif value is UNSET:
            parsed.progression = UNSET
            absent += 1
        else:
            invalid(parsed, "progression", "progression", "float | None", value)

        value = values[67]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.quality = value
        elif value is UNSET:
            parsed.quality = UNSET
            absent += 1
        else:
            invalid(parsed, "quality", "quality", "float | None", value)

        value = values[68]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.sensitivity = value
        elif value is UNSET:
            parsed.sensitivity = UNSET
            absent += 1
        else:
            invalid(parsed, "sensitivity", "sensitivity", "float | None", value)

        value = values[69]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.risk_level = value
        elif value is UNSET:
            parsed.risk_level = UNSET
            absent += 1
        else:
            invalid(parsed, "risk_level", "riskLevel", "float | None", value)

        value = values[70]
        if type(value) is bool or value is None:
            parsed.visible = value
        elif value is UNSET:
            parsed.visible = UNSET
            absent += 1
        else:
            invalid(parsed, "visible", "visible", "bool | None", value)

        value = values[71]
        if type(value) is bool or value is None:
            parsed.dpia_exemption = value
        elif value is UNSET:
            parsed.dpia_exemption = UNSET
            absent += 1
        else:
            invalid(parsed, "dpia_exemption", "dpiaExemption", "bool | None", value)

        value = values[72]
        if isinstance(value, str) or value is None:
            parsed.dpia_exemption_justification = value
        elif value is UNSET:
            parsed.dpia_exemption_justification = UNSET
            absent += 1
        else:
            invalid(parsed, "dpia_exemption_justification", "dpiaExemptionJustification", "str | None", value)

        value = values[73]
        if type(value) is int or value is None:
            parsed.work_space_id = value
        elif value is UNSET:
            parsed.work_space_id = UNSET
            absent += 1
        else:
            invalid(parsed, "work_space_id", "workSpaceId", "int | None", value)

        value = values[74]
        if type(value) is int or value is None:
            parsed.nb_references = value
        elif value is UNSET:
            parsed.nb_references = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_references", "nbReferences", "int | None", value)

        value = values[75]
        if value is None:
            parsed.reference_id = None
        elif value is UNSET:
            parsed.reference_id = UNSET
            absent += 1
        else:
            try:
                parsed.reference_id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "reference_id", "referenceId", "UUID | None", value)

        if len(src_dict) + absent == 76:  # every key is a known one
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
