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
else:
    AttachmentDto = deferred(globals(), "AttachmentDto", "..models.attachment_dto")
    DataProcessingLightDto = deferred(
        globals(), "DataProcessingLightDto", "..models.data_processing_light_dto"
    )
    TagDto = deferred(globals(), "TagDto", "..models.tag_dto")
    UserLightDto = deferred(globals(), "UserLightDto", "..models.user_light_dto")


_APPLICATION_STATE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in ApplicationState}
_APPLICATION_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in ApplicationType}
_ASSET_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in AssetType}
_DEVELOPMENT_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in DevelopmentType}
_HOSTING_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in HostingType}
_MAINTENANCE_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in MaintenanceType}
_SUPPORT_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in SupportType}


def _load_tags(model: AssetDto, source: Mapping[str, Any]) -> Any:
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


def _load_attachments(model: AssetDto, source: Mapping[str, Any]) -> Any:
    value = source.get("attachments", UNSET)
    if value is None or value is UNSET:
        model.attachments = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.attachments = result = list(map(AttachmentDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "attachments",
                "attachments",
                "list[AttachmentDto] | None",
                value,
                items=AttachmentDto.from_dict,
            )
    else:
        result = invalid(model, "attachments", "attachments", "list[AttachmentDto] | None", value)
    return result


def _load_creator(model: AssetDto, source: Mapping[str, Any]) -> Any:
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


def _load_data_processings(model: AssetDto, source: Mapping[str, Any]) -> Any:
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


_KEYS: Final[tuple[str, ...]] = (
    "label",
    "type",
    "id",
    "address",
    "countryCode",
    "zipCode",
    "city",
    "description",
    "logoUrl",
    "applicationState",
    "applicationType",
    "hostingType",
    "developmentType",
    "maintenanceType",
    "supportType",
    "purposes",
    "tags",
    "attachments",
    "readonly",
    "dateCreation",
    "dateUpdate",
    "creator",
    "dataProcessings",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "label": MISSING,
    "type": MISSING,
    "id": UNSET,
    "address": UNSET,
    "countryCode": UNSET,
    "zipCode": UNSET,
    "city": UNSET,
    "description": UNSET,
    "logoUrl": UNSET,
    "applicationState": UNSET,
    "applicationType": UNSET,
    "hostingType": UNSET,
    "developmentType": UNSET,
    "maintenanceType": UNSET,
    "supportType": UNSET,
    "purposes": UNSET,
    "tags": UNSET,
    "attachments": UNSET,
    "readonly": UNSET,
    "dateCreation": UNSET,
    "dateUpdate": UNSET,
    "creator": UNSET,
    "dataProcessings": UNSET,
}

T = TypeVar("T", bound="AssetDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("label", "label"),
        ("type_", "type"),
        ("id", "id"),
        ("address", "address"),
        ("country_code", "countryCode"),
        ("zip_code", "zipCode"),
        ("city", "city"),
        ("description", "description"),
        ("logo_url", "logoUrl"),
        ("application_state", "applicationState"),
        ("application_type", "applicationType"),
        ("hosting_type", "hostingType"),
        ("development_type", "developmentType"),
        ("maintenance_type", "maintenanceType"),
        ("support_type", "supportType"),
        ("purposes", "purposes"),
        ("tags", "tags"),
        ("attachments", "attachments"),
        ("readonly", "readonly"),
        ("date_creation", "dateCreation"),
        ("date_update", "dateUpdate"),
        ("creator", "creator"),
        ("data_processings", "dataProcessings"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
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
        if "type_" not in unreadable:
            type_: str
            if isinstance(self.type_, AssetType):
                type_ = self.type_.value
            else:
                type_ = self.type_

            field_dict["type"] = type_
        if "id" not in unreadable:
            id: int | None | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "address" not in unreadable:
            address: None | str | Unset
            if isinstance(self.address, Unset):
                address = UNSET
            else:
                address = self.address

            if address is not UNSET:
                field_dict["address"] = address
        if "country_code" not in unreadable:
            country_code: None | str | Unset
            if isinstance(self.country_code, Unset):
                country_code = UNSET
            else:
                country_code = self.country_code

            if country_code is not UNSET:
                field_dict["countryCode"] = country_code
        if "zip_code" not in unreadable:
            zip_code: None | str | Unset
            if isinstance(self.zip_code, Unset):
                zip_code = UNSET
            else:
                zip_code = self.zip_code

            if zip_code is not UNSET:
                field_dict["zipCode"] = zip_code
        if "city" not in unreadable:
            city: None | str | Unset
            if isinstance(self.city, Unset):
                city = UNSET
            else:
                city = self.city

            if city is not UNSET:
                field_dict["city"] = city
        if "description" not in unreadable:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

            if description is not UNSET:
                field_dict["description"] = description
        if "logo_url" not in unreadable:
            logo_url: None | str | Unset
            if isinstance(self.logo_url, Unset):
                logo_url = UNSET
            else:
                logo_url = self.logo_url

            if logo_url is not UNSET:
                field_dict["logoUrl"] = logo_url
        if "application_state" not in unreadable:
            application_state: None | str | Unset
            if isinstance(self.application_state, Unset):
                application_state = UNSET
            elif isinstance(self.application_state, ApplicationState):
                application_state = self.application_state.value
            else:
                application_state = self.application_state

            if application_state is not UNSET:
                field_dict["applicationState"] = application_state
        if "application_type" not in unreadable:
            application_type: None | str | Unset
            if isinstance(self.application_type, Unset):
                application_type = UNSET
            elif isinstance(self.application_type, ApplicationType):
                application_type = self.application_type.value
            else:
                application_type = self.application_type

            if application_type is not UNSET:
                field_dict["applicationType"] = application_type
        if "hosting_type" not in unreadable:
            hosting_type: None | str | Unset
            if isinstance(self.hosting_type, Unset):
                hosting_type = UNSET
            elif isinstance(self.hosting_type, HostingType):
                hosting_type = self.hosting_type.value
            else:
                hosting_type = self.hosting_type

            if hosting_type is not UNSET:
                field_dict["hostingType"] = hosting_type
        if "development_type" not in unreadable:
            development_type: None | str | Unset
            if isinstance(self.development_type, Unset):
                development_type = UNSET
            elif isinstance(self.development_type, DevelopmentType):
                development_type = self.development_type.value
            else:
                development_type = self.development_type

            if development_type is not UNSET:
                field_dict["developmentType"] = development_type
        if "maintenance_type" not in unreadable:
            maintenance_type: None | str | Unset
            if isinstance(self.maintenance_type, Unset):
                maintenance_type = UNSET
            elif isinstance(self.maintenance_type, MaintenanceType):
                maintenance_type = self.maintenance_type.value
            else:
                maintenance_type = self.maintenance_type

            if maintenance_type is not UNSET:
                field_dict["maintenanceType"] = maintenance_type
        if "support_type" not in unreadable:
            support_type: None | str | Unset
            if isinstance(self.support_type, Unset):
                support_type = UNSET
            elif isinstance(self.support_type, SupportType):
                support_type = self.support_type.value
            else:
                support_type = self.support_type

            if support_type is not UNSET:
                field_dict["supportType"] = support_type
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
        if "attachments" not in unreadable:
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
        if "readonly" not in unreadable:
            readonly: bool | None | Unset
            if isinstance(self.readonly, Unset):
                readonly = UNSET
            else:
                readonly = self.readonly

            if readonly is not UNSET:
                field_dict["readonly"] = readonly
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
            if len(src_dict) >= 23:
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
        if isinstance(value, str):
            parsed.type_ = _ASSET_TYPE_BY_VALUE.get(value, value)
        else:
            invalid(parsed, "type_", "type", "AssetType | str", value)
            absent += value is MISSING

        value = values[2]
        if type(value) is int or value is None:
            parsed.id = value
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            invalid(parsed, "id", "id", "int | None", value)

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.address = value
        elif value is UNSET:
            parsed.address = UNSET
            absent += 1
        else:
            invalid(parsed, "address", "address", "str | None", value)

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.country_code = value
        elif value is UNSET:
            parsed.country_code = UNSET
            absent += 1
        else:
            invalid(parsed, "country_code", "countryCode", "str | None", value)

        value = values[5]
        if isinstance(value, str) or value is None:
            parsed.zip_code = value
        elif value is UNSET:
            parsed.zip_code = UNSET
            absent += 1
        else:
            invalid(parsed, "zip_code", "zipCode", "str | None", value)

        value = values[6]
        if isinstance(value, str) or value is None:
            parsed.city = value
        elif value is UNSET:
            parsed.city = UNSET
            absent += 1
        else:
            invalid(parsed, "city", "city", "str | None", value)

        value = values[7]
        if isinstance(value, str) or value is None:
            parsed.description = value
        elif value is UNSET:
            parsed.description = UNSET
            absent += 1
        else:
            invalid(parsed, "description", "description", "str | None", value)

        value = values[8]
        if isinstance(value, str) or value is None:
            parsed.logo_url = value
        elif value is UNSET:
            parsed.logo_url = UNSET
            absent += 1
        else:
            invalid(parsed, "logo_url", "logoUrl", "str | None", value)

        value = values[9]
        if isinstance(value, str):
            parsed.application_state = _APPLICATION_STATE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.application_state = None
        elif value is UNSET:
            parsed.application_state = UNSET
            absent += 1
        else:
            invalid(parsed, "application_state", "applicationState", "ApplicationState | str | None", value)

        value = values[10]
        if isinstance(value, str):
            parsed.application_type = _APPLICATION_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.application_type = None
        elif value is UNSET:
            parsed.application_type = UNSET
            absent += 1
        else:
            invalid(parsed, "application_type", "applicationType", "ApplicationType | str | None", value)

        value = values[11]
        if isinstance(value, str):
            parsed.hosting_type = _HOSTING_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.hosting_type = None
        elif value is UNSET:
            parsed.hosting_type = UNSET
            absent += 1
        else:
            invalid(parsed, "hosting_type", "hostingType", "HostingType | str | None", value)

        value = values[12]
        if isinstance(value, str):
            parsed.development_type = _DEVELOPMENT_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.development_type = None
        elif value is UNSET:
            parsed.development_type = UNSET
            absent += 1
        else:
            invalid(parsed, "development_type", "developmentType", "DevelopmentType | str | None", value)

        value = values[13]
        if isinstance(value, str):
            parsed.maintenance_type = _MAINTENANCE_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.maintenance_type = None
        elif value is UNSET:
            parsed.maintenance_type = UNSET
            absent += 1
        else:
            invalid(parsed, "maintenance_type", "maintenanceType", "MaintenanceType | str | None", value)

        value = values[14]
        if isinstance(value, str):
            parsed.support_type = _SUPPORT_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.support_type = None
        elif value is UNSET:
            parsed.support_type = UNSET
            absent += 1
        else:
            invalid(parsed, "support_type", "supportType", "str | SupportType | None", value)

        value = values[15]
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

        value = values[16]
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

        value = values[17]
        if value is None:
            parsed.attachments = None
        elif value is UNSET:
            parsed.attachments = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.attachments = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.attachments = list(map(AttachmentDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "attachments",
                        "attachments",
                        "list[AttachmentDto] | None",
                        value,
                        items=AttachmentDto.from_dict,
                    )
            else:
                invalid(parsed, "attachments", "attachments", "list[AttachmentDto] | None", value)

        value = values[18]
        if type(value) is bool or value is None:
            parsed.readonly = value
        elif value is UNSET:
            parsed.readonly = UNSET
            absent += 1
        else:
            invalid(parsed, "readonly", "readonly", "bool | None", value)

        value = values[19]
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

        value = values[20]
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

        value = values[21]
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

        value = values[22]
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

        if len(src_dict) + absent == 23:  # every key is a known one
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
