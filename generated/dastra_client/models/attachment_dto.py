from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import FieldValidationError, VariantMismatchError
from .._lazy import (
    EAGER,
    MISSING,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
)
from ..models.attachment_source import AttachmentSource
from ..models.attachment_type import AttachmentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_light_dto import UserLightDto
else:
    UserLightDto = deferred(globals(), "UserLightDto", "..models.user_light_dto")


_ATTACHMENT_SOURCE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in AttachmentSource}
_ATTACHMENT_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in AttachmentType}


def _load_deleted_by(model: AttachmentDto, source: Mapping[str, Any]) -> Any:
    value = source.get("deletedBy", UNSET)
    if value is None or value is UNSET:
        model.deleted_by = value
        return value
    if isinstance(value, dict):
        try:
            model.deleted_by = result = UserLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "deleted_by", "deletedBy", "UserLightDto | None", value)
    else:
        result = invalid(model, "deleted_by", "deletedBy", "UserLightDto | None", value)
    return result


def _load_creator(model: AttachmentDto, source: Mapping[str, Any]) -> Any:
    value = source.get("creator", UNSET)
    if value is None or value is UNSET:
        model.creator = value
        return value
    if isinstance(value, dict):
        try:
            model.creator = result = UserLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "creator", "creator", "UserLightDto | None", value)
    else:
        result = invalid(model, "creator", "creator", "UserLightDto | None", value)
    return result


