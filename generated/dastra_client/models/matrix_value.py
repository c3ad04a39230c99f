from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import VariantMismatchError
from .._lazy import (
    EAGER,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_response_item import AuditResponseItem
else:
    AuditResponseItem = deferred(globals(), "AuditResponseItem", "..models.audit_response_item")


def _load_response(model: MatrixValue, source: Mapping[str, Any]) -> Any:
    value = source.get("response", UNSET)
    if value is None or value is UNSET:
        model.response = value
        return value
    if isinstance(value, dict):
        try:
            model.response = result = AuditResponseItem.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "response", "response", "AuditResponseItem | None", value)
    else:
        result = invalid(model, "response", "response", "AuditResponseItem | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "id",
    "score",
    "risk",
    "complete",
    "max",
    "response",
    "responseString",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "id": UNSET,
    "score": UNSET,
    "risk": UNSET,
    "complete": UNSET,
    "max": UNSET,
    "response": UNSET,
    "responseString": UNSET,
}

T = TypeVar("T", bound="MatrixValue")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class MatrixValue(LazyModel):
    """Attributes:
    id (None | Unset | UUID):
    score (float | None | Unset):
    risk (float | None | Unset):
    complete (int | None | Unset):
    max_ (float | None | Unset):
    response (AuditResponseItem | None | Unset):
    response_string (None | str | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("score", "score"),
        ("risk", "risk"),
        ("complete", "complete"),
        ("max_", "max"),
        ("response", "response"),
        ("response_string", "responseString"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "response": _load_response,
    }

    id: None | Unset | UUID = UNSET
    score: float | None | Unset = UNSET
    risk: float | None | Unset = UNSET
    complete: int | None | Unset = UNSET
    max_: float | None | Unset = UNSET
    response: AuditResponseItem | None | Unset = UNSET
    response_string: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_response_item import AuditResponseItem

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
        if "score" not in unreadable:
            score: float | None | Unset
            if isinstance(self.score, Unset):
                score = UNSET
            else:
                score = self.score

            if score is not UNSET:
                field_dict["score"] = score
        if "risk" not in unreadable:
            risk: float | None | Unset
            if isinstance(self.risk, Unset):
                risk = UNSET
            else:
                risk = self.risk

            if risk is not UNSET:
                field_dict["risk"] = risk
        if "complete" not in unreadable:
            complete: int | None | Unset
            if isinstance(self.complete, Unset):
                complete = UNSET
            else:
                complete = self.complete

            if complete is not UNSET:
                field_dict["complete"] = complete
        if "max_" not in unreadable:
            max_: float | None | Unset
            if isinstance(self.max_, Unset):
                max_ = UNSET
            else:
                max_ = self.max_

            if max_ is not UNSET:
                field_dict["max"] = max_
        if "response" not in unreadable:
            response: dict[str, Any] | None | Unset
            if isinstance(self.response, Unset):
                response = UNSET
            elif isinstance(self.response, AuditResponseItem):
                response = self.response.to_dict()
            else:
                response = self.response

            if response is not UNSET:
                field_dict["response"] = response
        if "response_string" not in unreadable:
            response_string: None | str | Unset
            if isinstance(self.response_string, Unset):
                response_string = UNSET
            else:
                response_string = self.response_string

            if response_string is not UNSET:
                field_dict["responseString"] = response_string
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
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.score = value
        elif value is UNSET:
            parsed.score = UNSET
            absent += 1
        else:
            invalid(parsed, "score", "score", "float | None", value)

        value = values[2]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.risk = value
        elif value is UNSET:
            parsed.risk = UNSET
            absent += 1
        else:
            invalid(parsed, "risk", "risk", "float | None", value)

        value = values[3]
        if type(value) is int or value is None:
            parsed.complete = value
        elif value is UNSET:
            parsed.complete = UNSET
            absent += 1
        else:
            invalid(parsed, "complete", "complete", "int | None", value)

        value = values[4]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.max_ = value
        elif value is UNSET:
            parsed.max_ = UNSET
            absent += 1
        else:
            invalid(parsed, "max_", "max", "float | None", value)

        value = values[5]
        if value is None:
            parsed.response = None
        elif value is UNSET:
            parsed.response = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.response = AuditResponseItem.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "response", "response", "AuditResponseItem | None", value)
            else:
                invalid(parsed, "response", "response", "AuditResponseItem | None", value)

        value = values[6]
        if isinstance(value, str) or value is None:
            parsed.response_string = value
        elif value is UNSET:
            parsed.response_string = UNSET
            absent += 1
        else:
            invalid(parsed, "response_string", "responseString", "str | None", value)

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
