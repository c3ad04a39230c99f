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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_radar_graph_serie_value import AuditRadarGraphSerieValue
else:
    AuditRadarGraphSerieValue = deferred(
        globals(), "AuditRadarGraphSerieValue", "..models.audit_radar_graph_serie_value"
    )


def _load_data(model: AuditRadarGraph, source: Mapping[str, Any]) -> Any:
    value = source.get("data", UNSET)
    if value is None or value is UNSET:
        model.data = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.data = result = list(map(AuditRadarGraphSerieValue.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "data",
                "data",
                "list[AuditRadarGraphSerieValue] | None",
                value,
                items=AuditRadarGraphSerieValue.from_dict,
            )
    else:
        result = invalid(model, "data", "data", "list[AuditRadarGraphSerieValue] | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "name",
    "data",
    "categories",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "name": UNSET,
    "data": UNSET,
    "categories": UNSET,
}

T = TypeVar("T", bound="AuditRadarGraph")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AuditRadarGraph(LazyModel):
    """Attributes:
    name (None | str | Unset):
    data (list[AuditRadarGraphSerieValue] | None | Unset):
    categories (list[str] | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("data", "data"),
        ("categories", "categories"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "data": _load_data,
    }

    name: None | str | Unset = UNSET
    data: list[AuditRadarGraphSerieValue] | None | Unset = UNSET
    categories: list[str] | None | Unset = UNSET
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
        if "data" not in unreadable:
            data: list[dict[str, Any]] | None | Unset
            if isinstance(self.data, Unset):
                data = UNSET
            elif isinstance(self.data, list):
                data = []
                for data_type_0_item_data in self.data:
                    data_type_0_item = data_type_0_item_data.to_dict()
                    data.append(data_type_0_item)

            else:
                data = self.data

            if data is not UNSET:
                field_dict["data"] = data
        if "categories" not in unreadable:
            categories: list[str] | None | Unset
            if isinstance(self.categories, Unset):
                categories = UNSET
            elif isinstance(self.categories, list):
                categories = self.categories

            else:
                categories = self.categories

            if categories is not UNSET:
                field_dict["categories"] = categories
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
            if len(src_dict) >= 3:
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
        if value is None:
            parsed.data = None
        elif value is UNSET:
            parsed.data = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.data = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.data = list(map(AuditRadarGraphSerieValue.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "data",
                        "data",
                        "list[AuditRadarGraphSerieValue] | None",
                        value,
                        items=AuditRadarGraphSerieValue.from_dict,
                    )
            else:
                invalid(parsed, "data", "data", "list[AuditRadarGraphSerieValue] | None", value)

        value = values[2]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "categories",
                        "categories",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.categories = value
        elif value is None:
            parsed.categories = None
        elif value is UNSET:
            parsed.categories = UNSET
            absent += 1
        else:
            invalid(parsed, "categories", "categories", "list[str] | None", value)

        if len(src_dict) + absent == 3:  # every key is a known one
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
