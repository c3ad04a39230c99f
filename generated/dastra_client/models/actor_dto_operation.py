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
from ..types import UNSET, Unset

_KEYS: Final[tuple[str, ...]] = (
    "value",
    "path",
    "op",
    "from",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "value": UNSET,
    "path": UNSET,
    "op": UNSET,
    "from": UNSET,
}

T = TypeVar("T", bound="ActorDtoOperation")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ActorDtoOperation(LazyModel):
    """Attributes:
    value (Any | Unset):
    path (None | str | Unset):
    op (None | str | Unset):
    from_ (None | str | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("value", "value"),
        ("path", "path"),
        ("op", "op"),
        ("from_", "from"),
    )

    value: Any | Unset = UNSET
    path: None | str | Unset = UNSET
    op: None | str | Unset = UNSET
    from_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "value" not in unreadable:
            value = self.value

            if value is not UNSET:
                field_dict["value"] = value
        if "path" not in unreadable:
            path: None | str | Unset
            if isinstance(self.path, Unset):
                path = UNSET
            else:
                path = self.path

            if path is not UNSET:
                field_dict["path"] = path
        if "op" not in unreadable:
            op: None | str | Unset
            if isinstance(self.op, Unset):
                op = UNSET
            else:
                op = self.op

            if op is not UNSET:
                field_dict["op"] = op
        if "from_" not in unreadable:
            from_: None | str | Unset
            if isinstance(self.from_, Unset):
                from_ = UNSET
            else:
                from_ = self.from_

            if from_ is not UNSET:
                field_dict["from"] = from_
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
            if len(src_dict) >= 4:
                values = _KNOWN_VALUES(src_dict)
            else:  # a known key is absent (no KeyError raised and caught for it)
                values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except KeyError:  # unknown keys in place of known ones
            values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except (TypeError, AttributeError):  # a list, a string, a number...: not an object
            raise not_an_object(cls, src_dict) from None
        parsed = cls.__new__(cls)
        absent = 0  # the known keys the object lacks: its other keys are unknown ones if len() says more
        parsed.value = value = values[0]
        if value is UNSET:
            absent += 1

        value = values[1]
        if isinstance(value, str) or value is None:
            parsed.path = value
        elif value is UNSET:
            parsed.path = UNSET
            absent += 1
        else:
            invalid(parsed, "path", "path", "str | None", value)

        value = values[2]
        if isinstance(value, str) or value is None:
            parsed.op = value
        elif value is UNSET:
            parsed.op = UNSET
            absent += 1
        else:
            invalid(parsed, "op", "op", "str | None", value)

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.from_ = value
        elif value is UNSET:
            parsed.from_ = UNSET
            absent += 1
        else:
            invalid(parsed, "from_", "from", "str | None", value)

        if len(src_dict) + absent == 4:  # every key is a known one
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
