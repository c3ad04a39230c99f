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
import datetime

if TYPE_CHECKING:
    from ..models.user_dto import UserDto






def _parse_user(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_date_read(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_date_delivery(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data



def _load_user(source: Mapping[str, Any]) -> Any:
    return _parse_user(source.get("user", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("user", "dateRead", "dateDelivery", ))

T = TypeVar("T", bound="LogRecipientDto")



@_attrs_define
class LogRecipientDto(LazyModel):
    """Attributes:
        user (None | Unset | UserDto):
        date_read (datetime.datetime | None | Unset):
        date_delivery (datetime.datetime | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "user": _load_user,
    }

    user: None | Unset | UserDto = UNSET
    date_read: datetime.datetime | None | Unset = UNSET
    date_delivery: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_dto import UserDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, UserDto):
            user = self.user.to_dict()
        else:
            user = self.user

        if user is not UNSET:
            field_dict["user"] = user
        date_read: None | str | Unset
        if isinstance(self.date_read, Unset):
            date_read = UNSET
        elif isinstance(self.date_read, datetime.datetime):
            date_read = self.date_read.isoformat()
        else:
            date_read = self.date_read

        if date_read is not UNSET:
            field_dict["dateRead"] = date_read
        date_delivery: None | str | Unset
        if isinstance(self.date_delivery, Unset):
            date_delivery = UNSET
        elif isinstance(self.date_delivery, datetime.datetime):
            date_delivery = self.date_delivery.isoformat()
        else:
            date_delivery = self.date_delivery

        if date_delivery is not UNSET:
            field_dict["dateDelivery"] = date_delivery
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.date_read = _parse_date_read(src_dict.get("dateRead", UNSET))
        parsed.date_delivery = _parse_date_delivery(src_dict.get("dateDelivery", UNSET))
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
