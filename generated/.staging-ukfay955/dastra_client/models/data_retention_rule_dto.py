from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.data_set_source import DataSetSource
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.data_field_dto import DataFieldDto
    from ..models.data_processing_light_dto import DataProcessingLightDto
    from ..models.tag_dto import TagDto
    from ..models.user_light_dto import UserLightDto








def _parse_tags(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.TagDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_creator(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data






def _parse_purposes(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [UUID(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_data_processings(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.DataProcessingLightDto.from_dict(item) for item in data]
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





def _parse_date_creation(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_date_update(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data
















def _parse_data_set_source(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = DataSetSource._value2member_map_.get(data)
    if member is not None:
        return member
    return data






def _parse_data_fields(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.DataFieldDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data



def _load_tags(source: Mapping[str, Any]) -> Any:
    return _parse_tags(source.get("tags", UNSET))

def _load_creator(source: Mapping[str, Any]) -> Any:
    return _parse_creator(source.get("creator", UNSET))

def _load_data_processings(source: Mapping[str, Any]) -> Any:
    return _parse_data_processings(source.get("dataProcessings", UNSET))

def _load_data_fields(source: Mapping[str, Any]) -> Any:
    return _parse_data_fields(source.get("dataFields", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("label", "tags", "creator", "readonly", "purposes", "dataProcessings", "id", "description", "dateCreation", "dateUpdate", "baseActiveOverride", "intermediateArchivingOverride", "destructionOverride", "baseActiveDescription", "baseActiveLegalBasis", "baseActiveRetentionDuration", "intermediateArchivingLegalBasis", "intermediateArchivingDescription", "intermediateArchivingRetentionDuration", "destructionDescription", "destructionLegalBasis", "dataSetSource", "sourceDescription", "dataFields", ))

T = TypeVar("T", bound="DataRetentionRuleDto")



@_attrs_define
class DataRetentionRuleDto(LazyModel):
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

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
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
        from ..models.data_field_dto import DataFieldDto  # noqa: PLC0415
        from ..models.data_processing_light_dto import DataProcessingLightDto  # noqa: PLC0415
        from ..models.tag_dto import TagDto  # noqa: PLC0415
        from ..models.user_light_dto import UserLightDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        label = self.label

        field_dict["label"] = label
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
        creator: dict[str, Any] | None | Unset
        if isinstance(self.creator, Unset):
            creator = UNSET
        elif isinstance(self.creator, UserLightDto):
            creator = self.creator.to_dict()
        else:
            creator = self.creator

        if creator is not UNSET:
            field_dict["creator"] = creator
        readonly: bool | None | Unset
        if isinstance(self.readonly, Unset):
            readonly = UNSET
        else:
            readonly = self.readonly

        if readonly is not UNSET:
            field_dict["readonly"] = readonly
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
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        if description is not UNSET:
            field_dict["description"] = description
        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        date_update: None | str | Unset
        if isinstance(self.date_update, Unset):
            date_update = UNSET
        elif isinstance(self.date_update, datetime.datetime):
            date_update = self.date_update.isoformat()
        else:
            date_update = self.date_update

        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        base_active_override: bool | None | Unset
        if isinstance(self.base_active_override, Unset):
            base_active_override = UNSET
        else:
            base_active_override = self.base_active_override

        if base_active_override is not UNSET:
            field_dict["baseActiveOverride"] = base_active_override
        intermediate_archiving_override: bool | None | Unset
        if isinstance(self.intermediate_archiving_override, Unset):
            intermediate_archiving_override = UNSET
        else:
            intermediate_archiving_override = self.intermediate_archiving_override

        if intermediate_archiving_override is not UNSET:
            field_dict["intermediateArchivingOverride"] = intermediate_archiving_override
        destruction_override: bool | None | Unset
        if isinstance(self.destruction_override, Unset):
            destruction_override = UNSET
        else:
            destruction_override = self.destruction_override

        if destruction_override is not UNSET:
            field_dict["destructionOverride"] = destruction_override
        base_active_description: None | str | Unset
        if isinstance(self.base_active_description, Unset):
            base_active_description = UNSET
        else:
            base_active_description = self.base_active_description

        if base_active_description is not UNSET:
            field_dict["baseActiveDescription"] = base_active_description
        base_active_legal_basis: None | str | Unset
        if isinstance(self.base_active_legal_basis, Unset):
            base_active_legal_basis = UNSET
        else:
            base_active_legal_basis = self.base_active_legal_basis

        if base_active_legal_basis is not UNSET:
            field_dict["baseActiveLegalBasis"] = base_active_legal_basis
        base_active_retention_duration: int | None | Unset
        if isinstance(self.base_active_retention_duration, Unset):
            base_active_retention_duration = UNSET
        else:
            base_active_retention_duration = self.base_active_retention_duration

        if base_active_retention_duration is not UNSET:
            field_dict["baseActiveRetentionDuration"] = base_active_retention_duration
        intermediate_archiving_legal_basis: None | str | Unset
        if isinstance(self.intermediate_archiving_legal_basis, Unset):
            intermediate_archiving_legal_basis = UNSET
        else:
            intermediate_archiving_legal_basis = self.intermediate_archiving_legal_basis

        if intermediate_archiving_legal_basis is not UNSET:
            field_dict["intermediateArchivingLegalBasis"] = intermediate_archiving_legal_basis
        intermediate_archiving_description: None | str | Unset
        if isinstance(self.intermediate_archiving_description, Unset):
            intermediate_archiving_description = UNSET
        else:
            intermediate_archiving_description = self.intermediate_archiving_description

        if intermediate_archiving_description is not UNSET:
            field_dict["intermediateArchivingDescription"] = intermediate_archiving_description
        intermediate_archiving_retention_duration: int | None | Unset
        if isinstance(self.intermediate_archiving_retention_duration, Unset):
            intermediate_archiving_retention_duration = UNSET
        else:
            intermediate_archiving_retention_duration = self.intermediate_archiving_retention_duration

        if intermediate_archiving_retention_duration is not UNSET:
            field_dict["intermediateArchivingRetentionDuration"] = intermediate_archiving_retention_duration
        destruction_description: None | str | Unset
        if isinstance(self.destruction_description, Unset):
            destruction_description = UNSET
        else:
            destruction_description = self.destruction_description

        if destruction_description is not UNSET:
            field_dict["destructionDescription"] = destruction_description
        destruction_legal_basis: None | str | Unset
        if isinstance(self.destruction_legal_basis, Unset):
            destruction_legal_basis = UNSET
        else:
            destruction_legal_basis = self.destruction_legal_basis

        if destruction_legal_basis is not UNSET:
            field_dict["destructionLegalBasis"] = destruction_legal_basis
        data_set_source: None | str | Unset
        if isinstance(self.data_set_source, Unset):
            data_set_source = UNSET
        elif isinstance(self.data_set_source, DataSetSource):
            data_set_source = self.data_set_source.value
        else:
            data_set_source = self.data_set_source

        if data_set_source is not UNSET:
            field_dict["dataSetSource"] = data_set_source
        source_description: None | str | Unset
        if isinstance(self.source_description, Unset):
            source_description = UNSET
        else:
            source_description = self.source_description

        if source_description is not UNSET:
            field_dict["sourceDescription"] = source_description
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
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.label = src_dict["label"]
        parsed.readonly = src_dict.get("readonly", UNSET)
        parsed.purposes = _parse_purposes(src_dict.get("purposes", UNSET))
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.description = src_dict.get("description", UNSET)
        parsed.date_creation = _parse_date_creation(src_dict.get("dateCreation", UNSET))
        parsed.date_update = _parse_date_update(src_dict.get("dateUpdate", UNSET))
        parsed.base_active_override = src_dict.get("baseActiveOverride", UNSET)
        parsed.intermediate_archiving_override = src_dict.get("intermediateArchivingOverride", UNSET)
        parsed.destruction_override = src_dict.get("destructionOverride", UNSET)
        parsed.base_active_description = src_dict.get("baseActiveDescription", UNSET)
        parsed.base_active_legal_basis = src_dict.get("baseActiveLegalBasis", UNSET)
        parsed.base_active_retention_duration = src_dict.get("baseActiveRetentionDuration", UNSET)
        parsed.intermediate_archiving_legal_basis = src_dict.get("intermediateArchivingLegalBasis", UNSET)
        parsed.intermediate_archiving_description = src_dict.get("intermediateArchivingDescription", UNSET)
        parsed.intermediate_archiving_retention_duration = src_dict.get("intermediateArchivingRetentionDuration", UNSET)
        parsed.destruction_description = src_dict.get("destructionDescription", UNSET)
        parsed.destruction_legal_basis = src_dict.get("destructionLegalBasis", UNSET)
        parsed.data_set_source = _parse_data_set_source(src_dict.get("dataSetSource", UNSET))
        parsed.source_description = src_dict.get("sourceDescription", UNSET)
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
