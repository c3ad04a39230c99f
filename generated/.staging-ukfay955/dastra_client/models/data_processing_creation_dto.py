from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.processing_type import ProcessingType
from ..types import UNSET, Unset
from typing import cast










def _parse_processing_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = ProcessingType._value2member_map_.get(data)
    if member is not None:
        return member
    return data




_KNOWN_KEYS: frozenset[str] = frozenset(("label", "areaId", "processingType", ))

T = TypeVar("T", bound="DataProcessingCreationDto")



@_attrs_define
class DataProcessingCreationDto(LazyModel):
    """Attributes:
        label (str):
        area_id (int):
        processing_type (None | ProcessingType | str | Unset):
"""


    label: str
    area_id: int
    processing_type: None | ProcessingType | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        label = self.label

        field_dict["label"] = label
        area_id = self.area_id

        field_dict["areaId"] = area_id
        processing_type: None | str | Unset
        if isinstance(self.processing_type, Unset):
            processing_type = UNSET
        elif isinstance(self.processing_type, ProcessingType):
            processing_type = self.processing_type.value
        else:
            processing_type = self.processing_type

        if processing_type is not UNSET:
            field_dict["processingType"] = processing_type
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.label = src_dict["label"]
        parsed.area_id = src_dict["areaId"]
        parsed.processing_type = _parse_processing_type(src_dict.get("processingType", UNSET))
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
