from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast












_KNOWN_KEYS: frozenset[str] = frozenset(("body", "userIds", "sectionLabel", "section", ))

T = TypeVar("T", bound="DataBreachInvitationDto")



@_attrs_define
class DataBreachInvitationDto(LazyModel):
    """Attributes:
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
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        body = self.body

        field_dict["body"] = body
        user_ids = self.user_ids



        field_dict["userIds"] = user_ids
        section_label: None | str | Unset
        if isinstance(self.section_label, Unset):
            section_label = UNSET
        else:
            section_label = self.section_label

        if section_label is not UNSET:
            field_dict["sectionLabel"] = section_label
        section: None | str | Unset
        if isinstance(self.section, Unset):
            section = UNSET
        else:
            section = self.section

        if section is not UNSET:
            field_dict["section"] = section
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.body = src_dict["body"]
        parsed.user_ids = src_dict["userIds"]
        parsed.section_label = src_dict.get("sectionLabel", UNSET)
        parsed.section = src_dict.get("section", UNSET)
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
