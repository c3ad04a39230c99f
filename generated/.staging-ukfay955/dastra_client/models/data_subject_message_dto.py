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
    from ..models.data_subject_attachment_dto import DataSubjectAttachmentDto
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





def _parse_date_update(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
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




def _parse_date_send(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_date_viewed(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_user(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data







def _parse_attachments(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.DataSubjectAttachmentDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data



def _load_user(source: Mapping[str, Any]) -> Any:
    return _parse_user(source.get("user", UNSET))

def _load_attachments(source: Mapping[str, Any]) -> Any:
    return _parse_attachments(source.get("attachments", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("message", "id", "files", "dateUpdate", "dateCreation", "dateSend", "dateViewed", "user", "userRequestId", "attachmentsLifetimeInHours", "attachments", ))

T = TypeVar("T", bound="DataSubjectMessageDto")



@_attrs_define
class DataSubjectMessageDto(LazyModel):
    """Attributes:
        message (str):
        id (None | Unset | UUID):
        files (list[str] | None | Unset):
        date_update (datetime.datetime | None | Unset):
        date_creation (datetime.datetime | None | Unset):
        date_send (datetime.datetime | None | Unset):
        date_viewed (datetime.datetime | None | Unset):
        user (None | Unset | UserLightDto):
        user_request_id (int | None | Unset):
        attachments_lifetime_in_hours (int | None | Unset):
        attachments (list[DataSubjectAttachmentDto] | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "user": _load_user,
        "attachments": _load_attachments,
    }

    message: str
    id: None | Unset | UUID = UNSET
    files: list[str] | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_send: datetime.datetime | None | Unset = UNSET
    date_viewed: datetime.datetime | None | Unset = UNSET
    user: None | Unset | UserLightDto = UNSET
    user_request_id: int | None | Unset = UNSET
    attachments_lifetime_in_hours: int | None | Unset = UNSET
    attachments: list[DataSubjectAttachmentDto] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.data_subject_attachment_dto import DataSubjectAttachmentDto  # noqa: PLC0415
        from ..models.user_light_dto import UserLightDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        message = self.message

        field_dict["message"] = message
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        files: list[str] | None | Unset
        if isinstance(self.files, Unset):
            files = UNSET
        elif isinstance(self.files, list):
            files = self.files


        else:
            files = self.files

        if files is not UNSET:
            field_dict["files"] = files
        date_update: None | str | Unset
        if isinstance(self.date_update, Unset):
            date_update = UNSET
        elif isinstance(self.date_update, datetime.datetime):
            date_update = self.date_update.isoformat()
        else:
            date_update = self.date_update

        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        date_send: None | str | Unset
        if isinstance(self.date_send, Unset):
            date_send = UNSET
        elif isinstance(self.date_send, datetime.datetime):
            date_send = self.date_send.isoformat()
        else:
            date_send = self.date_send

        if date_send is not UNSET:
            field_dict["dateSend"] = date_send
        date_viewed: None | str | Unset
        if isinstance(self.date_viewed, Unset):
            date_viewed = UNSET
        elif isinstance(self.date_viewed, datetime.datetime):
            date_viewed = self.date_viewed.isoformat()
        else:
            date_viewed = self.date_viewed

        if date_viewed is not UNSET:
            field_dict["dateViewed"] = date_viewed
        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, UserLightDto):
            user = self.user.to_dict()
        else:
            user = self.user

        if user is not UNSET:
            field_dict["user"] = user
        user_request_id: int | None | Unset
        if isinstance(self.user_request_id, Unset):
            user_request_id = UNSET
        else:
            user_request_id = self.user_request_id

        if user_request_id is not UNSET:
            field_dict["userRequestId"] = user_request_id
        attachments_lifetime_in_hours: int | None | Unset
        if isinstance(self.attachments_lifetime_in_hours, Unset):
            attachments_lifetime_in_hours = UNSET
        else:
            attachments_lifetime_in_hours = self.attachments_lifetime_in_hours

        if attachments_lifetime_in_hours is not UNSET:
            field_dict["attachmentsLifetimeInHours"] = attachments_lifetime_in_hours
        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)


        else:
            attachments = self.attachments

        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.message = src_dict["message"]
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.files = src_dict.get("files", UNSET)
        parsed.date_update = _parse_date_update(src_dict.get("dateUpdate", UNSET))
        parsed.date_creation = _parse_date_creation(src_dict.get("dateCreation", UNSET))
        parsed.date_send = _parse_date_send(src_dict.get("dateSend", UNSET))
        parsed.date_viewed = _parse_date_viewed(src_dict.get("dateViewed", UNSET))
        parsed.user_request_id = src_dict.get("userRequestId", UNSET)
        parsed.attachments_lifetime_in_hours = src_dict.get("attachmentsLifetimeInHours", UNSET)
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
