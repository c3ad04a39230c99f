from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.safe_guard_type import SafeGuardType
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
    from ..models.area_dto import AreaDto
    from ..models.data_processing_actor_dto import DataProcessingActorDto
    from ..models.data_processing_light_dto import DataProcessingLightDto






def _parse_safe_guard_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = SafeGuardType._value2member_map_.get(data)
    if member is not None:
        return member
    return data






def _parse_entity_origin(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.AreaDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_recipient(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.DataProcessingActorDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_data_processing(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.DataProcessingLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data







def _load_entity_origin(source: Mapping[str, Any]) -> Any:
    return _parse_entity_origin(source.get("entityOrigin", UNSET))

def _load_recipient(source: Mapping[str, Any]) -> Any:
    return _parse_recipient(source.get("recipient", UNSET))

def _load_data_processing(source: Mapping[str, Any]) -> Any:
    return _parse_data_processing(source.get("dataProcessing", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("safeGuardType", "isAdequateCountry", "isEuropeanUnionCountry", "entityOrigin", "recipient", "dataProcessing", "id", "readonly", "countryCode", "description", "otherLabel", ))

T = TypeVar("T", bound="TransferExtendedDto")



@_attrs_define
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

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
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
        from ..models.area_dto import AreaDto  # noqa: PLC0415
        from ..models.data_processing_actor_dto import DataProcessingActorDto  # noqa: PLC0415
        from ..models.data_processing_light_dto import DataProcessingLightDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        safe_guard_type: str
        if isinstance(self.safe_guard_type, SafeGuardType):
            safe_guard_type = self.safe_guard_type.value
        else:
            safe_guard_type = self.safe_guard_type

        field_dict["safeGuardType"] = safe_guard_type
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
        entity_origin: dict[str, Any] | None | Unset
        if isinstance(self.entity_origin, Unset):
            entity_origin = UNSET
        elif isinstance(self.entity_origin, AreaDto):
            entity_origin = self.entity_origin.to_dict()
        else:
            entity_origin = self.entity_origin

        if entity_origin is not UNSET:
            field_dict["entityOrigin"] = entity_origin
        recipient: dict[str, Any] | None | Unset
        if isinstance(self.recipient, Unset):
            recipient = UNSET
        elif isinstance(self.recipient, DataProcessingActorDto):
            recipient = self.recipient.to_dict()
        else:
            recipient = self.recipient

        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        data_processing: dict[str, Any] | None | Unset
        if isinstance(self.data_processing, Unset):
            data_processing = UNSET
        elif isinstance(self.data_processing, DataProcessingLightDto):
            data_processing = self.data_processing.to_dict()
        else:
            data_processing = self.data_processing

        if data_processing is not UNSET:
            field_dict["dataProcessing"] = data_processing
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        readonly: bool | None | Unset
        if isinstance(self.readonly, Unset):
            readonly = UNSET
        else:
            readonly = self.readonly

        if readonly is not UNSET:
            field_dict["readonly"] = readonly
        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        if description is not UNSET:
            field_dict["description"] = description
        other_label: None | str | Unset
        if isinstance(self.other_label, Unset):
            other_label = UNSET
        else:
            other_label = self.other_label

        if other_label is not UNSET:
            field_dict["otherLabel"] = other_label
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.safe_guard_type = _parse_safe_guard_type(src_dict["safeGuardType"])
        parsed.is_adequate_country = src_dict.get("isAdequateCountry", UNSET)
        parsed.is_european_union_country = src_dict.get("isEuropeanUnionCountry", UNSET)
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.readonly = src_dict.get("readonly", UNSET)
        parsed.country_code = src_dict.get("countryCode", UNSET)
        parsed.description = src_dict.get("description", UNSET)
        parsed.other_label = src_dict.get("otherLabel", UNSET)
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
