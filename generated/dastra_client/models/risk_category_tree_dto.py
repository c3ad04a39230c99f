from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import FieldValidationError
from .._lazy import (
    EAGER,
    MISSING,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.risk_type_dto import RiskTypeDto
else:
    RiskTypeDto = deferred(globals(), "RiskTypeDto", "..models.risk_type_dto")


def _load_risk_types(model: RiskCategoryTreeDto, source: Mapping[str, Any]) -> Any:
    value = source.get("riskTypes", UNSET)
    if value is None or value is UNSET:
        model.risk_types = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.risk_types = result = list(map(RiskTypeDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "risk_types",
                "riskTypes",
                "list[RiskTypeDto] | None",
                value,
                items=RiskTypeDto.from_dict,
            )
    else:
        result = invalid(model, "risk_types", "riskTypes", "list[RiskTypeDto] | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "label",
    "color",
    "root",
    "riskTypes",
    "id",
    "dateCreation",
    "dateUpdate",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "label": MISSING,
    "color": MISSING,
    "root": UNSET,
    "riskTypes": UNSET,
    "id": UNSET,
    "dateCreation": UNSET,
    "dateUpdate": UNSET,
}

T = TypeVar("T", bound="RiskCategoryTreeDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RiskCategoryTreeDto(LazyModel):
    """Attributes:
    label (str):
    color (str):
    root (bool | None | Unset):
    risk_types (list[RiskTypeDto] | None | Unset):
    id (None | Unset | UUID):
    date_creation (datetime.datetime | None | Unset):
    date_update (datetime.datetime | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("label", "label"),
        ("color", "color"),
        ("root", "root"),
        ("risk_types", "riskTypes"),
        ("id", "id"),
        ("date_creation", "dateCreation"),
        ("date_update", "dateUpdate"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "risk_types": _load_risk_types,
    }

    label: str
    color: str
    root: bool | None | Unset = UNSET
    risk_types: list[RiskTypeDto] | None | Unset = UNSET
    id: None | Unset | UUID = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "label" not in unreadable:
            label = self.label

            field_dict["label"] = label
        if "color" not in unreadable:
            color = self.color

            field_dict["color"] = color
        if "root" not in unreadable:
            root: bool | None | Unset
            if isinstance(self.root, Unset):
                root = UNSET
            else:
                root = self.root

            if root is not UNSET:
                field_dict["root"] = root
        if "risk_types" not in unreadable:
            risk_types: list[dict[str, Any]] | None | Unset
            if isinstance(self.risk_types, Unset):
                risk_types = UNSET
            elif isinstance(self.risk_types, list):
                risk_types = []
                for risk_types_type_0_item_data in self.risk_types:
                    risk_types_type_0_item = risk_types_type_0_item_data.to_dict()
                    risk_types.append(risk_types_type_0_item)

            else:
                risk_types = self.risk_types

            if risk_types is not UNSET:
                field_dict["riskTypes"] = risk_types
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
        if "date_creation" not in unreadable:
            date_creation: None | str | Unset
            if isinstance(self.date_creation, Unset):
                date_creation = UNSET
            elif isinstance(self.date_creation, datetime.datetime):
                date_creation = self.date_creation.isoformat()
            else:
                date_creation = self.date_creation

            if date_creation is not UNSET:
                field_dict["dateCreation"] = date_creation
        if "date_update" not in unreadable:
            date_update: None | str | Unset
            if isinstance(self.date_update, Unset):
                date_update = UNSET
            elif isinstance(self.date_update, datetime.datetime):
                date_update = self.date_update.isoformat()
            else:
                date_update = self.date_update

            if date_update is not UNSET:
                field_dict["dateUpdate"] = date_update
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
            if len(src_dict) >= 7:
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
        if isinstance(value, str):
            parsed.color = value
        else:
            invalid(parsed, "color", "color", "str", value)
            absent += value is MISSING

        value = values[2]
        if type(value) is bool or value is None:
            parsed.root = value
        elif value is UNSET:
            parsed.root = UNSET
            absent += 1
        else:
            invalid(parsed, "root", "root", "bool | None", value)

        value = values[3]
        if value is None:
            parsed.risk_types = None
        elif value is UNSET:
            parsed.risk_types = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.risk_types = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.risk_types = list(map(RiskTypeDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "risk_types",
                        "riskTypes",
                        "list[RiskTypeDto] | None",
                        value,
                        items=RiskTypeDto.from_dict,
                    )
            else:
                invalid(parsed, "risk_types", "riskTypes", "list[RiskTypeDto] | None", value)

        value = values[4]
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

        value = values[5]
        if value is None:
            parsed.date_creation = None
        elif value is UNSET:
            parsed.date_creation = UNSET
            absent += 1
        else:
            try:
                parsed.date_creation = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_creation", "dateCreation", "datetime.datetime | None", value)

        value = values[6]
        if value is None:
            parsed.date_update = None
        elif value is UNSET:
            parsed.date_update = UNSET
            absent += 1
        else:
            try:
                parsed.date_update = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_update", "dateUpdate", "datetime.datetime | None", value)

        if len(src_dict) + absent == 7:  # every key is a known one
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
