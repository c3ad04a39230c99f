from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_subject_attachment_dto import DataSubjectAttachmentDto


T = TypeVar("T", bound="DataSubjectMessageCreationDto")


@_attrs_define
class DataSubjectMessageCreationDto:
    """
    Attributes:
        message (str):
        attachments (list[DataSubjectAttachmentDto] | None | Unset):
        data_subject_request_id (int | None | Unset):
    """

    message: str
    attachments: list[DataSubjectAttachmentDto] | None | Unset = UNSET
    data_subject_request_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

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

        data_subject_request_id: int | None | Unset
        if isinstance(self.data_subject_request_id, Unset):
            data_subject_request_id = UNSET
        else:
            data_subject_request_id = self.data_subject_request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if data_subject_request_id is not UNSET:
            field_dict["dataSubjectRequestId"] = data_subject_request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_subject_attachment_dto import DataSubjectAttachmentDto

        d = dict(src_dict)
        message = d.pop("message")

        def _parse_attachments(data: object) -> list[DataSubjectAttachmentDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attachments_type_0 = []
                _attachments_type_0 = data
                for attachments_type_0_item_data in _attachments_type_0:
                    attachments_type_0_item = DataSubjectAttachmentDto.from_dict(attachments_type_0_item_data)

                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DataSubjectAttachmentDto] | None | Unset, data)

        attachments = _parse_attachments(d.pop("attachments", UNSET))

        def _parse_data_subject_request_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        data_subject_request_id = _parse_data_subject_request_id(d.pop("dataSubjectRequestId", UNSET))

        data_subject_message_creation_dto = cls(
            message=message,
            attachments=attachments,
            data_subject_request_id=data_subject_request_id,
        )

        data_subject_message_creation_dto.additional_properties = d
        return data_subject_message_creation_dto

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
