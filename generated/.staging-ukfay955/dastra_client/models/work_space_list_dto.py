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
    from ..models.features import Features
    from ..models.pricing_plan import PricingPlan
    from ..models.subscription import Subscription
    from ..models.work_space_dto import WorkSpaceDto






def _parse_pricing_plan(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.PricingPlan.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_subscription(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.Subscription.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_features(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.Features.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_work_spaces(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.WorkSpaceDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data



def _load_pricing_plan(source: Mapping[str, Any]) -> Any:
    return _parse_pricing_plan(source.get("pricingPlan", UNSET))

def _load_subscription(source: Mapping[str, Any]) -> Any:
    return _parse_subscription(source.get("subscription", UNSET))

def _load_features(source: Mapping[str, Any]) -> Any:
    return _parse_features(source.get("features", UNSET))

def _load_work_spaces(source: Mapping[str, Any]) -> Any:
    return _parse_work_spaces(source.get("workSpaces", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("pricingPlan", "subscription", "features", "workSpaces", ))

T = TypeVar("T", bound="WorkSpaceListDto")



@_attrs_define
class WorkSpaceListDto(LazyModel):
    """Attributes:
        pricing_plan (None | PricingPlan | Unset):
        subscription (None | Subscription | Unset):
        features (Features | None | Unset):
        work_spaces (list[WorkSpaceDto] | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
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
        from ..models.features import Features  # noqa: PLC0415
        from ..models.pricing_plan import PricingPlan  # noqa: PLC0415
        from ..models.subscription import Subscription  # noqa: PLC0415
        from ..models.work_space_dto import WorkSpaceDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        pricing_plan: dict[str, Any] | None | Unset
        if isinstance(self.pricing_plan, Unset):
            pricing_plan = UNSET
        elif isinstance(self.pricing_plan, PricingPlan):
            pricing_plan = self.pricing_plan.to_dict()
        else:
            pricing_plan = self.pricing_plan

        if pricing_plan is not UNSET:
            field_dict["pricingPlan"] = pricing_plan
        subscription: dict[str, Any] | None | Unset
        if isinstance(self.subscription, Unset):
            subscription = UNSET
        elif isinstance(self.subscription, Subscription):
            subscription = self.subscription.to_dict()
        else:
            subscription = self.subscription

        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        features: dict[str, Any] | None | Unset
        if isinstance(self.features, Unset):
            features = UNSET
        elif isinstance(self.features, Features):
            features = self.features.to_dict()
        else:
            features = self.features

        if features is not UNSET:
            field_dict["features"] = features
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
