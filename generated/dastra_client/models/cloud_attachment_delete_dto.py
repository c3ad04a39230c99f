from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CloudAttachmentDeleteDto")


@_attrs_define
class CloudAttachmentDeleteDto:
    """
    Attributes:
        ids (list[str] | None | Unset):
        hard_delete (bool | None | Unset):
        drive (None | str | Unset):
    """

    ids: list[str] | None | Unset = UNSET
    hard_delete: bool | None | Unset = UNSET
    drive: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids: list[str] | None | Unset
        if isinstance(self.ids, Unset):
            ids = UNSET
        elif isinstance(self.ids, list):
            ids = self.ids

        else:
            ids = self.ids

        hard_delete: bool | None | Unset
        if isinstance(self.hard_delete, Unset):
            hard_delete = UNSET
        else:
            hard_delete = self.hard_delete

        drive: None | str | Unset
        if isinstance(self.drive, Unset):
            drive = UNSET
        else:
            drive = self.drive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if hard_delete is not UNSET:
            field_dict["hardDelete"] = hard_delete
        if drive is not UNSET:
            field_dict["drive"] = drive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ids_type_0 = cast(list[str], data)

                return ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        ids = _parse_ids(d.pop("ids", UNSET))

        def _parse_hard_delete(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        hard_delete = _parse_hard_delete(d.pop("hardDelete", UNSET))

        def _parse_drive(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        drive = _parse_drive(d.pop("drive", UNSET))

        cloud_attachment_delete_dto = cls(
            ids=ids,
            hard_delete=hard_delete,
            drive=drive,
        )

        cloud_attachment_delete_dto.additional_properties = d
        return cloud_attachment_delete_dto

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
