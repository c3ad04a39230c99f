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
    from ..models.features import Features
    from ..models.pricing_plan import PricingPlan
    from ..models.subscription import Subscription
    from ..models.work_space_dto import WorkSpaceDto
else:
    Features = deferred(globals(), "Features", "..models.features")
    PricingPlan = deferred(globals(), "PricingPlan", "..models.pricing_plan")
    Subscription = deferred(globals(), "Subscription", "..models.subscription")
    WorkSpaceDto = deferred(globals(), "WorkSpaceDto", "..models.work_space_dto")


def _load_pricing_plan(model: WorkSpaceListDto, source: Mapping[str, Any]) -> Any:
    value = source.get("pricingPlan", UNSET)
    if value is None or value is UNSET:
        model.pricing_plan = value
        return value
    if isinstance(value, dict):
        try:
            model.pricing_plan = result = PricingPlan.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "pricing_plan", "pricingPlan", "PricingPlan | None", value)
    else:
        result = invalid(model, "pricing_plan", "pricingPlan", "PricingPlan | None", value)
    return result


def _load_subscription(model: WorkSpaceListDto, source: Mapping[str, Any]) -> Any:
    value = source.get("subscription", UNSET)
    if value is None or value is UNSET:
        model.subscription = value
        return value
    if isinstance(value, dict):
        try:
            model.subscription = result = Subscription.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "subscription", "subscription", "Subscription | None", value)
    else:
        result = invalid(model, "subscription", "subscription", "Subscription | None", value)
    return result


def _load_features(model: WorkSpaceListDto, source: Mapping[str, Any]) -> Any:
    value = source.get("features", UNSET)
    if value is None or value is UNSET:
        model.features = value
        return value
    if isinstance(value, dict):
        try:
            model.features = result = Features.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "features", "features", "Features | None", value)
    else:
        result = invalid(model, "features", "features", "Features | None", value)
    return result


def _load_work_spaces(model: WorkSpaceListDto, source: Mapping[str, Any]) -> Any:
    value = source.get("workSpaces", UNSET)
    if value is None or value is UNSET:
        model.work_spaces = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.work_spaces = result = list(map(WorkSpaceDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "work_spaces",
                "workSpaces",
                "list[WorkSpaceDto] | None",
                value,
                items=WorkSpaceDto.from_dict,
            )
    else:
        result = invalid(model, "work_spaces", "workSpaces", "list[WorkSpaceDto] | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "pricingPlan",
    "subscription",
    "features",
    "workSpaces",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "pricingPlan": UNSET,
    "subscription": UNSET,
    "features": UNSET,
    "workSpaces": UNSET,
}

T = TypeVar("T", bound="WorkSpaceListDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class WorkSpaceListDto(LazyModel):
    """Attributes:
    pricing_plan (None | PricingPlan | Unset):
    subscription (None | Subscription | Unset):
    features (Features | None | Unset):
    work_spaces (list[WorkSpaceDto] | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("pricing_plan", "pricingPlan"),
        ("subscription", "subscription"),
        ("features", "features"),
        ("work_spaces", "workSpaces"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "pricing_plan": _load_pricing_plan,
        "subscription": _load_subscription,
        "features": _load_features,
        "work_spaces": _load_work_spaces,
    }

    pricing_plan: None | PricingPlan | Unset = UNSET
    subscription: None | Subscription | Unset = UNSET
    features: Features | None | Unset = UNSET
    work_spaces: list[WorkSpaceDto] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.features import Features
        from ..models.pricing_plan import PricingPlan
        from ..models.subscription import Subscription

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "pricing_plan" not in unreadable:
            pricing_plan: dict[str, Any] | None | Unset
            if isinstance(self.pricing_plan, Unset):
                pricing_plan = UNSET
            elif isinstance(self.pricing_plan, PricingPlan):
                pricing_plan = self.pricing_plan.to_dict()
            else:
                pricing_plan = self.pricing_plan

            if pricing_plan is not UNSET:
                field_dict["pricingPlan"] = pricing_plan
        if "subscription" not in unreadable:
            subscription: dict[str, Any] | None | Unset
            if isinstance(self.subscription, Unset):
                subscription = UNSET
            elif isinstance(self.subscription, Subscription):
                subscription = self.subscription.to_dict()
            else:
                subscription = self.subscription

            if subscription is not UNSET:
                field_dict["subscription"] = subscription
        if "features" not in unreadable:
            features: dict[str, Any] | None | Unset
            if isinstance(self.features, Unset):
                features = UNSET
            elif isinstance(self.features, Features):
                features = self.features.to_dict()
            else:
                features = self.features

            if features is not UNSET:
                field_dict["features"] = features
        if "work_spaces" not in unreadable:
            work_spaces: list[dict[str, Any]] | None | Unset
            if isinstance(self.work_spaces, Unset):
                work_spaces = UNSET
            elif isinstance(self.work_spaces, list):
                work_spaces = []
                for work_spaces_type_0_item_data in self.work_spaces:
                    work_spaces_type_0_item = work_spaces_type_0_item_data.to_dict()
                    work_spaces.append(work_spaces_type_0_item)

            else:
                work_spaces = self.work_spaces

            if work_spaces is not UNSET:
                field_dict["workSpaces"] = work_spaces
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
            if len(src_dict) >= 4:
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
            parsed.pricing_plan = None
        elif value is UNSET:
            parsed.pricing_plan = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.pricing_plan = PricingPlan.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "pricing_plan", "pricingPlan", "PricingPlan | None", value)
            else:
                invalid(parsed, "pricing_plan", "pricingPlan", "PricingPlan | None", value)

        value = values[1]
        if value is None:
            parsed.subscription = None
        elif value is UNSET:
            parsed.subscription = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.subscription = Subscription.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "subscription", "subscription", "Subscription | None", value)
            else:
                invalid(parsed, "subscription", "subscription", "Subscription | None", value)

        value = values[2]
        if value is None:
            parsed.features = None
        elif value is UNSET:
            parsed.features = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.features = Features.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "features", "features", "Features | None", value)
            else:
                invalid(parsed, "features", "features", "Features | None", value)

        value = values[3]
        if value is None:
            parsed.work_spaces = None
        elif value is UNSET:
            parsed.work_spaces = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.work_spaces = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.work_spaces = list(map(WorkSpaceDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "work_spaces",
                        "workSpaces",
                        "list[WorkSpaceDto] | None",
                        value,
                        items=WorkSpaceDto.from_dict,
                    )
            else:
                invalid(parsed, "work_spaces", "workSpaces", "list[WorkSpaceDto] | None", value)

        if len(src_dict) + absent == 4:  # every key is a known one
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
