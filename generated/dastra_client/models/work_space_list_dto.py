from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.features import Features
    from ..models.pricing_plan import PricingPlan
    from ..models.subscription import Subscription
    from ..models.work_space_dto import WorkSpaceDto


T = TypeVar("T", bound="WorkSpaceListDto")


@_attrs_define
class WorkSpaceListDto:
    """
    Attributes:
        pricing_plan (None | PricingPlan | Unset):
        subscription (None | Subscription | Unset):
        features (Features | None | Unset):
        work_spaces (list[WorkSpaceDto] | None | Unset):
    """

    pricing_plan: None | PricingPlan | Unset = UNSET
    subscription: None | Subscription | Unset = UNSET
    features: Features | None | Unset = UNSET
    work_spaces: list[WorkSpaceDto] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.features import Features
        from ..models.pricing_plan import PricingPlan
        from ..models.subscription import Subscription

        pricing_plan: dict[str, Any] | None | Unset
        if isinstance(self.pricing_plan, Unset):
            pricing_plan = UNSET
        elif isinstance(self.pricing_plan, PricingPlan):
            pricing_plan = self.pricing_plan.to_dict()
        else:
            pricing_plan = self.pricing_plan

        subscription: dict[str, Any] | None | Unset
        if isinstance(self.subscription, Unset):
            subscription = UNSET
        elif isinstance(self.subscription, Subscription):
            subscription = self.subscription.to_dict()
        else:
            subscription = self.subscription

        features: dict[str, Any] | None | Unset
        if isinstance(self.features, Unset):
            features = UNSET
        elif isinstance(self.features, Features):
            features = self.features.to_dict()
        else:
            features = self.features

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pricing_plan is not UNSET:
            field_dict["pricingPlan"] = pricing_plan
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if features is not UNSET:
            field_dict["features"] = features
        if work_spaces is not UNSET:
            field_dict["workSpaces"] = work_spaces

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.features import Features
        from ..models.pricing_plan import PricingPlan
        from ..models.subscription import Subscription
        from ..models.work_space_dto import WorkSpaceDto

        d = dict(src_dict)

        def _parse_pricing_plan(data: object) -> None | PricingPlan | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pricing_plan_type_1 = PricingPlan.from_dict(data)

                return pricing_plan_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingPlan | Unset, data)

        pricing_plan = _parse_pricing_plan(d.pop("pricingPlan", UNSET))

        def _parse_subscription(data: object) -> None | Subscription | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subscription_type_1 = Subscription.from_dict(data)

                return subscription_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Subscription | Unset, data)

        subscription = _parse_subscription(d.pop("subscription", UNSET))

        def _parse_features(data: object) -> Features | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                features_type_1 = Features.from_dict(data)

                return features_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Features | None | Unset, data)

        features = _parse_features(d.pop("features", UNSET))

        def _parse_work_spaces(data: object) -> list[WorkSpaceDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                work_spaces_type_0 = []
                _work_spaces_type_0 = data
                for work_spaces_type_0_item_data in _work_spaces_type_0:
                    work_spaces_type_0_item = WorkSpaceDto.from_dict(work_spaces_type_0_item_data)

                    work_spaces_type_0.append(work_spaces_type_0_item)

                return work_spaces_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WorkSpaceDto] | None | Unset, data)

        work_spaces = _parse_work_spaces(d.pop("workSpaces", UNSET))

        work_space_list_dto = cls(
            pricing_plan=pricing_plan,
            subscription=subscription,
            features=features,
            work_spaces=work_spaces,
        )

        work_space_list_dto.additional_properties = d
        return work_space_list_dto

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
