from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.audit_response_evaluation_state import AuditResponseEvaluationState
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID








def _parse_question_ids(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [UUID(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_state(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = AuditResponseEvaluationState._value2member_map_.get(data)
    if member is not None:
        return member
    return data




_KNOWN_KEYS: frozenset[str] = frozenset(("questionIds", "state", ))

T = TypeVar("T", bound="AuditResponseStatePayload")



@_attrs_define
class AuditResponseStatePayload(LazyModel):
    """Attributes:
        question_ids (list[UUID] | None | Unset):
        state (AuditResponseEvaluationState | None | str | Unset):
"""


    question_ids: list[UUID] | None | Unset = UNSET
    state: AuditResponseEvaluationState | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        question_ids: list[str] | None | Unset
        if isinstance(self.question_ids, Unset):
            question_ids = UNSET
        elif isinstance(self.question_ids, list):
            question_ids = []
            for question_ids_type_0_item_data in self.question_ids:
                question_ids_type_0_item = str(question_ids_type_0_item_data)
                question_ids.append(question_ids_type_0_item)


        else:
            question_ids = self.question_ids

        if question_ids is not UNSET:
            field_dict["questionIds"] = question_ids
        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, AuditResponseEvaluationState):
            state = self.state.value
        else:
            state = self.state

        if state is not UNSET:
            field_dict["state"] = state
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.question_ids = _parse_question_ids(src_dict.get("questionIds", UNSET))
        parsed.state = _parse_state(src_dict.get("state", UNSET))
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
