from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.attachment_source import AttachmentSource
from ..models.attachment_type import AttachmentType
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
    from ..models.user_light_dto import UserLightDto














def _parse_source(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = AttachmentSource._value2member_map_.get(data)
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




def _parse_date_deleted(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_deleted_by(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserLightDto.from_dict(data)
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





def _parse_type_(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = AttachmentType._value2member_map_.get(data)
    if member is not None:
        return member
    return data







def _parse_children(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.AttachmentDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data



def _load_deleted_by(source: Mapping[str, Any]) -> Any:
    return _parse_deleted_by(source.get("deletedBy", UNSET))

def _load_creator(source: Mapping[str, Any]) -> Any:
    return _parse_creator(source.get("creator", UNSET))

def _load_children(source: Mapping[str, Any]) -> Any:
    return _parse_children(source.get("children", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("label", "id", "order", "external", "size", "builtIn", "url", "source", "iconUrl", "thumbnailUrl", "containerId", "slug", "fileName", "extension", "color", "data", "documentContent", "parentId", "deleted", "nbDownload", "nbFiles", "dateCreation", "dateUpdate", "dateDeleted", "deletedBy", "creator", "type", "isFolder", "isEditable", "children", ))

T = TypeVar("T", bound="AttachmentDto")



@_attrs_define
class AttachmentDto(LazyModel):
    """Attributes:
        label (str):
        id (int | None | Unset):
        order (int | None | Unset):
        external (bool | None | Unset):
        size (int | None | Unset):
        built_in (bool | None | Unset):
        url (None | str | Unset):
        source (AttachmentSource | None | str | Unset):
        icon_url (None | str | Unset):
        thumbnail_url (None | str | Unset):
        container_id (None | str | Unset):
        slug (None | str | Unset):
        file_name (None | str | Unset):
        extension (None | str | Unset):
        color (None | str | Unset):
        data (None | str | Unset):
        document_content (None | str | Unset):
        parent_id (int | None | Unset):
        deleted (bool | None | Unset):
        nb_download (int | None | Unset):
        nb_files (int | None | Unset):
        date_creation (datetime.datetime | None | Unset):
        date_update (datetime.datetime | None | Unset):
        date_deleted (datetime.datetime | None | Unset):
        deleted_by (None | Unset | UserLightDto):
        creator (None | Unset | UserLightDto):
        type_ (AttachmentType | None | str | Unset):
        is_folder (bool | None | Unset):
        is_editable (bool | None | Unset):
        children (list[AttachmentDto] | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "deleted_by": _load_deleted_by,
        "creator": _load_creator,
        "children": _load_children,
    }

    label: str
    id: int | None | Unset = UNSET
    order: int | None | Unset = UNSET
    external: bool | None | Unset = UNSET
    size: int | None | Unset = UNSET
    built_in: bool | None | Unset = UNSET
    url: None | str | Unset = UNSET
    source: AttachmentSource | None | str | Unset = UNSET
    icon_url: None | str | Unset = UNSET
    thumbnail_url: None | str | Unset = UNSET
    container_id: None | str | Unset = UNSET
    slug: None | str | Unset = UNSET
    file_name: None | str | Unset = UNSET
    extension: None | str | Unset = UNSET
    color: None | str | Unset = UNSET
    data: None | str | Unset = UNSET
    document_content: None | str | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    deleted: bool | None | Unset = UNSET
    nb_download: int | None | Unset = UNSET
    nb_files: int | None | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    date_deleted: datetime.datetime | None | Unset = UNSET
    deleted_by: None | Unset | UserLightDto = UNSET
    creator: None | Unset | UserLightDto = UNSET
    type_: AttachmentType | None | str | Unset = UNSET
    is_folder: bool | None | Unset = UNSET
    is_editable: bool | None | Unset = UNSET
    children: list[AttachmentDto] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_light_dto import UserLightDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        label = self.label

        field_dict["label"] = label
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        order: int | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        else:
            order = self.order

        if order is not UNSET:
            field_dict["order"] = order
        external: bool | None | Unset
        if isinstance(self.external, Unset):
            external = UNSET
        else:
            external = self.external

        if external is not UNSET:
            field_dict["external"] = external
        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        if size is not UNSET:
            field_dict["size"] = size
        built_in: bool | None | Unset
        if isinstance(self.built_in, Unset):
            built_in = UNSET
        else:
            built_in = self.built_in

        if built_in is not UNSET:
            field_dict["builtIn"] = built_in
        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        if url is not UNSET:
            field_dict["url"] = url
        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, AttachmentSource):
            source = self.source.value
        else:
            source = self.source

        if source is not UNSET:
            field_dict["source"] = source
        icon_url: None | str | Unset
        if isinstance(self.icon_url, Unset):
            icon_url = UNSET
        else:
            icon_url = self.icon_url

        if icon_url is not UNSET:
            field_dict["iconUrl"] = icon_url
        thumbnail_url: None | str | Unset
        if isinstance(self.thumbnail_url, Unset):
            thumbnail_url = UNSET
        else:
            thumbnail_url = self.thumbnail_url

        if thumbnail_url is not UNSET:
            field_dict["thumbnailUrl"] = thumbnail_url
        container_id: None | str | Unset
        if isinstance(self.container_id, Unset):
            container_id = UNSET
        else:
            container_id = self.container_id

        if container_id is not UNSET:
            field_dict["containerId"] = container_id
        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        if slug is not UNSET:
            field_dict["slug"] = slug
        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        extension: None | str | Unset
        if isinstance(self.extension, Unset):
            extension = UNSET
        else:
            extension = self.extension

        if extension is not UNSET:
            field_dict["extension"] = extension
        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        if color is not UNSET:
            field_dict["color"] = color
        data: None | str | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        else:
            data = self.data

        if data is not UNSET:
            field_dict["data"] = data
        document_content: None | str | Unset
        if isinstance(self.document_content, Unset):
            document_content = UNSET
        else:
            document_content = self.document_content

        if document_content is not UNSET:
            field_dict["documentContent"] = document_content
        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        deleted: bool | None | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        nb_download: int | None | Unset
        if isinstance(self.nb_download, Unset):
            nb_download = UNSET
        else:
            nb_download = self.nb_download

        if nb_download is not UNSET:
            field_dict["nbDownload"] = nb_download
        nb_files: int | None | Unset
        if isinstance(self.nb_files, Unset):
            nb_files = UNSET
        else:
            nb_files = self.nb_files

        if nb_files is not UNSET:
            field_dict["nbFiles"] = nb_files
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
        date_deleted: None | str | Unset
        if isinstance(self.date_deleted, Unset):
            date_deleted = UNSET
        elif isinstance(self.date_deleted, datetime.datetime):
            date_deleted = self.date_deleted.isoformat()
        else:
            date_deleted = self.date_deleted

        if date_deleted is not UNSET:
            field_dict["dateDeleted"] = date_deleted
        deleted_by: dict[str, Any] | None | Unset
        if isinstance(self.deleted_by, Unset):
            deleted_by = UNSET
        elif isinstance(self.deleted_by, UserLightDto):
            deleted_by = self.deleted_by.to_dict()
        else:
            deleted_by = self.deleted_by

        if deleted_by is not UNSET:
            field_dict["deletedBy"] = deleted_by
        creator: dict[str, Any] | None | Unset
        if isinstance(self.creator, Unset):
            creator = UNSET
        elif isinstance(self.creator, UserLightDto):
            creator = self.creator.to_dict()
        else:
            creator = self.creator

        if creator is not UNSET:
            field_dict["creator"] = creator
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, AttachmentType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        if type_ is not UNSET:
            field_dict["type"] = type_
        is_folder: bool | None | Unset
        if isinstance(self.is_folder, Unset):
            is_folder = UNSET
        else:
            is_folder = self.is_folder

        if is_folder is not UNSET:
            field_dict["isFolder"] = is_folder
        is_editable: bool | None | Unset
        if isinstance(self.is_editable, Unset):
            is_editable = UNSET
        else:
            is_editable = self.is_editable

        if is_editable is not UNSET:
            field_dict["isEditable"] = is_editable
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
        parsed.label = src_dict["label"]
        parsed.id = src_dict.get("id", UNSET)
        parsed.order = src_dict.get("order", UNSET)
        parsed.external = src_dict.get("external", UNSET)
        parsed.size = src_dict.get("size", UNSET)
        parsed.built_in = src_dict.get("builtIn", UNSET)
        parsed.url = src_dict.get("url", UNSET)
        parsed.source = _parse_source(src_dict.get("source", UNSET))
        parsed.icon_url = src_dict.get("iconUrl", UNSET)
        parsed.thumbnail_url = src_dict.get("thumbnailUrl", UNSET)
        parsed.container_id = src_dict.get("containerId", UNSET)
        parsed.slug = src_dict.get("slug", UNSET)
        parsed.file_name = src_dict.get("fileName", UNSET)
        parsed.extension = src_dict.get("extension", UNSET)
        parsed.color = src_dict.get("color", UNSET)
        parsed.data = src_dict.get("data", UNSET)
        parsed.document_content = src_dict.get("documentContent", UNSET)
        parsed.parent_id = src_dict.get("parentId", UNSET)
        parsed.deleted = src_dict.get("deleted", UNSET)
        parsed.nb_download = src_dict.get("nbDownload", UNSET)
        parsed.nb_files = src_dict.get("nbFiles", UNSET)
        parsed.date_creation = _parse_date_creation(src_dict.get("dateCreation", UNSET))
        parsed.date_update = _parse_date_update(src_dict.get("dateUpdate", UNSET))
        parsed.date_deleted = _parse_date_deleted(src_dict.get("dateDeleted", UNSET))
        parsed.type_ = _parse_type_(src_dict.get("type", UNSET))
        parsed.is_folder = src_dict.get("isFolder", UNSET)
        parsed.is_editable = src_dict.get("isEditable", UNSET)
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
