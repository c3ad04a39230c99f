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
from uuid import UUID

if TYPE_CHECKING:
    from ..models.data_processing_update_dto_json_patch_document import DataProcessingUpdateDtoJsonPatchDocument







def _parse_ids(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [UUID(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_patch(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.DataProcessingUpdateDtoJsonPatchDocument.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data



def _load_patch(source: Mapping[str, Any]) -> Any:
    return _parse_patch(source.get("patch", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("ids", "patch", ))

T = TypeVar("T", bound="GuidDataProcessingUpdateDtoBatchPatchDto")



@_attrs_define
class GuidDataProcessingUpdateDtoBatchPatchDto(LazyModel):
    """Attributes:
        ids (list[UUID] | None | Unset):
        patch (DataProcessingUpdateDtoJsonPatchDocument | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "patch": _load_patch,
    }

    ids: list[UUID] | None | Unset = UNSET
    patch: DataProcessingUpdateDtoJsonPatchDocument | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.data_processing_update_dto_json_patch_document import DataProcessingUpdateDtoJsonPatchDocument  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

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

        if ids is not UNSET:
            field_dict["ids"] = ids
        patch: dict[str, Any] | None | Unset
        if isinstance(self.patch, Unset):
            patch = UNSET
        elif isinstance(self.patch, DataProcessingUpdateDtoJsonPatchDocument):
            patch = self.patch.to_dict()
        else:
            patch = self.patch

        if patch is not UNSET:
            field_dict["patch"] = patch
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.ids = _parse_ids(src_dict.get("ids", UNSET))
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
