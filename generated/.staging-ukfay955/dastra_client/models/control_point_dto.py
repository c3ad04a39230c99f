from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.control_point_type import ControlPointType
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.control_point_answer import ControlPointAnswer
    from ..models.control_point_response_dto import ControlPointResponseDto
    from ..models.user_light_dto import UserLightDto











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




def _parse_owner(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_responses(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.ControlPointResponseDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data






def _parse_type_(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = ControlPointType._value2member_map_.get(data)
    if member is not None:
        return member
    return data






def _load_creator(source: Mapping[str, Any]) -> Any:
    return _parse_creator(source.get("creator", UNSET))

def _load_owner(source: Mapping[str, Any]) -> Any:
    return _parse_owner(source.get("owner", UNSET))

def _load_responses(source: Mapping[str, Any]) -> Any:
    return _parse_responses(source.get("responses", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("label", "ref", "priority", "answers", "dateCreation", "dateUpdate", "creator", "owner", "responses", "nbResponses", "id", "description", "type", "ponderation", "ownerId", "nbDaysFrequency", ))

T = TypeVar("T", bound="ControlPointDto")



@_attrs_define
class ControlPointDto(LazyModel):
    """Attributes:
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

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "creator": _load_creator,
        "owner": _load_owner,
        "responses": _load_responses,
    }

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
        from ..models.control_point_answer import ControlPointAnswer  # noqa: PLC0415
        from ..models.control_point_response_dto import ControlPointResponseDto  # noqa: PLC0415
        from ..models.user_light_dto import UserLightDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        label = self.label

        field_dict["label"] = label
        ref = self.ref

        field_dict["ref"] = ref
        priority = self.priority

        field_dict["priority"] = priority
        answers = []
        for answers_item_data in self.answers:
            answers_item = answers_item_data.to_dict()
            answers.append(answers_item)



        field_dict["answers"] = answers
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
        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, UserLightDto):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        if owner is not UNSET:
            field_dict["owner"] = owner
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

        if responses is not UNSET:
            field_dict["responses"] = responses
        nb_responses: int | None | Unset
        if isinstance(self.nb_responses, Unset):
            nb_responses = UNSET
        else:
            nb_responses = self.nb_responses

        if nb_responses is not UNSET:
            field_dict["nbResponses"] = nb_responses
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
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ControlPointType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        if type_ is not UNSET:
            field_dict["type"] = type_
        ponderation: float | None | Unset
        if isinstance(self.ponderation, Unset):
            ponderation = UNSET
        else:
            ponderation = self.ponderation

        if ponderation is not UNSET:
            field_dict["ponderation"] = ponderation
        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        nb_days_frequency: int | None | Unset
        if isinstance(self.nb_days_frequency, Unset):
            nb_days_frequency = UNSET
        else:
            nb_days_frequency = self.nb_days_frequency

        if nb_days_frequency is not UNSET:
            field_dict["nbDaysFrequency"] = nb_days_frequency
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.label = src_dict["label"]
        parsed.ref = src_dict["ref"]
        parsed.priority = src_dict["priority"]
        parsed.answers = [_models.ControlPointAnswer.from_dict(item) for item in src_dict["answers"]]
        parsed.date_creation = _parse_date_creation(src_dict.get("dateCreation", UNSET))
        parsed.date_update = _parse_date_update(src_dict.get("dateUpdate", UNSET))
        parsed.nb_responses = src_dict.get("nbResponses", UNSET)
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.description = src_dict.get("description", UNSET)
        parsed.type_ = _parse_type_(src_dict.get("type", UNSET))
        parsed.ponderation = src_dict.get("ponderation", UNSET)
        parsed.owner_id = src_dict.get("ownerId", UNSET)
        parsed.nb_days_frequency = src_dict.get("nbDaysFrequency", UNSET)
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
