from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.section_type import SectionType
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
    from ..models.audit_question import AuditQuestion








def _parse_type_(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = SectionType._value2member_map_.get(data)
    if member is not None:
        return member
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






def _parse_questions(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.AuditQuestion.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_sections(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.AuditSection.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data



def _load_questions(source: Mapping[str, Any]) -> Any:
    return _parse_questions(source.get("questions", UNSET))

def _load_sections(source: Mapping[str, Any]) -> Any:
    return _parse_sections(source.get("sections", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("slug", "label", "type", "id", "descriptionHtml", "questions", "sections", ))

T = TypeVar("T", bound="AuditSection")



@_attrs_define
class AuditSection(LazyModel):
    """Attributes:
        slug (str):
        label (str):
        type_ (SectionType | str):
        id (None | Unset | UUID):
        description_html (None | str | Unset):
        questions (list[AuditQuestion] | None | Unset):
        sections (list[AuditSection] | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "questions": _load_questions,
        "sections": _load_sections,
    }

    slug: str
    label: str
    type_: SectionType | str
    id: None | Unset | UUID = UNSET
    description_html: None | str | Unset = UNSET
    questions: list[AuditQuestion] | None | Unset = UNSET
    sections: list[AuditSection] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_question import AuditQuestion  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        slug = self.slug

        field_dict["slug"] = slug
        label = self.label

        field_dict["label"] = label
        type_: str
        if isinstance(self.type_, SectionType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict["type"] = type_
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        description_html: None | str | Unset
        if isinstance(self.description_html, Unset):
            description_html = UNSET
        else:
            description_html = self.description_html

        if description_html is not UNSET:
            field_dict["descriptionHtml"] = description_html
        questions: list[dict[str, Any]] | None | Unset
        if isinstance(self.questions, Unset):
            questions = UNSET
        elif isinstance(self.questions, list):
            questions = []
            for questions_type_0_item_data in self.questions:
                questions_type_0_item = questions_type_0_item_data.to_dict()
                questions.append(questions_type_0_item)


        else:
            questions = self.questions

        if questions is not UNSET:
            field_dict["questions"] = questions
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
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.slug = src_dict["slug"]
        parsed.label = src_dict["label"]
        parsed.type_ = _parse_type_(src_dict["type"])
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.description_html = src_dict.get("descriptionHtml", UNSET)
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
