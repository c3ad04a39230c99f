from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.native_integration_type import NativeIntegrationType
from ..types import UNSET, Unset
from typing import cast
import datetime








def _parse_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = NativeIntegrationType._value2member_map_.get(data)
    if member is not None:
        return member
    return data







def _parse_date_last_error(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data






_KNOWN_KEYS: frozenset[str] = frozenset(("id", "label", "imageUrl", "lastErrorMessage", "dateLastError", "nbErrors", "inError", ))

T = TypeVar("T", bound="CloudProvider")



@_attrs_define
class CloudProvider(LazyModel):
    """Attributes:
        id (NativeIntegrationType | None | str | Unset):
        label (None | str | Unset):
        image_url (None | str | Unset):
        last_error_message (None | str | Unset):
        date_last_error (datetime.datetime | None | Unset):
        nb_errors (int | None | Unset):
        in_error (bool | None | Unset):
"""


    id: NativeIntegrationType | None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    last_error_message: None | str | Unset = UNSET
    date_last_error: datetime.datetime | None | Unset = UNSET
    nb_errors: int | None | Unset = UNSET
    in_error: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, NativeIntegrationType):
            id = self.id.value
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        if label is not UNSET:
            field_dict["label"] = label
        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        last_error_message: None | str | Unset
        if isinstance(self.last_error_message, Unset):
            last_error_message = UNSET
        else:
            last_error_message = self.last_error_message

        if last_error_message is not UNSET:
            field_dict["lastErrorMessage"] = last_error_message
        date_last_error: None | str | Unset
        if isinstance(self.date_last_error, Unset):
            date_last_error = UNSET
        elif isinstance(self.date_last_error, datetime.datetime):
            date_last_error = self.date_last_error.isoformat()
        else:
            date_last_error = self.date_last_error

        if date_last_error is not UNSET:
            field_dict["dateLastError"] = date_last_error
        nb_errors: int | None | Unset
        if isinstance(self.nb_errors, Unset):
            nb_errors = UNSET
        else:
            nb_errors = self.nb_errors

        if nb_errors is not UNSET:
            field_dict["nbErrors"] = nb_errors
        in_error: bool | None | Unset
        if isinstance(self.in_error, Unset):
            in_error = UNSET
        else:
            in_error = self.in_error

        if in_error is not UNSET:
            field_dict["inError"] = in_error
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.label = src_dict.get("label", UNSET)
        parsed.image_url = src_dict.get("imageUrl", UNSET)
        parsed.last_error_message = src_dict.get("lastErrorMessage", UNSET)
        parsed.date_last_error = _parse_date_last_error(src_dict.get("dateLastError", UNSET))
        parsed.nb_errors = src_dict.get("nbErrors", UNSET)
        parsed.in_error = src_dict.get("inError", UNSET)
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
