from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CloudAttachmentContentDto")


@_attrs_define
class CloudAttachmentContentDto:
    """
    Attributes:
        label (str):
        id (None | str | Unset):
        document_content (None | str | Unset):
        content_type (None | str | Unset):
        extension (None | str | Unset):
        folder_id (None | str | Unset):
        drive (None | str | Unset):
    """

    label: str
    id: None | str | Unset = UNSET
    document_content: None | str | Unset = UNSET
    content_type: None | str | Unset = UNSET
    extension: None | str | Unset = UNSET
    folder_id: None | str | Unset = UNSET
    drive: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        document_content: None | str | Unset
        if isinstance(self.document_content, Unset):
            document_content = UNSET
        else:
            document_content = self.document_content

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        extension: None | str | Unset
        if isinstance(self.extension, Unset):
            extension = UNSET
        else:
            extension = self.extension

        folder_id: None | str | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

        drive: None | str | Unset
        if isinstance(self.drive, Unset):
            drive = UNSET
        else:
            drive = self.drive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if document_content is not UNSET:
            field_dict["documentContent"] = document_content
        if content_type is not UNSET:
            field_dict["contentType"] = content_type
        if extension is not UNSET:
            field_dict["extension"] = extension
        if folder_id is not UNSET:
            field_dict["folderId"] = folder_id
        if drive is not UNSET:
            field_dict["drive"] = drive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_document_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document_content = _parse_document_content(d.pop("documentContent", UNSET))

        def _parse_content_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_type = _parse_content_type(d.pop("contentType", UNSET))

        def _parse_extension(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        extension = _parse_extension(d.pop("extension", UNSET))

        def _parse_folder_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        folder_id = _parse_folder_id(d.pop("folderId", UNSET))

        def _parse_drive(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        drive = _parse_drive(d.pop("drive", UNSET))

        cloud_attachment_content_dto = cls(
            label=label,
            id=id,
            document_content=document_content,
            content_type=content_type,
            extension=extension,
            folder_id=folder_id,
            drive=drive,
        )

        cloud_attachment_content_dto.additional_properties = d
        return cloud_attachment_content_dto

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
