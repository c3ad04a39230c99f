from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditResponseChangeStateDto")


@_attrs_define
class AuditResponseChangeStateDto:
    """
    Attributes:
        id (UUID):
        review_html (None | str | Unset):
        reset_question_state (bool | None | Unset):
    """

    id: UUID
    review_html: None | str | Unset = UNSET
    reset_question_state: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        review_html: None | str | Unset
        if isinstance(self.review_html, Unset):
            review_html = UNSET
        else:
            review_html = self.review_html

        reset_question_state: bool | None | Unset
        if isinstance(self.reset_question_state, Unset):
            reset_question_state = UNSET
        else:
            reset_question_state = self.reset_question_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if review_html is not UNSET:
            field_dict["reviewHtml"] = review_html
        if reset_question_state is not UNSET:
            field_dict["resetQuestionState"] = reset_question_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_review_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        review_html = _parse_review_html(d.pop("reviewHtml", UNSET))

        def _parse_reset_question_state(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        reset_question_state = _parse_reset_question_state(d.pop("resetQuestionState", UNSET))

        audit_response_change_state_dto = cls(
            id=id,
            review_html=review_html,
            reset_question_state=reset_question_state,
        )

        audit_response_change_state_dto.additional_properties = d
        return audit_response_change_state_dto

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
