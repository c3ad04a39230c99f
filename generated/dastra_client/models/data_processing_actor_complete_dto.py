from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import FieldValidationError, VariantMismatchError
from .._lazy import (
    EAGER,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.data_processing_actor_type import DataProcessingActorType
from ..models.job_title import JobTitle
from ..models.recipient_type import RecipientType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.actor_light_dto import ActorLightDto
    from ..models.area_base_dto import AreaBaseDto
    from ..models.data_processing_light_dto import DataProcessingLightDto
    from ..models.transfer_dto import TransferDto
else:
    ActorLightDto = deferred(globals(), "ActorLightDto", "..models.actor_light_dto")
    AreaBaseDto = deferred(globals(), "AreaBaseDto", "..models.area_base_dto")
    DataProcessingLightDto = deferred(
        globals(), "DataProcessingLightDto", "..models.data_processing_light_dto"
    )
    TransferDto = deferred(globals(), "TransferDto", "..models.transfer_dto")


_DATA_PROCESSING_ACTOR_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in DataProcessingActorType
}
_JOB_TITLE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in JobTitle}
_RECIPIENT_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in RecipientType}


def _load_data_processing(model: DataProcessingActorCompleteDto, source: Mapping[str, Any]) -> Any:
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


def _load_transfers(model: DataProcessingActorCompleteDto, source: Mapping[str, Any]) -> Any:
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


def _load_actor(model: DataProcessingActorCompleteDto, source: Mapping[str, Any]) -> Any:
    value = source.get("actor", UNSET)
    if value is None or value is UNSET:
        model.actor = value
        return value
    if isinstance(value, dict):
        try:
            model.actor = result = ActorLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "actor", "actor", "ActorLightDto | None", value)
    else:
        result = invalid(model, "actor", "actor", "ActorLightDto | None", value)
    return result


def _load_area(model: DataProcessingActorCompleteDto, source: Mapping[str, Any]) -> Any:
    value = source.get("area", UNSET)
    if value is None or value is UNSET:
        model.area = value
        return value
    if isinstance(value, dict):
        try:
            model.area = result = AreaBaseDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "area", "area", "AreaBaseDto | None", value)
    else:
        result = invalid(model, "area", "area", "AreaBaseDto | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "dataProcessing",
    "recipientType",
    "jobTitle",
    "type",
    "displayName",
    "label",
    "transfers",
    "id",
    "actorId",
    "actor",
    "areaId",
    "area",
    "purposes",
    "dataRetentionRules",
    "description",
    "readonly",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "dataProcessing": UNSET,
    "recipientType": UNSET,
    "jobTitle": UNSET,
    "type": UNSET,
    "displayName": UNSET,
    "label": UNSET,
    "transfers": UNSET,
    "id": UNSET,
    "actorId": UNSET,
    "actor": UNSET,
    "areaId": UNSET,
    "area": UNSET,
    "purposes": UNSET,
    "dataRetentionRules": UNSET,
    "description": UNSET,
    "readonly": UNSET,
}

