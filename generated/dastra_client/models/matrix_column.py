from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter
from typing import Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import (
    LazyModel,
    Misfit,
    each,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.audit_response_state import AuditResponseState
from ..types import UNSET, Unset

_AUDIT_RESPONSE_STATE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in AuditResponseState
}


def _parse_owners(data: Any) -> Any:
    if data is UNSET:
        return data
    if isinstance(data, list):
        return each(data, _parse_owners_1_item)

    if data is None:
        return None

    raise Misfit(data)


def _parse_owners_1_item(data: Any) -> Any:
    return data


_KEYS: Final[tuple[str, ...]] = (
    "id",
    "name",
    "rateCompletion",
    "rateScore",
    "owners",
    "state",
    "publishedDate",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "id": UNSET,
    "name": UNSET,
    "rateCompletion": UNSET,
    "rateScore": UNSET,
    "owners": UNSET,
    "state": UNSET,
    "publishedDate": UNSET,
}

T = TypeVar("T", bound="MatrixColumn")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class MatrixColumn(LazyModel):
    """Attributes:
    id (None | Unset | UUID):
    name (None | str | Unset):
    rate_completion (float | None | Unset):
    rate_score (float | None | Unset):
    owners (list[Any] | None | Unset):
    state (AuditResponseState | None | str | Unset):
    published_date (datetime.datetime | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("name", "name"),
        ("rate_completion", "rateCompletion"),
        ("rate_score", "rateScore"),
        ("owners", "owners"),
        ("state", "state"),
        ("published_date", "publishedDate"),
    )

    id: None | Unset | UUID = UNSET
    name: None | str | Unset = UNSET
    rate_completion: float | None | Unset = UNSET
    rate_score: float | None | Unset = UNSET
    owners: list[Any] | None | Unset = UNSET
    state: AuditResponseState | None | str | Unset = UNSET
    published_date: datetime.datetime | None | Unset = UNSET
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
            elif isinstance(self.id, UUID):
                id = str(self.id)
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "name" not in unreadable:
            name: None | str | Unset
            if isinstance(self.name, Unset):
                name = UNSET
            else:
                name = self.name

            if name is not UNSET:
                field_dict["name"] = name
        if "rate_completion" not in unreadable:
            rate_completion: float | None | Unset
            if isinstance(self.rate_completion, Unset):
                rate_completion = UNSET
            else:
                rate_completion = self.rate_completion

            if rate_completion is not UNSET:
                field_dict["rateCompletion"] = rate_completion
        if "rate_score" not in unreadable:
            rate_score: float | None | Unset
            if isinstance(self.rate_score, Unset):
                rate_score = UNSET
            else:
                rate_score = self.rate_score

            if rate_score is not UNSET:
                field_dict["rateScore"] = rate_score
        if "owners" not in unreadable:
            owners: list[Any] | None | Unset
            if isinstance(self.owners, Unset):
                owners = UNSET
            elif isinstance(self.owners, list):
                owners = self.owners

            else:
                owners = self.owners

            if owners is not UNSET:
                field_dict["owners"] = owners
        if "state" not in unreadable:
            state: None | str | Unset
            if isinstance(self.state, Unset):
                state = UNSET
            elif isinstance(self.state, AuditResponseState):
                state = self.state.value
            else:
                state = self.state

            if state is not UNSET:
                field_dict["state"] = state
        if "published_date" not in unreadable:
            published_date: None | str | Unset
            if isinstance(self.published_date, Unset):
                published_date = UNSET
            elif isinstance(self.published_date, datetime.datetime):
                published_date = self.published_date.isoformat()
            else:
                published_date = self.published_date

            if published_date is not UNSET:
                field_dict["publishedDate"] = published_date
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

        value = values[1]
        if isinstance(value, str) or value is None:
            parsed.name = value
        elif value is UNSET:
            parsed.name = UNSET
            absent += 1
        else:
            invalid(parsed, "name", "name", "str | None", value)

        value = values[2]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.rate_completion = value
        elif value is UNSET:
            parsed.rate_completion = UNSET
            absent += 1
        else:
            invalid(parsed, "rate_completion", "rateCompletion", "float | None", value)

        value = values[3]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.rate_score = value
        elif value is UNSET:
            parsed.rate_score = UNSET
            absent += 1
        else:
            invalid(parsed, "rate_score", "rateScore", "float | None", value)

        value = values[4]
        try:
            parsed.owners = _parse_owners(value)
        except Misfit as misfit:
            invalid(parsed, "owners", "owners", "list[Any] | None", value, misfit)

        if value is UNSET:
            absent += 1

        value = values[5]
        if isinstance(value, str):
            parsed.state = _AUDIT_RESPONSE_STATE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.state = None
        elif value is UNSET:
            parsed.state = UNSET
            absent += 1
        else:
            invalid(parsed, "state", "state", "AuditResponseState | str | None", value)

        value = values[6]
        if value is None:
            parsed.published_date = None
        elif value is UNSET:
            parsed.published_date = UNSET
            absent += 1
        else:
            try:
                parsed.published_date = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "published_date", "publishedDate", "datetime.datetime | None", value)

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
