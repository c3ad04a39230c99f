from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.log_object_type import LogObjectType
from ..models.select_type import SelectType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enum_value_item import EnumValueItem


T = TypeVar("T", bound="DataTableColumn")


@_attrs_define
class DataTableColumn:
    """
    Attributes:
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
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        selectable: bool | None | Unset
        if isinstance(self.selectable, Unset):
            selectable = UNSET
        else:
            selectable = self.selectable

        sortable: bool | None | Unset
        if isinstance(self.sortable, Unset):
            sortable = UNSET
        else:
            sortable = self.sortable

        filterable: bool | None | Unset
        if isinstance(self.filterable, Unset):
            filterable = UNSET
        else:
            filterable = self.filterable

        selected: bool | None | Unset
        if isinstance(self.selected, Unset):
            selected = UNSET
        else:
            selected = self.selected

        default_selected: bool | None | Unset
        if isinstance(self.default_selected, Unset):
            default_selected = UNSET
        else:
            default_selected = self.default_selected

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

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

        layout: None | str | Unset
        if isinstance(self.layout, Unset):
            layout = UNSET
        else:
            layout = self.layout

        bool_reverse: bool | None | Unset
        if isinstance(self.bool_reverse, Unset):
            bool_reverse = UNSET
        else:
            bool_reverse = self.bool_reverse

        sub_property_to_display: None | str | Unset
        if isinstance(self.sub_property_to_display, Unset):
            sub_property_to_display = UNSET
        else:
            sub_property_to_display = self.sub_property_to_display

        sort_by_column: None | str | Unset
        if isinstance(self.sort_by_column, Unset):
            sort_by_column = UNSET
        else:
            sort_by_column = self.sort_by_column

        order: int | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        else:
            order = self.order

        property_to_filter: None | str | Unset
        if isinstance(self.property_to_filter, Unset):
            property_to_filter = UNSET
        else:
            property_to_filter = self.property_to_filter

        select_label: None | str | Unset
        if isinstance(self.select_label, Unset):
            select_label = UNSET
        else:
            select_label = self.select_label

        additional_params: None | str | Unset
        if isinstance(self.additional_params, Unset):
            additional_params = UNSET
        else:
            additional_params = self.additional_params

        select_type: None | str | Unset
        if isinstance(self.select_type, Unset):
            select_type = UNSET
        elif isinstance(self.select_type, SelectType):
            select_type = self.select_type.value
        else:
            select_type = self.select_type

        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        elif isinstance(self.object_type, LogObjectType):
            object_type = self.object_type.value
        else:
            object_type = self.object_type

        is_nullable: bool | None | Unset
        if isinstance(self.is_nullable, Unset):
            is_nullable = UNSET
        else:
            is_nullable = self.is_nullable

        is_date: bool | None | Unset
        if isinstance(self.is_date, Unset):
            is_date = UNSET
        else:
            is_date = self.is_date

        is_numeric: bool | None | Unset
        if isinstance(self.is_numeric, Unset):
            is_numeric = UNSET
        else:
            is_numeric = self.is_numeric

        date_utc: bool | None | Unset
        if isinstance(self.date_utc, Unset):
            date_utc = UNSET
        else:
            date_utc = self.date_utc

        includes: None | str | Unset
        if isinstance(self.includes, Unset):
            includes = UNSET
        else:
            includes = self.includes

        sub_property_to_filter: None | str | Unset
        if isinstance(self.sub_property_to_filter, Unset):
            sub_property_to_filter = UNSET
        else:
            sub_property_to_filter = self.sub_property_to_filter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if label is not UNSET:
            field_dict["label"] = label
        if selectable is not UNSET:
            field_dict["selectable"] = selectable
        if sortable is not UNSET:
            field_dict["sortable"] = sortable
        if filterable is not UNSET:
            field_dict["filterable"] = filterable
        if selected is not UNSET:
            field_dict["selected"] = selected
        if default_selected is not UNSET:
            field_dict["defaultSelected"] = default_selected
        if type_ is not UNSET:
            field_dict["type"] = type_
        if values is not UNSET:
            field_dict["values"] = values
        if layout is not UNSET:
            field_dict["layout"] = layout
        if bool_reverse is not UNSET:
            field_dict["boolReverse"] = bool_reverse
        if sub_property_to_display is not UNSET:
            field_dict["subPropertyToDisplay"] = sub_property_to_display
        if sort_by_column is not UNSET:
            field_dict["sortByColumn"] = sort_by_column
        if order is not UNSET:
            field_dict["order"] = order
        if property_to_filter is not UNSET:
            field_dict["propertyToFilter"] = property_to_filter
        if select_label is not UNSET:
            field_dict["selectLabel"] = select_label
        if additional_params is not UNSET:
            field_dict["additionalParams"] = additional_params
        if select_type is not UNSET:
            field_dict["selectType"] = select_type
        if object_type is not UNSET:
            field_dict["objectType"] = object_type
        if is_nullable is not UNSET:
            field_dict["isNullable"] = is_nullable
        if is_date is not UNSET:
            field_dict["isDate"] = is_date
        if is_numeric is not UNSET:
            field_dict["isNumeric"] = is_numeric
        if date_utc is not UNSET:
            field_dict["dateUtc"] = date_utc
        if includes is not UNSET:
            field_dict["includes"] = includes
        if sub_property_to_filter is not UNSET:
            field_dict["subPropertyToFilter"] = sub_property_to_filter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.enum_value_item import EnumValueItem

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_selectable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        selectable = _parse_selectable(d.pop("selectable", UNSET))

        def _parse_sortable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        sortable = _parse_sortable(d.pop("sortable", UNSET))

        def _parse_filterable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        filterable = _parse_filterable(d.pop("filterable", UNSET))

        def _parse_selected(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        selected = _parse_selected(d.pop("selected", UNSET))

        def _parse_default_selected(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        default_selected = _parse_default_selected(d.pop("defaultSelected", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_values(data: object) -> list[EnumValueItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                values_type_0 = []
                _values_type_0 = data
                for values_type_0_item_data in _values_type_0:
                    values_type_0_item = EnumValueItem.from_dict(values_type_0_item_data)

                    values_type_0.append(values_type_0_item)

                return values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EnumValueItem] | None | Unset, data)

        values = _parse_values(d.pop("values", UNSET))

        def _parse_layout(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        layout = _parse_layout(d.pop("layout", UNSET))

        def _parse_bool_reverse(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        bool_reverse = _parse_bool_reverse(d.pop("boolReverse", UNSET))

        def _parse_sub_property_to_display(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sub_property_to_display = _parse_sub_property_to_display(d.pop("subPropertyToDisplay", UNSET))

        def _parse_sort_by_column(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sort_by_column = _parse_sort_by_column(d.pop("sortByColumn", UNSET))

        def _parse_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order = _parse_order(d.pop("order", UNSET))

        def _parse_property_to_filter(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        property_to_filter = _parse_property_to_filter(d.pop("propertyToFilter", UNSET))

        def _parse_select_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        select_label = _parse_select_label(d.pop("selectLabel", UNSET))

        def _parse_additional_params(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        additional_params = _parse_additional_params(d.pop("additionalParams", UNSET))

        def _parse_select_type(data: object) -> None | SelectType | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                select_type_type_0 = SelectType(data)

                return select_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SelectType | str | Unset, data)

        select_type = _parse_select_type(d.pop("selectType", UNSET))

        def _parse_object_type(data: object) -> LogObjectType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                object_type_type_0 = LogObjectType(data)

                return object_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LogObjectType | None | str | Unset, data)

        object_type = _parse_object_type(d.pop("objectType", UNSET))

        def _parse_is_nullable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_nullable = _parse_is_nullable(d.pop("isNullable", UNSET))

        def _parse_is_date(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_date = _parse_is_date(d.pop("isDate", UNSET))

        def _parse_is_numeric(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_numeric = _parse_is_numeric(d.pop("isNumeric", UNSET))

        def _parse_date_utc(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        date_utc = _parse_date_utc(d.pop("dateUtc", UNSET))

        def _parse_includes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        includes = _parse_includes(d.pop("includes", UNSET))

        def _parse_sub_property_to_filter(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sub_property_to_filter = _parse_sub_property_to_filter(d.pop("subPropertyToFilter", UNSET))

        data_table_column = cls(
            name=name,
            label=label,
            selectable=selectable,
            sortable=sortable,
            filterable=filterable,
            selected=selected,
            default_selected=default_selected,
            type_=type_,
            values=values,
            layout=layout,
            bool_reverse=bool_reverse,
            sub_property_to_display=sub_property_to_display,
            sort_by_column=sort_by_column,
            order=order,
            property_to_filter=property_to_filter,
            select_label=select_label,
            additional_params=additional_params,
            select_type=select_type,
            object_type=object_type,
            is_nullable=is_nullable,
            is_date=is_date,
            is_numeric=is_numeric,
            date_utc=date_utc,
            includes=includes,
            sub_property_to_filter=sub_property_to_filter,
        )

        data_table_column.additional_properties = d
        return data_table_column

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
