from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import FieldValidationError
from .._lazy import (
    EAGER,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.data_processing_state import DataProcessingState
from ..models.processing_type import ProcessingType
from ..models.tree_item_type import TreeItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tag_dto import TagDto
else:
    TagDto = deferred(globals(), "TagDto", "..models.tag_dto")


_DATA_PROCESSING_STATE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in DataProcessingState
}
_PROCESSING_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in ProcessingType}
_TREE_ITEM_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in TreeItemType}


def _load_tags(model: DataProcessingTreeItemDto, source: Mapping[str, Any]) -> Any:
    value = source.get("tags", UNSET)
    if value is None or value is UNSET:
        model.tags = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.tags = result = list(map(TagDto.from_dict, value))
        except FieldValidationError:
            result = invalid(model, "tags", "tags", "list[TagDto] | None", value, items=TagDto.from_dict)
    else:
        result = invalid(model, "tags", "tags", "list[TagDto] | None", value)
    return result


def _load_children(model: DataProcessingTreeItemDto, source: Mapping[str, Any]) -> Any:
    value = source.get("children", UNSET)
    if value is None or value is UNSET:
        model.children = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.children = result = list(map(DataProcessingTreeItemDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "children",
                "children",
                "list[DataProcessingTreeItemDto] | None",
                value,
                items=DataProcessingTreeItemDto.from_dict,
            )
    else:
        result = invalid(model, "children", "children", "list[DataProcessingTreeItemDto] | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "id",
    "archived",
    "label",
    "ref",
    "areaId",
    "parentId",
    "state",
    "processingType",
    "dateCreation",
    "dateUpdate",
    "versionDescription",
    "progression",
    "tags",
    "treeItemType",
    "children",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "id": UNSET,
    "archived": UNSET,
    "label": UNSET,
    "ref": UNSET,
    "areaId": UNSET,
    "parentId": UNSET,
    "state": UNSET,
    "processingType": UNSET,
    "dateCreation": UNSET,
    "dateUpdate": UNSET,
    "versionDescription": UNSET,
    "progression": UNSET,
    "tags": UNSET,
    "treeItemType": UNSET,
    "children": UNSET,
}

T = TypeVar("T", bound="DataProcessingTreeItemDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("archived", "archived"),
        ("label", "label"),
        ("ref", "ref"),
        ("area_id", "areaId"),
        ("parent_id", "parentId"),
        ("state", "state"),
        ("processing_type", "processingType"),
        ("date_creation", "dateCreation"),
        ("date_update", "dateUpdate"),
        ("version_description", "versionDescription"),
        ("progression", "progression"),
        ("tags", "tags"),
        ("tree_item_type", "treeItemType"),
        ("children", "children"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
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
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "id" not in unreadable:
            id: None | str | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            elif isinstance(self.id, UUID):
                id = str(self.id)
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "archived" not in unreadable:
            archived: bool | None | Unset
            if isinstance(self.archived, Unset):
                archived = UNSET
            else:
                archived = self.archived

            if archived is not UNSET:
                field_dict["archived"] = archived
        if "label" not in unreadable:
            label: None | str | Unset
            if isinstance(self.label, Unset):
                label = UNSET
            else:
                label = self.label

            if label is not UNSET:
                field_dict["label"] = label
        if "ref" not in unreadable:
            ref: None | str | Unset
            if isinstance(self.ref, Unset):
                ref = UNSET
            else:
                ref = self.ref

            if ref is not UNSET:
                field_dict["ref"] = ref
        if "area_id" not in unreadable:
            area_id: int | None | Unset
            if isinstance(self.area_id, Unset):
                area_id = UNSET
            else:
                area_id = self.area_id

            if area_id is not UNSET:
                field_dict["areaId"] = area_id
        if "parent_id" not in unreadable:
            parent_id: None | str | Unset
            if isinstance(self.parent_id, Unset):
                parent_id = UNSET
            elif isinstance(self.parent_id, UUID):
                parent_id = str(self.parent_id)
            else:
                parent_id = self.parent_id

            if parent_id is not UNSET:
                field_dict["parentId"] = parent_id
        if "state" not in unreadable:
            state: None | str | Unset
            if isinstance(self.state, Unset):
                state = UNSET
            elif isinstance(self.state, DataProcessingState):
                state = self.state.value
            else:
                state = self.state

            if state is not UNSET:
                field_dict["state"] = state
        if "processing_type" not in unreadable:
            processing_type: None | str | Unset
            if isinstance(self.processing_type, Unset):
                processing_type = UNSET
            elif isinstance(self.processing_type, ProcessingType):
                processing_type = self.processing_type.value
            else:
                processing_type = self.processing_type

            if processing_type is not UNSET:
                field_dict["processingType"] = processing_type
        if "date_creation" not in unreadable:
            date_creation: None | str | Unset
            if isinstance(self.date_creation, Unset):
                date_creation = UNSET
            elif isinstance(self.date_creation, datetime.datetime):
                date_creation = self.date_creation.isoformat()
            else:
                date_creation = self.date_creation

            if date_creation is not UNSET:
                field_dict["dateCreation"] = date_creation
        if "date_update" not in unreadable:
            date_update: None | str | Unset
            if isinstance(self.date_update, Unset):
                date_update = UNSET
            elif isinstance(self.date_update, datetime.datetime):
                date_update = self.date_update.isoformat()
            else:
                date_update = self.date_update

            if date_update is not UNSET:
                field_dict["dateUpdate"] = date_update
        if "version_description" not in unreadable:
            version_description: None | str | Unset
            if isinstance(self.version_description, Unset):
                version_description = UNSET
            else:
                version_description = self.version_description

            if version_description is not UNSET:
                field_dict["versionDescription"] = version_description
        if "progression" not in unreadable:
            progression: int | None | Unset
            if isinstance(self.progression, Unset):
                progression = UNSET
            else:
                progression = self.progression

            if progression is not UNSET:
                field_dict["progression"] = progression
        if "tags" not in unreadable:
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
        if "tree_item_type" not in unreadable:
            tree_item_type: None | str | Unset
            if isinstance(self.tree_item_type, Unset):
                tree_item_type = UNSET
            elif isinstance(self.tree_item_type, TreeItemType):
                tree_item_type = self.tree_item_type.value
            else:
                tree_item_type = self.tree_item_type

            if tree_item_type is not UNSET:
                field_dict["treeItemType"] = tree_item_type
        if "children" not in unreadable:
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
        if unreadable:
            self._as_received(field_dict, unreadable)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Each value is checked against its field's type; one that does not fit is recorded by
        # `invalid` and its slot left empty, so that reading it raises FieldValidationError (_lazy.py).
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        try:  # values[i] is the value of _KEYS[i]
            if len(src_dict) >= 15:
                values = _KNOWN_VALUES(src_dict)
            else:  # a known key is absent (no KeyError raised and caught for it)
                values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except KeyError:  # unknown keys in place of known ones
            values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except (TypeError, AttributeError):  # a list, a string, a number...: not an object
            raise not_an_object(cls, src_dict) from None
        parsed = cls.__new__(cls)
        absent = 0  # the known keys the object lacks: its other keys are unknown ones if len() says more
        # Optional nested values are parsed on first access (LazyModel), or now in eager mode.
        eager = EAGER.get()
        if not eager:
            parsed._source = src_dict
        value = values[0]
        if value is None:
            parsed.id = None
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            try:
                parsed.id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "id", "id", "UUID | None", value)

        value = values[1]
        if type(value) is bool or value is None:
            parsed.archived = value
        elif value is UNSET:
            parsed.archived = UNSET
            absent += 1
        else:
            invalid(parsed, "archived", "archived", "bool | None", value)

        value = values[2]
        if isinstance(value, str) or value is None:
            parsed.label = value
        elif value is UNSET:
            parsed.label = UNSET
            absent += 1
        else:
            invalid(parsed, "label", "label", "str | None", value)

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.ref = value
        elif value is UNSET:
            parsed.ref = UNSET
            absent += 1
        else:
            invalid(parsed, "ref", "ref", "str | None", value)

        value = values[4]
        if type(value) is int or value is None:
            parsed.area_id = value
        elif value is UNSET:
            parsed.area_id = UNSET
            absent += 1
        else:
            invalid(parsed, "area_id", "areaId", "int | None", value)

        value = values[5]
        if value is None:
            parsed.parent_id = None
        elif value is UNSET:
            parsed.parent_id = UNSET
            absent += 1
        else:
            try:
                parsed.parent_id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "parent_id", "parentId", "UUID | None", value)

        value = values[6]
        if isinstance(value, str):
            parsed.state = _DATA_PROCESSING_STATE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.state = None
        elif value is UNSET:
            parsed.state = UNSET
            absent += 1
        else:
            invalid(parsed, "state", "state", "DataProcessingState | str | None", value)

        value = values[7]
        if isinstance(value, str):
            parsed.processing_type = _PROCESSING_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.processing_type = None
        elif value is UNSET:
            parsed.processing_type = UNSET
            absent += 1
        else:
            invalid(parsed, "processing_type", "processingType", "ProcessingType | str | None", value)

        value = values[8]
        if value is None:
            parsed.date_creation = None
        elif value is UNSET:
            parsed.date_creation = UNSET
            absent += 1
        else:
            try:
                parsed.date_creation = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_creation", "dateCreation", "datetime.datetime | None", value)

        value = values[9]
        if value is None:
            parsed.date_update = None
        elif value is UNSET:
            parsed.date_update = UNSET
            absent += 1
        else:
            try:
                parsed.date_update = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_update", "dateUpdate", "datetime.datetime | None", value)

        value = values[10]
        if isinstance(value, str) or value is None:
            parsed.version_description = value
        elif value is UNSET:
            parsed.version_description = UNSET
            absent += 1
        else:
            invalid(parsed, "version_description", "versionDescription", "str | None", value)

        value = values[11]
        if type(value) is int or value is None:
            parsed.progression = value
        elif value is UNSET:
            parsed.progression = UNSET
            absent += 1
        else:
            invalid(parsed, "progression", "progression", "int | None", value)

        value = values[12]
        if value is None:
            parsed.tags = None
        elif value is UNSET:
            parsed.tags = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.tags = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.tags = list(map(TagDto.from_dict, value))
                except FieldValidationError:
                    invalid(parsed, "tags", "tags", "list[TagDto] | None", value, items=TagDto.from_dict)
            else:
                invalid(parsed, "tags", "tags", "list[TagDto] | None", value)

        value = values[13]
        if isinstance(value, str):
            parsed.tree_item_type = _TREE_ITEM_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.tree_item_type = None
        elif value is UNSET:
            parsed.tree_item_type = UNSET
            absent += 1
        else:
            invalid(parsed, "tree_item_type", "treeItemType", "str | TreeItemType | None", value)

        value = values[14]
        if value is None:
            parsed.children = None
        elif value is UNSET:
            parsed.children = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.children = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.children = list(map(DataProcessingTreeItemDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "children",
                        "children",
                        "list[DataProcessingTreeItemDto] | None",
                        value,
                        items=DataProcessingTreeItemDto.from_dict,
                    )
            else:
                invalid(parsed, "children", "children", "list[DataProcessingTreeItemDto] | None", value)

        if len(src_dict) + absent == 15:  # every key is a known one
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
