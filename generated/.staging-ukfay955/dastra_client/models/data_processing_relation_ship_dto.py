from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.processing_type import ProcessingType
from ..models.relation_ship_type import RelationShipType
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.data_processing_light_dto import DataProcessingLightDto






def _parse_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_element(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.DataProcessingLightDto.from_dict(data)
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





def _parse_relation_ship_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = RelationShipType._value2member_map_.get(data)
    if member is not None:
        return member
    return data








def _parse_processing_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = ProcessingType._value2member_map_.get(data)
    if member is not None:
        return member
    return data




def _load_element(source: Mapping[str, Any]) -> Any:
    return _parse_element(source.get("element", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("id", "areaId", "element", "dateCreation", "relationShipType", "create", "label", "url", "processingType", "workspaceId", ))

T = TypeVar("T", bound="DataProcessingRelationShipDto")



@_attrs_define
class DataProcessingRelationShipDto(LazyModel):
    """Attributes:
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

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "element": _load_element,
    }

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
        from ..models.data_processing_light_dto import DataProcessingLightDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        element: dict[str, Any] | None | Unset
        if isinstance(self.element, Unset):
            element = UNSET
        elif isinstance(self.element, DataProcessingLightDto):
            element = self.element.to_dict()
        else:
            element = self.element

        if element is not UNSET:
            field_dict["element"] = element
        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        relation_ship_type: None | str | Unset
        if isinstance(self.relation_ship_type, Unset):
            relation_ship_type = UNSET
        elif isinstance(self.relation_ship_type, RelationShipType):
            relation_ship_type = self.relation_ship_type.value
        else:
            relation_ship_type = self.relation_ship_type

        if relation_ship_type is not UNSET:
            field_dict["relationShipType"] = relation_ship_type
        create: bool | None | Unset
        if isinstance(self.create, Unset):
            create = UNSET
        else:
            create = self.create

        if create is not UNSET:
            field_dict["create"] = create
        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        if label is not UNSET:
            field_dict["label"] = label
        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        if url is not UNSET:
            field_dict["url"] = url
        processing_type: None | str | Unset
        if isinstance(self.processing_type, Unset):
            processing_type = UNSET
        elif isinstance(self.processing_type, ProcessingType):
            processing_type = self.processing_type.value
        else:
            processing_type = self.processing_type

        if processing_type is not UNSET:
            field_dict["processingType"] = processing_type
        workspace_id: int | None | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.area_id = src_dict.get("areaId", UNSET)
        parsed.date_creation = _parse_date_creation(src_dict.get("dateCreation", UNSET))
        parsed.relation_ship_type = _parse_relation_ship_type(src_dict.get("relationShipType", UNSET))
        parsed.create = src_dict.get("create", UNSET)
        parsed.label = src_dict.get("label", UNSET)
        parsed.url = src_dict.get("url", UNSET)
        parsed.processing_type = _parse_processing_type(src_dict.get("processingType", UNSET))
        parsed.workspace_id = src_dict.get("workspaceId", UNSET)
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
