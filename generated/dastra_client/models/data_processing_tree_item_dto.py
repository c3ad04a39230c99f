from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_processing_state import DataProcessingState
from ..models.processing_type import ProcessingType
from ..models.tree_item_type import TreeItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tag_dto import TagDto


T = TypeVar("T", bound="DataProcessingTreeItemDto")


@_attrs_define
class DataProcessingTreeItemDto:
    """
    Attributes:
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
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        ref: None | str | Unset
        if isinstance(self.ref, Unset):
            ref = UNSET
        else:
            ref = self.ref

        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, DataProcessingState):
            state = self.state.value
        else:
            state = self.state

        processing_type: None | str | Unset
        if isinstance(self.processing_type, Unset):
            processing_type = UNSET
        elif isinstance(self.processing_type, ProcessingType):
            processing_type = self.processing_type.value
        else:
            processing_type = self.processing_type

        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        date_update: None | str | Unset
        if isinstance(self.date_update, Unset):
            date_update = UNSET
        elif isinstance(self.date_update, datetime.datetime):
            date_update = self.date_update.isoformat()
        else:
            date_update = self.date_update

        version_description: None | str | Unset
        if isinstance(self.version_description, Unset):
            version_description = UNSET
        else:
            version_description = self.version_description

        progression: int | None | Unset
        if isinstance(self.progression, Unset):
            progression = UNSET
        else:
            progression = self.progression

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

        tree_item_type: None | str | Unset
        if isinstance(self.tree_item_type, Unset):
            tree_item_type = UNSET
        elif isinstance(self.tree_item_type, TreeItemType):
            tree_item_type = self.tree_item_type.value
        else:
            tree_item_type = self.tree_item_type

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if archived is not UNSET:
            field_dict["archived"] = archived
        if label is not UNSET:
            field_dict["label"] = label
        if ref is not UNSET:
            field_dict["ref"] = ref
        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if state is not UNSET:
            field_dict["state"] = state
        if processing_type is not UNSET:
            field_dict["processingType"] = processing_type
        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        if version_description is not UNSET:
            field_dict["versionDescription"] = version_description
        if progression is not UNSET:
            field_dict["progression"] = progression
        if tags is not UNSET:
            field_dict["tags"] = tags
        if tree_item_type is not UNSET:
            field_dict["treeItemType"] = tree_item_type
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tag_dto import TagDto

        d = dict(src_dict)

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

        def _parse_archived(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        archived = _parse_archived(d.pop("archived", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ref = _parse_ref(d.pop("ref", UNSET))

        def _parse_area_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        area_id = _parse_area_id(d.pop("areaId", UNSET))

        def _parse_parent_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_id_type_0 = UUID(data)

                return parent_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

        def _parse_state(data: object) -> DataProcessingState | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = DataProcessingState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataProcessingState | None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_processing_type(data: object) -> None | ProcessingType | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                processing_type_type_0 = ProcessingType(data)

                return processing_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProcessingType | str | Unset, data)

        processing_type = _parse_processing_type(d.pop("processingType", UNSET))

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

        def _parse_date_update(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_update_type_0 = datetime.datetime.fromisoformat(data)

                return date_update_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_update = _parse_date_update(d.pop("dateUpdate", UNSET))

        def _parse_version_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version_description = _parse_version_description(d.pop("versionDescription", UNSET))

        def _parse_progression(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        progression = _parse_progression(d.pop("progression", UNSET))

        def _parse_tags(data: object) -> list[TagDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = []
                _tags_type_0 = data
                for tags_type_0_item_data in _tags_type_0:
                    tags_type_0_item = TagDto.from_dict(tags_type_0_item_data)

                    tags_type_0.append(tags_type_0_item)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TagDto] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_tree_item_type(data: object) -> None | str | TreeItemType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tree_item_type_type_0 = TreeItemType(data)

                return tree_item_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | TreeItemType | Unset, data)

        tree_item_type = _parse_tree_item_type(d.pop("treeItemType", UNSET))

        def _parse_children(data: object) -> list[DataProcessingTreeItemDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                children_type_0 = []
                _children_type_0 = data
                for children_type_0_item_data in _children_type_0:
                    children_type_0_item = DataProcessingTreeItemDto.from_dict(children_type_0_item_data)

                    children_type_0.append(children_type_0_item)

                return children_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DataProcessingTreeItemDto] | None | Unset, data)

        children = _parse_children(d.pop("children", UNSET))

        data_processing_tree_item_dto = cls(
            id=id,
            archived=archived,
            label=label,
            ref=ref,
            area_id=area_id,
            parent_id=parent_id,
            state=state,
            processing_type=processing_type,
            date_creation=date_creation,
            date_update=date_update,
            version_description=version_description,
            progression=progression,
            tags=tags,
            tree_item_type=tree_item_type,
            children=children,
        )

        data_processing_tree_item_dto.additional_properties = d
        return data_processing_tree_item_dto

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
