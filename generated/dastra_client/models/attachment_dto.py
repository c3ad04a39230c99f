from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attachment_source import AttachmentSource
from ..models.attachment_type import AttachmentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_light_dto import UserLightDto


T = TypeVar("T", bound="AttachmentDto")


@_attrs_define
class AttachmentDto:
    """
    Attributes:
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
        from ..models.user_light_dto import UserLightDto

        label = self.label

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        order: int | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        else:
            order = self.order

        external: bool | None | Unset
        if isinstance(self.external, Unset):
            external = UNSET
        else:
            external = self.external

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        built_in: bool | None | Unset
        if isinstance(self.built_in, Unset):
            built_in = UNSET
        else:
            built_in = self.built_in

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, AttachmentSource):
            source = self.source.value
        else:
            source = self.source

        icon_url: None | str | Unset
        if isinstance(self.icon_url, Unset):
            icon_url = UNSET
        else:
            icon_url = self.icon_url

        thumbnail_url: None | str | Unset
        if isinstance(self.thumbnail_url, Unset):
            thumbnail_url = UNSET
        else:
            thumbnail_url = self.thumbnail_url

        container_id: None | str | Unset
        if isinstance(self.container_id, Unset):
            container_id = UNSET
        else:
            container_id = self.container_id

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        extension: None | str | Unset
        if isinstance(self.extension, Unset):
            extension = UNSET
        else:
            extension = self.extension

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        data: None | str | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        else:
            data = self.data

        document_content: None | str | Unset
        if isinstance(self.document_content, Unset):
            document_content = UNSET
        else:
            document_content = self.document_content

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        deleted: bool | None | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        nb_download: int | None | Unset
        if isinstance(self.nb_download, Unset):
            nb_download = UNSET
        else:
            nb_download = self.nb_download

        nb_files: int | None | Unset
        if isinstance(self.nb_files, Unset):
            nb_files = UNSET
        else:
            nb_files = self.nb_files

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

        date_deleted: None | str | Unset
        if isinstance(self.date_deleted, Unset):
            date_deleted = UNSET
        elif isinstance(self.date_deleted, datetime.datetime):
            date_deleted = self.date_deleted.isoformat()
        else:
            date_deleted = self.date_deleted

        deleted_by: dict[str, Any] | None | Unset
        if isinstance(self.deleted_by, Unset):
            deleted_by = UNSET
        elif isinstance(self.deleted_by, UserLightDto):
            deleted_by = self.deleted_by.to_dict()
        else:
            deleted_by = self.deleted_by

        creator: dict[str, Any] | None | Unset
        if isinstance(self.creator, Unset):
            creator = UNSET
        elif isinstance(self.creator, UserLightDto):
            creator = self.creator.to_dict()
        else:
            creator = self.creator

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, AttachmentType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        is_folder: bool | None | Unset
        if isinstance(self.is_folder, Unset):
            is_folder = UNSET
        else:
            is_folder = self.is_folder

        is_editable: bool | None | Unset
        if isinstance(self.is_editable, Unset):
            is_editable = UNSET
        else:
            is_editable = self.is_editable

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
        field_dict.update(
            {
                "label": label,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if order is not UNSET:
            field_dict["order"] = order
        if external is not UNSET:
            field_dict["external"] = external
        if size is not UNSET:
            field_dict["size"] = size
        if built_in is not UNSET:
            field_dict["builtIn"] = built_in
        if url is not UNSET:
            field_dict["url"] = url
        if source is not UNSET:
            field_dict["source"] = source
        if icon_url is not UNSET:
            field_dict["iconUrl"] = icon_url
        if thumbnail_url is not UNSET:
            field_dict["thumbnailUrl"] = thumbnail_url
        if container_id is not UNSET:
            field_dict["containerId"] = container_id
        if slug is not UNSET:
            field_dict["slug"] = slug
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if extension is not UNSET:
            field_dict["extension"] = extension
        if color is not UNSET:
            field_dict["color"] = color
        if data is not UNSET:
            field_dict["data"] = data
        if document_content is not UNSET:
            field_dict["documentContent"] = document_content
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if nb_download is not UNSET:
            field_dict["nbDownload"] = nb_download
        if nb_files is not UNSET:
            field_dict["nbFiles"] = nb_files
        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        if date_deleted is not UNSET:
            field_dict["dateDeleted"] = date_deleted
        if deleted_by is not UNSET:
            field_dict["deletedBy"] = deleted_by
        if creator is not UNSET:
            field_dict["creator"] = creator
        if type_ is not UNSET:
            field_dict["type"] = type_
        if is_folder is not UNSET:
            field_dict["isFolder"] = is_folder
        if is_editable is not UNSET:
            field_dict["isEditable"] = is_editable
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_light_dto import UserLightDto

        d = dict(src_dict)
        label = d.pop("label")

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order = _parse_order(d.pop("order", UNSET))

        def _parse_external(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        external = _parse_external(d.pop("external", UNSET))

        def _parse_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        def _parse_built_in(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        built_in = _parse_built_in(d.pop("builtIn", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_source(data: object) -> AttachmentSource | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_0 = AttachmentSource(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AttachmentSource | None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_icon_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        icon_url = _parse_icon_url(d.pop("iconUrl", UNSET))

        def _parse_thumbnail_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thumbnail_url = _parse_thumbnail_url(d.pop("thumbnailUrl", UNSET))

        def _parse_container_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        container_id = _parse_container_id(d.pop("containerId", UNSET))

        def _parse_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        slug = _parse_slug(d.pop("slug", UNSET))

        def _parse_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_name = _parse_file_name(d.pop("fileName", UNSET))

        def _parse_extension(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        extension = _parse_extension(d.pop("extension", UNSET))

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        def _parse_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_document_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document_content = _parse_document_content(d.pop("documentContent", UNSET))

        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

        def _parse_deleted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        deleted = _parse_deleted(d.pop("deleted", UNSET))

        def _parse_nb_download(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_download = _parse_nb_download(d.pop("nbDownload", UNSET))

        def _parse_nb_files(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_files = _parse_nb_files(d.pop("nbFiles", UNSET))

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

        def _parse_date_deleted(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_deleted_type_0 = datetime.datetime.fromisoformat(data)

                return date_deleted_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_deleted = _parse_date_deleted(d.pop("dateDeleted", UNSET))

        def _parse_deleted_by(data: object) -> None | Unset | UserLightDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                deleted_by_type_1 = UserLightDto.from_dict(data)

                return deleted_by_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserLightDto, data)

        deleted_by = _parse_deleted_by(d.pop("deletedBy", UNSET))

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

        def _parse_type_(data: object) -> AttachmentType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = AttachmentType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AttachmentType | None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_is_folder(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_folder = _parse_is_folder(d.pop("isFolder", UNSET))

        def _parse_is_editable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_editable = _parse_is_editable(d.pop("isEditable", UNSET))

        def _parse_children(data: object) -> list[AttachmentDto] | None | Unset:
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
                    children_type_0_item = AttachmentDto.from_dict(children_type_0_item_data)

                    children_type_0.append(children_type_0_item)

                return children_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AttachmentDto] | None | Unset, data)

        children = _parse_children(d.pop("children", UNSET))

        attachment_dto = cls(
            label=label,
            id=id,
            order=order,
            external=external,
            size=size,
            built_in=built_in,
            url=url,
            source=source,
            icon_url=icon_url,
            thumbnail_url=thumbnail_url,
            container_id=container_id,
            slug=slug,
            file_name=file_name,
            extension=extension,
            color=color,
            data=data,
            document_content=document_content,
            parent_id=parent_id,
            deleted=deleted,
            nb_download=nb_download,
            nb_files=nb_files,
            date_creation=date_creation,
            date_update=date_update,
            date_deleted=date_deleted,
            deleted_by=deleted_by,
            creator=creator,
            type_=type_,
            is_folder=is_folder,
            is_editable=is_editable,
            children=children,
        )

        attachment_dto.additional_properties = d
        return attachment_dto

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
