from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import VariantMismatchError
from .._lazy import (
    MISSING,
    LazyModel,
    Misfit,
    deferred,
    each,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_response_item_dto import AuditResponseItemDto
else:
    AuditResponseItemDto = deferred(globals(), "AuditResponseItemDto", "..models.audit_response_item_dto")


def _parse_response_items(data: Any) -> Any:
    if data is MISSING:
        raise Misfit(data)
    if isinstance(data, list):
        return each(data, _parse_response_items_item)

    raise Misfit(data)


def _parse_response_items_item(data: Any) -> Any:
    if isinstance(data, dict):
        try:
            return AuditResponseItemDto.from_dict(data)
        except VariantMismatchError:
            pass

    raise Misfit(data)


_KEYS: Final[tuple[str, ...]] = (
    "id",
    "responseItems",
    "initialization",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "id": MISSING,
    "responseItems": MISSING,
    "initialization": UNSET,
}

T = TypeVar("T", bound="AuditResponseUpdateDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AuditResponseUpdateDto(LazyModel):
    """Attributes:
    id (UUID):
    response_items (list[AuditResponseItemDto]):
    initialization (bool | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("response_items", "responseItems"),
        ("initialization", "initialization"),
    )

    id: UUID
    response_items: list[AuditResponseItemDto]
    initialization: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "id" not in unreadable:
            id = str(self.id)

            field_dict["id"] = id
        if "response_items" not in unreadable:
            response_items = []
            for response_items_item_data in self.response_items:
                response_items_item = response_items_item_data.to_dict()
                response_items.append(response_items_item)

            field_dict["responseItems"] = response_items
        if "initialization" not in unreadable:
            initialization: bool | None | Unset
            if isinstance(self.initialization, Unset):
                initialization = UNSET
            else:
                initialization = self.initialization

            if initialization is not UNSET:
                field_dict["initialization"] = initialization
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
        value = values[0]
        try:
            parsed.id = parse_uuid(value)
        except (TypeError, ValueError, AttributeError):
            invalid(parsed, "id", "id", "UUID", value)
            absent += value is MISSING

        value = values[1]
        try:
            parsed.response_items = _parse_response_items(value)
        except Misfit as misfit:
            invalid(parsed, "response_items", "responseItems", "list[AuditResponseItemDto]", value, misfit)
            absent += value is MISSING

        value = values[2]
        if type(value) is bool or value is None:
            parsed.initialization = value
        elif value is UNSET:
            parsed.initialization = UNSET
            absent += 1
        else:
            invalid(parsed, "initialization", "initialization", "bool | None", value)

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
