from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.priority import Priority
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime









def _parse_deadline(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
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







def _parse_priority(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = Priority._value2member_map_.get(data)
    if member is not None:
        return member
    return data




_KNOWN_KEYS: frozenset[str] = frozenset(("questionId", "label", "deadline", "id", "userId", "description", "priority", ))

T = TypeVar("T", bound="AuditRelatedTask")



@_attrs_define
class AuditRelatedTask(LazyModel):
    """Attributes:
        question_id (UUID):
        label (str):
        deadline (datetime.datetime | None | Unset):
        id (None | Unset | UUID):
        user_id (int | None | Unset):
        description (None | str | Unset):
        priority (None | Priority | str | Unset):
"""


    question_id: UUID
    label: str
    deadline: datetime.datetime | None | Unset = UNSET
    id: None | Unset | UUID = UNSET
    user_id: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    priority: None | Priority | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        question_id = str(self.question_id)

        field_dict["questionId"] = question_id
        label = self.label

        field_dict["label"] = label
        deadline: None | str | Unset
        if isinstance(self.deadline, Unset):
            deadline = UNSET
        elif isinstance(self.deadline, datetime.datetime):
            deadline = self.deadline.isoformat()
        else:
            deadline = self.deadline

        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        if user_id is not UNSET:
            field_dict["userId"] = user_id
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        if description is not UNSET:
            field_dict["description"] = description
        priority: None | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        elif isinstance(self.priority, Priority):
            priority = self.priority.value
        else:
            priority = self.priority

        if priority is not UNSET:
            field_dict["priority"] = priority
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.question_id = UUID(src_dict["questionId"])
        parsed.label = src_dict["label"]
        parsed.deadline = _parse_deadline(src_dict.get("deadline", UNSET))
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.user_id = src_dict.get("userId", UNSET)
        parsed.description = src_dict.get("description", UNSET)
        parsed.priority = _parse_priority(src_dict.get("priority", UNSET))
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
