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
    "originId",
    "reverse",
    "targetType",
    "targetIds",
    "originType",
    "label",
    "description",
    "create",
    "newLabel",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "originId": MISSING,
    "reverse": UNSET,
    "targetType": UNSET,
    "targetIds": UNSET,
    "originType": UNSET,
    "label": UNSET,
    "description": UNSET,
    "create": UNSET,
    "newLabel": UNSET,
}

T = TypeVar("T", bound="GenericRelationShipCreationDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GenericRelationShipCreationDto(LazyModel):
    """Attributes:
    origin_id (str):
    reverse (bool | None | Unset):
    target_type (None | RelationShipObjectType | str | Unset):
    target_ids (list[str] | None | Unset):
    origin_type (None | RelationShipObjectType | str | Unset):
    label (None | str | Unset):
    description (None | str | Unset):
    create (bool | None | Unset):
    new_label (None | str | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("origin_id", "originId"),
        ("reverse", "reverse"),
        ("target_type", "targetType"),
        ("target_ids", "targetIds"),
        ("origin_type", "originType"),
        ("label", "label"),
        ("description", "description"),
        ("create", "create"),
        ("new_label", "newLabel"),
    )

    origin_id: str
    reverse: bool | None | Unset = UNSET
    target_type: None | RelationShipObjectType | str | Unset = UNSET
    target_ids: list[str] | None | Unset = UNSET
    origin_type: None | RelationShipObjectType | str | Unset = UNSET
    label: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    create: bool | None | Unset = UNSET
    new_label: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "origin_id" not in unreadable:
            origin_id = self.origin_id

            field_dict["originId"] = origin_id
        if "reverse" not in unreadable:
            reverse: bool | None | Unset
            if isinstance(self.reverse, Unset):
                reverse = UNSET
            else:
                reverse = self.reverse

            if reverse is not UNSET:
                field_dict["reverse"] = reverse
        if "target_type" not in unreadable:
            target_type: None | str | Unset
            if isinstance(self.target_type, Unset):
                target_type = UNSET
            elif isinstance(self.target_type, RelationShipObjectType):
                target_type = self.target_type.value
            else:
                target_type = self.target_type

            if target_type is not UNSET:
                field_dict["targetType"] = target_type
        if "target_ids" not in unreadable:
            target_ids: list[str] | None | Unset
            if isinstance(self.target_ids, Unset):
                target_ids = UNSET
            elif isinstance(self.target_ids, list):
                target_ids = self.target_ids

            else:
                target_ids = self.target_ids

            if target_ids is not UNSET:
                field_dict["targetIds"] = target_ids
        if "origin_type" not in unreadable:
            origin_type: None | str | Unset
            if isinstance(self.origin_type, Unset):
                origin_type = UNSET
            elif isinstance(self.origin_type, RelationShipObjectType):
                origin_type = self.origin_type.value
            else:
                origin_type = self.origin_type

            if origin_type is not UNSET:
                field_dict["originType"] = origin_type
        if "label" not in unreadable:
            label: None | str | Unset
            if isinstance(self.label, Unset):
                label = UNSET
            else:
                label = self.label

            if label is not UNSET:
                field_dict["label"] = label
        if "description" not in unreadable:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

            if description is not UNSET:
                field_dict["description"] = description
        if "create" not in unreadable:
            create: bool | None | Unset
            if isinstance(self.create, Unset):
                create = UNSET
            else:
                create = self.create

            if create is not UNSET:
                field_dict["create"] = create
        if "new_label" not in unreadable:
            new_label: None | str | Unset
            if isinstance(self.new_label, Unset):
                new_label = UNSET
            else:
                new_label = self.new_label

            if new_label is not UNSET:
                field_dict["newLabel"] = new_label
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
            if len(src_dict) >= 9:
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
            parsed.origin_id = value
        else:
            invalid(parsed, "origin_id", "originId", "str", value)
            absent += value is MISSING

        value = values[1]
        if type(value) is bool or value is None:
            parsed.reverse = value
        elif value is UNSET:
            parsed.reverse = UNSET
            absent += 1
        else:
            invalid(parsed, "reverse", "reverse", "bool | None", value)

        value = values[2]
        if isinstance(value, str):
            parsed.target_type = _RELATION_SHIP_OBJECT_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.target_type = None
        elif value is UNSET:
            parsed.target_type = UNSET
            absent += 1
        else:
            invalid(parsed, "target_type", "targetType", "RelationShipObjectType | str | None", value)

        value = values[3]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "target_ids",
                        "targetIds",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.target_ids = value
        elif value is None:
            parsed.target_ids = None
        elif value is UNSET:
            parsed.target_ids = UNSET
            absent += 1
        else:
            invalid(parsed, "target_ids", "targetIds", "list[str] | None", value)

        value = values[4]
        if isinstance(value, str):
            parsed.origin_type = _RELATION_SHIP_OBJECT_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.origin_type = None
        elif value is UNSET:
            parsed.origin_type = UNSET
            absent += 1
        else:
            invalid(parsed, "origin_type", "originType", "RelationShipObjectType | str | None", value)

        value = values[5]
        if isinstance(value, str) or value is None:
            parsed.label = value
        elif value is UNSET:
            parsed.label = UNSET
            absent += 1
        else:
            invalid(parsed, "label", "label", "str | None", value)

        value = values[6]
        if isinstance(value, str) or value is None:
            parsed.description = value
        elif value is UNSET:
            parsed.description = UNSET
            absent += 1
        else:
            invalid(parsed, "description", "description", "str | None", value)

        value = values[7]
        if type(value) is bool or value is None:
            parsed.create = value
        elif value is UNSET:
            parsed.create = UNSET
            absent += 1
        else:
            invalid(parsed, "create", "create", "bool | None", value)

        value = values[8]
        if isinstance(value, str) or value is None:
            parsed.new_label = value
        elif value is UNSET:
            parsed.new_label = UNSET
            absent += 1
        else:
            invalid(parsed, "new_label", "newLabel", "str | None", value)

        if len(src_dict) + absent == 9:  # every key is a known one
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
