from __future__ import annotations

import datetime
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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.risk_type_dto import RiskTypeDto
    from ..models.user_light_dto import UserLightDto
else:
    RiskTypeDto = deferred(globals(), "RiskTypeDto", "..models.risk_type_dto")
    UserLightDto = deferred(globals(), "UserLightDto", "..models.user_light_dto")


def _load_creator(model: RiskEventDto, source: Mapping[str, Any]) -> Any:
    value = source.get("creator", UNSET)
    if value is None or value is UNSET:
        model.creator = value
        return value
    if isinstance(value, dict):
        try:
            model.creator = result = UserLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "creator", "creator", "UserLightDto | None", value)
    else:
        result = invalid(model, "creator", "creator", "UserLightDto | None", value)
    return result


def _load_type_(model: RiskEventDto, source: Mapping[str, Any]) -> Any:
    value = source.get("type", UNSET)
    if value is None or value is UNSET:
        model.type_ = value
        return value
    if isinstance(value, dict):
        try:
            model.type_ = result = RiskTypeDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "type_", "type", "RiskTypeDto | None", value)
    else:
        result = invalid(model, "type_", "type", "RiskTypeDto | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "label",
    "id",
    "descriptionHtml",
    "impactValue",
    "date",
    "dateCreation",
    "dateUpdate",
    "creator",
    "typeId",
    "type",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "label": MISSING,
    "id": UNSET,
    "descriptionHtml": UNSET,
    "impactValue": UNSET,
    "date": UNSET,
    "dateCreation": UNSET,
    "dateUpdate": UNSET,
    "creator": UNSET,
    "typeId": UNSET,
    "type": UNSET,
}

T = TypeVar("T", bound="RiskEventDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RiskEventDto(LazyModel):
    """Attributes:
    label (str):
    id (None | Unset | UUID):
    description_html (None | str | Unset):
    impact_value (int | None | Unset):
    date (datetime.datetime | None | Unset):
    date_creation (datetime.datetime | None | Unset):
    date_update (datetime.datetime | None | Unset):
    creator (None | Unset | UserLightDto):
    type_id (None | Unset | UUID):
    type_ (None | RiskTypeDto | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("label", "label"),
        ("id", "id"),
        ("description_html", "descriptionHtml"),
        ("impact_value", "impactValue"),
        ("date", "date"),
        ("date_creation", "dateCreation"),
        ("date_update", "dateUpdate"),
        ("creator", "creator"),
        ("type_id", "typeId"),
        ("type_", "type"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "creator": _load_creator,
        "type_": _load_type_,
    }

    label: str
    id: None | Unset | UUID = UNSET
    description_html: None | str | Unset = UNSET
    impact_value: int | None | Unset = UNSET
    date: datetime.datetime | None | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    creator: None | Unset | UserLightDto = UNSET
    type_id: None | Unset | UUID = UNSET
    type_: None | RiskTypeDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.risk_type_dto import RiskTypeDto
        from ..models.user_light_dto import UserLightDto

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
        if "description_html" not in unreadable:
            description_html: None | str | Unset
            if isinstance(self.description_html, Unset):
                description_html = UNSET
            else:
                description_html = self.description_html

            if description_html is not UNSET:
                field_dict["descriptionHtml"] = description_html
        if "impact_value" not in unreadable:
            impact_value: int | None | Unset
            if isinstance(self.impact_value, Unset):
                impact_value = UNSET
            else:
                impact_value = self.impact_value

            if impact_value is not UNSET:
                field_dict["impactValue"] = impact_value
        if "date" not in unreadable:
            date: None | str | Unset
            if isinstance(self.date, Unset):
                date = UNSET
            elif isinstance(self.date, datetime.datetime):
                date = self.date.isoformat()
            else:
                date = self.date

            if date is not UNSET:
                field_dict["date"] = date
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
        if "creator" not in unreadable:
            creator: dict[str, Any] | None | Unset
            if isinstance(self.creator, Unset):
                creator = UNSET
            elif isinstance(self.creator, UserLightDto):
                creator = self.creator.to_dict()
            else:
                creator = self.creator

            if creator is not UNSET:
                field_dict["creator"] = creator
        if "type_id" not in unreadable:
            type_id: None | str | Unset
            if isinstance(self.type_id, Unset):
                type_id = UNSET
            elif isinstance(self.type_id, UUID):
                type_id = str(self.type_id)
            else:
                type_id = self.type_id

            if type_id is not UNSET:
                field_dict["typeId"] = type_id
        if "type_" not in unreadable:
            type_: dict[str, Any] | None | Unset
            if isinstance(self.type_, Unset):
                type_ = UNSET
            elif isinstance(self.type_, RiskTypeDto):
                type_ = self.type_.to_dict()
            else:
                type_ = self.type_

            if type_ is not UNSET:
                field_dict["type"] = type_
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
            if len(src_dict) >= 10:
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
        if isinstance(value, str) or value is None:
            parsed.description_html = value
        elif value is UNSET:
            parsed.description_html = UNSET
            absent += 1
        else:
            invalid(parsed, "description_html", "descriptionHtml", "str | None", value)

        value = values[3]
        if type(value) is int or value is None:
            parsed.impact_value = value
        elif value is UNSET:
            parsed.impact_value = UNSET
            absent += 1
        else:
            invalid(parsed, "impact_value", "impactValue", "int | None", value)

        value = values[4]
        if value is None:
            parsed.date = None
        elif value is UNSET:
            parsed.date = UNSET
            absent += 1
        else:
            try:
                parsed.date = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date", "date", "datetime.datetime | None", value)

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

        value = values[7]
        if value is None:
            parsed.creator = None
        elif value is UNSET:
            parsed.creator = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.creator = UserLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "creator", "creator", "UserLightDto | None", value)
            else:
                invalid(parsed, "creator", "creator", "UserLightDto | None", value)

        value = values[8]
        if value is None:
            parsed.type_id = None
        elif value is UNSET:
            parsed.type_id = UNSET
            absent += 1
        else:
            try:
                parsed.type_id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "type_id", "typeId", "UUID | None", value)

        value = values[9]
        if value is None:
            parsed.type_ = None
        elif value is UNSET:
            parsed.type_ = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.type_ = RiskTypeDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "type_", "type", "RiskTypeDto | None", value)
            else:
                invalid(parsed, "type_", "type", "RiskTypeDto | None", value)

        if len(src_dict) + absent == 10:  # every key is a known one
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
