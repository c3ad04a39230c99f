from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import FieldValidationError, VariantMismatchError
from .._lazy import (
    EAGER,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_processing_stats_dto import DataProcessingStatsDto
    from ..models.object_array_chart_serie_dto import ObjectArrayChartSerieDto
else:
    DataProcessingStatsDto = deferred(
        globals(), "DataProcessingStatsDto", "..models.data_processing_stats_dto"
    )
    ObjectArrayChartSerieDto = deferred(
        globals(), "ObjectArrayChartSerieDto", "..models.object_array_chart_serie_dto"
    )


def _load_indicators(model: DataProcessingDashboardDto, source: Mapping[str, Any]) -> Any:
    value = source.get("indicators", UNSET)
    if value is None or value is UNSET:
        model.indicators = value
        return value
    if isinstance(value, dict):
        try:
            model.indicators = result = DataProcessingStatsDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "indicators", "indicators", "DataProcessingStatsDto | None", value)
    else:
        result = invalid(model, "indicators", "indicators", "DataProcessingStatsDto | None", value)
    return result


def _load_area_series(model: DataProcessingDashboardDto, source: Mapping[str, Any]) -> Any:
    value = source.get("areaSeries", UNSET)
    if value is None or value is UNSET:
        model.area_series = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.area_series = result = list(map(ObjectArrayChartSerieDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "area_series",
                "areaSeries",
                "list[ObjectArrayChartSerieDto] | None",
                value,
                items=ObjectArrayChartSerieDto.from_dict,
            )
    else:
        result = invalid(model, "area_series", "areaSeries", "list[ObjectArrayChartSerieDto] | None", value)
    return result


def _load_legal_basis_series(model: DataProcessingDashboardDto, source: Mapping[str, Any]) -> Any:
    value = source.get("legalBasisSeries", UNSET)
    if value is None or value is UNSET:
        model.legal_basis_series = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.legal_basis_series = result = list(map(ObjectArrayChartSerieDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "legal_basis_series",
                "legalBasisSeries",
                "list[ObjectArrayChartSerieDto] | None",
                value,
                items=ObjectArrayChartSerieDto.from_dict,
            )
    else:
        result = invalid(
            model, "legal_basis_series", "legalBasisSeries", "list[ObjectArrayChartSerieDto] | None", value
        )
    return result


def _load_indicator_repartitions(model: DataProcessingDashboardDto, source: Mapping[str, Any]) -> Any:
    value = source.get("indicatorRepartitions", UNSET)
    if value is None or value is UNSET:
        model.indicator_repartitions = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.indicator_repartitions = result = list(map(ObjectArrayChartSerieDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "indicator_repartitions",
                "indicatorRepartitions",
                "list[ObjectArrayChartSerieDto] | None",
                value,
                items=ObjectArrayChartSerieDto.from_dict,
            )
    else:
        result = invalid(
            model,
            "indicator_repartitions",
            "indicatorRepartitions",
            "list[ObjectArrayChartSerieDto] | None",
            value,
        )
    return result


def _load_person_categories_series(model: DataProcessingDashboardDto, source: Mapping[str, Any]) -> Any:
    value = source.get("personCategoriesSeries", UNSET)
    if value is None or value is UNSET:
        model.person_categories_series = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.person_categories_series = result = list(map(ObjectArrayChartSerieDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "person_categories_series",
                "personCategoriesSeries",
                "list[ObjectArrayChartSerieDto] | None",
                value,
                items=ObjectArrayChartSerieDto.from_dict,
            )
    else:
        result = invalid(
            model,
            "person_categories_series",
            "personCategoriesSeries",
            "list[ObjectArrayChartSerieDto] | None",
            value,
        )
    return result


def _load_has_data_transfers_series(model: DataProcessingDashboardDto, source: Mapping[str, Any]) -> Any:
    value = source.get("hasDataTransfersSeries", UNSET)
    if value is None or value is UNSET:
        model.has_data_transfers_series = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.has_data_transfers_series = result = list(map(ObjectArrayChartSerieDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "has_data_transfers_series",
                "hasDataTransfersSeries",
                "list[ObjectArrayChartSerieDto] | None",
                value,
                items=ObjectArrayChartSerieDto.from_dict,
            )
    else:
        result = invalid(
            model,
            "has_data_transfers_series",
            "hasDataTransfersSeries",
            "list[ObjectArrayChartSerieDto] | None",
            value,
        )
    return result


def _load_country_transfers_series(model: DataProcessingDashboardDto, source: Mapping[str, Any]) -> Any:
    value = source.get("countryTransfersSeries", UNSET)
    if value is None or value is UNSET:
        model.country_transfers_series = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.country_transfers_series = result = list(map(ObjectArrayChartSerieDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "country_transfers_series",
                "countryTransfersSeries",
                "list[ObjectArrayChartSerieDto] | None",
                value,
                items=ObjectArrayChartSerieDto.from_dict,
            )
    else:
        result = invalid(
            model,
            "country_transfers_series",
            "countryTransfersSeries",
            "list[ObjectArrayChartSerieDto] | None",
            value,
        )
    return result


def _load_subcontractors_series(model: DataProcessingDashboardDto, source: Mapping[str, Any]) -> Any:
    value = source.get("subcontractorsSeries", UNSET)
    if value is None or value is UNSET:
        model.subcontractors_series = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.subcontractors_series = result = list(map(ObjectArrayChartSerieDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "subcontractors_series",
                "subcontractorsSeries",
                "list[ObjectArrayChartSerieDto] | None",
                value,
                items=ObjectArrayChartSerieDto.from_dict,
            )
    else:
        result = invalid(
            model,
            "subcontractors_series",
            "subcontractorsSeries",
            "list[ObjectArrayChartSerieDto] | None",
            value,
        )
    return result


def _load_dpia_done_series(model: DataProcessingDashboardDto, source: Mapping[str, Any]) -> Any:
    value = source.get("dpiaDoneSeries", UNSET)
    if value is None or value is UNSET:
        model.dpia_done_series = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.dpia_done_series = result = list(map(ObjectArrayChartSerieDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "dpia_done_series",
                "dpiaDoneSeries",
                "list[ObjectArrayChartSerieDto] | None",
                value,
                items=ObjectArrayChartSerieDto.from_dict,
            )
    else:
        result = invalid(
            model, "dpia_done_series", "dpiaDoneSeries", "list[ObjectArrayChartSerieDto] | None", value
        )
    return result


def _load_dpia_required_series(model: DataProcessingDashboardDto, source: Mapping[str, Any]) -> Any:
    value = source.get("dpiaRequiredSeries", UNSET)
    if value is None or value is UNSET:
        model.dpia_required_series = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.dpia_required_series = result = list(map(ObjectArrayChartSerieDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "dpia_required_series",
                "dpiaRequiredSeries",
                "list[ObjectArrayChartSerieDto] | None",
                value,
                items=ObjectArrayChartSerieDto.from_dict,
            )
    else:
        result = invalid(
            model,
            "dpia_required_series",
            "dpiaRequiredSeries",
            "list[ObjectArrayChartSerieDto] | None",
            value,
        )
    return result


def _load_date_creation_series(model: DataProcessingDashboardDto, source: Mapping[str, Any]) -> Any:
    value = source.get("dateCreationSeries", UNSET)
    if value is None or value is UNSET:
        model.date_creation_series = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.date_creation_series = result = list(map(ObjectArrayChartSerieDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "date_creation_series",
                "dateCreationSeries",
                "list[ObjectArrayChartSerieDto] | None",
                value,
                items=ObjectArrayChartSerieDto.from_dict,
            )
    else:
        result = invalid(
            model,
            "date_creation_series",
            "dateCreationSeries",
            "list[ObjectArrayChartSerieDto] | None",
            value,
        )
    return result


def _load_workflow_series(model: DataProcessingDashboardDto, source: Mapping[str, Any]) -> Any:
    value = source.get("workflowSeries", UNSET)
    if value is None or value is UNSET:
        model.workflow_series = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.workflow_series = result = list(map(ObjectArrayChartSerieDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "workflow_series",
                "workflowSeries",
                "list[ObjectArrayChartSerieDto] | None",
                value,
                items=ObjectArrayChartSerieDto.from_dict,
            )
    else:
        result = invalid(
            model, "workflow_series", "workflowSeries", "list[ObjectArrayChartSerieDto] | None", value
        )
    return result


_KEYS: Final[tuple[str, ...]] = (
    "indicators",
    "areaSeries",
    "legalBasisSeries",
    "indicatorRepartitions",
    "personCategoriesSeries",
    "hasDataTransfersSeries",
    "countryTransfersSeries",
    "subcontractorsSeries",
    "dpiaDoneSeries",
    "dpiaRequiredSeries",
    "dateCreationSeries",
    "workflowSeries",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "indicators": UNSET,
    "areaSeries": UNSET,
    "legalBasisSeries": UNSET,
    "indicatorRepartitions": UNSET,
    "personCategoriesSeries": UNSET,
    "hasDataTransfersSeries": UNSET,
    "countryTransfersSeries": UNSET,
    "subcontractorsSeries": UNSET,
    "dpiaDoneSeries": UNSET,
    "dpiaRequiredSeries": UNSET,
    "dateCreationSeries": UNSET,
    "workflowSeries": UNSET,
}

T = TypeVar("T", bound="DataProcessingDashboardDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("indicators", "indicators"),
        ("area_series", "areaSeries"),
        ("legal_basis_series", "legalBasisSeries"),
        ("indicator_repartitions", "indicatorRepartitions"),
        ("person_categories_series", "personCategoriesSeries"),
        ("has_data_transfers_series", "hasDataTransfersSeries"),
        ("country_transfers_series", "countryTransfersSeries"),
        ("subcontractors_series", "subcontractorsSeries"),
        ("dpia_done_series", "dpiaDoneSeries"),
        ("dpia_required_series", "dpiaRequiredSeries"),
        ("date_creation_series", "dateCreationSeries"),
        ("workflow_series", "workflowSeries"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
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
        from ..models.data_processing_stats_dto import DataProcessingStatsDto

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "indicators" not in unreadable:
            indicators: dict[str, Any] | None | Unset
            if isinstance(self.indicators, Unset):
                indicators = UNSET
            elif isinstance(self.indicators, DataProcessingStatsDto):
                indicators = self.indicators.to_dict()
            else:
                indicators = self.indicators

            if indicators is not UNSET:
                field_dict["indicators"] = indicators
        if "area_series" not in unreadable:
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
        if "legal_basis_series" not in unreadable:
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
        if "indicator_repartitions" not in unreadable:
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
        if "person_categories_series" not in unreadable:
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
        if "has_data_transfers_series" not in unreadable:
            has_data_transfers_series: list[dict[str, Any]] | None | Unset
            if isinstance(self.has_data_transfers_series, Unset):
                has_data_transfers_series = UNSET
            elif isinstance(self.has_data_transfers_series, list):
                has_data_transfers_series = []
                for has_data_transfers_series_type_0_item_data in self.has_data_transfers_series:
                    has_data_transfers_series_type_0_item = (
                        has_data_transfers_series_type_0_item_data.to_dict()
                    )
                    has_data_transfers_series.append(has_data_transfers_series_type_0_item)

            else:
                has_data_transfers_series = self.has_data_transfers_series

            if has_data_transfers_series is not UNSET:
                field_dict["hasDataTransfersSeries"] = has_data_transfers_series
        if "country_transfers_series" not in unreadable:
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
        if "subcontractors_series" not in unreadable:
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
        if "dpia_done_series" not in unreadable:
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
        if "dpia_required_series" not in unreadable:
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
        if "date_creation_series" not in unreadable:
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
        if "workflow_series" not in unreadable:
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
            if len(src_dict) >= 12:
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
        if value is None:
            parsed.indicators = None
        elif value is UNSET:
            parsed.indicators = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.indicators = DataProcessingStatsDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "indicators", "indicators", "DataProcessingStatsDto | None", value)
            else:
                invalid(parsed, "indicators", "indicators", "DataProcessingStatsDto | None", value)

        value = values[1]
        if value is None:
            parsed.area_series = None
        elif value is UNSET:
            parsed.area_series = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.area_series = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.area_series = list(map(ObjectArrayChartSerieDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "area_series",
                        "areaSeries",
                        "list[ObjectArrayChartSerieDto] | None",
                        value,
                        items=ObjectArrayChartSerieDto.from_dict,
                    )
            else:
                invalid(parsed, "area_series", "areaSeries", "list[ObjectArrayChartSerieDto] | None", value)

        value = values[2]
        if value is None:
            parsed.legal_basis_series = None
        elif value is UNSET:
            parsed.legal_basis_series = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.legal_basis_series = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.legal_basis_series = list(map(ObjectArrayChartSerieDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "legal_basis_series",
                        "legalBasisSeries",
                        "list[ObjectArrayChartSerieDto] | None",
                        value,
                        items=ObjectArrayChartSerieDto.from_dict,
                    )
            else:
                invalid(
                    parsed,
                    "legal_basis_series",
                    "legalBasisSeries",
                    "list[ObjectArrayChartSerieDto] | None",
                    value,
                )

        value = values[3]
        if value is None:
            parsed.indicator_repartitions = None
        elif value is UNSET:
            parsed.indicator_repartitions = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.indicator_repartitions = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.indicator_repartitions = list(map(ObjectArrayChartSerieDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "indicator_repartitions",
                        "indicatorRepartitions",
                        "list[ObjectArrayChartSerieDto] | None",
                        value,
                        items=ObjectArrayChartSerieDto.from_dict,
                    )
            else:
                invalid(
                    parsed,
                    "indicator_repartitions",
                    "indicatorRepartitions",
                    "list[ObjectArrayChartSerieDto] | None",
                    value,
                )

        value = values[4]
        if value is None:
            parsed.person_categories_series = None
        elif value is UNSET:
            parsed.person_categories_series = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.person_categories_series = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.person_categories_series = list(map(ObjectArrayChartSerieDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "person_categories_series",
                        "personCategoriesSeries",
                        "list[ObjectArrayChartSerieDto] | None",
                        value,
                        items=ObjectArrayChartSerieDto.from_dict,
                    )
            else:
                invalid(
                    parsed,
                    "person_categories_series",
                    "personCategoriesSeries",
                    "list[ObjectArrayChartSerieDto] | None",
                    value,
                )

        value = values[5]
        if value is None:
            parsed.has_data_transfers_series = None
        elif value is UNSET:
            parsed.has_data_transfers_series = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.has_data_transfers_series = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.has_data_transfers_series = list(map(ObjectArrayChartSerieDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "has_data_transfers_series",
                        "hasDataTransfersSeries",
                        "list[ObjectArrayChartSerieDto] | None",
                        value,
                        items=ObjectArrayChartSerieDto.from_dict,
                    )
            else:
                invalid(
                    parsed,
                    "has_data_transfers_series",
                    "hasDataTransfersSeries",
                    "list[ObjectArrayChartSerieDto] | None",
                    value,
                )

        value = values[6]
        if value is None:
            parsed.country_transfers_series = None
        elif value is UNSET:
            parsed.country_transfers_series = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.country_transfers_series = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.country_transfers_series = list(map(ObjectArrayChartSerieDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "country_transfers_series",
                        "countryTransfersSeries",
                        "list[ObjectArrayChartSerieDto] | None",
                        value,
                        items=ObjectArrayChartSerieDto.from_dict,
                    )
            else:
                invalid(
                    parsed,
                    "country_transfers_series",
                    "countryTransfersSeries",
                    "list[ObjectArrayChartSerieDto] | None",
                    value,
                )

        value = values[7]
        if value is None:
            parsed.subcontractors_series = None
        elif value is UNSET:
            parsed.subcontractors_series = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.subcontractors_series = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.subcontractors_series = list(map(ObjectArrayChartSerieDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "subcontractors_series",
                        "subcontractorsSeries",
                        "list[ObjectArrayChartSerieDto] | None",
                        value,
                        items=ObjectArrayChartSerieDto.from_dict,
                    )
            else:
                invalid(
                    parsed,
                    "subcontractors_series",
                    "subcontractorsSeries",
                    "list[ObjectArrayChartSerieDto] | None",
                    value,
                )

        value = values[8]
        if value is None:
            parsed.dpia_done_series = None
        elif value is UNSET:
            parsed.dpia_done_series = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.dpia_done_series = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.dpia_done_series = list(map(ObjectArrayChartSerieDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "dpia_done_series",
                        "dpiaDoneSeries",
                        "list[ObjectArrayChartSerieDto] | None",
                        value,
                        items=ObjectArrayChartSerieDto.from_dict,
                    )
            else:
                invalid(
                    parsed,
                    "dpia_done_series",
                    "dpiaDoneSeries",
                    "list[ObjectArrayChartSerieDto] | None",
                    value,
                )

        value = values[9]
        if value is None:
            parsed.dpia_required_series = None
        elif value is UNSET:
            parsed.dpia_required_series = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.dpia_required_series = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.dpia_required_series = list(map(ObjectArrayChartSerieDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "dpia_required_series",
                        "dpiaRequiredSeries",
                        "list[ObjectArrayChartSerieDto] | None",
                        value,
                        items=ObjectArrayChartSerieDto.from_dict,
                    )
            else:
                invalid(
                    parsed,
                    "dpia_required_series",
                    "dpiaRequiredSeries",
                    "list[ObjectArrayChartSerieDto] | None",
                    value,
                )

        value = values[10]
        if value is None:
            parsed.date_creation_series = None
        elif value is UNSET:
            parsed.date_creation_series = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.date_creation_series = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.date_creation_series = list(map(ObjectArrayChartSerieDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "date_creation_series",
                        "dateCreationSeries",
                        "list[ObjectArrayChartSerieDto] | None",
                        value,
                        items=ObjectArrayChartSerieDto.from_dict,
                    )
            else:
                invalid(
                    parsed,
                    "date_creation_series",
                    "dateCreationSeries",
                    "list[ObjectArrayChartSerieDto] | None",
                    value,
                )

        value = values[11]
        if value is None:
            parsed.workflow_series = None
        elif value is UNSET:
            parsed.workflow_series = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.workflow_series = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.workflow_series = list(map(ObjectArrayChartSerieDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "workflow_series",
                        "workflowSeries",
                        "list[ObjectArrayChartSerieDto] | None",
                        value,
                        items=ObjectArrayChartSerieDto.from_dict,
                    )
            else:
                invalid(
                    parsed,
                    "workflow_series",
                    "workflowSeries",
                    "list[ObjectArrayChartSerieDto] | None",
                    value,
                )

        if len(src_dict) + absent == 12:  # every key is a known one
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
