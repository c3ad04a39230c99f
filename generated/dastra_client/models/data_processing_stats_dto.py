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
    from ..models.data_processing_stat_value_dto import DataProcessingStatValueDto
    from ..models.serie_value import SerieValue
else:
    DataProcessingStatValueDto = deferred(
        globals(), "DataProcessingStatValueDto", "..models.data_processing_stat_value_dto"
    )
    SerieValue = deferred(globals(), "SerieValue", "..models.serie_value")


def _load_work_flow_steps(model: DataProcessingStatsDto, source: Mapping[str, Any]) -> Any:
    value = source.get("workFlowSteps", UNSET)
    if value is None or value is UNSET:
        model.work_flow_steps = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.work_flow_steps = result = list(map(SerieValue.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "work_flow_steps",
                "workFlowSteps",
                "list[SerieValue] | None",
                value,
                items=SerieValue.from_dict,
            )
    else:
        result = invalid(model, "work_flow_steps", "workFlowSteps", "list[SerieValue] | None", value)
    return result


def _load_stats(model: DataProcessingStatsDto, source: Mapping[str, Any]) -> Any:
    value = source.get("stats", UNSET)
    if value is None or value is UNSET:
        model.stats = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.stats = result = list(map(DataProcessingStatValueDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "stats",
                "stats",
                "list[DataProcessingStatValueDto] | None",
                value,
                items=DataProcessingStatValueDto.from_dict,
            )
    else:
        result = invalid(model, "stats", "stats", "list[DataProcessingStatValueDto] | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "percentageAccomplished",
    "percentageComplete",
    "nbTreatmentComplete",
    "nbTreatmentNotComplete",
    "nbTreatmentPublished",
    "nbTreatmentDraft",
    "nbTreatments",
    "workFlowSteps",
    "stats",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "percentageAccomplished": UNSET,
    "percentageComplete": UNSET,
    "nbTreatmentComplete": UNSET,
    "nbTreatmentNotComplete": UNSET,
    "nbTreatmentPublished": UNSET,
    "nbTreatmentDraft": UNSET,
    "nbTreatments": UNSET,
    "workFlowSteps": UNSET,
    "stats": UNSET,
}

T = TypeVar("T", bound="DataProcessingStatsDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("percentage_accomplished", "percentageAccomplished"),
        ("percentage_complete", "percentageComplete"),
        ("nb_treatment_complete", "nbTreatmentComplete"),
        ("nb_treatment_not_complete", "nbTreatmentNotComplete"),
        ("nb_treatment_published", "nbTreatmentPublished"),
        ("nb_treatment_draft", "nbTreatmentDraft"),
        ("nb_treatments", "nbTreatments"),
        ("work_flow_steps", "workFlowSteps"),
        ("stats", "stats"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
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
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "percentage_accomplished" not in unreadable:
            percentage_accomplished: float | None | Unset
            if isinstance(self.percentage_accomplished, Unset):
                percentage_accomplished = UNSET
            else:
                percentage_accomplished = self.percentage_accomplished

            if percentage_accomplished is not UNSET:
                field_dict["percentageAccomplished"] = percentage_accomplished
        if "percentage_complete" not in unreadable:
            percentage_complete: float | None | Unset
            if isinstance(self.percentage_complete, Unset):
                percentage_complete = UNSET
            else:
                percentage_complete = self.percentage_complete

            if percentage_complete is not UNSET:
                field_dict["percentageComplete"] = percentage_complete
        if "nb_treatment_complete" not in unreadable:
            nb_treatment_complete: int | None | Unset
            if isinstance(self.nb_treatment_complete, Unset):
                nb_treatment_complete = UNSET
            else:
                nb_treatment_complete = self.nb_treatment_complete

            if nb_treatment_complete is not UNSET:
                field_dict["nbTreatmentComplete"] = nb_treatment_complete
        if "nb_treatment_not_complete" not in unreadable:
            nb_treatment_not_complete: int | None | Unset
            if isinstance(self.nb_treatment_not_complete, Unset):
                nb_treatment_not_complete = UNSET
            else:
                nb_treatment_not_complete = self.nb_treatment_not_complete

            if nb_treatment_not_complete is not UNSET:
                field_dict["nbTreatmentNotComplete"] = nb_treatment_not_complete
        if "nb_treatment_published" not in unreadable:
            nb_treatment_published: int | None | Unset
            if isinstance(self.nb_treatment_published, Unset):
                nb_treatment_published = UNSET
            else:
                nb_treatment_published = self.nb_treatment_published

            if nb_treatment_published is not UNSET:
                field_dict["nbTreatmentPublished"] = nb_treatment_published
        if "nb_treatment_draft" not in unreadable:
            nb_treatment_draft: int | None | Unset
            if isinstance(self.nb_treatment_draft, Unset):
                nb_treatment_draft = UNSET
            else:
                nb_treatment_draft = self.nb_treatment_draft

            if nb_treatment_draft is not UNSET:
                field_dict["nbTreatmentDraft"] = nb_treatment_draft
        if "nb_treatments" not in unreadable:
            nb_treatments: int | None | Unset
            if isinstance(self.nb_treatments, Unset):
                nb_treatments = UNSET
            else:
                nb_treatments = self.nb_treatments

            if nb_treatments is not UNSET:
                field_dict["nbTreatments"] = nb_treatments
        if "work_flow_steps" not in unreadable:
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
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.percentage_accomplished = value
        elif value is UNSET:
            parsed.percentage_accomplished = UNSET
            absent += 1
        else:
            invalid(parsed, "percentage_accomplished", "percentageAccomplished", "float | None", value)

        value = values[1]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.percentage_complete = value
        elif value is UNSET:
            parsed.percentage_complete = UNSET
            absent += 1
        else:
            invalid(parsed, "percentage_complete", "percentageComplete", "float | None", value)

        value = values[2]
        if type(value) is int or value is None:
            parsed.nb_treatment_complete = value
        elif value is UNSET:
            parsed.nb_treatment_complete = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_treatment_complete", "nbTreatmentComplete", "int | None", value)

        value = values[3]
        if type(value) is int or value is None:
            parsed.nb_treatment_not_complete = value
        elif value is UNSET:
            parsed.nb_treatment_not_complete = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_treatment_not_complete", "nbTreatmentNotComplete", "int | None", value)

        value = values[4]
        if type(value) is int or value is None:
            parsed.nb_treatment_published = value
        elif value is UNSET:
            parsed.nb_treatment_published = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_treatment_published", "nbTreatmentPublished", "int | None", value)

        value = values[5]
        if type(value) is int or value is None:
            parsed.nb_treatment_draft = value
        elif value is UNSET:
            parsed.nb_treatment_draft = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_treatment_draft", "nbTreatmentDraft", "int | None", value)

        value = values[6]
        if type(value) is int or value is None:
            parsed.nb_treatments = value
        elif value is UNSET:
            parsed.nb_treatments = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_treatments", "nbTreatments", "int | None", value)

        value = values[7]
        if value is None:
            parsed.work_flow_steps = None
        elif value is UNSET:
            parsed.work_flow_steps = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.work_flow_steps = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.work_flow_steps = list(map(SerieValue.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "work_flow_steps",
                        "workFlowSteps",
                        "list[SerieValue] | None",
                        value,
                        items=SerieValue.from_dict,
                    )
            else:
                invalid(parsed, "work_flow_steps", "workFlowSteps", "list[SerieValue] | None", value)

        value = values[8]
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
                    parsed.stats = list(map(DataProcessingStatValueDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "stats",
                        "stats",
                        "list[DataProcessingStatValueDto] | None",
                        value,
                        items=DataProcessingStatValueDto.from_dict,
                    )
            else:
                invalid(parsed, "stats", "stats", "list[DataProcessingStatValueDto] | None", value)

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
