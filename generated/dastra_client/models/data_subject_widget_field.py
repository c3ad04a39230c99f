from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_subject_widget_custom_type import DataSubjectWidgetCustomType
from ..models.data_subject_widget_field_type import DataSubjectWidgetFieldType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.person_type_item import PersonTypeItem


T = TypeVar("T", bound="DataSubjectWidgetField")


@_attrs_define
class DataSubjectWidgetField:
    """
    Attributes:
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
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, DataSubjectWidgetFieldType):
            type_ = self.type_.value
        else:
            type_ = self.type_

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

        default_value: None | str | Unset
        if isinstance(self.default_value, Unset):
            default_value = UNSET
        else:
            default_value = self.default_value

        hidden: bool | None | Unset
        if isinstance(self.hidden, Unset):
            hidden = UNSET
        else:
            hidden = self.hidden

        required: bool | None | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        else:
            required = self.required

        min_: int | None | Unset
        if isinstance(self.min_, Unset):
            min_ = UNSET
        else:
            min_ = self.min_

        max_: int | None | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        else:
            max_ = self.max_

        custom_type: None | str | Unset
        if isinstance(self.custom_type, Unset):
            custom_type = UNSET
        elif isinstance(self.custom_type, DataSubjectWidgetCustomType):
            custom_type = self.custom_type.value
        else:
            custom_type = self.custom_type

        custom_slug: None | str | Unset
        if isinstance(self.custom_slug, Unset):
            custom_slug = UNSET
        else:
            custom_slug = self.custom_slug

        custom_label: None | str | Unset
        if isinstance(self.custom_label, Unset):
            custom_label = UNSET
        else:
            custom_label = self.custom_label

        custom_options: list[str] | None | Unset
        if isinstance(self.custom_options, Unset):
            custom_options = UNSET
        elif isinstance(self.custom_options, list):
            custom_options = self.custom_options

        else:
            custom_options = self.custom_options

        field_type: None | str | Unset
        if isinstance(self.field_type, Unset):
            field_type = UNSET
        elif isinstance(self.field_type, DataSubjectWidgetCustomType):
            field_type = self.field_type.value
        else:
            field_type = self.field_type

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if person_categories is not UNSET:
            field_dict["personCategories"] = person_categories
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if required is not UNSET:
            field_dict["required"] = required
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_
        if custom_type is not UNSET:
            field_dict["customType"] = custom_type
        if custom_slug is not UNSET:
            field_dict["customSlug"] = custom_slug
        if custom_label is not UNSET:
            field_dict["customLabel"] = custom_label
        if custom_options is not UNSET:
            field_dict["customOptions"] = custom_options
        if field_type is not UNSET:
            field_dict["fieldType"] = field_type
        if slug is not UNSET:
            field_dict["slug"] = slug

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_type_item import PersonTypeItem

        d = dict(src_dict)

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

        def _parse_type_(data: object) -> DataSubjectWidgetFieldType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = DataSubjectWidgetFieldType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataSubjectWidgetFieldType | None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_person_categories(data: object) -> list[PersonTypeItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                person_categories_type_0 = []
                _person_categories_type_0 = data
                for person_categories_type_0_item_data in _person_categories_type_0:
                    person_categories_type_0_item = PersonTypeItem.from_dict(
                        person_categories_type_0_item_data
                    )

                    person_categories_type_0.append(person_categories_type_0_item)

                return person_categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PersonTypeItem] | None | Unset, data)

        person_categories = _parse_person_categories(d.pop("personCategories", UNSET))

        def _parse_default_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_value = _parse_default_value(d.pop("defaultValue", UNSET))

        def _parse_hidden(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        hidden = _parse_hidden(d.pop("hidden", UNSET))

        def _parse_required(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        required = _parse_required(d.pop("required", UNSET))

        def _parse_min_(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_ = _parse_min_(d.pop("min", UNSET))

        def _parse_max_(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_ = _parse_max_(d.pop("max", UNSET))

        def _parse_custom_type(data: object) -> DataSubjectWidgetCustomType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                custom_type_type_0 = DataSubjectWidgetCustomType(data)

                return custom_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataSubjectWidgetCustomType | None | str | Unset, data)

        custom_type = _parse_custom_type(d.pop("customType", UNSET))

        def _parse_custom_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_slug = _parse_custom_slug(d.pop("customSlug", UNSET))

        def _parse_custom_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_label = _parse_custom_label(d.pop("customLabel", UNSET))

        def _parse_custom_options(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_options_type_0 = cast(list[str], data)

                return custom_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        custom_options = _parse_custom_options(d.pop("customOptions", UNSET))

        def _parse_field_type(data: object) -> DataSubjectWidgetCustomType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                field_type_type_0 = DataSubjectWidgetCustomType(data)

                return field_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataSubjectWidgetCustomType | None | str | Unset, data)

        field_type = _parse_field_type(d.pop("fieldType", UNSET))

        def _parse_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        slug = _parse_slug(d.pop("slug", UNSET))

        data_subject_widget_field = cls(
            id=id,
            type_=type_,
            person_categories=person_categories,
            default_value=default_value,
            hidden=hidden,
            required=required,
            min_=min_,
            max_=max_,
            custom_type=custom_type,
            custom_slug=custom_slug,
            custom_label=custom_label,
            custom_options=custom_options,
            field_type=field_type,
            slug=slug,
        )

        data_subject_widget_field.additional_properties = d
        return data_subject_widget_field

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
