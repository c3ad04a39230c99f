from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_response_evaluation_state import AuditResponseEvaluationState
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditResponseStatePayload")


@_attrs_define
class AuditResponseStatePayload:
    """
    Attributes:
        question_ids (list[UUID] | None | Unset):
        state (AuditResponseEvaluationState | None | str | Unset):
    """

    question_ids: list[UUID] | None | Unset = UNSET
    state: AuditResponseEvaluationState | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, AuditResponseEvaluationState):
            state = self.state.value
        else:
            state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if question_ids is not UNSET:
            field_dict["questionIds"] = question_ids
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_question_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                question_ids_type_0 = []
                _question_ids_type_0 = data
                for question_ids_type_0_item_data in _question_ids_type_0:
                    question_ids_type_0_item = UUID(question_ids_type_0_item_data)

                    question_ids_type_0.append(question_ids_type_0_item)

                return question_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        question_ids = _parse_question_ids(d.pop("questionIds", UNSET))

        def _parse_state(data: object) -> AuditResponseEvaluationState | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = AuditResponseEvaluationState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditResponseEvaluationState | None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        audit_response_state_payload = cls(
            question_ids=question_ids,
            state=state,
        )

        audit_response_state_payload.additional_properties = d
        return audit_response_state_payload

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
