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
from ..models.relation_ship_object_type import RelationShipObjectType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generic_relationship_object import GenericRelationshipObject
    from ..models.user_light_dto import UserLightDto
else:
    GenericRelationshipObject = deferred(
        globals(), "GenericRelationshipObject", "..models.generic_relationship_object"
    )
    UserLightDto = deferred(globals(), "UserLightDto", "..models.user_light_dto")


_RELATION_SHIP_OBJECT_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in RelationShipObjectType
}


def _load_target(model: GenericRelationShipLinkedObjectDto, source: Mapping[str, Any]) -> Any:
    value = source.get("target", UNSET)
    if value is None or value is UNSET:
        model.target = value
        return value
    if isinstance(value, dict):
        try:
            model.target = result = GenericRelationshipObject.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "target", "target", "GenericRelationshipObject | None", value)
    else:
        result = invalid(model, "target", "target", "GenericRelationshipObject | None", value)
    return result


def _load_creator(model: GenericRelationShipLinkedObjectDto, source: Mapping[str, Any]) -> Any:
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


_KEYS: Final[tuple[str, ...]] = (
    "originId",
    "id",
    "target",
    "reverse",
    "originType",
    "label",
    "description",
    "dateCreation",
    "creator",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "originId": MISSING,
    "id": UNSET,
    "target": UNSET,
    "reverse": UNSET,
    "originType": UNSET,
    "label": UNSET,
    "description": UNSET,
    "dateCreation": UNSET,
    "creator": UNSET,
}

T = TypeVar("T", bound="GenericRelationShipLinkedObjectDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GenericRelationShipLinkedObjectDto(LazyModel):
    """Attributes:
    origin_id (str):
    id (None | Unset | UUID):
    target (GenericRelationshipObject | None | Unset):
    reverse (bool | None | Unset):
    origin_type (None | RelationShipObjectType | str | Unset):
    label (None | str | Unset):
    description (None | str | Unset):
    date_creation (datetime.datetime | None | Unset):
    creator (None | Unset | UserLightDto):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("origin_id", "originId"),
        ("id", "id"),
        ("target", "target"),
        ("reverse", "reverse"),
        ("origin_type", "originType"),
        ("label", "label"),
        ("description", "description"),
        ("date_creation", "dateCreation"),
        ("creator", "creator"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "target": _load_target,
        "creator": _load_creator,
    }

    origin_id: str
    id: None | Unset | UUID = UNSET
    target: GenericRelationshipObject | None | Unset = UNSET
    reverse: bool | None | Unset = UNSET
    origin_type: None | RelationShipObjectType | str | Unset = UNSET
    label: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    creator: None | Unset | UserLightDto = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.generic_relationship_object import GenericRelationshipObject
        from ..models.user_light_dto import UserLightDto

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "origin_id" not in unreadable:
            origin_id = self.origin_id

            field_dict["originId"] = origin_id
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
        if "target" not in unreadable:
            target: dict[str, Any] | None | Unset
            if isinstance(self.target, Unset):
                target = UNSET
            elif isinstance(self.target, GenericRelationshipObject):
                target = self.target.to_dict()
            else:
                target = self.target

            if target is not UNSET:
                field_dict["target"] = target
        if "reverse" not in unreadable:
            reverse: bool | None | Unset
            if isinstance(self.reverse, Unset):
                reverse = UNSET
            else:
                reverse = self.reverse

            if reverse is not UNSET:
                field_dict["reverse"] = reverse
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
        # Optional nested values are parsed on first access (LazyModel), or now in eager mode.
        eager = EAGER.get()
        if not eager:
            parsed._source = src_dict
        value = values[0]
        if isinstance(value, str):
            parsed.origin_id = value
        else:
            invalid(parsed, "origin_id", "originId", "str", value)
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
        if value is None:
            parsed.target = None
        elif value is UNSET:
            parsed.target = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.target = GenericRelationshipObject.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "target", "target", "GenericRelationshipObject | None", value)
            else:
                invalid(parsed, "target", "target", "GenericRelationshipObject | None", value)

        value = values[3]
        if type(value) is bool or value is None:
            parsed.reverse = value
        elif value is UNSET:
            parsed.reverse = UNSET
            absent += 1
        else:
            invalid(parsed, "reverse", "reverse", "bool | None", value)

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

        value = values[8]
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
