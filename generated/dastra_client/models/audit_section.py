from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.section_type import SectionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_question import AuditQuestion


T = TypeVar("T", bound="AuditSection")


@_attrs_define
class AuditSection:
    """
    Attributes:
        slug (str):
        label (str):
        type_ (SectionType | str):
        id (None | Unset | UUID):
        description_html (None | str | Unset):
        questions (list[AuditQuestion] | None | Unset):
        sections (list[AuditSection] | None | Unset):
    """

    slug: str
    label: str
    type_: SectionType | str
    id: None | Unset | UUID = UNSET
    description_html: None | str | Unset = UNSET
    questions: list[AuditQuestion] | None | Unset = UNSET
    sections: list[AuditSection] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        label = self.label

        type_: str
        if isinstance(self.type_, SectionType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        description_html: None | str | Unset
        if isinstance(self.description_html, Unset):
            description_html = UNSET
        else:
            description_html = self.description_html

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "label": label,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if description_html is not UNSET:
            field_dict["descriptionHtml"] = description_html
        if questions is not UNSET:
            field_dict["questions"] = questions
        if sections is not UNSET:
            field_dict["sections"] = sections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_question import AuditQuestion

        d = dict(src_dict)
        slug = d.pop("slug")

        label = d.pop("label")

        def _parse_type_(data: object) -> SectionType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = SectionType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SectionType | str, data)

        type_ = _parse_type_(d.pop("type"))

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

        def _parse_description_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description_html = _parse_description_html(d.pop("descriptionHtml", UNSET))

        def _parse_questions(data: object) -> list[AuditQuestion] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                questions_type_0 = []
                _questions_type_0 = data
                for questions_type_0_item_data in _questions_type_0:
                    questions_type_0_item = AuditQuestion.from_dict(questions_type_0_item_data)

                    questions_type_0.append(questions_type_0_item)

                return questions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AuditQuestion] | None | Unset, data)

        questions = _parse_questions(d.pop("questions", UNSET))

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

        audit_section = cls(
            slug=slug,
            label=label,
            type_=type_,
            id=id,
            description_html=description_html,
            questions=questions,
            sections=sections,
        )

        audit_section.additional_properties = d
        return audit_section

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
