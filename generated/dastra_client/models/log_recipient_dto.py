from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_dto import UserDto


T = TypeVar("T", bound="LogRecipientDto")


@_attrs_define
class LogRecipientDto:
    """
    Attributes:
        user (None | Unset | UserDto):
        date_read (datetime.datetime | None | Unset):
        date_delivery (datetime.datetime | None | Unset):
    """

    user: None | Unset | UserDto = UNSET
    date_read: datetime.datetime | None | Unset = UNSET
    date_delivery: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_dto import UserDto

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, UserDto):
            user = self.user.to_dict()
        else:
            user = self.user

        date_read: None | str | Unset
        if isinstance(self.date_read, Unset):
            date_read = UNSET
        elif isinstance(self.date_read, datetime.datetime):
            date_read = self.date_read.isoformat()
        else:
            date_read = self.date_read

        date_delivery: None | str | Unset
        if isinstance(self.date_delivery, Unset):
            date_delivery = UNSET
        elif isinstance(self.date_delivery, datetime.datetime):
            date_delivery = self.date_delivery.isoformat()
        else:
            date_delivery = self.date_delivery

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user is not UNSET:
            field_dict["user"] = user
        if date_read is not UNSET:
            field_dict["dateRead"] = date_read
        if date_delivery is not UNSET:
            field_dict["dateDelivery"] = date_delivery

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_dto import UserDto

        d = dict(src_dict)

        def _parse_user(data: object) -> None | Unset | UserDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_1 = UserDto.from_dict(data)

                return user_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserDto, data)

        user = _parse_user(d.pop("user", UNSET))

        def _parse_date_read(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_read_type_0 = datetime.datetime.fromisoformat(data)

                return date_read_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_read = _parse_date_read(d.pop("dateRead", UNSET))

        def _parse_date_delivery(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_delivery_type_0 = datetime.datetime.fromisoformat(data)

                return date_delivery_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_delivery = _parse_date_delivery(d.pop("dateDelivery", UNSET))

        log_recipient_dto = cls(
            user=user,
            date_read=date_read,
            date_delivery=date_delivery,
        )

        log_recipient_dto.additional_properties = d
        return log_recipient_dto

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
