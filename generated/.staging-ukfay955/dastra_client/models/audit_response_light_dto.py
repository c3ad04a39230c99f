from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.audit_object_type import AuditObjectType
from ..models.audit_response_state import AuditResponseState
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.area_dto import AreaDto
    from ..models.audit_annotation_dto import AuditAnnotationDto
    from ..models.audit_shared_link import AuditSharedLink
    from ..models.audit_stake_holder_dto import AuditStakeHolderDto
    from ..models.audit_template_light_dto import AuditTemplateLightDto










def _parse_template(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.AuditTemplateLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_object_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = AuditObjectType._value2member_map_.get(data)
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










def _parse_deadline(data: Any) -> Any:
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





def _parse_state(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = AuditResponseState._value2member_map_.get(data)
    if member is not None:
        return member
    return data




def _parse_published_date(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_start_date(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_response_date(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_archived_date(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_template_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_annotations(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.AuditAnnotationDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_audit_shared_links(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.AuditSharedLink.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data











def _parse_owners(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.AuditStakeHolderDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_respondants(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.AuditStakeHolderDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_action_plan_date(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data



def _load_template(source: Mapping[str, Any]) -> Any:
    return _parse_template(source.get("template", UNSET))

def _load_annotations(source: Mapping[str, Any]) -> Any:
    return _parse_annotations(source.get("annotations", UNSET))

def _load_audit_shared_links(source: Mapping[str, Any]) -> Any:
    return _parse_audit_shared_links(source.get("auditSharedLinks", UNSET))

def _load_owners(source: Mapping[str, Any]) -> Any:
    return _parse_owners(source.get("owners", UNSET))

def _load_respondants(source: Mapping[str, Any]) -> Any:
    return _parse_respondants(source.get("respondants", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("label", "workspaceId", "area", "dateCreation", "template", "id", "objectType", "objectId", "objectLabel", "objectLogoUrl", "parentId", "isRevision", "revisionDescription", "archived", "noValidation", "areaId", "description", "deadline", "dateUpdate", "state", "publishedDate", "startDate", "responseDate", "archivedDate", "templateId", "annotations", "auditSharedLinks", "readiness", "score", "maxScore", "completionRate", "nbAnswers", "nbQuestions", "owners", "respondants", "actionPlanDate", ))

T = TypeVar("T", bound="AuditResponseLightDto")



@_attrs_define
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

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
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
        from ..models.area_dto import AreaDto  # noqa: PLC0415
        from ..models.audit_annotation_dto import AuditAnnotationDto  # noqa: PLC0415
        from ..models.audit_shared_link import AuditSharedLink  # noqa: PLC0415
        from ..models.audit_stake_holder_dto import AuditStakeHolderDto  # noqa: PLC0415
        from ..models.audit_template_light_dto import AuditTemplateLightDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        label = self.label

        field_dict["label"] = label
        workspace_id = self.workspace_id

        field_dict["workspaceId"] = workspace_id
        area = self.area.to_dict()

        field_dict["area"] = area
        date_creation = self.date_creation.isoformat()

        field_dict["dateCreation"] = date_creation
        template: dict[str, Any] | None | Unset
        if isinstance(self.template, Unset):
            template = UNSET
        elif isinstance(self.template, AuditTemplateLightDto):
            template = self.template.to_dict()
        else:
            template = self.template

        if template is not UNSET:
            field_dict["template"] = template
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        elif isinstance(self.object_type, AuditObjectType):
            object_type = self.object_type.value
        else:
            object_type = self.object_type

        if object_type is not UNSET:
            field_dict["objectType"] = object_type
        object_id: None | str | Unset
        if isinstance(self.object_id, Unset):
            object_id = UNSET
        else:
            object_id = self.object_id

        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        object_label: None | str | Unset
        if isinstance(self.object_label, Unset):
            object_label = UNSET
        else:
            object_label = self.object_label

        if object_label is not UNSET:
            field_dict["objectLabel"] = object_label
        object_logo_url: None | str | Unset
        if isinstance(self.object_logo_url, Unset):
            object_logo_url = UNSET
        else:
            object_logo_url = self.object_logo_url

        if object_logo_url is not UNSET:
            field_dict["objectLogoUrl"] = object_logo_url
        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        is_revision: bool | None | Unset
        if isinstance(self.is_revision, Unset):
            is_revision = UNSET
        else:
            is_revision = self.is_revision

        if is_revision is not UNSET:
            field_dict["isRevision"] = is_revision
        revision_description: None | str | Unset
        if isinstance(self.revision_description, Unset):
            revision_description = UNSET
        else:
            revision_description = self.revision_description

        if revision_description is not UNSET:
            field_dict["revisionDescription"] = revision_description
        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        if archived is not UNSET:
            field_dict["archived"] = archived
        no_validation: bool | None | Unset
        if isinstance(self.no_validation, Unset):
            no_validation = UNSET
        else:
            no_validation = self.no_validation

        if no_validation is not UNSET:
            field_dict["noValidation"] = no_validation
        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        if description is not UNSET:
            field_dict["description"] = description
        deadline: None | str | Unset
        if isinstance(self.deadline, Unset):
            deadline = UNSET
        elif isinstance(self.deadline, datetime.datetime):
            deadline = self.deadline.isoformat()
        else:
            deadline = self.deadline

        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        date_update: None | str | Unset
        if isinstance(self.date_update, Unset):
            date_update = UNSET
        elif isinstance(self.date_update, datetime.datetime):
            date_update = self.date_update.isoformat()
        else:
            date_update = self.date_update

        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, AuditResponseState):
            state = self.state.value
        else:
            state = self.state

        if state is not UNSET:
            field_dict["state"] = state
        published_date: None | str | Unset
        if isinstance(self.published_date, Unset):
            published_date = UNSET
        elif isinstance(self.published_date, datetime.datetime):
            published_date = self.published_date.isoformat()
        else:
            published_date = self.published_date

        if published_date is not UNSET:
            field_dict["publishedDate"] = published_date
        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        response_date: None | str | Unset
        if isinstance(self.response_date, Unset):
            response_date = UNSET
        elif isinstance(self.response_date, datetime.datetime):
            response_date = self.response_date.isoformat()
        else:
            response_date = self.response_date

        if response_date is not UNSET:
            field_dict["responseDate"] = response_date
        archived_date: None | str | Unset
        if isinstance(self.archived_date, Unset):
            archived_date = UNSET
        elif isinstance(self.archived_date, datetime.datetime):
            archived_date = self.archived_date.isoformat()
        else:
            archived_date = self.archived_date

        if archived_date is not UNSET:
            field_dict["archivedDate"] = archived_date
        template_id: None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        elif isinstance(self.template_id, UUID):
            template_id = str(self.template_id)
        else:
            template_id = self.template_id

        if template_id is not UNSET:
            field_dict["templateId"] = template_id
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
        readiness: int | None | Unset
        if isinstance(self.readiness, Unset):
            readiness = UNSET
        else:
            readiness = self.readiness

        if readiness is not UNSET:
            field_dict["readiness"] = readiness
        score: float | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        if score is not UNSET:
            field_dict["score"] = score
        max_score: float | None | Unset
        if isinstance(self.max_score, Unset):
            max_score = UNSET
        else:
            max_score = self.max_score

        if max_score is not UNSET:
            field_dict["maxScore"] = max_score
        completion_rate: int | None | Unset
        if isinstance(self.completion_rate, Unset):
            completion_rate = UNSET
        else:
            completion_rate = self.completion_rate

        if completion_rate is not UNSET:
            field_dict["completionRate"] = completion_rate
        nb_answers: int | None | Unset
        if isinstance(self.nb_answers, Unset):
            nb_answers = UNSET
        else:
            nb_answers = self.nb_answers

        if nb_answers is not UNSET:
            field_dict["nbAnswers"] = nb_answers
        nb_questions: int | None | Unset
        if isinstance(self.nb_questions, Unset):
            nb_questions = UNSET
        else:
            nb_questions = self.nb_questions

        if nb_questions is not UNSET:
            field_dict["nbQuestions"] = nb_questions
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
        action_plan_date: None | str | Unset
        if isinstance(self.action_plan_date, Unset):
            action_plan_date = UNSET
        elif isinstance(self.action_plan_date, datetime.datetime):
            action_plan_date = self.action_plan_date.isoformat()
        else:
            action_plan_date = self.action_plan_date

        if action_plan_date is not UNSET:
            field_dict["actionPlanDate"] = action_plan_date
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.label = src_dict["label"]
        parsed.workspace_id = src_dict["workspaceId"]
        parsed.area = _models.AreaDto.from_dict(src_dict["area"])
        parsed.date_creation = datetime.datetime.fromisoformat(src_dict["dateCreation"])
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.object_type = _parse_object_type(src_dict.get("objectType", UNSET))
        parsed.object_id = src_dict.get("objectId", UNSET)
        parsed.object_label = src_dict.get("objectLabel", UNSET)
        parsed.object_logo_url = src_dict.get("objectLogoUrl", UNSET)
        parsed.parent_id = _parse_parent_id(src_dict.get("parentId", UNSET))
        parsed.is_revision = src_dict.get("isRevision", UNSET)
        parsed.revision_description = src_dict.get("revisionDescription", UNSET)
        parsed.archived = src_dict.get("archived", UNSET)
        parsed.no_validation = src_dict.get("noValidation", UNSET)
        parsed.area_id = src_dict.get("areaId", UNSET)
        parsed.description = src_dict.get("description", UNSET)
        parsed.deadline = _parse_deadline(src_dict.get("deadline", UNSET))
        parsed.date_update = _parse_date_update(src_dict.get("dateUpdate", UNSET))
        parsed.state = _parse_state(src_dict.get("state", UNSET))
        parsed.published_date = _parse_published_date(src_dict.get("publishedDate", UNSET))
        parsed.start_date = _parse_start_date(src_dict.get("startDate", UNSET))
        parsed.response_date = _parse_response_date(src_dict.get("responseDate", UNSET))
        parsed.archived_date = _parse_archived_date(src_dict.get("archivedDate", UNSET))
        parsed.template_id = _parse_template_id(src_dict.get("templateId", UNSET))
        parsed.readiness = src_dict.get("readiness", UNSET)
        parsed.score = src_dict.get("score", UNSET)
        parsed.max_score = src_dict.get("maxScore", UNSET)
        parsed.completion_rate = src_dict.get("completionRate", UNSET)
        parsed.nb_answers = src_dict.get("nbAnswers", UNSET)
        parsed.nb_questions = src_dict.get("nbQuestions", UNSET)
        parsed.action_plan_date = _parse_action_plan_date(src_dict.get("actionPlanDate", UNSET))
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
