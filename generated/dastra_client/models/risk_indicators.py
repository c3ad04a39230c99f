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
    from ..models.risk_category_group_stat import RiskCategoryGroupStat
    from ..models.risk_heatmap_value import RiskHeatmapValue
    from ..models.risk_indicators_risk_groups_current_type_0 import RiskIndicatorsRiskGroupsCurrentType0
    from ..models.risk_indicators_risk_groups_initial_type_0 import RiskIndicatorsRiskGroupsInitialType0
    from ..models.risk_indicators_risk_groups_residual_type_0 import RiskIndicatorsRiskGroupsResidualType0
else:
    RiskCategoryGroupStat = deferred(globals(), "RiskCategoryGroupStat", "..models.risk_category_group_stat")
    RiskHeatmapValue = deferred(globals(), "RiskHeatmapValue", "..models.risk_heatmap_value")
    RiskIndicatorsRiskGroupsCurrentType0 = deferred(
        globals(),
        "RiskIndicatorsRiskGroupsCurrentType0",
        "..models.risk_indicators_risk_groups_current_type_0",
    )
    RiskIndicatorsRiskGroupsInitialType0 = deferred(
        globals(),
        "RiskIndicatorsRiskGroupsInitialType0",
        "..models.risk_indicators_risk_groups_initial_type_0",
    )
    RiskIndicatorsRiskGroupsResidualType0 = deferred(
        globals(),
        "RiskIndicatorsRiskGroupsResidualType0",
        "..models.risk_indicators_risk_groups_residual_type_0",
    )


def _load_risk_groups_residual(model: RiskIndicators, source: Mapping[str, Any]) -> Any:
    value = source.get("riskGroupsResidual", UNSET)
    if value is None or value is UNSET:
        model.risk_groups_residual = value
        return value
    if isinstance(value, dict):
        try:
            model.risk_groups_residual = result = RiskIndicatorsRiskGroupsResidualType0.from_dict(value)
        except VariantMismatchError:
            result = invalid(
                model,
                "risk_groups_residual",
                "riskGroupsResidual",
                "RiskIndicatorsRiskGroupsResidualType0 | None",
                value,
            )
    else:
        result = invalid(
            model,
            "risk_groups_residual",
            "riskGroupsResidual",
            "RiskIndicatorsRiskGroupsResidualType0 | None",
            value,
        )
    return result


def _load_risk_groups_current(model: RiskIndicators, source: Mapping[str, Any]) -> Any:
    value = source.get("riskGroupsCurrent", UNSET)
    if value is None or value is UNSET:
        model.risk_groups_current = value
        return value
    if isinstance(value, dict):
        try:
            model.risk_groups_current = result = RiskIndicatorsRiskGroupsCurrentType0.from_dict(value)
        except VariantMismatchError:
            result = invalid(
                model,
                "risk_groups_current",
                "riskGroupsCurrent",
                "RiskIndicatorsRiskGroupsCurrentType0 | None",
                value,
            )
    else:
        result = invalid(
            model,
            "risk_groups_current",
            "riskGroupsCurrent",
            "RiskIndicatorsRiskGroupsCurrentType0 | None",
            value,
        )
    return result


def _load_risk_groups_initial(model: RiskIndicators, source: Mapping[str, Any]) -> Any:
    value = source.get("riskGroupsInitial", UNSET)
    if value is None or value is UNSET:
        model.risk_groups_initial = value
        return value
    if isinstance(value, dict):
        try:
            model.risk_groups_initial = result = RiskIndicatorsRiskGroupsInitialType0.from_dict(value)
        except VariantMismatchError:
            result = invalid(
                model,
                "risk_groups_initial",
                "riskGroupsInitial",
                "RiskIndicatorsRiskGroupsInitialType0 | None",
                value,
            )
    else:
        result = invalid(
            model,
            "risk_groups_initial",
            "riskGroupsInitial",
            "RiskIndicatorsRiskGroupsInitialType0 | None",
            value,
        )
    return result


