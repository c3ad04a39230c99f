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
    from ..models.origin_dto import OriginDto
    from ..models.recipient_transfer_dto import RecipientTransferDto
    from ..models.transfer_dto import TransferDto








def _parse_origin(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.OriginDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data







def _parse_recipients(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.RecipientTransferDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_transfers(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.TransferDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data



def _load_origin(source: Mapping[str, Any]) -> Any:
    return _parse_origin(source.get("origin", UNSET))

def _load_recipients(source: Mapping[str, Any]) -> Any:
    return _parse_recipients(source.get("recipients", UNSET))

def _load_transfers(source: Mapping[str, Any]) -> Any:
    return _parse_transfers(source.get("transfers", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("id", "destination", "origin", "isAdequateCountry", "isEuropeanUnionCountry", "recipients", "transfers", ))

T = TypeVar("T", bound="DataTransferAggregatedDto")



@_attrs_define
class DataTransferAggregatedDto(LazyModel):
    """Attributes:
        id (None | str | Unset):
        destination (None | str | Unset):
        origin (None | OriginDto | Unset):
        is_adequate_country (bool | None | Unset):
        is_european_union_country (bool | None | Unset):
        recipients (list[RecipientTransferDto] | None | Unset):
        transfers (list[TransferDto] | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "origin": _load_origin,
        "recipients": _load_recipients,
        "transfers": _load_transfers,
    }

    id: None | str | Unset = UNSET
    destination: None | str | Unset = UNSET
    origin: None | OriginDto | Unset = UNSET
    is_adequate_country: bool | None | Unset = UNSET
    is_european_union_country: bool | None | Unset = UNSET
    recipients: list[RecipientTransferDto] | None | Unset = UNSET
    transfers: list[TransferDto] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.origin_dto import OriginDto  # noqa: PLC0415
        from ..models.recipient_transfer_dto import RecipientTransferDto  # noqa: PLC0415
        from ..models.transfer_dto import TransferDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        destination: None | str | Unset
        if isinstance(self.destination, Unset):
            destination = UNSET
        else:
            destination = self.destination

        if destination is not UNSET:
            field_dict["destination"] = destination
        origin: dict[str, Any] | None | Unset
        if isinstance(self.origin, Unset):
            origin = UNSET
        elif isinstance(self.origin, OriginDto):
            origin = self.origin.to_dict()
        else:
            origin = self.origin

        if origin is not UNSET:
            field_dict["origin"] = origin
        is_adequate_country: bool | None | Unset
        if isinstance(self.is_adequate_country, Unset):
            is_adequate_country = UNSET
        else:
            is_adequate_country = self.is_adequate_country

        if is_adequate_country is not UNSET:
            field_dict["isAdequateCountry"] = is_adequate_country
        is_european_union_country: bool | None | Unset
        if isinstance(self.is_european_union_country, Unset):
            is_european_union_country = UNSET
        else:
            is_european_union_country = self.is_european_union_country

        if is_european_union_country is not UNSET:
            field_dict["isEuropeanUnionCountry"] = is_european_union_country
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

        if recipients is not UNSET:
            field_dict["recipients"] = recipients
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
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.id = src_dict.get("id", UNSET)
        parsed.destination = src_dict.get("destination", UNSET)
        parsed.is_adequate_country = src_dict.get("isAdequateCountry", UNSET)
        parsed.is_european_union_country = src_dict.get("isEuropeanUnionCountry", UNSET)
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
