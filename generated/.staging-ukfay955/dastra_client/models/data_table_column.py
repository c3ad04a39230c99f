from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.log_object_type import LogObjectType
from ..models.select_type import SelectType
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
    from ..models.enum_value_item import EnumValueItem















def _parse_values(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.EnumValueItem.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data













def _parse_select_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = SelectType._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_object_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = LogObjectType._value2member_map_.get(data)
    if member is not None:
        return member
    return data









def _load_values(source: Mapping[str, Any]) -> Any:
    return _parse_values(source.get("values", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("name", "label", "selectable", "sortable", "filterable", "selected", "defaultSelected", "type", "values", "layout", "boolReverse", "subPropertyToDisplay", "sortByColumn", "order", "propertyToFilter", "selectLabel", "additionalParams", "selectType", "objectType", "isNullable", "isDate", "isNumeric", "dateUtc", "includes", "subPropertyToFilter", ))

T = TypeVar("T", bound="DataTableColumn")



@_attrs_define
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

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
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
        from ..models.enum_value_item import EnumValueItem  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        if name is not UNSET:
            field_dict["name"] = name
        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        if label is not UNSET:
            field_dict["label"] = label
        selectable: bool | None | Unset
        if isinstance(self.selectable, Unset):
            selectable = UNSET
        else:
            selectable = self.selectable

        if selectable is not UNSET:
            field_dict["selectable"] = selectable
        sortable: bool | None | Unset
        if isinstance(self.sortable, Unset):
            sortable = UNSET
        else:
            sortable = self.sortable

        if sortable is not UNSET:
            field_dict["sortable"] = sortable
        filterable: bool | None | Unset
        if isinstance(self.filterable, Unset):
            filterable = UNSET
        else:
            filterable = self.filterable

        if filterable is not UNSET:
            field_dict["filterable"] = filterable
        selected: bool | None | Unset
        if isinstance(self.selected, Unset):
            selected = UNSET
        else:
            selected = self.selected

        if selected is not UNSET:
            field_dict["selected"] = selected
        default_selected: bool | None | Unset
        if isinstance(self.default_selected, Unset):
            default_selected = UNSET
        else:
            default_selected = self.default_selected

        if default_selected is not UNSET:
            field_dict["defaultSelected"] = default_selected
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        if type_ is not UNSET:
            field_dict["type"] = type_
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
        layout: None | str | Unset
        if isinstance(self.layout, Unset):
            layout = UNSET
        else:
            layout = self.layout

        if layout is not UNSET:
            field_dict["layout"] = layout
        bool_reverse: bool | None | Unset
        if isinstance(self.bool_reverse, Unset):
            bool_reverse = UNSET
        else:
            bool_reverse = self.bool_reverse

        if bool_reverse is not UNSET:
            field_dict["boolReverse"] = bool_reverse
        sub_property_to_display: None | str | Unset
        if isinstance(self.sub_property_to_display, Unset):
            sub_property_to_display = UNSET
        else:
            sub_property_to_display = self.sub_property_to_display

        if sub_property_to_display is not UNSET:
            field_dict["subPropertyToDisplay"] = sub_property_to_display
        sort_by_column: None | str | Unset
        if isinstance(self.sort_by_column, Unset):
            sort_by_column = UNSET
        else:
            sort_by_column = self.sort_by_column

        if sort_by_column is not UNSET:
            field_dict["sortByColumn"] = sort_by_column
        order: int | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        else:
            order = self.order

        if order is not UNSET:
            field_dict["order"] = order
        property_to_filter: None | str | Unset
        if isinstance(self.property_to_filter, Unset):
            property_to_filter = UNSET
        else:
            property_to_filter = self.property_to_filter

        if property_to_filter is not UNSET:
            field_dict["propertyToFilter"] = property_to_filter
        select_label: None | str | Unset
        if isinstance(self.select_label, Unset):
            select_label = UNSET
        else:
            select_label = self.select_label

        if select_label is not UNSET:
            field_dict["selectLabel"] = select_label
        additional_params: None | str | Unset
        if isinstance(self.additional_params, Unset):
            additional_params = UNSET
        else:
            additional_params = self.additional_params

        if additional_params is not UNSET:
            field_dict["additionalParams"] = additional_params
        select_type: None | str | Unset
        if isinstance(self.select_type, Unset):
            select_type = UNSET
        elif isinstance(self.select_type, SelectType):
            select_type = self.select_type.value
        else:
            select_type = self.select_type

        if select_type is not UNSET:
            field_dict["selectType"] = select_type
        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        elif isinstance(self.object_type, LogObjectType):
            object_type = self.object_type.value
        else:
            object_type = self.object_type

        if object_type is not UNSET:
            field_dict["objectType"] = object_type
        is_nullable: bool | None | Unset
        if isinstance(self.is_nullable, Unset):
            is_nullable = UNSET
        else:
            is_nullable = self.is_nullable

        if is_nullable is not UNSET:
            field_dict["isNullable"] = is_nullable
        is_date: bool | None | Unset
        if isinstance(self.is_date, Unset):
            is_date = UNSET
        else:
            is_date = self.is_date

        if is_date is not UNSET:
            field_dict["isDate"] = is_date
        is_numeric: bool | None | Unset
        if isinstance(self.is_numeric, Unset):
            is_numeric = UNSET
        else:
            is_numeric = self.is_numeric

        if is_numeric is not UNSET:
            field_dict["isNumeric"] = is_numeric
        date_utc: bool | None | Unset
        if isinstance(self.date_utc, Unset):
            date_utc = UNSET
        else:
            date_utc = self.date_utc

        if date_utc is not UNSET:
            field_dict["dateUtc"] = date_utc
        includes: None | str | Unset
        if isinstance(self.includes, Unset):
            includes = UNSET
        else:
            includes = self.includes

        if includes is not UNSET:
            field_dict["includes"] = includes
        sub_property_to_filter: None | str | Unset
        if isinstance(self.sub_property_to_filter, Unset):
            sub_property_to_filter = UNSET
        else:
            sub_property_to_filter = self.sub_property_to_filter

        if sub_property_to_filter is not UNSET:
            field_dict["subPropertyToFilter"] = sub_property_to_filter
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.name = src_dict.get("name", UNSET)
        parsed.label = src_dict.get("label", UNSET)
        parsed.selectable = src_dict.get("selectable", UNSET)
        parsed.sortable = src_dict.get("sortable", UNSET)
        parsed.filterable = src_dict.get("filterable", UNSET)
        parsed.selected = src_dict.get("selected", UNSET)
        parsed.default_selected = src_dict.get("defaultSelected", UNSET)
        parsed.type_ = src_dict.get("type", UNSET)
        parsed.layout = src_dict.get("layout", UNSET)
        parsed.bool_reverse = src_dict.get("boolReverse", UNSET)
        parsed.sub_property_to_display = src_dict.get("subPropertyToDisplay", UNSET)
        parsed.sort_by_column = src_dict.get("sortByColumn", UNSET)
        parsed.order = src_dict.get("order", UNSET)
        parsed.property_to_filter = src_dict.get("propertyToFilter", UNSET)
        parsed.select_label = src_dict.get("selectLabel", UNSET)
        parsed.additional_params = src_dict.get("additionalParams", UNSET)
        parsed.select_type = _parse_select_type(src_dict.get("selectType", UNSET))
        parsed.object_type = _parse_object_type(src_dict.get("objectType", UNSET))
        parsed.is_nullable = src_dict.get("isNullable", UNSET)
        parsed.is_date = src_dict.get("isDate", UNSET)
        parsed.is_numeric = src_dict.get("isNumeric", UNSET)
        parsed.date_utc = src_dict.get("dateUtc", UNSET)
        parsed.includes = src_dict.get("includes", UNSET)
        parsed.sub_property_to_filter = src_dict.get("subPropertyToFilter", UNSET)
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
