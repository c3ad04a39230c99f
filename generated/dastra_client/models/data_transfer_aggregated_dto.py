from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.origin_dto import OriginDto
    from ..models.recipient_transfer_dto import RecipientTransferDto
    from ..models.transfer_dto import TransferDto


T = TypeVar("T", bound="DataTransferAggregatedDto")


@_attrs_define
class DataTransferAggregatedDto:
    """
    Attributes:
        id (None | str | Unset):
        destination (None | str | Unset):
        origin (None | OriginDto | Unset):
        is_adequate_country (bool | None | Unset):
        is_european_union_country (bool | None | Unset):
        recipients (list[RecipientTransferDto] | None | Unset):
        transfers (list[TransferDto] | None | Unset):
    """

    id: None | str | Unset = UNSET
    destination: None | str | Unset = UNSET
    origin: None | OriginDto | Unset = UNSET
    is_adequate_country: bool | None | Unset = UNSET
    is_european_union_country: bool | None | Unset = UNSET
    recipients: list[RecipientTransferDto] | None | Unset = UNSET
    transfers: list[TransferDto] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.origin_dto import OriginDto

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        destination: None | str | Unset
        if isinstance(self.destination, Unset):
            destination = UNSET
        else:
            destination = self.destination

        origin: dict[str, Any] | None | Unset
        if isinstance(self.origin, Unset):
            origin = UNSET
        elif isinstance(self.origin, OriginDto):
            origin = self.origin.to_dict()
        else:
            origin = self.origin

        is_adequate_country: bool | None | Unset
        if isinstance(self.is_adequate_country, Unset):
            is_adequate_country = UNSET
        else:
            is_adequate_country = self.is_adequate_country

        is_european_union_country: bool | None | Unset
        if isinstance(self.is_european_union_country, Unset):
            is_european_union_country = UNSET
        else:
            is_european_union_country = self.is_european_union_country

        recipients: list[dict[str, Any]] | None | Unset
        if isinstance(self.recipients, Unset):
            recipients = UNSET
        elif isinstance(self.recipients, list):
            recipients = []
            for recipients_type_0_item_data in self.recipients:
                recipients_type_0_item = recipients_type_0_item_data.to_dict()
                recipients.append(recipients_type_0_item)

        else:
            recipients = self.recipients

        transfers: list[dict[str, Any]] | None | Unset
        if isinstance(self.transfers, Unset):
            transfers = UNSET
        elif isinstance(self.transfers, list):
            transfers = []
            for transfers_type_0_item_data in self.transfers:
                transfers_type_0_item = transfers_type_0_item_data.to_dict()
                transfers.append(transfers_type_0_item)

        else:
            transfers = self.transfers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if destination is not UNSET:
            field_dict["destination"] = destination
        if origin is not UNSET:
            field_dict["origin"] = origin
        if is_adequate_country is not UNSET:
            field_dict["isAdequateCountry"] = is_adequate_country
        if is_european_union_country is not UNSET:
            field_dict["isEuropeanUnionCountry"] = is_european_union_country
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if transfers is not UNSET:
            field_dict["transfers"] = transfers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.origin_dto import OriginDto
        from ..models.recipient_transfer_dto import RecipientTransferDto
        from ..models.transfer_dto import TransferDto

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_destination(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        destination = _parse_destination(d.pop("destination", UNSET))

        def _parse_origin(data: object) -> None | OriginDto | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                origin_type_1 = OriginDto.from_dict(data)

                return origin_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OriginDto | Unset, data)

        origin = _parse_origin(d.pop("origin", UNSET))

        def _parse_is_adequate_country(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_adequate_country = _parse_is_adequate_country(d.pop("isAdequateCountry", UNSET))

        def _parse_is_european_union_country(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_european_union_country = _parse_is_european_union_country(d.pop("isEuropeanUnionCountry", UNSET))

        def _parse_recipients(data: object) -> list[RecipientTransferDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                recipients_type_0 = []
                _recipients_type_0 = data
                for recipients_type_0_item_data in _recipients_type_0:
                    recipients_type_0_item = RecipientTransferDto.from_dict(recipients_type_0_item_data)

                    recipients_type_0.append(recipients_type_0_item)

                return recipients_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RecipientTransferDto] | None | Unset, data)

        recipients = _parse_recipients(d.pop("recipients", UNSET))

        def _parse_transfers(data: object) -> list[TransferDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                transfers_type_0 = []
                _transfers_type_0 = data
                for transfers_type_0_item_data in _transfers_type_0:
                    transfers_type_0_item = TransferDto.from_dict(transfers_type_0_item_data)

                    transfers_type_0.append(transfers_type_0_item)

                return transfers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TransferDto] | None | Unset, data)

        transfers = _parse_transfers(d.pop("transfers", UNSET))

        data_transfer_aggregated_dto = cls(
            id=id,
            destination=destination,
            origin=origin,
            is_adequate_country=is_adequate_country,
            is_european_union_country=is_european_union_country,
            recipients=recipients,
            transfers=transfers,
        )

        data_transfer_aggregated_dto.additional_properties = d
        return data_transfer_aggregated_dto

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