def _load_children(model: AttachmentDto, source: Mapping[str, Any]) -> Any:
    value = source.get("children", UNSET)
    if value is None or value is UNSET:
        model.children = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.children = result = list(map(AttachmentDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "children",
                "children",
                "list[AttachmentDto] | None",
                value,
                items=AttachmentDto.from_dict,
            )
    else:
        result = invalid(model, "children", "children", "list[AttachmentDto] | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "label",
    "id",
    "order",
    "external",
    "size",
    "builtIn",
    "url",
    "source",
    "iconUrl",
    "thumbnailUrl",
    "containerId",
    "slug",
    "fileName",
    "extension",
    "color",
    "data",
    "documentContent",
    "parentId",
    "deleted",
    "nbDownload",
    "nbFiles",
    "dateCreation",
    "dateUpdate",
    "dateDeleted",
    "deletedBy",
    "creator",
    "type",
    "isFolder",
    "isEditable",
    "children",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "label": MISSING,
    "id": UNSET,
    "order": UNSET,
    "external": UNSET,
    "size": UNSET,
    "builtIn": UNSET,
    "url": UNSET,
    "source": UNSET,
    "iconUrl": UNSET,
    "thumbnailUrl": UNSET,
    "containerId": UNSET,
    "slug": UNSET,
    "fileName": UNSET,
    "extension": UNSET,
    "color": UNSET,
    "data": UNSET,
    "documentContent": UNSET,
    "parentId": UNSET,
    "deleted": UNSET,
    "nbDownload": UNSET,
    "nbFiles": UNSET,
    "dateCreation": UNSET,
    "dateUpdate": UNSET,
    "dateDeleted": UNSET,
    "deletedBy": UNSET,
    "creator": UNSET,
    "type": UNSET,
    "isFolder": UNSET,
    "isEditable": UNSET,
    "children": UNSET,
}

T = TypeVar("T", bound="AttachmentDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("label", "label"),
        ("id", "id"),
        ("order", "order"),
        ("external", "external"),
        ("size", "size"),
        ("built_in", "builtIn"),
        ("url", "url"),
        ("source", "source"),
        ("icon_url", "iconUrl"),
        ("thumbnail_url", "thumbnailUrl"),
        ("container_id", "containerId"),
        ("slug", "slug"),
        ("file_name", "fileName"),
        ("extension", "extension"),
        ("color", "color"),
        ("data", "data"),
        ("document_content", "documentContent"),
        ("parent_id", "parentId"),
        ("deleted", "deleted"),
        ("nb_download", "nbDownload"),
        ("nb_files", "nbFiles"),
        ("date_creation", "dateCreation"),
        ("date_update", "dateUpdate"),
        ("date_deleted", "dateDeleted"),
        ("deleted_by", "deletedBy"),
        ("creator", "creator"),
        ("type_", "type"),
        ("is_folder", "isFolder"),
        ("is_editable", "isEditable"),
        ("children", "children"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
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
        from ..models.user_light_dto import UserLightDto

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "label" not in unreadable:
            label = self.label

            field_dict["label"] = label
        if "id" not in unreadable:
            id: int | None | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "order" not in unreadable:
            order: int | None | Unset
            if isinstance(self.order, Unset):
                order = UNSET
            else:
                order = self.order

            if order is not UNSET:
                field_dict["order"] = order
        if "external" not in unreadable:
            external: bool | None | Unset
            if isinstance(self.external, Unset):
                external = UNSET
            else:
                external = self.external

            if external is not UNSET:
                field_dict["external"] = external
        if "size" not in unreadable:
            size: int | None | Unset
            if isinstance(self.size, Unset):
                size = UNSET
            else:
                size = self.size

            if size is not UNSET:
                field_dict["size"] = size
        if "built_in" not in unreadable:
            built_in: bool | None | Unset
            if isinstance(self.built_in, Unset):
                built_in = UNSET
            else:
                built_in = self.built_in

            if built_in is not UNSET:
                field_dict["builtIn"] = built_in
        if "url" not in unreadable:
            url: None | str | Unset
            if isinstance(self.url, Unset):
                url = UNSET
            else:
                url = self.url

            if url is not UNSET:
                field_dict["url"] = url
        if "source" not in unreadable:
            source: None | str | Unset
            if isinstance(self.source, Unset):
                source = UNSET
            elif isinstance(self.source, AttachmentSource):
                source = self.source.value
            else:
                source = self.source

            if source is not UNSET:
                field_dict["source"] = source
        if "icon_url" not in unreadable:
            icon_url: None | str | Unset
            if isinstance(self.icon_url, Unset):
                icon_url = UNSET
            else:
                icon_url = self.icon_url

            if icon_url is not UNSET:
                field_dict["iconUrl"] = icon_url
        if "thumbnail_url" not in unreadable:
            thumbnail_url: None | str | Unset
            if isinstance(self.thumbnail_url, Unset):
                thumbnail_url = UNSET
            else:
                thumbnail_url = self.thumbnail_url

            if thumbnail_url is not UNSET:
                field_dict["thumbnailUrl"] = thumbnail_url
        if "container_id" not in unreadable:
            container_id: None | str | Unset
            if isinstance(self.container_id, Unset):
                container_id = UNSET
            else:
                container_id = self.container_id

            if container_id is not UNSET:
                field_dict["containerId"] = container_id
        if "slug" not in unreadable:
            slug: None | str | Unset
            if isinstance(self.slug, Unset):
                slug = UNSET
            else:
                slug = self.slug

            if slug is not UNSET:
                field_dict["slug"] = slug
        if "file_name" not in unreadable:
            file_name: None | str | Unset
            if isinstance(self.file_name, Unset):
                file_name = UNSET
            else:
                file_name = self.file_name

            if file_name is not UNSET:
                field_dict["fileName"] = file_name
        if "extension" not in unreadable:
            extension: None | str | Unset
            if isinstance(self.extension, Unset):
                extension = UNSET
            else:
                extension = self.extension

            if extension is not UNSET:
                field_dict["extension"] = extension
        if "color" not in unreadable:
            color: None | str | Unset
            if isinstance(self.color, Unset):
                color = UNSET
            else:
                color = self.color

            if color is not UNSET:
                field_dict["color"] = color
        if "data" not in unreadable:
            data: None | str | Unset
            if isinstance(self.data, Unset):
                data = UNSET
            else:
                data = self.data

            if data is not UNSET:
                field_dict["data"] = data
        if "document_content" not in unreadable:
            document_content: None | str | Unset
            if isinstance(self.document_content, Unset):
                document_content = UNSET
            else:
                document_content = self.document_content

            if document_content is not UNSET:
                field_dict["documentContent"] = document_content
        if "parent_id" not in unreadable:
            parent_id: int | None | Unset
            if isinstance(self.parent_id, Unset):
                parent_id = UNSET
            else:
                parent_id = self.parent_id

            if parent_id is not UNSET:
                field_dict["parentId"] = parent_id
        if "deleted" not in unreadable:
            deleted: bool | None | Unset
            if isinstance(self.deleted, Unset):
                deleted = UNSET
            else:
                deleted = self.deleted

            if deleted is not UNSET:
                field_dict["deleted"] = deleted
        if "nb_download" not in unreadable:
            nb_download: int | None | Unset
            if isinstance(self.nb_download, Unset):
                nb_download = UNSET
            else:
                nb_download = self.nb_download

            if nb_download is not UNSET:
                field_dict["nbDownload"] = nb_download
        if "nb_files" not in unreadable:
            nb_files: int | None | Unset
            if isinstance(self.nb_files, Unset):
                nb_files = UNSET
            else:
                nb_files = self.nb_files

            if nb_files is not UNSET:
                field_dict["nbFiles"] = nb_files
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
        if "date_deleted" not in unreadable:
            date_deleted: None | str | Unset
            if isinstance(self.date_deleted, Unset):
                date_deleted = UNSET
            elif isinstance(self.date_deleted, datetime.datetime):
                date_deleted = self.date_deleted.isoformat()
            else:
                date_deleted = self.date_deleted

            if date_deleted is not UNSET:
                field_dict["dateDeleted"] = date_deleted
        if "deleted_by" not in unreadable:
            deleted_by: dict[str, Any] | None | Unset
            if isinstance(self.deleted_by, Unset):
                deleted_by = UNSET
            elif isinstance(self.deleted_by, UserLightDto):
                deleted_by = self.deleted_by.to_dict()
            else:
                deleted_by = self.deleted_by

            if deleted_by is not UNSET:
                field_dict["deletedBy"] = deleted_by
        if "creator" not in unreadable:
            creator: dict[str, Any] | None | Unset
            if isinstance(self.creator, Unset):
                creator = UNSET
            elif isinstance(self.creator, UserLightDto):
                creator = self.creator.to_dict()
            else:
                creator = self.creator

            if creator is not UNSET:
                field_dict["creator"] = creator
        if "type_" not in unreadable:
            type_: None | str | Unset
            if isinstance(self.type_, Unset):
                type_ = UNSET
            elif isinstance(self.type_, AttachmentType):
                type_ = self.type_.value
            else:
                type_ = self.type_

            if type_ is not UNSET:
                field_dict["type"] = type_
        if "is_folder" not in unreadable:
            is_folder: bool | None | Unset
            if isinstance(self.is_folder, Unset):
                is_folder = UNSET
            else:
                is_folder = self.is_folder

            if is_folder is not UNSET:
                field_dict["isFolder"] = is_folder
        if "is_editable" not in unreadable:
            is_editable: bool | None | Unset
            if isinstance(self.is_editable, Unset):
                is_editable = UNSET
            else:
                is_editable = self.is_editable

            if is_editable is not UNSET:
                field_dict["isEditable"] = is_editable
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
            if len(src_dict) >= 30:
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
        if isinstance(value, str):
            parsed.label = value
        else:
            invalid(parsed, "label", "label", "str", value)
            absent += value is MISSING

        value = values[1]
        if type(value) is int or value is None:
            parsed.id = value
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            invalid(parsed, "id", "id", "int | None", value)

        value = values[2]
        if type(value) is int or value is None:
            parsed.order = value
        elif value is UNSET:
            parsed.order = UNSET
            absent += 1
        else:
            invalid(parsed, "order", "order", "int | None", value)

        value = values[3]
        if type(value) is bool or value is None:
            parsed.external = value
        elif value is UNSET:
            parsed.external = UNSET
            absent += 1
        else:
            invalid(parsed, "external", "external", "bool | None", value)

        value = values[4]
        if type(value) is int or value is None:
            parsed.size = value
        elif value is UNSET:
            parsed.size = UNSET
            absent += 1
        else:
            invalid(parsed, "size", "size", "int | None", value)

        value = values[5]
        if type(value) is bool or value is None:
            parsed.built_in = value
        elif value is UNSET:
            parsed.built_in = UNSET
            absent += 1
        else:
            invalid(parsed, "built_in", "builtIn", "bool | None", value)

        value = values[6]
        if isinstance(value, str) or value is None:
            parsed.url = value
        elif value is UNSET:
            parsed.url = UNSET
            absent += 1
        else:
            invalid(parsed, "url", "url", "str | None", value)

        value = values[7]
        if isinstance(value, str):
            parsed.source = _ATTACHMENT_SOURCE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.source = None
        elif value is UNSET:
            parsed.source = UNSET
            absent += 1
        else:
            invalid(parsed, "source", "source", "AttachmentSource | str | None", value)

        value = values[8]
        if isinstance(value, str) or value is None:
            parsed.icon_url = value
        elif value is UNSET:
            parsed.icon_url = UNSET
            absent += 1
        else:
            invalid(parsed, "icon_url", "iconUrl", "str | None", value)

        value = values[9]
        if isinstance(value, str) or value is None:
            parsed.thumbnail_url = value
        elif value is UNSET:
            parsed.thumbnail_url = UNSET
            absent += 1
        else:
            invalid(parsed, "thumbnail_url", "thumbnailUrl", "str | None", value)

        value = values[10]
        if isinstance(value, str) or value is None:
            parsed.container_id = value
        elif value is UNSET:
            parsed.container_id = UNSET
            absent += 1
        else:
            invalid(parsed, "container_id", "containerId", "str | None", value)

        value = values[11]
        if isinstance(value, str) or value is None:
            parsed.slug = value
        elif value is UNSET:
            parsed.slug = UNSET
            absent += 1
        else:
            invalid(parsed, "slug", "slug", "str | None", value)

        value = values[12]
        if isinstance(value, str) or value is None:
            parsed.file_name = value
        elif value is UNSET:
            parsed.file_name = UNSET
            absent += 1
        else:
            invalid(parsed, "file_name", "fileName", "str | None", value)

        value = values[13]
        if isinstance(value, str) or value is None:
            parsed.extension = value
        elif value is UNSET:
            parsed.extension = UNSET
            absent += 1
        else:
            invalid(parsed, "extension", "extension", "str | None", value)

        value = values[14]
        if isinstance(value, str) or value is None:
            parsed.color = value
        elif value is UNSET:
            parsed.color = UNSET
            absent += 1
        else:
            invalid(parsed, "color", "color", "str | None", value)

        value = values[15]
        if isinstance(value, str) or value is None:
            parsed.data = value
        elif value is UNSET:
            parsed.data = UNSET
            absent += 1
        else:
            invalid(parsed, "data", "data", "str | None", value)

        value = values[16]
        if isinstance(value, str) or value is None:
            parsed.document_content = value
        elif value is UNSET:
            parsed.document_content = UNSET
            absent += 1
        else:
            invalid(parsed, "document_content", "documentContent", "str | None", value)

        value = values[17]
        if type(value) is int or value is None:
            parsed.parent_id = value
        elif value is UNSET:
            parsed.parent_id = UNSET
            absent += 1
        else:
            invalid(parsed, "parent_id", "parentId", "int | None", value)

        value = values[18]
        if type(value) is bool or value is None:
            parsed.deleted = value
        elif value is UNSET:
            parsed.deleted = UNSET
            absent += 1
        else:
            invalid(parsed, "deleted", "deleted", "bool | None", value)

        value = values[19]
        if type(value) is int or value is None:
            parsed.nb_download = value
        elif value is UNSET:
            parsed.nb_download = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_download", "nbDownload", "int | None", value)

        value = values[20]
        if type(value) is int or value is None:
            parsed.nb_files = value
        elif value is UNSET:
            parsed.nb_files = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_files", "nbFiles", "int | None", value)

        value = values[21]
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

        value = values[22]
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

        value = values[23]
        if value is None:
            parsed.date_deleted = None
        elif value is UNSET:
            parsed.date_deleted = UNSET
            absent += 1
        else:
            try:
                parsed.date_deleted = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_deleted", "dateDeleted", "datetime.datetime | None", value)

        value = values[24]
        if value is None:
            parsed.deleted_by = None
        elif value is UNSET:
            parsed.deleted_by = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.deleted_by = UserLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "deleted_by", "deletedBy", "UserLightDto | None", value)
            else:
                invalid(parsed, "deleted_by", "deletedBy", "UserLightDto | None", value)

        value = values[25]
        if value is None:
            parsed.creator = None
        elif value is UNSET:
            parsed.creator = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.creator = UserLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "creator", "creator", "UserLightDto | None", value)
            else:
                invalid(parsed, "creator", "creator", "UserLightDto | None", value)

        value = values[26]
        if isinstance(value, str):
            parsed.type_ = _ATTACHMENT_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.type_ = None
        elif value is UNSET:
            parsed.type_ = UNSET
            absent += 1
        else:
            invalid(parsed, "type_", "type", "AttachmentType | str | None", value)

        value = values[27]
        if type(value) is bool or value is None:
            parsed.is_folder = value
        elif value is UNSET:
            parsed.is_folder = UNSET
            absent += 1
        else:
            invalid(parsed, "is_folder", "isFolder", "bool | None", value)

        value = values[28]
        if type(value) is bool or value is None:
            parsed.is_editable = value
        elif value is UNSET:
            parsed.is_editable = UNSET
            absent += 1
        else:
            invalid(parsed, "is_editable", "isEditable", "bool | None", value)

        value = values[29]
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
                    parsed.children = list(map(AttachmentDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "children",
                        "children",
                        "list[AttachmentDto] | None",
                        value,
                        items=AttachmentDto.from_dict,
                    )
            else:
                invalid(parsed, "children", "children", "list[AttachmentDto] | None", value)

        if len(src_dict) + absent == 30:  # every key is a known one
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
