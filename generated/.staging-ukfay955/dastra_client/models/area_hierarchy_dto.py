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

if TYPE_CHECKING:
    from ..models.area_dto import AreaDto







def _parse_items(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.AreaDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _load_items(source: Mapping[str, Any]) -> Any:
    return _parse_items(source.get("items", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("items", "nbWorkspaceEntities", "nbEntities", ))

T = TypeVar("T", bound="AreaHierarchyDto")



@_attrs_define
class AreaHierarchyDto(LazyModel):
    """Attributes:
        items (list[AreaDto] | None | Unset):
        nb_workspace_entities (int | None | Unset):
        nb_entities (int | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "items": _load_items,
    }

    items: list[AreaDto] | None | Unset = UNSET
    nb_workspace_entities: int | None | Unset = UNSET
    nb_entities: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.area_dto import AreaDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

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

        if items is not UNSET:
            field_dict["items"] = items
        nb_workspace_entities: int | None | Unset
        if isinstance(self.nb_workspace_entities, Unset):
            nb_workspace_entities = UNSET
        else:
            nb_workspace_entities = self.nb_workspace_entities

        if nb_workspace_entities is not UNSET:
            field_dict["nbWorkspaceEntities"] = nb_workspace_entities
        nb_entities: int | None | Unset
        if isinstance(self.nb_entities, Unset):
            nb_entities = UNSET
        else:
            nb_entities = self.nb_entities

        if nb_entities is not UNSET:
            field_dict["nbEntities"] = nb_entities
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.nb_workspace_entities = src_dict.get("nbWorkspaceEntities", UNSET)
        parsed.nb_entities = src_dict.get("nbEntities", UNSET)
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
