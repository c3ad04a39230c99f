from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
    from ..models.chart_serie_value import ChartSerieValue
    from ..models.data_subject_serie_value import DataSubjectSerieValue
    from ..models.data_subject_stat_value_dto import DataSubjectStatValueDto











def _parse_purpose_types(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.ChartSerieValue.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_time_serie(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.DataSubjectSerieValue.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_stats(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.DataSubjectStatValueDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_start_date(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_end_date(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data



def _load_purpose_types(source: Mapping[str, Any]) -> Any:
    return _parse_purpose_types(source.get("purposeTypes", UNSET))

def _load_time_serie(source: Mapping[str, Any]) -> Any:
    return _parse_time_serie(source.get("timeSerie", UNSET))

def _load_stats(source: Mapping[str, Any]) -> Any:
    return _parse_stats(source.get("stats", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("nbCustomerRequests", "nbOpenedOrActiveCustomerRequests", "nbOverTaken", "averageTimeToClose", "purposeTypes", "timeSerie", "stats", "startDate", "endDate", ))

T = TypeVar("T", bound="DataSubjectStatsDto")



@_attrs_define
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

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
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
        from ..models.chart_serie_value import ChartSerieValue  # noqa: PLC0415
        from ..models.data_subject_serie_value import DataSubjectSerieValue  # noqa: PLC0415
        from ..models.data_subject_stat_value_dto import DataSubjectStatValueDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        nb_customer_requests: int | None | Unset
        if isinstance(self.nb_customer_requests, Unset):
            nb_customer_requests = UNSET
        else:
            nb_customer_requests = self.nb_customer_requests

        if nb_customer_requests is not UNSET:
            field_dict["nbCustomerRequests"] = nb_customer_requests
        nb_opened_or_active_customer_requests: int | None | Unset
        if isinstance(self.nb_opened_or_active_customer_requests, Unset):
            nb_opened_or_active_customer_requests = UNSET
        else:
            nb_opened_or_active_customer_requests = self.nb_opened_or_active_customer_requests

        if nb_opened_or_active_customer_requests is not UNSET:
            field_dict["nbOpenedOrActiveCustomerRequests"] = nb_opened_or_active_customer_requests
        nb_over_taken: int | None | Unset
        if isinstance(self.nb_over_taken, Unset):
            nb_over_taken = UNSET
        else:
            nb_over_taken = self.nb_over_taken

        if nb_over_taken is not UNSET:
            field_dict["nbOverTaken"] = nb_over_taken
        average_time_to_close: float | None | Unset
        if isinstance(self.average_time_to_close, Unset):
            average_time_to_close = UNSET
        else:
            average_time_to_close = self.average_time_to_close

        if average_time_to_close is not UNSET:
            field_dict["averageTimeToClose"] = average_time_to_close
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
        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.nb_customer_requests = src_dict.get("nbCustomerRequests", UNSET)
        parsed.nb_opened_or_active_customer_requests = src_dict.get("nbOpenedOrActiveCustomerRequests", UNSET)
        parsed.nb_over_taken = src_dict.get("nbOverTaken", UNSET)
        parsed.average_time_to_close = src_dict.get("averageTimeToClose", UNSET)
        parsed.start_date = _parse_start_date(src_dict.get("startDate", UNSET))
        parsed.end_date = _parse_end_date(src_dict.get("endDate", UNSET))
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
