from __future__ import annotations

import datetime
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
    from ..models.chart_serie_value import ChartSerieValue
    from ..models.data_subject_serie_value import DataSubjectSerieValue
    from ..models.data_subject_stat_value_dto import DataSubjectStatValueDto
else:
    ChartSerieValue = deferred(globals(), "ChartSerieValue", "..models.chart_serie_value")
    DataSubjectSerieValue = deferred(globals(), "DataSubjectSerieValue", "..models.data_subject_serie_value")
    DataSubjectStatValueDto = deferred(
        globals(), "DataSubjectStatValueDto", "..models.data_subject_stat_value_dto"
    )


def _load_purpose_types(model: DataSubjectStatsDto, source: Mapping[str, Any]) -> Any:
    value = source.get("purposeTypes", UNSET)
    if value is None or value is UNSET:
        model.purpose_types = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.purpose_types = result = list(map(ChartSerieValue.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "purpose_types",
                "purposeTypes",
                "list[ChartSerieValue] | None",
                value,
                items=ChartSerieValue.from_dict,
            )
    else:
        result = invalid(model, "purpose_types", "purposeTypes", "list[ChartSerieValue] | None", value)
    return result


def _load_time_serie(model: DataSubjectStatsDto, source: Mapping[str, Any]) -> Any:
    value = source.get("timeSerie", UNSET)
    if value is None or value is UNSET:
        model.time_serie = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.time_serie = result = list(map(DataSubjectSerieValue.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "time_serie",
                "timeSerie",
                "list[DataSubjectSerieValue] | None",
                value,
                items=DataSubjectSerieValue.from_dict,
            )
    else:
        result = invalid(model, "time_serie", "timeSerie", "list[DataSubjectSerieValue] | None", value)
    return result


def _load_stats(model: DataSubjectStatsDto, source: Mapping[str, Any]) -> Any:
    value = source.get("stats", UNSET)
    if value is None or value is UNSET:
        model.stats = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.stats = result = list(map(DataSubjectStatValueDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "stats",
                "stats",
                "list[DataSubjectStatValueDto] | None",
                value,
                items=DataSubjectStatValueDto.from_dict,
            )
    else:
        result = invalid(model, "stats", "stats", "list[DataSubjectStatValueDto] | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "nbCustomerRequests",
    "nbOpenedOrActiveCustomerRequests",
    "nbOverTaken",
    "averageTimeToClose",
    "purposeTypes",
    "timeSerie",
    "stats",
    "startDate",
    "endDate",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "nbCustomerRequests": UNSET,
    "nbOpenedOrActiveCustomerRequests": UNSET,
    "nbOverTaken": UNSET,
    "averageTimeToClose": UNSET,
    "purposeTypes": UNSET,
    "timeSerie": UNSET,
    "stats": UNSET,
    "startDate": UNSET,
    "endDate": UNSET,
}

T = TypeVar("T", bound="DataSubjectStatsDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DataSubjectStatsDto(LazyModel):
    """Attributes:
    nb_customer_requests (int | None | Unset):
    nb_opened_or_active_customer_requests (int | None | Unset):
    nb_over_taken (int | None | Unset):
    average_time_to_close (float | None | Unset):
    purpose_types (list[ChartSerieValue] | None | Unset):
    time_serie (list[DataSubjectSerieValue] | None | Unset):
    stats (list[DataSubjectStatValueDto] | None | Unset):
    start_date (datetime.datetime | None | Unset):
    end_date (datetime.datetime | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("nb_customer_requests", "nbCustomerRequests"),
        ("nb_opened_or_active_customer_requests", "nbOpenedOrActiveCustomerRequests"),
        ("nb_over_taken", "nbOverTaken"),
        ("average_time_to_close", "averageTimeToClose"),
        ("purpose_types", "purposeTypes"),
        ("time_serie", "timeSerie"),
        ("stats", "stats"),
        ("start_date", "startDate"),
        ("end_date", "endDate"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "purpose_types": _load_purpose_types,
        "time_serie": _load_time_serie,
        "stats": _load_stats,
    }

    nb_customer_requests: int | None | Unset = UNSET
    nb_opened_or_active_customer_requests: int | None | Unset = UNSET
    nb_over_taken: int | None | Unset = UNSET
    average_time_to_close: float | None | Unset = UNSET
    purpose_types: list[ChartSerieValue] | None | Unset = UNSET
    time_serie: list[DataSubjectSerieValue] | None | Unset = UNSET
    stats: list[DataSubjectStatValueDto] | None | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "nb_customer_requests" not in unreadable:
            nb_customer_requests: int | None | Unset
            if isinstance(self.nb_customer_requests, Unset):
                nb_customer_requests = UNSET
            else:
                nb_customer_requests = self.nb_customer_requests

            if nb_customer_requests is not UNSET:
                field_dict["nbCustomerRequests"] = nb_customer_requests
        if "nb_opened_or_active_customer_requests" not in unreadable:
            nb_opened_or_active_customer_requests: int | None | Unset
            if isinstance(self.nb_opened_or_active_customer_requests, Unset):
                nb_opened_or_active_customer_requests = UNSET
            else:
                nb_opened_or_active_customer_requests = self.nb_opened_or_active_customer_requests

            if nb_opened_or_active_customer_requests is not UNSET:
                field_dict["nbOpenedOrActiveCustomerRequests"] = nb_opened_or_active_customer_requests
        if "nb_over_taken" not in unreadable:
            nb_over_taken: int | None | Unset
            if isinstance(self.nb_over_taken, Unset):
                nb_over_taken = UNSET
            else:
                nb_over_taken = self.nb_over_taken

            if nb_over_taken is not UNSET:
                field_dict["nbOverTaken"] = nb_over_taken
        if "average_time_to_close" not in unreadable:
            average_time_to_close: float | None | Unset
            if isinstance(self.average_time_to_close, Unset):
                average_time_to_close = UNSET
            else:
                average_time_to_close = self.average_time_to_close

            if average_time_to_close is not UNSET:
                field_dict["averageTimeToClose"] = average_time_to_close
        if "purpose_types" not in unreadable:
            purpose_types: list[dict[str, Any]] | None | Unset
            if isinstance(self.purpose_types, Unset):
                purpose_types = UNSET
            elif isinstance(self.purpose_types, list):
                purpose_types = []
                for purpose_types_type_0_item_data in self.purpose_types:
                    purpose_types_type_0_item = purpose_types_type_0_item_data.to_dict()
                    purpose_types.append(purpose_types_type_0_item)

            else:
                purpose_types = self.purpose_types

            if purpose_types is not UNSET:
                field_dict["purposeTypes"] = purpose_types
        if "time_serie" not in unreadable:
            time_serie: list[dict[str, Any]] | None | Unset
            if isinstance(self.time_serie, Unset):
                time_serie = UNSET
            elif isinstance(self.time_serie, list):
                time_serie = []
                for time_serie_type_0_item_data in self.time_serie:
                    time_serie_type_0_item = time_serie_type_0_item_data.to_dict()
                    time_serie.append(time_serie_type_0_item)

            else:
                time_serie = self.time_serie

            if time_serie is not UNSET:
                field_dict["timeSerie"] = time_serie
        if "stats" not in unreadable:
            stats: list[dict[str, Any]] | None | Unset
            if isinstance(self.stats, Unset):
                stats = UNSET
            elif isinstance(self.stats, list):
                stats = []
                for stats_type_0_item_data in self.stats:
                    stats_type_0_item = stats_type_0_item_data.to_dict()
                    stats.append(stats_type_0_item)

            else:
                stats = self.stats

            if stats is not UNSET:
                field_dict["stats"] = stats
        if "start_date" not in unreadable:
            start_date: None | str | Unset
            if isinstance(self.start_date, Unset):
                start_date = UNSET
            elif isinstance(self.start_date, datetime.datetime):
                start_date = self.start_date.isoformat()
            else:
                start_date = self.start_date

            if start_date is not UNSET:
                field_dict["startDate"] = start_date
        if "end_date" not in unreadable:
            end_date: None | str | Unset
            if isinstance(self.end_date, Unset):
                end_date = UNSET
            elif isinstance(self.end_date, datetime.datetime):
                end_date = self.end_date.isoformat()
            else:
                end_date = self.end_date

            if end_date is not UNSET:
                field_dict["endDate"] = end_date
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
        # Optional nested values are parsed on first access (LazyModel), or now in eager mode.
        eager = EAGER.get()
        if not eager:
            parsed._source = src_dict
        value = values[0]
        if type(value) is int or value is None:
            parsed.nb_customer_requests = value
        elif value is UNSET:
            parsed.nb_customer_requests = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_customer_requests", "nbCustomerRequests", "int | None", value)

        value = values[1]
        if type(value) is int or value is None:
            parsed.nb_opened_or_active_customer_requests = value
        elif value is UNSET:
            parsed.nb_opened_or_active_customer_requests = UNSET
            absent += 1
        else:
            invalid(
                parsed,
                "nb_opened_or_active_customer_requests",
                "nbOpenedOrActiveCustomerRequests",
                "int | None",
                value,
            )

        value = values[2]
        if type(value) is int or value is None:
            parsed.nb_over_taken = value
        elif value is UNSET:
            parsed.nb_over_taken = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_over_taken", "nbOverTaken", "int | None", value)

        value = values[3]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.average_time_to_close = value
        elif value is UNSET:
            parsed.average_time_to_close = UNSET
            absent += 1
        else:
            invalid(parsed, "average_time_to_close", "averageTimeToClose", "float | None", value)

        value = values[4]
        if value is None:
            parsed.purpose_types = None
        elif value is UNSET:
            parsed.purpose_types = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.purpose_types = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.purpose_types = list(map(ChartSerieValue.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "purpose_types",
                        "purposeTypes",
                        "list[ChartSerieValue] | None",
                        value,
                        items=ChartSerieValue.from_dict,
                    )
            else:
                invalid(parsed, "purpose_types", "purposeTypes", "list[ChartSerieValue] | None", value)

        value = values[5]
        if value is None:
            parsed.time_serie = None
        elif value is UNSET:
            parsed.time_serie = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.time_serie = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.time_serie = list(map(DataSubjectSerieValue.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "time_serie",
                        "timeSerie",
                        "list[DataSubjectSerieValue] | None",
                        value,
                        items=DataSubjectSerieValue.from_dict,
                    )
            else:
                invalid(parsed, "time_serie", "timeSerie", "list[DataSubjectSerieValue] | None", value)

        value = values[6]
        if value is None:
            parsed.stats = None
        elif value is UNSET:
            parsed.stats = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.stats = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.stats = list(map(DataSubjectStatValueDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "stats",
                        "stats",
                        "list[DataSubjectStatValueDto] | None",
                        value,
                        items=DataSubjectStatValueDto.from_dict,
                    )
            else:
                invalid(parsed, "stats", "stats", "list[DataSubjectStatValueDto] | None", value)

        value = values[7]
        if value is None:
            parsed.start_date = None
        elif value is UNSET:
            parsed.start_date = UNSET
            absent += 1
        else:
            try:
                parsed.start_date = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "start_date", "startDate", "datetime.datetime | None", value)

        value = values[8]
        if value is None:
            parsed.end_date = None
        elif value is UNSET:
            parsed.end_date = UNSET
            absent += 1
        else:
            try:
                parsed.end_date = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "end_date", "endDate", "datetime.datetime | None", value)

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
