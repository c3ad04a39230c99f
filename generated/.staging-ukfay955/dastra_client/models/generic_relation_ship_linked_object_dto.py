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
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.generic_relationship_object import GenericRelationshipObject
    from ..models.user_light_dto import UserLightDto







def _parse_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_target(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.GenericRelationshipObject.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data






def _parse_origin_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = RelationShipObjectType._value2member_map_.get(data)
    if member is not None:
        return member
    return data






def _parse_date_creation(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_creator(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data



def _load_target(source: Mapping[str, Any]) -> Any:
    return _parse_target(source.get("target", UNSET))

def _load_creator(source: Mapping[str, Any]) -> Any:
    return _parse_creator(source.get("creator", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("originId", "id", "target", "reverse", "originType", "label", "description", "dateCreation", "creator", ))

T = TypeVar("T", bound="GenericRelationShipLinkedObjectDto")



@_attrs_define
class GenericRelationShipLinkedObjectDto(LazyModel):
    """Attributes:
        origin_id (str):
        id (None | Unset | UUID):
        target (GenericRelationshipObject | None | Unset):
        reverse (bool | None | Unset):
        origin_type (None | RelationShipObjectType | str | Unset):
        label (None | str | Unset):
        description (None | str | Unset):
        date_creation (datetime.datetime | None | Unset):
        creator (None | Unset | UserLightDto):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "target": _load_target,
        "creator": _load_creator,
    }

    origin_id: str
    id: None | Unset | UUID = UNSET
    target: GenericRelationshipObject | None | Unset = UNSET
    reverse: bool | None | Unset = UNSET
    origin_type: None | RelationShipObjectType | str | Unset = UNSET
    label: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    creator: None | Unset | UserLightDto = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.generic_relationship_object import GenericRelationshipObject  # noqa: PLC0415
        from ..models.user_light_dto import UserLightDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        origin_id = self.origin_id

        field_dict["originId"] = origin_id
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        target: dict[str, Any] | None | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        elif isinstance(self.target, GenericRelationshipObject):
            target = self.target.to_dict()
        else:
            target = self.target

        if target is not UNSET:
            field_dict["target"] = target
        reverse: bool | None | Unset
        if isinstance(self.reverse, Unset):
            reverse = UNSET
        else:
            reverse = self.reverse

        if reverse is not UNSET:
            field_dict["reverse"] = reverse
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
        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        creator: dict[str, Any] | None | Unset
        if isinstance(self.creator, Unset):
            creator = UNSET
        elif isinstance(self.creator, UserLightDto):
            creator = self.creator.to_dict()
        else:
            creator = self.creator

        if creator is not UNSET:
            field_dict["creator"] = creator
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.origin_id = src_dict["originId"]
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.reverse = src_dict.get("reverse", UNSET)
        parsed.origin_type = _parse_origin_type(src_dict.get("originType", UNSET))
        parsed.label = src_dict.get("label", UNSET)
        parsed.description = src_dict.get("description", UNSET)
        parsed.date_creation = _parse_date_creation(src_dict.get("dateCreation", UNSET))
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
