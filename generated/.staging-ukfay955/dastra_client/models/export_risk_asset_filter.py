from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.risk_object_type import RiskObjectType
from ..types import UNSET, Unset
from typing import cast








def _parse_object_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = RiskObjectType._value2member_map_.get(data)
    if member is not None:
        return member
    return data












_KNOWN_KEYS: frozenset[str] = frozenset(("objectType", "cols", "useNativeColumn", "sortBy", "page", "size", "skip", "asc", "filters", ))

T = TypeVar("T", bound="ExportRiskAssetFilter")



@_attrs_define
class ExportRiskAssetFilter(LazyModel):
    """Attributes:
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
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        elif isinstance(self.object_type, RiskObjectType):
            object_type = self.object_type.value
        else:
            object_type = self.object_type

        if object_type is not UNSET:
            field_dict["objectType"] = object_type
        cols: list[str] | None | Unset
        if isinstance(self.cols, Unset):
            cols = UNSET
        elif isinstance(self.cols, list):
            cols = self.cols


        else:
            cols = self.cols

        if cols is not UNSET:
            field_dict["cols"] = cols
        use_native_column: bool | None | Unset
        if isinstance(self.use_native_column, Unset):
            use_native_column = UNSET
        else:
            use_native_column = self.use_native_column

        if use_native_column is not UNSET:
            field_dict["useNativeColumn"] = use_native_column
        sort_by: None | str | Unset
        if isinstance(self.sort_by, Unset):
            sort_by = UNSET
        else:
            sort_by = self.sort_by

        if sort_by is not UNSET:
            field_dict["sortBy"] = sort_by
        page: int | None | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        if page is not UNSET:
            field_dict["page"] = page
        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        if size is not UNSET:
            field_dict["size"] = size
        skip: int | None | Unset
        if isinstance(self.skip, Unset):
            skip = UNSET
        else:
            skip = self.skip

        if skip is not UNSET:
            field_dict["skip"] = skip
        asc: bool | None | Unset
        if isinstance(self.asc, Unset):
            asc = UNSET
        else:
            asc = self.asc

        if asc is not UNSET:
            field_dict["asc"] = asc
        filters: None | str | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        else:
            filters = self.filters

        if filters is not UNSET:
            field_dict["filters"] = filters
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.object_type = _parse_object_type(src_dict.get("objectType", UNSET))
        parsed.cols = src_dict.get("cols", UNSET)
        parsed.use_native_column = src_dict.get("useNativeColumn", UNSET)
        parsed.sort_by = src_dict.get("sortBy", UNSET)
        parsed.page = src_dict.get("page", UNSET)
        parsed.size = src_dict.get("size", UNSET)
        parsed.skip = src_dict.get("skip", UNSET)
        parsed.asc = src_dict.get("asc", UNSET)
        parsed.filters = src_dict.get("filters", UNSET)
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
