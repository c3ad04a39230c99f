from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_breach_dto_json_patch_document import DataBreachDtoJsonPatchDocument


T = TypeVar("T", bound="GuidDataBreachDtoBatchPatchDto")


@_attrs_define
class GuidDataBreachDtoBatchPatchDto:
    """
    Attributes:
        ids (list[UUID] | None | Unset):
        patch (DataBreachDtoJsonPatchDocument | None | Unset):
    """

    ids: list[UUID] | None | Unset = UNSET
    patch: DataBreachDtoJsonPatchDocument | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.data_breach_dto_json_patch_document import DataBreachDtoJsonPatchDocument

        ids: list[str] | None | Unset
        if isinstance(self.ids, Unset):
            ids = UNSET
        elif isinstance(self.ids, list):
            ids = []
            for ids_type_0_item_data in self.ids:
                ids_type_0_item = str(ids_type_0_item_data)
                ids.append(ids_type_0_item)

        else:
            ids = self.ids

        patch: dict[str, Any] | None | Unset
        if isinstance(self.patch, Unset):
            patch = UNSET
        elif isinstance(self.patch, DataBreachDtoJsonPatchDocument):
            patch = self.patch.to_dict()
        else:
            patch = self.patch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if patch is not UNSET:
            field_dict["patch"] = patch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_breach_dto_json_patch_document import DataBreachDtoJsonPatchDocument

        d = dict(src_dict)

        def _parse_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ids_type_0 = []
                _ids_type_0 = data
                for ids_type_0_item_data in _ids_type_0:
                    ids_type_0_item = UUID(ids_type_0_item_data)

                    ids_type_0.append(ids_type_0_item)

                return ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        ids = _parse_ids(d.pop("ids", UNSET))

        def _parse_patch(data: object) -> DataBreachDtoJsonPatchDocument | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                patch_type_1 = DataBreachDtoJsonPatchDocument.from_dict(data)

                return patch_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataBreachDtoJsonPatchDocument | None | Unset, data)

        patch = _parse_patch(d.pop("patch", UNSET))

        guid_data_breach_dto_batch_patch_dto = cls(
            ids=ids,
            patch=patch,
        )

        guid_data_breach_dto_batch_patch_dto.additional_properties = d
        return guid_data_breach_dto_batch_patch_dto

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
