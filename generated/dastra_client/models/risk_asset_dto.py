from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import (
    LazyModel,
    invalid,
    not_an_object,
)
from ..models.risk_object_type import RiskObjectType
from ..types import UNSET, Unset

_RISK_OBJECT_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in RiskObjectType}


_KEYS: Final[tuple[str, ...]] = (
    "id",
    "ref",
    "label",
    "description",
    "logoUrl",
    "type",
    "monitoredRisks",
    "totalRisks",
    "averageRiskInitial",
    "averageRiskCurrent",
    "averageRiskResidual",
    "minRiskInitial",
    "maxRiskInitial",
    "minRiskResidual",
    "maxRiskResidual",
    "highRiskInitial",
    "highRiskResidual",
    "averageResilience",
    "areaId",
    "deleted",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "id": UNSET,
    "ref": UNSET,
    "label": UNSET,
    "description": UNSET,
    "logoUrl": UNSET,
    "type": UNSET,
    "monitoredRisks": UNSET,
    "totalRisks": UNSET,
    "averageRiskInitial": UNSET,
    "averageRiskCurrent": UNSET,
    "averageRiskResidual": UNSET,
    "minRiskInitial": UNSET,
    "maxRiskInitial": UNSET,
    "minRiskResidual": UNSET,
    "maxRiskResidual": UNSET,
    "highRiskInitial": UNSET,
    "highRiskResidual": UNSET,
    "averageResilience": UNSET,
    "areaId": UNSET,
    "deleted": UNSET,
}

