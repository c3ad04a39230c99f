from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.control_point_response_state import ControlPointResponseState
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.control_point_response_attachment import ControlPointResponseAttachment
    from ..models.user_light_dto import UserLightDto






def _parse_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_risk_evaluation_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_control_point_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_user(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserLightDto.from_dict(data)
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





def _parse_state(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = ControlPointResponseState._value2member_map_.get(data)
    if member is not None:
        return member
    return data




def _parse_answer_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data







def _parse_attachments(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.ControlPointResponseAttachment.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data



def _load_user(source: Mapping[str, Any]) -> Any:
    return _parse_user(source.get("user", UNSET))

def _load_attachments(source: Mapping[str, Any]) -> Any:
    return _parse_attachments(source.get("attachments", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("id", "riskEvaluationId", "controlPointId", "user", "dateCreation", "dateUpdate", "state", "answerId", "description", "current", "attachments", ))

T = TypeVar("T", bound="ControlPointResponseDto")



@_attrs_define
class ControlPointResponseDto(LazyModel):
    """Attributes:
        id (None | Unset | UUID):
        risk_evaluation_id (None | Unset | UUID):
        control_point_id (None | Unset | UUID):
        user (None | Unset | UserLightDto):
        date_creation (datetime.datetime | None | Unset):
        date_update (datetime.datetime | None | Unset):
        state (ControlPointResponseState | None | str | Unset):
        answer_id (None | Unset | UUID):
        description (None | str | Unset):
        current (bool | None | Unset):
        attachments (list[ControlPointResponseAttachment] | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "user": _load_user,
        "attachments": _load_attachments,
    }

    id: None | Unset | UUID = UNSET
    risk_evaluation_id: None | Unset | UUID = UNSET
    control_point_id: None | Unset | UUID = UNSET
    user: None | Unset | UserLightDto = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    state: ControlPointResponseState | None | str | Unset = UNSET
    answer_id: None | Unset | UUID = UNSET
    description: None | str | Unset = UNSET
    current: bool | None | Unset = UNSET
    attachments: list[ControlPointResponseAttachment] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.control_point_response_attachment import ControlPointResponseAttachment  # noqa: PLC0415
        from ..models.user_light_dto import UserLightDto  # noqa: PLC0415
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
        risk_evaluation_id: None | str | Unset
        if isinstance(self.risk_evaluation_id, Unset):
            risk_evaluation_id = UNSET
        elif isinstance(self.risk_evaluation_id, UUID):
            risk_evaluation_id = str(self.risk_evaluation_id)
        else:
            risk_evaluation_id = self.risk_evaluation_id

        if risk_evaluation_id is not UNSET:
            field_dict["riskEvaluationId"] = risk_evaluation_id
        control_point_id: None | str | Unset
        if isinstance(self.control_point_id, Unset):
            control_point_id = UNSET
        elif isinstance(self.control_point_id, UUID):
            control_point_id = str(self.control_point_id)
        else:
            control_point_id = self.control_point_id

        if control_point_id is not UNSET:
            field_dict["controlPointId"] = control_point_id
        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, UserLightDto):
            user = self.user.to_dict()
        else:
            user = self.user

        if user is not UNSET:
            field_dict["user"] = user
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
        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, ControlPointResponseState):
            state = self.state.value
        else:
            state = self.state

        if state is not UNSET:
            field_dict["state"] = state
        answer_id: None | str | Unset
        if isinstance(self.answer_id, Unset):
            answer_id = UNSET
        elif isinstance(self.answer_id, UUID):
            answer_id = str(self.answer_id)
        else:
            answer_id = self.answer_id

        if answer_id is not UNSET:
            field_dict["answerId"] = answer_id
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        if description is not UNSET:
            field_dict["description"] = description
        current: bool | None | Unset
        if isinstance(self.current, Unset):
            current = UNSET
        else:
            current = self.current

        if current is not UNSET:
            field_dict["current"] = current
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
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.risk_evaluation_id = _parse_risk_evaluation_id(src_dict.get("riskEvaluationId", UNSET))
        parsed.control_point_id = _parse_control_point_id(src_dict.get("controlPointId", UNSET))
        parsed.date_creation = _parse_date_creation(src_dict.get("dateCreation", UNSET))
        parsed.date_update = _parse_date_update(src_dict.get("dateUpdate", UNSET))
        parsed.state = _parse_state(src_dict.get("state", UNSET))
        parsed.answer_id = _parse_answer_id(src_dict.get("answerId", UNSET))
        parsed.description = src_dict.get("description", UNSET)
        parsed.current = src_dict.get("current", UNSET)
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
