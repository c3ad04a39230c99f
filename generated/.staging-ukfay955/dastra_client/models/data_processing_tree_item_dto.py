from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.data_processing_state import DataProcessingState
from ..models.processing_type import ProcessingType
from ..models.tree_item_type import TreeItemType
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.tag_dto import TagDto






def _parse_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data








def _parse_parent_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_state(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = DataProcessingState._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_processing_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = ProcessingType._value2member_map_.get(data)
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




def _parse_date_update(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data







def _parse_tags(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.TagDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_tree_item_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = TreeItemType._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_children(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.DataProcessingTreeItemDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data



def _load_tags(source: Mapping[str, Any]) -> Any:
    return _parse_tags(source.get("tags", UNSET))

def _load_children(source: Mapping[str, Any]) -> Any:
    return _parse_children(source.get("children", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("id", "archived", "label", "ref", "areaId", "parentId", "state", "processingType", "dateCreation", "dateUpdate", "versionDescription", "progression", "tags", "treeItemType", "children", ))

T = TypeVar("T", bound="DataProcessingTreeItemDto")



@_attrs_define
class DataProcessingTreeItemDto(LazyModel):
    """Attributes:
        id (None | Unset | UUID):
        archived (bool | None | Unset):
        label (None | str | Unset):
        ref (None | str | Unset):
        area_id (int | None | Unset):
        parent_id (None | Unset | UUID):
        state (DataProcessingState | None | str | Unset):
        processing_type (None | ProcessingType | str | Unset):
        date_creation (datetime.datetime | None | Unset):
        date_update (datetime.datetime | None | Unset):
        version_description (None | str | Unset):
        progression (int | None | Unset):
        tags (list[TagDto] | None | Unset):
        tree_item_type (None | str | TreeItemType | Unset):
        children (list[DataProcessingTreeItemDto] | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "tags": _load_tags,
        "children": _load_children,
    }

    id: None | Unset | UUID = UNSET
    archived: bool | None | Unset = UNSET
    label: None | str | Unset = UNSET
    ref: None | str | Unset = UNSET
    area_id: int | None | Unset = UNSET
    parent_id: None | Unset | UUID = UNSET
    state: DataProcessingState | None | str | Unset = UNSET
    processing_type: None | ProcessingType | str | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    version_description: None | str | Unset = UNSET
    progression: int | None | Unset = UNSET
    tags: list[TagDto] | None | Unset = UNSET
    tree_item_type: None | str | TreeItemType | Unset = UNSET
    children: list[DataProcessingTreeItemDto] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tag_dto import TagDto  # noqa: PLC0415
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
        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        if archived is not UNSET:
            field_dict["archived"] = archived
        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        if label is not UNSET:
            field_dict["label"] = label
        ref: None | str | Unset
        if isinstance(self.ref, Unset):
            ref = UNSET
        else:
            ref = self.ref

        if ref is not UNSET:
            field_dict["ref"] = ref
        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, DataProcessingState):
            state = self.state.value
        else:
            state = self.state

        if state is not UNSET:
            field_dict["state"] = state
        processing_type: None | str | Unset
        if isinstance(self.processing_type, Unset):
            processing_type = UNSET
        elif isinstance(self.processing_type, ProcessingType):
            processing_type = self.processing_type.value
        else:
            processing_type = self.processing_type

        if processing_type is not UNSET:
            field_dict["processingType"] = processing_type
        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        date_update: None | str | Unset
        if isinstance(self.date_update, Unset):
            date_update = UNSET
        elif isinstance(self.date_update, datetime.datetime):
            date_update = self.date_update.isoformat()
        else:
            date_update = self.date_update

        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        version_description: None | str | Unset
        if isinstance(self.version_description, Unset):
            version_description = UNSET
        else:
            version_description = self.version_description

        if version_description is not UNSET:
            field_dict["versionDescription"] = version_description
        progression: int | None | Unset
        if isinstance(self.progression, Unset):
            progression = UNSET
        else:
            progression = self.progression

        if progression is not UNSET:
            field_dict["progression"] = progression
        tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item = tags_type_0_item_data.to_dict()
                tags.append(tags_type_0_item)


        else:
            tags = self.tags

        if tags is not UNSET:
            field_dict["tags"] = tags
        tree_item_type: None | str | Unset
        if isinstance(self.tree_item_type, Unset):
            tree_item_type = UNSET
        elif isinstance(self.tree_item_type, TreeItemType):
            tree_item_type = self.tree_item_type.value
        else:
            tree_item_type = self.tree_item_type

        if tree_item_type is not UNSET:
            field_dict["treeItemType"] = tree_item_type
        children: list[dict[str, Any]] | None | Unset
        if isinstance(self.children, Unset):
            children = UNSET
        elif isinstance(self.children, list):
            children = []
            for children_type_0_item_data in self.children:
                children_type_0_item = children_type_0_item_data.to_dict()
                children.append(children_type_0_item)


        else:
            children = self.children

        if children is not UNSET:
            field_dict["children"] = children
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.archived = src_dict.get("archived", UNSET)
        parsed.label = src_dict.get("label", UNSET)
        parsed.ref = src_dict.get("ref", UNSET)
        parsed.area_id = src_dict.get("areaId", UNSET)
        parsed.parent_id = _parse_parent_id(src_dict.get("parentId", UNSET))
        parsed.state = _parse_state(src_dict.get("state", UNSET))
        parsed.processing_type = _parse_processing_type(src_dict.get("processingType", UNSET))
        parsed.date_creation = _parse_date_creation(src_dict.get("dateCreation", UNSET))
        parsed.date_update = _parse_date_update(src_dict.get("dateUpdate", UNSET))
        parsed.version_description = src_dict.get("versionDescription", UNSET)
        parsed.progression = src_dict.get("progression", UNSET)
        parsed.tree_item_type = _parse_tree_item_type(src_dict.get("treeItemType", UNSET))
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
