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
from ..models.processing_type import ProcessingType
from ..models.recipient_type import RecipientType
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime








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





def _parse_type_(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = DataProcessingActorType._value2member_map_.get(data)
    if member is not None:
        return member
    return data




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






def _parse_processing_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = ProcessingType._value2member_map_.get(data)
    if member is not None:
        return member
    return data




_KNOWN_KEYS: frozenset[str] = frozenset(("recipientType", "jobTitle", "type", "id", "label", "ref", "description", "riskLevel", "workspaceId", "archived", "dateUpdate", "dateCreation", "areaId", "processingType", ))

T = TypeVar("T", bound="ActorDataProcessingLightDto")



@_attrs_define
class ActorDataProcessingLightDto(LazyModel):
    """Attributes:
        recipient_type (None | RecipientType | str | Unset):
        job_title (JobTitle | None | str | Unset):
        type_ (DataProcessingActorType | None | str | Unset):
        id (None | Unset | UUID):
        label (None | str | Unset):
        ref (None | str | Unset):
        description (None | str | Unset):
        risk_level (int | None | Unset):
        workspace_id (int | None | Unset):
        archived (bool | None | Unset):
        date_update (datetime.datetime | None | Unset):
        date_creation (datetime.datetime | None | Unset):
        area_id (int | None | Unset):
        processing_type (None | ProcessingType | str | Unset):
"""


    recipient_type: None | RecipientType | str | Unset = UNSET
    job_title: JobTitle | None | str | Unset = UNSET
    type_: DataProcessingActorType | None | str | Unset = UNSET
    id: None | Unset | UUID = UNSET
    label: None | str | Unset = UNSET
    ref: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    risk_level: int | None | Unset = UNSET
    workspace_id: int | None | Unset = UNSET
    archived: bool | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    area_id: int | None | Unset = UNSET
    processing_type: None | ProcessingType | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

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
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, DataProcessingActorType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        if type_ is not UNSET:
            field_dict["type"] = type_
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        if label is not UNSET:
            field_dict["label"] = label
        ref: None | str | Unset
        if isinstance(self.ref, Unset):
            ref = UNSET
        else:
            ref = self.ref

        if ref is not UNSET:
            field_dict["ref"] = ref
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        if description is not UNSET:
            field_dict["description"] = description
        risk_level: int | None | Unset
        if isinstance(self.risk_level, Unset):
            risk_level = UNSET
        else:
            risk_level = self.risk_level

        if risk_level is not UNSET:
            field_dict["riskLevel"] = risk_level
        workspace_id: int | None | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id
        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        if archived is not UNSET:
            field_dict["archived"] = archived
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
        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        processing_type: None | str | Unset
        if isinstance(self.processing_type, Unset):
            processing_type = UNSET
        elif isinstance(self.processing_type, ProcessingType):
            processing_type = self.processing_type.value
        else:
            processing_type = self.processing_type

        if processing_type is not UNSET:
            field_dict["processingType"] = processing_type
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.recipient_type = _parse_recipient_type(src_dict.get("recipientType", UNSET))
        parsed.job_title = _parse_job_title(src_dict.get("jobTitle", UNSET))
        parsed.type_ = _parse_type_(src_dict.get("type", UNSET))
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.label = src_dict.get("label", UNSET)
        parsed.ref = src_dict.get("ref", UNSET)
        parsed.description = src_dict.get("description", UNSET)
        parsed.risk_level = src_dict.get("riskLevel", UNSET)
        parsed.workspace_id = src_dict.get("workspaceId", UNSET)
        parsed.archived = src_dict.get("archived", UNSET)
        parsed.date_update = _parse_date_update(src_dict.get("dateUpdate", UNSET))
        parsed.date_creation = _parse_date_creation(src_dict.get("dateCreation", UNSET))
        parsed.area_id = src_dict.get("areaId", UNSET)
        parsed.processing_type = _parse_processing_type(src_dict.get("processingType", UNSET))
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
