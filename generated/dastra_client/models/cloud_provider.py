from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.native_integration_type import NativeIntegrationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CloudProvider")


@_attrs_define
class CloudProvider:
    """
    Attributes:
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
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, NativeIntegrationType):
            id = self.id.value
        else:
            id = self.id

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        last_error_message: None | str | Unset
        if isinstance(self.last_error_message, Unset):
            last_error_message = UNSET
        else:
            last_error_message = self.last_error_message

        date_last_error: None | str | Unset
        if isinstance(self.date_last_error, Unset):
            date_last_error = UNSET
        elif isinstance(self.date_last_error, datetime.datetime):
            date_last_error = self.date_last_error.isoformat()
        else:
            date_last_error = self.date_last_error

        nb_errors: int | None | Unset
        if isinstance(self.nb_errors, Unset):
            nb_errors = UNSET
        else:
            nb_errors = self.nb_errors

        in_error: bool | None | Unset
        if isinstance(self.in_error, Unset):
            in_error = UNSET
        else:
            in_error = self.in_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if label is not UNSET:
            field_dict["label"] = label
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if last_error_message is not UNSET:
            field_dict["lastErrorMessage"] = last_error_message
        if date_last_error is not UNSET:
            field_dict["dateLastError"] = date_last_error
        if nb_errors is not UNSET:
            field_dict["nbErrors"] = nb_errors
        if in_error is not UNSET:
            field_dict["inError"] = in_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> NativeIntegrationType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = NativeIntegrationType(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NativeIntegrationType | None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("imageUrl", UNSET))

        def _parse_last_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_error_message = _parse_last_error_message(d.pop("lastErrorMessage", UNSET))

        def _parse_date_last_error(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_last_error_type_0 = datetime.datetime.fromisoformat(data)

                return date_last_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_last_error = _parse_date_last_error(d.pop("dateLastError", UNSET))

        def _parse_nb_errors(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_errors = _parse_nb_errors(d.pop("nbErrors", UNSET))

        def _parse_in_error(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        in_error = _parse_in_error(d.pop("inError", UNSET))

        cloud_provider = cls(
            id=id,
            label=label,
            image_url=image_url,
            last_error_message=last_error_message,
            date_last_error=date_last_error,
            nb_errors=nb_errors,
            in_error=in_error,
        )

        cloud_provider.additional_properties = d
        return cloud_provider

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
