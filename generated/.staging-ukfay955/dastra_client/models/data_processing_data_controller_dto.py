from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
    from ..models.actor_light_dto import ActorLightDto
    from ..models.area_base_dto import AreaBaseDto






def _parse_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data






def _parse_actor(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.ActorLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_area(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.AreaBaseDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_purposes(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [UUID(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_data_retention_rules(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [UUID(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _load_actor(source: Mapping[str, Any]) -> Any:
    return _parse_actor(source.get("actor", UNSET))

def _load_area(source: Mapping[str, Any]) -> Any:
    return _parse_area(source.get("area", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("id", "displayName", "actorId", "actor", "areaId", "area", "purposes", "dataRetentionRules", "description", "readonly", ))

T = TypeVar("T", bound="DataProcessingDataControllerDto")



@_attrs_define
class DataProcessingDataControllerDto(LazyModel):
    """Attributes:
        id (None | Unset | UUID):
        display_name (None | str | Unset):
        actor_id (int | None | Unset):
        actor (ActorLightDto | None | Unset):
        area_id (int | None | Unset):
        area (AreaBaseDto | None | Unset):
        purposes (list[UUID] | None | Unset):
        data_retention_rules (list[UUID] | None | Unset):
        description (None | str | Unset):
        readonly (bool | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "actor": _load_actor,
        "area": _load_area,
    }

    id: None | Unset | UUID = UNSET
    display_name: None | str | Unset = UNSET
    actor_id: int | None | Unset = UNSET
    actor: ActorLightDto | None | Unset = UNSET
    area_id: int | None | Unset = UNSET
    area: AreaBaseDto | None | Unset = UNSET
    purposes: list[UUID] | None | Unset = UNSET
    data_retention_rules: list[UUID] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    readonly: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.actor_light_dto import ActorLightDto  # noqa: PLC0415
        from ..models.area_base_dto import AreaBaseDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        actor_id: int | None | Unset
        if isinstance(self.actor_id, Unset):
            actor_id = UNSET
        else:
            actor_id = self.actor_id

        if actor_id is not UNSET:
            field_dict["actorId"] = actor_id
        actor: dict[str, Any] | None | Unset
        if isinstance(self.actor, Unset):
            actor = UNSET
        elif isinstance(self.actor, ActorLightDto):
            actor = self.actor.to_dict()
        else:
            actor = self.actor

        if actor is not UNSET:
            field_dict["actor"] = actor
        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        area: dict[str, Any] | None | Unset
        if isinstance(self.area, Unset):
            area = UNSET
        elif isinstance(self.area, AreaBaseDto):
            area = self.area.to_dict()
        else:
            area = self.area

        if area is not UNSET:
            field_dict["area"] = area
        purposes: list[str] | None | Unset
        if isinstance(self.purposes, Unset):
            purposes = UNSET
        elif isinstance(self.purposes, list):
            purposes = []
            for purposes_type_0_item_data in self.purposes:
                purposes_type_0_item = str(purposes_type_0_item_data)
                purposes.append(purposes_type_0_item)


        else:
            purposes = self.purposes

        if purposes is not UNSET:
            field_dict["purposes"] = purposes
        data_retention_rules: list[str] | None | Unset
        if isinstance(self.data_retention_rules, Unset):
            data_retention_rules = UNSET
        elif isinstance(self.data_retention_rules, list):
            data_retention_rules = []
            for data_retention_rules_type_0_item_data in self.data_retention_rules:
                data_retention_rules_type_0_item = str(data_retention_rules_type_0_item_data)
                data_retention_rules.append(data_retention_rules_type_0_item)


        else:
            data_retention_rules = self.data_retention_rules

        if data_retention_rules is not UNSET:
            field_dict["dataRetentionRules"] = data_retention_rules
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        if description is not UNSET:
            field_dict["description"] = description
        readonly: bool | None | Unset
        if isinstance(self.readonly, Unset):
            readonly = UNSET
        else:
            readonly = self.readonly

        if readonly is not UNSET:
            field_dict["readonly"] = readonly
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.display_name = src_dict.get("displayName", UNSET)
        parsed.actor_id = src_dict.get("actorId", UNSET)
        parsed.area_id = src_dict.get("areaId", UNSET)
        parsed.purposes = _parse_purposes(src_dict.get("purposes", UNSET))
        parsed.data_retention_rules = _parse_data_retention_rules(src_dict.get("dataRetentionRules", UNSET))
        parsed.description = src_dict.get("description", UNSET)
        parsed.readonly = src_dict.get("readonly", UNSET)
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
