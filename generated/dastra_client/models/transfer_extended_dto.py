from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import VariantMismatchError
from .._lazy import (
    EAGER,
    MISSING,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.safe_guard_type import SafeGuardType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.area_dto import AreaDto
    from ..models.data_processing_actor_dto import DataProcessingActorDto
    from ..models.data_processing_light_dto import DataProcessingLightDto
else:
    AreaDto = deferred(globals(), "AreaDto", "..models.area_dto")
    DataProcessingActorDto = deferred(
        globals(), "DataProcessingActorDto", "..models.data_processing_actor_dto"
    )
    DataProcessingLightDto = deferred(
        globals(), "DataProcessingLightDto", "..models.data_processing_light_dto"
    )


_SAFE_GUARD_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in SafeGuardType}


def _load_entity_origin(model: TransferExtendedDto, source: Mapping[str, Any]) -> Any:
    value = source.get("entityOrigin", UNSET)
    if value is None or value is UNSET:
        model.entity_origin = value
        return value
    if isinstance(value, dict):
        try:
            model.entity_origin = result = AreaDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "entity_origin", "entityOrigin", "AreaDto | None", value)
    else:
        result = invalid(model, "entity_origin", "entityOrigin", "AreaDto | None", value)
    return result


def _load_recipient(model: TransferExtendedDto, source: Mapping[str, Any]) -> Any:
    value = source.get("recipient", UNSET)
    if value is None or value is UNSET:
        model.recipient = value
        return value
    if isinstance(value, dict):
        try:
            model.recipient = result = DataProcessingActorDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "recipient", "recipient", "DataProcessingActorDto | None", value)
    else:
        result = invalid(model, "recipient", "recipient", "DataProcessingActorDto | None", value)
    return result


def _load_data_processing(model: TransferExtendedDto, source: Mapping[str, Any]) -> Any:
    value = source.get("dataProcessing", UNSET)
    if value is None or value is UNSET:
        model.data_processing = value
        return value
    if isinstance(value, dict):
        try:
            model.data_processing = result = DataProcessingLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(
                model, "data_processing", "dataProcessing", "DataProcessingLightDto | None", value
            )
    else:
        result = invalid(model, "data_processing", "dataProcessing", "DataProcessingLightDto | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "safeGuardType",
    "isAdequateCountry",
    "isEuropeanUnionCountry",
    "entityOrigin",
    "recipient",
    "dataProcessing",
    "id",
    "readonly",
    "countryCode",
    "description",
    "otherLabel",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "safeGuardType": MISSING,
    "isAdequateCountry": UNSET,
    "isEuropeanUnionCountry": UNSET,
    "entityOrigin": UNSET,
    "recipient": UNSET,
    "dataProcessing": UNSET,
    "id": UNSET,
    "readonly": UNSET,
    "countryCode": UNSET,
    "description": UNSET,
    "otherLabel": UNSET,
}

