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
    from ..models.data_processing_stat_value_dto import DataProcessingStatValueDto
    from ..models.serie_value import SerieValue














def _parse_work_flow_steps(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.SerieValue.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_stats(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.DataProcessingStatValueDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data



def _load_work_flow_steps(source: Mapping[str, Any]) -> Any:
    return _parse_work_flow_steps(source.get("workFlowSteps", UNSET))

def _load_stats(source: Mapping[str, Any]) -> Any:
    return _parse_stats(source.get("stats", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("percentageAccomplished", "percentageComplete", "nbTreatmentComplete", "nbTreatmentNotComplete", "nbTreatmentPublished", "nbTreatmentDraft", "nbTreatments", "workFlowSteps", "stats", ))

T = TypeVar("T", bound="DataProcessingStatsDto")



@_attrs_define
class DataProcessingStatsDto(LazyModel):
    """Attributes:
        percentage_accomplished (float | None | Unset):
        percentage_complete (float | None | Unset):
        nb_treatment_complete (int | None | Unset):
        nb_treatment_not_complete (int | None | Unset):
        nb_treatment_published (int | None | Unset):
        nb_treatment_draft (int | None | Unset):
        nb_treatments (int | None | Unset):
        work_flow_steps (list[SerieValue] | None | Unset):
        stats (list[DataProcessingStatValueDto] | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "work_flow_steps": _load_work_flow_steps,
        "stats": _load_stats,
    }

    percentage_accomplished: float | None | Unset = UNSET
    percentage_complete: float | None | Unset = UNSET
    nb_treatment_complete: int | None | Unset = UNSET
    nb_treatment_not_complete: int | None | Unset = UNSET
    nb_treatment_published: int | None | Unset = UNSET
    nb_treatment_draft: int | None | Unset = UNSET
    nb_treatments: int | None | Unset = UNSET
    work_flow_steps: list[SerieValue] | None | Unset = UNSET
    stats: list[DataProcessingStatValueDto] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.data_processing_stat_value_dto import DataProcessingStatValueDto  # noqa: PLC0415
        from ..models.serie_value import SerieValue  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        percentage_accomplished: float | None | Unset
        if isinstance(self.percentage_accomplished, Unset):
            percentage_accomplished = UNSET
        else:
            percentage_accomplished = self.percentage_accomplished

        if percentage_accomplished is not UNSET:
            field_dict["percentageAccomplished"] = percentage_accomplished
        percentage_complete: float | None | Unset
        if isinstance(self.percentage_complete, Unset):
            percentage_complete = UNSET
        else:
            percentage_complete = self.percentage_complete

        if percentage_complete is not UNSET:
            field_dict["percentageComplete"] = percentage_complete
        nb_treatment_complete: int | None | Unset
        if isinstance(self.nb_treatment_complete, Unset):
            nb_treatment_complete = UNSET
        else:
            nb_treatment_complete = self.nb_treatment_complete

        if nb_treatment_complete is not UNSET:
            field_dict["nbTreatmentComplete"] = nb_treatment_complete
        nb_treatment_not_complete: int | None | Unset
        if isinstance(self.nb_treatment_not_complete, Unset):
            nb_treatment_not_complete = UNSET
        else:
            nb_treatment_not_complete = self.nb_treatment_not_complete

        if nb_treatment_not_complete is not UNSET:
            field_dict["nbTreatmentNotComplete"] = nb_treatment_not_complete
        nb_treatment_published: int | None | Unset
        if isinstance(self.nb_treatment_published, Unset):
            nb_treatment_published = UNSET
        else:
            nb_treatment_published = self.nb_treatment_published

        if nb_treatment_published is not UNSET:
            field_dict["nbTreatmentPublished"] = nb_treatment_published
        nb_treatment_draft: int | None | Unset
        if isinstance(self.nb_treatment_draft, Unset):
            nb_treatment_draft = UNSET
        else:
            nb_treatment_draft = self.nb_treatment_draft

        if nb_treatment_draft is not UNSET:
            field_dict["nbTreatmentDraft"] = nb_treatment_draft
        nb_treatments: int | None | Unset
        if isinstance(self.nb_treatments, Unset):
            nb_treatments = UNSET
        else:
            nb_treatments = self.nb_treatments

        if nb_treatments is not UNSET:
            field_dict["nbTreatments"] = nb_treatments
        work_flow_steps: list[dict[str, Any]] | None | Unset
        if isinstance(self.work_flow_steps, Unset):
            work_flow_steps = UNSET
        elif isinstance(self.work_flow_steps, list):
            work_flow_steps = []
            for work_flow_steps_type_0_item_data in self.work_flow_steps:
                work_flow_steps_type_0_item = work_flow_steps_type_0_item_data.to_dict()
                work_flow_steps.append(work_flow_steps_type_0_item)


        else:
            work_flow_steps = self.work_flow_steps

        if work_flow_steps is not UNSET:
            field_dict["workFlowSteps"] = work_flow_steps
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
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.percentage_accomplished = src_dict.get("percentageAccomplished", UNSET)
        parsed.percentage_complete = src_dict.get("percentageComplete", UNSET)
        parsed.nb_treatment_complete = src_dict.get("nbTreatmentComplete", UNSET)
        parsed.nb_treatment_not_complete = src_dict.get("nbTreatmentNotComplete", UNSET)
        parsed.nb_treatment_published = src_dict.get("nbTreatmentPublished", UNSET)
        parsed.nb_treatment_draft = src_dict.get("nbTreatmentDraft", UNSET)
        parsed.nb_treatments = src_dict.get("nbTreatments", UNSET)
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
