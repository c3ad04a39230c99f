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
    LazyModel,
    deferred,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.data_subject_widget_custom_type import DataSubjectWidgetCustomType
from ..models.data_subject_widget_field_type import DataSubjectWidgetFieldType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.person_type_item import PersonTypeItem
else:
    PersonTypeItem = deferred(globals(), "PersonTypeItem", "..models.person_type_item")


_DATA_SUBJECT_WIDGET_CUSTOM_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in DataSubjectWidgetCustomType
}
_DATA_SUBJECT_WIDGET_FIELD_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in DataSubjectWidgetFieldType
}


def _load_person_categories(model: DataSubjectWidgetField, source: Mapping[str, Any]) -> Any:
    value = source.get("personCategories", UNSET)
    if value is None or value is UNSET:
        model.person_categories = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.person_categories = result = list(map(PersonTypeItem.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "person_categories",
                "personCategories",
                "list[PersonTypeItem] | None",
                value,
                items=PersonTypeItem.from_dict,
            )
    else:
        result = invalid(model, "person_categories", "personCategories", "list[PersonTypeItem] | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "id",
    "type",
    "personCategories",
    "defaultValue",
    "hidden",
    "required",
    "min",
    "max",
    "customType",
    "customSlug",
    "customLabel",
    "customOptions",
    "fieldType",
    "slug",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "id": UNSET,
    "type": UNSET,
    "personCategories": UNSET,
    "defaultValue": UNSET,
    "hidden": UNSET,
    "required": UNSET,
    "min": UNSET,
    "max": UNSET,
    "customType": UNSET,
    "customSlug": UNSET,
    "customLabel": UNSET,
    "customOptions": UNSET,
    "fieldType": UNSET,
    "slug": UNSET,
}

T = TypeVar("T", bound="DataSubjectWidgetField")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("type_", "type"),
        ("person_categories", "personCategories"),
        ("default_value", "defaultValue"),
        ("hidden", "hidden"),
        ("required", "required"),
        ("min_", "min"),
        ("max_", "max"),
        ("custom_type", "customType"),
        ("custom_slug", "customSlug"),
        ("custom_label", "customLabel"),
        ("custom_options", "customOptions"),
        ("field_type", "fieldType"),
        ("slug", "slug"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
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
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

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
        if "type_" not in unreadable:
            type_: None | str | Unset
            if isinstance(self.type_, Unset):
                type_ = UNSET
            elif isinstance(self.type_, DataSubjectWidgetFieldType):
                type_ = self.type_.value
            else:
                type_ = self.type_

            if type_ is not UNSET:
                field_dict["type"] = type_
        if "person_categories" not in unreadable:
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
        if "default_value" not in unreadable:
            default_value: None | str | Unset
            if isinstance(self.default_value, Unset):
                default_value = UNSET
            else:
                default_value = self.default_value

            if default_value is not UNSET:
                field_dict["defaultValue"] = default_value
        if "hidden" not in unreadable:
            hidden: bool | None | Unset
            if isinstance(self.hidden, Unset):
                hidden = UNSET
            else:
                hidden = self.hidden

            if hidden is not UNSET:
                field_dict["hidden"] = hidden
        if "required" not in unreadable:
            required: bool | None | Unset
            if isinstance(self.required, Unset):
                required = UNSET
            else:
                required = self.required

            if required is not UNSET:
                field_dict["required"] = required
        if "min_" not in unreadable:
            min_: int | None | Unset
            if isinstance(self.min_, Unset):
                min_ = UNSET
            else:
                min_ = self.min_

            if min_ is not UNSET:
                field_dict["min"] = min_
        if "max_" not in unreadable:
            max_: int | None | Unset
            if isinstance(self.max_, Unset):
                max_ = UNSET
            else:
                max_ = self.max_

            if max_ is not UNSET:
                field_dict["max"] = max_
        if "custom_type" not in unreadable:
            custom_type: None | str | Unset
            if isinstance(self.custom_type, Unset):
                custom_type = UNSET
            elif isinstance(self.custom_type, DataSubjectWidgetCustomType):
                custom_type = self.custom_type.value
            else:
                custom_type = self.custom_type

            if custom_type is not UNSET:
                field_dict["customType"] = custom_type
        if "custom_slug" not in unreadable:
            custom_slug: None | str | Unset
            if isinstance(self.custom_slug, Unset):
                custom_slug = UNSET
            else:
                custom_slug = self.custom_slug

            if custom_slug is not UNSET:
                field_dict["customSlug"] = custom_slug
        if "custom_label" not in unreadable:
            custom_label: None | str | Unset
            if isinstance(self.custom_label, Unset):
                custom_label = UNSET
            else:
                custom_label = self.custom_label

            if custom_label is not UNSET:
                field_dict["customLabel"] = custom_label
        if "custom_options" not in unreadable:
            custom_options: list[str] | None | Unset
            if isinstance(self.custom_options, Unset):
                custom_options = UNSET
            elif isinstance(self.custom_options, list):
                custom_options = self.custom_options

            else:
                custom_options = self.custom_options

            if custom_options is not UNSET:
                field_dict["customOptions"] = custom_options
        if "field_type" not in unreadable:
            field_type: None | str | Unset
            if isinstance(self.field_type, Unset):
                field_type = UNSET
            elif isinstance(self.field_type, DataSubjectWidgetCustomType):
                field_type = self.field_type.value
            else:
                field_type = self.field_type

            if field_type is not UNSET:
                field_dict["fieldType"] = field_type
        if "slug" not in unreadable:
            slug: None | str | Unset
            if isinstance(self.slug, Unset):
                slug = UNSET
            else:
                slug = self.slug

            if slug is not UNSET:
                field_dict["slug"] = slug
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
            if len(src_dict) >= 14:
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

        value = values[1]
        if isinstance(value, str):
            parsed.type_ = _DATA_SUBJECT_WIDGET_FIELD_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.type_ = None
        elif value is UNSET:
            parsed.type_ = UNSET
            absent += 1
        else:
            invalid(parsed, "type_", "type", "DataSubjectWidgetFieldType | str | None", value)

        value = values[2]
        if value is None:
            parsed.person_categories = None
        elif value is UNSET:
            parsed.person_categories = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.person_categories = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.person_categories = list(map(PersonTypeItem.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "person_categories",
                        "personCategories",
                        "list[PersonTypeItem] | None",
                        value,
                        items=PersonTypeItem.from_dict,
                    )
            else:
                invalid(parsed, "person_categories", "personCategories", "list[PersonTypeItem] | None", value)

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.default_value = value
        elif value is UNSET:
            parsed.default_value = UNSET
            absent += 1
        else:
            invalid(parsed, "default_value", "defaultValue", "str | None", value)

        value = values[4]
        if type(value) is bool or value is None:
            parsed.hidden = value
        elif value is UNSET:
            parsed.hidden = UNSET
            absent += 1
        else:
            invalid(parsed, "hidden", "hidden", "bool | None", value)

        value = values[5]
        if type(value) is bool or value is None:
            parsed.required = value
        elif value is UNSET:
            parsed.required = UNSET
            absent += 1
        else:
            invalid(parsed, "required", "required", "bool | None", value)

        value = values[6]
        if type(value) is int or value is None:
            parsed.min_ = value
        elif value is UNSET:
            parsed.min_ = UNSET
            absent += 1
        else:
            invalid(parsed, "min_", "min", "int | None", value)

        value = values[7]
        if type(value) is int or value is None:
            parsed.max_ = value
        elif value is UNSET:
            parsed.max_ = UNSET
            absent += 1
        else:
            invalid(parsed, "max_", "max", "int | None", value)

        value = values[8]
        if isinstance(value, str):
            parsed.custom_type = _DATA_SUBJECT_WIDGET_CUSTOM_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.custom_type = None
        elif value is UNSET:
            parsed.custom_type = UNSET
            absent += 1
        else:
            invalid(parsed, "custom_type", "customType", "DataSubjectWidgetCustomType | str | None", value)

        value = values[9]
        if isinstance(value, str) or value is None:
            parsed.custom_slug = value
        elif value is UNSET:
            parsed.custom_slug = UNSET
            absent += 1
        else:
            invalid(parsed, "custom_slug", "customSlug", "str | None", value)

        value = values[10]
        if isinstance(value, str) or value is None:
            parsed.custom_label = value
        elif value is UNSET:
            parsed.custom_label = UNSET
            absent += 1
        else:
            invalid(parsed, "custom_label", "customLabel", "str | None", value)

        value = values[11]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "custom_options",
                        "customOptions",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.custom_options = value
        elif value is None:
            parsed.custom_options = None
        elif value is UNSET:
            parsed.custom_options = UNSET
            absent += 1
        else:
            invalid(parsed, "custom_options", "customOptions", "list[str] | None", value)

        value = values[12]
        if isinstance(value, str):
            parsed.field_type = _DATA_SUBJECT_WIDGET_CUSTOM_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.field_type = None
        elif value is UNSET:
            parsed.field_type = UNSET
            absent += 1
        else:
            invalid(parsed, "field_type", "fieldType", "DataSubjectWidgetCustomType | str | None", value)

        value = values[13]
        if isinstance(value, str) or value is None:
            parsed.slug = value
        elif value is UNSET:
            parsed.slug = UNSET
            absent += 1
        else:
            invalid(parsed, "slug", "slug", "str | None", value)

        if len(src_dict) + absent == 14:  # every key is a known one
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
