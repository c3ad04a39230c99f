from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.relation_ship_object_type import RelationShipObjectType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GenericRelationShipCreationDto")


@_attrs_define
class GenericRelationShipCreationDto:
    """
    Attributes:
        origin_id (str):
        reverse (bool | None | Unset):
        target_type (None | RelationShipObjectType | str | Unset):
        target_ids (list[str] | None | Unset):
        origin_type (None | RelationShipObjectType | str | Unset):
        label (None | str | Unset):
        description (None | str | Unset):
        create (bool | None | Unset):
        new_label (None | str | Unset):
    """

    origin_id: str
    reverse: bool | None | Unset = UNSET
    target_type: None | RelationShipObjectType | str | Unset = UNSET
    target_ids: list[str] | None | Unset = UNSET
    origin_type: None | RelationShipObjectType | str | Unset = UNSET
    label: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    create: bool | None | Unset = UNSET
    new_label: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        origin_id = self.origin_id

        reverse: bool | None | Unset
        if isinstance(self.reverse, Unset):
            reverse = UNSET
        else:
            reverse = self.reverse

        target_type: None | str | Unset
        if isinstance(self.target_type, Unset):
            target_type = UNSET
        elif isinstance(self.target_type, RelationShipObjectType):
            target_type = self.target_type.value
        else:
            target_type = self.target_type

        target_ids: list[str] | None | Unset
        if isinstance(self.target_ids, Unset):
            target_ids = UNSET
        elif isinstance(self.target_ids, list):
            target_ids = self.target_ids

        else:
            target_ids = self.target_ids

        origin_type: None | str | Unset
        if isinstance(self.origin_type, Unset):
            origin_type = UNSET
        elif isinstance(self.origin_type, RelationShipObjectType):
            origin_type = self.origin_type.value
        else:
            origin_type = self.origin_type

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        create: bool | None | Unset
        if isinstance(self.create, Unset):
            create = UNSET
        else:
            create = self.create

        new_label: None | str | Unset
        if isinstance(self.new_label, Unset):
            new_label = UNSET
        else:
            new_label = self.new_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "originId": origin_id,
            }
        )
        if reverse is not UNSET:
            field_dict["reverse"] = reverse
        if target_type is not UNSET:
            field_dict["targetType"] = target_type
        if target_ids is not UNSET:
            field_dict["targetIds"] = target_ids
        if origin_type is not UNSET:
            field_dict["originType"] = origin_type
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if create is not UNSET:
            field_dict["create"] = create
        if new_label is not UNSET:
            field_dict["newLabel"] = new_label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        origin_id = d.pop("originId")

        def _parse_reverse(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        reverse = _parse_reverse(d.pop("reverse", UNSET))

        def _parse_target_type(data: object) -> None | RelationShipObjectType | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_type_type_0 = RelationShipObjectType(data)

                return target_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RelationShipObjectType | str | Unset, data)

        target_type = _parse_target_type(d.pop("targetType", UNSET))

        def _parse_target_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                target_ids_type_0 = cast(list[str], data)

                return target_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        target_ids = _parse_target_ids(d.pop("targetIds", UNSET))

        def _parse_origin_type(data: object) -> None | RelationShipObjectType | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                origin_type_type_0 = RelationShipObjectType(data)

                return origin_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RelationShipObjectType | str | Unset, data)

        origin_type = _parse_origin_type(d.pop("originType", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_create(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        create = _parse_create(d.pop("create", UNSET))

        def _parse_new_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        new_label = _parse_new_label(d.pop("newLabel", UNSET))

        generic_relation_ship_creation_dto = cls(
            origin_id=origin_id,
            reverse=reverse,
            target_type=target_type,
            target_ids=target_ids,
            origin_type=origin_type,
            label=label,
            description=description,
            create=create,
            new_label=new_label,
        )

        generic_relation_ship_creation_dto.additional_properties = d
        return generic_relation_ship_creation_dto

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
