from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.security_measure_type import SecurityMeasureType
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
    from ..models.attachment_dto import AttachmentDto
    from ..models.data_processing_light_dto import DataProcessingLightDto
    from ..models.tag_dto import TagDto
    from ..models.user_light_dto import UserLightDto







def _parse_type_(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = SecurityMeasureType._value2member_map_.get(data)
    if member is not None:
        return member
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




def _parse_creator_user(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data



def _load_data_processings(source: Mapping[str, Any]) -> Any:
    return _parse_data_processings(source.get("dataProcessings", UNSET))

def _load_tags(source: Mapping[str, Any]) -> Any:
    return _parse_tags(source.get("tags", UNSET))

def _load_attachments(source: Mapping[str, Any]) -> Any:
    return _parse_attachments(source.get("attachments", UNSET))

def _load_creator_user(source: Mapping[str, Any]) -> Any:
    return _parse_creator_user(source.get("creatorUser", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("label", "type", "dataProcessings", "id", "description", "relatedRisk", "moreDetailsUrl", "dateCreation", "dateUpdate", "tags", "attachments", "creatorUser", ))

T = TypeVar("T", bound="SecurityMeasureTableDto")



@_attrs_define
class SecurityMeasureTableDto(LazyModel):
    """Attributes:
        label (str):
        type_ (SecurityMeasureType | str):
        data_processings (list[DataProcessingLightDto] | None | Unset):
        id (int | None | Unset):
        description (None | str | Unset):
        related_risk (None | str | Unset):
        more_details_url (None | str | Unset):
        date_creation (datetime.datetime | None | Unset):
        date_update (datetime.datetime | None | Unset):
        tags (list[TagDto] | None | Unset):
        attachments (list[AttachmentDto] | None | Unset):
        creator_user (None | Unset | UserLightDto):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "data_processings": _load_data_processings,
        "tags": _load_tags,
        "attachments": _load_attachments,
        "creator_user": _load_creator_user,
    }

    label: str
    type_: SecurityMeasureType | str
    data_processings: list[DataProcessingLightDto] | None | Unset = UNSET
    id: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    related_risk: None | str | Unset = UNSET
    more_details_url: None | str | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    tags: list[TagDto] | None | Unset = UNSET
    attachments: list[AttachmentDto] | None | Unset = UNSET
    creator_user: None | Unset | UserLightDto = UNSET
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
        if isinstance(self.type_, SecurityMeasureType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict["type"] = type_
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
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
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
        related_risk: None | str | Unset
        if isinstance(self.related_risk, Unset):
            related_risk = UNSET
        else:
            related_risk = self.related_risk

        if related_risk is not UNSET:
            field_dict["relatedRisk"] = related_risk
        more_details_url: None | str | Unset
        if isinstance(self.more_details_url, Unset):
            more_details_url = UNSET
        else:
            more_details_url = self.more_details_url

        if more_details_url is not UNSET:
            field_dict["moreDetailsUrl"] = more_details_url
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
        creator_user: dict[str, Any] | None | Unset
        if isinstance(self.creator_user, Unset):
            creator_user = UNSET
        elif isinstance(self.creator_user, UserLightDto):
            creator_user = self.creator_user.to_dict()
        else:
            creator_user = self.creator_user

        if creator_user is not UNSET:
            field_dict["creatorUser"] = creator_user
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
        parsed.description = src_dict.get("description", UNSET)
        parsed.related_risk = src_dict.get("relatedRisk", UNSET)
        parsed.more_details_url = src_dict.get("moreDetailsUrl", UNSET)
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
