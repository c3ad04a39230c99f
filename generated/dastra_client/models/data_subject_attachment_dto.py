from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_light_dto import UserLightDto


T = TypeVar("T", bound="DataSubjectAttachmentDto")


@_attrs_define
class DataSubjectAttachmentDto:
    """
    Attributes:
        id (None | Unset | UUID):
        extension (None | str | Unset):
        size (int | None | Unset):
        nb_download (int | None | Unset):
        transmitted (bool | None | Unset):
        file_name (None | str | Unset):
        label (None | str | Unset):
        user_request_message_id (None | Unset | UUID):
        user_request_id (int | None | Unset):
        date_creation (datetime.datetime | None | Unset):
        date_update (datetime.datetime | None | Unset):
        creator (None | Unset | UserLightDto):
        expiration (datetime.datetime | None | Unset):
        date_last_download (datetime.datetime | None | Unset):
        date_file_removed (datetime.datetime | None | Unset):
        deleted (bool | None | Unset):
        expired (bool | None | Unset):
        color (None | str | Unset):
    """

    id: None | Unset | UUID = UNSET
    extension: None | str | Unset = UNSET
    size: int | None | Unset = UNSET
    nb_download: int | None | Unset = UNSET
    transmitted: bool | None | Unset = UNSET
    file_name: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    user_request_message_id: None | Unset | UUID = UNSET
    user_request_id: int | None | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    creator: None | Unset | UserLightDto = UNSET
    expiration: datetime.datetime | None | Unset = UNSET
    date_last_download: datetime.datetime | None | Unset = UNSET
    date_file_removed: datetime.datetime | None | Unset = UNSET
    deleted: bool | None | Unset = UNSET
    expired: bool | None | Unset = UNSET
    color: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_light_dto import UserLightDto

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        extension: None | str | Unset
        if isinstance(self.extension, Unset):
            extension = UNSET
        else:
            extension = self.extension

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        nb_download: int | None | Unset
        if isinstance(self.nb_download, Unset):
            nb_download = UNSET
        else:
            nb_download = self.nb_download

        transmitted: bool | None | Unset
        if isinstance(self.transmitted, Unset):
            transmitted = UNSET
        else:
            transmitted = self.transmitted

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        user_request_message_id: None | str | Unset
        if isinstance(self.user_request_message_id, Unset):
            user_request_message_id = UNSET
        elif isinstance(self.user_request_message_id, UUID):
            user_request_message_id = str(self.user_request_message_id)
        else:
            user_request_message_id = self.user_request_message_id

        user_request_id: int | None | Unset
        if isinstance(self.user_request_id, Unset):
            user_request_id = UNSET
        else:
            user_request_id = self.user_request_id

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

        creator: dict[str, Any] | None | Unset
        if isinstance(self.creator, Unset):
            creator = UNSET
        elif isinstance(self.creator, UserLightDto):
            creator = self.creator.to_dict()
        else:
            creator = self.creator

        expiration: None | str | Unset
        if isinstance(self.expiration, Unset):
            expiration = UNSET
        elif isinstance(self.expiration, datetime.datetime):
            expiration = self.expiration.isoformat()
        else:
            expiration = self.expiration

        date_last_download: None | str | Unset
        if isinstance(self.date_last_download, Unset):
            date_last_download = UNSET
        elif isinstance(self.date_last_download, datetime.datetime):
            date_last_download = self.date_last_download.isoformat()
        else:
            date_last_download = self.date_last_download

        date_file_removed: None | str | Unset
        if isinstance(self.date_file_removed, Unset):
            date_file_removed = UNSET
        elif isinstance(self.date_file_removed, datetime.datetime):
            date_file_removed = self.date_file_removed.isoformat()
        else:
            date_file_removed = self.date_file_removed

        deleted: bool | None | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        expired: bool | None | Unset
        if isinstance(self.expired, Unset):
            expired = UNSET
        else:
            expired = self.expired

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if extension is not UNSET:
            field_dict["extension"] = extension
        if size is not UNSET:
            field_dict["size"] = size
        if nb_download is not UNSET:
            field_dict["nbDownload"] = nb_download
        if transmitted is not UNSET:
            field_dict["transmitted"] = transmitted
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if label is not UNSET:
            field_dict["label"] = label
        if user_request_message_id is not UNSET:
            field_dict["userRequestMessageId"] = user_request_message_id
        if user_request_id is not UNSET:
            field_dict["userRequestId"] = user_request_id
        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        if creator is not UNSET:
            field_dict["creator"] = creator
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if date_last_download is not UNSET:
            field_dict["dateLastDownload"] = date_last_download
        if date_file_removed is not UNSET:
            field_dict["dateFileRemoved"] = date_file_removed
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if expired is not UNSET:
            field_dict["expired"] = expired
        if color is not UNSET:
            field_dict["color"] = color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_light_dto import UserLightDto

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

        def _parse_extension(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        extension = _parse_extension(d.pop("extension", UNSET))

        def _parse_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        def _parse_nb_download(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_download = _parse_nb_download(d.pop("nbDownload", UNSET))

        def _parse_transmitted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        transmitted = _parse_transmitted(d.pop("transmitted", UNSET))

        def _parse_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_name = _parse_file_name(d.pop("fileName", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_user_request_message_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                user_request_message_id_type_0 = UUID(data)

                return user_request_message_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        user_request_message_id = _parse_user_request_message_id(d.pop("userRequestMessageId", UNSET))

        def _parse_user_request_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_request_id = _parse_user_request_id(d.pop("userRequestId", UNSET))

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

        def _parse_expiration(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiration_type_0 = datetime.datetime.fromisoformat(data)

                return expiration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expiration = _parse_expiration(d.pop("expiration", UNSET))

        def _parse_date_last_download(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_last_download_type_0 = datetime.datetime.fromisoformat(data)

                return date_last_download_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_last_download = _parse_date_last_download(d.pop("dateLastDownload", UNSET))

        def _parse_date_file_removed(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_file_removed_type_0 = datetime.datetime.fromisoformat(data)

                return date_file_removed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_file_removed = _parse_date_file_removed(d.pop("dateFileRemoved", UNSET))

        def _parse_deleted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        deleted = _parse_deleted(d.pop("deleted", UNSET))

        def _parse_expired(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        expired = _parse_expired(d.pop("expired", UNSET))

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        data_subject_attachment_dto = cls(
            id=id,
            extension=extension,
            size=size,
            nb_download=nb_download,
            transmitted=transmitted,
            file_name=file_name,
            label=label,
            user_request_message_id=user_request_message_id,
            user_request_id=user_request_id,
            date_creation=date_creation,
            date_update=date_update,
            creator=creator,
            expiration=expiration,
            date_last_download=date_last_download,
            date_file_removed=date_file_removed,
            deleted=deleted,
            expired=expired,
            color=color,
        )

        data_subject_attachment_dto.additional_properties = d
        return data_subject_attachment_dto

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
