from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import FieldValidationError, VariantMismatchError
from .._lazy import (
    EAGER,
    MISSING,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.data_set_source import DataSetSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_field_dto import DataFieldDto
    from ..models.data_processing_light_dto import DataProcessingLightDto
    from ..models.tag_dto import TagDto
    from ..models.user_light_dto import UserLightDto
else:
    DataFieldDto = deferred(globals(), "DataFieldDto", "..models.data_field_dto")
    DataProcessingLightDto = deferred(
        globals(), "DataProcessingLightDto", "..models.data_processing_light_dto"
    )
    TagDto = deferred(globals(), "TagDto", "..models.tag_dto")
    UserLightDto = deferred(globals(), "UserLightDto", "..models.user_light_dto")


_DATA_SET_SOURCE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in DataSetSource}


def _load_tags(model: DataRetentionRuleUpdateDto, source: Mapping[str, Any]) -> Any:
    value = source.get("tags", UNSET)
    if value is None or value is UNSET:
        model.tags = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.tags = result = list(map(TagDto.from_dict, value))
        except FieldValidationError:
            result = invalid(model, "tags", "tags", "list[TagDto] | None", value, items=TagDto.from_dict)
    else:
        result = invalid(model, "tags", "tags", "list[TagDto] | None", value)
    return result


def _load_creator(model: DataRetentionRuleUpdateDto, source: Mapping[str, Any]) -> Any:
    value = source.get("creator", UNSET)
    if value is None or value is UNSET:
        model.creator = value
        return value
    if isinstance(value, dict):
        try:
            model.creator = result = UserLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "creator", "creator", "UserLightDto | None", value)
    else:
        result = invalid(model, "creator", "creator", "UserLightDto | None", value)
    return result


