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

if TYPE_CHECKING:
    from ..models.node_danger import NodeDanger











def _parse_dangers(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.NodeDanger.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_type_(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = DataProcessingNodeType._value2member_map_.get(data)
    if member is not None:
        return member
    return data



def _load_dangers(source: Mapping[str, Any]) -> Any:
    return _parse_dangers(source.get("dangers", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("id", "objectId", "label", "linkTooltip", "dangers", "type", ))

T = TypeVar("T", bound="IRecordNode")



@_attrs_define
class IRecordNode(LazyModel):
    """Attributes:
        id (None | str | Unset):
        object_id (None | str | Unset):
        label (None | str | Unset):
        link_tooltip (None | str | Unset):
        dangers (list[NodeDanger] | None | Unset):
        type_ (DataProcessingNodeType | None | str | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
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
        from ..models.node_danger import NodeDanger  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        object_id: None | str | Unset
        if isinstance(self.object_id, Unset):
            object_id = UNSET
        else:
            object_id = self.object_id

        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        if label is not UNSET:
            field_dict["label"] = label
        link_tooltip: None | str | Unset
        if isinstance(self.link_tooltip, Unset):
            link_tooltip = UNSET
        else:
            link_tooltip = self.link_tooltip

        if link_tooltip is not UNSET:
            field_dict["linkTooltip"] = link_tooltip
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
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, DataProcessingNodeType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        if type_ is not UNSET:
            field_dict["type"] = type_
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.id = src_dict.get("id", UNSET)
        parsed.object_id = src_dict.get("objectId", UNSET)
        parsed.label = src_dict.get("label", UNSET)
        parsed.link_tooltip = src_dict.get("linkTooltip", UNSET)
        parsed.type_ = _parse_type_(src_dict.get("type", UNSET))
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
