from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_processing_stat_value_dto import DataProcessingStatValueDto
    from ..models.serie_value import SerieValue


T = TypeVar("T", bound="DataProcessingStatsDto")


@_attrs_define
class DataProcessingStatsDto:
    """
    Attributes:
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
        percentage_accomplished: float | None | Unset
        if isinstance(self.percentage_accomplished, Unset):
            percentage_accomplished = UNSET
        else:
            percentage_accomplished = self.percentage_accomplished

        percentage_complete: float | None | Unset
        if isinstance(self.percentage_complete, Unset):
            percentage_complete = UNSET
        else:
            percentage_complete = self.percentage_complete

        nb_treatment_complete: int | None | Unset
        if isinstance(self.nb_treatment_complete, Unset):
            nb_treatment_complete = UNSET
        else:
            nb_treatment_complete = self.nb_treatment_complete

        nb_treatment_not_complete: int | None | Unset
        if isinstance(self.nb_treatment_not_complete, Unset):
            nb_treatment_not_complete = UNSET
        else:
            nb_treatment_not_complete = self.nb_treatment_not_complete

        nb_treatment_published: int | None | Unset
        if isinstance(self.nb_treatment_published, Unset):
            nb_treatment_published = UNSET
        else:
            nb_treatment_published = self.nb_treatment_published

        nb_treatment_draft: int | None | Unset
        if isinstance(self.nb_treatment_draft, Unset):
            nb_treatment_draft = UNSET
        else:
            nb_treatment_draft = self.nb_treatment_draft

        nb_treatments: int | None | Unset
        if isinstance(self.nb_treatments, Unset):
            nb_treatments = UNSET
        else:
            nb_treatments = self.nb_treatments

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if percentage_accomplished is not UNSET:
            field_dict["percentageAccomplished"] = percentage_accomplished
        if percentage_complete is not UNSET:
            field_dict["percentageComplete"] = percentage_complete
        if nb_treatment_complete is not UNSET:
            field_dict["nbTreatmentComplete"] = nb_treatment_complete
        if nb_treatment_not_complete is not UNSET:
            field_dict["nbTreatmentNotComplete"] = nb_treatment_not_complete
        if nb_treatment_published is not UNSET:
            field_dict["nbTreatmentPublished"] = nb_treatment_published
        if nb_treatment_draft is not UNSET:
            field_dict["nbTreatmentDraft"] = nb_treatment_draft
        if nb_treatments is not UNSET:
            field_dict["nbTreatments"] = nb_treatments
        if work_flow_steps is not UNSET:
            field_dict["workFlowSteps"] = work_flow_steps
        if stats is not UNSET:
            field_dict["stats"] = stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_processing_stat_value_dto import DataProcessingStatValueDto
        from ..models.serie_value import SerieValue

        d = dict(src_dict)

        def _parse_percentage_accomplished(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        percentage_accomplished = _parse_percentage_accomplished(d.pop("percentageAccomplished", UNSET))

        def _parse_percentage_complete(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        percentage_complete = _parse_percentage_complete(d.pop("percentageComplete", UNSET))

        def _parse_nb_treatment_complete(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_treatment_complete = _parse_nb_treatment_complete(d.pop("nbTreatmentComplete", UNSET))

        def _parse_nb_treatment_not_complete(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_treatment_not_complete = _parse_nb_treatment_not_complete(d.pop("nbTreatmentNotComplete", UNSET))

        def _parse_nb_treatment_published(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_treatment_published = _parse_nb_treatment_published(d.pop("nbTreatmentPublished", UNSET))

        def _parse_nb_treatment_draft(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_treatment_draft = _parse_nb_treatment_draft(d.pop("nbTreatmentDraft", UNSET))

        def _parse_nb_treatments(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_treatments = _parse_nb_treatments(d.pop("nbTreatments", UNSET))

        def _parse_work_flow_steps(data: object) -> list[SerieValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                work_flow_steps_type_0 = []
                _work_flow_steps_type_0 = data
                for work_flow_steps_type_0_item_data in _work_flow_steps_type_0:
                    work_flow_steps_type_0_item = SerieValue.from_dict(work_flow_steps_type_0_item_data)

                    work_flow_steps_type_0.append(work_flow_steps_type_0_item)

                return work_flow_steps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SerieValue] | None | Unset, data)

        work_flow_steps = _parse_work_flow_steps(d.pop("workFlowSteps", UNSET))

        def _parse_stats(data: object) -> list[DataProcessingStatValueDto] | None | Unset:
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
                    stats_type_0_item = DataProcessingStatValueDto.from_dict(stats_type_0_item_data)

                    stats_type_0.append(stats_type_0_item)

                return stats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DataProcessingStatValueDto] | None | Unset, data)

        stats = _parse_stats(d.pop("stats", UNSET))

        data_processing_stats_dto = cls(
            percentage_accomplished=percentage_accomplished,
            percentage_complete=percentage_complete,
            nb_treatment_complete=nb_treatment_complete,
            nb_treatment_not_complete=nb_treatment_not_complete,
            nb_treatment_published=nb_treatment_published,
            nb_treatment_draft=nb_treatment_draft,
            nb_treatments=nb_treatments,
            work_flow_steps=work_flow_steps,
            stats=stats,
        )

        data_processing_stats_dto.additional_properties = d
        return data_processing_stats_dto

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