def _load_risk_category_groups(model: RiskIndicators, source: Mapping[str, Any]) -> Any:
    value = source.get("riskCategoryGroups", UNSET)
    if value is None or value is UNSET:
        model.risk_category_groups = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.risk_category_groups = result = list(map(RiskCategoryGroupStat.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "risk_category_groups",
                "riskCategoryGroups",
                "list[RiskCategoryGroupStat] | None",
                value,
                items=RiskCategoryGroupStat.from_dict,
            )
    else:
        result = invalid(
            model, "risk_category_groups", "riskCategoryGroups", "list[RiskCategoryGroupStat] | None", value
        )
    return result


def _load_heatmap_initial(model: RiskIndicators, source: Mapping[str, Any]) -> Any:
    value = source.get("heatmapInitial", UNSET)
    if value is None or value is UNSET:
        model.heatmap_initial = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.heatmap_initial = result = list(map(RiskHeatmapValue.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "heatmap_initial",
                "heatmapInitial",
                "list[RiskHeatmapValue] | None",
                value,
                items=RiskHeatmapValue.from_dict,
            )
    else:
        result = invalid(model, "heatmap_initial", "heatmapInitial", "list[RiskHeatmapValue] | None", value)
    return result


def _load_heatmap_residual(model: RiskIndicators, source: Mapping[str, Any]) -> Any:
    value = source.get("heatmapResidual", UNSET)
    if value is None or value is UNSET:
        model.heatmap_residual = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.heatmap_residual = result = list(map(RiskHeatmapValue.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "heatmap_residual",
                "heatmapResidual",
                "list[RiskHeatmapValue] | None",
                value,
                items=RiskHeatmapValue.from_dict,
            )
    else:
        result = invalid(model, "heatmap_residual", "heatmapResidual", "list[RiskHeatmapValue] | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "nbRisks",
    "riskGroupsResidual",
    "riskGroupsCurrent",
    "riskGroupsInitial",
    "riskCategoryGroups",
    "treatedRisks",
    "monitoredRisks",
    "heatmapInitial",
    "heatmapResidual",
    "pendingAssessmentRisks",
    "pendingResponseRisks",
    "averageResilience",
    "averageRiskResidual",
    "averageRiskInitial",
    "averageRiskCurrent",
    "averageRiskInitialRate",
    "averageRiskResidualRate",
    "averageRiskCurrentRate",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "nbRisks": UNSET,
    "riskGroupsResidual": UNSET,
    "riskGroupsCurrent": UNSET,
    "riskGroupsInitial": UNSET,
    "riskCategoryGroups": UNSET,
    "treatedRisks": UNSET,
    "monitoredRisks": UNSET,
    "heatmapInitial": UNSET,
    "heatmapResidual": UNSET,
    "pendingAssessmentRisks": UNSET,
    "pendingResponseRisks": UNSET,
    "averageResilience": UNSET,
    "averageRiskResidual": UNSET,
    "averageRiskInitial": UNSET,
    "averageRiskCurrent": UNSET,
    "averageRiskInitialRate": UNSET,
    "averageRiskResidualRate": UNSET,
    "averageRiskCurrentRate": UNSET,
}

T = TypeVar("T", bound="RiskIndicators")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("nb_risks", "nbRisks"),
        ("risk_groups_residual", "riskGroupsResidual"),
        ("risk_groups_current", "riskGroupsCurrent"),
        ("risk_groups_initial", "riskGroupsInitial"),
        ("risk_category_groups", "riskCategoryGroups"),
        ("treated_risks", "treatedRisks"),
        ("monitored_risks", "monitoredRisks"),
        ("heatmap_initial", "heatmapInitial"),
        ("heatmap_residual", "heatmapResidual"),
        ("pending_assessment_risks", "pendingAssessmentRisks"),
        ("pending_response_risks", "pendingResponseRisks"),
        ("average_resilience", "averageResilience"),
        ("average_risk_residual", "averageRiskResidual"),
        ("average_risk_initial", "averageRiskInitial"),
        ("average_risk_current", "averageRiskCurrent"),
        ("average_risk_initial_rate", "averageRiskInitialRate"),
        ("average_risk_residual_rate", "averageRiskResidualRate"),
        ("average_risk_current_rate", "averageRiskCurrentRate"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
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
        from ..models.risk_indicators_risk_groups_current_type_0 import RiskIndicatorsRiskGroupsCurrentType0
        from ..models.risk_indicators_risk_groups_initial_type_0 import RiskIndicatorsRiskGroupsInitialType0
        from ..models.risk_indicators_risk_groups_residual_type_0 import RiskIndicatorsRiskGroupsResidualType0

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "nb_risks" not in unreadable:
            nb_risks: int | None | Unset
            if isinstance(self.nb_risks, Unset):
                nb_risks = UNSET
            else:
                nb_risks = self.nb_risks

            if nb_risks is not UNSET:
                field_dict["nbRisks"] = nb_risks
        if "risk_groups_residual" not in unreadable:
            risk_groups_residual: dict[str, Any] | None | Unset
            if isinstance(self.risk_groups_residual, Unset):
                risk_groups_residual = UNSET
            elif isinstance(self.risk_groups_residual, RiskIndicatorsRiskGroupsResidualType0):
                risk_groups_residual = self.risk_groups_residual.to_dict()
            else:
                risk_groups_residual = self.risk_groups_residual

            if risk_groups_residual is not UNSET:
                field_dict["riskGroupsResidual"] = risk_groups_residual
        if "risk_groups_current" not in unreadable:
            risk_groups_current: dict[str, Any] | None | Unset
            if isinstance(self.risk_groups_current, Unset):
                risk_groups_current = UNSET
            elif isinstance(self.risk_groups_current, RiskIndicatorsRiskGroupsCurrentType0):
                risk_groups_current = self.risk_groups_current.to_dict()
            else:
                risk_groups_current = self.risk_groups_current

            if risk_groups_current is not UNSET:
                field_dict["riskGroupsCurrent"] = risk_groups_current
        if "risk_groups_initial" not in unreadable:
            risk_groups_initial: dict[str, Any] | None | Unset
            if isinstance(self.risk_groups_initial, Unset):
                risk_groups_initial = UNSET
            elif isinstance(self.risk_groups_initial, RiskIndicatorsRiskGroupsInitialType0):
                risk_groups_initial = self.risk_groups_initial.to_dict()
            else:
                risk_groups_initial = self.risk_groups_initial

            if risk_groups_initial is not UNSET:
                field_dict["riskGroupsInitial"] = risk_groups_initial
        if "risk_category_groups" not in unreadable:
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
        if "treated_risks" not in unreadable:
            treated_risks: int | None | Unset
            if isinstance(self.treated_risks, Unset):
                treated_risks = UNSET
            else:
                treated_risks = self.treated_risks

            if treated_risks is not UNSET:
                field_dict["treatedRisks"] = treated_risks
        if "monitored_risks" not in unreadable:
            monitored_risks: int | None | Unset
            if isinstance(self.monitored_risks, Unset):
                monitored_risks = UNSET
            else:
                monitored_risks = self.monitored_risks

            if monitored_risks is not UNSET:
                field_dict["monitoredRisks"] = monitored_risks
        if "heatmap_initial" not in unreadable:
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
        if "heatmap_residual" not in unreadable:
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
        if "pending_assessment_risks" not in unreadable:
            pending_assessment_risks: int | None | Unset
            if isinstance(self.pending_assessment_risks, Unset):
                pending_assessment_risks = UNSET
            else:
                pending_assessment_risks = self.pending_assessment_risks

            if pending_assessment_risks is not UNSET:
                field_dict["pendingAssessmentRisks"] = pending_assessment_risks
        if "pending_response_risks" not in unreadable:
            pending_response_risks: int | None | Unset
            if isinstance(self.pending_response_risks, Unset):
                pending_response_risks = UNSET
            else:
                pending_response_risks = self.pending_response_risks

            if pending_response_risks is not UNSET:
                field_dict["pendingResponseRisks"] = pending_response_risks
        if "average_resilience" not in unreadable:
            average_resilience: float | None | Unset
            if isinstance(self.average_resilience, Unset):
                average_resilience = UNSET
            else:
                average_resilience = self.average_resilience

            if average_resilience is not UNSET:
                field_dict["averageResilience"] = average_resilience
        if "average_risk_residual" not in unreadable:
            average_risk_residual: float | None | Unset
            if isinstance(self.average_risk_residual, Unset):
                average_risk_residual = UNSET
            else:
                average_risk_residual = self.average_risk_residual

            if average_risk_residual is not UNSET:
                field_dict["averageRiskResidual"] = average_risk_residual
        if "average_risk_initial" not in unreadable:
            average_risk_initial: float | None | Unset
            if isinstance(self.average_risk_initial, Unset):
                average_risk_initial = UNSET
            else:
                average_risk_initial = self.average_risk_initial

            if average_risk_initial is not UNSET:
                field_dict["averageRiskInitial"] = average_risk_initial
        if "average_risk_current" not in unreadable:
            average_risk_current: float | None | Unset
            if isinstance(self.average_risk_current, Unset):
                average_risk_current = UNSET
            else:
                average_risk_current = self.average_risk_current

            if average_risk_current is not UNSET:
                field_dict["averageRiskCurrent"] = average_risk_current
        if "average_risk_initial_rate" not in unreadable:
            average_risk_initial_rate: int | None | Unset
            if isinstance(self.average_risk_initial_rate, Unset):
                average_risk_initial_rate = UNSET
            else:
                average_risk_initial_rate = self.average_risk_initial_rate

            if average_risk_initial_rate is not UNSET:
                field_dict["averageRiskInitialRate"] = average_risk_initial_rate
        if "average_risk_residual_rate" not in unreadable:
            average_risk_residual_rate: int | None | Unset
            if isinstance(self.average_risk_residual_rate, Unset):
                average_risk_residual_rate = UNSET
            else:
                average_risk_residual_rate = self.average_risk_residual_rate

            if average_risk_residual_rate is not UNSET:
                field_dict["averageRiskResidualRate"] = average_risk_residual_rate
        if "average_risk_current_rate" not in unreadable:
            average_risk_current_rate: int | None | Unset
            if isinstance(self.average_risk_current_rate, Unset):
                average_risk_current_rate = UNSET
            else:
                average_risk_current_rate = self.average_risk_current_rate

            if average_risk_current_rate is not UNSET:
                field_dict["averageRiskCurrentRate"] = average_risk_current_rate
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
            if len(src_dict) >= 18:
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
            parsed.nb_risks = value
        elif value is UNSET:
            parsed.nb_risks = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_risks", "nbRisks", "int | None", value)

        value = values[1]
        if value is None:
            parsed.risk_groups_residual = None
        elif value is UNSET:
            parsed.risk_groups_residual = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.risk_groups_residual = RiskIndicatorsRiskGroupsResidualType0.from_dict(value)
                except VariantMismatchError:
                    invalid(
                        parsed,
                        "risk_groups_residual",
                        "riskGroupsResidual",
                        "RiskIndicatorsRiskGroupsResidualType0 | None",
                        value,
                    )
            else:
                invalid(
                    parsed,
                    "risk_groups_residual",
                    "riskGroupsResidual",
                    "RiskIndicatorsRiskGroupsResidualType0 | None",
                    value,
                )

        value = values[2]
        if value is None:
            parsed.risk_groups_current = None
        elif value is UNSET:
            parsed.risk_groups_current = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.risk_groups_current = RiskIndicatorsRiskGroupsCurrentType0.from_dict(value)
                except VariantMismatchError:
                    invalid(
                        parsed,
                        "risk_groups_current",
                        "riskGroupsCurrent",
                        "RiskIndicatorsRiskGroupsCurrentType0 | None",
                        value,
                    )
            else:
                invalid(
                    parsed,
                    "risk_groups_current",
                    "riskGroupsCurrent",
                    "RiskIndicatorsRiskGroupsCurrentType0 | None",
                    value,
                )

        value = values[3]
        if value is None:
            parsed.risk_groups_initial = None
        elif value is UNSET:
            parsed.risk_groups_initial = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.risk_groups_initial = RiskIndicatorsRiskGroupsInitialType0.from_dict(value)
                except VariantMismatchError:
                    invalid(
                        parsed,
                        "risk_groups_initial",
                        "riskGroupsInitial",
                        "RiskIndicatorsRiskGroupsInitialType0 | None",
                        value,
                    )
            else:
                invalid(
                    parsed,
                    "risk_groups_initial",
                    "riskGroupsInitial",
                    "RiskIndicatorsRiskGroupsInitialType0 | None",
                    value,
                )

        value = values[4]
        if value is None:
            parsed.risk_category_groups = None
        elif value is UNSET:
            parsed.risk_category_groups = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.risk_category_groups = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.risk_category_groups = list(map(RiskCategoryGroupStat.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "risk_category_groups",
                        "riskCategoryGroups",
                        "list[RiskCategoryGroupStat] | None",
                        value,
                        items=RiskCategoryGroupStat.from_dict,
                    )
            else:
                invalid(
                    parsed,
                    "risk_category_groups",
                    "riskCategoryGroups",
                    "list[RiskCategoryGroupStat] | None",
                    value,
                )

        value = values[5]
        if type(value) is int or value is None:
            parsed.treated_risks = value
        elif value is UNSET:
            parsed.treated_risks = UNSET
            absent += 1
        else:
            invalid(parsed, "treated_risks", "treatedRisks", "int | None", value)

        value = values[6]
        if type(value) is int or value is None:
            parsed.monitored_risks = value
        elif value is UNSET:
            parsed.monitored_risks = UNSET
            absent += 1
        else:
            invalid(parsed, "monitored_risks", "monitoredRisks", "int | None", value)

        value = values[7]
        if value is None:
            parsed.heatmap_initial = None
        elif value is UNSET:
            parsed.heatmap_initial = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.heatmap_initial = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.heatmap_initial = list(map(RiskHeatmapValue.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "heatmap_initial",
                        "heatmapInitial",
                        "list[RiskHeatmapValue] | None",
                        value,
                        items=RiskHeatmapValue.from_dict,
                    )
            else:
                invalid(parsed, "heatmap_initial", "heatmapInitial", "list[RiskHeatmapValue] | None", value)

        value = values[8]
        if value is None:
            parsed.heatmap_residual = None
        elif value is UNSET:
            parsed.heatmap_residual = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.heatmap_residual = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.heatmap_residual = list(map(RiskHeatmapValue.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "heatmap_residual",
                        "heatmapResidual",
                        "list[RiskHeatmapValue] | None",
                        value,
                        items=RiskHeatmapValue.from_dict,
                    )
            else:
                invalid(parsed, "heatmap_residual", "heatmapResidual", "list[RiskHeatmapValue] | None", value)

        value = values[9]
        if type(value) is int or value is None:
            parsed.pending_assessment_risks = value
        elif value is UNSET:
            parsed.pending_assessment_risks = UNSET
            absent += 1
        else:
            invalid(parsed, "pending_assessment_risks", "pendingAssessmentRisks", "int | None", value)

        value = values[10]
        if type(value) is int or value is None:
            parsed.pending_response_risks = value
        elif value is UNSET:
            parsed.pending_response_risks = UNSET
            absent += 1
        else:
            invalid(parsed, "pending_response_risks", "pendingResponseRisks", "int | None", value)

        value = values[11]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.average_resilience = value
        elif value is UNSET:
            parsed.average_resilience = UNSET
            absent += 1
        else:
            invalid(parsed, "average_resilience", "averageResilience", "float | None", value)

        value = values[12]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.average_risk_residual = value
        elif value is UNSET:
            parsed.average_risk_residual = UNSET
            absent += 1
        else:
            invalid(parsed, "average_risk_residual", "averageRiskResidual", "float | None", value)

        value = values[13]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.average_risk_initial = value
        elif value is UNSET:
            parsed.average_risk_initial = UNSET
            absent += 1
        else:
            invalid(parsed, "average_risk_initial", "averageRiskInitial", "float | None", value)

        value = values[14]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.average_risk_current = value
        elif value is UNSET:
            parsed.average_risk_current = UNSET
            absent += 1
        else:
            invalid(parsed, "average_risk_current", "averageRiskCurrent", "float | None", value)

        value = values[15]
        if type(value) is int or value is None:
            parsed.average_risk_initial_rate = value
        elif value is UNSET:
            parsed.average_risk_initial_rate = UNSET
            absent += 1
        else:
            invalid(parsed, "average_risk_initial_rate", "averageRiskInitialRate", "int | None", value)

        value = values[16]
        if type(value) is int or value is None:
            parsed.average_risk_residual_rate = value
        elif value is UNSET:
            parsed.average_risk_residual_rate = UNSET
            absent += 1
        else:
            invalid(parsed, "average_risk_residual_rate", "averageRiskResidualRate", "int | None", value)

        value = values[17]
        if type(value) is int or value is None:
            parsed.average_risk_current_rate = value
        elif value is UNSET:
            parsed.average_risk_current_rate = UNSET
            absent += 1
        else:
            invalid(parsed, "average_risk_current_rate", "averageRiskCurrentRate", "int | None", value)

        if len(src_dict) + absent == 18:  # every key is a known one
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
