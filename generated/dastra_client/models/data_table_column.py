from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import FieldValidationError
from .._lazy import (
    EAGER,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
)
from ..models.log_object_type import LogObjectType
from ..models.select_type import SelectType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enum_value_item import EnumValueItem
else:
    EnumValueItem = deferred(globals(), "EnumValueItem", "..models.enum_value_item")


_LOG_OBJECT_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in LogObjectType}
_SELECT_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in SelectType}


def _load_values(model: DataTableColumn, source: Mapping[str, Any]) -> Any:
    value = source.get("values", UNSET)
    if value is None or value is UNSET:
        model.values = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.values = result = list(map(EnumValueItem.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model, "values", "values", "list[EnumValueItem] | None", value, items=EnumValueItem.from_dict
            )
    else:
        result = invalid(model, "values", "values", "list[EnumValueItem] | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "name",
    "label",
    "selectable",
    "sortable",
    "filterable",
    "selected",
    "defaultSelected",
    "type",
    "values",
    "layout",
    "boolReverse",
    "subPropertyToDisplay",
    "sortByColumn",
    "order",
    "propertyToFilter",
    "selectLabel",
    "additionalParams",
    "selectType",
    "objectType",
    "isNullable",
    "isDate",
    "isNumeric",
    "dateUtc",
    "includes",
    "subPropertyToFilter",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "name": UNSET,
    "label": UNSET,
    "selectable": UNSET,
    "sortable": UNSET,
    "filterable": UNSET,
    "selected": UNSET,
    "defaultSelected": UNSET,
    "type": UNSET,
    "values": UNSET,
    "layout": UNSET,
    "boolReverse": UNSET,
    "subPropertyToDisplay": UNSET,
    "sortByColumn": UNSET,
    "order": UNSET,
    "propertyToFilter": UNSET,
    "selectLabel": UNSET,
    "additionalParams": UNSET,
    "selectType": UNSET,
    "objectType": UNSET,
    "isNullable": UNSET,
    "isDate": UNSET,
    "isNumeric": UNSET,
    "dateUtc": UNSET,
    "includes": UNSET,
    "subPropertyToFilter": UNSET,
}

T = TypeVar("T", bound="DataTableColumn")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DataTableColumn(LazyModel):
    """Attributes:
    name (None | str | Unset):
    label (None | str | Unset):
    selectable (bool | None | Unset):
    sortable (bool | None | Unset):
    filterable (bool | None | Unset):
    selected (bool | None | Unset):
    default_selected (bool | None | Unset):
    type_ (None | str | Unset):
    values (list[EnumValueItem] | None | Unset):
    layout (None | str | Unset):
    bool_reverse (bool | None | Unset):
    sub_property_to_display (None | str | Unset):
    sort_by_column (None | str | Unset):
    order (int | None | Unset):
    property_to_filter (None | str | Unset):
    select_label (None | str | Unset):
    additional_params (None | str | Unset):
    select_type (None | SelectType | str | Unset):
    object_type (LogObjectType | None | str | Unset):
    is_nullable (bool | None | Unset):
    is_date (bool | None | Unset):
    is_numeric (bool | None | Unset):
    date_utc (bool | None | Unset):
    includes (None | str | Unset):
    sub_property_to_filter (None | str | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("label", "label"),
        ("selectable", "selectable"),
        ("sortable", "sortable"),
        ("filterable", "filterable"),
        ("selected", "selected"),
        ("default_selected", "defaultSelected"),
        ("type_", "type"),
        ("values", "values"),
        ("layout", "layout"),
        ("bool_reverse", "boolReverse"),
        ("sub_property_to_display", "subPropertyToDisplay"),
        ("sort_by_column", "sortByColumn"),
        ("order", "order"),
        ("property_to_filter", "propertyToFilter"),
        ("select_label", "selectLabel"),
        ("additional_params", "additionalParams"),
        ("select_type", "selectType"),
        ("object_type", "objectType"),
        ("is_nullable", "isNullable"),
        ("is_date", "isDate"),
        ("is_numeric", "isNumeric"),
        ("date_utc", "dateUtc"),
        ("includes", "includes"),
        ("sub_property_to_filter", "subPropertyToFilter"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "values": _load_values,
    }

    name: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    selectable: bool | None | Unset = UNSET
    sortable: bool | None | Unset = UNSET
    filterable: bool | None | Unset = UNSET
    selected: bool | None | Unset = UNSET
    default_selected: bool | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    values: list[EnumValueItem] | None | Unset = UNSET
    layout: None | str | Unset = UNSET
    bool_reverse: bool | None | Unset = UNSET
    sub_property_to_display: None | str | Unset = UNSET
    sort_by_column: None | str | Unset = UNSET
    order: int | None | Unset = UNSET
    property_to_filter: None | str | Unset = UNSET
    select_label: None | str | Unset = UNSET
    additional_params: None | str | Unset = UNSET
    select_type: None | SelectType | str | Unset = UNSET
    object_type: LogObjectType | None | str | Unset = UNSET
    is_nullable: bool | None | Unset = UNSET
    is_date: bool | None | Unset = UNSET
    is_numeric: bool | None | Unset = UNSET
    date_utc: bool | None | Unset = UNSET
    includes: None | str | Unset = UNSET
    sub_property_to_filter: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "name" not in unreadable:
            name: None | str | Unset
            if isinstance(self.name, Unset):
                name = UNSET
            else:
                name = self.name

            if name is not UNSET:
                field_dict["name"] = name
        if "label" not in unreadable:
            label: None | str | Unset
            if isinstance(self.label, Unset):
                label = UNSET
            else:
                label = self.label

            if label is not UNSET:
                field_dict["label"] = label
        if "selectable" not in unreadable:
            selectable: bool | None | Unset
            if isinstance(self.selectable, Unset):
                selectable = UNSET
            else:
                selectable = self.selectable

            if selectable is not UNSET:
                field_dict["selectable"] = selectable
        if "sortable" not in unreadable:
            sortable: bool | None | Unset
            if isinstance(self.sortable, Unset):
                sortable = UNSET
            else:
                sortable = self.sortable

            if sortable is not UNSET:
                field_dict["sortable"] = sortable
        if "filterable" not in unreadable:
            filterable: bool | None | Unset
            if isinstance(self.filterable, Unset):
                filterable = UNSET
            else:
                filterable = self.filterable

            if filterable is not UNSET:
                field_dict["filterable"] = filterable
        if "selected" not in unreadable:
            selected: bool | None | Unset
            if isinstance(self.selected, Unset):
                selected = UNSET
            else:
                selected = self.selected

            if selected is not UNSET:
                field_dict["selected"] = selected
        if "default_selected" not in unreadable:
            default_selected: bool | None | Unset
            if isinstance(self.default_selected, Unset):
                default_selected = UNSET
            else:
                default_selected = self.default_selected

            if default_selected is not UNSET:
                field_dict["defaultSelected"] = default_selected
        if "type_" not in unreadable:
            type_: None | str | Unset
            if isinstance(self.type_, Unset):
                type_ = UNSET
            else:
                type_ = self.type_

            if type_ is not UNSET:
                field_dict["type"] = type_
        if "values" not in unreadable:
            values: list[dict[str, Any]] | None | Unset
            if isinstance(self.values, Unset):
                values = UNSET
            elif isinstance(self.values, list):
                values = []
                for values_type_0_item_data in self.values:
                    values_type_0_item = values_type_0_item_data.to_dict()
                    values.append(values_type_0_item)

            else:
                values = self.values

            if values is not UNSET:
                field_dict["values"] = values
        if "layout" not in unreadable:
            layout: None | str | Unset
            if isinstance(self.layout, Unset):
                layout = UNSET
            else:
                layout = self.layout

            if layout is not UNSET:
                field_dict["layout"] = layout
        if "bool_reverse" not in unreadable:
            bool_reverse: bool | None | Unset
            if isinstance(self.bool_reverse, Unset):
                bool_reverse = UNSET
            else:
                bool_reverse = self.bool_reverse

            if bool_reverse is not UNSET:
                field_dict["boolReverse"] = bool_reverse
        if "sub_property_to_display" not in unreadable:
            sub_property_to_display: None | str | Unset
            if isinstance(self.sub_property_to_display, Unset):
                sub_property_to_display = UNSET
            else:
                sub_property_to_display = self.sub_property_to_display

            if sub_property_to_display is not UNSET:
                field_dict["subPropertyToDisplay"] = sub_property_to_display
        if "sort_by_column" not in unreadable:
            sort_by_column: None | str | Unset
            if isinstance(self.sort_by_column, Unset):
                sort_by_column = UNSET
            else:
                sort_by_column = self.sort_by_column

            if sort_by_column is not UNSET:
                field_dict["sortByColumn"] = sort_by_column
        if "order" not in unreadable:
            order: int | None | Unset
            if isinstance(self.order, Unset):
                order = UNSET
            else:
                order = self.order

            if order is not UNSET:
                field_dict["order"] = order
        if "property_to_filter" not in unreadable:
            property_to_filter: None | str | Unset
            if isinstance(self.property_to_filter, Unset):
                property_to_filter = UNSET
            else:
                property_to_filter = self.property_to_filter

            if property_to_filter is not UNSET:
                field_dict["propertyToFilter"] = property_to_filter
        if "select_label" not in unreadable:
            select_label: None | str | Unset
            if isinstance(self.select_label, Unset):
                select_label = UNSET
            else:
                select_label = self.select_label

            if select_label is not UNSET:
                field_dict["selectLabel"] = select_label
        if "additional_params" not in unreadable:
            additional_params: None | str | Unset
            if isinstance(self.additional_params, Unset):
                additional_params = UNSET
            else:
                additional_params = self.additional_params

            if additional_params is not UNSET:
                field_dict["additionalParams"] = additional_params
        if "select_type" not in unreadable:
            select_type: None | str | Unset
            if isinstance(self.select_type, Unset):
                select_type = UNSET
            elif isinstance(self.select_type, SelectType):
                select_type = self.select_type.value
            else:
                select_type = self.select_type

            if select_type is not UNSET:
                field_dict["selectType"] = select_type
        if "object_type" not in unreadable:
            object_type: None | str | Unset
            if isinstance(self.object_type, Unset):
                object_type = UNSET
            elif isinstance(self.object_type, LogObjectType):
                object_type = self.object_type.value
            else:
                object_type = self.object_type

            if object_type is not UNSET:
                field_dict["objectType"] = object_type
        if "is_nullable" not in unreadable:
            is_nullable: bool | None | Unset
            if isinstance(self.is_nullable, Unset):
                is_nullable = UNSET
            else:
                is_nullable = self.is_nullable

            if is_nullable is not UNSET:
                field_dict["isNullable"] = is_nullable
        if "is_date" not in unreadable:
            is_date: bool | None | Unset
            if isinstance(self.is_date, Unset):
                is_date = UNSET
            else:
                is_date = self.is_date

            if is_date is not UNSET:
                field_dict["isDate"] = is_date
        if "is_numeric" not in unreadable:
            is_numeric: bool | None | Unset
            if isinstance(self.is_numeric, Unset):
                is_numeric = UNSET
            else:
                is_numeric = self.is_numeric

            if is_numeric is not UNSET:
                field_dict["isNumeric"] = is_numeric
        if "date_utc" not in unreadable:
            date_utc: bool | None | Unset
            if isinstance(self.date_utc, Unset):
                date_utc = UNSET
            else:
                date_utc = self.date_utc

            if date_utc is not UNSET:
                field_dict["dateUtc"] = date_utc
        if "includes" not in unreadable:
            includes: None | str | Unset
            if isinstance(self.includes, Unset):
                includes = UNSET
            else:
                includes = self.includes

            if includes is not UNSET:
                field_dict["includes"] = includes
        if "sub_property_to_filter" not in unreadable:
            sub_property_to_filter: None | str | Unset
            if isinstance(self.sub_property_to_filter, Unset):
                sub_property_to_filter = UNSET
            else:
                sub_property_to_filter = self.sub_property_to_filter

            if sub_property_to_filter is not UNSET:
                field_dict["subPropertyToFilter"] = sub_property_to_filter
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
            if len(src_dict) >= 25:
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
        if isinstance(value, str) or value is None:
            parsed.name = value
        elif value is UNSET:
            parsed.name = UNSET
            absent += 1
        else:
            invalid(parsed, "name", "name", "str | None", value)

        value = values[1]
        if isinstance(value, str) or value is None:
            parsed.label = value
        elif value is UNSET:
            parsed.label = UNSET
            absent += 1
        else:
            invalid(parsed, "label", "label", "str | None", value)

        value = values[2]
        if type(value) is bool or value is None:
            parsed.selectable = value
        elif value is UNSET:
            parsed.selectable = UNSET
            absent += 1
        else:
            invalid(parsed, "selectable", "selectable", "bool | None", value)

        value = values[3]
        if type(value) is bool or value is None:
            parsed.sortable = value
        elif value is UNSET:
            parsed.sortable = UNSET
            absent += 1
        else:
            invalid(parsed, "sortable", "sortable", "bool | None", value)

        value = values[4]
        if type(value) is bool or value is None:
            parsed.filterable = value
        elif value is UNSET:
            parsed.filterable = UNSET
            absent += 1
        else:
            invalid(parsed, "filterable", "filterable", "bool | None", value)

        value = values[5]
        if type(value) is bool or value is None:
            parsed.selected = value
        elif value is UNSET:
            parsed.selected = UNSET
            absent += 1
        else:
            invalid(parsed, "selected", "selected", "bool | None", value)

        value = values[6]
        if type(value) is bool or value is None:
            parsed.default_selected = value
        elif value is UNSET:
            parsed.default_selected = UNSET
            absent += 1
        else:
            invalid(parsed, "default_selected", "defaultSelected", "bool | None", value)

        value = values[7]
        if isinstance(value, str) or value is None:
            parsed.type_ = value
        elif value is UNSET:
            parsed.type_ = UNSET
            absent += 1
        else:
            invalid(parsed, "type_", "type", "str | None", value)

        value = values[8]
        if value is None:
            parsed.values = None
        elif value is UNSET:
            parsed.values = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.values = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.values = list(map(EnumValueItem.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "values",
                        "values",
                        "list[EnumValueItem] | None",
                        value,
                        items=EnumValueItem.from_dict,
                    )
            else:
                invalid(parsed, "values", "values", "list[EnumValueItem] | None", value)

        value = values[9]
        if isinstance(value, str) or value is None:
            parsed.layout = value
        elif value is UNSET:
            parsed.layout = UNSET
            absent += 1
        else:
            invalid(parsed, "layout", "layout", "str | None", value)

        value = values[10]
        if type(value) is bool or value is None:
            parsed.bool_reverse = value
        elif value is UNSET:
            parsed.bool_reverse = UNSET
            absent += 1
        else:
            invalid(parsed, "bool_reverse", "boolReverse", "bool | None", value)

        value = values[11]
        if isinstance(value, str) or value is None:
            parsed.sub_property_to_display = value
        elif value is UNSET:
            parsed.sub_property_to_display = UNSET
            absent += 1
        else:
            invalid(parsed, "sub_property_to_display", "subPropertyToDisplay", "str | None", value)

        value = values[12]
        if isinstance(value, str) or value is None:
            parsed.sort_by_column = value
        elif value is UNSET:
            parsed.sort_by_column = UNSET
            absent += 1
        else:
            invalid(parsed, "sort_by_column", "sortByColumn", "str | None", value)

        value = values[13]
        if type(value) is int or value is None:
            parsed.order = value
        elif value is UNSET:
            parsed.order = UNSET
            absent += 1
        else:
            invalid(parsed, "order", "order", "int | None", value)

        value = values[14]
        if isinstance(value, str) or value is None:
            parsed.property_to_filter = value
        elif value is UNSET:
            parsed.property_to_filter = UNSET
            absent += 1
        else:
            invalid(parsed, "property_to_filter", "propertyToFilter", "str | None", value)

        value = values[15]
        if isinstance(value, str) or value is None:
            parsed.select_label = value
        elif value is UNSET:
            parsed.select_label = UNSET
            absent += 1
        else:
            invalid(parsed, "select_label", "selectLabel", "str | None", value)

        value = values[16]
        if isinstance(value, str) or value is None:
            parsed.additional_params = value
        elif value is UNSET:
            parsed.additional_params = UNSET
            absent += 1
        else:
            invalid(parsed, "additional_params", "additionalParams", "str | None", value)

        value = values[17]
        if isinstance(value, str):
            parsed.select_type = _SELECT_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.select_type = None
        elif value is UNSET:
            parsed.select_type = UNSET
            absent += 1
        else:
            invalid(parsed, "select_type", "selectType", "SelectType | str | None", value)

        value = values[18]
        if isinstance(value, str):
            parsed.object_type = _LOG_OBJECT_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.object_type = None
        elif value is UNSET:
            parsed.object_type = UNSET
            absent += 1
        else:
            invalid(parsed, "object_type", "objectType", "LogObjectType | str | None", value)

        value = values[19]
        if type(value) is bool or value is None:
            parsed.is_nullable = value
        elif value is UNSET:
            parsed.is_nullable = UNSET
            absent += 1
        else:
            invalid(parsed, "is_nullable", "isNullable", "bool | None", value)

        value = values[20]
        if type(value) is bool or value is None:
            parsed.is_date = value
        elif value is UNSET:
            parsed.is_date = UNSET
            absent += 1
        else:
            invalid(parsed, "is_date", "isDate", "bool | None", value)

        value = values[21]
        if type(value) is bool or value is None:
            parsed.is_numeric = value
        elif value is UNSET:
            parsed.is_numeric = UNSET
            absent += 1
        else:
            invalid(parsed, "is_numeric", "isNumeric", "bool | None", value)

        value = values[22]
        if type(value) is bool or value is None:
            parsed.date_utc = value
        elif value is UNSET:
            parsed.date_utc = UNSET
            absent += 1
        else:
            invalid(parsed, "date_utc", "dateUtc", "bool | None", value)

        value = values[23]
        if isinstance(value, str) or value is None:
            parsed.includes = value
        elif value is UNSET:
            parsed.includes = UNSET
            absent += 1
        else:
            invalid(parsed, "includes", "includes", "str | None", value)

        value = values[24]
        if isinstance(value, str) or value is None:
            parsed.sub_property_to_filter = value
        elif value is UNSET:
            parsed.sub_property_to_filter = UNSET
            absent += 1
        else:
            invalid(parsed, "sub_property_to_filter", "subPropertyToFilter", "str | None", value)

        if len(src_dict) + absent == 25:  # every key is a known one
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