T = TypeVar("T", bound="DataProcessingActorCompleteDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DataProcessingActorCompleteDto(LazyModel):
    """Attributes:
    data_processing (DataProcessingLightDto | None | Unset):
    recipient_type (None | RecipientType | str | Unset):
    job_title (JobTitle | None | str | Unset):
    type_ (DataProcessingActorType | None | str | Unset):
    display_name (None | str | Unset):
    label (None | str | Unset):
    transfers (list[TransferDto] | None | Unset):
    id (None | Unset | UUID):
    actor_id (int | None | Unset):
    actor (ActorLightDto | None | Unset):
    area_id (int | None | Unset):
    area (AreaBaseDto | None | Unset):
    purposes (list[UUID] | None | Unset):
    data_retention_rules (list[UUID] | None | Unset):
    description (None | str | Unset):
    readonly (bool | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data_processing", "dataProcessing"),
        ("recipient_type", "recipientType"),
        ("job_title", "jobTitle"),
        ("type_", "type"),
        ("display_name", "displayName"),
        ("label", "label"),
        ("transfers", "transfers"),
        ("id", "id"),
        ("actor_id", "actorId"),
        ("actor", "actor"),
        ("area_id", "areaId"),
        ("area", "area"),
        ("purposes", "purposes"),
        ("data_retention_rules", "dataRetentionRules"),
        ("description", "description"),
        ("readonly", "readonly"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "data_processing": _load_data_processing,
        "transfers": _load_transfers,
        "actor": _load_actor,
        "area": _load_area,
    }

    data_processing: DataProcessingLightDto | None | Unset = UNSET
    recipient_type: None | RecipientType | str | Unset = UNSET
    job_title: JobTitle | None | str | Unset = UNSET
    type_: DataProcessingActorType | None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    transfers: list[TransferDto] | None | Unset = UNSET
    id: None | Unset | UUID = UNSET
    actor_id: int | None | Unset = UNSET
    actor: ActorLightDto | None | Unset = UNSET
    area_id: int | None | Unset = UNSET
    area: AreaBaseDto | None | Unset = UNSET
    purposes: list[UUID] | None | Unset = UNSET
    data_retention_rules: list[UUID] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    readonly: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.actor_light_dto import ActorLightDto
        from ..models.area_base_dto import AreaBaseDto
        from ..models.data_processing_light_dto import DataProcessingLightDto

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

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
        if "recipient_type" not in unreadable:
            recipient_type: None | str | Unset
            if isinstance(self.recipient_type, Unset):
                recipient_type = UNSET
            elif isinstance(self.recipient_type, RecipientType):
                recipient_type = self.recipient_type.value
            else:
                recipient_type = self.recipient_type

            if recipient_type is not UNSET:
                field_dict["recipientType"] = recipient_type
        if "job_title" not in unreadable:
            job_title: None | str | Unset
            if isinstance(self.job_title, Unset):
                job_title = UNSET
            elif isinstance(self.job_title, JobTitle):
                job_title = self.job_title.value
            else:
                job_title = self.job_title

            if job_title is not UNSET:
                field_dict["jobTitle"] = job_title
        if "type_" not in unreadable:
            type_: None | str | Unset
            if isinstance(self.type_, Unset):
                type_ = UNSET
            elif isinstance(self.type_, DataProcessingActorType):
                type_ = self.type_.value
            else:
                type_ = self.type_

            if type_ is not UNSET:
                field_dict["type"] = type_
        if "display_name" not in unreadable:
            display_name: None | str | Unset
            if isinstance(self.display_name, Unset):
                display_name = UNSET
            else:
                display_name = self.display_name

            if display_name is not UNSET:
                field_dict["displayName"] = display_name
        if "label" not in unreadable:
            label: None | str | Unset
            if isinstance(self.label, Unset):
                label = UNSET
            else:
                label = self.label

            if label is not UNSET:
                field_dict["label"] = label
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
        if "actor_id" not in unreadable:
            actor_id: int | None | Unset
            if isinstance(self.actor_id, Unset):
                actor_id = UNSET
            else:
                actor_id = self.actor_id

            if actor_id is not UNSET:
                field_dict["actorId"] = actor_id
        if "actor" not in unreadable:
            actor: dict[str, Any] | None | Unset
            if isinstance(self.actor, Unset):
                actor = UNSET
            elif isinstance(self.actor, ActorLightDto):
                actor = self.actor.to_dict()
            else:
                actor = self.actor

            if actor is not UNSET:
                field_dict["actor"] = actor
        if "area_id" not in unreadable:
            area_id: int | None | Unset
            if isinstance(self.area_id, Unset):
                area_id = UNSET
            else:
                area_id = self.area_id

            if area_id is not UNSET:
                field_dict["areaId"] = area_id
        if "area" not in unreadable:
            area: dict[str, Any] | None | Unset
            if isinstance(self.area, Unset):
                area = UNSET
            elif isinstance(self.area, AreaBaseDto):
                area = self.area.to_dict()
            else:
                area = self.area

            if area is not UNSET:
                field_dict["area"] = area
        if "purposes" not in unreadable:
            purposes: list[str] | None | Unset
            if isinstance(self.purposes, Unset):
                purposes = UNSET
            elif isinstance(self.purposes, list):
                purposes = []
                for purposes_type_0_item_data in self.purposes:
                    purposes_type_0_item = str(purposes_type_0_item_data)
                    purposes.append(purposes_type_0_item)

            else:
                purposes = self.purposes

            if purposes is not UNSET:
                field_dict["purposes"] = purposes
        if "data_retention_rules" not in unreadable:
            data_retention_rules: list[str] | None | Unset
            if isinstance(self.data_retention_rules, Unset):
                data_retention_rules = UNSET
            elif isinstance(self.data_retention_rules, list):
                data_retention_rules = []
                for data_retention_rules_type_0_item_data in self.data_retention_rules:
                    data_retention_rules_type_0_item = str(data_retention_rules_type_0_item_data)
                    data_retention_rules.append(data_retention_rules_type_0_item)

            else:
                data_retention_rules = self.data_retention_rules

            if data_retention_rules is not UNSET:
                field_dict["dataRetentionRules"] = data_retention_rules
        if "description" not in unreadable:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

            if description is not UNSET:
                field_dict["description"] = description
        if "readonly" not in unreadable:
            readonly: bool | None | Unset
            if isinstance(self.readonly, Unset):
                readonly = UNSET
            else:
                readonly = self.readonly

            if readonly is not UNSET:
                field_dict["readonly"] = readonly
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
            if len(src_dict) >= 16:
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

        value = values[1]
        if isinstance(value, str):
            parsed.recipient_type = _RECIPIENT_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.recipient_type = None
        elif value is UNSET:
            parsed.recipient_type = UNSET
            absent += 1
        else:
            invalid(parsed, "recipient_type", "recipientType", "RecipientType | str | None", value)

        value = values[2]
        if isinstance(value, str):
            parsed.job_title = _JOB_TITLE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.job_title = None
        elif value is UNSET:
            parsed.job_title = UNSET
            absent += 1
        else:
            invalid(parsed, "job_title", "jobTitle", "JobTitle | str | None", value)

        value = values[3]
        if isinstance(value, str):
            parsed.type_ = _DATA_PROCESSING_ACTOR_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.type_ = None
        elif value is UNSET:
            parsed.type_ = UNSET
            absent += 1
        else:
            invalid(parsed, "type_", "type", "DataProcessingActorType | str | None", value)

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.display_name = value
        elif value is UNSET:
            parsed.display_name = UNSET
            absent += 1
        else:
            invalid(parsed, "display_name", "displayName", "str | None", value)

        value = values[5]
        if isinstance(value, str) or value is None:
            parsed.label = value
        elif value is UNSET:
            parsed.label = UNSET
            absent += 1
        else:
            invalid(parsed, "label", "label", "str | None", value)

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

        value = values[7]
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

        value = values[8]
        if type(value) is int or value is None:
            parsed.actor_id = value
        elif value is UNSET:
            parsed.actor_id = UNSET
            absent += 1
        else:
            invalid(parsed, "actor_id", "actorId", "int | None", value)

        value = values[9]
        if value is None:
            parsed.actor = None
        elif value is UNSET:
            parsed.actor = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.actor = ActorLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "actor", "actor", "ActorLightDto | None", value)
            else:
                invalid(parsed, "actor", "actor", "ActorLightDto | None", value)

        value = values[10]
        if type(value) is int or value is None:
            parsed.area_id = value
        elif value is UNSET:
            parsed.area_id = UNSET
            absent += 1
        else:
            invalid(parsed, "area_id", "areaId", "int | None", value)

        value = values[11]
        if value is None:
            parsed.area = None
        elif value is UNSET:
            parsed.area = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.area = AreaBaseDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "area", "area", "AreaBaseDto | None", value)
            else:
                invalid(parsed, "area", "area", "AreaBaseDto | None", value)

        value = values[12]
        if isinstance(value, list):
            try:
                parsed.purposes = [parse_uuid(item) for item in value]
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "purposes", "purposes", "list[UUID] | None", value, items=parse_uuid)
        elif value is None:
            parsed.purposes = None
        elif value is UNSET:
            parsed.purposes = UNSET
            absent += 1
        else:
            invalid(parsed, "purposes", "purposes", "list[UUID] | None", value)

        value = values[13]
        if isinstance(value, list):
            try:
                parsed.data_retention_rules = [parse_uuid(item) for item in value]
            except (TypeError, ValueError, AttributeError):
                invalid(
                    parsed,
                    "data_retention_rules",
                    "dataRetentionRules",
                    "list[UUID] | None",
                    value,
                    items=parse_uuid,
                )
        elif value is None:
            parsed.data_retention_rules = None
        elif value is UNSET:
            parsed.data_retention_rules = UNSET
            absent += 1
        else:
            invalid(parsed, "data_retention_rules", "dataRetentionRules", "list[UUID] | None", value)

        value = values[14]
        if isinstance(value, str) or value is None:
            parsed.description = value
        elif value is UNSET:
            parsed.description = UNSET
            absent += 1
        else:
            invalid(parsed, "description", "description", "str | None", value)

        value = values[15]
        if type(value) is bool or value is None:
            parsed.readonly = value
        elif value is UNSET:
            parsed.readonly = UNSET
            absent += 1
        else:
            invalid(parsed, "readonly", "readonly", "bool | None", value)

        if len(src_dict) + absent == 16:  # every key is a known one
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
