from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditResponseRenewDto")


@_attrs_define
class AuditResponseRenewDto:
    """
    Attributes:
        response_id (None | Unset | UUID):
        keep_responses (bool | None | Unset):
    """

    response_id: None | Unset | UUID = UNSET
    keep_responses: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response_id: None | str | Unset
        if isinstance(self.response_id, Unset):
            response_id = UNSET
        elif isinstance(self.response_id, UUID):
            response_id = str(self.response_id)
        else:
            response_id = self.response_id

        keep_responses: bool | None | Unset
        if isinstance(self.keep_responses, Unset):
            keep_responses = UNSET
        else:
            keep_responses = self.keep_responses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if response_id is not UNSET:
            field_dict["responseId"] = response_id
        if keep_responses is not UNSET:
            field_dict["keepResponses"] = keep_responses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_response_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                response_id_type_0 = UUID(data)

                return response_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        response_id = _parse_response_id(d.pop("responseId", UNSET))

        def _parse_keep_responses(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        keep_responses = _parse_keep_responses(d.pop("keepResponses", UNSET))

        audit_response_renew_dto = cls(
            response_id=response_id,
            keep_responses=keep_responses,
        )

        audit_response_renew_dto.additional_properties = d
        return audit_response_renew_dto

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
