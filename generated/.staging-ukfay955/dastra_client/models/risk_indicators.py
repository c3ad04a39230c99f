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
    from ..models.risk_category_group_stat import RiskCategoryGroupStat
    from ..models.risk_heatmap_value import RiskHeatmapValue
    from ..models.risk_indicators_risk_groups_current_type_0 import RiskIndicatorsRiskGroupsCurrentType0
    from ..models.risk_indicators_risk_groups_initial_type_0 import RiskIndicatorsRiskGroupsInitialType0
    from ..models.risk_indicators_risk_groups_residual_type_0 import RiskIndicatorsRiskGroupsResidualType0







def _parse_risk_groups_residual(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.RiskIndicatorsRiskGroupsResidualType0.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_risk_groups_current(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.RiskIndicatorsRiskGroupsCurrentType0.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_risk_groups_initial(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.RiskIndicatorsRiskGroupsInitialType0.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_risk_category_groups(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.RiskCategoryGroupStat.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data







def _parse_heatmap_initial(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.RiskHeatmapValue.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_heatmap_residual(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.RiskHeatmapValue.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data












def _load_risk_groups_residual(source: Mapping[str, Any]) -> Any:
    return _parse_risk_groups_residual(source.get("riskGroupsResidual", UNSET))

def _load_risk_groups_current(source: Mapping[str, Any]) -> Any:
    return _parse_risk_groups_current(source.get("riskGroupsCurrent", UNSET))

def _load_risk_groups_initial(source: Mapping[str, Any]) -> Any:
    return _parse_risk_groups_initial(source.get("riskGroupsInitial", UNSET))

def _load_risk_category_groups(source: Mapping[str, Any]) -> Any:
    return _parse_risk_category_groups(source.get("riskCategoryGroups", UNSET))

def _load_heatmap_initial(source: Mapping[str, Any]) -> Any:
    return _parse_heatmap_initial(source.get("heatmapInitial", UNSET))

def _load_heatmap_residual(source: Mapping[str, Any]) -> Any:
    return _parse_heatmap_residual(source.get("heatmapResidual", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("nbRisks", "riskGroupsResidual", "riskGroupsCurrent", "riskGroupsInitial", "riskCategoryGroups", "treatedRisks", "monitoredRisks", "heatmapInitial", "heatmapResidual", "pendingAssessmentRisks", "pendingResponseRisks", "averageResilience", "averageRiskResidual", "averageRiskInitial", "averageRiskCurrent", "averageRiskInitialRate", "averageRiskResidualRate", "averageRiskCurrentRate", ))

T = TypeVar("T", bound="RiskIndicators")



@_attrs_define
class RiskIndicators(LazyModel):
    """Attributes:
        nb_risks (int | None | Unset):
        risk_groups_residual (None | RiskIndicatorsRiskGroupsResidualType0 | Unset):
        risk_groups_current (None | RiskIndicatorsRiskGroupsCurrentType0 | Unset):
        risk_groups_initial (None | RiskIndicatorsRiskGroupsInitialType0 | Unset):
        risk_category_groups (list[RiskCategoryGroupStat] | None | Unset):
        treated_risks (int | None | Unset):
        monitored_risks (int | None | Unset):
        heatmap_initial (list[RiskHeatmapValue] | None | Unset):
        heatmap_residual (list[RiskHeatmapValue] | None | Unset):
        pending_assessment_risks (int | None | Unset):
        pending_response_risks (int | None | Unset):
        average_resilience (float | None | Unset):
        average_risk_residual (float | None | Unset):
        average_risk_initial (float | None | Unset):
        average_risk_current (float | None | Unset):
        average_risk_initial_rate (int | None | Unset):
        average_risk_residual_rate (int | None | Unset):
        average_risk_current_rate (int | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "risk_groups_residual": _load_risk_groups_residual,
        "risk_groups_current": _load_risk_groups_current,
        "risk_groups_initial": _load_risk_groups_initial,
        "risk_category_groups": _load_risk_category_groups,
        "heatmap_initial": _load_heatmap_initial,
        "heatmap_residual": _load_heatmap_residual,
    }

    nb_risks: int | None | Unset = UNSET
    risk_groups_residual: None | RiskIndicatorsRiskGroupsResidualType0 | Unset = UNSET
    risk_groups_current: None | RiskIndicatorsRiskGroupsCurrentType0 | Unset = UNSET
    risk_groups_initial: None | RiskIndicatorsRiskGroupsInitialType0 | Unset = UNSET
    risk_category_groups: list[RiskCategoryGroupStat] | None | Unset = UNSET
    treated_risks: int | None | Unset = UNSET
    monitored_risks: int | None | Unset = UNSET
    heatmap_initial: list[RiskHeatmapValue] | None | Unset = UNSET
    heatmap_residual: list[RiskHeatmapValue] | None | Unset = UNSET
    pending_assessment_risks: int | None | Unset = UNSET
    pending_response_risks: int | None | Unset = UNSET
    average_resilience: float | None | Unset = UNSET
    average_risk_residual: float | None | Unset = UNSET
    average_risk_initial: float | None | Unset = UNSET
    average_risk_current: float | None | Unset = UNSET
    average_risk_initial_rate: int | None | Unset = UNSET
    average_risk_residual_rate: int | None | Unset = UNSET
    average_risk_current_rate: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.risk_category_group_stat import RiskCategoryGroupStat  # noqa: PLC0415
        from ..models.risk_heatmap_value import RiskHeatmapValue  # noqa: PLC0415
        from ..models.risk_indicators_risk_groups_current_type_0 import RiskIndicatorsRiskGroupsCurrentType0  # noqa: PLC0415
        from ..models.risk_indicators_risk_groups_initial_type_0 import RiskIndicatorsRiskGroupsInitialType0  # noqa: PLC0415
        from ..models.risk_indicators_risk_groups_residual_type_0 import RiskIndicatorsRiskGroupsResidualType0  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        nb_risks: int | None | Unset
        if isinstance(self.nb_risks, Unset):
            nb_risks = UNSET
        else:
            nb_risks = self.nb_risks

        if nb_risks is not UNSET:
            field_dict["nbRisks"] = nb_risks
        risk_groups_residual: dict[str, Any] | None | Unset
        if isinstance(self.risk_groups_residual, Unset):
            risk_groups_residual = UNSET
        elif isinstance(self.risk_groups_residual, RiskIndicatorsRiskGroupsResidualType0):
            risk_groups_residual = self.risk_groups_residual.to_dict()
        else:
            risk_groups_residual = self.risk_groups_residual

        if risk_groups_residual is not UNSET:
            field_dict["riskGroupsResidual"] = risk_groups_residual
        risk_groups_current: dict[str, Any] | None | Unset
        if isinstance(self.risk_groups_current, Unset):
            risk_groups_current = UNSET
        elif isinstance(self.risk_groups_current, RiskIndicatorsRiskGroupsCurrentType0):
            risk_groups_current = self.risk_groups_current.to_dict()
        else:
            risk_groups_current = self.risk_groups_current

        if risk_groups_current is not UNSET:
            field_dict["riskGroupsCurrent"] = risk_groups_current
        risk_groups_initial: dict[str, Any] | None | Unset
        if isinstance(self.risk_groups_initial, Unset):
            risk_groups_initial = UNSET
        elif isinstance(self.risk_groups_initial, RiskIndicatorsRiskGroupsInitialType0):
            risk_groups_initial = self.risk_groups_initial.to_dict()
        else:
            risk_groups_initial = self.risk_groups_initial

        if risk_groups_initial is not UNSET:
            field_dict["riskGroupsInitial"] = risk_groups_initial
        risk_category_groups: list[dict[str, Any]] | None | Unset
        if isinstance(self.risk_category_groups, Unset):
            risk_category_groups = UNSET
        elif isinstance(self.risk_category_groups, list):
            risk_category_groups = []
            for risk_category_groups_type_0_item_data in self.risk_category_groups:
                risk_category_groups_type_0_item = risk_category_groups_type_0_item_data.to_dict()
                risk_category_groups.append(risk_category_groups_type_0_item)


        else:
            risk_category_groups = self.risk_category_groups

        if risk_category_groups is not UNSET:
            field_dict["riskCategoryGroups"] = risk_category_groups
        treated_risks: int | None | Unset
        if isinstance(self.treated_risks, Unset):
            treated_risks = UNSET
        else:
            treated_risks = self.treated_risks

        if treated_risks is not UNSET:
            field_dict["treatedRisks"] = treated_risks
        monitored_risks: int | None | Unset
        if isinstance(self.monitored_risks, Unset):
            monitored_risks = UNSET
        else:
            monitored_risks = self.monitored_risks

        if monitored_risks is not UNSET:
            field_dict["monitoredRisks"] = monitored_risks
        heatmap_initial: list[dict[str, Any]] | None | Unset
        if isinstance(self.heatmap_initial, Unset):
            heatmap_initial = UNSET
        elif isinstance(self.heatmap_initial, list):
            heatmap_initial = []
            for heatmap_initial_type_0_item_data in self.heatmap_initial:
                heatmap_initial_type_0_item = heatmap_initial_type_0_item_data.to_dict()
                heatmap_initial.append(heatmap_initial_type_0_item)


        else:
            heatmap_initial = self.heatmap_initial

        if heatmap_initial is not UNSET:
            field_dict["heatmapInitial"] = heatmap_initial
        heatmap_residual: list[dict[str, Any]] | None | Unset
        if isinstance(self.heatmap_residual, Unset):
            heatmap_residual = UNSET
        elif isinstance(self.heatmap_residual, list):
            heatmap_residual = []
            for heatmap_residual_type_0_item_data in self.heatmap_residual:
                heatmap_residual_type_0_item = heatmap_residual_type_0_item_data.to_dict()
                heatmap_residual.append(heatmap_residual_type_0_item)


        else:
            heatmap_residual = self.heatmap_residual

        if heatmap_residual is not UNSET:
            field_dict["heatmapResidual"] = heatmap_residual
        pending_assessment_risks: int | None | Unset
        if isinstance(self.pending_assessment_risks, Unset):
            pending_assessment_risks = UNSET
        else:
            pending_assessment_risks = self.pending_assessment_risks

        if pending_assessment_risks is not UNSET:
            field_dict["pendingAssessmentRisks"] = pending_assessment_risks
        pending_response_risks: int | None | Unset
        if isinstance(self.pending_response_risks, Unset):
            pending_response_risks = UNSET
        else:
            pending_response_risks = self.pending_response_risks

        if pending_response_risks is not UNSET:
            field_dict["pendingResponseRisks"] = pending_response_risks
        average_resilience: float | None | Unset
        if isinstance(self.average_resilience, Unset):
            average_resilience = UNSET
        else:
            average_resilience = self.average_resilience

        if average_resilience is not UNSET:
            field_dict["averageResilience"] = average_resilience
        average_risk_residual: float | None | Unset
        if isinstance(self.average_risk_residual, Unset):
            average_risk_residual = UNSET
        else:
            average_risk_residual = self.average_risk_residual

        if average_risk_residual is not UNSET:
            field_dict["averageRiskResidual"] = average_risk_residual
        average_risk_initial: float | None | Unset
        if isinstance(self.average_risk_initial, Unset):
            average_risk_initial = UNSET
        else:
            average_risk_initial = self.average_risk_initial

        if average_risk_initial is not UNSET:
            field_dict["averageRiskInitial"] = average_risk_initial
        average_risk_current: float | None | Unset
        if isinstance(self.average_risk_current, Unset):
            average_risk_current = UNSET
        else:
            average_risk_current = self.average_risk_current

        if average_risk_current is not UNSET:
            field_dict["averageRiskCurrent"] = average_risk_current
        average_risk_initial_rate: int | None | Unset
        if isinstance(self.average_risk_initial_rate, Unset):
            average_risk_initial_rate = UNSET
        else:
            average_risk_initial_rate = self.average_risk_initial_rate

        if average_risk_initial_rate is not UNSET:
            field_dict["averageRiskInitialRate"] = average_risk_initial_rate
        average_risk_residual_rate: int | None | Unset
        if isinstance(self.average_risk_residual_rate, Unset):
            average_risk_residual_rate = UNSET
        else:
            average_risk_residual_rate = self.average_risk_residual_rate

        if average_risk_residual_rate is not UNSET:
            field_dict["averageRiskResidualRate"] = average_risk_residual_rate
        average_risk_current_rate: int | None | Unset
        if isinstance(self.average_risk_current_rate, Unset):
            average_risk_current_rate = UNSET
        else:
            average_risk_current_rate = self.average_risk_current_rate

        if average_risk_current_rate is not UNSET:
            field_dict["averageRiskCurrentRate"] = average_risk_current_rate
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.nb_risks = src_dict.get("nbRisks", UNSET)
        parsed.treated_risks = src_dict.get("treatedRisks", UNSET)
        parsed.monitored_risks = src_dict.get("monitoredRisks", UNSET)
        parsed.pending_assessment_risks = src_dict.get("pendingAssessmentRisks", UNSET)
        parsed.pending_response_risks = src_dict.get("pendingResponseRisks", UNSET)
        parsed.average_resilience = src_dict.get("averageResilience", UNSET)
        parsed.average_risk_residual = src_dict.get("averageRiskResidual", UNSET)
        parsed.average_risk_initial = src_dict.get("averageRiskInitial", UNSET)
        parsed.average_risk_current = src_dict.get("averageRiskCurrent", UNSET)
        parsed.average_risk_initial_rate = src_dict.get("averageRiskInitialRate", UNSET)
        parsed.average_risk_residual_rate = src_dict.get("averageRiskResidualRate", UNSET)
        parsed.average_risk_current_rate = src_dict.get("averageRiskCurrentRate", UNSET)
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
