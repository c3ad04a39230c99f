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








def _parse_type_(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = RelationShipObjectType._value2member_map_.get(data)
    if member is not None:
        return member
    return data









_KNOWN_KEYS: frozenset[str] = frozenset(("id", "type", "label", "logoUrl", "description", "deleted", "archived", ))

T = TypeVar("T", bound="GenericRelationshipObject")



@_attrs_define
class GenericRelationshipObject(LazyModel):
    """Attributes:
        id (str):
        type_ (RelationShipObjectType | str):
        label (None | str | Unset):
        logo_url (None | str | Unset):
        description (None | str | Unset):
        deleted (bool | None | Unset):
        archived (bool | None | Unset):
"""


    id: str
    type_: RelationShipObjectType | str
    label: None | str | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    deleted: bool | None | Unset = UNSET
    archived: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        id = self.id

        field_dict["id"] = id
        type_: str
        if isinstance(self.type_, RelationShipObjectType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict["type"] = type_
        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        if label is not UNSET:
            field_dict["label"] = label
        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        if description is not UNSET:
            field_dict["description"] = description
        deleted: bool | None | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        if archived is not UNSET:
            field_dict["archived"] = archived
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.id = src_dict["id"]
        parsed.type_ = _parse_type_(src_dict["type"])
        parsed.label = src_dict.get("label", UNSET)
        parsed.logo_url = src_dict.get("logoUrl", UNSET)
        parsed.description = src_dict.get("description", UNSET)
        parsed.deleted = src_dict.get("deleted", UNSET)
        parsed.archived = src_dict.get("archived", UNSET)
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
