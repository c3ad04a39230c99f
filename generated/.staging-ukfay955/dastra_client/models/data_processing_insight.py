from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.insight_type import InsightType
from ..models.log_priority import LogPriority
from ..types import UNSET, Unset
from typing import cast









def _parse_type_(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = InsightType._value2member_map_.get(data)
    if member is not None:
        return member
    return data






def _parse_priority(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = LogPriority._value2member_map_.get(data)
    if member is not None:
        return member
    return data








_KNOWN_KEYS: frozenset[str] = frozenset(("step", "type", "color", "priority", "label", "elementsName", "description", "score", ))

T = TypeVar("T", bound="DataProcessingInsight")



@_attrs_define
class DataProcessingInsight(LazyModel):
    """Attributes:
        step (None | str | Unset):
        type_ (InsightType | None | str | Unset):
        color (None | str | Unset):
        priority (LogPriority | None | str | Unset):
        label (None | str | Unset):
        elements_name (list[str] | None | Unset):
        description (None | str | Unset):
        score (int | None | Unset):
"""


    step: None | str | Unset = UNSET
    type_: InsightType | None | str | Unset = UNSET
    color: None | str | Unset = UNSET
    priority: LogPriority | None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    elements_name: list[str] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    score: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        step: None | str | Unset
        if isinstance(self.step, Unset):
            step = UNSET
        else:
            step = self.step

        if step is not UNSET:
            field_dict["step"] = step
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, InsightType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        if type_ is not UNSET:
            field_dict["type"] = type_
        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        if color is not UNSET:
            field_dict["color"] = color
        priority: None | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        elif isinstance(self.priority, LogPriority):
            priority = self.priority.value
        else:
            priority = self.priority

        if priority is not UNSET:
            field_dict["priority"] = priority
        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        if label is not UNSET:
            field_dict["label"] = label
        elements_name: list[str] | None | Unset
        if isinstance(self.elements_name, Unset):
            elements_name = UNSET
        elif isinstance(self.elements_name, list):
            elements_name = self.elements_name


        else:
            elements_name = self.elements_name

        if elements_name is not UNSET:
            field_dict["elementsName"] = elements_name
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        if description is not UNSET:
            field_dict["description"] = description
        score: int | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        if score is not UNSET:
            field_dict["score"] = score
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.step = src_dict.get("step", UNSET)
        parsed.type_ = _parse_type_(src_dict.get("type", UNSET))
        parsed.color = src_dict.get("color", UNSET)
        parsed.priority = _parse_priority(src_dict.get("priority", UNSET))
        parsed.label = src_dict.get("label", UNSET)
        parsed.elements_name = src_dict.get("elementsName", UNSET)
        parsed.description = src_dict.get("description", UNSET)
        parsed.score = src_dict.get("score", UNSET)
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
