from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import FieldValidationError
from .._lazy import (
    EAGER,
    MISSING,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.section_type import SectionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_question import AuditQuestion
else:
    AuditQuestion = deferred(globals(), "AuditQuestion", "..models.audit_question")


_SECTION_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in SectionType}


def _load_questions(model: AuditSection, source: Mapping[str, Any]) -> Any:
    value = source.get("questions", UNSET)
    if value is None or value is UNSET:
        model.questions = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.questions = result = list(map(AuditQuestion.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "questions",
                "questions",
                "list[AuditQuestion] | None",
                value,
                items=AuditQuestion.from_dict,
            )
    else:
        result = invalid(model, "questions", "questions", "list[AuditQuestion] | None", value)
    return result


def _load_sections(model: AuditSection, source: Mapping[str, Any]) -> Any:
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


_KEYS: Final[tuple[str, ...]] = (
    "slug",
    "label",
    "type",
    "id",
    "descriptionHtml",
    "questions",
    "sections",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "slug": MISSING,
    "label": MISSING,
    "type": MISSING,
    "id": UNSET,
    "descriptionHtml": UNSET,
    "questions": UNSET,
    "sections": UNSET,
}

T = TypeVar("T", bound="AuditSection")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("slug", "slug"),
        ("label", "label"),
        ("type_", "type"),
        ("id", "id"),
        ("description_html", "descriptionHtml"),
        ("questions", "questions"),
        ("sections", "sections"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
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
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "slug" not in unreadable:
            slug = self.slug

            field_dict["slug"] = slug
        if "label" not in unreadable:
            label = self.label

            field_dict["label"] = label
        if "type_" not in unreadable:
            type_: str
            if isinstance(self.type_, SectionType):
                type_ = self.type_.value
            else:
                type_ = self.type_

            field_dict["type"] = type_
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
        if "description_html" not in unreadable:
            description_html: None | str | Unset
            if isinstance(self.description_html, Unset):
                description_html = UNSET
            else:
                description_html = self.description_html

            if description_html is not UNSET:
                field_dict["descriptionHtml"] = description_html
        if "questions" not in unreadable:
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
            if len(src_dict) >= 7:
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
            parsed.slug = value
        else:
            invalid(parsed, "slug", "slug", "str", value)
            absent += value is MISSING

        value = values[1]
        if isinstance(value, str):
            parsed.label = value
        else:
            invalid(parsed, "label", "label", "str", value)
            absent += value is MISSING

        value = values[2]
        if isinstance(value, str):
            parsed.type_ = _SECTION_TYPE_BY_VALUE.get(value, value)
        else:
            invalid(parsed, "type_", "type", "SectionType | str", value)
            absent += value is MISSING

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
            parsed.description_html = value
        elif value is UNSET:
            parsed.description_html = UNSET
            absent += 1
        else:
            invalid(parsed, "description_html", "descriptionHtml", "str | None", value)

        value = values[5]
        if value is None:
            parsed.questions = None
        elif value is UNSET:
            parsed.questions = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.questions = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.questions = list(map(AuditQuestion.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "questions",
                        "questions",
                        "list[AuditQuestion] | None",
                        value,
                        items=AuditQuestion.from_dict,
                    )
            else:
                invalid(parsed, "questions", "questions", "list[AuditQuestion] | None", value)

        value = values[6]
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

        if len(src_dict) + absent == 7:  # every key is a known one
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
