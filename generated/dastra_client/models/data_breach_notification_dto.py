from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_breach_notification_support import DataBreachNotificationSupport
from ..models.data_breach_notification_type import DataBreachNotificationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataBreachNotificationDto")


@_attrs_define
class DataBreachNotificationDto:
    """
    Attributes:
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
        date = self.date.isoformat()

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        support: None | str | Unset
        if isinstance(self.support, Unset):
            support = UNSET
        elif isinstance(self.support, DataBreachNotificationSupport):
            support = self.support.value
        else:
            support = self.support

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, DataBreachNotificationType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        html_content: None | str | Unset
        if isinstance(self.html_content, Unset):
            html_content = UNSET
        else:
            html_content = self.html_content

        number_people_notified: int | None | Unset
        if isinstance(self.number_people_notified, Unset):
            number_people_notified = UNSET
        else:
            number_people_notified = self.number_people_notified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if support is not UNSET:
            field_dict["support"] = support
        if type_ is not UNSET:
            field_dict["type"] = type_
        if html_content is not UNSET:
            field_dict["htmlContent"] = html_content
        if number_people_notified is not UNSET:
            field_dict["numberPeopleNotified"] = number_people_notified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = datetime.datetime.fromisoformat(d.pop("date"))

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        identifier = _parse_identifier(d.pop("identifier", UNSET))

        def _parse_support(data: object) -> DataBreachNotificationSupport | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                support_type_0 = DataBreachNotificationSupport(data)

                return support_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataBreachNotificationSupport | None | str | Unset, data)

        support = _parse_support(d.pop("support", UNSET))

        def _parse_type_(data: object) -> DataBreachNotificationType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = DataBreachNotificationType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataBreachNotificationType | None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_html_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        html_content = _parse_html_content(d.pop("htmlContent", UNSET))

        def _parse_number_people_notified(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        number_people_notified = _parse_number_people_notified(d.pop("numberPeopleNotified", UNSET))

        data_breach_notification_dto = cls(
            date=date,
            id=id,
            identifier=identifier,
            support=support,
            type_=type_,
            html_content=html_content,
            number_people_notified=number_people_notified,
        )

        data_breach_notification_dto.additional_properties = d
        return data_breach_notification_dto

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
