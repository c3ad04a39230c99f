from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_object_type import AuditObjectType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_stake_holder_dto import AuditStakeHolderDto


T = TypeVar("T", bound="AuditResponsePlanificationDto")


@_attrs_define
class AuditResponsePlanificationDto:
    """
    Attributes:
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
        area_id = self.area_id

        label = self.label

        respondants = []
        for respondants_item_data in self.respondants:
            respondants_item = respondants_item_data.to_dict()
            respondants.append(respondants_item)

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

        deadline: None | str | Unset
        if isinstance(self.deadline, Unset):
            deadline = UNSET
        elif isinstance(self.deadline, datetime.datetime):
            deadline = self.deadline.isoformat()
        else:
            deadline = self.deadline

        no_validation: bool | None | Unset
        if isinstance(self.no_validation, Unset):
            no_validation = UNSET
        else:
            no_validation = self.no_validation

        template_id: None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        elif isinstance(self.template_id, UUID):
            template_id = str(self.template_id)
        else:
            template_id = self.template_id

        object_id: None | str | Unset
        if isinstance(self.object_id, Unset):
            object_id = UNSET
        else:
            object_id = self.object_id

        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        elif isinstance(self.object_type, AuditObjectType):
            object_type = self.object_type.value
        else:
            object_type = self.object_type

        batch_mod: bool | None | Unset
        if isinstance(self.batch_mod, Unset):
            batch_mod = UNSET
        else:
            batch_mod = self.batch_mod

        send_notification_immediatly: bool | None | Unset
        if isinstance(self.send_notification_immediatly, Unset):
            send_notification_immediatly = UNSET
        else:
            send_notification_immediatly = self.send_notification_immediatly

        message_html: None | str | Unset
        if isinstance(self.message_html, Unset):
            message_html = UNSET
        else:
            message_html = self.message_html

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "areaId": area_id,
                "label": label,
                "respondants": respondants,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if no_validation is not UNSET:
            field_dict["noValidation"] = no_validation
        if template_id is not UNSET:
            field_dict["templateId"] = template_id
        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        if object_type is not UNSET:
            field_dict["objectType"] = object_type
        if batch_mod is not UNSET:
            field_dict["batchMod"] = batch_mod
        if send_notification_immediatly is not UNSET:
            field_dict["sendNotificationImmediatly"] = send_notification_immediatly
        if message_html is not UNSET:
            field_dict["messageHtml"] = message_html
        if owners is not UNSET:
            field_dict["owners"] = owners
        if stakeholders is not UNSET:
            field_dict["stakeholders"] = stakeholders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_stake_holder_dto import AuditStakeHolderDto

        d = dict(src_dict)
        area_id = d.pop("areaId")

        label = d.pop("label")

        respondants = []
        _respondants = d.pop("respondants")
        for respondants_item_data in _respondants:
            respondants_item = AuditStakeHolderDto.from_dict(respondants_item_data)

            respondants.append(respondants_item)

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

        def _parse_deadline(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deadline_type_0 = datetime.datetime.fromisoformat(data)

                return deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deadline = _parse_deadline(d.pop("deadline", UNSET))

        def _parse_no_validation(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        no_validation = _parse_no_validation(d.pop("noValidation", UNSET))

        def _parse_template_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                template_id_type_0 = UUID(data)

                return template_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        template_id = _parse_template_id(d.pop("templateId", UNSET))

        def _parse_object_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_id = _parse_object_id(d.pop("objectId", UNSET))

        def _parse_object_type(data: object) -> AuditObjectType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                object_type_type_0 = AuditObjectType(data)

                return object_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditObjectType | None | str | Unset, data)

        object_type = _parse_object_type(d.pop("objectType", UNSET))

        def _parse_batch_mod(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        batch_mod = _parse_batch_mod(d.pop("batchMod", UNSET))

        def _parse_send_notification_immediatly(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        send_notification_immediatly = _parse_send_notification_immediatly(
            d.pop("sendNotificationImmediatly", UNSET)
        )

        def _parse_message_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_html = _parse_message_html(d.pop("messageHtml", UNSET))

        def _parse_owners(data: object) -> list[AuditStakeHolderDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                owners_type_0 = []
                _owners_type_0 = data
                for owners_type_0_item_data in _owners_type_0:
                    owners_type_0_item = AuditStakeHolderDto.from_dict(owners_type_0_item_data)

                    owners_type_0.append(owners_type_0_item)

                return owners_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AuditStakeHolderDto] | None | Unset, data)

        owners = _parse_owners(d.pop("owners", UNSET))

        def _parse_stakeholders(data: object) -> list[AuditStakeHolderDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stakeholders_type_0 = []
                _stakeholders_type_0 = data
                for stakeholders_type_0_item_data in _stakeholders_type_0:
                    stakeholders_type_0_item = AuditStakeHolderDto.from_dict(stakeholders_type_0_item_data)

                    stakeholders_type_0.append(stakeholders_type_0_item)

                return stakeholders_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AuditStakeHolderDto] | None | Unset, data)

        stakeholders = _parse_stakeholders(d.pop("stakeholders", UNSET))

        audit_response_planification_dto = cls(
            area_id=area_id,
            label=label,
            respondants=respondants,
            id=id,
            description=description,
            deadline=deadline,
            no_validation=no_validation,
            template_id=template_id,
            object_id=object_id,
            object_type=object_type,
            batch_mod=batch_mod,
            send_notification_immediatly=send_notification_immediatly,
            message_html=message_html,
            owners=owners,
            stakeholders=stakeholders,
        )

        audit_response_planification_dto.additional_properties = d
        return audit_response_planification_dto

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
