from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.workflow_type import WorkflowType
from ..types import UNSET, Unset
from typing import cast













def _parse_type_(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = WorkflowType._value2member_map_.get(data)
    if member is not None:
        return member
    return data








_KNOWN_KEYS: frozenset[str] = frozenset(("label", "id", "color", "order", "itemLimit", "type", "finalStep", "initialStep", "descriptionHtml", "mappedState", ))

T = TypeVar("T", bound="WorkFlowStepDto")



@_attrs_define
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
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        label = self.label

        field_dict["label"] = label
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        if color is not UNSET:
            field_dict["color"] = color
        order: int | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        else:
            order = self.order

        if order is not UNSET:
            field_dict["order"] = order
        item_limit: int | None | Unset
        if isinstance(self.item_limit, Unset):
            item_limit = UNSET
        else:
            item_limit = self.item_limit

        if item_limit is not UNSET:
            field_dict["itemLimit"] = item_limit
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, WorkflowType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        if type_ is not UNSET:
            field_dict["type"] = type_
        final_step: bool | None | Unset
        if isinstance(self.final_step, Unset):
            final_step = UNSET
        else:
            final_step = self.final_step

        if final_step is not UNSET:
            field_dict["finalStep"] = final_step
        initial_step: bool | None | Unset
        if isinstance(self.initial_step, Unset):
            initial_step = UNSET
        else:
            initial_step = self.initial_step

        if initial_step is not UNSET:
            field_dict["initialStep"] = initial_step
        description_html: None | str | Unset
        if isinstance(self.description_html, Unset):
            description_html = UNSET
        else:
            description_html = self.description_html

        if description_html is not UNSET:
            field_dict["descriptionHtml"] = description_html
        mapped_state: None | str | Unset
        if isinstance(self.mapped_state, Unset):
            mapped_state = UNSET
        else:
            mapped_state = self.mapped_state

        if mapped_state is not UNSET:
            field_dict["mappedState"] = mapped_state
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.label = src_dict["label"]
        parsed.id = src_dict.get("id", UNSET)
        parsed.color = src_dict.get("color", UNSET)
        parsed.order = src_dict.get("order", UNSET)
        parsed.item_limit = src_dict.get("itemLimit", UNSET)
        parsed.type_ = _parse_type_(src_dict.get("type", UNSET))
        parsed.final_step = src_dict.get("finalStep", UNSET)
        parsed.initial_step = src_dict.get("initialStep", UNSET)
        parsed.description_html = src_dict.get("descriptionHtml", UNSET)
        parsed.mapped_state = src_dict.get("mappedState", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
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