T = TypeVar("T", bound="RiskAssetDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("ref", "ref"),
        ("label", "label"),
        ("description", "description"),
        ("logo_url", "logoUrl"),
        ("type_", "type"),
        ("monitored_risks", "monitoredRisks"),
        ("total_risks", "totalRisks"),
        ("average_risk_initial", "averageRiskInitial"),
        ("average_risk_current", "averageRiskCurrent"),
        ("average_risk_residual", "averageRiskResidual"),
        ("min_risk_initial", "minRiskInitial"),
        ("max_risk_initial", "maxRiskInitial"),
        ("min_risk_residual", "minRiskResidual"),
        ("max_risk_residual", "maxRiskResidual"),
        ("high_risk_initial", "highRiskInitial"),
        ("high_risk_residual", "highRiskResidual"),
        ("average_resilience", "averageResilience"),
        ("area_id", "areaId"),
        ("deleted", "deleted"),
    )

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
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "ref" not in unreadable:
            ref: None | str | Unset
            if isinstance(self.ref, Unset):
                ref = UNSET
            else:
                ref = self.ref

            if ref is not UNSET:
                field_dict["ref"] = ref
        if "label" not in unreadable:
            label: None | str | Unset
            if isinstance(self.label, Unset):
                label = UNSET
            else:
                label = self.label

            if label is not UNSET:
                field_dict["label"] = label
        if "description" not in unreadable:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

            if description is not UNSET:
                field_dict["description"] = description
        if "logo_url" not in unreadable:
            logo_url: None | str | Unset
            if isinstance(self.logo_url, Unset):
                logo_url = UNSET
            else:
                logo_url = self.logo_url

            if logo_url is not UNSET:
                field_dict["logoUrl"] = logo_url
        if "type_" not in unreadable:
            type_: None | str | Unset
            if isinstance(self.type_, Unset):
                type_ = UNSET
            elif isinstance(self.type_, RiskObjectType):
                type_ = self.type_.value
            else:
                type_ = self.type_

            if type_ is not UNSET:
                field_dict["type"] = type_
        if "monitored_risks" not in unreadable:
            monitored_risks: int | None | Unset
            if isinstance(self.monitored_risks, Unset):
                monitored_risks = UNSET
            else:
                monitored_risks = self.monitored_risks

            if monitored_risks is not UNSET:
                field_dict["monitoredRisks"] = monitored_risks
        if "total_risks" not in unreadable:
            total_risks: int | None | Unset
            if isinstance(self.total_risks, Unset):
                total_risks = UNSET
            else:
                total_risks = self.total_risks

            if total_risks is not UNSET:
                field_dict["totalRisks"] = total_risks
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
        if "average_risk_residual" not in unreadable:
            average_risk_residual: float | None | Unset
            if isinstance(self.average_risk_residual, Unset):
                average_risk_residual = UNSET
            else:
                average_risk_residual = self.average_risk_residual

            if average_risk_residual is not UNSET:
                field_dict["averageRiskResidual"] = average_risk_residual
        if "min_risk_initial" not in unreadable:
            min_risk_initial: float | None | Unset
            if isinstance(self.min_risk_initial, Unset):
                min_risk_initial = UNSET
            else:
                min_risk_initial = self.min_risk_initial

            if min_risk_initial is not UNSET:
                field_dict["minRiskInitial"] = min_risk_initial
        if "max_risk_initial" not in unreadable:
            max_risk_initial: float | None | Unset
            if isinstance(self.max_risk_initial, Unset):
                max_risk_initial = UNSET
            else:
                max_risk_initial = self.max_risk_initial

            if max_risk_initial is not UNSET:
                field_dict["maxRiskInitial"] = max_risk_initial
        if "min_risk_residual" not in unreadable:
            min_risk_residual: float | None | Unset
            if isinstance(self.min_risk_residual, Unset):
                min_risk_residual = UNSET
            else:
                min_risk_residual = self.min_risk_residual

            if min_risk_residual is not UNSET:
                field_dict["minRiskResidual"] = min_risk_residual
        if "max_risk_residual" not in unreadable:
            max_risk_residual: float | None | Unset
            if isinstance(self.max_risk_residual, Unset):
                max_risk_residual = UNSET
            else:
                max_risk_residual = self.max_risk_residual

            if max_risk_residual is not UNSET:
                field_dict["maxRiskResidual"] = max_risk_residual
        if "high_risk_initial" not in unreadable:
            high_risk_initial: int | None | Unset
            if isinstance(self.high_risk_initial, Unset):
                high_risk_initial = UNSET
            else:
                high_risk_initial = self.high_risk_initial

            if high_risk_initial is not UNSET:
                field_dict["highRiskInitial"] = high_risk_initial
        if "high_risk_residual" not in unreadable:
            high_risk_residual: int | None | Unset
            if isinstance(self.high_risk_residual, Unset):
                high_risk_residual = UNSET
            else:
                high_risk_residual = self.high_risk_residual

            if high_risk_residual is not UNSET:
                field_dict["highRiskResidual"] = high_risk_residual
        if "average_resilience" not in unreadable:
            average_resilience: float | None | Unset
            if isinstance(self.average_resilience, Unset):
                average_resilience = UNSET
            else:
                average_resilience = self.average_resilience

            if average_resilience is not UNSET:
                field_dict["averageResilience"] = average_resilience
        if "area_id" not in unreadable:
            area_id: int | None | Unset
            if isinstance(self.area_id, Unset):
                area_id = UNSET
            else:
                area_id = self.area_id

            if area_id is not UNSET:
                field_dict["areaId"] = area_id
        if "deleted" not in unreadable:
            deleted: bool | None | Unset
            if isinstance(self.deleted, Unset):
                deleted = UNSET
            else:
                deleted = self.deleted

            if deleted is not UNSET:
                field_dict["deleted"] = deleted
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
            if len(src_dict) >= 20:
                values = _KNOWN_VALUES(src_dict)
            else:  # a known key is absent (no KeyError raised and caught for it)
                values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except KeyError:  # unknown keys in place of known ones
            values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except (TypeError, AttributeError):  # a list, a string, a number...: not an object
            raise not_an_object(cls, src_dict) from None
        parsed = cls.__new__(cls)
        absent = 0  # the known keys the object lacks: its other keys are unknown ones if len() says more
        value = values[0]
        if isinstance(value, str) or value is None:
            parsed.id = value
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            invalid(parsed, "id", "id", "str | None", value)

        value = values[1]
        if isinstance(value, str) or value is None:
            parsed.ref = value
        elif value is UNSET:
            parsed.ref = UNSET
            absent += 1
        else:
            invalid(parsed, "ref", "ref", "str | None", value)

        value = values[2]
        if isinstance(value, str) or value is None:
            parsed.label = value
        elif value is UNSET:
            parsed.label = UNSET
            absent += 1
        else:
            invalid(parsed, "label", "label", "str | None", value)

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.description = value
        elif value is UNSET:
            parsed.description = UNSET
            absent += 1
        else:
            invalid(parsed, "description", "description", "str | None", value)

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.logo_url = value
        elif value is UNSET:
            parsed.logo_url = UNSET
            absent += 1
        else:
            invalid(parsed, "logo_url", "logoUrl", "str | None", value)

        value = values[5]
        if isinstance(value, str):
            parsed.type_ = _RISK_OBJECT_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.type_ = None
        elif value is UNSET:
            parsed.type_ = UNSET
            absent += 1
        else:
            invalid(parsed, "type_", "type", "RiskObjectType | str | None", value)

        value = values[6]
        if type(value) is int or value is None:
            parsed.monitored_risks = value
        elif value is UNSET:
            parsed.monitored_risks = UNSET
            absent += 1
        else:
            invalid(parsed, "monitored_risks", "monitoredRisks", "int | None", value)

        value = values[7]
        if type(value) is int or value is None:
            parsed.total_risks = value
        elif value is UNSET:
            parsed.total_risks = UNSET
            absent += 1
        else:
            invalid(parsed, "total_risks", "totalRisks", "int | None", value)

        value = values[8]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.average_risk_initial = value
        elif value is UNSET:
            parsed.average_risk_initial = UNSET
            absent += 1
        else:
            invalid(parsed, "average_risk_initial", "averageRiskInitial", "float | None", value)

        value = values[9]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.average_risk_current = value
        elif value is UNSET:
            parsed.average_risk_current = UNSET
            absent += 1
        else:
            invalid(parsed, "average_risk_current", "averageRiskCurrent", "float | None", value)

        value = values[10]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.average_risk_residual = value
        elif value is UNSET:
            parsed.average_risk_residual = UNSET
            absent += 1
        else:
            invalid(parsed, "average_risk_residual", "averageRiskResidual", "float | None", value)

        value = values[11]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.min_risk_initial = value
        elif value is UNSET:
            parsed.min_risk_initial = UNSET
            absent += 1
        else:
            invalid(parsed, "min_risk_initial", "minRiskInitial", "float | None", value)

        value = values[12]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.max_risk_initial = value
        elif value is UNSET:
            parsed.max_risk_initial = UNSET
            absent += 1
        else:
            invalid(parsed, "max_risk_initial", "maxRiskInitial", "float | None", value)

        value = values[13]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.min_risk_residual = value
        elif value is UNSET:
            parsed.min_risk_residual = UNSET
            absent += 1
        else:
            invalid(parsed, "min_risk_residual", "minRiskResidual", "float | None", value)

        value = values[14]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.max_risk_residual = value
        elif value is UNSET:
            parsed.max_risk_residual = UNSET
            absent += 1
        else:
            invalid(parsed, "max_risk_residual", "maxRiskResidual", "float | None", value)

        value = values[15]
        if type(value) is int or value is None:
            parsed.high_risk_initial = value
        elif value is UNSET:
            parsed.high_risk_initial = UNSET
            absent += 1
        else:
            invalid(parsed, "high_risk_initial", "highRiskInitial", "int | None", value)

        value = values[16]
        if type(value) is int or value is None:
            parsed.high_risk_residual = value
        elif value is UNSET:
            parsed.high_risk_residual = UNSET
            absent += 1
        else:
            invalid(parsed, "high_risk_residual", "highRiskResidual", "int | None", value)

        value = values[17]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.average_resilience = value
        elif value is UNSET:
            parsed.average_resilience = UNSET
            absent += 1
        else:
            invalid(parsed, "average_resilience", "averageResilience", "float | None", value)

        value = values[18]
        if type(value) is int or value is None:
            parsed.area_id = value
        elif value is UNSET:
            parsed.area_id = UNSET
            absent += 1
        else:
            invalid(parsed, "area_id", "areaId", "int | None", value)

        value = values[19]
        if type(value) is bool or value is None:
            parsed.deleted = value
        elif value is UNSET:
            parsed.deleted = UNSET
            absent += 1
        else:
            invalid(parsed, "deleted", "deleted", "bool | None", value)

        if len(src_dict) + absent == 20:  # every key is a known one
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
