from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.application_state import ApplicationState
from ..models.application_type import ApplicationType
from ..models.asset_type import AssetType
from ..models.development_type import DevelopmentType
from ..models.hosting_type import HostingType
from ..models.maintenance_type import MaintenanceType
from ..models.support_type import SupportType
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.attachment_dto import AttachmentDto
    from ..models.data_processing_light_dto import DataProcessingLightDto
    from ..models.tag_dto import TagDto
    from ..models.user_light_dto import UserLightDto







def _parse_type_(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = AssetType._value2member_map_.get(data)
    if member is not None:
        return member
    return data












def _parse_application_state(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = ApplicationState._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_application_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = ApplicationType._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_hosting_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = HostingType._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_development_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = DevelopmentType._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_maintenance_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = MaintenanceType._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_support_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = SupportType._value2member_map_.get(data)
    if member is not None:
        return member
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





def _parse_tags(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.TagDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_attachments(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.AttachmentDto.from_dict(item) for item in data]
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




def _parse_creator(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserLightDto.from_dict(data)
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



def _load_tags(source: Mapping[str, Any]) -> Any:
    return _parse_tags(source.get("tags", UNSET))

def _load_attachments(source: Mapping[str, Any]) -> Any:
    return _parse_attachments(source.get("attachments", UNSET))

def _load_creator(source: Mapping[str, Any]) -> Any:
    return _parse_creator(source.get("creator", UNSET))

def _load_data_processings(source: Mapping[str, Any]) -> Any:
    return _parse_data_processings(source.get("dataProcessings", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("label", "type", "id", "address", "countryCode", "zipCode", "city", "description", "logoUrl", "applicationState", "applicationType", "hostingType", "developmentType", "maintenanceType", "supportType", "purposes", "tags", "attachments", "readonly", "dateCreation", "dateUpdate", "creator", "dataProcessings", ))

T = TypeVar("T", bound="AssetDto")



@_attrs_define
class AssetDto(LazyModel):
    """Attributes:
        label (str):
        type_ (AssetType | str):
        id (int | None | Unset):
        address (None | str | Unset):
        country_code (None | str | Unset):
        zip_code (None | str | Unset):
        city (None | str | Unset):
        description (None | str | Unset):
        logo_url (None | str | Unset):
        application_state (ApplicationState | None | str | Unset):
        application_type (ApplicationType | None | str | Unset):
        hosting_type (HostingType | None | str | Unset):
        development_type (DevelopmentType | None | str | Unset):
        maintenance_type (MaintenanceType | None | str | Unset):
        support_type (None | str | SupportType | Unset):
        purposes (list[UUID] | None | Unset):
        tags (list[TagDto] | None | Unset):
        attachments (list[AttachmentDto] | None | Unset):
        readonly (bool | None | Unset):
        date_creation (datetime.datetime | None | Unset):
        date_update (datetime.datetime | None | Unset):
        creator (None | Unset | UserLightDto):
        data_processings (list[DataProcessingLightDto] | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "tags": _load_tags,
        "attachments": _load_attachments,
        "creator": _load_creator,
        "data_processings": _load_data_processings,
    }

    label: str
    type_: AssetType | str
    id: int | None | Unset = UNSET
    address: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    zip_code: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    application_state: ApplicationState | None | str | Unset = UNSET
    application_type: ApplicationType | None | str | Unset = UNSET
    hosting_type: HostingType | None | str | Unset = UNSET
    development_type: DevelopmentType | None | str | Unset = UNSET
    maintenance_type: MaintenanceType | None | str | Unset = UNSET
    support_type: None | str | SupportType | Unset = UNSET
    purposes: list[UUID] | None | Unset = UNSET
    tags: list[TagDto] | None | Unset = UNSET
    attachments: list[AttachmentDto] | None | Unset = UNSET
    readonly: bool | None | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    creator: None | Unset | UserLightDto = UNSET
    data_processings: list[DataProcessingLightDto] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.attachment_dto import AttachmentDto  # noqa: PLC0415
        from ..models.data_processing_light_dto import DataProcessingLightDto  # noqa: PLC0415
        from ..models.tag_dto import TagDto  # noqa: PLC0415
        from ..models.user_light_dto import UserLightDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        label = self.label

        field_dict["label"] = label
        type_: str
        if isinstance(self.type_, AssetType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict["type"] = type_
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        if address is not UNSET:
            field_dict["address"] = address
        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        zip_code: None | str | Unset
        if isinstance(self.zip_code, Unset):
            zip_code = UNSET
        else:
            zip_code = self.zip_code

        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code
        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        if city is not UNSET:
            field_dict["city"] = city
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        if description is not UNSET:
            field_dict["description"] = description
        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        application_state: None | str | Unset
        if isinstance(self.application_state, Unset):
            application_state = UNSET
        elif isinstance(self.application_state, ApplicationState):
            application_state = self.application_state.value
        else:
            application_state = self.application_state

        if application_state is not UNSET:
            field_dict["applicationState"] = application_state
        application_type: None | str | Unset
        if isinstance(self.application_type, Unset):
            application_type = UNSET
        elif isinstance(self.application_type, ApplicationType):
            application_type = self.application_type.value
        else:
            application_type = self.application_type

        if application_type is not UNSET:
            field_dict["applicationType"] = application_type
        hosting_type: None | str | Unset
        if isinstance(self.hosting_type, Unset):
            hosting_type = UNSET
        elif isinstance(self.hosting_type, HostingType):
            hosting_type = self.hosting_type.value
        else:
            hosting_type = self.hosting_type

        if hosting_type is not UNSET:
            field_dict["hostingType"] = hosting_type
        development_type: None | str | Unset
        if isinstance(self.development_type, Unset):
            development_type = UNSET
        elif isinstance(self.development_type, DevelopmentType):
            development_type = self.development_type.value
        else:
            development_type = self.development_type

        if development_type is not UNSET:
            field_dict["developmentType"] = development_type
        maintenance_type: None | str | Unset
        if isinstance(self.maintenance_type, Unset):
            maintenance_type = UNSET
        elif isinstance(self.maintenance_type, MaintenanceType):
            maintenance_type = self.maintenance_type.value
        else:
            maintenance_type = self.maintenance_type

        if maintenance_type is not UNSET:
            field_dict["maintenanceType"] = maintenance_type
        support_type: None | str | Unset
        if isinstance(self.support_type, Unset):
            support_type = UNSET
        elif isinstance(self.support_type, SupportType):
            support_type = self.support_type.value
        else:
            support_type = self.support_type

        if support_type is not UNSET:
            field_dict["supportType"] = support_type
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
        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)


        else:
            attachments = self.attachments

        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        readonly: bool | None | Unset
        if isinstance(self.readonly, Unset):
            readonly = UNSET
        else:
            readonly = self.readonly

        if readonly is not UNSET:
            field_dict["readonly"] = readonly
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
        creator: dict[str, Any] | None | Unset
        if isinstance(self.creator, Unset):
            creator = UNSET
        elif isinstance(self.creator, UserLightDto):
            creator = self.creator.to_dict()
        else:
            creator = self.creator

        if creator is not UNSET:
            field_dict["creator"] = creator
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
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.label = src_dict["label"]
        parsed.type_ = _parse_type_(src_dict["type"])
        parsed.id = src_dict.get("id", UNSET)
        parsed.address = src_dict.get("address", UNSET)
        parsed.country_code = src_dict.get("countryCode", UNSET)
        parsed.zip_code = src_dict.get("zipCode", UNSET)
        parsed.city = src_dict.get("city", UNSET)
        parsed.description = src_dict.get("description", UNSET)
        parsed.logo_url = src_dict.get("logoUrl", UNSET)
        parsed.application_state = _parse_application_state(src_dict.get("applicationState", UNSET))
        parsed.application_type = _parse_application_type(src_dict.get("applicationType", UNSET))
        parsed.hosting_type = _parse_hosting_type(src_dict.get("hostingType", UNSET))
        parsed.development_type = _parse_development_type(src_dict.get("developmentType", UNSET))
        parsed.maintenance_type = _parse_maintenance_type(src_dict.get("maintenanceType", UNSET))
        parsed.support_type = _parse_support_type(src_dict.get("supportType", UNSET))
        parsed.purposes = _parse_purposes(src_dict.get("purposes", UNSET))
        parsed.readonly = src_dict.get("readonly", UNSET)
        parsed.date_creation = _parse_date_creation(src_dict.get("dateCreation", UNSET))
        parsed.date_update = _parse_date_update(src_dict.get("dateUpdate", UNSET))
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
