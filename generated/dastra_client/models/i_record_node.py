from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_processing_node_type import DataProcessingNodeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.node_danger import NodeDanger


T = TypeVar("T", bound="IRecordNode")


@_attrs_define
class IRecordNode:
    """
    Attributes:
        id (None | str | Unset):
        object_id (None | str | Unset):
        label (None | str | Unset):
        link_tooltip (None | str | Unset):
        dangers (list[NodeDanger] | None | Unset):
        type_ (DataProcessingNodeType | None | str | Unset):
    """

    id: None | str | Unset = UNSET
    object_id: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    link_tooltip: None | str | Unset = UNSET
    dangers: list[NodeDanger] | None | Unset = UNSET
    type_: DataProcessingNodeType | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        object_id: None | str | Unset
        if isinstance(self.object_id, Unset):
            object_id = UNSET
        else:
            object_id = self.object_id

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        link_tooltip: None | str | Unset
        if isinstance(self.link_tooltip, Unset):
            link_tooltip = UNSET
        else:
            link_tooltip = self.link_tooltip

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

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, DataProcessingNodeType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        if label is not UNSET:
            field_dict["label"] = label
        if link_tooltip is not UNSET:
            field_dict["linkTooltip"] = link_tooltip
        if dangers is not UNSET:
            field_dict["dangers"] = dangers
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.node_danger import NodeDanger

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_object_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_id = _parse_object_id(d.pop("objectId", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_link_tooltip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        link_tooltip = _parse_link_tooltip(d.pop("linkTooltip", UNSET))

        def _parse_dangers(data: object) -> list[NodeDanger] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dangers_type_0 = []
                _dangers_type_0 = data
                for dangers_type_0_item_data in _dangers_type_0:
                    dangers_type_0_item = NodeDanger.from_dict(dangers_type_0_item_data)

                    dangers_type_0.append(dangers_type_0_item)

                return dangers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[NodeDanger] | None | Unset, data)

        dangers = _parse_dangers(d.pop("dangers", UNSET))

        def _parse_type_(data: object) -> DataProcessingNodeType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = DataProcessingNodeType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataProcessingNodeType | None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        i_record_node = cls(
            id=id,
            object_id=object_id,
            label=label,
            link_tooltip=link_tooltip,
            dangers=dangers,
            type_=type_,
        )

        i_record_node.additional_properties = d
        return i_record_node

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
