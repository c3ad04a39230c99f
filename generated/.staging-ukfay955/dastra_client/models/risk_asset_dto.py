from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.risk_object_type import RiskObjectType
from ..types import UNSET, Unset
from typing import cast













def _parse_type_(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = RiskObjectType._value2member_map_.get(data)
    if member is not None:
        return member
    return data


















_KNOWN_KEYS: frozenset[str] = frozenset(("id", "ref", "label", "description", "logoUrl", "type", "monitoredRisks", "totalRisks", "averageRiskInitial", "averageRiskCurrent", "averageRiskResidual", "minRiskInitial", "maxRiskInitial", "minRiskResidual", "maxRiskResidual", "highRiskInitial", "highRiskResidual", "averageResilience", "areaId", "deleted", ))

T = TypeVar("T", bound="RiskAssetDto")



@_attrs_define
class RiskAssetDto(LazyModel):
    """Attributes:
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
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        ref: None | str | Unset
        if isinstance(self.ref, Unset):
            ref = UNSET
        else:
            ref = self.ref

        if ref is not UNSET:
            field_dict["ref"] = ref
        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        if label is not UNSET:
            field_dict["label"] = label
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        if description is not UNSET:
            field_dict["description"] = description
        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, RiskObjectType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        if type_ is not UNSET:
            field_dict["type"] = type_
        monitored_risks: int | None | Unset
        if isinstance(self.monitored_risks, Unset):
            monitored_risks = UNSET
        else:
            monitored_risks = self.monitored_risks

        if monitored_risks is not UNSET:
            field_dict["monitoredRisks"] = monitored_risks
        total_risks: int | None | Unset
        if isinstance(self.total_risks, Unset):
            total_risks = UNSET
        else:
            total_risks = self.total_risks

        if total_risks is not UNSET:
            field_dict["totalRisks"] = total_risks
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
        average_risk_residual: float | None | Unset
        if isinstance(self.average_risk_residual, Unset):
            average_risk_residual = UNSET
        else:
            average_risk_residual = self.average_risk_residual

        if average_risk_residual is not UNSET:
            field_dict["averageRiskResidual"] = average_risk_residual
        min_risk_initial: float | None | Unset
        if isinstance(self.min_risk_initial, Unset):
            min_risk_initial = UNSET
        else:
            min_risk_initial = self.min_risk_initial

        if min_risk_initial is not UNSET:
            field_dict["minRiskInitial"] = min_risk_initial
        max_risk_initial: float | None | Unset
        if isinstance(self.max_risk_initial, Unset):
            max_risk_initial = UNSET
        else:
            max_risk_initial = self.max_risk_initial

        if max_risk_initial is not UNSET:
            field_dict["maxRiskInitial"] = max_risk_initial
        min_risk_residual: float | None | Unset
        if isinstance(self.min_risk_residual, Unset):
            min_risk_residual = UNSET
        else:
            min_risk_residual = self.min_risk_residual

        if min_risk_residual is not UNSET:
            field_dict["minRiskResidual"] = min_risk_residual
        max_risk_residual: float | None | Unset
        if isinstance(self.max_risk_residual, Unset):
            max_risk_residual = UNSET
        else:
            max_risk_residual = self.max_risk_residual

        if max_risk_residual is not UNSET:
            field_dict["maxRiskResidual"] = max_risk_residual
        high_risk_initial: int | None | Unset
        if isinstance(self.high_risk_initial, Unset):
            high_risk_initial = UNSET
        else:
            high_risk_initial = self.high_risk_initial

        if high_risk_initial is not UNSET:
            field_dict["highRiskInitial"] = high_risk_initial
        high_risk_residual: int | None | Unset
        if isinstance(self.high_risk_residual, Unset):
            high_risk_residual = UNSET
        else:
            high_risk_residual = self.high_risk_residual

        if high_risk_residual is not UNSET:
            field_dict["highRiskResidual"] = high_risk_residual
        average_resilience: float | None | Unset
        if isinstance(self.average_resilience, Unset):
            average_resilience = UNSET
        else:
            average_resilience = self.average_resilience

        if average_resilience is not UNSET:
            field_dict["averageResilience"] = average_resilience
        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        deleted: bool | None | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.id = src_dict.get("id", UNSET)
        parsed.ref = src_dict.get("ref", UNSET)
        parsed.label = src_dict.get("label", UNSET)
        parsed.description = src_dict.get("description", UNSET)
        parsed.logo_url = src_dict.get("logoUrl", UNSET)
        parsed.type_ = _parse_type_(src_dict.get("type", UNSET))
        parsed.monitored_risks = src_dict.get("monitoredRisks", UNSET)
        parsed.total_risks = src_dict.get("totalRisks", UNSET)
        parsed.average_risk_initial = src_dict.get("averageRiskInitial", UNSET)
        parsed.average_risk_current = src_dict.get("averageRiskCurrent", UNSET)
        parsed.average_risk_residual = src_dict.get("averageRiskResidual", UNSET)
        parsed.min_risk_initial = src_dict.get("minRiskInitial", UNSET)
        parsed.max_risk_initial = src_dict.get("maxRiskInitial", UNSET)
        parsed.min_risk_residual = src_dict.get("minRiskResidual", UNSET)
        parsed.max_risk_residual = src_dict.get("maxRiskResidual", UNSET)
        parsed.high_risk_initial = src_dict.get("highRiskInitial", UNSET)
        parsed.high_risk_residual = src_dict.get("highRiskResidual", UNSET)
        parsed.average_resilience = src_dict.get("averageResilience", UNSET)
        parsed.area_id = src_dict.get("areaId", UNSET)
        parsed.deleted = src_dict.get("deleted", UNSET)
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
