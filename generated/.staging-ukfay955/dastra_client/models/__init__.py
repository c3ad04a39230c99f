"""All the data models used in requests and responses, imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_level import AccessLevel
    from .access_type import AccessType
    from .actor_data_processing_batch_dto import ActorDataProcessingBatchDto
    from .actor_data_processing_delete_batch_dto import ActorDataProcessingDeleteBatchDto
    from .actor_data_processing_light_dto import ActorDataProcessingLightDto
    from .actor_dto import ActorDto
    from .actor_dto_json_patch_document import ActorDtoJsonPatchDocument
    from .actor_dto_operation import ActorDtoOperation
    from .actor_dto_paged_list import ActorDtoPagedList
    from .actor_light_dto import ActorLightDto
    from .actor_query import ActorQuery
    from .actor_referenced_as import ActorReferencedAs
    from .actor_type import ActorType
    from .admin_permission import AdminPermission
    from .application_state import ApplicationState
    from .application_type import ApplicationType
    from .archive_payload import ArchivePayload
    from .area_base_dto import AreaBaseDto
    from .area_data_processing_tree_item_dto import AreaDataProcessingTreeItemDto
    from .area_dto import AreaDto
    from .area_dto_paged_list import AreaDtoPagedList
    from .area_hierarchy_dto import AreaHierarchyDto
    from .area_import_model import AreaImportModel
    from .area_light_dto import AreaLightDto
    from .area_type import AreaType
    from .areas_areas_import_body import AreasAreasImportBody
    from .areas_areas_import_body_headers import AreasAreasImportBodyHeaders
    from .asset_dto import AssetDto
    from .asset_dto_paged_list import AssetDtoPagedList
    from .asset_type import AssetType
    from .attachment_dto import AttachmentDto
    from .attachment_source import AttachmentSource
    from .attachment_type import AttachmentType
    from .audit_annotation_dto import AuditAnnotationDto
    from .audit_annotation_state import AuditAnnotationState
    from .audit_answer import AuditAnswer
    from .audit_attachment import AuditAttachment
    from .audit_attachment_type import AuditAttachmentType
    from .audit_matrix_dto import AuditMatrixDto
    from .audit_object_type import AuditObjectType
    from .audit_query_type import AuditQueryType
    from .audit_question import AuditQuestion
    from .audit_question_dynamic_object_type import AuditQuestionDynamicObjectType
    from .audit_question_type import AuditQuestionType
    from .audit_radar_graph import AuditRadarGraph
    from .audit_radar_graph_serie_value import AuditRadarGraphSerieValue
    from .audit_related_task import AuditRelatedTask
    from .audit_response_change_state_dto import AuditResponseChangeStateDto
    from .audit_response_dto import AuditResponseDto
    from .audit_response_dto_paged_list import AuditResponseDtoPagedList
    from .audit_response_evaluation_state import AuditResponseEvaluationState
    from .audit_response_invitation_dto import AuditResponseInvitationDto
    from .audit_response_item import AuditResponseItem
    from .audit_response_item_dto import AuditResponseItemDto
    from .audit_response_light_dto import AuditResponseLightDto
    from .audit_response_light_dto_paged_list import AuditResponseLightDtoPagedList
    from .audit_response_planification_dto import AuditResponsePlanificationDto
    from .audit_response_query import AuditResponseQuery
    from .audit_response_renew_dto import AuditResponseRenewDto
    from .audit_response_state import AuditResponseState
    from .audit_response_state_payload import AuditResponseStatePayload
    from .audit_response_update_dto import AuditResponseUpdateDto
    from .audit_result_analysis import AuditResultAnalysis
    from .audit_result_analysis_variant import AuditResultAnalysisVariant
    from .audit_risk_level import AuditRiskLevel
    from .audit_section import AuditSection
    from .audit_shared_link import AuditSharedLink
    from .audit_stake_holder_dto import AuditStakeHolderDto
    from .audit_stake_holder_type import AuditStakeHolderType
    from .audit_task import AuditTask
    from .audit_template_combination_dto import AuditTemplateCombinationDto
    from .audit_template_dto import AuditTemplateDto
    from .audit_template_light_dto import AuditTemplateLightDto
    from .audit_template_light_dto_paged_list import AuditTemplateLightDtoPagedList
    from .audit_template_type import AuditTemplateType
    from .base_role import BaseRole
    from .billing_type import BillingType
    from .categories_dto import CategoriesDto
    from .category_dto import CategoryDto
    from .chart_serie_value import ChartSerieValue
    from .closed_reason import ClosedReason
    from .cloud_attachment_content_dto import CloudAttachmentContentDto
    from .cloud_attachment_delete_dto import CloudAttachmentDeleteDto
    from .cloud_attachment_dto import CloudAttachmentDto
    from .cloud_attachment_list_dto import CloudAttachmentListDto
    from .cloud_attachment_move_dto import CloudAttachmentMoveDto
    from .cloud_drive import CloudDrive
    from .cloud_provider import CloudProvider
    from .comment_counters import CommentCounters
    from .comment_creation_dto import CommentCreationDto
    from .comment_dto import CommentDto
    from .comment_dto_paged_list import CommentDtoPagedList
    from .comment_object_type import CommentObjectType
    from .compliance_rule import ComplianceRule
    from .condition_rule_operator import ConditionRuleOperator
    from .condition_rule_separator import ConditionRuleSeparator
    from .condition_rule_set import ConditionRuleSet
    from .content_dto import ContentDto
    from .content_dto_paged_list import ContentDtoPagedList
    from .content_state import ContentState
    from .control_point_answer import ControlPointAnswer
    from .control_point_dto import ControlPointDto
    from .control_point_light_dto import ControlPointLightDto
    from .control_point_response_attachment import ControlPointResponseAttachment
    from .control_point_response_dto import ControlPointResponseDto
    from .control_point_response_state import ControlPointResponseState
    from .control_point_type import ControlPointType
    from .control_point_update_dto import ControlPointUpdateDto
    from .create_cloud_folder_dto import CreateCloudFolderDto
    from .data_breach_dto import DataBreachDto
    from .data_breach_dto_json_patch_document import DataBreachDtoJsonPatchDocument
    from .data_breach_dto_operation import DataBreachDtoOperation
    from .data_breach_dto_paged_list import DataBreachDtoPagedList
    from .data_breach_export_query import DataBreachExportQuery
    from .data_breach_impact_score import DataBreachImpactScore
    from .data_breach_invitation_dto import DataBreachInvitationDto
    from .data_breach_notification_dto import DataBreachNotificationDto
    from .data_breach_notification_support import DataBreachNotificationSupport
    from .data_breach_notification_type import DataBreachNotificationType
    from .data_breach_person_category_dto import DataBreachPersonCategoryDto
    from .data_breach_probability_score import DataBreachProbabilityScore
    from .data_breach_reason import DataBreachReason
    from .data_breach_risk_level import DataBreachRiskLevel
    from .data_breach_state import DataBreachState
    from .data_breach_type import DataBreachType
    from .data_field_dto import DataFieldDto
    from .data_field_dto_paged_list import DataFieldDtoPagedList
    from .data_processing_actor_complete_dto import DataProcessingActorCompleteDto
    from .data_processing_actor_dto import DataProcessingActorDto
    from .data_processing_actor_type import DataProcessingActorType
    from .data_processing_creation_dto import DataProcessingCreationDto
    from .data_processing_dashboard_dto import DataProcessingDashboardDto
    from .data_processing_data_controller_dto import DataProcessingDataControllerDto
    from .data_processing_dto import DataProcessingDto
    from .data_processing_dto_paged_list import DataProcessingDtoPagedList
    from .data_processing_insight import DataProcessingInsight
    from .data_processing_insight_messages import DataProcessingInsightMessages
    from .data_processing_invitation_dto import DataProcessingInvitationDto
    from .data_processing_light_dto import DataProcessingLightDto
    from .data_processing_node_type import DataProcessingNodeType
    from .data_processing_person_category_dto import DataProcessingPersonCategoryDto
    from .data_processing_query import DataProcessingQuery
    from .data_processing_relation_ship_dto import DataProcessingRelationShipDto
    from .data_processing_set_state_dto import DataProcessingSetStateDto
    from .data_processing_stat_value_dto import DataProcessingStatValueDto
    from .data_processing_state import DataProcessingState
    from .data_processing_stats_dto import DataProcessingStatsDto
    from .data_processing_tree_dto import DataProcessingTreeDto
    from .data_processing_tree_item_dto import DataProcessingTreeItemDto
    from .data_processing_update_dto import DataProcessingUpdateDto
    from .data_processing_update_dto_json_patch_document import DataProcessingUpdateDtoJsonPatchDocument
    from .data_processing_update_dto_operation import DataProcessingUpdateDtoOperation
    from .data_processings_import_json_body import DataProcessingsImportJsonBody
    from .data_protection_authority_dto import DataProtectionAuthorityDto
    from .data_retention_rule_dto import DataRetentionRuleDto
    from .data_retention_rule_dto_paged_list import DataRetentionRuleDtoPagedList
    from .data_retention_rule_update_dto import DataRetentionRuleUpdateDto
    from .data_set_source import DataSetSource
    from .data_subject_attachment_dto import DataSubjectAttachmentDto
    from .data_subject_attachments_upload_attachment_body import DataSubjectAttachmentsUploadAttachmentBody
    from .data_subject_data_processing_set_state_dto import DataSubjectDataProcessingSetStateDto
    from .data_subject_export_query import DataSubjectExportQuery
    from .data_subject_message_creation_dto import DataSubjectMessageCreationDto
    from .data_subject_message_dto import DataSubjectMessageDto
    from .data_subject_message_dto_paged_list import DataSubjectMessageDtoPagedList
    from .data_subject_purpose_type import DataSubjectPurposeType
    from .data_subject_request_data_processing_dto import DataSubjectRequestDataProcessingDto
    from .data_subject_request_data_processing_state import DataSubjectRequestDataProcessingState
    from .data_subject_request_dto import DataSubjectRequestDto
    from .data_subject_request_dto_paged_list import DataSubjectRequestDtoPagedList
    from .data_subject_request_light_dto import DataSubjectRequestLightDto
    from .data_subject_request_public_dto import DataSubjectRequestPublicDto
    from .data_subject_request_source import DataSubjectRequestSource
    from .data_subject_request_state import DataSubjectRequestState
    from .data_subject_serie_value import DataSubjectSerieValue
    from .data_subject_stat_value_dto import DataSubjectStatValueDto
    from .data_subject_stats_dto import DataSubjectStatsDto
    from .data_subject_widget_custom_type import DataSubjectWidgetCustomType
    from .data_subject_widget_field import DataSubjectWidgetField
    from .data_subject_widget_field_type import DataSubjectWidgetFieldType
    from .data_subject_widget_setting_public_dto import DataSubjectWidgetSettingPublicDto
    from .data_subject_widget_translation import DataSubjectWidgetTranslation
    from .data_table_column import DataTableColumn
    from .data_transfer_aggregated_dto import DataTransferAggregatedDto
    from .data_transfers_dto import DataTransfersDto
    from .development_type import DevelopmentType
    from .enum_value_item import EnumValueItem
    from .export_audit_template_dto import ExportAuditTemplateDto
    from .export_format import ExportFormat
    from .export_risk_asset_filter import ExportRiskAssetFilter
    from .features import Features
    from .file_type import FileType
    from .generate_action_plan_dto import GenerateActionPlanDto
    from .generic_data_type import GenericDataType
    from .generic_relation_ship_creation_dto import GenericRelationShipCreationDto
    from .generic_relation_ship_linked_object_dto import GenericRelationShipLinkedObjectDto
    from .generic_relationship_object import GenericRelationshipObject
    from .group_tasks_dto import GroupTasksDto
    from .guid_data_breach_dto_batch_patch_dto import GuidDataBreachDtoBatchPatchDto
    from .guid_data_processing_update_dto_batch_patch_dto import GuidDataProcessingUpdateDtoBatchPatchDto
    from .guid_workflow_update_dto import GuidWorkflowUpdateDto
    from .hosting_type import HostingType
    from .i_record_node import IRecordNode
    from .i_record_relation_ship import IRecordRelationShip
    from .icon_layout import IconLayout
    from .impact_score import ImpactScore
    from .insight_type import InsightType
    from .int_32_actor_dto_batch_patch_dto import Int32ActorDtoBatchPatchDto
    from .int_32_sort_query_dto import Int32SortQueryDto
    from .int_32_workflow_update_dto import Int32WorkflowUpdateDto
    from .invitation_dto import InvitationDto
    from .iteration_dto import IterationDto
    from .job_title import JobTitle
    from .layout import Layout
    from .legal_basis import LegalBasis
    from .licence_type import LicenceType
    from .log_dto import LogDto
    from .log_history_item import LogHistoryItem
    from .log_object_type import LogObjectType
    from .log_priority import LogPriority
    from .log_recipient_dto import LogRecipientDto
    from .maintenance_type import MaintenanceType
    from .matrix_column import MatrixColumn
    from .matrix_row import MatrixRow
    from .matrix_value import MatrixValue
    from .meta_data import MetaData
    from .native_integration_type import NativeIntegrationType
    from .no_communication_reason import NoCommunicationReason
    from .node_danger import NodeDanger
    from .notification_channel import NotificationChannel
    from .object_array_chart_serie_dto import ObjectArrayChartSerieDto
    from .operation import Operation
    from .origin_dto import OriginDto
    from .partner_category_type import PartnerCategoryType
    from .partner_dto import PartnerDto
    from .partner_dto_paged_list import PartnerDtoPagedList
    from .partner_language_type import PartnerLanguageType
    from .permission_workspace_dto import PermissionWorkspaceDto
    from .person_category_type import PersonCategoryType
    from .person_type_item import PersonTypeItem
    from .personal_data_category import PersonalDataCategory
    from .pricing_plan import PricingPlan
    from .priority import Priority
    from .probability_score import ProbabilityScore
    from .processing_state import ProcessingState
    from .processing_type import ProcessingType
    from .progression_dto import ProgressionDto
    from .project_dto import ProjectDto
    from .public_profile_dto import PublicProfileDto
    from .purpose_dto import PurposeDto
    from .purpose_selection import PurposeSelection
    from .recipient_transfer_dto import RecipientTransferDto
    from .recipient_type import RecipientType
    from .record_nodes import RecordNodes
    from .relation_ship_object_type import RelationShipObjectType
    from .relation_ship_type import RelationShipType
    from .replication_result import ReplicationResult
    from .risk_asset_dto import RiskAssetDto
    from .risk_category_dto import RiskCategoryDto
    from .risk_category_group_stat import RiskCategoryGroupStat
    from .risk_category_tree_dto import RiskCategoryTreeDto
    from .risk_evaluation_dto import RiskEvaluationDto
    from .risk_evaluation_query import RiskEvaluationQuery
    from .risk_evaluation_state import RiskEvaluationState
    from .risk_evaluation_update_dto import RiskEvaluationUpdateDto
    from .risk_event_dto import RiskEventDto
    from .risk_event_dto_paged_list import RiskEventDtoPagedList
    from .risk_heatmap_value import RiskHeatmapValue
    from .risk_indicators import RiskIndicators
    from .risk_indicators_risk_groups_current_type_0 import RiskIndicatorsRiskGroupsCurrentType0
    from .risk_indicators_risk_groups_initial_type_0 import RiskIndicatorsRiskGroupsInitialType0
    from .risk_indicators_risk_groups_residual_type_0 import RiskIndicatorsRiskGroupsResidualType0
    from .risk_object_type import RiskObjectType
    from .risk_response_type import RiskResponseType
    from .risk_scale_value import RiskScaleValue
    from .risk_settings_creation_dto import RiskSettingsCreationDto
    from .risk_settings_dto import RiskSettingsDto
    from .risk_settings_template import RiskSettingsTemplate
    from .risk_threat_dto import RiskThreatDto
    from .risk_type_dto import RiskTypeDto
    from .risk_type_dto_paged_list import RiskTypeDtoPagedList
    from .role_dto import RoleDto
    from .row_level import RowLevel
    from .safe_guard_type import SafeGuardType
    from .score_output import ScoreOutput
    from .section_type import SectionType
    from .security_measure_data_treatment_dto import SecurityMeasureDataTreatmentDto
    from .security_measure_dto import SecurityMeasureDto
    from .security_measure_state import SecurityMeasureState
    from .security_measure_table_dto import SecurityMeasureTableDto
    from .security_measure_table_dto_paged_list import SecurityMeasureTableDtoPagedList
    from .security_measure_type import SecurityMeasureType
    from .select_list_group import SelectListGroup
    from .select_list_item_resource import SelectListItemResource
    from .select_list_item_resource_paged_list import SelectListItemResourcePagedList
    from .select_type import SelectType
    from .sensitive_data_field_legal_justification import SensitiveDataFieldLegalJustification
    from .serie_value import SerieValue
    from .set_identity_validation_dto import SetIdentityValidationDto
    from .stat_serie import StatSerie
    from .stat_serie_value import StatSerieValue
    from .subscription import Subscription
    from .support_type import SupportType
    from .tag_dto import TagDto
    from .tag_type import TagType
    from .task_counter import TaskCounter
    from .task_create_update_dto import TaskCreateUpdateDto
    from .task_create_update_dto_additional_datas_type_0 import TaskCreateUpdateDtoAdditionalDatasType0
    from .task_dto import TaskDto
    from .task_dto_additional_datas_type_0 import TaskDtoAdditionalDatasType0
    from .task_dto_paged_list import TaskDtoPagedList
    from .task_export_query import TaskExportQuery
    from .task_object_type import TaskObjectType
    from .task_query import TaskQuery
    from .task_serie_value import TaskSerieValue
    from .task_stat_value_dto import TaskStatValueDto
    from .task_state import TaskState
    from .task_stats_dto import TaskStatsDto
    from .team_dto import TeamDto
    from .team_item_dto import TeamItemDto
    from .team_item_dto_paged_list import TeamItemDtoPagedList
    from .template_export_actor import TemplateExportActor
    from .template_export_processing import TemplateExportProcessing
    from .tenant_light_dto import TenantLightDto
    from .transfer_dto import TransferDto
    from .transfer_extended_dto import TransferExtendedDto
    from .tree_item_type import TreeItemType
    from .tutorial_state import TutorialState
    from .tutorial_state_item import TutorialStateItem
    from .type_query import TypeQuery
    from .user_dto import UserDto
    from .user_dto_paged_list import UserDtoPagedList
    from .user_light_dto import UserLightDto
    from .user_settings_dto import UserSettingsDto
    from .user_settings_dto_columns_configuration_type_0 import UserSettingsDtoColumnsConfigurationType0
    from .user_settings_dto_tutorial_states_type_0 import UserSettingsDtoTutorialStatesType0
    from .vendor_type import VendorType
    from .web_hook_url_creation_dto import WebHookUrlCreationDto
    from .web_hook_url_dto import WebHookUrlDto
    from .webhook_payload import WebhookPayload
    from .work_flow_step_dto import WorkFlowStepDto
    from .work_space_dto import WorkSpaceDto
    from .work_space_dto_paged_list import WorkSpaceDtoPagedList
    from .work_space_list_dto import WorkSpaceListDto
    from .work_space_state import WorkSpaceState
    from .workflow_type import WorkflowType

_MODULE_OF: dict[str, str] = {
    "AccessLevel": "access_level",
    "AccessType": "access_type",
    "ActorDataProcessingBatchDto": "actor_data_processing_batch_dto",
    "ActorDataProcessingDeleteBatchDto": "actor_data_processing_delete_batch_dto",
    "ActorDataProcessingLightDto": "actor_data_processing_light_dto",
    "ActorDto": "actor_dto",
    "ActorDtoJsonPatchDocument": "actor_dto_json_patch_document",
    "ActorDtoOperation": "actor_dto_operation",
    "ActorDtoPagedList": "actor_dto_paged_list",
    "ActorLightDto": "actor_light_dto",
    "ActorQuery": "actor_query",
    "ActorReferencedAs": "actor_referenced_as",
    "ActorType": "actor_type",
    "AdminPermission": "admin_permission",
    "ApplicationState": "application_state",
    "ApplicationType": "application_type",
    "ArchivePayload": "archive_payload",
    "AreaBaseDto": "area_base_dto",
    "AreaDataProcessingTreeItemDto": "area_data_processing_tree_item_dto",
    "AreaDto": "area_dto",
    "AreaDtoPagedList": "area_dto_paged_list",
    "AreaHierarchyDto": "area_hierarchy_dto",
    "AreaImportModel": "area_import_model",
    "AreaLightDto": "area_light_dto",
    "AreaType": "area_type",
    "AreasAreasImportBody": "areas_areas_import_body",
    "AreasAreasImportBodyHeaders": "areas_areas_import_body_headers",
    "AssetDto": "asset_dto",
    "AssetDtoPagedList": "asset_dto_paged_list",
    "AssetType": "asset_type",
    "AttachmentDto": "attachment_dto",
    "AttachmentSource": "attachment_source",
    "AttachmentType": "attachment_type",
    "AuditAnnotationDto": "audit_annotation_dto",
    "AuditAnnotationState": "audit_annotation_state",
    "AuditAnswer": "audit_answer",
    "AuditAttachment": "audit_attachment",
    "AuditAttachmentType": "audit_attachment_type",
    "AuditMatrixDto": "audit_matrix_dto",
    "AuditObjectType": "audit_object_type",
    "AuditQueryType": "audit_query_type",
    "AuditQuestion": "audit_question",
    "AuditQuestionDynamicObjectType": "audit_question_dynamic_object_type",
    "AuditQuestionType": "audit_question_type",
    "AuditRadarGraph": "audit_radar_graph",
    "AuditRadarGraphSerieValue": "audit_radar_graph_serie_value",
    "AuditRelatedTask": "audit_related_task",
    "AuditResponseChangeStateDto": "audit_response_change_state_dto",
    "AuditResponseDto": "audit_response_dto",
    "AuditResponseDtoPagedList": "audit_response_dto_paged_list",
    "AuditResponseEvaluationState": "audit_response_evaluation_state",
    "AuditResponseInvitationDto": "audit_response_invitation_dto",
    "AuditResponseItem": "audit_response_item",
    "AuditResponseItemDto": "audit_response_item_dto",
    "AuditResponseLightDto": "audit_response_light_dto",
    "AuditResponseLightDtoPagedList": "audit_response_light_dto_paged_list",
    "AuditResponsePlanificationDto": "audit_response_planification_dto",
    "AuditResponseQuery": "audit_response_query",
    "AuditResponseRenewDto": "audit_response_renew_dto",
    "AuditResponseState": "audit_response_state",
    "AuditResponseStatePayload": "audit_response_state_payload",
    "AuditResponseUpdateDto": "audit_response_update_dto",
    "AuditResultAnalysis": "audit_result_analysis",
    "AuditResultAnalysisVariant": "audit_result_analysis_variant",
    "AuditRiskLevel": "audit_risk_level",
    "AuditSection": "audit_section",
    "AuditSharedLink": "audit_shared_link",
    "AuditStakeHolderDto": "audit_stake_holder_dto",
    "AuditStakeHolderType": "audit_stake_holder_type",
    "AuditTask": "audit_task",
    "AuditTemplateCombinationDto": "audit_template_combination_dto",
    "AuditTemplateDto": "audit_template_dto",
    "AuditTemplateLightDto": "audit_template_light_dto",
    "AuditTemplateLightDtoPagedList": "audit_template_light_dto_paged_list",
    "AuditTemplateType": "audit_template_type",
    "BaseRole": "base_role",
    "BillingType": "billing_type",
    "CategoriesDto": "categories_dto",
    "CategoryDto": "category_dto",
    "ChartSerieValue": "chart_serie_value",
    "ClosedReason": "closed_reason",
    "CloudAttachmentContentDto": "cloud_attachment_content_dto",
    "CloudAttachmentDeleteDto": "cloud_attachment_delete_dto",
    "CloudAttachmentDto": "cloud_attachment_dto",
    "CloudAttachmentListDto": "cloud_attachment_list_dto",
    "CloudAttachmentMoveDto": "cloud_attachment_move_dto",
    "CloudDrive": "cloud_drive",
    "CloudProvider": "cloud_provider",
    "CommentCounters": "comment_counters",
    "CommentCreationDto": "comment_creation_dto",
    "CommentDto": "comment_dto",
    "CommentDtoPagedList": "comment_dto_paged_list",
    "CommentObjectType": "comment_object_type",
    "ComplianceRule": "compliance_rule",
    "ConditionRuleOperator": "condition_rule_operator",
    "ConditionRuleSeparator": "condition_rule_separator",
    "ConditionRuleSet": "condition_rule_set",
    "ContentDto": "content_dto",
    "ContentDtoPagedList": "content_dto_paged_list",
    "ContentState": "content_state",
    "ControlPointAnswer": "control_point_answer",
    "ControlPointDto": "control_point_dto",
    "ControlPointLightDto": "control_point_light_dto",
    "ControlPointResponseAttachment": "control_point_response_attachment",
    "ControlPointResponseDto": "control_point_response_dto",
    "ControlPointResponseState": "control_point_response_state",
    "ControlPointType": "control_point_type",
    "ControlPointUpdateDto": "control_point_update_dto",
    "CreateCloudFolderDto": "create_cloud_folder_dto",
    "DataBreachDto": "data_breach_dto",
    "DataBreachDtoJsonPatchDocument": "data_breach_dto_json_patch_document",
    "DataBreachDtoOperation": "data_breach_dto_operation",
    "DataBreachDtoPagedList": "data_breach_dto_paged_list",
    "DataBreachExportQuery": "data_breach_export_query",
    "DataBreachImpactScore": "data_breach_impact_score",
    "DataBreachInvitationDto": "data_breach_invitation_dto",
    "DataBreachNotificationDto": "data_breach_notification_dto",
    "DataBreachNotificationSupport": "data_breach_notification_support",
    "DataBreachNotificationType": "data_breach_notification_type",
    "DataBreachPersonCategoryDto": "data_breach_person_category_dto",
    "DataBreachProbabilityScore": "data_breach_probability_score",
    "DataBreachReason": "data_breach_reason",
    "DataBreachRiskLevel": "data_breach_risk_level",
    "DataBreachState": "data_breach_state",
    "DataBreachType": "data_breach_type",
    "DataFieldDto": "data_field_dto",
    "DataFieldDtoPagedList": "data_field_dto_paged_list",
    "DataProcessingActorCompleteDto": "data_processing_actor_complete_dto",
    "DataProcessingActorDto": "data_processing_actor_dto",
    "DataProcessingActorType": "data_processing_actor_type",
    "DataProcessingCreationDto": "data_processing_creation_dto",
    "DataProcessingDashboardDto": "data_processing_dashboard_dto",
    "DataProcessingDataControllerDto": "data_processing_data_controller_dto",
    "DataProcessingDto": "data_processing_dto",
    "DataProcessingDtoPagedList": "data_processing_dto_paged_list",
    "DataProcessingInsight": "data_processing_insight",
    "DataProcessingInsightMessages": "data_processing_insight_messages",
    "DataProcessingInvitationDto": "data_processing_invitation_dto",
    "DataProcessingLightDto": "data_processing_light_dto",
    "DataProcessingNodeType": "data_processing_node_type",
    "DataProcessingPersonCategoryDto": "data_processing_person_category_dto",
    "DataProcessingQuery": "data_processing_query",
    "DataProcessingRelationShipDto": "data_processing_relation_ship_dto",
    "DataProcessingSetStateDto": "data_processing_set_state_dto",
    "DataProcessingStatValueDto": "data_processing_stat_value_dto",
    "DataProcessingState": "data_processing_state",
    "DataProcessingStatsDto": "data_processing_stats_dto",
    "DataProcessingTreeDto": "data_processing_tree_dto",
    "DataProcessingTreeItemDto": "data_processing_tree_item_dto",
    "DataProcessingUpdateDto": "data_processing_update_dto",
    "DataProcessingUpdateDtoJsonPatchDocument": "data_processing_update_dto_json_patch_document",
    "DataProcessingUpdateDtoOperation": "data_processing_update_dto_operation",
    "DataProcessingsImportJsonBody": "data_processings_import_json_body",
    "DataProtectionAuthorityDto": "data_protection_authority_dto",
    "DataRetentionRuleDto": "data_retention_rule_dto",
    "DataRetentionRuleDtoPagedList": "data_retention_rule_dto_paged_list",
    "DataRetentionRuleUpdateDto": "data_retention_rule_update_dto",
    "DataSetSource": "data_set_source",
    "DataSubjectAttachmentDto": "data_subject_attachment_dto",
    "DataSubjectAttachmentsUploadAttachmentBody": "data_subject_attachments_upload_attachment_body",
    "DataSubjectDataProcessingSetStateDto": "data_subject_data_processing_set_state_dto",
    "DataSubjectExportQuery": "data_subject_export_query",
    "DataSubjectMessageCreationDto": "data_subject_message_creation_dto",
    "DataSubjectMessageDto": "data_subject_message_dto",
    "DataSubjectMessageDtoPagedList": "data_subject_message_dto_paged_list",
    "DataSubjectPurposeType": "data_subject_purpose_type",
    "DataSubjectRequestDataProcessingDto": "data_subject_request_data_processing_dto",
    "DataSubjectRequestDataProcessingState": "data_subject_request_data_processing_state",
    "DataSubjectRequestDto": "data_subject_request_dto",
    "DataSubjectRequestDtoPagedList": "data_subject_request_dto_paged_list",
    "DataSubjectRequestLightDto": "data_subject_request_light_dto",
    "DataSubjectRequestPublicDto": "data_subject_request_public_dto",
    "DataSubjectRequestSource": "data_subject_request_source",
    "DataSubjectRequestState": "data_subject_request_state",
    "DataSubjectSerieValue": "data_subject_serie_value",
    "DataSubjectStatValueDto": "data_subject_stat_value_dto",
    "DataSubjectStatsDto": "data_subject_stats_dto",
    "DataSubjectWidgetCustomType": "data_subject_widget_custom_type",
    "DataSubjectWidgetField": "data_subject_widget_field",
    "DataSubjectWidgetFieldType": "data_subject_widget_field_type",
    "DataSubjectWidgetSettingPublicDto": "data_subject_widget_setting_public_dto",
    "DataSubjectWidgetTranslation": "data_subject_widget_translation",
    "DataTableColumn": "data_table_column",
    "DataTransferAggregatedDto": "data_transfer_aggregated_dto",
    "DataTransfersDto": "data_transfers_dto",
    "DevelopmentType": "development_type",
    "EnumValueItem": "enum_value_item",
    "ExportAuditTemplateDto": "export_audit_template_dto",
    "ExportFormat": "export_format",
    "ExportRiskAssetFilter": "export_risk_asset_filter",
    "Features": "features",
    "FileType": "file_type",
    "GenerateActionPlanDto": "generate_action_plan_dto",
    "GenericDataType": "generic_data_type",
    "GenericRelationShipCreationDto": "generic_relation_ship_creation_dto",
    "GenericRelationShipLinkedObjectDto": "generic_relation_ship_linked_object_dto",
    "GenericRelationshipObject": "generic_relationship_object",
    "GroupTasksDto": "group_tasks_dto",
    "GuidDataBreachDtoBatchPatchDto": "guid_data_breach_dto_batch_patch_dto",
    "GuidDataProcessingUpdateDtoBatchPatchDto": "guid_data_processing_update_dto_batch_patch_dto",
    "GuidWorkflowUpdateDto": "guid_workflow_update_dto",
    "HostingType": "hosting_type",
    "IRecordNode": "i_record_node",
    "IRecordRelationShip": "i_record_relation_ship",
    "IconLayout": "icon_layout",
    "ImpactScore": "impact_score",
    "InsightType": "insight_type",
    "Int32ActorDtoBatchPatchDto": "int_32_actor_dto_batch_patch_dto",
    "Int32SortQueryDto": "int_32_sort_query_dto",
    "Int32WorkflowUpdateDto": "int_32_workflow_update_dto",
    "InvitationDto": "invitation_dto",
    "IterationDto": "iteration_dto",
    "JobTitle": "job_title",
    "Layout": "layout",
    "LegalBasis": "legal_basis",
    "LicenceType": "licence_type",
    "LogDto": "log_dto",
    "LogHistoryItem": "log_history_item",
    "LogObjectType": "log_object_type",
    "LogPriority": "log_priority",
    "LogRecipientDto": "log_recipient_dto",
    "MaintenanceType": "maintenance_type",
    "MatrixColumn": "matrix_column",
    "MatrixRow": "matrix_row",
    "MatrixValue": "matrix_value",
    "MetaData": "meta_data",
    "NativeIntegrationType": "native_integration_type",
    "NoCommunicationReason": "no_communication_reason",
    "NodeDanger": "node_danger",
    "NotificationChannel": "notification_channel",
    "ObjectArrayChartSerieDto": "object_array_chart_serie_dto",
    "Operation": "operation",
    "OriginDto": "origin_dto",
    "PartnerCategoryType": "partner_category_type",
    "PartnerDto": "partner_dto",
    "PartnerDtoPagedList": "partner_dto_paged_list",
    "PartnerLanguageType": "partner_language_type",
    "PermissionWorkspaceDto": "permission_workspace_dto",
    "PersonCategoryType": "person_category_type",
    "PersonTypeItem": "person_type_item",
    "PersonalDataCategory": "personal_data_category",
    "PricingPlan": "pricing_plan",
    "Priority": "priority",
    "ProbabilityScore": "probability_score",
    "ProcessingState": "processing_state",
    "ProcessingType": "processing_type",
    "ProgressionDto": "progression_dto",
    "ProjectDto": "project_dto",
    "PublicProfileDto": "public_profile_dto",
    "PurposeDto": "purpose_dto",
    "PurposeSelection": "purpose_selection",
    "RecipientTransferDto": "recipient_transfer_dto",
    "RecipientType": "recipient_type",
    "RecordNodes": "record_nodes",
    "RelationShipObjectType": "relation_ship_object_type",
    "RelationShipType": "relation_ship_type",
    "ReplicationResult": "replication_result",
    "RiskAssetDto": "risk_asset_dto",
    "RiskCategoryDto": "risk_category_dto",
    "RiskCategoryGroupStat": "risk_category_group_stat",
    "RiskCategoryTreeDto": "risk_category_tree_dto",
    "RiskEvaluationDto": "risk_evaluation_dto",
    "RiskEvaluationQuery": "risk_evaluation_query",
    "RiskEvaluationState": "risk_evaluation_state",
    "RiskEvaluationUpdateDto": "risk_evaluation_update_dto",
    "RiskEventDto": "risk_event_dto",
    "RiskEventDtoPagedList": "risk_event_dto_paged_list",
    "RiskHeatmapValue": "risk_heatmap_value",
    "RiskIndicators": "risk_indicators",
    "RiskIndicatorsRiskGroupsCurrentType0": "risk_indicators_risk_groups_current_type_0",
    "RiskIndicatorsRiskGroupsInitialType0": "risk_indicators_risk_groups_initial_type_0",
    "RiskIndicatorsRiskGroupsResidualType0": "risk_indicators_risk_groups_residual_type_0",
    "RiskObjectType": "risk_object_type",
    "RiskResponseType": "risk_response_type",
    "RiskScaleValue": "risk_scale_value",
    "RiskSettingsCreationDto": "risk_settings_creation_dto",
    "RiskSettingsDto": "risk_settings_dto",
    "RiskSettingsTemplate": "risk_settings_template",
    "RiskThreatDto": "risk_threat_dto",
    "RiskTypeDto": "risk_type_dto",
    "RiskTypeDtoPagedList": "risk_type_dto_paged_list",
    "RoleDto": "role_dto",
    "RowLevel": "row_level",
    "SafeGuardType": "safe_guard_type",
    "ScoreOutput": "score_output",
    "SectionType": "section_type",
    "SecurityMeasureDataTreatmentDto": "security_measure_data_treatment_dto",
    "SecurityMeasureDto": "security_measure_dto",
    "SecurityMeasureState": "security_measure_state",
    "SecurityMeasureTableDto": "security_measure_table_dto",
    "SecurityMeasureTableDtoPagedList": "security_measure_table_dto_paged_list",
    "SecurityMeasureType": "security_measure_type",
    "SelectListGroup": "select_list_group",
    "SelectListItemResource": "select_list_item_resource",
    "SelectListItemResourcePagedList": "select_list_item_resource_paged_list",
    "SelectType": "select_type",
    "SensitiveDataFieldLegalJustification": "sensitive_data_field_legal_justification",
    "SerieValue": "serie_value",
    "SetIdentityValidationDto": "set_identity_validation_dto",
    "StatSerie": "stat_serie",
    "StatSerieValue": "stat_serie_value",
    "Subscription": "subscription",
    "SupportType": "support_type",
    "TagDto": "tag_dto",
    "TagType": "tag_type",
    "TaskCounter": "task_counter",
    "TaskCreateUpdateDto": "task_create_update_dto",
    "TaskCreateUpdateDtoAdditionalDatasType0": "task_create_update_dto_additional_datas_type_0",
    "TaskDto": "task_dto",
    "TaskDtoAdditionalDatasType0": "task_dto_additional_datas_type_0",
    "TaskDtoPagedList": "task_dto_paged_list",
    "TaskExportQuery": "task_export_query",
    "TaskObjectType": "task_object_type",
    "TaskQuery": "task_query",
    "TaskSerieValue": "task_serie_value",
    "TaskStatValueDto": "task_stat_value_dto",
    "TaskState": "task_state",
    "TaskStatsDto": "task_stats_dto",
    "TeamDto": "team_dto",
    "TeamItemDto": "team_item_dto",
    "TeamItemDtoPagedList": "team_item_dto_paged_list",
    "TemplateExportActor": "template_export_actor",
    "TemplateExportProcessing": "template_export_processing",
    "TenantLightDto": "tenant_light_dto",
    "TransferDto": "transfer_dto",
    "TransferExtendedDto": "transfer_extended_dto",
    "TreeItemType": "tree_item_type",
    "TutorialState": "tutorial_state",
    "TutorialStateItem": "tutorial_state_item",
    "TypeQuery": "type_query",
    "UserDto": "user_dto",
    "UserDtoPagedList": "user_dto_paged_list",
    "UserLightDto": "user_light_dto",
    "UserSettingsDto": "user_settings_dto",
    "UserSettingsDtoColumnsConfigurationType0": "user_settings_dto_columns_configuration_type_0",
    "UserSettingsDtoTutorialStatesType0": "user_settings_dto_tutorial_states_type_0",
    "VendorType": "vendor_type",
    "WebHookUrlCreationDto": "web_hook_url_creation_dto",
    "WebHookUrlDto": "web_hook_url_dto",
    "WebhookPayload": "webhook_payload",
    "WorkFlowStepDto": "work_flow_step_dto",
    "WorkSpaceDto": "work_space_dto",
    "WorkSpaceDtoPagedList": "work_space_dto_paged_list",
    "WorkSpaceListDto": "work_space_list_dto",
    "WorkSpaceState": "work_space_state",
    "WorkflowType": "workflow_type",
}

__all__ = (
    "AccessLevel",
    "AccessType",
    "ActorDataProcessingBatchDto",
    "ActorDataProcessingDeleteBatchDto",
    "ActorDataProcessingLightDto",
    "ActorDto",
    "ActorDtoJsonPatchDocument",
    "ActorDtoOperation",
    "ActorDtoPagedList",
    "ActorLightDto",
    "ActorQuery",
    "ActorReferencedAs",
    "ActorType",
    "AdminPermission",
    "ApplicationState",
    "ApplicationType",
    "ArchivePayload",
    "AreaBaseDto",
    "AreaDataProcessingTreeItemDto",
    "AreaDto",
    "AreaDtoPagedList",
    "AreaHierarchyDto",
    "AreaImportModel",
    "AreaLightDto",
    "AreaType",
    "AreasAreasImportBody",
    "AreasAreasImportBodyHeaders",
    "AssetDto",
    "AssetDtoPagedList",
    "AssetType",
    "AttachmentDto",
    "AttachmentSource",
    "AttachmentType",
    "AuditAnnotationDto",
    "AuditAnnotationState",
    "AuditAnswer",
    "AuditAttachment",
    "AuditAttachmentType",
    "AuditMatrixDto",
    "AuditObjectType",
    "AuditQueryType",
    "AuditQuestion",
    "AuditQuestionDynamicObjectType",
    "AuditQuestionType",
    "AuditRadarGraph",
    "AuditRadarGraphSerieValue",
    "AuditRelatedTask",
    "AuditResponseChangeStateDto",
    "AuditResponseDto",
    "AuditResponseDtoPagedList",
    "AuditResponseEvaluationState",
    "AuditResponseInvitationDto",
    "AuditResponseItem",
    "AuditResponseItemDto",
    "AuditResponseLightDto",
    "AuditResponseLightDtoPagedList",
    "AuditResponsePlanificationDto",
    "AuditResponseQuery",
    "AuditResponseRenewDto",
    "AuditResponseState",
    "AuditResponseStatePayload",
    "AuditResponseUpdateDto",
    "AuditResultAnalysis",
    "AuditResultAnalysisVariant",
    "AuditRiskLevel",
    "AuditSection",
    "AuditSharedLink",
    "AuditStakeHolderDto",
    "AuditStakeHolderType",
    "AuditTask",
    "AuditTemplateCombinationDto",
    "AuditTemplateDto",
    "AuditTemplateLightDto",
    "AuditTemplateLightDtoPagedList",
    "AuditTemplateType",
    "BaseRole",
    "BillingType",
    "CategoriesDto",
    "CategoryDto",
    "ChartSerieValue",
    "ClosedReason",
    "CloudAttachmentContentDto",
    "CloudAttachmentDeleteDto",
    "CloudAttachmentDto",
    "CloudAttachmentListDto",
    "CloudAttachmentMoveDto",
    "CloudDrive",
    "CloudProvider",
    "CommentCounters",
    "CommentCreationDto",
    "CommentDto",
    "CommentDtoPagedList",
    "CommentObjectType",
    "ComplianceRule",
    "ConditionRuleOperator",
    "ConditionRuleSeparator",
    "ConditionRuleSet",
    "ContentDto",
    "ContentDtoPagedList",
    "ContentState",
    "ControlPointAnswer",
    "ControlPointDto",
    "ControlPointLightDto",
    "ControlPointResponseAttachment",
    "ControlPointResponseDto",
    "ControlPointResponseState",
    "ControlPointType",
    "ControlPointUpdateDto",
    "CreateCloudFolderDto",
    "DataBreachDto",
    "DataBreachDtoJsonPatchDocument",
    "DataBreachDtoOperation",
    "DataBreachDtoPagedList",
    "DataBreachExportQuery",
    "DataBreachImpactScore",
    "DataBreachInvitationDto",
    "DataBreachNotificationDto",
    "DataBreachNotificationSupport",
    "DataBreachNotificationType",
    "DataBreachPersonCategoryDto",
    "DataBreachProbabilityScore",
    "DataBreachReason",
    "DataBreachRiskLevel",
    "DataBreachState",
    "DataBreachType",
    "DataFieldDto",
    "DataFieldDtoPagedList",
    "DataProcessingActorCompleteDto",
    "DataProcessingActorDto",
    "DataProcessingActorType",
    "DataProcessingCreationDto",
    "DataProcessingDashboardDto",
    "DataProcessingDataControllerDto",
    "DataProcessingDto",
    "DataProcessingDtoPagedList",
    "DataProcessingInsight",
    "DataProcessingInsightMessages",
    "DataProcessingInvitationDto",
    "DataProcessingLightDto",
    "DataProcessingNodeType",
    "DataProcessingPersonCategoryDto",
    "DataProcessingQuery",
    "DataProcessingRelationShipDto",
    "DataProcessingSetStateDto",
    "DataProcessingStatValueDto",
    "DataProcessingState",
    "DataProcessingStatsDto",
    "DataProcessingTreeDto",
    "DataProcessingTreeItemDto",
    "DataProcessingUpdateDto",
    "DataProcessingUpdateDtoJsonPatchDocument",
    "DataProcessingUpdateDtoOperation",
    "DataProcessingsImportJsonBody",
    "DataProtectionAuthorityDto",
    "DataRetentionRuleDto",
    "DataRetentionRuleDtoPagedList",
    "DataRetentionRuleUpdateDto",
    "DataSetSource",
    "DataSubjectAttachmentDto",
    "DataSubjectAttachmentsUploadAttachmentBody",
    "DataSubjectDataProcessingSetStateDto",
    "DataSubjectExportQuery",
    "DataSubjectMessageCreationDto",
    "DataSubjectMessageDto",
    "DataSubjectMessageDtoPagedList",
    "DataSubjectPurposeType",
    "DataSubjectRequestDataProcessingDto",
    "DataSubjectRequestDataProcessingState",
    "DataSubjectRequestDto",
    "DataSubjectRequestDtoPagedList",
    "DataSubjectRequestLightDto",
    "DataSubjectRequestPublicDto",
    "DataSubjectRequestSource",
    "DataSubjectRequestState",
    "DataSubjectSerieValue",
    "DataSubjectStatValueDto",
    "DataSubjectStatsDto",
    "DataSubjectWidgetCustomType",
    "DataSubjectWidgetField",
    "DataSubjectWidgetFieldType",
    "DataSubjectWidgetSettingPublicDto",
    "DataSubjectWidgetTranslation",
    "DataTableColumn",
    "DataTransferAggregatedDto",
    "DataTransfersDto",
    "DevelopmentType",
    "EnumValueItem",
    "ExportAuditTemplateDto",
    "ExportFormat",
    "ExportRiskAssetFilter",
    "Features",
    "FileType",
    "GenerateActionPlanDto",
    "GenericDataType",
    "GenericRelationShipCreationDto",
    "GenericRelationShipLinkedObjectDto",
    "GenericRelationshipObject",
    "GroupTasksDto",
    "GuidDataBreachDtoBatchPatchDto",
    "GuidDataProcessingUpdateDtoBatchPatchDto",
    "GuidWorkflowUpdateDto",
    "HostingType",
    "IRecordNode",
    "IRecordRelationShip",
    "IconLayout",
    "ImpactScore",
    "InsightType",
    "Int32ActorDtoBatchPatchDto",
    "Int32SortQueryDto",
    "Int32WorkflowUpdateDto",
    "InvitationDto",
    "IterationDto",
    "JobTitle",
    "Layout",
    "LegalBasis",
    "LicenceType",
    "LogDto",
    "LogHistoryItem",
    "LogObjectType",
    "LogPriority",
    "LogRecipientDto",
    "MaintenanceType",
    "MatrixColumn",
    "MatrixRow",
    "MatrixValue",
    "MetaData",
    "NativeIntegrationType",
    "NoCommunicationReason",
    "NodeDanger",
    "NotificationChannel",
    "ObjectArrayChartSerieDto",
    "Operation",
    "OriginDto",
    "PartnerCategoryType",
    "PartnerDto",
    "PartnerDtoPagedList",
    "PartnerLanguageType",
    "PermissionWorkspaceDto",
    "PersonCategoryType",
    "PersonTypeItem",
    "PersonalDataCategory",
    "PricingPlan",
    "Priority",
    "ProbabilityScore",
    "ProcessingState",
    "ProcessingType",
    "ProgressionDto",
    "ProjectDto",
    "PublicProfileDto",
    "PurposeDto",
    "PurposeSelection",
    "RecipientTransferDto",
    "RecipientType",
    "RecordNodes",
    "RelationShipObjectType",
    "RelationShipType",
    "ReplicationResult",
    "RiskAssetDto",
    "RiskCategoryDto",
    "RiskCategoryGroupStat",
    "RiskCategoryTreeDto",
    "RiskEvaluationDto",
    "RiskEvaluationQuery",
    "RiskEvaluationState",
    "RiskEvaluationUpdateDto",
    "RiskEventDto",
    "RiskEventDtoPagedList",
    "RiskHeatmapValue",
    "RiskIndicators",
    "RiskIndicatorsRiskGroupsCurrentType0",
    "RiskIndicatorsRiskGroupsInitialType0",
    "RiskIndicatorsRiskGroupsResidualType0",
    "RiskObjectType",
    "RiskResponseType",
    "RiskScaleValue",
    "RiskSettingsCreationDto",
    "RiskSettingsDto",
    "RiskSettingsTemplate",
    "RiskThreatDto",
    "RiskTypeDto",
    "RiskTypeDtoPagedList",
    "RoleDto",
    "RowLevel",
    "SafeGuardType",
    "ScoreOutput",
    "SectionType",
    "SecurityMeasureDataTreatmentDto",
    "SecurityMeasureDto",
    "SecurityMeasureState",
    "SecurityMeasureTableDto",
    "SecurityMeasureTableDtoPagedList",
    "SecurityMeasureType",
    "SelectListGroup",
    "SelectListItemResource",
    "SelectListItemResourcePagedList",
    "SelectType",
    "SensitiveDataFieldLegalJustification",
    "SerieValue",
    "SetIdentityValidationDto",
    "StatSerie",
    "StatSerieValue",
    "Subscription",
    "SupportType",
    "TagDto",
    "TagType",
    "TaskCounter",
    "TaskCreateUpdateDto",
    "TaskCreateUpdateDtoAdditionalDatasType0",
    "TaskDto",
    "TaskDtoAdditionalDatasType0",
    "TaskDtoPagedList",
    "TaskExportQuery",
    "TaskObjectType",
    "TaskQuery",
    "TaskSerieValue",
    "TaskStatValueDto",
    "TaskState",
    "TaskStatsDto",
    "TeamDto",
    "TeamItemDto",
    "TeamItemDtoPagedList",
    "TemplateExportActor",
    "TemplateExportProcessing",
    "TenantLightDto",
    "TransferDto",
    "TransferExtendedDto",
    "TreeItemType",
    "TutorialState",
    "TutorialStateItem",
    "TypeQuery",
    "UserDto",
    "UserDtoPagedList",
    "UserLightDto",
    "UserSettingsDto",
    "UserSettingsDtoColumnsConfigurationType0",
    "UserSettingsDtoTutorialStatesType0",
    "VendorType",
    "WebHookUrlCreationDto",
    "WebHookUrlDto",
    "WebhookPayload",
    "WorkFlowStepDto",
    "WorkSpaceDto",
    "WorkSpaceDtoPagedList",
    "WorkSpaceListDto",
    "WorkSpaceState",
    "WorkflowType",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
