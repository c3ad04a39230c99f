from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_processing_update_dto_operation import DataProcessingUpdateDtoOperation


T = TypeVar("T", bound="DataProcessingUpdateDtoJsonPatchDocument")


@_attrs_define
class DataProcessingUpdateDtoJsonPatchDocument:
    """
    Attributes:
        operations (list[DataProcessingUpdateDtoOperation] | None | Unset):
    """

    operations: list[DataProcessingUpdateDtoOperation] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operations: list[dict[str, Any]] | None | Unset
        if isinstance(self.operations, Unset):
            operations = UNSET
        elif isinstance(self.operations, list):
            operations = []
            for operations_type_0_item_data in self.operations:
                operations_type_0_item = operations_type_0_item_data.to_dict()
                operations.append(operations_type_0_item)

        else:
            operations = self.operations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operations is not UNSET:
            field_dict["operations"] = operations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_processing_update_dto_operation import DataProcessingUpdateDtoOperation

        d = dict(src_dict)

        def _parse_operations(data: object) -> list[DataProcessingUpdateDtoOperation] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                operations_type_0 = []
                _operations_type_0 = data
                for operations_type_0_item_data in _operations_type_0:
                    operations_type_0_item = DataProcessingUpdateDtoOperation.from_dict(
                        operations_type_0_item_data
                    )

                    operations_type_0.append(operations_type_0_item)

                return operations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DataProcessingUpdateDtoOperation] | None | Unset, data)

        operations = _parse_operations(d.pop("operations", UNSET))

        data_processing_update_dto_json_patch_document = cls(
            operations=operations,
        )

        data_processing_update_dto_json_patch_document.additional_properties = d
        return data_processing_update_dto_json_patch_document

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
