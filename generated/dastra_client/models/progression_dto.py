from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import VariantMismatchError
from .._lazy import (
    EAGER,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_processing_insight_messages import DataProcessingInsightMessages
else:
    DataProcessingInsightMessages = deferred(
        globals(), "DataProcessingInsightMessages", "..models.data_processing_insight_messages"
    )


def _load_insights(model: ProgressionDto, source: Mapping[str, Any]) -> Any:
    value = source.get("insights", UNSET)
    if value is None or value is UNSET:
        model.insights = value
        return value
    if isinstance(value, dict):
        try:
            model.insights = result = DataProcessingInsightMessages.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "insights", "insights", "DataProcessingInsightMessages | None", value)
    else:
        result = invalid(model, "insights", "insights", "DataProcessingInsightMessages | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "id",
    "progression",
    "quality",
    "sensitivity",
    "insights",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "id": UNSET,
    "progression": UNSET,
    "quality": UNSET,
    "sensitivity": UNSET,
    "insights": UNSET,
}

T = TypeVar("T", bound="ProgressionDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ProgressionDto(LazyModel):
    """Attributes:
    id (None | Unset | UUID):
    progression (float | None | Unset):
    quality (float | None | Unset):
    sensitivity (float | None | Unset):
    insights (DataProcessingInsightMessages | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("progression", "progression"),
        ("quality", "quality"),
        ("sensitivity", "sensitivity"),
        ("insights", "insights"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "insights": _load_insights,
    }

    id: None | Unset | UUID = UNSET
    progression: float | None | Unset = UNSET
    quality: float | None | Unset = UNSET
    sensitivity: float | None | Unset = UNSET
    insights: DataProcessingInsightMessages | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.data_processing_insight_messages import DataProcessingInsightMessages

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "id" not in unreadable:
            id: None | str | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            elif isinstance(self.id, UUID):
                id = str(self.id)
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "progression" not in unreadable:
            progression: float | None | Unset
            if isinstance(self.progression, Unset):
                progression = UNSET
            else:
                progression = self.progression

            if progression is not UNSET:
                field_dict["progression"] = progression
        if "quality" not in unreadable:
            quality: float | None | Unset
            if isinstance(self.quality, Unset):
                quality = UNSET
            else:
                quality = self.quality

            if quality is not UNSET:
                field_dict["quality"] = quality
        if "sensitivity" not in unreadable:
            sensitivity: float | None | Unset
            if isinstance(self.sensitivity, Unset):
                sensitivity = UNSET
            else:
                sensitivity = self.sensitivity

            if sensitivity is not UNSET:
                field_dict["sensitivity"] = sensitivity
        if "insights" not in unreadable:
            insights: dict[str, Any] | None | Unset
            if isinstance(self.insights, Unset):
                insights = UNSET
            elif isinstance(self.insights, DataProcessingInsightMessages):
                insights = self.insights.to_dict()
            else:
                insights = self.insights

            if insights is not UNSET:
                field_dict["insights"] = insights
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
            if len(src_dict) >= 5:
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
            parsed.id = None
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            try:
                parsed.id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "id", "id", "UUID | None", value)

        value = values[1]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.progression = value
        elif value is UNSET:
            parsed.progression = UNSET
            absent += 1
        else:
            invalid(parsed, "progression", "progression", "float | None", value)

        value = values[2]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.quality = value
        elif value is UNSET:
            parsed.quality = UNSET
            absent += 1
        else:
            invalid(parsed, "quality", "quality", "float | None", value)

        value = values[3]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.sensitivity = value
        elif value is UNSET:
            parsed.sensitivity = UNSET
            absent += 1
        else:
            invalid(parsed, "sensitivity", "sensitivity", "float | None", value)

        value = values[4]
        if value is None:
            parsed.insights = None
        elif value is UNSET:
            parsed.insights = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.insights = DataProcessingInsightMessages.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "insights", "insights", "DataProcessingInsightMessages | None", value)
            else:
                invalid(parsed, "insights", "insights", "DataProcessingInsightMessages | None", value)

        if len(src_dict) + absent == 5:  # every key is a known one
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
