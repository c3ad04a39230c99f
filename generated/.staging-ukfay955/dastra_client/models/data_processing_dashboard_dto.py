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

if TYPE_CHECKING:
    from ..models.data_processing_stats_dto import DataProcessingStatsDto
    from ..models.object_array_chart_serie_dto import ObjectArrayChartSerieDto






def _parse_indicators(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.DataProcessingStatsDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_area_series(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.ObjectArrayChartSerieDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_legal_basis_series(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.ObjectArrayChartSerieDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_indicator_repartitions(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.ObjectArrayChartSerieDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_person_categories_series(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.ObjectArrayChartSerieDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_has_data_transfers_series(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.ObjectArrayChartSerieDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_country_transfers_series(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.ObjectArrayChartSerieDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_subcontractors_series(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.ObjectArrayChartSerieDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_dpia_done_series(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.ObjectArrayChartSerieDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_dpia_required_series(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.ObjectArrayChartSerieDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_date_creation_series(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.ObjectArrayChartSerieDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_workflow_series(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.ObjectArrayChartSerieDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data



def _load_indicators(source: Mapping[str, Any]) -> Any:
    return _parse_indicators(source.get("indicators", UNSET))

def _load_area_series(source: Mapping[str, Any]) -> Any:
    return _parse_area_series(source.get("areaSeries", UNSET))

def _load_legal_basis_series(source: Mapping[str, Any]) -> Any:
    return _parse_legal_basis_series(source.get("legalBasisSeries", UNSET))

def _load_indicator_repartitions(source: Mapping[str, Any]) -> Any:
    return _parse_indicator_repartitions(source.get("indicatorRepartitions", UNSET))

def _load_person_categories_series(source: Mapping[str, Any]) -> Any:
    return _parse_person_categories_series(source.get("personCategoriesSeries", UNSET))

def _load_has_data_transfers_series(source: Mapping[str, Any]) -> Any:
    return _parse_has_data_transfers_series(source.get("hasDataTransfersSeries", UNSET))

def _load_country_transfers_series(source: Mapping[str, Any]) -> Any:
    return _parse_country_transfers_series(source.get("countryTransfersSeries", UNSET))

def _load_subcontractors_series(source: Mapping[str, Any]) -> Any:
    return _parse_subcontractors_series(source.get("subcontractorsSeries", UNSET))

def _load_dpia_done_series(source: Mapping[str, Any]) -> Any:
    return _parse_dpia_done_series(source.get("dpiaDoneSeries", UNSET))

def _load_dpia_required_series(source: Mapping[str, Any]) -> Any:
    return _parse_dpia_required_series(source.get("dpiaRequiredSeries", UNSET))

def _load_date_creation_series(source: Mapping[str, Any]) -> Any:
    return _parse_date_creation_series(source.get("dateCreationSeries", UNSET))

def _load_workflow_series(source: Mapping[str, Any]) -> Any:
    return _parse_workflow_series(source.get("workflowSeries", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("indicators", "areaSeries", "legalBasisSeries", "indicatorRepartitions", "personCategoriesSeries", "hasDataTransfersSeries", "countryTransfersSeries", "subcontractorsSeries", "dpiaDoneSeries", "dpiaRequiredSeries", "dateCreationSeries", "workflowSeries", ))

T = TypeVar("T", bound="DataProcessingDashboardDto")



@_attrs_define
class DataProcessingDashboardDto(LazyModel):
    """Attributes:
        indicators (DataProcessingStatsDto | None | Unset):
        area_series (list[ObjectArrayChartSerieDto] | None | Unset):
        legal_basis_series (list[ObjectArrayChartSerieDto] | None | Unset):
        indicator_repartitions (list[ObjectArrayChartSerieDto] | None | Unset):
        person_categories_series (list[ObjectArrayChartSerieDto] | None | Unset):
        has_data_transfers_series (list[ObjectArrayChartSerieDto] | None | Unset):
        country_transfers_series (list[ObjectArrayChartSerieDto] | None | Unset):
        subcontractors_series (list[ObjectArrayChartSerieDto] | None | Unset):
        dpia_done_series (list[ObjectArrayChartSerieDto] | None | Unset):
        dpia_required_series (list[ObjectArrayChartSerieDto] | None | Unset):
        date_creation_series (list[ObjectArrayChartSerieDto] | None | Unset):
        workflow_series (list[ObjectArrayChartSerieDto] | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "indicators": _load_indicators,
        "area_series": _load_area_series,
        "legal_basis_series": _load_legal_basis_series,
        "indicator_repartitions": _load_indicator_repartitions,
        "person_categories_series": _load_person_categories_series,
        "has_data_transfers_series": _load_has_data_transfers_series,
        "country_transfers_series": _load_country_transfers_series,
        "subcontractors_series": _load_subcontractors_series,
        "dpia_done_series": _load_dpia_done_series,
        "dpia_required_series": _load_dpia_required_series,
        "date_creation_series": _load_date_creation_series,
        "workflow_series": _load_workflow_series,
    }

    indicators: DataProcessingStatsDto | None | Unset = UNSET
    area_series: list[ObjectArrayChartSerieDto] | None | Unset = UNSET
    legal_basis_series: list[ObjectArrayChartSerieDto] | None | Unset = UNSET
    indicator_repartitions: list[ObjectArrayChartSerieDto] | None | Unset = UNSET
    person_categories_series: list[ObjectArrayChartSerieDto] | None | Unset = UNSET
    has_data_transfers_series: list[ObjectArrayChartSerieDto] | None | Unset = UNSET
    country_transfers_series: list[ObjectArrayChartSerieDto] | None | Unset = UNSET
    subcontractors_series: list[ObjectArrayChartSerieDto] | None | Unset = UNSET
    dpia_done_series: list[ObjectArrayChartSerieDto] | None | Unset = UNSET
    dpia_required_series: list[ObjectArrayChartSerieDto] | None | Unset = UNSET
    date_creation_series: list[ObjectArrayChartSerieDto] | None | Unset = UNSET
    workflow_series: list[ObjectArrayChartSerieDto] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.data_processing_stats_dto import DataProcessingStatsDto  # noqa: PLC0415
        from ..models.object_array_chart_serie_dto import ObjectArrayChartSerieDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        indicators: dict[str, Any] | None | Unset
        if isinstance(self.indicators, Unset):
            indicators = UNSET
        elif isinstance(self.indicators, DataProcessingStatsDto):
            indicators = self.indicators.to_dict()
        else:
            indicators = self.indicators

        if indicators is not UNSET:
            field_dict["indicators"] = indicators
        area_series: list[dict[str, Any]] | None | Unset
        if isinstance(self.area_series, Unset):
            area_series = UNSET
        elif isinstance(self.area_series, list):
            area_series = []
            for area_series_type_0_item_data in self.area_series:
                area_series_type_0_item = area_series_type_0_item_data.to_dict()
                area_series.append(area_series_type_0_item)


        else:
            area_series = self.area_series

        if area_series is not UNSET:
            field_dict["areaSeries"] = area_series
        legal_basis_series: list[dict[str, Any]] | None | Unset
        if isinstance(self.legal_basis_series, Unset):
            legal_basis_series = UNSET
        elif isinstance(self.legal_basis_series, list):
            legal_basis_series = []
            for legal_basis_series_type_0_item_data in self.legal_basis_series:
                legal_basis_series_type_0_item = legal_basis_series_type_0_item_data.to_dict()
                legal_basis_series.append(legal_basis_series_type_0_item)


        else:
            legal_basis_series = self.legal_basis_series

        if legal_basis_series is not UNSET:
            field_dict["legalBasisSeries"] = legal_basis_series
        indicator_repartitions: list[dict[str, Any]] | None | Unset
        if isinstance(self.indicator_repartitions, Unset):
            indicator_repartitions = UNSET
        elif isinstance(self.indicator_repartitions, list):
            indicator_repartitions = []
            for indicator_repartitions_type_0_item_data in self.indicator_repartitions:
                indicator_repartitions_type_0_item = indicator_repartitions_type_0_item_data.to_dict()
                indicator_repartitions.append(indicator_repartitions_type_0_item)


        else:
            indicator_repartitions = self.indicator_repartitions

        if indicator_repartitions is not UNSET:
            field_dict["indicatorRepartitions"] = indicator_repartitions
        person_categories_series: list[dict[str, Any]] | None | Unset
        if isinstance(self.person_categories_series, Unset):
            person_categories_series = UNSET
        elif isinstance(self.person_categories_series, list):
            person_categories_series = []
            for person_categories_series_type_0_item_data in self.person_categories_series:
                person_categories_series_type_0_item = person_categories_series_type_0_item_data.to_dict()
                person_categories_series.append(person_categories_series_type_0_item)


        else:
            person_categories_series = self.person_categories_series

        if person_categories_series is not UNSET:
            field_dict["personCategoriesSeries"] = person_categories_series
        has_data_transfers_series: list[dict[str, Any]] | None | Unset
        if isinstance(self.has_data_transfers_series, Unset):
            has_data_transfers_series = UNSET
        elif isinstance(self.has_data_transfers_series, list):
            has_data_transfers_series = []
            for has_data_transfers_series_type_0_item_data in self.has_data_transfers_series:
                has_data_transfers_series_type_0_item = has_data_transfers_series_type_0_item_data.to_dict()
                has_data_transfers_series.append(has_data_transfers_series_type_0_item)


        else:
            has_data_transfers_series = self.has_data_transfers_series

        if has_data_transfers_series is not UNSET:
            field_dict["hasDataTransfersSeries"] = has_data_transfers_series
        country_transfers_series: list[dict[str, Any]] | None | Unset
        if isinstance(self.country_transfers_series, Unset):
            country_transfers_series = UNSET
        elif isinstance(self.country_transfers_series, list):
            country_transfers_series = []
            for country_transfers_series_type_0_item_data in self.country_transfers_series:
                country_transfers_series_type_0_item = country_transfers_series_type_0_item_data.to_dict()
                country_transfers_series.append(country_transfers_series_type_0_item)


        else:
            country_transfers_series = self.country_transfers_series

        if country_transfers_series is not UNSET:
            field_dict["countryTransfersSeries"] = country_transfers_series
        subcontractors_series: list[dict[str, Any]] | None | Unset
        if isinstance(self.subcontractors_series, Unset):
            subcontractors_series = UNSET
        elif isinstance(self.subcontractors_series, list):
            subcontractors_series = []
            for subcontractors_series_type_0_item_data in self.subcontractors_series:
                subcontractors_series_type_0_item = subcontractors_series_type_0_item_data.to_dict()
                subcontractors_series.append(subcontractors_series_type_0_item)


        else:
            subcontractors_series = self.subcontractors_series

        if subcontractors_series is not UNSET:
            field_dict["subcontractorsSeries"] = subcontractors_series
        dpia_done_series: list[dict[str, Any]] | None | Unset
        if isinstance(self.dpia_done_series, Unset):
            dpia_done_series = UNSET
        elif isinstance(self.dpia_done_series, list):
            dpia_done_series = []
            for dpia_done_series_type_0_item_data in self.dpia_done_series:
                dpia_done_series_type_0_item = dpia_done_series_type_0_item_data.to_dict()
                dpia_done_series.append(dpia_done_series_type_0_item)


        else:
            dpia_done_series = self.dpia_done_series

        if dpia_done_series is not UNSET:
            field_dict["dpiaDoneSeries"] = dpia_done_series
        dpia_required_series: list[dict[str, Any]] | None | Unset
        if isinstance(self.dpia_required_series, Unset):
            dpia_required_series = UNSET
        elif isinstance(self.dpia_required_series, list):
            dpia_required_series = []
            for dpia_required_series_type_0_item_data in self.dpia_required_series:
                dpia_required_series_type_0_item = dpia_required_series_type_0_item_data.to_dict()
                dpia_required_series.append(dpia_required_series_type_0_item)


        else:
            dpia_required_series = self.dpia_required_series

        if dpia_required_series is not UNSET:
            field_dict["dpiaRequiredSeries"] = dpia_required_series
        date_creation_series: list[dict[str, Any]] | None | Unset
        if isinstance(self.date_creation_series, Unset):
            date_creation_series = UNSET
        elif isinstance(self.date_creation_series, list):
            date_creation_series = []
            for date_creation_series_type_0_item_data in self.date_creation_series:
                date_creation_series_type_0_item = date_creation_series_type_0_item_data.to_dict()
                date_creation_series.append(date_creation_series_type_0_item)


        else:
            date_creation_series = self.date_creation_series

        if date_creation_series is not UNSET:
            field_dict["dateCreationSeries"] = date_creation_series
        workflow_series: list[dict[str, Any]] | None | Unset
        if isinstance(self.workflow_series, Unset):
            workflow_series = UNSET
        elif isinstance(self.workflow_series, list):
            workflow_series = []
            for workflow_series_type_0_item_data in self.workflow_series:
                workflow_series_type_0_item = workflow_series_type_0_item_data.to_dict()
                workflow_series.append(workflow_series_type_0_item)


        else:
            workflow_series = self.workflow_series

        if workflow_series is not UNSET:
            field_dict["workflowSeries"] = workflow_series
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
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
