from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import (
    LazyModel,
    invalid,
    not_an_object,
)
from ..models.risk_object_type import RiskObjectType
from ..types import UNSET, Unset

_RISK_OBJECT_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in RiskObjectType}


_KEYS: Final[tuple[str, ...]] = (
    "objectType",
    "cols",
    "useNativeColumn",
    "sortBy",
    "page",
    "size",
    "skip",
    "asc",
    "filters",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "objectType": UNSET,
    "cols": UNSET,
    "useNativeColumn": UNSET,
    "sortBy": UNSET,
    "page": UNSET,
    "size": UNSET,
    "skip": UNSET,
    "asc": UNSET,
    "filters": UNSET,
}

T = TypeVar("T", bound="ExportRiskAssetFilter")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("object_type", "objectType"),
        ("cols", "cols"),
        ("use_native_column", "useNativeColumn"),
        ("sort_by", "sortBy"),
        ("page", "page"),
        ("size", "size"),
        ("skip", "skip"),
        ("asc", "asc"),
        ("filters", "filters"),
    )

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
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "object_type" not in unreadable:
            object_type: None | str | Unset
            if isinstance(self.object_type, Unset):
                object_type = UNSET
            elif isinstance(self.object_type, RiskObjectType):
                object_type = self.object_type.value
            else:
                object_type = self.object_type

            if object_type is not UNSET:
                field_dict["objectType"] = object_type
        if "cols" not in unreadable:
            cols: list[str] | None | Unset
            if isinstance(self.cols, Unset):
                cols = UNSET
            elif isinstance(self.cols, list):
                cols = self.cols

            else:
                cols = self.cols

            if cols is not UNSET:
                field_dict["cols"] = cols
        if "use_native_column" not in unreadable:
            use_native_column: bool | None | Unset
            if isinstance(self.use_native_column, Unset):
                use_native_column = UNSET
            else:
                use_native_column = self.use_native_column

            if use_native_column is not UNSET:
                field_dict["useNativeColumn"] = use_native_column
        if "sort_by" not in unreadable:
            sort_by: None | str | Unset
            if isinstance(self.sort_by, Unset):
                sort_by = UNSET
            else:
                sort_by = self.sort_by

            if sort_by is not UNSET:
                field_dict["sortBy"] = sort_by
        if "page" not in unreadable:
            page: int | None | Unset
            if isinstance(self.page, Unset):
                page = UNSET
            else:
                page = self.page

            if page is not UNSET:
                field_dict["page"] = page
        if "size" not in unreadable:
            size: int | None | Unset
            if isinstance(self.size, Unset):
                size = UNSET
            else:
                size = self.size

            if size is not UNSET:
                field_dict["size"] = size
        if "skip" not in unreadable:
            skip: int | None | Unset
            if isinstance(self.skip, Unset):
                skip = UNSET
            else:
                skip = self.skip

            if skip is not UNSET:
                field_dict["skip"] = skip
        if "asc" not in unreadable:
            asc: bool | None | Unset
            if isinstance(self.asc, Unset):
                asc = UNSET
            else:
                asc = self.asc

            if asc is not UNSET:
                field_dict["asc"] = asc
        if "filters" not in unreadable:
            filters: None | str | Unset
            if isinstance(self.filters, Unset):
                filters = UNSET
            else:
                filters = self.filters

            if filters is not UNSET:
                field_dict["filters"] = filters
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
            if len(src_dict) >= 9:
                values = _KNOWN_VALUES(src_dict)
            else:  # a known key is absent (no KeyError raised and caught for it)
                values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except KeyError:  # unknown keys in place of known ones
            values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except (TypeError, AttributeError):  # a list, a string, a number...: not an object
            raise not_an_object(cls, src_dict) from None
        parsed = cls.__new__(cls)
        absent = 0  # the known keys the object lacks: its other keys are unknown ones if len() says more
        value = values[0]
        if isinstance(value, str):
            parsed.object_type = _RISK_OBJECT_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.object_type = None
        elif value is UNSET:
            parsed.object_type = UNSET
            absent += 1
        else:
            invalid(parsed, "object_type", "objectType", "RiskObjectType | str | None", value)

        value = values[1]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "cols",
                        "cols",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.cols = value
        elif value is None:
            parsed.cols = None
        elif value is UNSET:
            parsed.cols = UNSET
            absent += 1
        else:
            invalid(parsed, "cols", "cols", "list[str] | None", value)

        value = values[2]
        if type(value) is bool or value is None:
            parsed.use_native_column = value
        elif value is UNSET:
            parsed.use_native_column = UNSET
            absent += 1
        else:
            invalid(parsed, "use_native_column", "useNativeColumn", "bool | None", value)

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.sort_by = value
        elif value is UNSET:
            parsed.sort_by = UNSET
            absent += 1
        else:
            invalid(parsed, "sort_by", "sortBy", "str | None", value)

        value = values[4]
        if type(value) is int or value is None:
            parsed.page = value
        elif value is UNSET:
            parsed.page = UNSET
            absent += 1
        else:
            invalid(parsed, "page", "page", "int | None", value)

        value = values[5]
        if type(value) is int or value is None:
            parsed.size = value
        elif value is UNSET:
            parsed.size = UNSET
            absent += 1
        else:
            invalid(parsed, "size", "size", "int | None", value)

        value = values[6]
        if type(value) is int or value is None:
            parsed.skip = value
        elif value is UNSET:
            parsed.skip = UNSET
            absent += 1
        else:
            invalid(parsed, "skip", "skip", "int | None", value)

        value = values[7]
        if type(value) is bool or value is None:
            parsed.asc = value
        elif value is UNSET:
            parsed.asc = UNSET
            absent += 1
        else:
            invalid(parsed, "asc", "asc", "bool | None", value)

        value = values[8]
        if isinstance(value, str) or value is None:
            parsed.filters = value
        elif value is UNSET:
            parsed.filters = UNSET
            absent += 1
        else:
            invalid(parsed, "filters", "filters", "str | None", value)

        if len(src_dict) + absent == 9:  # every key is a known one
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
