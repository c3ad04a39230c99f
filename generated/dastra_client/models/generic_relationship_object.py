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
from ..models.relation_ship_object_type import RelationShipObjectType
from ..types import UNSET, Unset

_RELATION_SHIP_OBJECT_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in RelationShipObjectType
}


_KEYS: Final[tuple[str, ...]] = (
    "id",
    "type",
    "label",
    "logoUrl",
    "description",
    "deleted",
    "archived",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "id": MISSING,
    "type": MISSING,
    "label": UNSET,
    "logoUrl": UNSET,
    "description": UNSET,
    "deleted": UNSET,
    "archived": UNSET,
}

T = TypeVar("T", bound="GenericRelationshipObject")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GenericRelationshipObject(LazyModel):
    """Attributes:
    id (str):
    type_ (RelationShipObjectType | str):
    label (None | str | Unset):
    logo_url (None | str | Unset):
    description (None | str | Unset):
    deleted (bool | None | Unset):
    archived (bool | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("type_", "type"),
        ("label", "label"),
        ("logo_url", "logoUrl"),
        ("description", "description"),
        ("deleted", "deleted"),
        ("archived", "archived"),
    )

    id: str
    type_: RelationShipObjectType | str
    label: None | str | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    deleted: bool | None | Unset = UNSET
    archived: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "id" not in unreadable:
            id = self.id

            field_dict["id"] = id
        if "type_" not in unreadable:
            type_: str
            if isinstance(self.type_, RelationShipObjectType):
                type_ = self.type_.value
            else:
                type_ = self.type_

            field_dict["type"] = type_
        if "label" not in unreadable:
            label: None | str | Unset
            if isinstance(self.label, Unset):
                label = UNSET
            else:
                label = self.label

            if label is not UNSET:
                field_dict["label"] = label
        if "logo_url" not in unreadable:
            logo_url: None | str | Unset
            if isinstance(self.logo_url, Unset):
                logo_url = UNSET
            else:
                logo_url = self.logo_url

            if logo_url is not UNSET:
                field_dict["logoUrl"] = logo_url
        if "description" not in unreadable:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

            if description is not UNSET:
                field_dict["description"] = description
        if "deleted" not in unreadable:
            deleted: bool | None | Unset
            if isinstance(self.deleted, Unset):
                deleted = UNSET
            else:
                deleted = self.deleted

            if deleted is not UNSET:
                field_dict["deleted"] = deleted
        if "archived" not in unreadable:
            archived: bool | None | Unset
            if isinstance(self.archived, Unset):
                archived = UNSET
            else:
                archived = self.archived

            if archived is not UNSET:
                field_dict["archived"] = archived
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
        if isinstance(value, str):
            parsed.id = value
        else:
            invalid(parsed, "id", "id", "str", value)
            absent += value is MISSING

        value = values[1]
        if isinstance(value, str):
            parsed.type_ = _RELATION_SHIP_OBJECT_TYPE_BY_VALUE.get(value, value)
        else:
            invalid(parsed, "type_", "type", "RelationShipObjectType | str", value)
            absent += value is MISSING

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
            parsed.logo_url = value
        elif value is UNSET:
            parsed.logo_url = UNSET
            absent += 1
        else:
            invalid(parsed, "logo_url", "logoUrl", "str | None", value)

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.description = value
        elif value is UNSET:
            parsed.description = UNSET
            absent += 1
        else:
            invalid(parsed, "description", "description", "str | None", value)

        value = values[5]
        if type(value) is bool or value is None:
            parsed.deleted = value
        elif value is UNSET:
            parsed.deleted = UNSET
            absent += 1
        else:
            invalid(parsed, "deleted", "deleted", "bool | None", value)

        value = values[6]
        if type(value) is bool or value is None:
            parsed.archived = value
        elif value is UNSET:
            parsed.archived = UNSET
            absent += 1
        else:
            invalid(parsed, "archived", "archived", "bool | None", value)

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
