from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_set_source import DataSetSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_field_dto import DataFieldDto
    from ..models.data_processing_light_dto import DataProcessingLightDto
    from ..models.tag_dto import TagDto
    from ..models.user_light_dto import UserLightDto


T = TypeVar("T", bound="DataRetentionRuleUpdateDto")


@_attrs_define
class DataRetentionRuleUpdateDto:
    """
    Attributes:
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

        label = self.label

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

        creator: dict[str, Any] | None | Unset
        if isinstance(self.creator, Unset):
            creator = UNSET
        elif isinstance(self.creator, UserLightDto):
            creator = self.creator.to_dict()
        else:
            creator = self.creator

        readonly: bool | None | Unset
        if isinstance(self.readonly, Unset):
            readonly = UNSET
        else:
            readonly = self.readonly

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

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        date_update: None | str | Unset
        if isinstance(self.date_update, Unset):
            date_update = UNSET
        elif isinstance(self.date_update, datetime.datetime):
            date_update = self.date_update.isoformat()
        else:
            date_update = self.date_update

        base_active_override: bool | None | Unset
        if isinstance(self.base_active_override, Unset):
            base_active_override = UNSET
        else:
            base_active_override = self.base_active_override

        intermediate_archiving_override: bool | None | Unset
        if isinstance(self.intermediate_archiving_override, Unset):
            intermediate_archiving_override = UNSET
        else:
            intermediate_archiving_override = self.intermediate_archiving_override

        destruction_override: bool | None | Unset
        if isinstance(self.destruction_override, Unset):
            destruction_override = UNSET
        else:
            destruction_override = self.destruction_override

        base_active_description: None | str | Unset
        if isinstance(self.base_active_description, Unset):
            base_active_description = UNSET
        else:
            base_active_description = self.base_active_description

        base_active_legal_basis: None | str | Unset
        if isinstance(self.base_active_legal_basis, Unset):
            base_active_legal_basis = UNSET
        else:
            base_active_legal_basis = self.base_active_legal_basis

        base_active_retention_duration: int | None | Unset
        if isinstance(self.base_active_retention_duration, Unset):
            base_active_retention_duration = UNSET
        else:
            base_active_retention_duration = self.base_active_retention_duration

        intermediate_archiving_legal_basis: None | str | Unset
        if isinstance(self.intermediate_archiving_legal_basis, Unset):
            intermediate_archiving_legal_basis = UNSET
        else:
            intermediate_archiving_legal_basis = self.intermediate_archiving_legal_basis

        intermediate_archiving_description: None | str | Unset
        if isinstance(self.intermediate_archiving_description, Unset):
            intermediate_archiving_description = UNSET
        else:
            intermediate_archiving_description = self.intermediate_archiving_description

        intermediate_archiving_retention_duration: int | None | Unset
        if isinstance(self.intermediate_archiving_retention_duration, Unset):
            intermediate_archiving_retention_duration = UNSET
        else:
            intermediate_archiving_retention_duration = self.intermediate_archiving_retention_duration

        destruction_description: None | str | Unset
        if isinstance(self.destruction_description, Unset):
            destruction_description = UNSET
        else:
            destruction_description = self.destruction_description

        destruction_legal_basis: None | str | Unset
        if isinstance(self.destruction_legal_basis, Unset):
            destruction_legal_basis = UNSET
        else:
            destruction_legal_basis = self.destruction_legal_basis

        data_set_source: None | str | Unset
        if isinstance(self.data_set_source, Unset):
            data_set_source = UNSET
        elif isinstance(self.data_set_source, DataSetSource):
            data_set_source = self.data_set_source.value
        else:
            data_set_source = self.data_set_source

        source_description: None | str | Unset
        if isinstance(self.source_description, Unset):
            source_description = UNSET
        else:
            source_description = self.source_description

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
        if creator is not UNSET:
            field_dict["creator"] = creator
        if readonly is not UNSET:
            field_dict["readonly"] = readonly
        if purposes is not UNSET:
            field_dict["purposes"] = purposes
        if data_processings is not UNSET:
            field_dict["dataProcessings"] = data_processings
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        if base_active_override is not UNSET:
            field_dict["baseActiveOverride"] = base_active_override
        if intermediate_archiving_override is not UNSET:
            field_dict["intermediateArchivingOverride"] = intermediate_archiving_override
        if destruction_override is not UNSET:
            field_dict["destructionOverride"] = destruction_override
        if base_active_description is not UNSET:
            field_dict["baseActiveDescription"] = base_active_description
        if base_active_legal_basis is not UNSET:
            field_dict["baseActiveLegalBasis"] = base_active_legal_basis
        if base_active_retention_duration is not UNSET:
            field_dict["baseActiveRetentionDuration"] = base_active_retention_duration
        if intermediate_archiving_legal_basis is not UNSET:
            field_dict["intermediateArchivingLegalBasis"] = intermediate_archiving_legal_basis
        if intermediate_archiving_description is not UNSET:
            field_dict["intermediateArchivingDescription"] = intermediate_archiving_description
        if intermediate_archiving_retention_duration is not UNSET:
            field_dict["intermediateArchivingRetentionDuration"] = intermediate_archiving_retention_duration
        if destruction_description is not UNSET:
            field_dict["destructionDescription"] = destruction_description
        if destruction_legal_basis is not UNSET:
            field_dict["destructionLegalBasis"] = destruction_legal_basis
        if data_set_source is not UNSET:
            field_dict["dataSetSource"] = data_set_source
        if source_description is not UNSET:
            field_dict["sourceDescription"] = source_description
        if data_fields is not UNSET:
            field_dict["dataFields"] = data_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_field_dto import DataFieldDto
        from ..models.data_processing_light_dto import DataProcessingLightDto
        from ..models.tag_dto import TagDto
        from ..models.user_light_dto import UserLightDto

        d = dict(src_dict)
        label = d.pop("label")

        def _parse_tags(data: object) -> list[TagDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = []
                _tags_type_0 = data
                for tags_type_0_item_data in _tags_type_0:
                    tags_type_0_item = TagDto.from_dict(tags_type_0_item_data)

                    tags_type_0.append(tags_type_0_item)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TagDto] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_creator(data: object) -> None | Unset | UserLightDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                creator_type_1 = UserLightDto.from_dict(data)

                return creator_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserLightDto, data)

        creator = _parse_creator(d.pop("creator", UNSET))

        def _parse_readonly(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        readonly = _parse_readonly(d.pop("readonly", UNSET))

        def _parse_purposes(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                purposes_type_0 = []
                _purposes_type_0 = data
                for purposes_type_0_item_data in _purposes_type_0:
                    purposes_type_0_item = UUID(purposes_type_0_item_data)

                    purposes_type_0.append(purposes_type_0_item)

                return purposes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        purposes = _parse_purposes(d.pop("purposes", UNSET))

        def _parse_data_processings(data: object) -> list[DataProcessingLightDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_processings_type_0 = []
                _data_processings_type_0 = data
                for data_processings_type_0_item_data in _data_processings_type_0:
                    data_processings_type_0_item = DataProcessingLightDto.from_dict(
                        data_processings_type_0_item_data
                    )

                    data_processings_type_0.append(data_processings_type_0_item)

                return data_processings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DataProcessingLightDto] | None | Unset, data)

        data_processings = _parse_data_processings(d.pop("dataProcessings", UNSET))

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_date_creation(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_creation_type_0 = datetime.datetime.fromisoformat(data)

                return date_creation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_creation = _parse_date_creation(d.pop("dateCreation", UNSET))

        def _parse_date_update(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_update_type_0 = datetime.datetime.fromisoformat(data)

                return date_update_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_update = _parse_date_update(d.pop("dateUpdate", UNSET))

        def _parse_base_active_override(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        base_active_override = _parse_base_active_override(d.pop("baseActiveOverride", UNSET))

        def _parse_intermediate_archiving_override(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        intermediate_archiving_override = _parse_intermediate_archiving_override(
            d.pop("intermediateArchivingOverride", UNSET)
        )

        def _parse_destruction_override(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        destruction_override = _parse_destruction_override(d.pop("destructionOverride", UNSET))

        def _parse_base_active_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_active_description = _parse_base_active_description(d.pop("baseActiveDescription", UNSET))

        def _parse_base_active_legal_basis(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_active_legal_basis = _parse_base_active_legal_basis(d.pop("baseActiveLegalBasis", UNSET))

        def _parse_base_active_retention_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        base_active_retention_duration = _parse_base_active_retention_duration(
            d.pop("baseActiveRetentionDuration", UNSET)
        )

        def _parse_intermediate_archiving_legal_basis(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        intermediate_archiving_legal_basis = _parse_intermediate_archiving_legal_basis(
            d.pop("intermediateArchivingLegalBasis", UNSET)
        )

        def _parse_intermediate_archiving_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        intermediate_archiving_description = _parse_intermediate_archiving_description(
            d.pop("intermediateArchivingDescription", UNSET)
        )

        def _parse_intermediate_archiving_retention_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        intermediate_archiving_retention_duration = _parse_intermediate_archiving_retention_duration(
            d.pop("intermediateArchivingRetentionDuration", UNSET)
        )

        def _parse_destruction_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        destruction_description = _parse_destruction_description(d.pop("destructionDescription", UNSET))

        def _parse_destruction_legal_basis(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        destruction_legal_basis = _parse_destruction_legal_basis(d.pop("destructionLegalBasis", UNSET))

        def _parse_data_set_source(data: object) -> DataSetSource | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                data_set_source_type_0 = DataSetSource(data)

                return data_set_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataSetSource | None | str | Unset, data)

        data_set_source = _parse_data_set_source(d.pop("dataSetSource", UNSET))

        def _parse_source_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_description = _parse_source_description(d.pop("sourceDescription", UNSET))

        def _parse_data_fields(data: object) -> list[DataFieldDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_fields_type_0 = []
                _data_fields_type_0 = data
                for data_fields_type_0_item_data in _data_fields_type_0:
                    data_fields_type_0_item = DataFieldDto.from_dict(data_fields_type_0_item_data)

                    data_fields_type_0.append(data_fields_type_0_item)

                return data_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DataFieldDto] | None | Unset, data)

        data_fields = _parse_data_fields(d.pop("dataFields", UNSET))

        data_retention_rule_update_dto = cls(
            label=label,
            tags=tags,
            creator=creator,
            readonly=readonly,
            purposes=purposes,
            data_processings=data_processings,
            id=id,
            description=description,
            date_creation=date_creation,
            date_update=date_update,
            base_active_override=base_active_override,
            intermediate_archiving_override=intermediate_archiving_override,
            destruction_override=destruction_override,
            base_active_description=base_active_description,
            base_active_legal_basis=base_active_legal_basis,
            base_active_retention_duration=base_active_retention_duration,
            intermediate_archiving_legal_basis=intermediate_archiving_legal_basis,
            intermediate_archiving_description=intermediate_archiving_description,
            intermediate_archiving_retention_duration=intermediate_archiving_retention_duration,
            destruction_description=destruction_description,
            destruction_legal_basis=destruction_legal_basis,
            data_set_source=data_set_source,
            source_description=source_description,
            data_fields=data_fields,
        )

        data_retention_rule_update_dto.additional_properties = d
        return data_retention_rule_update_dto

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
