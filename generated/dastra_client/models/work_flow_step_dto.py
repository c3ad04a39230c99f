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
from ..models.workflow_type import WorkflowType
from ..types import UNSET, Unset

_WORKFLOW_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in WorkflowType}


_KEYS: Final[tuple[str, ...]] = (
    "label",
    "id",
    "color",
    "order",
    "itemLimit",
    "type",
    "finalStep",
    "initialStep",
    "descriptionHtml",
    "mappedState",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "label": MISSING,
    "id": UNSET,
    "color": UNSET,
    "order": UNSET,
    "itemLimit": UNSET,
    "type": UNSET,
    "finalStep": UNSET,
    "initialStep": UNSET,
    "descriptionHtml": UNSET,
    "mappedState": UNSET,
}

T = TypeVar("T", bound="WorkFlowStepDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class WorkFlowStepDto(LazyModel):
    """Attributes:
    label (str):
    id (int | None | Unset):
    color (None | str | Unset):
    order (int | None | Unset):
    item_limit (int | None | Unset):
    type_ (None | str | Unset | WorkflowType):
    final_step (bool | None | Unset):
    initial_step (bool | None | Unset):
    description_html (None | str | Unset):
    mapped_state (None | str | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("label", "label"),
        ("id", "id"),
        ("color", "color"),
        ("order", "order"),
        ("item_limit", "itemLimit"),
        ("type_", "type"),
        ("final_step", "finalStep"),
        ("initial_step", "initialStep"),
        ("description_html", "descriptionHtml"),
        ("mapped_state", "mappedState"),
    )

    label: str
    id: int | None | Unset = UNSET
    color: None | str | Unset = UNSET
    order: int | None | Unset = UNSET
    item_limit: int | None | Unset = UNSET
    type_: None | str | Unset | WorkflowType = UNSET
    final_step: bool | None | Unset = UNSET
    initial_step: bool | None | Unset = UNSET
    description_html: None | str | Unset = UNSET
    mapped_state: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "label" not in unreadable:
            label = self.label

            field_dict["label"] = label
        if "id" not in unreadable:
            id: int | None | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "color" not in unreadable:
            color: None | str | Unset
            if isinstance(self.color, Unset):
                color = UNSET
            else:
                color = self.color

            if color is not UNSET:
                field_dict["color"] = color
        if "order" not in unreadable:
            order: int | None | Unset
            if isinstance(self.order, Unset):
                order = UNSET
            else:
                order = self.order

            if order is not UNSET:
                field_dict["order"] = order
        if "item_limit" not in unreadable:
            item_limit: int | None | Unset
            if isinstance(self.item_limit, Unset):
                item_limit = UNSET
            else:
                item_limit = self.item_limit

            if item_limit is not UNSET:
                field_dict["itemLimit"] = item_limit
        if "type_" not in unreadable:
            type_: None | str | Unset
            if isinstance(self.type_, Unset):
                type_ = UNSET
            elif isinstance(self.type_, WorkflowType):
                type_ = self.type_.value
            else:
                type_ = self.type_

            if type_ is not UNSET:
                field_dict["type"] = type_
        if "final_step" not in unreadable:
            final_step: bool | None | Unset
            if isinstance(self.final_step, Unset):
                final_step = UNSET
            else:
                final_step = self.final_step

            if final_step is not UNSET:
                field_dict["finalStep"] = final_step
        if "initial_step" not in unreadable:
            initial_step: bool | None | Unset
            if isinstance(self.initial_step, Unset):
                initial_step = UNSET
            else:
                initial_step = self.initial_step

            if initial_step is not UNSET:
                field_dict["initialStep"] = initial_step
        if "description_html" not in unreadable:
            description_html: None | str | Unset
            if isinstance(self.description_html, Unset):
                description_html = UNSET
            else:
                description_html = self.description_html

            if description_html is not UNSET:
                field_dict["descriptionHtml"] = description_html
        if "mapped_state" not in unreadable:
            mapped_state: None | str | Unset
            if isinstance(self.mapped_state, Unset):
                mapped_state = UNSET
            else:
                mapped_state = self.mapped_state

            if mapped_state is not UNSET:
                field_dict["mappedState"] = mapped_state
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
        if isinstance(value, str):
            parsed.label = value
        else:
            invalid(parsed, "label", "label", "str", value)
            absent += value is MISSING

        value = values[1]
        if type(value) is int or value is None:
            parsed.id = value
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            invalid(parsed, "id", "id", "int | None", value)

        value = values[2]
        if isinstance(value, str) or value is None:
            parsed.color = value
        elif value is UNSET:
            parsed.color = UNSET
            absent += 1
        else:
            invalid(parsed, "color", "color", "str | None", value)

        value = values[3]
        if type(value) is int or value is None:
            parsed.order = value
        elif value is UNSET:
            parsed.order = UNSET
            absent += 1
        else:
            invalid(parsed, "order", "order", "int | None", value)

        value = values[4]
        if type(value) is int or value is None:
            parsed.item_limit = value
        elif value is UNSET:
            parsed.item_limit = UNSET
            absent += 1
        else:
            invalid(parsed, "item_limit", "itemLimit", "int | None", value)

        value = values[5]
        if isinstance(value, str):
            parsed.type_ = _WORKFLOW_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.type_ = None
        elif value is UNSET:
            parsed.type_ = UNSET
            absent += 1
        else:
            invalid(parsed, "type_", "type", "str | WorkflowType | None", value)

        value = values[6]
        if type(value) is bool or value is None:
            parsed.final_step = value
        elif value is UNSET:
            parsed.final_step = UNSET
            absent += 1
        else:
            invalid(parsed, "final_step", "finalStep", "bool | None", value)

        value = values[7]
        if type(value) is bool or value is None:
            parsed.initial_step = value
        elif value is UNSET:
            parsed.initial_step = UNSET
            absent += 1
        else:
            invalid(parsed, "initial_step", "initialStep", "bool | None", value)

        value = values[8]
        if isinstance(value, str) or value is None:
            parsed.description_html = value
        elif value is UNSET:
            parsed.description_html = UNSET
            absent += 1
        else:
            invalid(parsed, "description_html", "descriptionHtml", "str | None", value)

        value = values[9]
        if isinstance(value, str) or value is None:
            parsed.mapped_state = value
        elif value is UNSET:
            parsed.mapped_state = UNSET
            absent += 1
        else:
            invalid(parsed, "mapped_state", "mappedState", "str | None", value)

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
