from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.processing_type import ProcessingType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataProcessingCreationDto")


@_attrs_define
class DataProcessingCreationDto:
    """
    Attributes:
        label (str):
        area_id (int):
        processing_type (None | ProcessingType | str | Unset):
    """

    label: str
    area_id: int
    processing_type: None | ProcessingType | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        area_id = self.area_id

        processing_type: None | str | Unset
        if isinstance(self.processing_type, Unset):
            processing_type = UNSET
        elif isinstance(self.processing_type, ProcessingType):
            processing_type = self.processing_type.value
        else:
            processing_type = self.processing_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "areaId": area_id,
            }
        )
        if processing_type is not UNSET:
            field_dict["processingType"] = processing_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        area_id = d.pop("areaId")

        def _parse_processing_type(data: object) -> None | ProcessingType | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                processing_type_type_0 = ProcessingType(data)

                return processing_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProcessingType | str | Unset, data)

        processing_type = _parse_processing_type(d.pop("processingType", UNSET))

        data_processing_creation_dto = cls(
            label=label,
            area_id=area_id,
            processing_type=processing_type,
        )

        data_processing_creation_dto.additional_properties = d
        return data_processing_creation_dto

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
