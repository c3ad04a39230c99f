from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_subject_request_data_processing_state import DataSubjectRequestDataProcessingState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_light_dto import UserLightDto


T = TypeVar("T", bound="DataSubjectRequestDataProcessingDto")


@_attrs_define
class DataSubjectRequestDataProcessingDto:
    """
    Attributes:
        date_notification (datetime.datetime | None | Unset):
        state (DataSubjectRequestDataProcessingState | None | str | Unset):
        processor (None | Unset | UserLightDto):
        data_processing_id (None | Unset | UUID):
        data_subject_request_id (int | None | Unset):
        date_creation (datetime.datetime | None | Unset):
        date_update (datetime.datetime | None | Unset):
        date_notification_sent (datetime.datetime | None | Unset):
    """

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
        from ..models.user_light_dto import UserLightDto

        date_notification: None | str | Unset
        if isinstance(self.date_notification, Unset):
            date_notification = UNSET
        elif isinstance(self.date_notification, datetime.datetime):
            date_notification = self.date_notification.isoformat()
        else:
            date_notification = self.date_notification

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, DataSubjectRequestDataProcessingState):
            state = self.state.value
        else:
            state = self.state

        processor: dict[str, Any] | None | Unset
        if isinstance(self.processor, Unset):
            processor = UNSET
        elif isinstance(self.processor, UserLightDto):
            processor = self.processor.to_dict()
        else:
            processor = self.processor

        data_processing_id: None | str | Unset
        if isinstance(self.data_processing_id, Unset):
            data_processing_id = UNSET
        elif isinstance(self.data_processing_id, UUID):
            data_processing_id = str(self.data_processing_id)
        else:
            data_processing_id = self.data_processing_id

        data_subject_request_id: int | None | Unset
        if isinstance(self.data_subject_request_id, Unset):
            data_subject_request_id = UNSET
        else:
            data_subject_request_id = self.data_subject_request_id

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

        date_notification_sent: None | str | Unset
        if isinstance(self.date_notification_sent, Unset):
            date_notification_sent = UNSET
        elif isinstance(self.date_notification_sent, datetime.datetime):
            date_notification_sent = self.date_notification_sent.isoformat()
        else:
            date_notification_sent = self.date_notification_sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_notification is not UNSET:
            field_dict["dateNotification"] = date_notification
        if state is not UNSET:
            field_dict["state"] = state
        if processor is not UNSET:
            field_dict["processor"] = processor
        if data_processing_id is not UNSET:
            field_dict["dataProcessingId"] = data_processing_id
        if data_subject_request_id is not UNSET:
            field_dict["dataSubjectRequestId"] = data_subject_request_id
        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        if date_notification_sent is not UNSET:
            field_dict["dateNotificationSent"] = date_notification_sent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_light_dto import UserLightDto

        d = dict(src_dict)

        def _parse_date_notification(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_notification_type_0 = datetime.datetime.fromisoformat(data)

                return date_notification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_notification = _parse_date_notification(d.pop("dateNotification", UNSET))

        def _parse_state(data: object) -> DataSubjectRequestDataProcessingState | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = DataSubjectRequestDataProcessingState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataSubjectRequestDataProcessingState | None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_processor(data: object) -> None | Unset | UserLightDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                processor_type_1 = UserLightDto.from_dict(data)

                return processor_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserLightDto, data)

        processor = _parse_processor(d.pop("processor", UNSET))

        def _parse_data_processing_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                data_processing_id_type_0 = UUID(data)

                return data_processing_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        data_processing_id = _parse_data_processing_id(d.pop("dataProcessingId", UNSET))

        def _parse_data_subject_request_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        data_subject_request_id = _parse_data_subject_request_id(d.pop("dataSubjectRequestId", UNSET))

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

        def _parse_date_notification_sent(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_notification_sent_type_0 = datetime.datetime.fromisoformat(data)

                return date_notification_sent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_notification_sent = _parse_date_notification_sent(d.pop("dateNotificationSent", UNSET))

        data_subject_request_data_processing_dto = cls(
            date_notification=date_notification,
            state=state,
            processor=processor,
            data_processing_id=data_processing_id,
            data_subject_request_id=data_subject_request_id,
            date_creation=date_creation,
            date_update=date_update,
            date_notification_sent=date_notification_sent,
        )

        data_subject_request_data_processing_dto.additional_properties = d
        return data_subject_request_data_processing_dto

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
