from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.data_subject_request_data_processing_state import DataSubjectRequestDataProcessingState
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.user_light_dto import UserLightDto






def _parse_date_notification(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_state(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = DataSubjectRequestDataProcessingState._value2member_map_.get(data)
    if member is not None:
        return member
    return data




def _parse_processor(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_data_processing_id(data: Any) -> Any:
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




def _parse_date_notification_sent(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data



def _load_processor(source: Mapping[str, Any]) -> Any:
    return _parse_processor(source.get("processor", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("dateNotification", "state", "processor", "dataProcessingId", "dataSubjectRequestId", "dateCreation", "dateUpdate", "dateNotificationSent", ))

T = TypeVar("T", bound="DataSubjectRequestDataProcessingDto")



@_attrs_define
class DataSubjectRequestDataProcessingDto(LazyModel):
    """Attributes:
        date_notification (datetime.datetime | None | Unset):
        state (DataSubjectRequestDataProcessingState | None | str | Unset):
        processor (None | Unset | UserLightDto):
        data_processing_id (None | Unset | UUID):
        data_subject_request_id (int | None | Unset):
        date_creation (datetime.datetime | None | Unset):
        date_update (datetime.datetime | None | Unset):
        date_notification_sent (datetime.datetime | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "processor": _load_processor,
    }

    date_notification: datetime.datetime | None | Unset = UNSET
    state: DataSubjectRequestDataProcessingState | None | str | Unset = UNSET
    processor: None | Unset | UserLightDto = UNSET
    data_processing_id: None | Unset | UUID = UNSET
    data_subject_request_id: int | None | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    date_notification_sent: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_light_dto import UserLightDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        date_notification: None | str | Unset
        if isinstance(self.date_notification, Unset):
            date_notification = UNSET
        elif isinstance(self.date_notification, datetime.datetime):
            date_notification = self.date_notification.isoformat()
        else:
            date_notification = self.date_notification

        if date_notification is not UNSET:
            field_dict["dateNotification"] = date_notification
        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, DataSubjectRequestDataProcessingState):
            state = self.state.value
        else:
            state = self.state

        if state is not UNSET:
            field_dict["state"] = state
        processor: dict[str, Any] | None | Unset
        if isinstance(self.processor, Unset):
            processor = UNSET
        elif isinstance(self.processor, UserLightDto):
            processor = self.processor.to_dict()
        else:
            processor = self.processor

        if processor is not UNSET:
            field_dict["processor"] = processor
        data_processing_id: None | str | Unset
        if isinstance(self.data_processing_id, Unset):
            data_processing_id = UNSET
        elif isinstance(self.data_processing_id, UUID):
            data_processing_id = str(self.data_processing_id)
        else:
            data_processing_id = self.data_processing_id

        if data_processing_id is not UNSET:
            field_dict["dataProcessingId"] = data_processing_id
        data_subject_request_id: int | None | Unset
        if isinstance(self.data_subject_request_id, Unset):
            data_subject_request_id = UNSET
        else:
            data_subject_request_id = self.data_subject_request_id

        if data_subject_request_id is not UNSET:
            field_dict["dataSubjectRequestId"] = data_subject_request_id
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
        date_notification_sent: None | str | Unset
        if isinstance(self.date_notification_sent, Unset):
            date_notification_sent = UNSET
        elif isinstance(self.date_notification_sent, datetime.datetime):
            date_notification_sent = self.date_notification_sent.isoformat()
        else:
            date_notification_sent = self.date_notification_sent

        if date_notification_sent is not UNSET:
            field_dict["dateNotificationSent"] = date_notification_sent
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.date_notification = _parse_date_notification(src_dict.get("dateNotification", UNSET))
        parsed.state = _parse_state(src_dict.get("state", UNSET))
        parsed.data_processing_id = _parse_data_processing_id(src_dict.get("dataProcessingId", UNSET))
        parsed.data_subject_request_id = src_dict.get("dataSubjectRequestId", UNSET)
        parsed.date_creation = _parse_date_creation(src_dict.get("dateCreation", UNSET))
        parsed.date_update = _parse_date_update(src_dict.get("dateUpdate", UNSET))
        parsed.date_notification_sent = _parse_date_notification_sent(src_dict.get("dateNotificationSent", UNSET))
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
