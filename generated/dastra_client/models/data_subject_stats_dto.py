from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chart_serie_value import ChartSerieValue
    from ..models.data_subject_serie_value import DataSubjectSerieValue
    from ..models.data_subject_stat_value_dto import DataSubjectStatValueDto


T = TypeVar("T", bound="DataSubjectStatsDto")


@_attrs_define
class DataSubjectStatsDto:
    """
    Attributes:
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
        nb_customer_requests: int | None | Unset
        if isinstance(self.nb_customer_requests, Unset):
            nb_customer_requests = UNSET
        else:
            nb_customer_requests = self.nb_customer_requests

        nb_opened_or_active_customer_requests: int | None | Unset
        if isinstance(self.nb_opened_or_active_customer_requests, Unset):
            nb_opened_or_active_customer_requests = UNSET
        else:
            nb_opened_or_active_customer_requests = self.nb_opened_or_active_customer_requests

        nb_over_taken: int | None | Unset
        if isinstance(self.nb_over_taken, Unset):
            nb_over_taken = UNSET
        else:
            nb_over_taken = self.nb_over_taken

        average_time_to_close: float | None | Unset
        if isinstance(self.average_time_to_close, Unset):
            average_time_to_close = UNSET
        else:
            average_time_to_close = self.average_time_to_close

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

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nb_customer_requests is not UNSET:
            field_dict["nbCustomerRequests"] = nb_customer_requests
        if nb_opened_or_active_customer_requests is not UNSET:
            field_dict["nbOpenedOrActiveCustomerRequests"] = nb_opened_or_active_customer_requests
        if nb_over_taken is not UNSET:
            field_dict["nbOverTaken"] = nb_over_taken
        if average_time_to_close is not UNSET:
            field_dict["averageTimeToClose"] = average_time_to_close
        if purpose_types is not UNSET:
            field_dict["purposeTypes"] = purpose_types
        if time_serie is not UNSET:
            field_dict["timeSerie"] = time_serie
        if stats is not UNSET:
            field_dict["stats"] = stats
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chart_serie_value import ChartSerieValue
        from ..models.data_subject_serie_value import DataSubjectSerieValue
        from ..models.data_subject_stat_value_dto import DataSubjectStatValueDto

        d = dict(src_dict)

        def _parse_nb_customer_requests(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_customer_requests = _parse_nb_customer_requests(d.pop("nbCustomerRequests", UNSET))

        def _parse_nb_opened_or_active_customer_requests(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_opened_or_active_customer_requests = _parse_nb_opened_or_active_customer_requests(
            d.pop("nbOpenedOrActiveCustomerRequests", UNSET)
        )

        def _parse_nb_over_taken(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_over_taken = _parse_nb_over_taken(d.pop("nbOverTaken", UNSET))

        def _parse_average_time_to_close(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        average_time_to_close = _parse_average_time_to_close(d.pop("averageTimeToClose", UNSET))

        def _parse_purpose_types(data: object) -> list[ChartSerieValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                purpose_types_type_0 = []
                _purpose_types_type_0 = data
                for purpose_types_type_0_item_data in _purpose_types_type_0:
                    purpose_types_type_0_item = ChartSerieValue.from_dict(purpose_types_type_0_item_data)

                    purpose_types_type_0.append(purpose_types_type_0_item)

                return purpose_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChartSerieValue] | None | Unset, data)

        purpose_types = _parse_purpose_types(d.pop("purposeTypes", UNSET))

        def _parse_time_serie(data: object) -> list[DataSubjectSerieValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                time_serie_type_0 = []
                _time_serie_type_0 = data
                for time_serie_type_0_item_data in _time_serie_type_0:
                    time_serie_type_0_item = DataSubjectSerieValue.from_dict(time_serie_type_0_item_data)

                    time_serie_type_0.append(time_serie_type_0_item)

                return time_serie_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DataSubjectSerieValue] | None | Unset, data)

        time_serie = _parse_time_serie(d.pop("timeSerie", UNSET))

        def _parse_stats(data: object) -> list[DataSubjectStatValueDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stats_type_0 = []
                _stats_type_0 = data
                for stats_type_0_item_data in _stats_type_0:
                    stats_type_0_item = DataSubjectStatValueDto.from_dict(stats_type_0_item_data)

                    stats_type_0.append(stats_type_0_item)

                return stats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DataSubjectStatValueDto] | None | Unset, data)

        stats = _parse_stats(d.pop("stats", UNSET))

        def _parse_start_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.datetime.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_date = _parse_start_date(d.pop("startDate", UNSET))

        def _parse_end_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.datetime.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_date = _parse_end_date(d.pop("endDate", UNSET))

        data_subject_stats_dto = cls(
            nb_customer_requests=nb_customer_requests,
            nb_opened_or_active_customer_requests=nb_opened_or_active_customer_requests,
            nb_over_taken=nb_over_taken,
            average_time_to_close=average_time_to_close,
            purpose_types=purpose_types,
            time_serie=time_serie,
            stats=stats,
            start_date=start_date,
            end_date=end_date,
        )

        data_subject_stats_dto.additional_properties = d
        return data_subject_stats_dto

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
