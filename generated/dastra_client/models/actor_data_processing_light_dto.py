from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter
from typing import Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import (
    LazyModel,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.data_processing_actor_type import DataProcessingActorType
from ..models.job_title import JobTitle
from ..models.processing_type import ProcessingType
from ..models.recipient_type import RecipientType
from ..types import UNSET, Unset

_DATA_PROCESSING_ACTOR_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in DataProcessingActorType
}
_JOB_TITLE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in JobTitle}
_PROCESSING_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in ProcessingType}
_RECIPIENT_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in RecipientType}


_KEYS: Final[tuple[str, ...]] = (
    "recipientType",
    "jobTitle",
    "type",
    "id",
    "label",
    "ref",
    "description",
    "riskLevel",
    "workspaceId",
    "archived",
    "dateUpdate",
    "dateCreation",
    "areaId",
    "processingType",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "recipientType": UNSET,
    "jobTitle": UNSET,
    "type": UNSET,
    "id": UNSET,
    "label": UNSET,
    "ref": UNSET,
    "description": UNSET,
    "riskLevel": UNSET,
    "workspaceId": UNSET,
    "archived": UNSET,
    "dateUpdate": UNSET,
    "dateCreation": UNSET,
    "areaId": UNSET,
    "processingType": UNSET,
}