T = TypeVar("T", bound="TransferExtendedDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class TransferExtendedDto(LazyModel):
    """Attributes:
    safe_guard_type (SafeGuardType | str):
    is_adequate_country (bool | None | Unset):
    is_european_union_country (bool | None | Unset):
    entity_origin (AreaDto | None | Unset):
    recipient (DataProcessingActorDto | None | Unset):
    data_processing (DataProcessingLightDto | None | Unset):
    id (None | Unset | UUID):
    readonly (bool | None | Unset):
    country_code (None | str | Unset):
    description (None | str | Unset):
    other_label (None | str | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("safe_guard_type", "safeGuardType"),
        ("is_adequate_country", "isAdequateCountry"),
        ("is_european_union_country", "isEuropeanUnionCountry"),
        ("entity_origin", "entityOrigin"),
        ("recipient", "recipient"),
        ("data_processing", "dataProcessing"),
        ("id", "id"),
        ("readonly", "readonly"),
        ("country_code", "countryCode"),
        ("description", "description"),
        ("other_label", "otherLabel"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "entity_origin": _load_entity_origin,
        "recipient": _load_recipient,
        "data_processing": _load_data_processing,
    }

    safe_guard_type: SafeGuardType | str
    is_adequate_country: bool | None | Unset = UNSET
    is_european_union_country: bool | None | Unset = UNSET
    entity_origin: AreaDto | None | Unset = UNSET
    recipient: DataProcessingActorDto | None | Unset = UNSET
    data_processing: DataProcessingLightDto | None | Unset = UNSET
    id: None | Unset | UUID = UNSET
    readonly: bool | None | Unset = UNSET
    country_code: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    other_label: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.area_dto import AreaDto
        from ..models.data_processing_actor_dto import DataProcessingActorDto
        from ..models.data_processing_light_dto import DataProcessingLightDto

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "safe_guard_type" not in unreadable:
            safe_guard_type: str
            if isinstance(self.safe_guard_type, SafeGuardType):
                safe_guard_type = self.safe_guard_type.value
            else:
                safe_guard_type = self.safe_guard_type

            field_dict["safeGuardType"] = safe_guard_type
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
        if "entity_origin" not in unreadable:
            entity_origin: dict[str, Any] | None | Unset
            if isinstance(self.entity_origin, Unset):
                entity_origin = UNSET
            elif isinstance(self.entity_origin, AreaDto):
                entity_origin = self.entity_origin.to_dict()
            else:
                entity_origin = self.entity_origin

            if entity_origin is not UNSET:
                field_dict["entityOrigin"] = entity_origin
        if "recipient" not in unreadable:
            recipient: dict[str, Any] | None | Unset
            if isinstance(self.recipient, Unset):
                recipient = UNSET
            elif isinstance(self.recipient, DataProcessingActorDto):
                recipient = self.recipient.to_dict()
            else:
                recipient = self.recipient

            if recipient is not UNSET:
                field_dict["recipient"] = recipient
        if "data_processing" not in unreadable:
            data_processing: dict[str, Any] | None | Unset
            if isinstance(self.data_processing, Unset):
                data_processing = UNSET
            elif isinstance(self.data_processing, DataProcessingLightDto):
                data_processing = self.data_processing.to_dict()
            else:
                data_processing = self.data_processing

            if data_processing is not UNSET:
                field_dict["dataProcessing"] = data_processing
        if "id" not in unreadable:
            id: None | str | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            elif isinstance(self.id, UUID):
                id = str(self.id)
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "readonly" not in unreadable:
            readonly: bool | None | Unset
            if isinstance(self.readonly, Unset):
                readonly = UNSET
            else:
                readonly = self.readonly

            if readonly is not UNSET:
                field_dict["readonly"] = readonly
        if "country_code" not in unreadable:
            country_code: None | str | Unset
            if isinstance(self.country_code, Unset):
                country_code = UNSET
            else:
                country_code = self.country_code

            if country_code is not UNSET:
                field_dict["countryCode"] = country_code
        if "description" not in unreadable:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

            if description is not UNSET:
                field_dict["description"] = description
        if "other_label" not in unreadable:
            other_label: None | str | Unset
            if isinstance(self.other_label, Unset):
                other_label = UNSET
            else:
                other_label = self.other_label

            if other_label is not UNSET:
                field_dict["otherLabel"] = other_label
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
            if len(src_dict) >= 11:
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
        if isinstance(value, str):
            parsed.safe_guard_type = _SAFE_GUARD_TYPE_BY_VALUE.get(value, value)
        else:
            invalid(parsed, "safe_guard_type", "safeGuardType", "SafeGuardType | str", value)
            absent += value is MISSING

        value = values[1]
        if type(value) is bool or value is None:
            parsed.is_adequate_country = value
        elif value is UNSET:
            parsed.is_adequate_country = UNSET
            absent += 1
        else:
            invalid(parsed, "is_adequate_country", "isAdequateCountry", "bool | None", value)

        value = values[2]
        if type(value) is bool or value is None:
            parsed.is_european_union_country = value
        elif value is UNSET:
            parsed.is_european_union_country = UNSET
            absent += 1
        else:
            invalid(parsed, "is_european_union_country", "isEuropeanUnionCountry", "bool | None", value)

        value = values[3]
        if value is None:
            parsed.entity_origin = None
        elif value is UNSET:
            parsed.entity_origin = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.entity_origin = AreaDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "entity_origin", "entityOrigin", "AreaDto | None", value)
            else:
                invalid(parsed, "entity_origin", "entityOrigin", "AreaDto | None", value)

        value = values[4]
        if value is None:
            parsed.recipient = None
        elif value is UNSET:
            parsed.recipient = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.recipient = DataProcessingActorDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "recipient", "recipient", "DataProcessingActorDto | None", value)
            else:
                invalid(parsed, "recipient", "recipient", "DataProcessingActorDto | None", value)

        value = values[5]
        if value is None:
            parsed.data_processing = None
        elif value is UNSET:
            parsed.data_processing = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.data_processing = DataProcessingLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(
                        parsed, "data_processing", "dataProcessing", "DataProcessingLightDto | None", value
                    )
            else:
                invalid(parsed, "data_processing", "dataProcessing", "DataProcessingLightDto | None", value)

        value = values[6]
        if value is None:
            parsed.id = None
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            try:
                parsed.id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "id", "id", "UUID | None", value)

        value = values[7]
        if type(value) is bool or value is None:
            parsed.readonly = value
        elif value is UNSET:
            parsed.readonly = UNSET
            absent += 1
        else:
            invalid(parsed, "readonly", "readonly", "bool | None", value)

        value = values[8]
        if isinstance(value, str) or value is None:
            parsed.country_code = value
        elif value is UNSET:
            parsed.country_code = UNSET
            absent += 1
        else:
            invalid(parsed, "country_code", "countryCode", "str | None", value)

        value = values[9]
        if isinstance(value, str) or value is None:
            parsed.description = value
        elif value is UNSET:
            parsed.description = UNSET
            absent += 1
        else:
            invalid(parsed, "description", "description", "str | None", value)

        value = values[10]
        if isinstance(value, str) or value is None:
            parsed.other_label = value
        elif value is UNSET:
            parsed.other_label = UNSET
            absent += 1
        else:
            invalid(parsed, "other_label", "otherLabel", "str | None", value)

        if len(src_dict) + absent == 11:  # every key is a known one
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
