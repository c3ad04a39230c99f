from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import FieldValidationError, VariantMismatchError
from .._lazy import (
    EAGER,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.origin_dto import OriginDto
    from ..models.recipient_transfer_dto import RecipientTransferDto
    from ..models.transfer_dto import TransferDto
else:
    OriginDto = deferred(globals(), "OriginDto", "..models.origin_dto")
    RecipientTransferDto = deferred(globals(), "RecipientTransferDto", "..models.recipient_transfer_dto")
    TransferDto = deferred(globals(), "TransferDto", "..models.transfer_dto")


def _load_origin(model: DataTransferAggregatedDto, source: Mapping[str, Any]) -> Any:
    value = source.get("origin", UNSET)
    if value is None or value is UNSET:
        model.origin = value
        return value
    if isinstance(value, dict):
        try:
            model.origin = result = OriginDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "origin", "origin", "OriginDto | None", value)
    else:
        result = invalid(model, "origin", "origin", "OriginDto | None", value)
    return result


def _load_recipients(model: DataTransferAggregatedDto, source: Mapping[str, Any]) -> Any:
    value = source.get("recipients", UNSET)
    if value is None or value is UNSET:
        model.recipients = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.recipients = result = list(map(RecipientTransferDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "recipients",
                "recipients",
                "list[RecipientTransferDto] | None",
                value,
                items=RecipientTransferDto.from_dict,
            )
    else:
        result = invalid(model, "recipients", "recipients", "list[RecipientTransferDto] | None", value)
    return result


def _load_transfers(model: DataTransferAggregatedDto, source: Mapping[str, Any]) -> Any:
    value = source.get("transfers", UNSET)
    if value is None or value is UNSET:
        model.transfers = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.transfers = result = list(map(TransferDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "transfers",
                "transfers",
                "list[TransferDto] | None",
                value,
                items=TransferDto.from_dict,
            )
    else:
        result = invalid(model, "transfers", "transfers", "list[TransferDto] | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "id",
    "destination",
    "origin",
    "isAdequateCountry",
    "isEuropeanUnionCountry",
    "recipients",
    "transfers",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "id": UNSET,
    "destination": UNSET,
    "origin": UNSET,
    "isAdequateCountry": UNSET,
    "isEuropeanUnionCountry": UNSET,
    "recipients": UNSET,
    "transfers": UNSET,
}

T = TypeVar("T", bound="DataTransferAggregatedDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("destination", "destination"),
        ("origin", "origin"),
        ("is_adequate_country", "isAdequateCountry"),
        ("is_european_union_country", "isEuropeanUnionCountry"),
        ("recipients", "recipients"),
        ("transfers", "transfers"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
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
        from ..models.origin_dto import OriginDto

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "id" not in unreadable:
            id: None | str | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "destination" not in unreadable:
            destination: None | str | Unset
            if isinstance(self.destination, Unset):
                destination = UNSET
            else:
                destination = self.destination

            if destination is not UNSET:
                field_dict["destination"] = destination
        if "origin" not in unreadable:
            origin: dict[str, Any] | None | Unset
            if isinstance(self.origin, Unset):
                origin = UNSET
            elif isinstance(self.origin, OriginDto):
                origin = self.origin.to_dict()
            else:
                origin = self.origin

            if origin is not UNSET:
                field_dict["origin"] = origin
        if "is_adequate_country" not in unreadable:
            is_adequate_country: bool | None | Unset
            if isinstance(self.is_adequate_country, Unset):
                is_adequate_country = UNSET
            else:
                is_adequate_country = self.is_adequate_country

            if is_adequate_country is not UNSET:
                field_dict["isAdequateCountry"] = is_adequate_country
        if "is_european_union_country" not in unreadable:
            is_european_union_country: bool | None | Unset
            if isinstance(self.is_european_union_country, Unset):
                is_european_union_country = UNSET
            else:
                is_european_union_country = self.is_european_union_country

            if is_european_union_country is not UNSET:
                field_dict["isEuropeanUnionCountry"] = is_european_union_country
        if "recipients" not in unreadable:
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
            if len(src_dict) >= 7:
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
        if isinstance(value, str) or value is None:
            parsed.id = value
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            invalid(parsed, "id", "id", "str | None", value)

        value = values[1]
        if isinstance(value, str) or value is None:
            parsed.destination = value
        elif value is UNSET:
            parsed.destination = UNSET
            absent += 1
        else:
            invalid(parsed, "destination", "destination", "str | None", value)

        value = values[2]
        if value is None:
            parsed.origin = None
        elif value is UNSET:
            parsed.origin = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.origin = OriginDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "origin", "origin", "OriginDto | None", value)
            else:
                invalid(parsed, "origin", "origin", "OriginDto | None", value)

        value = values[3]
        if type(value) is bool or value is None:
            parsed.is_adequate_country = value
        elif value is UNSET:
            parsed.is_adequate_country = UNSET
            absent += 1
        else:
            invalid(parsed, "is_adequate_country", "isAdequateCountry", "bool | None", value)

        value = values[4]
        if type(value) is bool or value is None:
            parsed.is_european_union_country = value
        elif value is UNSET:
            parsed.is_european_union_country = UNSET
            absent += 1
        else:
            invalid(parsed, "is_european_union_country", "isEuropeanUnionCountry", "bool | None", value)

        value = values[5]
        if value is None:
            parsed.recipients = None
        elif value is UNSET:
            parsed.recipients = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.recipients = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.recipients = list(map(RecipientTransferDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "recipients",
                        "recipients",
                        "list[RecipientTransferDto] | None",
                        value,
                        items=RecipientTransferDto.from_dict,
                    )
            else:
                invalid(parsed, "recipients", "recipients", "list[RecipientTransferDto] | None", value)

        value = values[6]
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
                    parsed.transfers = list(map(TransferDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "transfers",
                        "transfers",
                        "list[TransferDto] | None",
                        value,
                        items=TransferDto.from_dict,
                    )
            else:
                invalid(parsed, "transfers", "transfers", "list[TransferDto] | None", value)

        if len(src_dict) + absent == 7:  # every key is a known one
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
