from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.data_subject_widget_custom_type import DataSubjectWidgetCustomType
from ..models.data_subject_widget_field_type import DataSubjectWidgetFieldType
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
    from ..models.person_type_item import PersonTypeItem






def _parse_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_type_(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = DataSubjectWidgetFieldType._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_person_categories(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.PersonTypeItem.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data










def _parse_custom_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = DataSubjectWidgetCustomType._value2member_map_.get(data)
    if member is not None:
        return member
    return data








def _parse_field_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = DataSubjectWidgetCustomType._value2member_map_.get(data)
    if member is not None:
        return member
    return data




def _load_person_categories(source: Mapping[str, Any]) -> Any:
    return _parse_person_categories(source.get("personCategories", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("id", "type", "personCategories", "defaultValue", "hidden", "required", "min", "max", "customType", "customSlug", "customLabel", "customOptions", "fieldType", "slug", ))

T = TypeVar("T", bound="DataSubjectWidgetField")



@_attrs_define
class DataSubjectWidgetField(LazyModel):
    """Attributes:
        id (None | Unset | UUID):
        type_ (DataSubjectWidgetFieldType | None | str | Unset):
        person_categories (list[PersonTypeItem] | None | Unset):
        default_value (None | str | Unset):
        hidden (bool | None | Unset):
        required (bool | None | Unset):
        min_ (int | None | Unset):
        max_ (int | None | Unset):
        custom_type (DataSubjectWidgetCustomType | None | str | Unset):
        custom_slug (None | str | Unset):
        custom_label (None | str | Unset):
        custom_options (list[str] | None | Unset):
        field_type (DataSubjectWidgetCustomType | None | str | Unset):
        slug (None | str | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "person_categories": _load_person_categories,
    }

    id: None | Unset | UUID = UNSET
    type_: DataSubjectWidgetFieldType | None | str | Unset = UNSET
    person_categories: list[PersonTypeItem] | None | Unset = UNSET
    default_value: None | str | Unset = UNSET
    hidden: bool | None | Unset = UNSET
    required: bool | None | Unset = UNSET
    min_: int | None | Unset = UNSET
    max_: int | None | Unset = UNSET
    custom_type: DataSubjectWidgetCustomType | None | str | Unset = UNSET
    custom_slug: None | str | Unset = UNSET
    custom_label: None | str | Unset = UNSET
    custom_options: list[str] | None | Unset = UNSET
    field_type: DataSubjectWidgetCustomType | None | str | Unset = UNSET
    slug: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.person_type_item import PersonTypeItem  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, DataSubjectWidgetFieldType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        if type_ is not UNSET:
            field_dict["type"] = type_
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
        default_value: None | str | Unset
        if isinstance(self.default_value, Unset):
            default_value = UNSET
        else:
            default_value = self.default_value

        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value
        hidden: bool | None | Unset
        if isinstance(self.hidden, Unset):
            hidden = UNSET
        else:
            hidden = self.hidden

        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        required: bool | None | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        else:
            required = self.required

        if required is not UNSET:
            field_dict["required"] = required
        min_: int | None | Unset
        if isinstance(self.min_, Unset):
            min_ = UNSET
        else:
            min_ = self.min_

        if min_ is not UNSET:
            field_dict["min"] = min_
        max_: int | None | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        else:
            max_ = self.max_

        if max_ is not UNSET:
            field_dict["max"] = max_
        custom_type: None | str | Unset
        if isinstance(self.custom_type, Unset):
            custom_type = UNSET
        elif isinstance(self.custom_type, DataSubjectWidgetCustomType):
            custom_type = self.custom_type.value
        else:
            custom_type = self.custom_type

        if custom_type is not UNSET:
            field_dict["customType"] = custom_type
        custom_slug: None | str | Unset
        if isinstance(self.custom_slug, Unset):
            custom_slug = UNSET
        else:
            custom_slug = self.custom_slug

        if custom_slug is not UNSET:
            field_dict["customSlug"] = custom_slug
        custom_label: None | str | Unset
        if isinstance(self.custom_label, Unset):
            custom_label = UNSET
        else:
            custom_label = self.custom_label

        if custom_label is not UNSET:
            field_dict["customLabel"] = custom_label
        custom_options: list[str] | None | Unset
        if isinstance(self.custom_options, Unset):
            custom_options = UNSET
        elif isinstance(self.custom_options, list):
            custom_options = self.custom_options


        else:
            custom_options = self.custom_options

        if custom_options is not UNSET:
            field_dict["customOptions"] = custom_options
        field_type: None | str | Unset
        if isinstance(self.field_type, Unset):
            field_type = UNSET
        elif isinstance(self.field_type, DataSubjectWidgetCustomType):
            field_type = self.field_type.value
        else:
            field_type = self.field_type

        if field_type is not UNSET:
            field_dict["fieldType"] = field_type
        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        if slug is not UNSET:
            field_dict["slug"] = slug
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.type_ = _parse_type_(src_dict.get("type", UNSET))
        parsed.default_value = src_dict.get("defaultValue", UNSET)
        parsed.hidden = src_dict.get("hidden", UNSET)
        parsed.required = src_dict.get("required", UNSET)
        parsed.min_ = src_dict.get("min", UNSET)
        parsed.max_ = src_dict.get("max", UNSET)
        parsed.custom_type = _parse_custom_type(src_dict.get("customType", UNSET))
        parsed.custom_slug = src_dict.get("customSlug", UNSET)
        parsed.custom_label = src_dict.get("customLabel", UNSET)
        parsed.custom_options = src_dict.get("customOptions", UNSET)
        parsed.field_type = _parse_field_type(src_dict.get("fieldType", UNSET))
        parsed.slug = src_dict.get("slug", UNSET)
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
