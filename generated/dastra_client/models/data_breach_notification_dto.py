from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter
from typing import Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import (
    MISSING,
    LazyModel,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.data_breach_notification_support import DataBreachNotificationSupport
from ..models.data_breach_notification_type import DataBreachNotificationType
from ..types import UNSET, Unset

_DATA_BREACH_NOTIFICATION_SUPPORT_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in DataBreachNotificationSupport
}
_DATA_BREACH_NOTIFICATION_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in DataBreachNotificationType
}


_KEYS: Final[tuple[str, ...]] = (
    "date",
    "id",
    "identifier",
    "support",
    "type",
    "htmlContent",
    "numberPeopleNotified",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "date": MISSING,
    "id": UNSET,
    "identifier": UNSET,
    "support": UNSET,
    "type": UNSET,
    "htmlContent": UNSET,
    "numberPeopleNotified": UNSET,
}

T = TypeVar("T", bound="DataBreachNotificationDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DataBreachNotificationDto(LazyModel):
    """Attributes:
    date (datetime.datetime):
    id (None | Unset | UUID):
    identifier (None | str | Unset):
    support (DataBreachNotificationSupport | None | str | Unset):
    type_ (DataBreachNotificationType | None | str | Unset):
    html_content (None | str | Unset):
    number_people_notified (int | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("date", "date"),
        ("id", "id"),
        ("identifier", "identifier"),
        ("support", "support"),
        ("type_", "type"),
        ("html_content", "htmlContent"),
        ("number_people_notified", "numberPeopleNotified"),
    )

    date: datetime.datetime
    id: None | Unset | UUID = UNSET
    identifier: None | str | Unset = UNSET
    support: DataBreachNotificationSupport | None | str | Unset = UNSET
    type_: DataBreachNotificationType | None | str | Unset = UNSET
    html_content: None | str | Unset = UNSET
    number_people_notified: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "date" not in unreadable:
            date = self.date.isoformat()

            field_dict["date"] = date
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
        if "identifier" not in unreadable:
            identifier: None | str | Unset
            if isinstance(self.identifier, Unset):
                identifier = UNSET
            else:
                identifier = self.identifier

            if identifier is not UNSET:
                field_dict["identifier"] = identifier
        if "support" not in unreadable:
            support: None | str | Unset
            if isinstance(self.support, Unset):
                support = UNSET
            elif isinstance(self.support, DataBreachNotificationSupport):
                support = self.support.value
            else:
                support = self.support

            if support is not UNSET:
                field_dict["support"] = support
        if "type_" not in unreadable:
            type_: None | str | Unset
            if isinstance(self.type_, Unset):
                type_ = UNSET
            elif isinstance(self.type_, DataBreachNotificationType):
                type_ = self.type_.value
            else:
                type_ = self.type_

            if type_ is not UNSET:
                field_dict["type"] = type_
        if "html_content" not in unreadable:
            html_content: None | str | Unset
            if isinstance(self.html_content, Unset):
                html_content = UNSET
            else:
                html_content = self.html_content

            if html_content is not UNSET:
                field_dict["htmlContent"] = html_content
        if "number_people_notified" not in unreadable:
            number_people_notified: int | None | Unset
            if isinstance(self.number_people_notified, Unset):
                number_people_notified = UNSET
            else:
                number_people_notified = self.number_people_notified

            if number_people_notified is not UNSET:
                field_dict["numberPeopleNotified"] = number_people_notified
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
        value = values[0]
        try:
            parsed.date = datetime.datetime.fromisoformat(value)
        except (TypeError, ValueError):
            invalid(parsed, "date", "date", "datetime.datetime", value)
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
            parsed.identifier = value
        elif value is UNSET:
            parsed.identifier = UNSET
            absent += 1
        else:
            invalid(parsed, "identifier", "identifier", "str | None", value)

        value = values[3]
        if isinstance(value, str):
            parsed.support = _DATA_BREACH_NOTIFICATION_SUPPORT_BY_VALUE.get(value, value)
        elif value is None:
            parsed.support = None
        elif value is UNSET:
            parsed.support = UNSET
            absent += 1
        else:
            invalid(parsed, "support", "support", "DataBreachNotificationSupport | str | None", value)

        value = values[4]
        if isinstance(value, str):
            parsed.type_ = _DATA_BREACH_NOTIFICATION_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.type_ = None
        elif value is UNSET:
            parsed.type_ = UNSET
            absent += 1
        else:
            invalid(parsed, "type_", "type", "DataBreachNotificationType | str | None", value)

        value = values[5]
        if isinstance(value, str) or value is None:
            parsed.html_content = value
        elif value is UNSET:
            parsed.html_content = UNSET
            absent += 1
        else:
            invalid(parsed, "html_content", "htmlContent", "str | None", value)

        value = values[6]
        if type(value) is int or value is None:
            parsed.number_people_notified = value
        elif value is UNSET:
            parsed.number_people_notified = UNSET
            absent += 1
        else:
            invalid(parsed, "number_people_notified", "numberPeopleNotified", "int | None", value)

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
