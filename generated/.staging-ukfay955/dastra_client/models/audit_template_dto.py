from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.audit_object_type import AuditObjectType
from ..models.audit_template_type import AuditTemplateType
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.audit_result_analysis import AuditResultAnalysis
    from ..models.audit_section import AuditSection
    from ..models.tag_dto import TagDto
    from ..models.user_light_dto import UserLightDto








def _parse_sections(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.AuditSection.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_result_analysis(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.AuditResultAnalysis.from_dict(item) for item in data]
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










def _parse_reference_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
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





def _parse_type_(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = AuditTemplateType._value2member_map_.get(data)
    if member is not None:
        return member
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





def _parse_object_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = AuditObjectType._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_default_owners(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.UserLightDto.from_dict(item) for item in data]
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






def _load_sections(source: Mapping[str, Any]) -> Any:
    return _parse_sections(source.get("sections", UNSET))

def _load_result_analysis(source: Mapping[str, Any]) -> Any:
    return _parse_result_analysis(source.get("resultAnalysis", UNSET))

def _load_creator(source: Mapping[str, Any]) -> Any:
    return _parse_creator(source.get("creator", UNSET))

def _load_default_owners(source: Mapping[str, Any]) -> Any:
    return _parse_default_owners(source.get("defaultOwners", UNSET))

def _load_tags(source: Mapping[str, Any]) -> Any:
    return _parse_tags(source.get("tags", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("label", "sections", "resultAnalysis", "id", "version", "newVersion", "isPinned", "isRevision", "isBlockAnalysisShared", "nbReferences", "referenceId", "nbResponses", "parentId", "revisionDescription", "logoUrl", "description", "scheduleIntervalDays", "versionNumber", "dateCreation", "dateUpdate", "type", "creator", "objectType", "defaultOwners", "tags", "nbQuestions", "nbQuestionsRequired", "nbDatas", ))

T = TypeVar("T", bound="AuditTemplateDto")



@_attrs_define
class AuditTemplateDto(LazyModel):
    """Attributes:
        label (str):
        sections (list[AuditSection] | None | Unset):
        result_analysis (list[AuditResultAnalysis] | None | Unset):
        id (None | Unset | UUID):
        version (None | str | Unset):
        new_version (bool | None | Unset):
        is_pinned (bool | None | Unset):
        is_revision (bool | None | Unset):
        is_block_analysis_shared (bool | None | Unset):
        nb_references (int | None | Unset):
        reference_id (None | Unset | UUID):
        nb_responses (int | None | Unset):
        parent_id (None | Unset | UUID):
        revision_description (None | str | Unset):
        logo_url (None | str | Unset):
        description (None | str | Unset):
        schedule_interval_days (int | None | Unset):
        version_number (int | None | Unset):
        date_creation (datetime.datetime | None | Unset):
        date_update (datetime.datetime | None | Unset):
        type_ (AuditTemplateType | None | str | Unset):
        creator (None | Unset | UserLightDto):
        object_type (AuditObjectType | None | str | Unset):
        default_owners (list[UserLightDto] | None | Unset):
        tags (list[TagDto] | None | Unset):
        nb_questions (int | None | Unset):
        nb_questions_required (int | None | Unset):
        nb_datas (int | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "sections": _load_sections,
        "result_analysis": _load_result_analysis,
        "creator": _load_creator,
        "default_owners": _load_default_owners,
        "tags": _load_tags,
    }

    label: str
    sections: list[AuditSection] | None | Unset = UNSET
    result_analysis: list[AuditResultAnalysis] | None | Unset = UNSET
    id: None | Unset | UUID = UNSET
    version: None | str | Unset = UNSET
    new_version: bool | None | Unset = UNSET
    is_pinned: bool | None | Unset = UNSET
    is_revision: bool | None | Unset = UNSET
    is_block_analysis_shared: bool | None | Unset = UNSET
    nb_references: int | None | Unset = UNSET
    reference_id: None | Unset | UUID = UNSET
    nb_responses: int | None | Unset = UNSET
    parent_id: None | Unset | UUID = UNSET
    revision_description: None | str | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    schedule_interval_days: int | None | Unset = UNSET
    version_number: int | None | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    type_: AuditTemplateType | None | str | Unset = UNSET
    creator: None | Unset | UserLightDto = UNSET
    object_type: AuditObjectType | None | str | Unset = UNSET
    default_owners: list[UserLightDto] | None | Unset = UNSET
    tags: list[TagDto] | None | Unset = UNSET
    nb_questions: int | None | Unset = UNSET
    nb_questions_required: int | None | Unset = UNSET
    nb_datas: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_result_analysis import AuditResultAnalysis  # noqa: PLC0415
        from ..models.audit_section import AuditSection  # noqa: PLC0415
        from ..models.tag_dto import TagDto  # noqa: PLC0415
        from ..models.user_light_dto import UserLightDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        label = self.label

        field_dict["label"] = label
        sections: list[dict[str, Any]] | None | Unset
        if isinstance(self.sections, Unset):
            sections = UNSET
        elif isinstance(self.sections, list):
            sections = []
            for sections_type_0_item_data in self.sections:
                sections_type_0_item = sections_type_0_item_data.to_dict()
                sections.append(sections_type_0_item)


        else:
            sections = self.sections

        if sections is not UNSET:
            field_dict["sections"] = sections
        result_analysis: list[dict[str, Any]] | None | Unset
        if isinstance(self.result_analysis, Unset):
            result_analysis = UNSET
        elif isinstance(self.result_analysis, list):
            result_analysis = []
            for result_analysis_type_0_item_data in self.result_analysis:
                result_analysis_type_0_item = result_analysis_type_0_item_data.to_dict()
                result_analysis.append(result_analysis_type_0_item)


        else:
            result_analysis = self.result_analysis

        if result_analysis is not UNSET:
            field_dict["resultAnalysis"] = result_analysis
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        if version is not UNSET:
            field_dict["version"] = version
        new_version: bool | None | Unset
        if isinstance(self.new_version, Unset):
            new_version = UNSET
        else:
            new_version = self.new_version

        if new_version is not UNSET:
            field_dict["newVersion"] = new_version
        is_pinned: bool | None | Unset
        if isinstance(self.is_pinned, Unset):
            is_pinned = UNSET
        else:
            is_pinned = self.is_pinned

        if is_pinned is not UNSET:
            field_dict["isPinned"] = is_pinned
        is_revision: bool | None | Unset
        if isinstance(self.is_revision, Unset):
            is_revision = UNSET
        else:
            is_revision = self.is_revision

        if is_revision is not UNSET:
            field_dict["isRevision"] = is_revision
        is_block_analysis_shared: bool | None | Unset
        if isinstance(self.is_block_analysis_shared, Unset):
            is_block_analysis_shared = UNSET
        else:
            is_block_analysis_shared = self.is_block_analysis_shared

        if is_block_analysis_shared is not UNSET:
            field_dict["isBlockAnalysisShared"] = is_block_analysis_shared
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
        nb_responses: int | None | Unset
        if isinstance(self.nb_responses, Unset):
            nb_responses = UNSET
        else:
            nb_responses = self.nb_responses

        if nb_responses is not UNSET:
            field_dict["nbResponses"] = nb_responses
        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        revision_description: None | str | Unset
        if isinstance(self.revision_description, Unset):
            revision_description = UNSET
        else:
            revision_description = self.revision_description

        if revision_description is not UNSET:
            field_dict["revisionDescription"] = revision_description
        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        if description is not UNSET:
            field_dict["description"] = description
        schedule_interval_days: int | None | Unset
        if isinstance(self.schedule_interval_days, Unset):
            schedule_interval_days = UNSET
        else:
            schedule_interval_days = self.schedule_interval_days

        if schedule_interval_days is not UNSET:
            field_dict["scheduleIntervalDays"] = schedule_interval_days
        version_number: int | None | Unset
        if isinstance(self.version_number, Unset):
            version_number = UNSET
        else:
            version_number = self.version_number

        if version_number is not UNSET:
            field_dict["versionNumber"] = version_number
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
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, AuditTemplateType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        if type_ is not UNSET:
            field_dict["type"] = type_
        creator: dict[str, Any] | None | Unset
        if isinstance(self.creator, Unset):
            creator = UNSET
        elif isinstance(self.creator, UserLightDto):
            creator = self.creator.to_dict()
        else:
            creator = self.creator

        if creator is not UNSET:
            field_dict["creator"] = creator
        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        elif isinstance(self.object_type, AuditObjectType):
            object_type = self.object_type.value
        else:
            object_type = self.object_type

        if object_type is not UNSET:
            field_dict["objectType"] = object_type
        default_owners: list[dict[str, Any]] | None | Unset
        if isinstance(self.default_owners, Unset):
            default_owners = UNSET
        elif isinstance(self.default_owners, list):
            default_owners = []
            for default_owners_type_0_item_data in self.default_owners:
                default_owners_type_0_item = default_owners_type_0_item_data.to_dict()
                default_owners.append(default_owners_type_0_item)


        else:
            default_owners = self.default_owners

        if default_owners is not UNSET:
            field_dict["defaultOwners"] = default_owners
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
        nb_questions: int | None | Unset
        if isinstance(self.nb_questions, Unset):
            nb_questions = UNSET
        else:
            nb_questions = self.nb_questions

        if nb_questions is not UNSET:
            field_dict["nbQuestions"] = nb_questions
        nb_questions_required: int | None | Unset
        if isinstance(self.nb_questions_required, Unset):
            nb_questions_required = UNSET
        else:
            nb_questions_required = self.nb_questions_required

        if nb_questions_required is not UNSET:
            field_dict["nbQuestionsRequired"] = nb_questions_required
        nb_datas: int | None | Unset
        if isinstance(self.nb_datas, Unset):
            nb_datas = UNSET
        else:
            nb_datas = self.nb_datas

        if nb_datas is not UNSET:
            field_dict["nbDatas"] = nb_datas
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
        parsed.version = src_dict.get("version", UNSET)
        parsed.new_version = src_dict.get("newVersion", UNSET)
        parsed.is_pinned = src_dict.get("isPinned", UNSET)
        parsed.is_revision = src_dict.get("isRevision", UNSET)
        parsed.is_block_analysis_shared = src_dict.get("isBlockAnalysisShared", UNSET)
        parsed.nb_references = src_dict.get("nbReferences", UNSET)
        parsed.reference_id = _parse_reference_id(src_dict.get("referenceId", UNSET))
        parsed.nb_responses = src_dict.get("nbResponses", UNSET)
        parsed.parent_id = _parse_parent_id(src_dict.get("parentId", UNSET))
        parsed.revision_description = src_dict.get("revisionDescription", UNSET)
        parsed.logo_url = src_dict.get("logoUrl", UNSET)
        parsed.description = src_dict.get("description", UNSET)
        parsed.schedule_interval_days = src_dict.get("scheduleIntervalDays", UNSET)
        parsed.version_number = src_dict.get("versionNumber", UNSET)
        parsed.date_creation = _parse_date_creation(src_dict.get("dateCreation", UNSET))
        parsed.date_update = _parse_date_update(src_dict.get("dateUpdate", UNSET))
        parsed.type_ = _parse_type_(src_dict.get("type", UNSET))
        parsed.object_type = _parse_object_type(src_dict.get("objectType", UNSET))
        parsed.nb_questions = src_dict.get("nbQuestions", UNSET)
        parsed.nb_questions_required = src_dict.get("nbQuestionsRequired", UNSET)
        parsed.nb_datas = src_dict.get("nbDatas", UNSET)
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
