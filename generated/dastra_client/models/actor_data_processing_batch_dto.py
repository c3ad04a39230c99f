from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_processing_actor_type import DataProcessingActorType
from ..models.job_title import JobTitle
from ..models.recipient_type import RecipientType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActorDataProcessingBatchDto")


@_attrs_define
class ActorDataProcessingBatchDto:
    """
    Attributes:
        actor_ids (list[int] | None | Unset):
        label (None | str | Unset):
        description (None | str | Unset):
        type_ (DataProcessingActorType | None | str | Unset):
        recipient_type (None | RecipientType | str | Unset):
        job_title (JobTitle | None | str | Unset):
        data_processing_id (None | Unset | UUID):
    """

    actor_ids: list[int] | None | Unset = UNSET
    label: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    type_: DataProcessingActorType | None | str | Unset = UNSET
    recipient_type: None | RecipientType | str | Unset = UNSET
    job_title: JobTitle | None | str | Unset = UNSET
    data_processing_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actor_ids: list[int] | None | Unset
        if isinstance(self.actor_ids, Unset):
            actor_ids = UNSET
        elif isinstance(self.actor_ids, list):
            actor_ids = self.actor_ids

        else:
            actor_ids = self.actor_ids

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, DataProcessingActorType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        recipient_type: None | str | Unset
        if isinstance(self.recipient_type, Unset):
            recipient_type = UNSET
        elif isinstance(self.recipient_type, RecipientType):
            recipient_type = self.recipient_type.value
        else:
            recipient_type = self.recipient_type

        job_title: None | str | Unset
        if isinstance(self.job_title, Unset):
            job_title = UNSET
        elif isinstance(self.job_title, JobTitle):
            job_title = self.job_title.value
        else:
            job_title = self.job_title

        data_processing_id: None | str | Unset
        if isinstance(self.data_processing_id, Unset):
            data_processing_id = UNSET
        elif isinstance(self.data_processing_id, UUID):
            data_processing_id = str(self.data_processing_id)
        else:
            data_processing_id = self.data_processing_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if actor_ids is not UNSET:
            field_dict["actorIds"] = actor_ids
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if recipient_type is not UNSET:
            field_dict["recipientType"] = recipient_type
        if job_title is not UNSET:
            field_dict["jobTitle"] = job_title
        if data_processing_id is not UNSET:
            field_dict["dataProcessingId"] = data_processing_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_actor_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                actor_ids_type_0 = cast(list[int], data)

                return actor_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        actor_ids = _parse_actor_ids(d.pop("actorIds", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_type_(data: object) -> DataProcessingActorType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = DataProcessingActorType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataProcessingActorType | None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_recipient_type(data: object) -> None | RecipientType | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recipient_type_type_0 = RecipientType(data)

                return recipient_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecipientType | str | Unset, data)

        recipient_type = _parse_recipient_type(d.pop("recipientType", UNSET))

        def _parse_job_title(data: object) -> JobTitle | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                job_title_type_0 = JobTitle(data)

                return job_title_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobTitle | None | str | Unset, data)

        job_title = _parse_job_title(d.pop("jobTitle", UNSET))

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

        actor_data_processing_batch_dto = cls(
            actor_ids=actor_ids,
            label=label,
            description=description,
            type_=type_,
            recipient_type=recipient_type,
            job_title=job_title,
            data_processing_id=data_processing_id,
        )

        actor_data_processing_batch_dto.additional_properties = d
        return actor_data_processing_batch_dto

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
