from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_processing_actor_type import DataProcessingActorType
from ..models.job_title import JobTitle
from ..models.recipient_type import RecipientType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.actor_light_dto import ActorLightDto
    from ..models.area_base_dto import AreaBaseDto
    from ..models.transfer_dto import TransferDto


T = TypeVar("T", bound="DataProcessingActorDto")


@_attrs_define
class DataProcessingActorDto:
    """
    Attributes:
        recipient_type (None | RecipientType | str | Unset):
        job_title (JobTitle | None | str | Unset):
        type_ (DataProcessingActorType | None | str | Unset):
        display_name (None | str | Unset):
        label (None | str | Unset):
        transfers (list[TransferDto] | None | Unset):
        id (None | Unset | UUID):
        actor_id (int | None | Unset):
        actor (ActorLightDto | None | Unset):
        area_id (int | None | Unset):
        area (AreaBaseDto | None | Unset):
        purposes (list[UUID] | None | Unset):
        data_retention_rules (list[UUID] | None | Unset):
        description (None | str | Unset):
        readonly (bool | None | Unset):
    """

    recipient_type: None | RecipientType | str | Unset = UNSET
    job_title: JobTitle | None | str | Unset = UNSET
    type_: DataProcessingActorType | None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    transfers: list[TransferDto] | None | Unset = UNSET
    id: None | Unset | UUID = UNSET
    actor_id: int | None | Unset = UNSET
    actor: ActorLightDto | None | Unset = UNSET
    area_id: int | None | Unset = UNSET
    area: AreaBaseDto | None | Unset = UNSET
    purposes: list[UUID] | None | Unset = UNSET
    data_retention_rules: list[UUID] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    readonly: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.actor_light_dto import ActorLightDto
        from ..models.area_base_dto import AreaBaseDto

        recipient_type: None | str | Unset
        if isinstance(self.recipient_type, Unset):
            recipient_type = UNSET
        elif isinstance(self.recipient_type, RecipientType):
            recipient_type = self.recipient_type.value
        else:
            recipient_type = self.recipient_type

        job_title: None | str | Unset
        if isinstance(self.job_title, Unset):
            job_title = UNSET
        elif isinstance(self.job_title, JobTitle):
            job_title = self.job_title.value
        else:
            job_title = self.job_title

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, DataProcessingActorType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        transfers: list[dict[str, Any]] | None | Unset
        if isinstance(self.transfers, Unset):
            transfers = UNSET
        elif isinstance(self.transfers, list):
            transfers = []
            for transfers_type_0_item_data in self.transfers:
                transfers_type_0_item = transfers_type_0_item_data.to_dict()
                transfers.append(transfers_type_0_item)

        else:
            transfers = self.transfers

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        actor_id: int | None | Unset
        if isinstance(self.actor_id, Unset):
            actor_id = UNSET
        else:
            actor_id = self.actor_id

        actor: dict[str, Any] | None | Unset
        if isinstance(self.actor, Unset):
            actor = UNSET
        elif isinstance(self.actor, ActorLightDto):
            actor = self.actor.to_dict()
        else:
            actor = self.actor

        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        area: dict[str, Any] | None | Unset
        if isinstance(self.area, Unset):
            area = UNSET
        elif isinstance(self.area, AreaBaseDto):
            area = self.area.to_dict()
        else:
            area = self.area

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

        data_retention_rules: list[str] | None | Unset
        if isinstance(self.data_retention_rules, Unset):
            data_retention_rules = UNSET
        elif isinstance(self.data_retention_rules, list):
            data_retention_rules = []
            for data_retention_rules_type_0_item_data in self.data_retention_rules:
                data_retention_rules_type_0_item = str(data_retention_rules_type_0_item_data)
                data_retention_rules.append(data_retention_rules_type_0_item)

        else:
            data_retention_rules = self.data_retention_rules

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        readonly: bool | None | Unset
        if isinstance(self.readonly, Unset):
            readonly = UNSET
        else:
            readonly = self.readonly

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recipient_type is not UNSET:
            field_dict["recipientType"] = recipient_type
        if job_title is not UNSET:
            field_dict["jobTitle"] = job_title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if label is not UNSET:
            field_dict["label"] = label
        if transfers is not UNSET:
            field_dict["transfers"] = transfers
        if id is not UNSET:
            field_dict["id"] = id
        if actor_id is not UNSET:
            field_dict["actorId"] = actor_id
        if actor is not UNSET:
            field_dict["actor"] = actor
        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        if area is not UNSET:
            field_dict["area"] = area
        if purposes is not UNSET:
            field_dict["purposes"] = purposes
        if data_retention_rules is not UNSET:
            field_dict["dataRetentionRules"] = data_retention_rules
        if description is not UNSET:
            field_dict["description"] = description
        if readonly is not UNSET:
            field_dict["readonly"] = readonly

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actor_light_dto import ActorLightDto
        from ..models.area_base_dto import AreaBaseDto
        from ..models.transfer_dto import TransferDto

        d = dict(src_dict)

        def _parse_recipient_type(data: object) -> None | RecipientType | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recipient_type_type_0 = RecipientType(data)

                return recipient_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecipientType | str | Unset, data)

        recipient_type = _parse_recipient_type(d.pop("recipientType", UNSET))

        def _parse_job_title(data: object) -> JobTitle | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                job_title_type_0 = JobTitle(data)

                return job_title_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobTitle | None | str | Unset, data)

        job_title = _parse_job_title(d.pop("jobTitle", UNSET))

        def _parse_type_(data: object) -> DataProcessingActorType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = DataProcessingActorType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataProcessingActorType | None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("displayName", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_transfers(data: object) -> list[TransferDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                transfers_type_0 = []
                _transfers_type_0 = data
                for transfers_type_0_item_data in _transfers_type_0:
                    transfers_type_0_item = TransferDto.from_dict(transfers_type_0_item_data)

                    transfers_type_0.append(transfers_type_0_item)

                return transfers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TransferDto] | None | Unset, data)

        transfers = _parse_transfers(d.pop("transfers", UNSET))

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

        def _parse_actor_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        actor_id = _parse_actor_id(d.pop("actorId", UNSET))

        def _parse_actor(data: object) -> ActorLightDto | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                actor_type_1 = ActorLightDto.from_dict(data)

                return actor_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActorLightDto | None | Unset, data)

        actor = _parse_actor(d.pop("actor", UNSET))

        def _parse_area_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        area_id = _parse_area_id(d.pop("areaId", UNSET))

        def _parse_area(data: object) -> AreaBaseDto | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                area_type_1 = AreaBaseDto.from_dict(data)

                return area_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AreaBaseDto | None | Unset, data)

        area = _parse_area(d.pop("area", UNSET))

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

        def _parse_data_retention_rules(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_retention_rules_type_0 = []
                _data_retention_rules_type_0 = data
                for data_retention_rules_type_0_item_data in _data_retention_rules_type_0:
                    data_retention_rules_type_0_item = UUID(data_retention_rules_type_0_item_data)

                    data_retention_rules_type_0.append(data_retention_rules_type_0_item)

                return data_retention_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        data_retention_rules = _parse_data_retention_rules(d.pop("dataRetentionRules", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_readonly(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        readonly = _parse_readonly(d.pop("readonly", UNSET))

        data_processing_actor_dto = cls(
            recipient_type=recipient_type,
            job_title=job_title,
            type_=type_,
            display_name=display_name,
            label=label,
            transfers=transfers,
            id=id,
            actor_id=actor_id,
            actor=actor,
            area_id=area_id,
            area=area,
            purposes=purposes,
            data_retention_rules=data_retention_rules,
            description=description,
            readonly=readonly,
        )

        data_processing_actor_dto.additional_properties = d
        return data_processing_actor_dto

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
