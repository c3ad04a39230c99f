from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_processing_node_type import DataProcessingNodeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="IRecordRelationShip")


@_attrs_define
class IRecordRelationShip:
    """
    Attributes:
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
        target: None | str | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        else:
            target = self.target

        target_id: None | str | Unset
        if isinstance(self.target_id, Unset):
            target_id = UNSET
        else:
            target_id = self.target_id

        target_type: None | str | Unset
        if isinstance(self.target_type, Unset):
            target_type = UNSET
        elif isinstance(self.target_type, DataProcessingNodeType):
            target_type = self.target_type.value
        else:
            target_type = self.target_type

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        source_id: None | str | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        source_type: None | str | Unset
        if isinstance(self.source_type, Unset):
            source_type = UNSET
        elif isinstance(self.source_type, DataProcessingNodeType):
            source_type = self.source_type.value
        else:
            source_type = self.source_type

        value: int | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        width: int | None | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        tooltip: None | str | Unset
        if isinstance(self.tooltip, Unset):
            tooltip = UNSET
        else:
            tooltip = self.tooltip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target is not UNSET:
            field_dict["target"] = target
        if target_id is not UNSET:
            field_dict["targetId"] = target_id
        if target_type is not UNSET:
            field_dict["targetType"] = target_type
        if source is not UNSET:
            field_dict["source"] = source
        if source_id is not UNSET:
            field_dict["sourceId"] = source_id
        if source_type is not UNSET:
            field_dict["sourceType"] = source_type
        if value is not UNSET:
            field_dict["value"] = value
        if width is not UNSET:
            field_dict["width"] = width
        if description is not UNSET:
            field_dict["description"] = description
        if tooltip is not UNSET:
            field_dict["tooltip"] = tooltip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_target(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target = _parse_target(d.pop("target", UNSET))

        def _parse_target_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_id = _parse_target_id(d.pop("targetId", UNSET))

        def _parse_target_type(data: object) -> DataProcessingNodeType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_type_type_0 = DataProcessingNodeType(data)

                return target_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataProcessingNodeType | None | str | Unset, data)

        target_type = _parse_target_type(d.pop("targetType", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_source_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_id = _parse_source_id(d.pop("sourceId", UNSET))

        def _parse_source_type(data: object) -> DataProcessingNodeType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_type_0 = DataProcessingNodeType(data)

                return source_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataProcessingNodeType | None | str | Unset, data)

        source_type = _parse_source_type(d.pop("sourceType", UNSET))

        def _parse_value(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        def _parse_width(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        width = _parse_width(d.pop("width", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_tooltip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tooltip = _parse_tooltip(d.pop("tooltip", UNSET))

        i_record_relation_ship = cls(
            target=target,
            target_id=target_id,
            target_type=target_type,
            source=source,
            source_id=source_id,
            source_type=source_type,
            value=value,
            width=width,
            description=description,
            tooltip=tooltip,
        )

        i_record_relation_ship.additional_properties = d
        return i_record_relation_ship

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
