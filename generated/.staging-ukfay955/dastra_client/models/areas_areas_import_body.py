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

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
    from ..models.areas_areas_import_body_headers import AreasAreasImportBodyHeaders











def _load_headers(source: Mapping[str, Any]) -> Any:
    value = source.get("Headers", UNSET)
    return UNSET if value is UNSET else _models.AreasAreasImportBodyHeaders.from_dict(value)


_KNOWN_KEYS: frozenset[str] = frozenset(("ContentType", "ContentDisposition", "Headers", "Length", "Name", "FileName", ))

T = TypeVar("T", bound="AreasAreasImportBody")



@_attrs_define
class AreasAreasImportBody(LazyModel):
    """Attributes:
        content_type (str | Unset):
        content_disposition (str | Unset):
        headers (AreasAreasImportBodyHeaders | Unset):
        length (int | Unset):
        name (str | Unset):
        file_name (str | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "headers": _load_headers,
    }

    content_type: str | Unset = UNSET
    content_disposition: str | Unset = UNSET
    headers: AreasAreasImportBodyHeaders | Unset = UNSET
    length: int | Unset = UNSET
    name: str | Unset = UNSET
    file_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.areas_areas_import_body_headers import AreasAreasImportBodyHeaders  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        content_type = self.content_type

        if content_type is not UNSET:
            field_dict["ContentType"] = content_type
        content_disposition = self.content_disposition

        if content_disposition is not UNSET:
            field_dict["ContentDisposition"] = content_disposition
        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        if headers is not UNSET:
            field_dict["Headers"] = headers
        length = self.length

        if length is not UNSET:
            field_dict["Length"] = length
        name = self.name

        if name is not UNSET:
            field_dict["Name"] = name
        file_name = self.file_name

        if file_name is not UNSET:
            field_dict["FileName"] = file_name
        return field_dict
    def to_multipart(self) -> types.RequestFiles:
        from ..models.areas_areas_import_body_headers import AreasAreasImportBodyHeaders  # noqa: PLC0415
        files: types.RequestFiles = []
        if not isinstance(self.content_type, Unset):
            files.append(("ContentType", (None, str(self.content_type).encode(), "text/plain")))


        if not isinstance(self.content_disposition, Unset):
            files.append(("ContentDisposition", (None, str(self.content_disposition).encode(), "text/plain")))


        if not isinstance(self.headers, Unset):
            files.append(("Headers", (None, json.dumps( self.headers.to_dict()).encode(), "application/json")))


        if not isinstance(self.length, Unset):
            files.append(("Length", (None, str(self.length).encode(), "text/plain")))


        if not isinstance(self.name, Unset):
            files.append(("Name", (None, str(self.name).encode(), "text/plain")))


        if not isinstance(self.file_name, Unset):
            files.append(("FileName", (None, str(self.file_name).encode(), "text/plain")))


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
        parsed.content_type = src_dict.get("ContentType", UNSET)
        parsed.content_disposition = src_dict.get("ContentDisposition", UNSET)
        parsed.length = src_dict.get("Length", UNSET)
        parsed.name = src_dict.get("Name", UNSET)
        parsed.file_name = src_dict.get("FileName", UNSET)
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
