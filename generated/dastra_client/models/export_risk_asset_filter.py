from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_object_type import RiskObjectType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportRiskAssetFilter")


@_attrs_define
class ExportRiskAssetFilter:
    """
    Attributes:
        object_type (None | RiskObjectType | str | Unset):
        cols (list[str] | None | Unset):
        use_native_column (bool | None | Unset):
        sort_by (None | str | Unset):
        page (int | None | Unset):
        size (int | None | Unset):
        skip (int | None | Unset):
        asc (bool | None | Unset):
        filters (None | str | Unset):
    """

    object_type: None | RiskObjectType | str | Unset = UNSET
    cols: list[str] | None | Unset = UNSET
    use_native_column: bool | None | Unset = UNSET
    sort_by: None | str | Unset = UNSET
    page: int | None | Unset = UNSET
    size: int | None | Unset = UNSET
    skip: int | None | Unset = UNSET
    asc: bool | None | Unset = UNSET
    filters: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        elif isinstance(self.object_type, RiskObjectType):
            object_type = self.object_type.value
        else:
            object_type = self.object_type

        cols: list[str] | None | Unset
        if isinstance(self.cols, Unset):
            cols = UNSET
        elif isinstance(self.cols, list):
            cols = self.cols

        else:
            cols = self.cols

        use_native_column: bool | None | Unset
        if isinstance(self.use_native_column, Unset):
            use_native_column = UNSET
        else:
            use_native_column = self.use_native_column

        sort_by: None | str | Unset
        if isinstance(self.sort_by, Unset):
            sort_by = UNSET
        else:
            sort_by = self.sort_by

        page: int | None | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        skip: int | None | Unset
        if isinstance(self.skip, Unset):
            skip = UNSET
        else:
            skip = self.skip

        asc: bool | None | Unset
        if isinstance(self.asc, Unset):
            asc = UNSET
        else:
            asc = self.asc

        filters: None | str | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        else:
            filters = self.filters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["objectType"] = object_type
        if cols is not UNSET:
            field_dict["cols"] = cols
        if use_native_column is not UNSET:
            field_dict["useNativeColumn"] = use_native_column
        if sort_by is not UNSET:
            field_dict["sortBy"] = sort_by
        if page is not UNSET:
            field_dict["page"] = page
        if size is not UNSET:
            field_dict["size"] = size
        if skip is not UNSET:
            field_dict["skip"] = skip
        if asc is not UNSET:
            field_dict["asc"] = asc
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_object_type(data: object) -> None | RiskObjectType | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                object_type_type_0 = RiskObjectType(data)

                return object_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskObjectType | str | Unset, data)

        object_type = _parse_object_type(d.pop("objectType", UNSET))

        def _parse_cols(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cols_type_0 = cast(list[str], data)

                return cols_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        cols = _parse_cols(d.pop("cols", UNSET))

        def _parse_use_native_column(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_native_column = _parse_use_native_column(d.pop("useNativeColumn", UNSET))

        def _parse_sort_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sort_by = _parse_sort_by(d.pop("sortBy", UNSET))

        def _parse_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        page = _parse_page(d.pop("page", UNSET))

        def _parse_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        def _parse_skip(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        skip = _parse_skip(d.pop("skip", UNSET))

        def _parse_asc(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        asc = _parse_asc(d.pop("asc", UNSET))

        def _parse_filters(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        filters = _parse_filters(d.pop("filters", UNSET))

        export_risk_asset_filter = cls(
            object_type=object_type,
            cols=cols,
            use_native_column=use_native_column,
            sort_by=sort_by,
            page=page,
            size=size,
            skip=skip,
            asc=asc,
            filters=filters,
        )

        export_risk_asset_filter.additional_properties = d
        return export_risk_asset_filter

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
