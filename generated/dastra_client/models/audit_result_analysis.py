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
    MISSING,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.audit_result_analysis_variant import AuditResultAnalysisVariant
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.condition_rule_set import ConditionRuleSet
else:
    ConditionRuleSet = deferred(globals(), "ConditionRuleSet", "..models.condition_rule_set")


_AUDIT_RESULT_ANALYSIS_VARIANT_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in AuditResultAnalysisVariant
}


def _load_display_conditions(model: AuditResultAnalysis, source: Mapping[str, Any]) -> Any:
    value = source.get("displayConditions", UNSET)
    if value is None or value is UNSET:
        model.display_conditions = value
        return value
    if isinstance(value, dict):
        try:
            model.display_conditions = result = ConditionRuleSet.from_dict(value)
        except VariantMismatchError:
            result = invalid(
                model, "display_conditions", "displayConditions", "ConditionRuleSet | None", value
            )
    else:
        result = invalid(model, "display_conditions", "displayConditions", "ConditionRuleSet | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "label",
    "id",
    "variant",
    "contentHtml",
    "displayConditions",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "label": MISSING,
    "id": UNSET,
    "variant": UNSET,
    "contentHtml": UNSET,
    "displayConditions": UNSET,
}

T = TypeVar("T", bound="AuditResultAnalysis")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AuditResultAnalysis(LazyModel):
    """Attributes:
    label (str):
    id (None | Unset | UUID):
    variant (AuditResultAnalysisVariant | None | str | Unset):
    content_html (None | str | Unset):
    display_conditions (ConditionRuleSet | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("label", "label"),
        ("id", "id"),
        ("variant", "variant"),
        ("content_html", "contentHtml"),
        ("display_conditions", "displayConditions"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "display_conditions": _load_display_conditions,
    }

    label: str
    id: None | Unset | UUID = UNSET
    variant: AuditResultAnalysisVariant | None | str | Unset = UNSET
    content_html: None | str | Unset = UNSET
    display_conditions: ConditionRuleSet | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.condition_rule_set import ConditionRuleSet

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "label" not in unreadable:
            label = self.label

            field_dict["label"] = label
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
        if "variant" not in unreadable:
            variant: None | str | Unset
            if isinstance(self.variant, Unset):
                variant = UNSET
            elif isinstance(self.variant, AuditResultAnalysisVariant):
                variant = self.variant.value
            else:
                variant = self.variant

            if variant is not UNSET:
                field_dict["variant"] = variant
        if "content_html" not in unreadable:
            content_html: None | str | Unset
            if isinstance(self.content_html, Unset):
                content_html = UNSET
            else:
                content_html = self.content_html

            if content_html is not UNSET:
                field_dict["contentHtml"] = content_html
        if "display_conditions" not in unreadable:
            display_conditions: dict[str, Any] | None | Unset
            if isinstance(self.display_conditions, Unset):
                display_conditions = UNSET
            elif isinstance(self.display_conditions, ConditionRuleSet):
                display_conditions = self.display_conditions.to_dict()
            else:
                display_conditions = self.display_conditions

            if display_conditions is not UNSET:
                field_dict["displayConditions"] = display_conditions
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
        if isinstance(value, str):
            parsed.label = value
        else:
            invalid(parsed, "label", "label", "str", value)
            absent += value is MISSING

        value = values[1]
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

        value = values[2]
        if isinstance(value, str):
            parsed.variant = _AUDIT_RESULT_ANALYSIS_VARIANT_BY_VALUE.get(value, value)
        elif value is None:
            parsed.variant = None
        elif value is UNSET:
            parsed.variant = UNSET
            absent += 1
        else:
            invalid(parsed, "variant", "variant", "AuditResultAnalysisVariant | str | None", value)

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.content_html = value
        elif value is UNSET:
            parsed.content_html = UNSET
            absent += 1
        else:
            invalid(parsed, "content_html", "contentHtml", "str | None", value)

        value = values[4]
        if value is None:
            parsed.display_conditions = None
        elif value is UNSET:
            parsed.display_conditions = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.display_conditions = ConditionRuleSet.from_dict(value)
                except VariantMismatchError:
                    invalid(
                        parsed, "display_conditions", "displayConditions", "ConditionRuleSet | None", value
                    )
            else:
                invalid(parsed, "display_conditions", "displayConditions", "ConditionRuleSet | None", value)

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
