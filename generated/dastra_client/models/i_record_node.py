from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import FieldValidationError
from .._lazy import (
    EAGER,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
)
from ..models.data_processing_node_type import DataProcessingNodeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.node_danger import NodeDanger
else:
    NodeDanger = deferred(globals(), "NodeDanger", "..models.node_danger")


_DATA_PROCESSING_NODE_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in DataProcessingNodeType
}


def _load_dangers(model: IRecordNode, source: Mapping[str, Any]) -> Any:
    value = source.get("dangers", UNSET)
    if value is None or value is UNSET:
        model.dangers = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.dangers = result = list(map(NodeDanger.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model, "dangers", "dangers", "list[NodeDanger] | None", value, items=NodeDanger.from_dict
            )
    else:
        result = invalid(model, "dangers", "dangers", "list[NodeDanger] | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "id",
    "objectId",
    "label",
    "linkTooltip",
    "dangers",
    "type",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "id": UNSET,
    "objectId": UNSET,
    "label": UNSET,
    "linkTooltip": UNSET,
    "dangers": UNSET,
    "type": UNSET,
}

T = TypeVar("T", bound="IRecordNode")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class IRecordNode(LazyModel):
    """Attributes:
    id (None | str | Unset):
    object_id (None | str | Unset):
    label (None | str | Unset):
    link_tooltip (None | str | Unset):
    dangers (list[NodeDanger] | None | Unset):
    type_ (DataProcessingNodeType | None | str | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("object_id", "objectId"),
        ("label", "label"),
        ("link_tooltip", "linkTooltip"),
        ("dangers", "dangers"),
        ("type_", "type"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "dangers": _load_dangers,
    }

    id: None | str | Unset = UNSET
    object_id: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    link_tooltip: None | str | Unset = UNSET
    dangers: list[NodeDanger] | None | Unset = UNSET
    type_: DataProcessingNodeType | None | str | Unset = UNSET
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
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "object_id" not in unreadable:
            object_id: None | str | Unset
            if isinstance(self.object_id, Unset):
                object_id = UNSET
            else:
                object_id = self.object_id

            if object_id is not UNSET:
                field_dict["objectId"] = object_id
        if "label" not in unreadable:
            label: None | str | Unset
            if isinstance(self.label, Unset):
                label = UNSET
            else:
                label = self.label

            if label is not UNSET:
                field_dict["label"] = label
        if "link_tooltip" not in unreadable:
            link_tooltip: None | str | Unset
            if isinstance(self.link_tooltip, Unset):
                link_tooltip = UNSET
            else:
                link_tooltip = self.link_tooltip

            if link_tooltip is not UNSET:
                field_dict["linkTooltip"] = link_tooltip
        if "dangers" not in unreadable:
            dangers: list[dict[str, Any]] | None | Unset
            if isinstance(self.dangers, Unset):
                dangers = UNSET
            elif isinstance(self.dangers, list):
                dangers = []
                for dangers_type_0_item_data in self.dangers:
                    dangers_type_0_item = dangers_type_0_item_data.to_dict()
                    dangers.append(dangers_type_0_item)

            else:
                dangers = self.dangers

            if dangers is not UNSET:
                field_dict["dangers"] = dangers
        if "type_" not in unreadable:
            type_: None | str | Unset
            if isinstance(self.type_, Unset):
                type_ = UNSET
            elif isinstance(self.type_, DataProcessingNodeType):
                type_ = self.type_.value
            else:
                type_ = self.type_

            if type_ is not UNSET:
                field_dict["type"] = type_
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
            if len(src_dict) >= 6:
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
        if isinstance(value, str) or value is None:
            parsed.id = value
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            invalid(parsed, "id", "id", "str | None", value)

        value = values[1]
        if isinstance(value, str) or value is None:
            parsed.object_id = value
        elif value is UNSET:
            parsed.object_id = UNSET
            absent += 1
        else:
            invalid(parsed, "object_id", "objectId", "str | None", value)

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
            parsed.link_tooltip = value
        elif value is UNSET:
            parsed.link_tooltip = UNSET
            absent += 1
        else:
            invalid(parsed, "link_tooltip", "linkTooltip", "str | None", value)

        value = values[4]
        if value is None:
            parsed.dangers = None
        elif value is UNSET:
            parsed.dangers = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.dangers = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.dangers = list(map(NodeDanger.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "dangers",
                        "dangers",
                        "list[NodeDanger] | None",
                        value,
                        items=NodeDanger.from_dict,
                    )
            else:
                invalid(parsed, "dangers", "dangers", "list[NodeDanger] | None", value)

        value = values[5]
        if isinstance(value, str):
            parsed.type_ = _DATA_PROCESSING_NODE_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.type_ = None
        elif value is UNSET:
            parsed.type_ = UNSET
            absent += 1
        else:
            invalid(parsed, "type_", "type", "DataProcessingNodeType | str | None", value)

        if len(src_dict) + absent == 6:  # every key is a known one
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
