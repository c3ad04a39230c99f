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
import datetime










def _parse_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data







_KNOWN_KEYS: frozenset[str] = frozenset(("label", "start", "end", "id", "displayName", "done", "current", ))

T = TypeVar("T", bound="IterationDto")



@_attrs_define
class IterationDto(LazyModel):
    """Attributes:
        label (str):
        start (datetime.datetime):
        end (datetime.datetime):
        id (None | Unset | UUID):
        display_name (None | str | Unset):
        done (bool | None | Unset):
        current (bool | None | Unset):
"""


    label: str
    start: datetime.datetime
    end: datetime.datetime
    id: None | Unset | UUID = UNSET
    display_name: None | str | Unset = UNSET
    done: bool | None | Unset = UNSET
    current: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        label = self.label

        field_dict["label"] = label
        start = self.start.isoformat()

        field_dict["start"] = start
        end = self.end.isoformat()

        field_dict["end"] = end
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        done: bool | None | Unset
        if isinstance(self.done, Unset):
            done = UNSET
        else:
            done = self.done

        if done is not UNSET:
            field_dict["done"] = done
        current: bool | None | Unset
        if isinstance(self.current, Unset):
            current = UNSET
        else:
            current = self.current

        if current is not UNSET:
            field_dict["current"] = current
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.label = src_dict["label"]
        parsed.start = datetime.datetime.fromisoformat(src_dict["start"])
        parsed.end = datetime.datetime.fromisoformat(src_dict["end"])
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.display_name = src_dict.get("displayName", UNSET)
        parsed.done = src_dict.get("done", UNSET)
        parsed.current = src_dict.get("current", UNSET)
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
