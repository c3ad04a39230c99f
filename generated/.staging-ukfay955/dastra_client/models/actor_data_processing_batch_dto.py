from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.data_processing_actor_type import DataProcessingActorType
from ..models.job_title import JobTitle
from ..models.recipient_type import RecipientType
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID











def _parse_type_(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = DataProcessingActorType._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_recipient_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = RecipientType._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_job_title(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = JobTitle._value2member_map_.get(data)
    if member is not None:
        return member
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




_KNOWN_KEYS: frozenset[str] = frozenset(("actorIds", "label", "description", "type", "recipientType", "jobTitle", "dataProcessingId", ))

T = TypeVar("T", bound="ActorDataProcessingBatchDto")



@_attrs_define
class ActorDataProcessingBatchDto(LazyModel):
    """Attributes:
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
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        actor_ids: list[int] | None | Unset
        if isinstance(self.actor_ids, Unset):
            actor_ids = UNSET
        elif isinstance(self.actor_ids, list):
            actor_ids = self.actor_ids


        else:
            actor_ids = self.actor_ids

        if actor_ids is not UNSET:
            field_dict["actorIds"] = actor_ids
        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        if label is not UNSET:
            field_dict["label"] = label
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        if description is not UNSET:
            field_dict["description"] = description
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, DataProcessingActorType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        if type_ is not UNSET:
            field_dict["type"] = type_
        recipient_type: None | str | Unset
        if isinstance(self.recipient_type, Unset):
            recipient_type = UNSET
        elif isinstance(self.recipient_type, RecipientType):
            recipient_type = self.recipient_type.value
        else:
            recipient_type = self.recipient_type

        if recipient_type is not UNSET:
            field_dict["recipientType"] = recipient_type
        job_title: None | str | Unset
        if isinstance(self.job_title, Unset):
            job_title = UNSET
        elif isinstance(self.job_title, JobTitle):
            job_title = self.job_title.value
        else:
            job_title = self.job_title

        if job_title is not UNSET:
            field_dict["jobTitle"] = job_title
        data_processing_id: None | str | Unset
        if isinstance(self.data_processing_id, Unset):
            data_processing_id = UNSET
        elif isinstance(self.data_processing_id, UUID):
            data_processing_id = str(self.data_processing_id)
        else:
            data_processing_id = self.data_processing_id

        if data_processing_id is not UNSET:
            field_dict["dataProcessingId"] = data_processing_id
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.actor_ids = src_dict.get("actorIds", UNSET)
        parsed.label = src_dict.get("label", UNSET)
        parsed.description = src_dict.get("description", UNSET)
        parsed.type_ = _parse_type_(src_dict.get("type", UNSET))
        parsed.recipient_type = _parse_recipient_type(src_dict.get("recipientType", UNSET))
        parsed.job_title = _parse_job_title(src_dict.get("jobTitle", UNSET))
        parsed.data_processing_id = _parse_data_processing_id(src_dict.get("dataProcessingId", UNSET))
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
