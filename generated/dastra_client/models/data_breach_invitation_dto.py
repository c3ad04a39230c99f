from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import (
    MISSING,
    LazyModel,
    invalid,
    not_an_object,
)
from ..types import UNSET, Unset

_KEYS: Final[tuple[str, ...]] = (
    "body",
    "userIds",
    "sectionLabel",
    "section",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "body": MISSING,
    "userIds": MISSING,
    "sectionLabel": UNSET,
    "section": UNSET,
}

T = TypeVar("T", bound="DataBreachInvitationDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DataBreachInvitationDto(LazyModel):
    """Attributes:
    body (str):
    user_ids (list[int]):
    section_label (None | str | Unset):
    section (None | str | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("body", "body"),
        ("user_ids", "userIds"),
        ("section_label", "sectionLabel"),
        ("section", "section"),
    )

    body: str
    user_ids: list[int]
    section_label: None | str | Unset = UNSET
    section: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "body" not in unreadable:
            body = self.body

            field_dict["body"] = body
        if "user_ids" not in unreadable:
            user_ids = self.user_ids

            field_dict["userIds"] = user_ids
        if "section_label" not in unreadable:
            section_label: None | str | Unset
            if isinstance(self.section_label, Unset):
                section_label = UNSET
            else:
                section_label = self.section_label

            if section_label is not UNSET:
                field_dict["sectionLabel"] = section_label
        if "section" not in unreadable:
            section: None | str | Unset
            if isinstance(self.section, Unset):
                section = UNSET
            else:
                section = self.section

            if section is not UNSET:
                field_dict["section"] = section
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
        value = values[0]
        if isinstance(value, str):
            parsed.body = value
        else:
            invalid(parsed, "body", "body", "str", value)
            absent += value is MISSING

        value = values[1]
        if isinstance(value, list):
            for item in value:
                if type(item) is not int:
                    invalid(
                        parsed,
                        "user_ids",
                        "userIds",
                        "list[int]",
                        value,
                        items=lambda item: type(item) is int,
                    )
                    break
            else:
                parsed.user_ids = value
        else:
            invalid(parsed, "user_ids", "userIds", "list[int]", value)
            absent += value is MISSING

        value = values[2]
        if isinstance(value, str) or value is None:
            parsed.section_label = value
        elif value is UNSET:
            parsed.section_label = UNSET
            absent += 1
        else:
            invalid(parsed, "section_label", "sectionLabel", "str | None", value)

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.section = value
        elif value is UNSET:
            parsed.section = UNSET
            absent += 1
        else:
            invalid(parsed, "section", "section", "str | None", value)

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
