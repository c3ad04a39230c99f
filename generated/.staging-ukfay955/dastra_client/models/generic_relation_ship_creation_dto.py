from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.relation_ship_object_type import RelationShipObjectType
from ..types import UNSET, Unset
from typing import cast










def _parse_target_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = RelationShipObjectType._value2member_map_.get(data)
    if member is not None:
        return member
    return data






def _parse_origin_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = RelationShipObjectType._value2member_map_.get(data)
    if member is not None:
        return member
    return data








_KNOWN_KEYS: frozenset[str] = frozenset(("originId", "reverse", "targetType", "targetIds", "originType", "label", "description", "create", "newLabel", ))

T = TypeVar("T", bound="GenericRelationShipCreationDto")



@_attrs_define
class GenericRelationShipCreationDto(LazyModel):
    """Attributes:
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
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        origin_id = self.origin_id

        field_dict["originId"] = origin_id
        reverse: bool | None | Unset
        if isinstance(self.reverse, Unset):
            reverse = UNSET
        else:
            reverse = self.reverse

        if reverse is not UNSET:
            field_dict["reverse"] = reverse
        target_type: None | str | Unset
        if isinstance(self.target_type, Unset):
            target_type = UNSET
        elif isinstance(self.target_type, RelationShipObjectType):
            target_type = self.target_type.value
        else:
            target_type = self.target_type

        if target_type is not UNSET:
            field_dict["targetType"] = target_type
        target_ids: list[str] | None | Unset
        if isinstance(self.target_ids, Unset):
            target_ids = UNSET
        elif isinstance(self.target_ids, list):
            target_ids = self.target_ids


        else:
            target_ids = self.target_ids

        if target_ids is not UNSET:
            field_dict["targetIds"] = target_ids
        origin_type: None | str | Unset
        if isinstance(self.origin_type, Unset):
            origin_type = UNSET
        elif isinstance(self.origin_type, RelationShipObjectType):
            origin_type = self.origin_type.value
        else:
            origin_type = self.origin_type

        if origin_type is not UNSET:
            field_dict["originType"] = origin_type
        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        if label is not UNSET:
            field_dict["label"] = label
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        if description is not UNSET:
            field_dict["description"] = description
        create: bool | None | Unset
        if isinstance(self.create, Unset):
            create = UNSET
        else:
            create = self.create

        if create is not UNSET:
            field_dict["create"] = create
        new_label: None | str | Unset
        if isinstance(self.new_label, Unset):
            new_label = UNSET
        else:
            new_label = self.new_label

        if new_label is not UNSET:
            field_dict["newLabel"] = new_label
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.origin_id = src_dict["originId"]
        parsed.reverse = src_dict.get("reverse", UNSET)
        parsed.target_type = _parse_target_type(src_dict.get("targetType", UNSET))
        parsed.target_ids = src_dict.get("targetIds", UNSET)
        parsed.origin_type = _parse_origin_type(src_dict.get("originType", UNSET))
        parsed.label = src_dict.get("label", UNSET)
        parsed.description = src_dict.get("description", UNSET)
        parsed.create = src_dict.get("create", UNSET)
        parsed.new_label = src_dict.get("newLabel", UNSET)
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
