from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import FieldValidationError
from .._lazy import (
    EAGER,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_transfer_aggregated_dto import DataTransferAggregatedDto
    from ..models.transfer_extended_dto import TransferExtendedDto
else:
    DataTransferAggregatedDto = deferred(
        globals(), "DataTransferAggregatedDto", "..models.data_transfer_aggregated_dto"
    )
    TransferExtendedDto = deferred(globals(), "TransferExtendedDto", "..models.transfer_extended_dto")


def _load_transfers(model: DataTransfersDto, source: Mapping[str, Any]) -> Any:
    value = source.get("transfers", UNSET)
    if value is None or value is UNSET:
        model.transfers = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.transfers = result = list(map(TransferExtendedDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "transfers",
                "transfers",
                "list[TransferExtendedDto] | None",
                value,
                items=TransferExtendedDto.from_dict,
            )
    else:
        result = invalid(model, "transfers", "transfers", "list[TransferExtendedDto] | None", value)
    return result


def _load_grouped_transfers(model: DataTransfersDto, source: Mapping[str, Any]) -> Any:
    value = source.get("groupedTransfers", UNSET)
    if value is None or value is UNSET:
        model.grouped_transfers = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.grouped_transfers = result = list(map(DataTransferAggregatedDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "grouped_transfers",
                "groupedTransfers",
                "list[DataTransferAggregatedDto] | None",
                value,
                items=DataTransferAggregatedDto.from_dict,
            )
    else:
        result = invalid(
            model, "grouped_transfers", "groupedTransfers", "list[DataTransferAggregatedDto] | None", value
        )
    return result


_KEYS: Final[tuple[str, ...]] = (
    "total",
    "transfers",
    "groupedTransfers",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "total": UNSET,
    "transfers": UNSET,
    "groupedTransfers": UNSET,
}

T = TypeVar("T", bound="DataTransfersDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DataTransfersDto(LazyModel):
    """Attributes:
    total (int | None | Unset):
    transfers (list[TransferExtendedDto] | None | Unset):
    grouped_transfers (list[DataTransferAggregatedDto] | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("total", "total"),
        ("transfers", "transfers"),
        ("grouped_transfers", "groupedTransfers"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "transfers": _load_transfers,
        "grouped_transfers": _load_grouped_transfers,
    }

    total: int | None | Unset = UNSET
    transfers: list[TransferExtendedDto] | None | Unset = UNSET
    grouped_transfers: list[DataTransferAggregatedDto] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "total" not in unreadable:
            total: int | None | Unset
            if isinstance(self.total, Unset):
                total = UNSET
            else:
                total = self.total

            if total is not UNSET:
                field_dict["total"] = total
        if "transfers" not in unreadable:
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
        if "grouped_transfers" not in unreadable:
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
        if unreadable:
            self._as_received(field_dict, unreadable)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Each value is checked against its field's type; one that does not fit is recorded by
        # `invalid` and its slot left empty, so that reading it raises FieldValidationError (_lazy.py).
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        try:  # values[i] is the value of _KEYS[i]
            if len(src_dict) >= 3:
                values = _KNOWN_VALUES(src_dict)
            else:  # a known key is absent (no KeyError raised and caught for it)
                values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except KeyError:  # unknown keys in place of known ones
            values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except (TypeError, AttributeError):  # a list, a string, a number...: not an object
            raise not_an_object(cls, src_dict) from None
        parsed = cls.__new__(cls)
        absent = 0  # the known keys the object lacks: its other keys are unknown ones if len() says more
        # Optional nested values are parsed on first access (LazyModel), or now in eager mode.
        eager = EAGER.get()
        if not eager:
            parsed._source = src_dict
        value = values[0]
        if type(value) is int or value is None:
            parsed.total = value
        elif value is UNSET:
            parsed.total = UNSET
            absent += 1
        else:
            invalid(parsed, "total", "total", "int | None", value)

        value = values[1]
        if value is None:
            parsed.transfers = None
        elif value is UNSET:
            parsed.transfers = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.transfers = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.transfers = list(map(TransferExtendedDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "transfers",
                        "transfers",
                        "list[TransferExtendedDto] | None",
                        value,
                        items=TransferExtendedDto.from_dict,
                    )
            else:
                invalid(parsed, "transfers", "transfers", "list[TransferExtendedDto] | None", value)

        value = values[2]
        if value is None:
            parsed.grouped_transfers = None
        elif value is UNSET:
            parsed.grouped_transfers = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.grouped_transfers = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.grouped_transfers = list(map(DataTransferAggregatedDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "grouped_transfers",
                        "groupedTransfers",
                        "list[DataTransferAggregatedDto] | None",
                        value,
                        items=DataTransferAggregatedDto.from_dict,
                    )
            else:
                invalid(
                    parsed,
                    "grouped_transfers",
                    "groupedTransfers",
                    "list[DataTransferAggregatedDto] | None",
                    value,
                )

        if len(src_dict) + absent == 3:  # every key is a known one
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
