from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_state import ApplicationState
from ..models.application_type import ApplicationType
from ..models.asset_type import AssetType
from ..models.development_type import DevelopmentType
from ..models.hosting_type import HostingType
from ..models.maintenance_type import MaintenanceType
from ..models.support_type import SupportType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_dto import AttachmentDto
    from ..models.data_processing_light_dto import DataProcessingLightDto
    from ..models.tag_dto import TagDto
    from ..models.user_light_dto import UserLightDto


T = TypeVar("T", bound="AssetDto")


@_attrs_define
class AssetDto:
    """
    Attributes:
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
        from ..models.user_light_dto import UserLightDto

        label = self.label

        type_: str
        if isinstance(self.type_, AssetType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        zip_code: None | str | Unset
        if isinstance(self.zip_code, Unset):
            zip_code = UNSET
        else:
            zip_code = self.zip_code

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        application_state: None | str | Unset
        if isinstance(self.application_state, Unset):
            application_state = UNSET
        elif isinstance(self.application_state, ApplicationState):
            application_state = self.application_state.value
        else:
            application_state = self.application_state

        application_type: None | str | Unset
        if isinstance(self.application_type, Unset):
            application_type = UNSET
        elif isinstance(self.application_type, ApplicationType):
            application_type = self.application_type.value
        else:
            application_type = self.application_type

        hosting_type: None | str | Unset
        if isinstance(self.hosting_type, Unset):
            hosting_type = UNSET
        elif isinstance(self.hosting_type, HostingType):
            hosting_type = self.hosting_type.value
        else:
            hosting_type = self.hosting_type

        development_type: None | str | Unset
        if isinstance(self.development_type, Unset):
            development_type = UNSET
        elif isinstance(self.development_type, DevelopmentType):
            development_type = self.development_type.value
        else:
            development_type = self.development_type

        maintenance_type: None | str | Unset
        if isinstance(self.maintenance_type, Unset):
            maintenance_type = UNSET
        elif isinstance(self.maintenance_type, MaintenanceType):
            maintenance_type = self.maintenance_type.value
        else:
            maintenance_type = self.maintenance_type

        support_type: None | str | Unset
        if isinstance(self.support_type, Unset):
            support_type = UNSET
        elif isinstance(self.support_type, SupportType):
            support_type = self.support_type.value
        else:
            support_type = self.support_type

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

        readonly: bool | None | Unset
        if isinstance(self.readonly, Unset):
            readonly = UNSET
        else:
            readonly = self.readonly

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

        creator: dict[str, Any] | None | Unset
        if isinstance(self.creator, Unset):
            creator = UNSET
        elif isinstance(self.creator, UserLightDto):
            creator = self.creator.to_dict()
        else:
            creator = self.creator

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if address is not UNSET:
            field_dict["address"] = address
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code
        if city is not UNSET:
            field_dict["city"] = city
        if description is not UNSET:
            field_dict["description"] = description
        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        if application_state is not UNSET:
            field_dict["applicationState"] = application_state
        if application_type is not UNSET:
            field_dict["applicationType"] = application_type
        if hosting_type is not UNSET:
            field_dict["hostingType"] = hosting_type
        if development_type is not UNSET:
            field_dict["developmentType"] = development_type
        if maintenance_type is not UNSET:
            field_dict["maintenanceType"] = maintenance_type
        if support_type is not UNSET:
            field_dict["supportType"] = support_type
        if purposes is not UNSET:
            field_dict["purposes"] = purposes
        if tags is not UNSET:
            field_dict["tags"] = tags
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if readonly is not UNSET:
            field_dict["readonly"] = readonly
        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        if creator is not UNSET:
            field_dict["creator"] = creator
        if data_processings is not UNSET:
            field_dict["dataProcessings"] = data_processings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment_dto import AttachmentDto
        from ..models.data_processing_light_dto import DataProcessingLightDto
        from ..models.tag_dto import TagDto
        from ..models.user_light_dto import UserLightDto

        d = dict(src_dict)
        label = d.pop("label")

        def _parse_type_(data: object) -> AssetType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = AssetType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssetType | str, data)

        type_ = _parse_type_(d.pop("type"))

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("countryCode", UNSET))

        def _parse_zip_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zip_code = _parse_zip_code(d.pop("zipCode", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_logo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_url = _parse_logo_url(d.pop("logoUrl", UNSET))

        def _parse_application_state(data: object) -> ApplicationState | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                application_state_type_0 = ApplicationState(data)

                return application_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplicationState | None | str | Unset, data)

        application_state = _parse_application_state(d.pop("applicationState", UNSET))

        def _parse_application_type(data: object) -> ApplicationType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                application_type_type_0 = ApplicationType(data)

                return application_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplicationType | None | str | Unset, data)

        application_type = _parse_application_type(d.pop("applicationType", UNSET))

        def _parse_hosting_type(data: object) -> HostingType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                hosting_type_type_0 = HostingType(data)

                return hosting_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HostingType | None | str | Unset, data)

        hosting_type = _parse_hosting_type(d.pop("hostingType", UNSET))

        def _parse_development_type(data: object) -> DevelopmentType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                development_type_type_0 = DevelopmentType(data)

                return development_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DevelopmentType | None | str | Unset, data)

        development_type = _parse_development_type(d.pop("developmentType", UNSET))

        def _parse_maintenance_type(data: object) -> MaintenanceType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                maintenance_type_type_0 = MaintenanceType(data)

                return maintenance_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MaintenanceType | None | str | Unset, data)

        maintenance_type = _parse_maintenance_type(d.pop("maintenanceType", UNSET))

        def _parse_support_type(data: object) -> None | str | SupportType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                support_type_type_0 = SupportType(data)

                return support_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | SupportType | Unset, data)

        support_type = _parse_support_type(d.pop("supportType", UNSET))

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

        def _parse_attachments(data: object) -> list[AttachmentDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attachments_type_0 = []
                _attachments_type_0 = data
                for attachments_type_0_item_data in _attachments_type_0:
                    attachments_type_0_item = AttachmentDto.from_dict(attachments_type_0_item_data)

                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AttachmentDto] | None | Unset, data)

        attachments = _parse_attachments(d.pop("attachments", UNSET))

        def _parse_readonly(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        readonly = _parse_readonly(d.pop("readonly", UNSET))

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

        asset_dto = cls(
            label=label,
            type_=type_,
            id=id,
            address=address,
            country_code=country_code,
            zip_code=zip_code,
            city=city,
            description=description,
            logo_url=logo_url,
            application_state=application_state,
            application_type=application_type,
            hosting_type=hosting_type,
            development_type=development_type,
            maintenance_type=maintenance_type,
            support_type=support_type,
            purposes=purposes,
            tags=tags,
            attachments=attachments,
            readonly=readonly,
            date_creation=date_creation,
            date_update=date_update,
            creator=creator,
            data_processings=data_processings,
        )

        asset_dto.additional_properties = d
        return asset_dto

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
