from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.person_category_type import PersonCategoryType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataProcessingPersonCategoryDto")


@_attrs_define
class DataProcessingPersonCategoryDto:
    """
    Attributes:
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
        type_: str
        if isinstance(self.type_, PersonCategoryType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_text: None | str | Unset
        if isinstance(self.type_text, Unset):
            type_text = UNSET
        else:
            type_text = self.type_text

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        minor_concerned: bool | None | Unset
        if isinstance(self.minor_concerned, Unset):
            minor_concerned = UNSET
        else:
            minor_concerned = self.minor_concerned

        data_subject_volume_max: int | None | Unset
        if isinstance(self.data_subject_volume_max, Unset):
            data_subject_volume_max = UNSET
        else:
            data_subject_volume_max = self.data_subject_volume_max

        readonly: bool | None | Unset
        if isinstance(self.readonly, Unset):
            readonly = UNSET
        else:
            readonly = self.readonly

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if type_text is not UNSET:
            field_dict["typeText"] = type_text
        if label is not UNSET:
            field_dict["label"] = label
        if minor_concerned is not UNSET:
            field_dict["minorConcerned"] = minor_concerned
        if data_subject_volume_max is not UNSET:
            field_dict["dataSubjectVolumeMax"] = data_subject_volume_max
        if readonly is not UNSET:
            field_dict["readonly"] = readonly
        if purposes is not UNSET:
            field_dict["purposes"] = purposes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_type_(data: object) -> PersonCategoryType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = PersonCategoryType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PersonCategoryType | str, data)

        type_ = _parse_type_(d.pop("type"))

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_type_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_text = _parse_type_text(d.pop("typeText", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_minor_concerned(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        minor_concerned = _parse_minor_concerned(d.pop("minorConcerned", UNSET))

        def _parse_data_subject_volume_max(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        data_subject_volume_max = _parse_data_subject_volume_max(d.pop("dataSubjectVolumeMax", UNSET))

        def _parse_readonly(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        readonly = _parse_readonly(d.pop("readonly", UNSET))

        def _parse_purposes(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                purposes_type_0 = []
                _purposes_type_0 = data
                for purposes_type_0_item_data in _purposes_type_0:
                    purposes_type_0_item = UUID(purposes_type_0_item_data)

                    purposes_type_0.append(purposes_type_0_item)

                return purposes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        purposes = _parse_purposes(d.pop("purposes", UNSET))

        data_processing_person_category_dto = cls(
            type_=type_,
            id=id,
            type_text=type_text,
            label=label,
            minor_concerned=minor_concerned,
            data_subject_volume_max=data_subject_volume_max,
            readonly=readonly,
            purposes=purposes,
        )

        data_processing_person_category_dto.additional_properties = d
        return data_processing_person_category_dto

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
