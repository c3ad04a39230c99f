from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_object_type import RiskObjectType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskAssetDto")


@_attrs_define
class RiskAssetDto:
    """
    Attributes:
        id (None | str | Unset):
        ref (None | str | Unset):
        label (None | str | Unset):
        description (None | str | Unset):
        logo_url (None | str | Unset):
        type_ (None | RiskObjectType | str | Unset):
        monitored_risks (int | None | Unset):
        total_risks (int | None | Unset):
        average_risk_initial (float | None | Unset):
        average_risk_current (float | None | Unset):
        average_risk_residual (float | None | Unset):
        min_risk_initial (float | None | Unset):
        max_risk_initial (float | None | Unset):
        min_risk_residual (float | None | Unset):
        max_risk_residual (float | None | Unset):
        high_risk_initial (int | None | Unset):
        high_risk_residual (int | None | Unset):
        average_resilience (float | None | Unset):
        area_id (int | None | Unset):
        deleted (bool | None | Unset):
    """

    id: None | str | Unset = UNSET
    ref: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    type_: None | RiskObjectType | str | Unset = UNSET
    monitored_risks: int | None | Unset = UNSET
    total_risks: int | None | Unset = UNSET
    average_risk_initial: float | None | Unset = UNSET
    average_risk_current: float | None | Unset = UNSET
    average_risk_residual: float | None | Unset = UNSET
    min_risk_initial: float | None | Unset = UNSET
    max_risk_initial: float | None | Unset = UNSET
    min_risk_residual: float | None | Unset = UNSET
    max_risk_residual: float | None | Unset = UNSET
    high_risk_initial: int | None | Unset = UNSET
    high_risk_residual: int | None | Unset = UNSET
    average_resilience: float | None | Unset = UNSET
    area_id: int | None | Unset = UNSET
    deleted: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        ref: None | str | Unset
        if isinstance(self.ref, Unset):
            ref = UNSET
        else:
            ref = self.ref

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, RiskObjectType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        monitored_risks: int | None | Unset
        if isinstance(self.monitored_risks, Unset):
            monitored_risks = UNSET
        else:
            monitored_risks = self.monitored_risks

        total_risks: int | None | Unset
        if isinstance(self.total_risks, Unset):
            total_risks = UNSET
        else:
            total_risks = self.total_risks

        average_risk_initial: float | None | Unset
        if isinstance(self.average_risk_initial, Unset):
            average_risk_initial = UNSET
        else:
            average_risk_initial = self.average_risk_initial

        average_risk_current: float | None | Unset
        if isinstance(self.average_risk_current, Unset):
            average_risk_current = UNSET
        else:
            average_risk_current = self.average_risk_current

        average_risk_residual: float | None | Unset
        if isinstance(self.average_risk_residual, Unset):
            average_risk_residual = UNSET
        else:
            average_risk_residual = self.average_risk_residual

        min_risk_initial: float | None | Unset
        if isinstance(self.min_risk_initial, Unset):
            min_risk_initial = UNSET
        else:
            min_risk_initial = self.min_risk_initial

        max_risk_initial: float | None | Unset
        if isinstance(self.max_risk_initial, Unset):
            max_risk_initial = UNSET
        else:
            max_risk_initial = self.max_risk_initial

        min_risk_residual: float | None | Unset
        if isinstance(self.min_risk_residual, Unset):
            min_risk_residual = UNSET
        else:
            min_risk_residual = self.min_risk_residual

        max_risk_residual: float | None | Unset
        if isinstance(self.max_risk_residual, Unset):
            max_risk_residual = UNSET
        else:
            max_risk_residual = self.max_risk_residual

        high_risk_initial: int | None | Unset
        if isinstance(self.high_risk_initial, Unset):
            high_risk_initial = UNSET
        else:
            high_risk_initial = self.high_risk_initial

        high_risk_residual: int | None | Unset
        if isinstance(self.high_risk_residual, Unset):
            high_risk_residual = UNSET
        else:
            high_risk_residual = self.high_risk_residual

        average_resilience: float | None | Unset
        if isinstance(self.average_resilience, Unset):
            average_resilience = UNSET
        else:
            average_resilience = self.average_resilience

        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        deleted: bool | None | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if ref is not UNSET:
            field_dict["ref"] = ref
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        if type_ is not UNSET:
            field_dict["type"] = type_
        if monitored_risks is not UNSET:
            field_dict["monitoredRisks"] = monitored_risks
        if total_risks is not UNSET:
            field_dict["totalRisks"] = total_risks
        if average_risk_initial is not UNSET:
            field_dict["averageRiskInitial"] = average_risk_initial
        if average_risk_current is not UNSET:
            field_dict["averageRiskCurrent"] = average_risk_current
        if average_risk_residual is not UNSET:
            field_dict["averageRiskResidual"] = average_risk_residual
        if min_risk_initial is not UNSET:
            field_dict["minRiskInitial"] = min_risk_initial
        if max_risk_initial is not UNSET:
            field_dict["maxRiskInitial"] = max_risk_initial
        if min_risk_residual is not UNSET:
            field_dict["minRiskResidual"] = min_risk_residual
        if max_risk_residual is not UNSET:
            field_dict["maxRiskResidual"] = max_risk_residual
        if high_risk_initial is not UNSET:
            field_dict["highRiskInitial"] = high_risk_initial
        if high_risk_residual is not UNSET:
            field_dict["highRiskResidual"] = high_risk_residual
        if average_resilience is not UNSET:
            field_dict["averageResilience"] = average_resilience
        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ref = _parse_ref(d.pop("ref", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_logo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_url = _parse_logo_url(d.pop("logoUrl", UNSET))

        def _parse_type_(data: object) -> None | RiskObjectType | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = RiskObjectType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskObjectType | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_monitored_risks(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        monitored_risks = _parse_monitored_risks(d.pop("monitoredRisks", UNSET))

        def _parse_total_risks(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_risks = _parse_total_risks(d.pop("totalRisks", UNSET))

        def _parse_average_risk_initial(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        average_risk_initial = _parse_average_risk_initial(d.pop("averageRiskInitial", UNSET))

        def _parse_average_risk_current(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        average_risk_current = _parse_average_risk_current(d.pop("averageRiskCurrent", UNSET))

        def _parse_average_risk_residual(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        average_risk_residual = _parse_average_risk_residual(d.pop("averageRiskResidual", UNSET))

        def _parse_min_risk_initial(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_risk_initial = _parse_min_risk_initial(d.pop("minRiskInitial", UNSET))

        def _parse_max_risk_initial(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_risk_initial = _parse_max_risk_initial(d.pop("maxRiskInitial", UNSET))

        def _parse_min_risk_residual(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_risk_residual = _parse_min_risk_residual(d.pop("minRiskResidual", UNSET))

        def _parse_max_risk_residual(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_risk_residual = _parse_max_risk_residual(d.pop("maxRiskResidual", UNSET))

        def _parse_high_risk_initial(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        high_risk_initial = _parse_high_risk_initial(d.pop("highRiskInitial", UNSET))

        def _parse_high_risk_residual(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        high_risk_residual = _parse_high_risk_residual(d.pop("highRiskResidual", UNSET))

        def _parse_average_resilience(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        average_resilience = _parse_average_resilience(d.pop("averageResilience", UNSET))

        def _parse_area_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        area_id = _parse_area_id(d.pop("areaId", UNSET))

        def _parse_deleted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        deleted = _parse_deleted(d.pop("deleted", UNSET))

        risk_asset_dto = cls(
            id=id,
            ref=ref,
            label=label,
            description=description,
            logo_url=logo_url,
            type_=type_,
            monitored_risks=monitored_risks,
            total_risks=total_risks,
            average_risk_initial=average_risk_initial,
            average_risk_current=average_risk_current,
            average_risk_residual=average_risk_residual,
            min_risk_initial=min_risk_initial,
            max_risk_initial=max_risk_initial,
            min_risk_residual=min_risk_residual,
            max_risk_residual=max_risk_residual,
            high_risk_initial=high_risk_initial,
            high_risk_residual=high_risk_residual,
            average_resilience=average_resilience,
            area_id=area_id,
            deleted=deleted,
        )

        risk_asset_dto.additional_properties = d
        return risk_asset_dto

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
