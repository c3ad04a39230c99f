from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCloudFolderDto")


@_attrs_define
class CreateCloudFolderDto:
    """
    Attributes:
        name (str):
        folder_id (None | str | Unset):
        drive (None | str | Unset):
    """

    name: str
    folder_id: None | str | Unset = UNSET
    drive: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

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
                "name": name,
            }
        )
        if folder_id is not UNSET:
            field_dict["folderId"] = folder_id
        if drive is not UNSET:
            field_dict["drive"] = drive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

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

        create_cloud_folder_dto = cls(
            name=name,
            folder_id=folder_id,
            drive=drive,
        )

        create_cloud_folder_dto.additional_properties = d
        return create_cloud_folder_dto

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