T = TypeVar("T", bound="ActorDataProcessingLightDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("recipient_type", "recipientType"),
        ("job_title", "jobTitle"),
        ("type_", "type"),
        ("id", "id"),
        ("label", "label"),
        ("ref", "ref"),
        ("description", "description"),
        ("risk_level", "riskLevel"),
        ("workspace_id", "workspaceId"),
        ("archived", "archived"),
        ("date_update", "dateUpdate"),
        ("date_creation", "dateCreation"),
        ("area_id", "areaId"),
        ("processing_type", "processingType"),
    )

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
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "recipient_type" not in unreadable:
            recipient_type: None | str | Unset
            if isinstance(self.recipient_type, Unset):
                recipient_type = UNSET
            elif isinstance(self.recipient_type, RecipientType):
                recipient_type = self.recipient_type.value
            else:
                recipient_type = self.recipient_type

            if recipient_type is not UNSET:
                field_dict["recipientType"] = recipient_type
        if "job_title" not in unreadable:
            job_title: None | str | Unset
            if isinstance(self.job_title, Unset):
                job_title = UNSET
            elif isinstance(self.job_title, JobTitle):
                job_title = self.job_title.value
            else:
                job_title = self.job_title

            if job_title is not UNSET:
                field_dict["jobTitle"] = job_title
        if "type_" not in unreadable:
            type_: None | str | Unset
            if isinstance(self.type_, Unset):
                type_ = UNSET
            elif isinstance(self.type_, DataProcessingActorType):
                type_ = self.type_.value
            else:
                type_ = self.type_

            if type_ is not UNSET:
                field_dict["type"] = type_
        if "id" not in unreadable:
            id: None | str | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            elif isinstance(self.id, UUID):
                id = str(self.id)
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "label" not in unreadable:
            label: None | str | Unset
            if isinstance(self.label, Unset):
                label = UNSET
            else:
                label = self.label

            if label is not UNSET:
                field_dict["label"] = label
        if "ref" not in unreadable:
            ref: None | str | Unset
            if isinstance(self.ref, Unset):
                ref = UNSET
            else:
                ref = self.ref

            if ref is not UNSET:
                field_dict["ref"] = ref
        if "description" not in unreadable:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

            if description is not UNSET:
                field_dict["description"] = description
        if "risk_level" not in unreadable:
            risk_level: int | None | Unset
            if isinstance(self.risk_level, Unset):
                risk_level = UNSET
            else:
                risk_level = self.risk_level

            if risk_level is not UNSET:
                field_dict["riskLevel"] = risk_level
        if "workspace_id" not in unreadable:
            workspace_id: int | None | Unset
            if isinstance(self.workspace_id, Unset):
                workspace_id = UNSET
            else:
                workspace_id = self.workspace_id

            if workspace_id is not UNSET:
                field_dict["workspaceId"] = workspace_id
        if "archived" not in unreadable:
            archived: bool | None | Unset
            if isinstance(self.archived, Unset):
                archived = UNSET
            else:
                archived = self.archived

            if archived is not UNSET:
                field_dict["archived"] = archived
        if "date_update" not in unreadable:
            date_update: None | str | Unset
            if isinstance(self.date_update, Unset):
                date_update = UNSET
            elif isinstance(self.date_update, datetime.datetime):
                date_update = self.date_update.isoformat()
            else:
                date_update = self.date_update

            if date_update is not UNSET:
                field_dict["dateUpdate"] = date_update
        if "date_creation" not in unreadable:
            date_creation: None | str | Unset
            if isinstance(self.date_creation, Unset):
                date_creation = UNSET
            elif isinstance(self.date_creation, datetime.datetime):
                date_creation = self.date_creation.isoformat()
            else:
                date_creation = self.date_creation

            if date_creation is not UNSET:
                field_dict["dateCreation"] = date_creation
        if "area_id" not in unreadable:
            area_id: int | None | Unset
            if isinstance(self.area_id, Unset):
                area_id = UNSET
            else:
                area_id = self.area_id

            if area_id is not UNSET:
                field_dict["areaId"] = area_id
        if "processing_type" not in unreadable:
            processing_type: None | str | Unset
            if isinstance(self.processing_type, Unset):
                processing_type = UNSET
            elif isinstance(self.processing_type, ProcessingType):
                processing_type = self.processing_type.value
            else:
                processing_type = self.processing_type

            if processing_type is not UNSET:
                field_dict["processingType"] = processing_type
        if unreadable:
            self._as_received(field_dict, unreadable)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Each value is checked against its field's type; one that does not fit is recorded by
        # `invalid` and its slot left empty, so that reading it raises FieldValidationError (_lazy.py).
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        try:  # values[i] is the value of _KEYS[i]
            if len(src_dict) >= 14:
                values = _KNOWN_VALUES(src_dict)
            else:  # a known key is absent (no KeyError raised and caught for it)
                values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except KeyError:  # unknown keys in place of known ones
            values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except (TypeError, AttributeError):  # a list, a string, a number...: not an object
            raise not_an_object(cls, src_dict) from None
        parsed = cls.__new__(cls)
        absent = 0  # the known keys the object lacks: its other keys are unknown ones if len() says more
        value = values[0]
        if isinstance(value, str):
            parsed.recipient_type = _RECIPIENT_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.recipient_type = None
        elif value is UNSET:
            parsed.recipient_type = UNSET
            absent += 1
        else:
            invalid(parsed, "recipient_type", "recipientType", "RecipientType | str | None", value)

        value = values[1]
        if isinstance(value, str):
            parsed.job_title = _JOB_TITLE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.job_title = None
        elif value is UNSET:
            parsed.job_title = UNSET
            absent += 1
        else:
            invalid(parsed, "job_title", "jobTitle", "JobTitle | str | None", value)

        value = values[2]
        if isinstance(value, str):
            parsed.type_ = _DATA_PROCESSING_ACTOR_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.type_ = None
        elif value is UNSET:
            parsed.type_ = UNSET
            absent += 1
        else:
            invalid(parsed, "type_", "type", "DataProcessingActorType | str | None", value)

        value = values[3]
        if value is None:
            parsed.id = None
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            try:
                parsed.id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "id", "id", "UUID | None", value)

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.label = value
        elif value is UNSET:
            parsed.label = UNSET
            absent += 1
        else:
            invalid(parsed, "label", "label", "str | None", value)

        value = values[5]
        if isinstance(value, str) or value is None:
            parsed.ref = value
        elif value is UNSET:
            parsed.ref = UNSET
            absent += 1
        else:
            invalid(parsed, "ref", "ref", "str | None", value)

        value = values[6]
        if isinstance(value, str) or value is None:
            parsed.description = value
        elif value is UNSET:
            parsed.description = UNSET
            absent += 1
        else:
            invalid(parsed, "description", "description", "str | None", value)

        value = values[7]
        if type(value) is int or value is None:
            parsed.risk_level = value
        elif value is UNSET:
            parsed.risk_level = UNSET
            absent += 1
        else:
            invalid(parsed, "risk_level", "riskLevel", "int | None", value)

        value = values[8]
        if type(value) is int or value is None:
            parsed.workspace_id = value
        elif value is UNSET:
            parsed.workspace_id = UNSET
            absent += 1
        else:
            invalid(parsed, "workspace_id", "workspaceId", "int | None", value)

        value = values[9]
        if type(value) is bool or value is None:
            parsed.archived = value
        elif value is UNSET:
            parsed.archived = UNSET
            absent += 1
        else:
            invalid(parsed, "archived", "archived", "bool | None", value)

        value = values[10]
        if value is None:
            parsed.date_update = None
        elif value is UNSET:
            parsed.date_update = UNSET
            absent += 1
        else:
            try:
                parsed.date_update = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_update", "dateUpdate", "datetime.datetime | None", value)

        value = values[11]
        if value is None:
            parsed.date_creation = None
        elif value is UNSET:
            parsed.date_creation = UNSET
            absent += 1
        else:
            try:
                parsed.date_creation = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_creation", "dateCreation", "datetime.datetime | None", value)

        value = values[12]
        if type(value) is int or value is None:
            parsed.area_id = value
        elif value is UNSET:
            parsed.area_id = UNSET
            absent += 1
        else:
            invalid(parsed, "area_id", "areaId", "int | None", value)

        value = values[13]
        if isinstance(value, str):
            parsed.processing_type = _PROCESSING_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.processing_type = None
        elif value is UNSET:
            parsed.processing_type = UNSET
            absent += 1
        else:
            invalid(parsed, "processing_type", "processingType", "ProcessingType | str | None", value)

        if len(src_dict) + absent == 14:  # every key is a known one
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
