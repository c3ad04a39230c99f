from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.control_point_type import ControlPointType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.control_point_answer import ControlPointAnswer
    from ..models.control_point_response_dto import ControlPointResponseDto
    from ..models.user_light_dto import UserLightDto


T = TypeVar("T", bound="ControlPointDto")


@_attrs_define
class ControlPointDto:
    """
    Attributes:
        label (str):
        ref (str):
        priority (int):
        answers (list[ControlPointAnswer]):
        date_creation (datetime.datetime | None | Unset):
        date_update (datetime.datetime | None | Unset):
        creator (None | Unset | UserLightDto):
        owner (None | Unset | UserLightDto):
        responses (list[ControlPointResponseDto] | None | Unset):
        nb_responses (int | None | Unset):
        id (None | Unset | UUID):
        description (None | str | Unset):
        type_ (ControlPointType | None | str | Unset):
        ponderation (float | None | Unset):
        owner_id (int | None | Unset):
        nb_days_frequency (int | None | Unset):
    """

    label: str
    ref: str
    priority: int
    answers: list[ControlPointAnswer]
    date_creation: datetime.datetime | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    creator: None | Unset | UserLightDto = UNSET
    owner: None | Unset | UserLightDto = UNSET
    responses: list[ControlPointResponseDto] | None | Unset = UNSET
    nb_responses: int | None | Unset = UNSET
    id: None | Unset | UUID = UNSET
    description: None | str | Unset = UNSET
    type_: ControlPointType | None | str | Unset = UNSET
    ponderation: float | None | Unset = UNSET
    owner_id: int | None | Unset = UNSET
    nb_days_frequency: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_light_dto import UserLightDto

        label = self.label

        ref = self.ref

        priority = self.priority

        answers = []
        for answers_item_data in self.answers:
            answers_item = answers_item_data.to_dict()
            answers.append(answers_item)

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

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, UserLightDto):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        responses: list[dict[str, Any]] | None | Unset
        if isinstance(self.responses, Unset):
            responses = UNSET
        elif isinstance(self.responses, list):
            responses = []
            for responses_type_0_item_data in self.responses:
                responses_type_0_item = responses_type_0_item_data.to_dict()
                responses.append(responses_type_0_item)

        else:
            responses = self.responses

        nb_responses: int | None | Unset
        if isinstance(self.nb_responses, Unset):
            nb_responses = UNSET
        else:
            nb_responses = self.nb_responses

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

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ControlPointType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        ponderation: float | None | Unset
        if isinstance(self.ponderation, Unset):
            ponderation = UNSET
        else:
            ponderation = self.ponderation

        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        nb_days_frequency: int | None | Unset
        if isinstance(self.nb_days_frequency, Unset):
            nb_days_frequency = UNSET
        else:
            nb_days_frequency = self.nb_days_frequency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "ref": ref,
                "priority": priority,
                "answers": answers,
            }
        )
        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        if creator is not UNSET:
            field_dict["creator"] = creator
        if owner is not UNSET:
            field_dict["owner"] = owner
        if responses is not UNSET:
            field_dict["responses"] = responses
        if nb_responses is not UNSET:
            field_dict["nbResponses"] = nb_responses
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if ponderation is not UNSET:
            field_dict["ponderation"] = ponderation
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if nb_days_frequency is not UNSET:
            field_dict["nbDaysFrequency"] = nb_days_frequency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.control_point_answer import ControlPointAnswer
        from ..models.control_point_response_dto import ControlPointResponseDto
        from ..models.user_light_dto import UserLightDto

        d = dict(src_dict)
        label = d.pop("label")

        ref = d.pop("ref")

        priority = d.pop("priority")

        answers = []
        _answers = d.pop("answers")
        for answers_item_data in _answers:
            answers_item = ControlPointAnswer.from_dict(answers_item_data)

            answers.append(answers_item)

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

        def _parse_owner(data: object) -> None | Unset | UserLightDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_type_1 = UserLightDto.from_dict(data)

                return owner_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserLightDto, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        def _parse_responses(data: object) -> list[ControlPointResponseDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                responses_type_0 = []
                _responses_type_0 = data
                for responses_type_0_item_data in _responses_type_0:
                    responses_type_0_item = ControlPointResponseDto.from_dict(responses_type_0_item_data)

                    responses_type_0.append(responses_type_0_item)

                return responses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ControlPointResponseDto] | None | Unset, data)

        responses = _parse_responses(d.pop("responses", UNSET))

        def _parse_nb_responses(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_responses = _parse_nb_responses(d.pop("nbResponses", UNSET))

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

        def _parse_type_(data: object) -> ControlPointType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = ControlPointType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ControlPointType | None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_ponderation(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        ponderation = _parse_ponderation(d.pop("ponderation", UNSET))

        def _parse_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        owner_id = _parse_owner_id(d.pop("ownerId", UNSET))

        def _parse_nb_days_frequency(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_days_frequency = _parse_nb_days_frequency(d.pop("nbDaysFrequency", UNSET))

        control_point_dto = cls(
            label=label,
            ref=ref,
            priority=priority,
            answers=answers,
            date_creation=date_creation,
            date_update=date_update,
            creator=creator,
            owner=owner,
            responses=responses,
            nb_responses=nb_responses,
            id=id,
            description=description,
            type_=type_,
            ponderation=ponderation,
            owner_id=owner_id,
            nb_days_frequency=nb_days_frequency,
        )

        control_point_dto.additional_properties = d
        return control_point_dto

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
