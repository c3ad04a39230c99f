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
from ..models.audit_object_type import AuditObjectType
from ..models.audit_response_state import AuditResponseState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.area_dto import AreaDto
    from ..models.audit_annotation_dto import AuditAnnotationDto
    from ..models.audit_shared_link import AuditSharedLink
    from ..models.audit_stake_holder_dto import AuditStakeHolderDto
    from ..models.audit_template_light_dto import AuditTemplateLightDto
else:
    AreaDto = deferred(globals(), "AreaDto", "..models.area_dto")
    AuditAnnotationDto = deferred(globals(), "AuditAnnotationDto", "..models.audit_annotation_dto")
    AuditSharedLink = deferred(globals(), "AuditSharedLink", "..models.audit_shared_link")
    AuditStakeHolderDto = deferred(globals(), "AuditStakeHolderDto", "..models.audit_stake_holder_dto")
    AuditTemplateLightDto = deferred(globals(), "AuditTemplateLightDto", "..models.audit_template_light_dto")


_AUDIT_OBJECT_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in AuditObjectType}
_AUDIT_RESPONSE_STATE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in AuditResponseState
}


def _load_template(model: AuditResponseLightDto, source: Mapping[str, Any]) -> Any:
    value = source.get("template", UNSET)
    if value is None or value is UNSET:
        model.template = value
        return value
    if isinstance(value, dict):
        try:
            model.template = result = AuditTemplateLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "template", "template", "AuditTemplateLightDto | None", value)
    else:
        result = invalid(model, "template", "template", "AuditTemplateLightDto | None", value)
    return result


