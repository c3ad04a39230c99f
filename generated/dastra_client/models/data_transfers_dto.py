from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_transfer_aggregated_dto import DataTransferAggregatedDto
    from ..models.transfer_extended_dto import TransferExtendedDto


T = TypeVar("T", bound="DataTransfersDto")


@_attrs_define
class DataTransfersDto:
    """
    Attributes:
        total (int | None | Unset):
        transfers (list[TransferExtendedDto] | None | Unset):
        grouped_transfers (list[DataTransferAggregatedDto] | None | Unset):
    """

    total: int | None | Unset = UNSET
    transfers: list[TransferExtendedDto] | None | Unset = UNSET
    grouped_transfers: list[DataTransferAggregatedDto] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

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

        grouped_transfers: list[dict[str, Any]] | None | Unset
        if isinstance(self.grouped_transfers, Unset):
            grouped_transfers = UNSET
        elif isinstance(self.grouped_transfers, list):
            grouped_transfers = []
            for grouped_transfers_type_0_item_data in self.grouped_transfers:
                grouped_transfers_type_0_item = grouped_transfers_type_0_item_data.to_dict()
                grouped_transfers.append(grouped_transfers_type_0_item)

        else:
            grouped_transfers = self.grouped_transfers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if transfers is not UNSET:
            field_dict["transfers"] = transfers
        if grouped_transfers is not UNSET:
            field_dict["groupedTransfers"] = grouped_transfers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_transfer_aggregated_dto import DataTransferAggregatedDto
        from ..models.transfer_extended_dto import TransferExtendedDto

        d = dict(src_dict)

        def _parse_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        def _parse_transfers(data: object) -> list[TransferExtendedDto] | None | Unset:
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
                    transfers_type_0_item = TransferExtendedDto.from_dict(transfers_type_0_item_data)

                    transfers_type_0.append(transfers_type_0_item)

                return transfers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TransferExtendedDto] | None | Unset, data)

        transfers = _parse_transfers(d.pop("transfers", UNSET))

        def _parse_grouped_transfers(data: object) -> list[DataTransferAggregatedDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                grouped_transfers_type_0 = []
                _grouped_transfers_type_0 = data
                for grouped_transfers_type_0_item_data in _grouped_transfers_type_0:
                    grouped_transfers_type_0_item = DataTransferAggregatedDto.from_dict(
                        grouped_transfers_type_0_item_data
                    )

                    grouped_transfers_type_0.append(grouped_transfers_type_0_item)

                return grouped_transfers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DataTransferAggregatedDto] | None | Unset, data)

        grouped_transfers = _parse_grouped_transfers(d.pop("groupedTransfers", UNSET))

        data_transfers_dto = cls(
            total=total,
            transfers=transfers,
            grouped_transfers=grouped_transfers,
        )

        data_transfers_dto.additional_properties = d
        return data_transfers_dto

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
