from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataProcessingInvitationDto")


@_attrs_define
class DataProcessingInvitationDto:
    """
    Attributes:
        body (str):
        user_ids (list[int]):
        section_label (None | str | Unset):
        section (None | str | Unset):
    """

    body: str
    user_ids: list[int]
    section_label: None | str | Unset = UNSET
    section: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        user_ids = self.user_ids

        section_label: None | str | Unset
        if isinstance(self.section_label, Unset):
            section_label = UNSET
        else:
            section_label = self.section_label

        section: None | str | Unset
        if isinstance(self.section, Unset):
            section = UNSET
        else:
            section = self.section

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
                "userIds": user_ids,
            }
        )
        if section_label is not UNSET:
            field_dict["sectionLabel"] = section_label
        if section is not UNSET:
            field_dict["section"] = section

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        user_ids = cast(list[int], d.pop("userIds"))

        def _parse_section_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        section_label = _parse_section_label(d.pop("sectionLabel", UNSET))

        def _parse_section(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        section = _parse_section(d.pop("section", UNSET))

        data_processing_invitation_dto = cls(
            body=body,
            user_ids=user_ids,
            section_label=section_label,
            section=section,
        )

        data_processing_invitation_dto.additional_properties = d
        return data_processing_invitation_dto

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
