from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.data_breach_notification_support import DataBreachNotificationSupport
from ..models.data_breach_notification_type import DataBreachNotificationType
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






def _parse_support(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = DataBreachNotificationSupport._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_type_(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = DataBreachNotificationType._value2member_map_.get(data)
    if member is not None:
        return member
    return data






_KNOWN_KEYS: frozenset[str] = frozenset(("date", "id", "identifier", "support", "type", "htmlContent", "numberPeopleNotified", ))

T = TypeVar("T", bound="DataBreachNotificationDto")



@_attrs_define
class DataBreachNotificationDto(LazyModel):
    """Attributes:
        date (datetime.datetime):
        id (None | Unset | UUID):
        identifier (None | str | Unset):
        support (DataBreachNotificationSupport | None | str | Unset):
        type_ (DataBreachNotificationType | None | str | Unset):
        html_content (None | str | Unset):
        number_people_notified (int | None | Unset):
"""


    date: datetime.datetime
    id: None | Unset | UUID = UNSET
    identifier: None | str | Unset = UNSET
    support: DataBreachNotificationSupport | None | str | Unset = UNSET
    type_: DataBreachNotificationType | None | str | Unset = UNSET
    html_content: None | str | Unset = UNSET
    number_people_notified: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        date = self.date.isoformat()

        field_dict["date"] = date
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        support: None | str | Unset
        if isinstance(self.support, Unset):
            support = UNSET
        elif isinstance(self.support, DataBreachNotificationSupport):
            support = self.support.value
        else:
            support = self.support

        if support is not UNSET:
            field_dict["support"] = support
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, DataBreachNotificationType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        if type_ is not UNSET:
            field_dict["type"] = type_
        html_content: None | str | Unset
        if isinstance(self.html_content, Unset):
            html_content = UNSET
        else:
            html_content = self.html_content

        if html_content is not UNSET:
            field_dict["htmlContent"] = html_content
        number_people_notified: int | None | Unset
        if isinstance(self.number_people_notified, Unset):
            number_people_notified = UNSET
        else:
            number_people_notified = self.number_people_notified

        if number_people_notified is not UNSET:
            field_dict["numberPeopleNotified"] = number_people_notified
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.date = datetime.datetime.fromisoformat(src_dict["date"])
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.identifier = src_dict.get("identifier", UNSET)
        parsed.support = _parse_support(src_dict.get("support", UNSET))
        parsed.type_ = _parse_type_(src_dict.get("type", UNSET))
        parsed.html_content = src_dict.get("htmlContent", UNSET)
        parsed.number_people_notified = src_dict.get("numberPeopleNotified", UNSET)
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
