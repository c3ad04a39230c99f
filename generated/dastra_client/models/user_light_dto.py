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
    "id",
    "displayName",
    "familyName",
    "givenName",
    "email",
    "color",
    "avatarUrl",
    "tenantId",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "id": UNSET,
    "displayName": UNSET,
    "familyName": UNSET,
    "givenName": UNSET,
    "email": UNSET,
    "color": UNSET,
    "avatarUrl": UNSET,
    "tenantId": UNSET,
}

T = TypeVar("T", bound="UserLightDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class UserLightDto(LazyModel):
    """Attributes:
    id (int | None | Unset):
    display_name (None | str | Unset):
    family_name (None | str | Unset):
    given_name (None | str | Unset):
    email (None | str | Unset):
    color (None | str | Unset):
    avatar_url (None | str | Unset):
    tenant_id (int | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("display_name", "displayName"),
        ("family_name", "familyName"),
        ("given_name", "givenName"),
        ("email", "email"),
        ("color", "color"),
        ("avatar_url", "avatarUrl"),
        ("tenant_id", "tenantId"),
    )

    id: int | None | Unset = UNSET
    display_name: None | str | Unset = UNSET
    family_name: None | str | Unset = UNSET
    given_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    color: None | str | Unset = UNSET
    avatar_url: None | str | Unset = UNSET
    tenant_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "id" not in unreadable:
            id: int | None | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "display_name" not in unreadable:
            display_name: None | str | Unset
            if isinstance(self.display_name, Unset):
                display_name = UNSET
            else:
                display_name = self.display_name

            if display_name is not UNSET:
                field_dict["displayName"] = display_name
        if "family_name" not in unreadable:
            family_name: None | str | Unset
            if isinstance(self.family_name, Unset):
                family_name = UNSET
            else:
                family_name = self.family_name

            if family_name is not UNSET:
                field_dict["familyName"] = family_name
        if "given_name" not in unreadable:
            given_name: None | str | Unset
            if isinstance(self.given_name, Unset):
                given_name = UNSET
            else:
                given_name = self.given_name

            if given_name is not UNSET:
                field_dict["givenName"] = given_name
        if "email" not in unreadable:
            email: None | str | Unset
            if isinstance(self.email, Unset):
                email = UNSET
            else:
                email = self.email

            if email is not UNSET:
                field_dict["email"] = email
        if "color" not in unreadable:
            color: None | str | Unset
            if isinstance(self.color, Unset):
                color = UNSET
            else:
                color = self.color

            if color is not UNSET:
                field_dict["color"] = color
        if "avatar_url" not in unreadable:
            avatar_url: None | str | Unset
            if isinstance(self.avatar_url, Unset):
                avatar_url = UNSET
            else:
                avatar_url = self.avatar_url

            if avatar_url is not UNSET:
                field_dict["avatarUrl"] = avatar_url
        if "tenant_id" not in unreadable:
            tenant_id: int | None | Unset
            if isinstance(self.tenant_id, Unset):
                tenant_id = UNSET
            else:
                tenant_id = self.tenant_id

            if tenant_id is not UNSET:
                field_dict["tenantId"] = tenant_id
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
            if len(src_dict) >= 8:
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
        if type(value) is int or value is None:
            parsed.id = value
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            invalid(parsed, "id", "id", "int | None", value)

        value = values[1]
        if isinstance(value, str) or value is None:
            parsed.display_name = value
        elif value is UNSET:
            parsed.display_name = UNSET
            absent += 1
        else:
            invalid(parsed, "display_name", "displayName", "str | None", value)

        value = values[2]
        if isinstance(value, str) or value is None:
            parsed.family_name = value
        elif value is UNSET:
            parsed.family_name = UNSET
            absent += 1
        else:
            invalid(parsed, "family_name", "familyName", "str | None", value)

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.given_name = value
        elif value is UNSET:
            parsed.given_name = UNSET
            absent += 1
        else:
            invalid(parsed, "given_name", "givenName", "str | None", value)

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.email = value
        elif value is UNSET:
            parsed.email = UNSET
            absent += 1
        else:
            invalid(parsed, "email", "email", "str | None", value)

        value = values[5]
        if isinstance(value, str) or value is None:
            parsed.color = value
        elif value is UNSET:
            parsed.color = UNSET
            absent += 1
        else:
            invalid(parsed, "color", "color", "str | None", value)

        value = values[6]
        if isinstance(value, str) or value is None:
            parsed.avatar_url = value
        elif value is UNSET:
            parsed.avatar_url = UNSET
            absent += 1
        else:
            invalid(parsed, "avatar_url", "avatarUrl", "str | None", value)

        value = values[7]
        if type(value) is int or value is None:
            parsed.tenant_id = value
        elif value is UNSET:
            parsed.tenant_id = UNSET
            absent += 1
        else:
            invalid(parsed, "tenant_id", "tenantId", "int | None", value)

        if len(src_dict) + absent == 8:  # every key is a known one
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
