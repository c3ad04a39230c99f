from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._lazy import (
    LazyModel,
    Misfit,
    invalid,
    not_an_object,
)
from ..types import UNSET, File, FileTypes, Unset


def _parse_file(data: Any) -> Any:
    if data is UNSET:
        return data
    if isinstance(data, bytes):
        return File(payload=BytesIO(data))

    raise Misfit(data)


_KEYS: Final[tuple[str, ...]] = ("File",)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)

T = TypeVar("T", bound="DataSubjectAttachmentsUploadAttachmentBody")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DataSubjectAttachmentsUploadAttachmentBody(LazyModel):
    """Attributes:
    file (File | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (("file", "File"),)

    file: File | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "file" not in unreadable:
            file: FileTypes | Unset = UNSET
            if not isinstance(self.file, Unset):
                file = self.file.to_tuple()

            if file is not UNSET:
                field_dict["File"] = file
        if unreadable:
            self._as_received(field_dict, unreadable)
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        if not isinstance(self.file, Unset):
            files.append(("File", self.file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Each value is checked against its field's type; one that does not fit is recorded by
        # `invalid` and its slot left empty, so that reading it raises FieldValidationError (_lazy.py).
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        try:
            values = (src_dict.get("File", UNSET),)
        except AttributeError:
            raise not_an_object(cls, src_dict) from None
        parsed = cls.__new__(cls)
        absent = 0  # the known keys the object lacks: its other keys are unknown ones if len() says more
        value = values[0]
        try:
            parsed.file = _parse_file(value)
        except Misfit as misfit:
            invalid(parsed, "file", "File", "File", value, misfit)

        if value is UNSET:
            absent += 1

        if len(src_dict) + absent == 1:  # every key is a known one
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
