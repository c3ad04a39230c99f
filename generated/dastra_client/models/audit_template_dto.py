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
from ..models.audit_template_type import AuditTemplateType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_result_analysis import AuditResultAnalysis
    from ..models.audit_section import AuditSection
    from ..models.tag_dto import TagDto
    from ..models.user_light_dto import UserLightDto
else:
    AuditResultAnalysis = deferred(globals(), "AuditResultAnalysis", "..models.audit_result_analysis")
    AuditSection = deferred(globals(), "AuditSection", "..models.audit_section")
    TagDto = deferred(globals(), "TagDto", "..models.tag_dto")
    UserLightDto = deferred(globals(), "UserLightDto", "..models.user_light_dto")


_AUDIT_OBJECT_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in AuditObjectType}
_AUDIT_TEMPLATE_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in AuditTemplateType
}


def _load_sections(model: AuditTemplateDto, source: Mapping[str, Any]) -> Any:
    value = source.get("sections", UNSET)
    if value is None or value is UNSET:
        model.sections = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.sections = result = list(map(AuditSection.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "sections",
                "sections",
                "list[AuditSection] | None",
                value,
                items=AuditSection.from_dict,
            )
    else:
        result = invalid(model, "sections", "sections", "list[AuditSection] | None", value)
    return result


def _load_result_analysis(model: AuditTemplateDto, source: Mapping[str, Any]) -> Any:
    value = source.get("resultAnalysis", UNSET)
    if value is None or value is UNSET:
        model.result_analysis = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.result_analysis = result = list(map(AuditResultAnalysis.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "result_analysis",
                "resultAnalysis",
                "list[AuditResultAnalysis] | None",
                value,
                items=AuditResultAnalysis.from_dict,
            )
    else:
        result = invalid(
            model, "result_analysis", "resultAnalysis", "list[AuditResultAnalysis] | None", value
        )
    return result


def _load_creator(model: AuditTemplateDto, source: Mapping[str, Any]) -> Any:
    value = source.get("creator", UNSET)
    if value is None or value is UNSET:
        model.creator = value
        return value
    if isinstance(value, dict):
        try:
            model.creator = result = UserLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "creator", "creator", "UserLightDto | None", value)
    else:
        result = invalid(model, "creator", "creator", "UserLightDto | None", value)
    return result


def _load_default_owners(model: AuditTemplateDto, source: Mapping[str, Any]) -> Any:
    value = source.get("defaultOwners", UNSET)
    if value is None or value is UNSET:
        model.default_owners = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.default_owners = result = list(map(UserLightDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "default_owners",
                "defaultOwners",
                "list[UserLightDto] | None",
                value,
                items=UserLightDto.from_dict,
            )
    else:
        result = invalid(model, "default_owners", "defaultOwners", "list[UserLightDto] | None", value)
    return result


def _load_tags(model: AuditTemplateDto, source: Mapping[str, Any]) -> Any:
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


_KEYS: Final[tuple[str, ...]] = (
    "label",
    "sections",
    "resultAnalysis",
    "id",
    "version",
    "newVersion",
    "isPinned",
    "isRevision",
    "isBlockAnalysisShared",
    "nbReferences",
    "referenceId",
    "nbResponses",
    "parentId",
    "revisionDescription",
    "logoUrl",
    "description",
    "scheduleIntervalDays",
    "versionNumber",
    "dateCreation",
    "dateUpdate",
    "type",
    "creator",
    "objectType",
    "defaultOwners",
    "tags",
    "nbQuestions",
    "nbQuestionsRequired",
    "nbDatas",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "label": MISSING,
    "sections": UNSET,
    "resultAnalysis": UNSET,
    "id": UNSET,
    "version": UNSET,
    "newVersion": UNSET,
    "isPinned": UNSET,
    "isRevision": UNSET,
    "isBlockAnalysisShared": UNSET,
    "nbReferences": UNSET,
    "referenceId": UNSET,
    "nbResponses": UNSET,
    "parentId": UNSET,
    "revisionDescription": UNSET,
    "logoUrl": UNSET,
    "description": UNSET,
    "scheduleIntervalDays": UNSET,
    "versionNumber": UNSET,
    "dateCreation": UNSET,
    "dateUpdate": UNSET,
    "type": UNSET,
    "creator": UNSET,
    "objectType": UNSET,
    "defaultOwners": UNSET,
    "tags": UNSET,
    "nbQuestions": UNSET,
    "nbQuestionsRequired": UNSET,
    "nbDatas": UNSET,
}

T = TypeVar("T", bound="AuditTemplateDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("label", "label"),
        ("sections", "sections"),
        ("result_analysis", "resultAnalysis"),
        ("id", "id"),
        ("version", "version"),
        ("new_version", "newVersion"),
        ("is_pinned", "isPinned"),
        ("is_revision", "isRevision"),
        ("is_block_analysis_shared", "isBlockAnalysisShared"),
        ("nb_references", "nbReferences"),
        ("reference_id", "referenceId"),
        ("nb_responses", "nbResponses"),
        ("parent_id", "parentId"),
        ("revision_description", "revisionDescription"),
        ("logo_url", "logoUrl"),
        ("description", "description"),
        ("schedule_interval_days", "scheduleIntervalDays"),
        ("version_number", "versionNumber"),
        ("date_creation", "dateCreation"),
        ("date_update", "dateUpdate"),
        ("type_", "type"),
        ("creator", "creator"),
        ("object_type", "objectType"),
        ("default_owners", "defaultOwners"),
        ("tags", "tags"),
        ("nb_questions", "nbQuestions"),
        ("nb_questions_required", "nbQuestionsRequired"),
        ("nb_datas", "nbDatas"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
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
        from ..models.user_light_dto import UserLightDto

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "label" not in unreadable:
            label = self.label

            field_dict["label"] = label
        if "sections" not in unreadable:
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
        if "result_analysis" not in unreadable:
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
        if "version" not in unreadable:
            version: None | str | Unset
            if isinstance(self.version, Unset):
                version = UNSET
            else:
                version = self.version

            if version is not UNSET:
                field_dict["version"] = version
        if "new_version" not in unreadable:
            new_version: bool | None | Unset
            if isinstance(self.new_version, Unset):
                new_version = UNSET
            else:
                new_version = self.new_version

            if new_version is not UNSET:
                field_dict["newVersion"] = new_version
        if "is_pinned" not in unreadable:
            is_pinned: bool | None | Unset
            if isinstance(self.is_pinned, Unset):
                is_pinned = UNSET
            else:
                is_pinned = self.is_pinned

            if is_pinned is not UNSET:
                field_dict["isPinned"] = is_pinned
        if "is_revision" not in unreadable:
            is_revision: bool | None | Unset
            if isinstance(self.is_revision, Unset):
                is_revision = UNSET
            else:
                is_revision = self.is_revision

            if is_revision is not UNSET:
                field_dict["isRevision"] = is_revision
        if "is_block_analysis_shared" not in unreadable:
            is_block_analysis_shared: bool | None | Unset
            if isinstance(self.is_block_analysis_shared, Unset):
                is_block_analysis_shared = UNSET
            else:
                is_block_analysis_shared = self.is_block_analysis_shared

            if is_block_analysis_shared is not UNSET:
                field_dict["isBlockAnalysisShared"] = is_block_analysis_shared
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
        if "nb_responses" not in unreadable:
            nb_responses: int | None | Unset
            if isinstance(self.nb_responses, Unset):
                nb_responses = UNSET
            else:
                nb_responses = self.nb_responses

            if nb_responses is not UNSET:
                field_dict["nbResponses"] = nb_responses
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
        if "revision_description" not in unreadable:
            revision_description: None | str | Unset
            if isinstance(self.revision_description, Unset):
                revision_description = UNSET
            else:
                revision_description = self.revision_description

            if revision_description is not UNSET:
                field_dict["revisionDescription"] = revision_description
        if "logo_url" not in unreadable:
            logo_url: None | str | Unset
            if isinstance(self.logo_url, Unset):
                logo_url = UNSET
            else:
                logo_url = self.logo_url

            if logo_url is not UNSET:
                field_dict["logoUrl"] = logo_url
        if "description" not in unreadable:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

            if description is not UNSET:
                field_dict["description"] = description
        if "schedule_interval_days" not in unreadable:
            schedule_interval_days: int | None | Unset
            if isinstance(self.schedule_interval_days, Unset):
                schedule_interval_days = UNSET
            else:
                schedule_interval_days = self.schedule_interval_days

            if schedule_interval_days is not UNSET:
                field_dict["scheduleIntervalDays"] = schedule_interval_days
        if "version_number" not in unreadable:
            version_number: int | None | Unset
            if isinstance(self.version_number, Unset):
                version_number = UNSET
            else:
                version_number = self.version_number

            if version_number is not UNSET:
                field_dict["versionNumber"] = version_number
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
        if "type_" not in unreadable:
            type_: None | str | Unset
            if isinstance(self.type_, Unset):
                type_ = UNSET
            elif isinstance(self.type_, AuditTemplateType):
                type_ = self.type_.value
            else:
                type_ = self.type_

            if type_ is not UNSET:
                field_dict["type"] = type_
        if "creator" not in unreadable:
            creator: dict[str, Any] | None | Unset
            if isinstance(self.creator, Unset):
                creator = UNSET
            elif isinstance(self.creator, UserLightDto):
                creator = self.creator.to_dict()
            else:
                creator = self.creator

            if creator is not UNSET:
                field_dict["creator"] = creator
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
        if "default_owners" not in unreadable:
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
        if "nb_questions" not in unreadable:
            nb_questions: int | None | Unset
            if isinstance(self.nb_questions, Unset):
                nb_questions = UNSET
            else:
                nb_questions = self.nb_questions

            if nb_questions is not UNSET:
                field_dict["nbQuestions"] = nb_questions
        if "nb_questions_required" not in unreadable:
            nb_questions_required: int | None | Unset
            if isinstance(self.nb_questions_required, Unset):
                nb_questions_required = UNSET
            else:
                nb_questions_required = self.nb_questions_required

            if nb_questions_required is not UNSET:
                field_dict["nbQuestionsRequired"] = nb_questions_required
        if "nb_datas" not in unreadable:
            nb_datas: int | None | Unset
            if isinstance(self.nb_datas, Unset):
                nb_datas = UNSET
            else:
                nb_datas = self.nb_datas

            if nb_datas is not UNSET:
                field_dict["nbDatas"] = nb_datas
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
            if len(src_dict) >= 28:
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
            parsed.sections = None
        elif value is UNSET:
            parsed.sections = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.sections = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.sections = list(map(AuditSection.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "sections",
                        "sections",
                        "list[AuditSection] | None",
                        value,
                        items=AuditSection.from_dict,
                    )
            else:
                invalid(parsed, "sections", "sections", "list[AuditSection] | None", value)

        value = values[2]
        if value is None:
            parsed.result_analysis = None
        elif value is UNSET:
            parsed.result_analysis = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.result_analysis = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.result_analysis = list(map(AuditResultAnalysis.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "result_analysis",
                        "resultAnalysis",
                        "list[AuditResultAnalysis] | None",
                        value,
                        items=AuditResultAnalysis.from_dict,
                    )
            else:
                invalid(
                    parsed, "result_analysis", "resultAnalysis", "list[AuditResultAnalysis] | None", value
                )

        value = values[3]
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

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.version = value
        elif value is UNSET:
            parsed.version = UNSET
            absent += 1
        else:
            invalid(parsed, "version", "version", "str | None", value)

        value = values[5]
        if type(value) is bool or value is None:
            parsed.new_version = value
        elif value is UNSET:
            parsed.new_version = UNSET
            absent += 1
        else:
            invalid(parsed, "new_version", "newVersion", "bool | None", value)

        value = values[6]
        if type(value) is bool or value is None:
            parsed.is_pinned = value
        elif value is UNSET:
            parsed.is_pinned = UNSET
            absent += 1
        else:
            invalid(parsed, "is_pinned", "isPinned", "bool | None", value)

        value = values[7]
        if type(value) is bool or value is None:
            parsed.is_revision = value
        elif value is UNSET:
            parsed.is_revision = UNSET
            absent += 1
        else:
            invalid(parsed, "is_revision", "isRevision", "bool | None", value)

        value = values[8]
        if type(value) is bool or value is None:
            parsed.is_block_analysis_shared = value
        elif value is UNSET:
            parsed.is_block_analysis_shared = UNSET
            absent += 1
        else:
            invalid(parsed, "is_block_analysis_shared", "isBlockAnalysisShared", "bool | None", value)

        value = values[9]
        if type(value) is int or value is None:
            parsed.nb_references = value
        elif value is UNSET:
            parsed.nb_references = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_references", "nbReferences", "int | None", value)

        value = values[10]
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

        value = values[11]
        if type(value) is int or value is None:
            parsed.nb_responses = value
        elif value is UNSET:
            parsed.nb_responses = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_responses", "nbResponses", "int | None", value)

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
        if isinstance(value, str) or value is None:
            parsed.revision_description = value
        elif value is UNSET:
            parsed.revision_description = UNSET
            absent += 1
        else:
            invalid(parsed, "revision_description", "revisionDescription", "str | None", value)

        value = values[14]
        if isinstance(value, str) or value is None:
            parsed.logo_url = value
        elif value is UNSET:
            parsed.logo_url = UNSET
            absent += 1
        else:
            invalid(parsed, "logo_url", "logoUrl", "str | None", value)

        value = values[15]
        if isinstance(value, str) or value is None:
            parsed.description = value
        elif value is UNSET:
            parsed.description = UNSET
            absent += 1
        else:
            invalid(parsed, "description", "description", "str | None", value)

        value = values[16]
        if type(value) is int or value is None:
            parsed.schedule_interval_days = value
        elif value is UNSET:
            parsed.schedule_interval_days = UNSET
            absent += 1
        else:
            invalid(parsed, "schedule_interval_days", "scheduleIntervalDays", "int | None", value)

        value = values[17]
        if type(value) is int or value is None:
            parsed.version_number = value
        elif value is UNSET:
            parsed.version_number = UNSET
            absent += 1
        else:
            invalid(parsed, "version_number", "versionNumber", "int | None", value)

        value = values[18]
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

        value = values[19]
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

        value = values[20]
        if isinstance(value, str):
            parsed.type_ = _AUDIT_TEMPLATE_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.type_ = None
        elif value is UNSET:
            parsed.type_ = UNSET
            absent += 1
        else:
            invalid(parsed, "type_", "type", "AuditTemplateType | str | None", value)

        value = values[21]
        if value is None:
            parsed.creator = None
        elif value is UNSET:
            parsed.creator = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.creator = UserLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "creator", "creator", "UserLightDto | None", value)
            else:
                invalid(parsed, "creator", "creator", "UserLightDto | None", value)

        value = values[22]
        if isinstance(value, str):
            parsed.object_type = _AUDIT_OBJECT_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.object_type = None
        elif value is UNSET:
            parsed.object_type = UNSET
            absent += 1
        else:
            invalid(parsed, "object_type", "objectType", "AuditObjectType | str | None", value)

        value = values[23]
        if value is None:
            parsed.default_owners = None
        elif value is UNSET:
            parsed.default_owners = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.default_owners = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.default_owners = list(map(UserLightDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "default_owners",
                        "defaultOwners",
                        "list[UserLightDto] | None",
                        value,
                        items=UserLightDto.from_dict,
                    )
            else:
                invalid(parsed, "default_owners", "defaultOwners", "list[UserLightDto] | None", value)

        value = values[24]
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

        value = values[25]
        if type(value) is int or value is None:
            parsed.nb_questions = value
        elif value is UNSET:
            parsed.nb_questions = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_questions", "nbQuestions", "int | None", value)

        value = values[26]
        if type(value) is int or value is None:
            parsed.nb_questions_required = value
        elif value is UNSET:
            parsed.nb_questions_required = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_questions_required", "nbQuestionsRequired", "int | None", value)

        value = values[27]
        if type(value) is int or value is None:
            parsed.nb_datas = value
        elif value is UNSET:
            parsed.nb_datas = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_datas", "nbDatas", "int | None", value)

        if len(src_dict) + absent == 28:  # every key is a known one
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
