from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.user_light_dto import UserLightDto






def _parse_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data










def _parse_user_request_message_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
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




def _parse_creator(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_expiration(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_date_last_download(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_date_file_removed(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data






def _load_creator(source: Mapping[str, Any]) -> Any:
    return _parse_creator(source.get("creator", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("id", "extension", "size", "nbDownload", "transmitted", "fileName", "label", "userRequestMessageId", "userRequestId", "dateCreation", "dateUpdate", "creator", "expiration", "dateLastDownload", "dateFileRemoved", "deleted", "expired", "color", ))

T = TypeVar("T", bound="DataSubjectAttachmentDto")



@_attrs_define
class DataSubjectAttachmentDto(LazyModel):
    """Attributes:
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

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "creator": _load_creator,
    }

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
        from ..models.user_light_dto import UserLightDto  # noqa: PLC0415
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
        extension: None | str | Unset
        if isinstance(self.extension, Unset):
            extension = UNSET
        else:
            extension = self.extension

        if extension is not UNSET:
            field_dict["extension"] = extension
        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        if size is not UNSET:
            field_dict["size"] = size
        nb_download: int | None | Unset
        if isinstance(self.nb_download, Unset):
            nb_download = UNSET
        else:
            nb_download = self.nb_download

        if nb_download is not UNSET:
            field_dict["nbDownload"] = nb_download
        transmitted: bool | None | Unset
        if isinstance(self.transmitted, Unset):
            transmitted = UNSET
        else:
            transmitted = self.transmitted

        if transmitted is not UNSET:
            field_dict["transmitted"] = transmitted
        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        if label is not UNSET:
            field_dict["label"] = label
        user_request_message_id: None | str | Unset
        if isinstance(self.user_request_message_id, Unset):
            user_request_message_id = UNSET
        elif isinstance(self.user_request_message_id, UUID):
            user_request_message_id = str(self.user_request_message_id)
        else:
            user_request_message_id = self.user_request_message_id

        if user_request_message_id is not UNSET:
            field_dict["userRequestMessageId"] = user_request_message_id
        user_request_id: int | None | Unset
        if isinstance(self.user_request_id, Unset):
            user_request_id = UNSET
        else:
            user_request_id = self.user_request_id

        if user_request_id is not UNSET:
            field_dict["userRequestId"] = user_request_id
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
        creator: dict[str, Any] | None | Unset
        if isinstance(self.creator, Unset):
            creator = UNSET
        elif isinstance(self.creator, UserLightDto):
            creator = self.creator.to_dict()
        else:
            creator = self.creator

        if creator is not UNSET:
            field_dict["creator"] = creator
        expiration: None | str | Unset
        if isinstance(self.expiration, Unset):
            expiration = UNSET
        elif isinstance(self.expiration, datetime.datetime):
            expiration = self.expiration.isoformat()
        else:
            expiration = self.expiration

        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        date_last_download: None | str | Unset
        if isinstance(self.date_last_download, Unset):
            date_last_download = UNSET
        elif isinstance(self.date_last_download, datetime.datetime):
            date_last_download = self.date_last_download.isoformat()
        else:
            date_last_download = self.date_last_download

        if date_last_download is not UNSET:
            field_dict["dateLastDownload"] = date_last_download
        date_file_removed: None | str | Unset
        if isinstance(self.date_file_removed, Unset):
            date_file_removed = UNSET
        elif isinstance(self.date_file_removed, datetime.datetime):
            date_file_removed = self.date_file_removed.isoformat()
        else:
            date_file_removed = self.date_file_removed

        if date_file_removed is not UNSET:
            field_dict["dateFileRemoved"] = date_file_removed
        deleted: bool | None | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        expired: bool | None | Unset
        if isinstance(self.expired, Unset):
            expired = UNSET
        else:
            expired = self.expired

        if expired is not UNSET:
            field_dict["expired"] = expired
        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        if color is not UNSET:
            field_dict["color"] = color
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.extension = src_dict.get("extension", UNSET)
        parsed.size = src_dict.get("size", UNSET)
        parsed.nb_download = src_dict.get("nbDownload", UNSET)
        parsed.transmitted = src_dict.get("transmitted", UNSET)
        parsed.file_name = src_dict.get("fileName", UNSET)
        parsed.label = src_dict.get("label", UNSET)
        parsed.user_request_message_id = _parse_user_request_message_id(src_dict.get("userRequestMessageId", UNSET))
        parsed.user_request_id = src_dict.get("userRequestId", UNSET)
        parsed.date_creation = _parse_date_creation(src_dict.get("dateCreation", UNSET))
        parsed.date_update = _parse_date_update(src_dict.get("dateUpdate", UNSET))
        parsed.expiration = _parse_expiration(src_dict.get("expiration", UNSET))
        parsed.date_last_download = _parse_date_last_download(src_dict.get("dateLastDownload", UNSET))
        parsed.date_file_removed = _parse_date_file_removed(src_dict.get("dateFileRemoved", UNSET))
        parsed.deleted = src_dict.get("deleted", UNSET)
        parsed.expired = src_dict.get("expired", UNSET)
        parsed.color = src_dict.get("color", UNSET)
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
