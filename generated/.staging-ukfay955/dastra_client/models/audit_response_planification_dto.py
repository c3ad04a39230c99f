from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.audit_object_type import AuditObjectType
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.audit_stake_holder_dto import AuditStakeHolderDto










def _parse_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_deadline(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_template_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data






def _parse_object_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = AuditObjectType._value2member_map_.get(data)
    if member is not None:
        return member
    return data








def _parse_owners(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.AuditStakeHolderDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_stakeholders(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.AuditStakeHolderDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data



def _load_owners(source: Mapping[str, Any]) -> Any:
    return _parse_owners(source.get("owners", UNSET))

def _load_stakeholders(source: Mapping[str, Any]) -> Any:
    return _parse_stakeholders(source.get("stakeholders", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("areaId", "label", "respondants", "id", "description", "deadline", "noValidation", "templateId", "objectId", "objectType", "batchMod", "sendNotificationImmediatly", "messageHtml", "owners", "stakeholders", ))

T = TypeVar("T", bound="AuditResponsePlanificationDto")



@_attrs_define
class AuditResponsePlanificationDto(LazyModel):
    """Attributes:
        area_id (int):
        label (str):
        respondants (list[AuditStakeHolderDto]):
        id (None | Unset | UUID):
        description (None | str | Unset):
        deadline (datetime.datetime | None | Unset):
        no_validation (bool | None | Unset):
        template_id (None | Unset | UUID):
        object_id (None | str | Unset):
        object_type (AuditObjectType | None | str | Unset):
        batch_mod (bool | None | Unset):
        send_notification_immediatly (bool | None | Unset):
        message_html (None | str | Unset):
        owners (list[AuditStakeHolderDto] | None | Unset):
        stakeholders (list[AuditStakeHolderDto] | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "owners": _load_owners,
        "stakeholders": _load_stakeholders,
    }

    area_id: int
    label: str
    respondants: list[AuditStakeHolderDto]
    id: None | Unset | UUID = UNSET
    description: None | str | Unset = UNSET
    deadline: datetime.datetime | None | Unset = UNSET
    no_validation: bool | None | Unset = UNSET
    template_id: None | Unset | UUID = UNSET
    object_id: None | str | Unset = UNSET
    object_type: AuditObjectType | None | str | Unset = UNSET
    batch_mod: bool | None | Unset = UNSET
    send_notification_immediatly: bool | None | Unset = UNSET
    message_html: None | str | Unset = UNSET
    owners: list[AuditStakeHolderDto] | None | Unset = UNSET
    stakeholders: list[AuditStakeHolderDto] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_stake_holder_dto import AuditStakeHolderDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        area_id = self.area_id

        field_dict["areaId"] = area_id
        label = self.label

        field_dict["label"] = label
        respondants = []
        for respondants_item_data in self.respondants:
            respondants_item = respondants_item_data.to_dict()
            respondants.append(respondants_item)



        field_dict["respondants"] = respondants
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
        deadline: None | str | Unset
        if isinstance(self.deadline, Unset):
            deadline = UNSET
        elif isinstance(self.deadline, datetime.datetime):
            deadline = self.deadline.isoformat()
        else:
            deadline = self.deadline

        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        no_validation: bool | None | Unset
        if isinstance(self.no_validation, Unset):
            no_validation = UNSET
        else:
            no_validation = self.no_validation

        if no_validation is not UNSET:
            field_dict["noValidation"] = no_validation
        template_id: None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        elif isinstance(self.template_id, UUID):
            template_id = str(self.template_id)
        else:
            template_id = self.template_id

        if template_id is not UNSET:
            field_dict["templateId"] = template_id
        object_id: None | str | Unset
        if isinstance(self.object_id, Unset):
            object_id = UNSET
        else:
            object_id = self.object_id

        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        elif isinstance(self.object_type, AuditObjectType):
            object_type = self.object_type.value
        else:
            object_type = self.object_type

        if object_type is not UNSET:
            field_dict["objectType"] = object_type
        batch_mod: bool | None | Unset
        if isinstance(self.batch_mod, Unset):
            batch_mod = UNSET
        else:
            batch_mod = self.batch_mod

        if batch_mod is not UNSET:
            field_dict["batchMod"] = batch_mod
        send_notification_immediatly: bool | None | Unset
        if isinstance(self.send_notification_immediatly, Unset):
            send_notification_immediatly = UNSET
        else:
            send_notification_immediatly = self.send_notification_immediatly

        if send_notification_immediatly is not UNSET:
            field_dict["sendNotificationImmediatly"] = send_notification_immediatly
        message_html: None | str | Unset
        if isinstance(self.message_html, Unset):
            message_html = UNSET
        else:
            message_html = self.message_html

        if message_html is not UNSET:
            field_dict["messageHtml"] = message_html
        owners: list[dict[str, Any]] | None | Unset
        if isinstance(self.owners, Unset):
            owners = UNSET
        elif isinstance(self.owners, list):
            owners = []
            for owners_type_0_item_data in self.owners:
                owners_type_0_item = owners_type_0_item_data.to_dict()
                owners.append(owners_type_0_item)


        else:
            owners = self.owners

        if owners is not UNSET:
            field_dict["owners"] = owners
        stakeholders: list[dict[str, Any]] | None | Unset
        if isinstance(self.stakeholders, Unset):
            stakeholders = UNSET
        elif isinstance(self.stakeholders, list):
            stakeholders = []
            for stakeholders_type_0_item_data in self.stakeholders:
                stakeholders_type_0_item = stakeholders_type_0_item_data.to_dict()
                stakeholders.append(stakeholders_type_0_item)


        else:
            stakeholders = self.stakeholders

        if stakeholders is not UNSET:
            field_dict["stakeholders"] = stakeholders
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.area_id = src_dict["areaId"]
        parsed.label = src_dict["label"]
        parsed.respondants = [_models.AuditStakeHolderDto.from_dict(item) for item in src_dict["respondants"]]
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.description = src_dict.get("description", UNSET)
        parsed.deadline = _parse_deadline(src_dict.get("deadline", UNSET))
        parsed.no_validation = src_dict.get("noValidation", UNSET)
        parsed.template_id = _parse_template_id(src_dict.get("templateId", UNSET))
        parsed.object_id = src_dict.get("objectId", UNSET)
        parsed.object_type = _parse_object_type(src_dict.get("objectType", UNSET))
        parsed.batch_mod = src_dict.get("batchMod", UNSET)
        parsed.send_notification_immediatly = src_dict.get("sendNotificationImmediatly", UNSET)
        parsed.message_html = src_dict.get("messageHtml", UNSET)
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
