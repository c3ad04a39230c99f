from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.area_dto import AreaDto


T = TypeVar("T", bound="AreaHierarchyDto")


@_attrs_define
class AreaHierarchyDto:
    """
    Attributes:
        items (list[AreaDto] | None | Unset):
        nb_workspace_entities (int | None | Unset):
        nb_entities (int | None | Unset):
    """

    items: list[AreaDto] | None | Unset = UNSET
    nb_workspace_entities: int | None | Unset = UNSET
    nb_entities: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        nb_workspace_entities: int | None | Unset
        if isinstance(self.nb_workspace_entities, Unset):
            nb_workspace_entities = UNSET
        else:
            nb_workspace_entities = self.nb_workspace_entities

        nb_entities: int | None | Unset
        if isinstance(self.nb_entities, Unset):
            nb_entities = UNSET
        else:
            nb_entities = self.nb_entities

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items
        if nb_workspace_entities is not UNSET:
            field_dict["nbWorkspaceEntities"] = nb_workspace_entities
        if nb_entities is not UNSET:
            field_dict["nbEntities"] = nb_entities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.area_dto import AreaDto

        d = dict(src_dict)

        def _parse_items(data: object) -> list[AreaDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                items_type_0 = []
                _items_type_0 = data
                for items_type_0_item_data in _items_type_0:
                    items_type_0_item = AreaDto.from_dict(items_type_0_item_data)

                    items_type_0.append(items_type_0_item)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AreaDto] | None | Unset, data)

        items = _parse_items(d.pop("items", UNSET))

        def _parse_nb_workspace_entities(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_workspace_entities = _parse_nb_workspace_entities(d.pop("nbWorkspaceEntities", UNSET))

        def _parse_nb_entities(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_entities = _parse_nb_entities(d.pop("nbEntities", UNSET))

        area_hierarchy_dto = cls(
            items=items,
            nb_workspace_entities=nb_workspace_entities,
            nb_entities=nb_entities,
        )

        area_hierarchy_dto.additional_properties = d
        return area_hierarchy_dto

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
