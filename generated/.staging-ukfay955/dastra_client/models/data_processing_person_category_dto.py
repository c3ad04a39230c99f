from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.person_category_type import PersonCategoryType
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID







def _parse_type_(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = PersonCategoryType._value2member_map_.get(data)
    if member is not None:
        return member
    return data











def _parse_purposes(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [UUID(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




_KNOWN_KEYS: frozenset[str] = frozenset(("type", "id", "typeText", "label", "minorConcerned", "dataSubjectVolumeMax", "readonly", "purposes", ))

T = TypeVar("T", bound="DataProcessingPersonCategoryDto")



@_attrs_define
class DataProcessingPersonCategoryDto(LazyModel):
    """Attributes:
        type_ (PersonCategoryType | str):
        id (int | None | Unset):
        type_text (None | str | Unset):
        label (None | str | Unset):
        minor_concerned (bool | None | Unset):
        data_subject_volume_max (int | None | Unset):
        readonly (bool | None | Unset):
        purposes (list[UUID] | None | Unset):
"""


    type_: PersonCategoryType | str
    id: int | None | Unset = UNSET
    type_text: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    minor_concerned: bool | None | Unset = UNSET
    data_subject_volume_max: int | None | Unset = UNSET
    readonly: bool | None | Unset = UNSET
    purposes: list[UUID] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        type_: str
        if isinstance(self.type_, PersonCategoryType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict["type"] = type_
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        type_text: None | str | Unset
        if isinstance(self.type_text, Unset):
            type_text = UNSET
        else:
            type_text = self.type_text

        if type_text is not UNSET:
            field_dict["typeText"] = type_text
        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        if label is not UNSET:
            field_dict["label"] = label
        minor_concerned: bool | None | Unset
        if isinstance(self.minor_concerned, Unset):
            minor_concerned = UNSET
        else:
            minor_concerned = self.minor_concerned

        if minor_concerned is not UNSET:
            field_dict["minorConcerned"] = minor_concerned
        data_subject_volume_max: int | None | Unset
        if isinstance(self.data_subject_volume_max, Unset):
            data_subject_volume_max = UNSET
        else:
            data_subject_volume_max = self.data_subject_volume_max

        if data_subject_volume_max is not UNSET:
            field_dict["dataSubjectVolumeMax"] = data_subject_volume_max
        readonly: bool | None | Unset
        if isinstance(self.readonly, Unset):
            readonly = UNSET
        else:
            readonly = self.readonly

        if readonly is not UNSET:
            field_dict["readonly"] = readonly
        purposes: list[str] | None | Unset
        if isinstance(self.purposes, Unset):
            purposes = UNSET
        elif isinstance(self.purposes, list):
            purposes = []
            for purposes_type_0_item_data in self.purposes:
                purposes_type_0_item = str(purposes_type_0_item_data)
                purposes.append(purposes_type_0_item)


        else:
            purposes = self.purposes

        if purposes is not UNSET:
            field_dict["purposes"] = purposes
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.type_ = _parse_type_(src_dict["type"])
        parsed.id = src_dict.get("id", UNSET)
        parsed.type_text = src_dict.get("typeText", UNSET)
        parsed.label = src_dict.get("label", UNSET)
        parsed.minor_concerned = src_dict.get("minorConcerned", UNSET)
        parsed.data_subject_volume_max = src_dict.get("dataSubjectVolumeMax", UNSET)
        parsed.readonly = src_dict.get("readonly", UNSET)
        parsed.purposes = _parse_purposes(src_dict.get("purposes", UNSET))
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
