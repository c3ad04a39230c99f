from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.processing_type import ProcessingType
from ..models.relation_ship_type import RelationShipType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_processing_light_dto import DataProcessingLightDto


T = TypeVar("T", bound="DataProcessingRelationShipDto")


@_attrs_define
class DataProcessingRelationShipDto:
    """
    Attributes:
        id (None | Unset | UUID):
        area_id (int | None | Unset):
        element (DataProcessingLightDto | None | Unset):
        date_creation (datetime.datetime | None | Unset):
        relation_ship_type (None | RelationShipType | str | Unset):
        create (bool | None | Unset):
        label (None | str | Unset):
        url (None | str | Unset):
        processing_type (None | ProcessingType | str | Unset):
        workspace_id (int | None | Unset):
    """

    id: None | Unset | UUID = UNSET
    area_id: int | None | Unset = UNSET
    element: DataProcessingLightDto | None | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    relation_ship_type: None | RelationShipType | str | Unset = UNSET
    create: bool | None | Unset = UNSET
    label: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    processing_type: None | ProcessingType | str | Unset = UNSET
    workspace_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.data_processing_light_dto import DataProcessingLightDto

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        element: dict[str, Any] | None | Unset
        if isinstance(self.element, Unset):
            element = UNSET
        elif isinstance(self.element, DataProcessingLightDto):
            element = self.element.to_dict()
        else:
            element = self.element

        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        relation_ship_type: None | str | Unset
        if isinstance(self.relation_ship_type, Unset):
            relation_ship_type = UNSET
        elif isinstance(self.relation_ship_type, RelationShipType):
            relation_ship_type = self.relation_ship_type.value
        else:
            relation_ship_type = self.relation_ship_type

        create: bool | None | Unset
        if isinstance(self.create, Unset):
            create = UNSET
        else:
            create = self.create

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        processing_type: None | str | Unset
        if isinstance(self.processing_type, Unset):
            processing_type = UNSET
        elif isinstance(self.processing_type, ProcessingType):
            processing_type = self.processing_type.value
        else:
            processing_type = self.processing_type

        workspace_id: int | None | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        if element is not UNSET:
            field_dict["element"] = element
        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        if relation_ship_type is not UNSET:
            field_dict["relationShipType"] = relation_ship_type
        if create is not UNSET:
            field_dict["create"] = create
        if label is not UNSET:
            field_dict["label"] = label
        if url is not UNSET:
            field_dict["url"] = url
        if processing_type is not UNSET:
            field_dict["processingType"] = processing_type
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_processing_light_dto import DataProcessingLightDto

        d = dict(src_dict)

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

        def _parse_area_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        area_id = _parse_area_id(d.pop("areaId", UNSET))

        def _parse_element(data: object) -> DataProcessingLightDto | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                element_type_1 = DataProcessingLightDto.from_dict(data)

                return element_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataProcessingLightDto | None | Unset, data)

        element = _parse_element(d.pop("element", UNSET))

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

        def _parse_relation_ship_type(data: object) -> None | RelationShipType | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                relation_ship_type_type_0 = RelationShipType(data)

                return relation_ship_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RelationShipType | str | Unset, data)

        relation_ship_type = _parse_relation_ship_type(d.pop("relationShipType", UNSET))

        def _parse_create(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        create = _parse_create(d.pop("create", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_processing_type(data: object) -> None | ProcessingType | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                processing_type_type_0 = ProcessingType(data)

                return processing_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProcessingType | str | Unset, data)

        processing_type = _parse_processing_type(d.pop("processingType", UNSET))

        def _parse_workspace_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        workspace_id = _parse_workspace_id(d.pop("workspaceId", UNSET))

        data_processing_relation_ship_dto = cls(
            id=id,
            area_id=area_id,
            element=element,
            date_creation=date_creation,
            relation_ship_type=relation_ship_type,
            create=create,
            label=label,
            url=url,
            processing_type=processing_type,
            workspace_id=workspace_id,
        )

        data_processing_relation_ship_dto.additional_properties = d
        return data_processing_relation_ship_dto

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
