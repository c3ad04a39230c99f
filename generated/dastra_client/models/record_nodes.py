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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.i_record_node import IRecordNode
    from ..models.i_record_relation_ship import IRecordRelationShip
else:
    IRecordNode = deferred(globals(), "IRecordNode", "..models.i_record_node")
    IRecordRelationShip = deferred(globals(), "IRecordRelationShip", "..models.i_record_relation_ship")


def _load_nodes(model: RecordNodes, source: Mapping[str, Any]) -> Any:
    value = source.get("nodes", UNSET)
    if value is None or value is UNSET:
        model.nodes = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.nodes = result = list(map(IRecordNode.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model, "nodes", "nodes", "list[IRecordNode] | None", value, items=IRecordNode.from_dict
            )
    else:
        result = invalid(model, "nodes", "nodes", "list[IRecordNode] | None", value)
    return result


def _load_links(model: RecordNodes, source: Mapping[str, Any]) -> Any:
    value = source.get("links", UNSET)
    if value is None or value is UNSET:
        model.links = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.links = result = list(map(IRecordRelationShip.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "links",
                "links",
                "list[IRecordRelationShip] | None",
                value,
                items=IRecordRelationShip.from_dict,
            )
    else:
        result = invalid(model, "links", "links", "list[IRecordRelationShip] | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "nodes",
    "links",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "nodes": UNSET,
    "links": UNSET,
}

T = TypeVar("T", bound="RecordNodes")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RecordNodes(LazyModel):
    """Attributes:
    nodes (list[IRecordNode] | None | Unset):
    links (list[IRecordRelationShip] | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("nodes", "nodes"),
        ("links", "links"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "nodes": _load_nodes,
        "links": _load_links,
    }

    nodes: list[IRecordNode] | None | Unset = UNSET
    links: list[IRecordRelationShip] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "nodes" not in unreadable:
            nodes: list[dict[str, Any]] | None | Unset
            if isinstance(self.nodes, Unset):
                nodes = UNSET
            elif isinstance(self.nodes, list):
                nodes = []
                for nodes_type_0_item_data in self.nodes:
                    nodes_type_0_item = nodes_type_0_item_data.to_dict()
                    nodes.append(nodes_type_0_item)

            else:
                nodes = self.nodes

            if nodes is not UNSET:
                field_dict["nodes"] = nodes
        if "links" not in unreadable:
            links: list[dict[str, Any]] | None | Unset
            if isinstance(self.links, Unset):
                links = UNSET
            elif isinstance(self.links, list):
                links = []
                for links_type_0_item_data in self.links:
                    links_type_0_item = links_type_0_item_data.to_dict()
                    links.append(links_type_0_item)

            else:
                links = self.links

            if links is not UNSET:
                field_dict["links"] = links
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
            if len(src_dict) >= 2:
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
            parsed.nodes = None
        elif value is UNSET:
            parsed.nodes = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.nodes = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.nodes = list(map(IRecordNode.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "nodes",
                        "nodes",
                        "list[IRecordNode] | None",
                        value,
                        items=IRecordNode.from_dict,
                    )
            else:
                invalid(parsed, "nodes", "nodes", "list[IRecordNode] | None", value)

        value = values[1]
        if value is None:
            parsed.links = None
        elif value is UNSET:
            parsed.links = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.links = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.links = list(map(IRecordRelationShip.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "links",
                        "links",
                        "list[IRecordRelationShip] | None",
                        value,
                        items=IRecordRelationShip.from_dict,
                    )
            else:
                invalid(parsed, "links", "links", "list[IRecordRelationShip] | None", value)

        if len(src_dict) + absent == 2:  # every key is a known one
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
