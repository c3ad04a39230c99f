from __future__ import annotations

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
from ..models.recipient_type import RecipientType
from ..types import UNSET, Unset

_DATA_PROCESSING_ACTOR_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in DataProcessingActorType
}
_JOB_TITLE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in JobTitle}
_RECIPIENT_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in RecipientType}


_KEYS: Final[tuple[str, ...]] = (
    "actorIds",
    "label",
    "description",
    "type",
    "recipientType",
    "jobTitle",
    "dataProcessingId",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "actorIds": UNSET,
    "label": UNSET,
    "description": UNSET,
    "type": UNSET,
    "recipientType": UNSET,
    "jobTitle": UNSET,
    "dataProcessingId": UNSET,
}

T = TypeVar("T", bound="ActorDataProcessingBatchDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("actor_ids", "actorIds"),
        ("label", "label"),
        ("description", "description"),
        ("type_", "type"),
        ("recipient_type", "recipientType"),
        ("job_title", "jobTitle"),
        ("data_processing_id", "dataProcessingId"),
    )

    actor_ids: list[int] | None | Unset = UNSET
    label: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    type_: DataProcessingActorType | None | str | Unset = UNSET
    recipient_type: None | RecipientType | str | Unset = UNSET
    job_title: JobTitle | None | str | Unset = UNSET
    data_processing_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "actor_ids" not in unreadable:
            actor_ids: list[int] | None | Unset
            if isinstance(self.actor_ids, Unset):
                actor_ids = UNSET
            elif isinstance(self.actor_ids, list):
                actor_ids = self.actor_ids

            else:
                actor_ids = self.actor_ids

            if actor_ids is not UNSET:
                field_dict["actorIds"] = actor_ids
        if "label" not in unreadable:
            label: None | str | Unset
            if isinstance(self.label, Unset):
                label = UNSET
            else:
                label = self.label

            if label is not UNSET:
                field_dict["label"] = label
        if "description" not in unreadable:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

            if description is not UNSET:
                field_dict["description"] = description
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
        if "data_processing_id" not in unreadable:
            data_processing_id: None | str | Unset
            if isinstance(self.data_processing_id, Unset):
                data_processing_id = UNSET
            elif isinstance(self.data_processing_id, UUID):
                data_processing_id = str(self.data_processing_id)
            else:
                data_processing_id = self.data_processing_id

            if data_processing_id is not UNSET:
                field_dict["dataProcessingId"] = data_processing_id
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
            if len(src_dict) >= 7:
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
        if isinstance(value, list):
            for item in value:
                if type(item) is not int:
                    invalid(
                        parsed,
                        "actor_ids",
                        "actorIds",
                        "list[int] | None",
                        value,
                        items=lambda item: type(item) is int,
                    )
                    break
            else:
                parsed.actor_ids = value
        elif value is None:
            parsed.actor_ids = None
        elif value is UNSET:
            parsed.actor_ids = UNSET
            absent += 1
        else:
            invalid(parsed, "actor_ids", "actorIds", "list[int] | None", value)

        value = values[1]
        if isinstance(value, str) or value is None:
            parsed.label = value
        elif value is UNSET:
            parsed.label = UNSET
            absent += 1
        else:
            invalid(parsed, "label", "label", "str | None", value)

        value = values[2]
        if isinstance(value, str) or value is None:
            parsed.description = value
        elif value is UNSET:
            parsed.description = UNSET
            absent += 1
        else:
            invalid(parsed, "description", "description", "str | None", value)

        value = values[3]
        if isinstance(value, str):
            parsed.type_ = _DATA_PROCESSING_ACTOR_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.type_ = None
        elif value is UNSET:
            parsed.type_ = UNSET
            absent += 1
        else:
            invalid(parsed, "type_", "type", "DataProcessingActorType | str | None", value)

        value = values[4]
        if isinstance(value, str):
            parsed.recipient_type = _RECIPIENT_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.recipient_type = None
        elif value is UNSET:
            parsed.recipient_type = UNSET
            absent += 1
        else:
            invalid(parsed, "recipient_type", "recipientType", "RecipientType | str | None", value)

        value = values[5]
        if isinstance(value, str):
            parsed.job_title = _JOB_TITLE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.job_title = None
        elif value is UNSET:
            parsed.job_title = UNSET
            absent += 1
        else:
            invalid(parsed, "job_title", "jobTitle", "JobTitle | str | None", value)

        value = values[6]
        if value is None:
            parsed.data_processing_id = None
        elif value is UNSET:
            parsed.data_processing_id = UNSET
            absent += 1
        else:
            try:
                parsed.data_processing_id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "data_processing_id", "dataProcessingId", "UUID | None", value)

        if len(src_dict) + absent == 7:  # every key is a known one
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
