from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field
import json
from .. import types

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..types import File, FileTypes
from ..types import UNSET, Unset
from io import BytesIO










_KNOWN_KEYS: frozenset[str] = frozenset(("file", "areaId", "isContribution", ))

T = TypeVar("T", bound="DataProcessingsImportJsonBody")



@_attrs_define
class DataProcessingsImportJsonBody(LazyModel):
    """Attributes:
        file (File | Unset):
        area_id (int | Unset):
        is_contribution (bool | Unset):  Default: False.
"""


    file: File | Unset = UNSET
    area_id: int | Unset = UNSET
    is_contribution: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()


        if file is not UNSET:
            field_dict["file"] = file
        area_id = self.area_id

        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        is_contribution = self.is_contribution

        if is_contribution is not UNSET:
            field_dict["isContribution"] = is_contribution
        return field_dict
    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))


        if not isinstance(self.area_id, Unset):
            files.append(("areaId", (None, str(self.area_id).encode(), "text/plain")))


        if not isinstance(self.is_contribution, Unset):
            files.append(("isContribution", (None, b"true" if self.is_contribution else b"false", "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        value = src_dict.get("file", UNSET)
        parsed.file = UNSET if value is UNSET else File(payload=BytesIO(value))
        parsed.area_id = src_dict.get("areaId", UNSET)
        parsed.is_contribution = src_dict.get("isContribution", UNSET)
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
