from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import VariantMismatchError
from .._lazy import (
    EAGER,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_dto import UserDto
else:
    UserDto = deferred(globals(), "UserDto", "..models.user_dto")


def _load_user(model: LogRecipientDto, source: Mapping[str, Any]) -> Any:
    value = source.get("user", UNSET)
    if value is None or value is UNSET:
        model.user = value
        return value
    if isinstance(value, dict):
        try:
            model.user = result = UserDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "user", "user", "UserDto | None", value)
    else:
        result = invalid(model, "user", "user", "UserDto | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "user",
    "dateRead",
    "dateDelivery",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "user": UNSET,
    "dateRead": UNSET,
    "dateDelivery": UNSET,
}

T = TypeVar("T", bound="LogRecipientDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class LogRecipientDto(LazyModel):
    """Attributes:
    user (None | Unset | UserDto):
    date_read (datetime.datetime | None | Unset):
    date_delivery (datetime.datetime | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("user", "user"),
        ("date_read", "dateRead"),
        ("date_delivery", "dateDelivery"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "user": _load_user,
    }

    user: None | Unset | UserDto = UNSET
    date_read: datetime.datetime | None | Unset = UNSET
    date_delivery: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_dto import UserDto

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "user" not in unreadable:
            user: dict[str, Any] | None | Unset
            if isinstance(self.user, Unset):
                user = UNSET
            elif isinstance(self.user, UserDto):
                user = self.user.to_dict()
            else:
                user = self.user

            if user is not UNSET:
                field_dict["user"] = user
        if "date_read" not in unreadable:
            date_read: None | str | Unset
            if isinstance(self.date_read, Unset):
                date_read = UNSET
            elif isinstance(self.date_read, datetime.datetime):
                date_read = self.date_read.isoformat()
            else:
                date_read = self.date_read

            if date_read is not UNSET:
                field_dict["dateRead"] = date_read
        if "date_delivery" not in unreadable:
            date_delivery: None | str | Unset
            if isinstance(self.date_delivery, Unset):
                date_delivery = UNSET
            elif isinstance(self.date_delivery, datetime.datetime):
                date_delivery = self.date_delivery.isoformat()
            else:
                date_delivery = self.date_delivery

            if date_delivery is not UNSET:
                field_dict["dateDelivery"] = date_delivery
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
            if len(src_dict) >= 3:
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
            parsed.user = None
        elif value is UNSET:
            parsed.user = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.user = UserDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "user", "user", "UserDto | None", value)
            else:
                invalid(parsed, "user", "user", "UserDto | None", value)

        value = values[1]
        if value is None:
            parsed.date_read = None
        elif value is UNSET:
            parsed.date_read = UNSET
            absent += 1
        else:
            try:
                parsed.date_read = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_read", "dateRead", "datetime.datetime | None", value)

        value = values[2]
        if value is None:
            parsed.date_delivery = None
        elif value is UNSET:
            parsed.date_delivery = UNSET
            absent += 1
        else:
            try:
                parsed.date_delivery = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_delivery", "dateDelivery", "datetime.datetime | None", value)

        if len(src_dict) + absent == 3:  # every key is a known one
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
