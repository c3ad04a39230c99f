from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_object_type import AuditObjectType
from ..models.audit_template_type import AuditTemplateType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_result_analysis import AuditResultAnalysis
    from ..models.audit_section import AuditSection
    from ..models.tag_dto import TagDto
    from ..models.user_light_dto import UserLightDto


T = TypeVar("T", bound="AuditTemplateDto")


@_attrs_define
class AuditTemplateDto:
    """
    Attributes:
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
        from ..models.user_light_dto import UserLightDto

        label = self.label

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

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        new_version: bool | None | Unset
        if isinstance(self.new_version, Unset):
            new_version = UNSET
        else:
            new_version = self.new_version

        is_pinned: bool | None | Unset
        if isinstance(self.is_pinned, Unset):
            is_pinned = UNSET
        else:
            is_pinned = self.is_pinned

        is_revision: bool | None | Unset
        if isinstance(self.is_revision, Unset):
            is_revision = UNSET
        else:
            is_revision = self.is_revision

        is_block_analysis_shared: bool | None | Unset
        if isinstance(self.is_block_analysis_shared, Unset):
            is_block_analysis_shared = UNSET
        else:
            is_block_analysis_shared = self.is_block_analysis_shared

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

        nb_responses: int | None | Unset
        if isinstance(self.nb_responses, Unset):
            nb_responses = UNSET
        else:
            nb_responses = self.nb_responses

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        revision_description: None | str | Unset
        if isinstance(self.revision_description, Unset):
            revision_description = UNSET
        else:
            revision_description = self.revision_description

        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        schedule_interval_days: int | None | Unset
        if isinstance(self.schedule_interval_days, Unset):
            schedule_interval_days = UNSET
        else:
            schedule_interval_days = self.schedule_interval_days

        version_number: int | None | Unset
        if isinstance(self.version_number, Unset):
            version_number = UNSET
        else:
            version_number = self.version_number

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

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, AuditTemplateType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        creator: dict[str, Any] | None | Unset
        if isinstance(self.creator, Unset):
            creator = UNSET
        elif isinstance(self.creator, UserLightDto):
            creator = self.creator.to_dict()
        else:
            creator = self.creator

        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        elif isinstance(self.object_type, AuditObjectType):
            object_type = self.object_type.value
        else:
            object_type = self.object_type

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

        nb_questions: int | None | Unset
        if isinstance(self.nb_questions, Unset):
            nb_questions = UNSET
        else:
            nb_questions = self.nb_questions

        nb_questions_required: int | None | Unset
        if isinstance(self.nb_questions_required, Unset):
            nb_questions_required = UNSET
        else:
            nb_questions_required = self.nb_questions_required

        nb_datas: int | None | Unset
        if isinstance(self.nb_datas, Unset):
            nb_datas = UNSET
        else:
            nb_datas = self.nb_datas

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
            }
        )
        if sections is not UNSET:
            field_dict["sections"] = sections
        if result_analysis is not UNSET:
            field_dict["resultAnalysis"] = result_analysis
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if new_version is not UNSET:
            field_dict["newVersion"] = new_version
        if is_pinned is not UNSET:
            field_dict["isPinned"] = is_pinned
        if is_revision is not UNSET:
            field_dict["isRevision"] = is_revision
        if is_block_analysis_shared is not UNSET:
            field_dict["isBlockAnalysisShared"] = is_block_analysis_shared
        if nb_references is not UNSET:
            field_dict["nbReferences"] = nb_references
        if reference_id is not UNSET:
            field_dict["referenceId"] = reference_id
        if nb_responses is not UNSET:
            field_dict["nbResponses"] = nb_responses
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if revision_description is not UNSET:
            field_dict["revisionDescription"] = revision_description
        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        if description is not UNSET:
            field_dict["description"] = description
        if schedule_interval_days is not UNSET:
            field_dict["scheduleIntervalDays"] = schedule_interval_days
        if version_number is not UNSET:
            field_dict["versionNumber"] = version_number
        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        if type_ is not UNSET:
            field_dict["type"] = type_
        if creator is not UNSET:
            field_dict["creator"] = creator
        if object_type is not UNSET:
            field_dict["objectType"] = object_type
        if default_owners is not UNSET:
            field_dict["defaultOwners"] = default_owners
        if tags is not UNSET:
            field_dict["tags"] = tags
        if nb_questions is not UNSET:
            field_dict["nbQuestions"] = nb_questions
        if nb_questions_required is not UNSET:
            field_dict["nbQuestionsRequired"] = nb_questions_required
        if nb_datas is not UNSET:
            field_dict["nbDatas"] = nb_datas

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_result_analysis import AuditResultAnalysis
        from ..models.audit_section import AuditSection
        from ..models.tag_dto import TagDto
        from ..models.user_light_dto import UserLightDto

        d = dict(src_dict)
        label = d.pop("label")

        def _parse_sections(data: object) -> list[AuditSection] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sections_type_0 = []
                _sections_type_0 = data
                for sections_type_0_item_data in _sections_type_0:
                    sections_type_0_item = AuditSection.from_dict(sections_type_0_item_data)

                    sections_type_0.append(sections_type_0_item)

                return sections_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AuditSection] | None | Unset, data)

        sections = _parse_sections(d.pop("sections", UNSET))

        def _parse_result_analysis(data: object) -> list[AuditResultAnalysis] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                result_analysis_type_0 = []
                _result_analysis_type_0 = data
                for result_analysis_type_0_item_data in _result_analysis_type_0:
                    result_analysis_type_0_item = AuditResultAnalysis.from_dict(
                        result_analysis_type_0_item_data
                    )

                    result_analysis_type_0.append(result_analysis_type_0_item)

                return result_analysis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AuditResultAnalysis] | None | Unset, data)

        result_analysis = _parse_result_analysis(d.pop("resultAnalysis", UNSET))

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

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_new_version(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        new_version = _parse_new_version(d.pop("newVersion", UNSET))

        def _parse_is_pinned(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_pinned = _parse_is_pinned(d.pop("isPinned", UNSET))

        def _parse_is_revision(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_revision = _parse_is_revision(d.pop("isRevision", UNSET))

        def _parse_is_block_analysis_shared(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_block_analysis_shared = _parse_is_block_analysis_shared(d.pop("isBlockAnalysisShared", UNSET))

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

        def _parse_nb_responses(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_responses = _parse_nb_responses(d.pop("nbResponses", UNSET))

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

        def _parse_revision_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        revision_description = _parse_revision_description(d.pop("revisionDescription", UNSET))

        def _parse_logo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_url = _parse_logo_url(d.pop("logoUrl", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_schedule_interval_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        schedule_interval_days = _parse_schedule_interval_days(d.pop("scheduleIntervalDays", UNSET))

        def _parse_version_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version_number = _parse_version_number(d.pop("versionNumber", UNSET))

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

        def _parse_type_(data: object) -> AuditTemplateType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = AuditTemplateType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditTemplateType | None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

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

        def _parse_default_owners(data: object) -> list[UserLightDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                default_owners_type_0 = []
                _default_owners_type_0 = data
                for default_owners_type_0_item_data in _default_owners_type_0:
                    default_owners_type_0_item = UserLightDto.from_dict(default_owners_type_0_item_data)

                    default_owners_type_0.append(default_owners_type_0_item)

                return default_owners_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UserLightDto] | None | Unset, data)

        default_owners = _parse_default_owners(d.pop("defaultOwners", UNSET))

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

        def _parse_nb_questions(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_questions = _parse_nb_questions(d.pop("nbQuestions", UNSET))

        def _parse_nb_questions_required(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_questions_required = _parse_nb_questions_required(d.pop("nbQuestionsRequired", UNSET))

        def _parse_nb_datas(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_datas = _parse_nb_datas(d.pop("nbDatas", UNSET))

        audit_template_dto = cls(
            label=label,
            sections=sections,
            result_analysis=result_analysis,
            id=id,
            version=version,
            new_version=new_version,
            is_pinned=is_pinned,
            is_revision=is_revision,
            is_block_analysis_shared=is_block_analysis_shared,
            nb_references=nb_references,
            reference_id=reference_id,
            nb_responses=nb_responses,
            parent_id=parent_id,
            revision_description=revision_description,
            logo_url=logo_url,
            description=description,
            schedule_interval_days=schedule_interval_days,
            version_number=version_number,
            date_creation=date_creation,
            date_update=date_update,
            type_=type_,
            creator=creator,
            object_type=object_type,
            default_owners=default_owners,
            tags=tags,
            nb_questions=nb_questions,
            nb_questions_required=nb_questions_required,
            nb_datas=nb_datas,
        )

        audit_template_dto.additional_properties = d
        return audit_template_dto

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
