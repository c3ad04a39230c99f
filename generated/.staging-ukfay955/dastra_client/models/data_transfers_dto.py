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

if TYPE_CHECKING:
    from ..models.data_transfer_aggregated_dto import DataTransferAggregatedDto
    from ..models.transfer_extended_dto import TransferExtendedDto








def _parse_transfers(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.TransferExtendedDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_grouped_transfers(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.DataTransferAggregatedDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data



def _load_transfers(source: Mapping[str, Any]) -> Any:
    return _parse_transfers(source.get("transfers", UNSET))

def _load_grouped_transfers(source: Mapping[str, Any]) -> Any:
    return _parse_grouped_transfers(source.get("groupedTransfers", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("total", "transfers", "groupedTransfers", ))

T = TypeVar("T", bound="DataTransfersDto")



@_attrs_define
class DataTransfersDto(LazyModel):
    """Attributes:
        total (int | None | Unset):
        transfers (list[TransferExtendedDto] | None | Unset):
        grouped_transfers (list[DataTransferAggregatedDto] | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "transfers": _load_transfers,
        "grouped_transfers": _load_grouped_transfers,
    }

    total: int | None | Unset = UNSET
    transfers: list[TransferExtendedDto] | None | Unset = UNSET
    grouped_transfers: list[DataTransferAggregatedDto] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.data_transfer_aggregated_dto import DataTransferAggregatedDto  # noqa: PLC0415
        from ..models.transfer_extended_dto import TransferExtendedDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        if total is not UNSET:
            field_dict["total"] = total
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

        if transfers is not UNSET:
            field_dict["transfers"] = transfers
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

        if grouped_transfers is not UNSET:
            field_dict["groupedTransfers"] = grouped_transfers
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.total = src_dict.get("total", UNSET)
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