def _load_annotations(model: AuditResponseLightDto, source: Mapping[str, Any]) -> Any:
    value = source.get("annotations", UNSET)
    if value is None or value is UNSET:
        model.annotations = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.annotations = result = list(map(AuditAnnotationDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "annotations",
                "annotations",
                "list[AuditAnnotationDto] | None",
                value,
                items=AuditAnnotationDto.from_dict,
            )
    else:
        result = invalid(model, "annotations", "annotations", "list[AuditAnnotationDto] | None", value)
    return result


def _load_audit_shared_links(model: AuditResponseLightDto, source: Mapping[str, Any]) -> Any:
    value = source.get("auditSharedLinks", UNSET)
    if value is None or value is UNSET:
        model.audit_shared_links = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.audit_shared_links = result = list(map(AuditSharedLink.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "audit_shared_links",
                "auditSharedLinks",
                "list[AuditSharedLink] | None",
                value,
                items=AuditSharedLink.from_dict,
            )
    else:
        result = invalid(
            model, "audit_shared_links", "auditSharedLinks", "list[AuditSharedLink] | None", value
        )
    return result


def _load_owners(model: AuditResponseLightDto, source: Mapping[str, Any]) -> Any:
    value = source.get("owners", UNSET)
    if value is None or value is UNSET:
        model.owners = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.owners = result = list(map(AuditStakeHolderDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "owners",
                "owners",
                "list[AuditStakeHolderDto] | None",
                value,
                items=AuditStakeHolderDto.from_dict,
            )
    else:
        result = invalid(model, "owners", "owners", "list[AuditStakeHolderDto] | None", value)
    return result


def _load_respondants(model: AuditResponseLightDto, source: Mapping[str, Any]) -> Any:
    value = source.get("respondants", UNSET)
    if value is None or value is UNSET:
        model.respondants = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.respondants = result = list(map(AuditStakeHolderDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "respondants",
                "respondants",
                "list[AuditStakeHolderDto] | None",
                value,
                items=AuditStakeHolderDto.from_dict,
            )
    else:
        result = invalid(model, "respondants", "respondants", "list[AuditStakeHolderDto] | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "label",
    "workspaceId",
    "area",
    "dateCreation",
    "template",
    "id",
    "objectType",
    "objectId",
    "objectLabel",
    "objectLogoUrl",
    "parentId",
    "isRevision",
    "revisionDescription",
    "archived",
    "noValidation",
    "areaId",
    "description",
    "deadline",
    "dateUpdate",
    "state",
    "publishedDate",
    "startDate",
    "responseDate",
    "archivedDate",
    "templateId",
    "annotations",
    "auditSharedLinks",
    "readiness",
    "score",
    "maxScore",
    "completionRate",
    "nbAnswers",
    "nbQuestions",
    "owners",
    "respondants",
    "actionPlanDate",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "label": MISSING,
    "workspaceId": MISSING,
    "area": MISSING,
    "dateCreation": MISSING,
    "template": UNSET,
    "id": UNSET,
    "objectType": UNSET,
    "objectId": UNSET,
    "objectLabel": UNSET,
    "objectLogoUrl": UNSET,
    "parentId": UNSET,
    "isRevision": UNSET,
    "revisionDescription": UNSET,
    "archived": UNSET,
    "noValidation": UNSET,
    "areaId": UNSET,
    "description": UNSET,
    "deadline": UNSET,
    "dateUpdate": UNSET,
    "state": UNSET,
    "publishedDate": UNSET,
    "startDate": UNSET,
    "responseDate": UNSET,
    "archivedDate": UNSET,
    "templateId": UNSET,
    "annotations": UNSET,
    "auditSharedLinks": UNSET,
    "readiness": UNSET,
    "score": UNSET,
    "maxScore": UNSET,
    "completionRate": UNSET,
    "nbAnswers": UNSET,
    "nbQuestions": UNSET,
    "owners": UNSET,
    "respondants": UNSET,
    "actionPlanDate": UNSET,
}

T = TypeVar("T", bound="AuditResponseLightDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AuditResponseLightDto(LazyModel):
    """Attributes:
    label (str):
    workspace_id (int):
    area (AreaDto):
    date_creation (datetime.datetime):
    template (AuditTemplateLightDto | None | Unset):
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("label", "label"),
        ("workspace_id", "workspaceId"),
        ("area", "area"),
        ("date_creation", "dateCreation"),
        ("template", "template"),
        ("id", "id"),
        ("object_type", "objectType"),
        ("object_id", "objectId"),
        ("object_label", "objectLabel"),
        ("object_logo_url", "objectLogoUrl"),
        ("parent_id", "parentId"),
        ("is_revision", "isRevision"),
        ("revision_description", "revisionDescription"),
        ("archived", "archived"),
        ("no_validation", "noValidation"),
        ("area_id", "areaId"),
        ("description", "description"),
        ("deadline", "deadline"),
        ("date_update", "dateUpdate"),
        ("state", "state"),
        ("published_date", "publishedDate"),
        ("start_date", "startDate"),
        ("response_date", "responseDate"),
        ("archived_date", "archivedDate"),
        ("template_id", "templateId"),
        ("annotations", "annotations"),
        ("audit_shared_links", "auditSharedLinks"),
        ("readiness", "readiness"),
        ("score", "score"),
        ("max_score", "maxScore"),
        ("completion_rate", "completionRate"),
        ("nb_answers", "nbAnswers"),
        ("nb_questions", "nbQuestions"),
        ("owners", "owners"),
        ("respondants", "respondants"),
        ("action_plan_date", "actionPlanDate"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "template": _load_template,
        "annotations": _load_annotations,
        "audit_shared_links": _load_audit_shared_links,
        "owners": _load_owners,
        "respondants": _load_respondants,
    }

    label: str
    workspace_id: int
    area: AreaDto
    date_creation: datetime.datetime
    template: AuditTemplateLightDto | None | Unset = UNSET
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
        from ..models.audit_template_light_dto import AuditTemplateLightDto

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "label" not in unreadable:
            label = self.label

            field_dict["label"] = label
        if "workspace_id" not in unreadable:
            workspace_id = self.workspace_id

            field_dict["workspaceId"] = workspace_id
        if "area" not in unreadable:
            area = self.area.to_dict()

            field_dict["area"] = area
        if "date_creation" not in unreadable:
            date_creation = self.date_creation.isoformat()

            field_dict["dateCreation"] = date_creation
        if "template" not in unreadable:
            template: dict[str, Any] | None | Unset
            if isinstance(self.template, Unset):
                template = UNSET
            elif isinstance(self.template, AuditTemplateLightDto):
                template = self.template.to_dict()
            else:
                template = self.template

            if template is not UNSET:
                field_dict["template"] = template
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
        if "object_type" not in unreadable:
            object_type: None | str | Unset
            if isinstance(self.object_type, Unset):
                object_type = UNSET
            elif isinstance(self.object_type, AuditObjectType):
                object_type = self.object_type.value
            else:
                object_type = self.object_type

            if object_type is not UNSET:
                field_dict["objectType"] = object_type
        if "object_id" not in unreadable:
            object_id: None | str | Unset
            if isinstance(self.object_id, Unset):
                object_id = UNSET
            else:
                object_id = self.object_id

            if object_id is not UNSET:
                field_dict["objectId"] = object_id
        if "object_label" not in unreadable:
            object_label: None | str | Unset
            if isinstance(self.object_label, Unset):
                object_label = UNSET
            else:
                object_label = self.object_label

            if object_label is not UNSET:
                field_dict["objectLabel"] = object_label
        if "object_logo_url" not in unreadable:
            object_logo_url: None | str | Unset
            if isinstance(self.object_logo_url, Unset):
                object_logo_url = UNSET
            else:
                object_logo_url = self.object_logo_url

            if object_logo_url is not UNSET:
                field_dict["objectLogoUrl"] = object_logo_url
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
        if "is_revision" not in unreadable:
            is_revision: bool | None | Unset
            if isinstance(self.is_revision, Unset):
                is_revision = UNSET
            else:
                is_revision = self.is_revision

            if is_revision is not UNSET:
                field_dict["isRevision"] = is_revision
        if "revision_description" not in unreadable:
            revision_description: None | str | Unset
            if isinstance(self.revision_description, Unset):
                revision_description = UNSET
            else:
                revision_description = self.revision_description

            if revision_description is not UNSET:
                field_dict["revisionDescription"] = revision_description
        if "archived" not in unreadable:
            archived: bool | None | Unset
            if isinstance(self.archived, Unset):
                archived = UNSET
            else:
                archived = self.archived

            if archived is not UNSET:
                field_dict["archived"] = archived
        if "no_validation" not in unreadable:
            no_validation: bool | None | Unset
            if isinstance(self.no_validation, Unset):
                no_validation = UNSET
            else:
                no_validation = self.no_validation

            if no_validation is not UNSET:
                field_dict["noValidation"] = no_validation
        if "area_id" not in unreadable:
            area_id: int | None | Unset
            if isinstance(self.area_id, Unset):
                area_id = UNSET
            else:
                area_id = self.area_id

            if area_id is not UNSET:
                field_dict["areaId"] = area_id
        if "description" not in unreadable:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

            if description is not UNSET:
                field_dict["description"] = description
        if "deadline" not in unreadable:
            deadline: None | str | Unset
            if isinstance(self.deadline, Unset):
                deadline = UNSET
            elif isinstance(self.deadline, datetime.datetime):
                deadline = self.deadline.isoformat()
            else:
                deadline = self.deadline

            if deadline is not UNSET:
                field_dict["deadline"] = deadline
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
        if "state" not in unreadable:
            state: None | str | Unset
            if isinstance(self.state, Unset):
                state = UNSET
            elif isinstance(self.state, AuditResponseState):
                state = self.state.value
            else:
                state = self.state

            if state is not UNSET:
                field_dict["state"] = state
        if "published_date" not in unreadable:
            published_date: None | str | Unset
            if isinstance(self.published_date, Unset):
                published_date = UNSET
            elif isinstance(self.published_date, datetime.datetime):
                published_date = self.published_date.isoformat()
            else:
                published_date = self.published_date

            if published_date is not UNSET:
                field_dict["publishedDate"] = published_date
        if "start_date" not in unreadable:
            start_date: None | str | Unset
            if isinstance(self.start_date, Unset):
                start_date = UNSET
            elif isinstance(self.start_date, datetime.datetime):
                start_date = self.start_date.isoformat()
            else:
                start_date = self.start_date

            if start_date is not UNSET:
                field_dict["startDate"] = start_date
        if "response_date" not in unreadable:
            response_date: None | str | Unset
            if isinstance(self.response_date, Unset):
                response_date = UNSET
            elif isinstance(self.response_date, datetime.datetime):
                response_date = self.response_date.isoformat()
            else:
                response_date = self.response_date

            if response_date is not UNSET:
                field_dict["responseDate"] = response_date
        if "archived_date" not in unreadable:
            archived_date: None | str | Unset
            if isinstance(self.archived_date, Unset):
                archived_date = UNSET
            elif isinstance(self.archived_date, datetime.datetime):
                archived_date = self.archived_date.isoformat()
            else:
                archived_date = self.archived_date

            if archived_date is not UNSET:
                field_dict["archivedDate"] = archived_date
        if "template_id" not in unreadable:
            template_id: None | str | Unset
            if isinstance(self.template_id, Unset):
                template_id = UNSET
            elif isinstance(self.template_id, UUID):
                template_id = str(self.template_id)
            else:
                template_id = self.template_id

            if template_id is not UNSET:
                field_dict["templateId"] = template_id
        if "annotations" not in unreadable:
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

            if annotations is not UNSET:
                field_dict["annotations"] = annotations
        if "audit_shared_links" not in unreadable:
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

            if audit_shared_links is not UNSET:
                field_dict["auditSharedLinks"] = audit_shared_links
        if "readiness" not in unreadable:
            readiness: int | None | Unset
            if isinstance(self.readiness, Unset):
                readiness = UNSET
            else:
                readiness = self.readiness

            if readiness is not UNSET:
                field_dict["readiness"] = readiness
        if "score" not in unreadable:
            score: float | None | Unset
            if isinstance(self.score, Unset):
                score = UNSET
            else:
                score = self.score

            if score is not UNSET:
                field_dict["score"] = score
        if "max_score" not in unreadable:
            max_score: float | None | Unset
            if isinstance(self.max_score, Unset):
                max_score = UNSET
            else:
                max_score = self.max_score

            if max_score is not UNSET:
                field_dict["maxScore"] = max_score
        if "completion_rate" not in unreadable:
            completion_rate: int | None | Unset
            if isinstance(self.completion_rate, Unset):
                completion_rate = UNSET
            else:
                completion_rate = self.completion_rate

            if completion_rate is not UNSET:
                field_dict["completionRate"] = completion_rate
        if "nb_answers" not in unreadable:
            nb_answers: int | None | Unset
            if isinstance(self.nb_answers, Unset):
                nb_answers = UNSET
            else:
                nb_answers = self.nb_answers

            if nb_answers is not UNSET:
                field_dict["nbAnswers"] = nb_answers
        if "nb_questions" not in unreadable:
            nb_questions: int | None | Unset
            if isinstance(self.nb_questions, Unset):
                nb_questions = UNSET
            else:
                nb_questions = self.nb_questions

            if nb_questions is not UNSET:
                field_dict["nbQuestions"] = nb_questions
        if "owners" not in unreadable:
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

            if owners is not UNSET:
                field_dict["owners"] = owners
        if "respondants" not in unreadable:
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

            if respondants is not UNSET:
                field_dict["respondants"] = respondants
        if "action_plan_date" not in unreadable:
            action_plan_date: None | str | Unset
            if isinstance(self.action_plan_date, Unset):
                action_plan_date = UNSET
            elif isinstance(self.action_plan_date, datetime.datetime):
                action_plan_date = self.action_plan_date.isoformat()
            else:
                action_plan_date = self.action_plan_date

            if action_plan_date is not UNSET:
                field_dict["actionPlanDate"] = action_plan_date
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
            if len(src_dict) >= 36:
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
        if type(value) is int:
            parsed.workspace_id = value
        else:
            invalid(parsed, "workspace_id", "workspaceId", "int", value)
            absent += value is MISSING

        value = values[2]
        if isinstance(value, dict):
            try:
                parsed.area = AreaDto.from_dict(value)
            except VariantMismatchError:
                invalid(parsed, "area", "area", "AreaDto", value)
        else:
            invalid(parsed, "area", "area", "AreaDto", value)
            absent += value is MISSING

        value = values[3]
        try:
            parsed.date_creation = datetime.datetime.fromisoformat(value)
        except (TypeError, ValueError):
            invalid(parsed, "date_creation", "dateCreation", "datetime.datetime", value)
            absent += value is MISSING

        value = values[4]
        if value is None:
            parsed.template = None
        elif value is UNSET:
            parsed.template = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.template = AuditTemplateLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "template", "template", "AuditTemplateLightDto | None", value)
            else:
                invalid(parsed, "template", "template", "AuditTemplateLightDto | None", value)

        value = values[5]
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

        value = values[6]
        if isinstance(value, str):
            parsed.object_type = _AUDIT_OBJECT_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.object_type = None
        elif value is UNSET:
            parsed.object_type = UNSET
            absent += 1
        else:
            invalid(parsed, "object_type", "objectType", "AuditObjectType | str | None", value)

        value = values[7]
        if isinstance(value, str) or value is None:
            parsed.object_id = value
        elif value is UNSET:
            parsed.object_id = UNSET
            absent += 1
        else:
            invalid(parsed, "object_id", "objectId", "str | None", value)

        value = values[8]
        if isinstance(value, str) or value is None:
            parsed.object_label = value
        elif value is UNSET:
            parsed.object_label = UNSET
            absent += 1
        else:
            invalid(parsed, "object_label", "objectLabel", "str | None", value)

        value = values[9]
        if isinstance(value, str) or value is None:
            parsed.object_logo_url = value
        elif value is UNSET:
            parsed.object_logo_url = UNSET
            absent += 1
        else:
            invalid(parsed, "object_logo_url", "objectLogoUrl", "str | None", value)

        value = values[10]
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

        value = values[11]
        if type(value) is bool or value is None:
            parsed.is_revision = value
        elif value is UNSET:
            parsed.is_revision = UNSET
            absent += 1
        else:
            invalid(parsed, "is_revision", "isRevision", "bool | None", value)

        value = values[12]
        if isinstance(value, str) or value is None:
            parsed.revision_description = value
        elif value is UNSET:
            parsed.revision_description = UNSET
            absent += 1
        else:
            invalid(parsed, "revision_description", "revisionDescription", "str | None", value)

        value = values[13]
        if type(value) is bool or value is None:
            parsed.archived = value
        elif value is UNSET:
            parsed.archived = UNSET
            absent += 1
        else:
            invalid(parsed, "archived", "archived", "bool | None", value)

        value = values[14]
        if type(value) is bool or value is None:
            parsed.no_validation = value
        elif value is UNSET:
            parsed.no_validation = UNSET
            absent += 1
        else:
            invalid(parsed, "no_validation", "noValidation", "bool | None", value)

        value = values[15]
        if type(value) is int or value is None:
            parsed.area_id = value
        elif value is UNSET:
            parsed.area_id = UNSET
            absent += 1
        else:
            invalid(parsed, "area_id", "areaId", "int | None", value)

        value = values[16]
        if isinstance(value, str) or value is None:
            parsed.description = value
        elif value is UNSET:
            parsed.description = UNSET
            absent += 1
        else:
            invalid(parsed, "description", "description", "str | None", value)

        value = values[17]
        if value is None:
            parsed.deadline = None
        elif value is UNSET:
            parsed.deadline = UNSET
            absent += 1
        else:
            try:
                parsed.deadline = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "deadline", "deadline", "datetime.datetime | None", value)

        value = values[18]
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

        value = values[19]
        if isinstance(value, str):
            parsed.state = _AUDIT_RESPONSE_STATE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.state = None
        elif value is UNSET:
            parsed.state = UNSET
            absent += 1
        else:
            invalid(parsed, "state", "state", "AuditResponseState | str | None", value)

        value = values[20]
        if value is None:
            parsed.published_date = None
        elif value is UNSET:
            parsed.published_date = UNSET
            absent += 1
        else:
            try:
                parsed.published_date = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "published_date", "publishedDate", "datetime.datetime | None", value)

        value = values[21]
        if value is None:
            parsed.start_date = None
        elif value is UNSET:
            parsed.start_date = UNSET
            absent += 1
        else:
            try:
                parsed.start_date = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "start_date", "startDate", "datetime.datetime | None", value)

        value = values[22]
        if value is None:
            parsed.response_date = None
        elif value is UNSET:
            parsed.response_date = UNSET
            absent += 1
        else:
            try:
                parsed.response_date = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "response_date", "responseDate", "datetime.datetime | None", value)

        value = values[23]
        if value is None:
            parsed.archived_date = None
        elif value is UNSET:
            parsed.archived_date = UNSET
            absent += 1
        else:
            try:
                parsed.archived_date = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "archived_date", "archivedDate", "datetime.datetime | None", value)

        value = values[24]
        if value is None:
            parsed.template_id = None
        elif value is UNSET:
            parsed.template_id = UNSET
            absent += 1
        else:
            try:
                parsed.template_id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "template_id", "templateId", "UUID | None", value)

        value = values[25]
        if value is None:
            parsed.annotations = None
        elif value is UNSET:
            parsed.annotations = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.annotations = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.annotations = list(map(AuditAnnotationDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "annotations",
                        "annotations",
                        "list[AuditAnnotationDto] | None",
                        value,
                        items=AuditAnnotationDto.from_dict,
                    )
            else:
                invalid(parsed, "annotations", "annotations", "list[AuditAnnotationDto] | None", value)

        value = values[26]
        if value is None:
            parsed.audit_shared_links = None
        elif value is UNSET:
            parsed.audit_shared_links = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.audit_shared_links = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.audit_shared_links = list(map(AuditSharedLink.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "audit_shared_links",
                        "auditSharedLinks",
                        "list[AuditSharedLink] | None",
                        value,
                        items=AuditSharedLink.from_dict,
                    )
            else:
                invalid(
                    parsed, "audit_shared_links", "auditSharedLinks", "list[AuditSharedLink] | None", value
                )

        value = values[27]
        if type(value) is int or value is None:
            parsed.readiness = value
        elif value is UNSET:
            parsed.readiness = UNSET
            absent += 1
        else:
            invalid(parsed, "readiness", "readiness", "int | None", value)

        value = values[28]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.score = value
        elif value is UNSET:
            parsed.score = UNSET
            absent += 1
        else:
            invalid(parsed, "score", "score", "float | None", value)

        value = values[29]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.max_score = value
        elif value is UNSET:
            parsed.max_score = UNSET
            absent += 1
        else:
            invalid(parsed, "max_score", "maxScore", "float | None", value)

        value = values[30]
        if type(value) is int or value is None:
            parsed.completion_rate = value
        elif value is UNSET:
            parsed.completion_rate = UNSET
            absent += 1
        else:
            invalid(parsed, "completion_rate", "completionRate", "int | None", value)

        value = values[31]
        if type(value) is int or value is None:
            parsed.nb_answers = value
        elif value is UNSET:
            parsed.nb_answers = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_answers", "nbAnswers", "int | None", value)

        value = values[32]
        if type(value) is int or value is None:
            parsed.nb_questions = value
        elif value is UNSET:
            parsed.nb_questions = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_questions", "nbQuestions", "int | None", value)

        value = values[33]
        if value is None:
            parsed.owners = None
        elif value is UNSET:
            parsed.owners = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.owners = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.owners = list(map(AuditStakeHolderDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "owners",
                        "owners",
                        "list[AuditStakeHolderDto] | None",
                        value,
                        items=AuditStakeHolderDto.from_dict,
                    )
            else:
                invalid(parsed, "owners", "owners", "list[AuditStakeHolderDto] | None", value)

        value = values[34]
        if value is None:
            parsed.respondants = None
        elif value is UNSET:
            parsed.respondants = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.respondants = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.respondants = list(map(AuditStakeHolderDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "respondants",
                        "respondants",
                        "list[AuditStakeHolderDto] | None",
                        value,
                        items=AuditStakeHolderDto.from_dict,
                    )
            else:
                invalid(parsed, "respondants", "respondants", "list[AuditStakeHolderDto] | None", value)

        value = values[35]
        if value is None:
            parsed.action_plan_date = None
        elif value is UNSET:
            parsed.action_plan_date = UNSET
            absent += 1
        else:
            try:
                parsed.action_plan_date = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "action_plan_date", "actionPlanDate", "datetime.datetime | None", value)

        if len(src_dict) + absent == 36:  # every key is a known one
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
