from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.data_processing_node_type import DataProcessingNodeType
from ..types import UNSET, Unset
from typing import cast










def _parse_target_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = DataProcessingNodeType._value2member_map_.get(data)
    if member is not None:
        return member
    return data







def _parse_source_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = DataProcessingNodeType._value2member_map_.get(data)
    if member is not None:
        return member
    return data








_KNOWN_KEYS: frozenset[str] = frozenset(("target", "targetId", "targetType", "source", "sourceId", "sourceType", "value", "width", "description", "tooltip", ))

T = TypeVar("T", bound="IRecordRelationShip")



@_attrs_define
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
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        target: None | str | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        else:
            target = self.target

        if target is not UNSET:
            field_dict["target"] = target
        target_id: None | str | Unset
        if isinstance(self.target_id, Unset):
            target_id = UNSET
        else:
            target_id = self.target_id

        if target_id is not UNSET:
            field_dict["targetId"] = target_id
        target_type: None | str | Unset
        if isinstance(self.target_type, Unset):
            target_type = UNSET
        elif isinstance(self.target_type, DataProcessingNodeType):
            target_type = self.target_type.value
        else:
            target_type = self.target_type

        if target_type is not UNSET:
            field_dict["targetType"] = target_type
        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        if source is not UNSET:
            field_dict["source"] = source
        source_id: None | str | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        if source_id is not UNSET:
            field_dict["sourceId"] = source_id
        source_type: None | str | Unset
        if isinstance(self.source_type, Unset):
            source_type = UNSET
        elif isinstance(self.source_type, DataProcessingNodeType):
            source_type = self.source_type.value
        else:
            source_type = self.source_type

        if source_type is not UNSET:
            field_dict["sourceType"] = source_type
        value: int | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        if value is not UNSET:
            field_dict["value"] = value
        width: int | None | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

        if width is not UNSET:
            field_dict["width"] = width
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        if description is not UNSET:
            field_dict["description"] = description
        tooltip: None | str | Unset
        if isinstance(self.tooltip, Unset):
            tooltip = UNSET
        else:
            tooltip = self.tooltip

        if tooltip is not UNSET:
            field_dict["tooltip"] = tooltip
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.target = src_dict.get("target", UNSET)
        parsed.target_id = src_dict.get("targetId", UNSET)
        parsed.target_type = _parse_target_type(src_dict.get("targetType", UNSET))
        parsed.source = src_dict.get("source", UNSET)
        parsed.source_id = src_dict.get("sourceId", UNSET)
        parsed.source_type = _parse_source_type(src_dict.get("sourceType", UNSET))
        parsed.value = src_dict.get("value", UNSET)
        parsed.width = src_dict.get("width", UNSET)
        parsed.description = src_dict.get("description", UNSET)
        parsed.tooltip = src_dict.get("tooltip", UNSET)
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
