from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.relation_ship_object_type import RelationShipObjectType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generic_relationship_object import GenericRelationshipObject
    from ..models.user_light_dto import UserLightDto


T = TypeVar("T", bound="GenericRelationShipLinkedObjectDto")


@_attrs_define
class GenericRelationShipLinkedObjectDto:
    """
    Attributes:
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
        from ..models.generic_relationship_object import GenericRelationshipObject
        from ..models.user_light_dto import UserLightDto

        origin_id = self.origin_id

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        target: dict[str, Any] | None | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        elif isinstance(self.target, GenericRelationshipObject):
            target = self.target.to_dict()
        else:
            target = self.target

        reverse: bool | None | Unset
        if isinstance(self.reverse, Unset):
            reverse = UNSET
        else:
            reverse = self.reverse

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

        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        creator: dict[str, Any] | None | Unset
        if isinstance(self.creator, Unset):
            creator = UNSET
        elif isinstance(self.creator, UserLightDto):
            creator = self.creator.to_dict()
        else:
            creator = self.creator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "originId": origin_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if target is not UNSET:
            field_dict["target"] = target
        if reverse is not UNSET:
            field_dict["reverse"] = reverse
        if origin_type is not UNSET:
            field_dict["originType"] = origin_type
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        if creator is not UNSET:
            field_dict["creator"] = creator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.generic_relationship_object import GenericRelationshipObject
        from ..models.user_light_dto import UserLightDto

        d = dict(src_dict)
        origin_id = d.pop("originId")

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_target(data: object) -> GenericRelationshipObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                target_type_1 = GenericRelationshipObject.from_dict(data)

                return target_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GenericRelationshipObject | None | Unset, data)

        target = _parse_target(d.pop("target", UNSET))

        def _parse_reverse(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        reverse = _parse_reverse(d.pop("reverse", UNSET))

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

        def _parse_date_creation(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_creation_type_0 = datetime.datetime.fromisoformat(data)

                return date_creation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_creation = _parse_date_creation(d.pop("dateCreation", UNSET))

        def _parse_creator(data: object) -> None | Unset | UserLightDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                creator_type_1 = UserLightDto.from_dict(data)

                return creator_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserLightDto, data)

        creator = _parse_creator(d.pop("creator", UNSET))

        generic_relation_ship_linked_object_dto = cls(
            origin_id=origin_id,
            id=id,
            target=target,
            reverse=reverse,
            origin_type=origin_type,
            label=label,
            description=description,
            date_creation=date_creation,
            creator=creator,
        )

        generic_relation_ship_linked_object_dto.additional_properties = d
        return generic_relation_ship_linked_object_dto

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