def _load_data_processings(model: DataRetentionRuleUpdateDto, source: Mapping[str, Any]) -> Any:
    value = source.get("dataProcessings", UNSET)
    if value is None or value is UNSET:
        model.data_processings = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.data_processings = result = list(map(DataProcessingLightDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "data_processings",
                "dataProcessings",
                "list[DataProcessingLightDto] | None",
                value,
                items=DataProcessingLightDto.from_dict,
            )
    else:
        result = invalid(
            model, "data_processings", "dataProcessings", "list[DataProcessingLightDto] | None", value
        )
    return result


def _load_data_fields(model: DataRetentionRuleUpdateDto, source: Mapping[str, Any]) -> Any:
    value = source.get("dataFields", UNSET)
    if value is None or value is UNSET:
        model.data_fields = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.data_fields = result = list(map(DataFieldDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "data_fields",
                "dataFields",
                "list[DataFieldDto] | None",
                value,
                items=DataFieldDto.from_dict,
            )
    else:
        result = invalid(model, "data_fields", "dataFields", "list[DataFieldDto] | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "label",
    "tags",
    "creator",
    "readonly",
    "purposes",
    "dataProcessings",
    "id",
    "description",
    "dateCreation",
    "dateUpdate",
    "baseActiveOverride",
    "intermediateArchivingOverride",
    "destructionOverride",
    "baseActiveDescription",
    "baseActiveLegalBasis",
    "baseActiveRetentionDuration",
    "intermediateArchivingLegalBasis",
    "intermediateArchivingDescription",
    "intermediateArchivingRetentionDuration",
    "destructionDescription",
    "destructionLegalBasis",
    "dataSetSource",
    "sourceDescription",
    "dataFields",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "label": MISSING,
    "tags": UNSET,
    "creator": UNSET,
    "readonly": UNSET,
    "purposes": UNSET,
    "dataProcessings": UNSET,
    "id": UNSET,
    "description": UNSET,
    "dateCreation": UNSET,
    "dateUpdate": UNSET,
    "baseActiveOverride": UNSET,
    "intermediateArchivingOverride": UNSET,
    "destructionOverride": UNSET,
    "baseActiveDescription": UNSET,
    "baseActiveLegalBasis": UNSET,
    "baseActiveRetentionDuration": UNSET,
    "intermediateArchivingLegalBasis": UNSET,
    "intermediateArchivingDescription": UNSET,
    "intermediateArchivingRetentionDuration": UNSET,
    "destructionDescription": UNSET,
    "destructionLegalBasis": UNSET,
    "dataSetSource": UNSET,
    "sourceDescription": UNSET,
    "dataFields": UNSET,
}

T = TypeVar("T", bound="DataRetentionRuleUpdateDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DataRetentionRuleUpdateDto(LazyModel):
    """Attributes:
    label (str):
    tags (list[TagDto] | None | Unset):
    creator (None | Unset | UserLightDto):
    readonly (bool | None | Unset):
    purposes (list[UUID] | None | Unset):
    data_processings (list[DataProcessingLightDto] | None | Unset):
    id (None | Unset | UUID):
    description (None | str | Unset):
    date_creation (datetime.datetime | None | Unset):
    date_update (datetime.datetime | None | Unset):
    base_active_override (bool | None | Unset):
    intermediate_archiving_override (bool | None | Unset):
    destruction_override (bool | None | Unset):
    base_active_description (None | str | Unset):
    base_active_legal_basis (None | str | Unset):
    base_active_retention_duration (int | None | Unset):
    intermediate_archiving_legal_basis (None | str | Unset):
    intermediate_archiving_description (None | str | Unset):
    intermediate_archiving_retention_duration (int | None | Unset):
    destruction_description (None | str | Unset):
    destruction_legal_basis (None | str | Unset):
    data_set_source (DataSetSource | None | str | Unset):
    source_description (None | str | Unset):
    data_fields (list[DataFieldDto] | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("label", "label"),
        ("tags", "tags"),
        ("creator", "creator"),
        ("readonly", "readonly"),
        ("purposes", "purposes"),
        ("data_processings", "dataProcessings"),
        ("id", "id"),
        ("description", "description"),
        ("date_creation", "dateCreation"),
        ("date_update", "dateUpdate"),
        ("base_active_override", "baseActiveOverride"),
        ("intermediate_archiving_override", "intermediateArchivingOverride"),
        ("destruction_override", "destructionOverride"),
        ("base_active_description", "baseActiveDescription"),
        ("base_active_legal_basis", "baseActiveLegalBasis"),
        ("base_active_retention_duration", "baseActiveRetentionDuration"),
        ("intermediate_archiving_legal_basis", "intermediateArchivingLegalBasis"),
        ("intermediate_archiving_description", "intermediateArchivingDescription"),
        ("intermediate_archiving_retention_duration", "intermediateArchivingRetentionDuration"),
        ("destruction_description", "destructionDescription"),
        ("destruction_legal_basis", "destructionLegalBasis"),
        ("data_set_source", "dataSetSource"),
        ("source_description", "sourceDescription"),
        ("data_fields", "dataFields"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "tags": _load_tags,
        "creator": _load_creator,
        "data_processings": _load_data_processings,
        "data_fields": _load_data_fields,
    }

    label: str
    tags: list[TagDto] | None | Unset = UNSET
    creator: None | Unset | UserLightDto = UNSET
    readonly: bool | None | Unset = UNSET
    purposes: list[UUID] | None | Unset = UNSET
    data_processings: list[DataProcessingLightDto] | None | Unset = UNSET
    id: None | Unset | UUID = UNSET
    description: None | str | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    base_active_override: bool | None | Unset = UNSET
    intermediate_archiving_override: bool | None | Unset = UNSET
    destruction_override: bool | None | Unset = UNSET
    base_active_description: None | str | Unset = UNSET
    base_active_legal_basis: None | str | Unset = UNSET
    base_active_retention_duration: int | None | Unset = UNSET
    intermediate_archiving_legal_basis: None | str | Unset = UNSET
    intermediate_archiving_description: None | str | Unset = UNSET
    intermediate_archiving_retention_duration: int | None | Unset = UNSET
    destruction_description: None | str | Unset = UNSET
    destruction_legal_basis: None | str | Unset = UNSET
    data_set_source: DataSetSource | None | str | Unset = UNSET
    source_description: None | str | Unset = UNSET
    data_fields: list[DataFieldDto] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_light_dto import UserLightDto

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "label" not in unreadable:
            label = self.label

            field_dict["label"] = label
        if "tags" not in unreadable:
            tags: list[dict[str, Any]] | None | Unset
            if isinstance(self.tags, Unset):
                tags = UNSET
            elif isinstance(self.tags, list):
                tags = []
                for tags_type_0_item_data in self.tags:
                    tags_type_0_item = tags_type_0_item_data.to_dict()
                    tags.append(tags_type_0_item)

            else:
                tags = self.tags

            if tags is not UNSET:
                field_dict["tags"] = tags
        if "creator" not in unreadable:
            creator: dict[str, Any] | None | Unset
            if isinstance(self.creator, Unset):
                creator = UNSET
            elif isinstance(self.creator, UserLightDto):
                creator = self.creator.to_dict()
            else:
                creator = self.creator

            if creator is not UNSET:
                field_dict["creator"] = creator
        if "readonly" not in unreadable:
            readonly: bool | None | Unset
            if isinstance(self.readonly, Unset):
                readonly = UNSET
            else:
                readonly = self.readonly

            if readonly is not UNSET:
                field_dict["readonly"] = readonly
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
        if "data_processings" not in unreadable:
            data_processings: list[dict[str, Any]] | None | Unset
            if isinstance(self.data_processings, Unset):
                data_processings = UNSET
            elif isinstance(self.data_processings, list):
                data_processings = []
                for data_processings_type_0_item_data in self.data_processings:
                    data_processings_type_0_item = data_processings_type_0_item_data.to_dict()
                    data_processings.append(data_processings_type_0_item)

            else:
                data_processings = self.data_processings

            if data_processings is not UNSET:
                field_dict["dataProcessings"] = data_processings
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
        if "description" not in unreadable:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

            if description is not UNSET:
                field_dict["description"] = description
        if "date_creation" not in unreadable:
            date_creation: None | str | Unset
            if isinstance(self.date_creation, Unset):
                date_creation = UNSET
            elif isinstance(self.date_creation, datetime.datetime):
                date_creation = self.date_creation.isoformat()
            else:
                date_creation = self.date_creation

            if date_creation is not UNSET:
                field_dict["dateCreation"] = date_creation
        if "date_update" not in unreadable:
            date_update: None | str | Unset
            if isinstance(self.date_update, Unset):
                date_update = UNSET
            elif isinstance(self.date_update, datetime.datetime):
                date_update = self.date_update.isoformat()
            else:
                date_update = self.date_update

            if date_update is not UNSET:
                field_dict["dateUpdate"] = date_update
        if "base_active_override" not in unreadable:
            base_active_override: bool | None | Unset
            if isinstance(self.base_active_override, Unset):
                base_active_override = UNSET
            else:
                base_active_override = self.base_active_override

            if base_active_override is not UNSET:
                field_dict["baseActiveOverride"] = base_active_override
        if "intermediate_archiving_override" not in unreadable:
            intermediate_archiving_override: bool | None | Unset
            if isinstance(self.intermediate_archiving_override, Unset):
                intermediate_archiving_override = UNSET
            else:
                intermediate_archiving_override = self.intermediate_archiving_override

            if intermediate_archiving_override is not UNSET:
                field_dict["intermediateArchivingOverride"] = intermediate_archiving_override
        if "destruction_override" not in unreadable:
            destruction_override: bool | None | Unset
            if isinstance(self.destruction_override, Unset):
                destruction_override = UNSET
            else:
                destruction_override = self.destruction_override

            if destruction_override is not UNSET:
                field_dict["destructionOverride"] = destruction_override
        if "base_active_description" not in unreadable:
            base_active_description: None | str | Unset
            if isinstance(self.base_active_description, Unset):
                base_active_description = UNSET
            else:
                base_active_description = self.base_active_description

            if base_active_description is not UNSET:
                field_dict["baseActiveDescription"] = base_active_description
        if "base_active_legal_basis" not in unreadable:
            base_active_legal_basis: None | str | Unset
            if isinstance(self.base_active_legal_basis, Unset):
                base_active_legal_basis = UNSET
            else:
                base_active_legal_basis = self.base_active_legal_basis

            if base_active_legal_basis is not UNSET:
                field_dict["baseActiveLegalBasis"] = base_active_legal_basis
        if "base_active_retention_duration" not in unreadable:
            base_active_retention_duration: int | None | Unset
            if isinstance(self.base_active_retention_duration, Unset):
                base_active_retention_duration = UNSET
            else:
                base_active_retention_duration = self.base_active_retention_duration

            if base_active_retention_duration is not UNSET:
                field_dict["baseActiveRetentionDuration"] = base_active_retention_duration
        if "intermediate_archiving_legal_basis" not in unreadable:
            intermediate_archiving_legal_basis: None | str | Unset
            if isinstance(self.intermediate_archiving_legal_basis, Unset):
                intermediate_archiving_legal_basis = UNSET
            else:
                intermediate_archiving_legal_basis = self.intermediate_archiving_legal_basis

            if intermediate_archiving_legal_basis is not UNSET:
                field_dict["intermediateArchivingLegalBasis"] = intermediate_archiving_legal_basis
        if "intermediate_archiving_description" not in unreadable:
            intermediate_archiving_description: None | str | Unset
            if isinstance(self.intermediate_archiving_description, Unset):
                intermediate_archiving_description = UNSET
            else:
                intermediate_archiving_description = self.intermediate_archiving_description

            if intermediate_archiving_description is not UNSET:
                field_dict["intermediateArchivingDescription"] = intermediate_archiving_description
        if "intermediate_archiving_retention_duration" not in unreadable:
            intermediate_archiving_retention_duration: int | None | Unset
            if isinstance(self.intermediate_archiving_retention_duration, Unset):
                intermediate_archiving_retention_duration = UNSET
            else:
                intermediate_archiving_retention_duration = self.intermediate_archiving_retention_duration

            if intermediate_archiving_retention_duration is not UNSET:
                field_dict["intermediateArchivingRetentionDuration"] = (
                    intermediate_archiving_retention_duration
                )
        if "destruction_description" not in unreadable:
            destruction_description: None | str | Unset
            if isinstance(self.destruction_description, Unset):
                destruction_description = UNSET
            else:
                destruction_description = self.destruction_description

            if destruction_description is not UNSET:
                field_dict["destructionDescription"] = destruction_description
        if "destruction_legal_basis" not in unreadable:
            destruction_legal_basis: None | str | Unset
            if isinstance(self.destruction_legal_basis, Unset):
                destruction_legal_basis = UNSET
            else:
                destruction_legal_basis = self.destruction_legal_basis

            if destruction_legal_basis is not UNSET:
                field_dict["destructionLegalBasis"] = destruction_legal_basis
        if "data_set_source" not in unreadable:
            data_set_source: None | str | Unset
            if isinstance(self.data_set_source, Unset):
                data_set_source = UNSET
            elif isinstance(self.data_set_source, DataSetSource):
                data_set_source = self.data_set_source.value
            else:
                data_set_source = self.data_set_source

            if data_set_source is not UNSET:
                field_dict["dataSetSource"] = data_set_source
        if "source_description" not in unreadable:
            source_description: None | str | Unset
            if isinstance(self.source_description, Unset):
                source_description = UNSET
            else:
                source_description = self.source_description

            if source_description is not UNSET:
                field_dict["sourceDescription"] = source_description
        if "data_fields" not in unreadable:
            data_fields: list[dict[str, Any]] | None | Unset
            if isinstance(self.data_fields, Unset):
                data_fields = UNSET
            elif isinstance(self.data_fields, list):
                data_fields = []
                for data_fields_type_0_item_data in self.data_fields:
                    data_fields_type_0_item = data_fields_type_0_item_data.to_dict()
                    data_fields.append(data_fields_type_0_item)

            else:
                data_fields = self.data_fields

            if data_fields is not UNSET:
                field_dict["dataFields"] = data_fields
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
            if len(src_dict) >= 24:
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
            parsed.label = value
        else:
            invalid(parsed, "label", "label", "str", value)
            absent += value is MISSING

        value = values[1]
        if value is None:
            parsed.tags = None
        elif value is UNSET:
            parsed.tags = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.tags = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.tags = list(map(TagDto.from_dict, value))
                except FieldValidationError:
                    invalid(parsed, "tags", "tags", "list[TagDto] | None", value, items=TagDto.from_dict)
            else:
                invalid(parsed, "tags", "tags", "list[TagDto] | None", value)

        value = values[2]
        if value is None:
            parsed.creator = None
        elif value is UNSET:
            parsed.creator = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.creator = UserLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "creator", "creator", "UserLightDto | None", value)
            else:
                invalid(parsed, "creator", "creator", "UserLightDto | None", value)

        value = values[3]
        if type(value) is bool or value is None:
            parsed.readonly = value
        elif value is UNSET:
            parsed.readonly = UNSET
            absent += 1
        else:
            invalid(parsed, "readonly", "readonly", "bool | None", value)

        value = values[4]
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

        value = values[5]
        if value is None:
            parsed.data_processings = None
        elif value is UNSET:
            parsed.data_processings = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.data_processings = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.data_processings = list(map(DataProcessingLightDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "data_processings",
                        "dataProcessings",
                        "list[DataProcessingLightDto] | None",
                        value,
                        items=DataProcessingLightDto.from_dict,
                    )
            else:
                invalid(
                    parsed,
                    "data_processings",
                    "dataProcessings",
                    "list[DataProcessingLightDto] | None",
                    value,
                )

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
        if isinstance(value, str) or value is None:
            parsed.description = value
        elif value is UNSET:
            parsed.description = UNSET
            absent += 1
        else:
            invalid(parsed, "description", "description", "str | None", value)

        value = values[8]
        if value is None:
            parsed.date_creation = None
        elif value is UNSET:
            parsed.date_creation = UNSET
            absent += 1
        else:
            try:
                parsed.date_creation = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_creation", "dateCreation", "datetime.datetime | None", value)

        value = values[9]
        if value is None:
            parsed.date_update = None
        elif value is UNSET:
            parsed.date_update = UNSET
            absent += 1
        else:
            try:
                parsed.date_update = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_update", "dateUpdate", "datetime.datetime | None", value)

        value = values[10]
        if type(value) is bool or value is None:
            parsed.base_active_override = value
        elif value is UNSET:
            parsed.base_active_override = UNSET
            absent += 1
        else:
            invalid(parsed, "base_active_override", "baseActiveOverride", "bool | None", value)

        value = values[11]
        if type(value) is bool or value is None:
            parsed.intermediate_archiving_override = value
        elif value is UNSET:
            parsed.intermediate_archiving_override = UNSET
            absent += 1
        else:
            invalid(
                parsed,
                "intermediate_archiving_override",
                "intermediateArchivingOverride",
                "bool | None",
                value,
            )

        value = values[12]
        if type(value) is bool or value is None:
            parsed.destruction_override = value
        elif value is UNSET:
            parsed.destruction_override = UNSET
            absent += 1
        else:
            invalid(parsed, "destruction_override", "destructionOverride", "bool | None", value)

        value = values[13]
        if isinstance(value, str) or value is None:
            parsed.base_active_description = value
        elif value is UNSET:
            parsed.base_active_description = UNSET
            absent += 1
        else:
            invalid(parsed, "base_active_description", "baseActiveDescription", "str | None", value)

        value = values[14]
        if isinstance(value, str) or value is None:
            parsed.base_active_legal_basis = value
        elif value is UNSET:
            parsed.base_active_legal_basis = UNSET
            absent += 1
        else:
            invalid(parsed, "base_active_legal_basis", "baseActiveLegalBasis", "str | None", value)

        value = values[15]
        if type(value) is int or value is None:
            parsed.base_active_retention_duration = value
        elif value is UNSET:
            parsed.base_active_retention_duration = UNSET
            absent += 1
        else:
            invalid(
                parsed, "base_active_retention_duration", "baseActiveRetentionDuration", "int | None", value
            )

        value = values[16]
        if isinstance(value, str) or value is None:
            parsed.intermediate_archiving_legal_basis = value
        elif value is UNSET:
            parsed.intermediate_archiving_legal_basis = UNSET
            absent += 1
        else:
            invalid(
                parsed,
                "intermediate_archiving_legal_basis",
                "intermediateArchivingLegalBasis",
                "str | None",
                value,
            )

        value = values[17]
        if isinstance(value, str) or value is None:
            parsed.intermediate_archiving_description = value
        elif value is UNSET:
            parsed.intermediate_archiving_description = UNSET
            absent += 1
        else:
            invalid(
                parsed,
                "intermediate_archiving_description",
                "intermediateArchivingDescription",
                "str | None",
                value,
            )

        value = values[18]
        if type(value) is int or value is None:
            parsed.intermediate_archiving_retention_duration = value
        elif value is UNSET:
            parsed.intermediate_archiving_retention_duration = UNSET
            absent += 1
        else:
            invalid(
                parsed,
                "intermediate_archiving_retention_duration",
                "intermediateArchivingRetentionDuration",
                "int | None",
                value,
            )

        value = values[19]
        if isinstance(value, str) or value is None:
            parsed.destruction_description = value
        elif value is UNSET:
            parsed.destruction_description = UNSET
            absent += 1
        else:
            invalid(parsed, "destruction_description", "destructionDescription", "str | None", value)

        value = values[20]
        if isinstance(value, str) or value is None:
            parsed.destruction_legal_basis = value
        elif value is UNSET:
            parsed.destruction_legal_basis = UNSET
            absent += 1
        else:
            invalid(parsed, "destruction_legal_basis", "destructionLegalBasis", "str | None", value)

        value = values[21]
        if isinstance(value, str):
            parsed.data_set_source = _DATA_SET_SOURCE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.data_set_source = None
        elif value is UNSET:
            parsed.data_set_source = UNSET
            absent += 1
        else:
            invalid(parsed, "data_set_source", "dataSetSource", "DataSetSource | str | None", value)

        value = values[22]
        if isinstance(value, str) or value is None:
            parsed.source_description = value
        elif value is UNSET:
            parsed.source_description = UNSET
            absent += 1
        else:
            invalid(parsed, "source_description", "sourceDescription", "str | None", value)

        value = values[23]
        if value is None:
            parsed.data_fields = None
        elif value is UNSET:
            parsed.data_fields = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.data_fields = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.data_fields = list(map(DataFieldDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "data_fields",
                        "dataFields",
                        "list[DataFieldDto] | None",
                        value,
                        items=DataFieldDto.from_dict,
                    )
            else:
                invalid(parsed, "data_fields", "dataFields", "list[DataFieldDto] | None", value)

        if len(src_dict) + absent == 24:  # every key is a known one
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
