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
from ..models.data_processing_node_type import DataProcessingNodeType
from ..types import UNSET, Unset

_DATA_PROCESSING_NODE_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in DataProcessingNodeType
}


_KEYS: Final[tuple[str, ...]] = (
    "target",
    "targetId",
    "targetType",
    "source",
    "sourceId",
    "sourceType",
    "value",
    "width",
    "description",
    "tooltip",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "target": UNSET,
    "targetId": UNSET,
    "targetType": UNSET,
    "source": UNSET,
    "sourceId": UNSET,
    "sourceType": UNSET,
    "value": UNSET,
    "width": UNSET,
    "description": UNSET,
    "tooltip": UNSET,
}

T = TypeVar("T", bound="IRecordRelationShip")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class IRecordRelationShip(LazyModel):
    """Attributes:
    target (None | str | Unset):
    target_id (None | str | Unset):
    target_type (DataProcessingNodeType | None | str | Unset):
    source (None | str | Unset):
    source_id (None | str | Unset):
    source_type (DataProcessingNodeType | None | str | Unset):
    value (int | None | Unset):
    width (int | None | Unset):
    description (None | str | Unset):
    tooltip (None | str | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("target", "target"),
        ("target_id", "targetId"),
        ("target_type", "targetType"),
        ("source", "source"),
        ("source_id", "sourceId"),
        ("source_type", "sourceType"),
        ("value", "value"),
        ("width", "width"),
        ("description", "description"),
        ("tooltip", "tooltip"),
    )

    target: None | str | Unset = UNSET
    target_id: None | str | Unset = UNSET
    target_type: DataProcessingNodeType | None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    source_id: None | str | Unset = UNSET
    source_type: DataProcessingNodeType | None | str | Unset = UNSET
    value: int | None | Unset = UNSET
    width: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    tooltip: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "target" not in unreadable:
            target: None | str | Unset
            if isinstance(self.target, Unset):
                target = UNSET
            else:
                target = self.target

            if target is not UNSET:
                field_dict["target"] = target
        if "target_id" not in unreadable:
            target_id: None | str | Unset
            if isinstance(self.target_id, Unset):
                target_id = UNSET
            else:
                target_id = self.target_id

            if target_id is not UNSET:
                field_dict["targetId"] = target_id
        if "target_type" not in unreadable:
            target_type: None | str | Unset
            if isinstance(self.target_type, Unset):
                target_type = UNSET
            elif isinstance(self.target_type, DataProcessingNodeType):
                target_type = self.target_type.value
            else:
                target_type = self.target_type

            if target_type is not UNSET:
                field_dict["targetType"] = target_type
        if "source" not in unreadable:
            source: None | str | Unset
            if isinstance(self.source, Unset):
                source = UNSET
            else:
                source = self.source

            if source is not UNSET:
                field_dict["source"] = source
        if "source_id" not in unreadable:
            source_id: None | str | Unset
            if isinstance(self.source_id, Unset):
                source_id = UNSET
            else:
                source_id = self.source_id

            if source_id is not UNSET:
                field_dict["sourceId"] = source_id
        if "source_type" not in unreadable:
            source_type: None | str | Unset
            if isinstance(self.source_type, Unset):
                source_type = UNSET
            elif isinstance(self.source_type, DataProcessingNodeType):
                source_type = self.source_type.value
            else:
                source_type = self.source_type

            if source_type is not UNSET:
                field_dict["sourceType"] = source_type
        if "value" not in unreadable:
            value: int | None | Unset
            if isinstance(self.value, Unset):
                value = UNSET
            else:
                value = self.value

            if value is not UNSET:
                field_dict["value"] = value
        if "width" not in unreadable:
            width: int | None | Unset
            if isinstance(self.width, Unset):
                width = UNSET
            else:
                width = self.width

            if width is not UNSET:
                field_dict["width"] = width
        if "description" not in unreadable:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

            if description is not UNSET:
                field_dict["description"] = description
        if "tooltip" not in unreadable:
            tooltip: None | str | Unset
            if isinstance(self.tooltip, Unset):
                tooltip = UNSET
            else:
                tooltip = self.tooltip

            if tooltip is not UNSET:
                field_dict["tooltip"] = tooltip
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
            if len(src_dict) >= 10:
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
        if isinstance(value, str) or value is None:
            parsed.target = value
        elif value is UNSET:
            parsed.target = UNSET
            absent += 1
        else:
            invalid(parsed, "target", "target", "str | None", value)

        value = values[1]
        if isinstance(value, str) or value is None:
            parsed.target_id = value
        elif value is UNSET:
            parsed.target_id = UNSET
            absent += 1
        else:
            invalid(parsed, "target_id", "targetId", "str | None", value)

        value = values[2]
        if isinstance(value, str):
            parsed.target_type = _DATA_PROCESSING_NODE_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.target_type = None
        elif value is UNSET:
            parsed.target_type = UNSET
            absent += 1
        else:
            invalid(parsed, "target_type", "targetType", "DataProcessingNodeType | str | None", value)

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.source = value
        elif value is UNSET:
            parsed.source = UNSET
            absent += 1
        else:
            invalid(parsed, "source", "source", "str | None", value)

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.source_id = value
        elif value is UNSET:
            parsed.source_id = UNSET
            absent += 1
        else:
            invalid(parsed, "source_id", "sourceId", "str | None", value)

        value = values[5]
        if isinstance(value, str):
            parsed.source_type = _DATA_PROCESSING_NODE_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.source_type = None
        elif value is UNSET:
            parsed.source_type = UNSET
            absent += 1
        else:
            invalid(parsed, "source_type", "sourceType", "DataProcessingNodeType | str | None", value)

        value = values[6]
        if type(value) is int or value is None:
            parsed.value = value
        elif value is UNSET:
            parsed.value = UNSET
            absent += 1
        else:
            invalid(parsed, "value", "value", "int | None", value)

        value = values[7]
        if type(value) is int or value is None:
            parsed.width = value
        elif value is UNSET:
            parsed.width = UNSET
            absent += 1
        else:
            invalid(parsed, "width", "width", "int | None", value)

        value = values[8]
        if isinstance(value, str) or value is None:
            parsed.description = value
        elif value is UNSET:
            parsed.description = UNSET
            absent += 1
        else:
            invalid(parsed, "description", "description", "str | None", value)

        value = values[9]
        if isinstance(value, str) or value is None:
            parsed.tooltip = value
        elif value is UNSET:
            parsed.tooltip = UNSET
            absent += 1
        else:
            invalid(parsed, "tooltip", "tooltip", "str | None", value)

        if len(src_dict) + absent == 10:  # every key is a known one
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
