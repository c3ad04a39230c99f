from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.control_point_response_state import ControlPointResponseState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.control_point_response_attachment import ControlPointResponseAttachment
    from ..models.user_light_dto import UserLightDto


T = TypeVar("T", bound="ControlPointResponseDto")


@_attrs_define
class ControlPointResponseDto:
    """
    Attributes:
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
        from ..models.user_light_dto import UserLightDto

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        risk_evaluation_id: None | str | Unset
        if isinstance(self.risk_evaluation_id, Unset):
            risk_evaluation_id = UNSET
        elif isinstance(self.risk_evaluation_id, UUID):
            risk_evaluation_id = str(self.risk_evaluation_id)
        else:
            risk_evaluation_id = self.risk_evaluation_id

        control_point_id: None | str | Unset
        if isinstance(self.control_point_id, Unset):
            control_point_id = UNSET
        elif isinstance(self.control_point_id, UUID):
            control_point_id = str(self.control_point_id)
        else:
            control_point_id = self.control_point_id

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, UserLightDto):
            user = self.user.to_dict()
        else:
            user = self.user

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

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, ControlPointResponseState):
            state = self.state.value
        else:
            state = self.state

        answer_id: None | str | Unset
        if isinstance(self.answer_id, Unset):
            answer_id = UNSET
        elif isinstance(self.answer_id, UUID):
            answer_id = str(self.answer_id)
        else:
            answer_id = self.answer_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        current: bool | None | Unset
        if isinstance(self.current, Unset):
            current = UNSET
        else:
            current = self.current

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if risk_evaluation_id is not UNSET:
            field_dict["riskEvaluationId"] = risk_evaluation_id
        if control_point_id is not UNSET:
            field_dict["controlPointId"] = control_point_id
        if user is not UNSET:
            field_dict["user"] = user
        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        if state is not UNSET:
            field_dict["state"] = state
        if answer_id is not UNSET:
            field_dict["answerId"] = answer_id
        if description is not UNSET:
            field_dict["description"] = description
        if current is not UNSET:
            field_dict["current"] = current
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.control_point_response_attachment import ControlPointResponseAttachment
        from ..models.user_light_dto import UserLightDto

        d = dict(src_dict)

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

        def _parse_risk_evaluation_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                risk_evaluation_id_type_0 = UUID(data)

                return risk_evaluation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        risk_evaluation_id = _parse_risk_evaluation_id(d.pop("riskEvaluationId", UNSET))

        def _parse_control_point_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                control_point_id_type_0 = UUID(data)

                return control_point_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        control_point_id = _parse_control_point_id(d.pop("controlPointId", UNSET))

        def _parse_user(data: object) -> None | Unset | UserLightDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_1 = UserLightDto.from_dict(data)

                return user_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserLightDto, data)

        user = _parse_user(d.pop("user", UNSET))

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

        def _parse_state(data: object) -> ControlPointResponseState | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = ControlPointResponseState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ControlPointResponseState | None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_answer_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                answer_id_type_0 = UUID(data)

                return answer_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        answer_id = _parse_answer_id(d.pop("answerId", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_current(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        current = _parse_current(d.pop("current", UNSET))

        def _parse_attachments(data: object) -> list[ControlPointResponseAttachment] | None | Unset:
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
                    attachments_type_0_item = ControlPointResponseAttachment.from_dict(
                        attachments_type_0_item_data
                    )

                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ControlPointResponseAttachment] | None | Unset, data)

        attachments = _parse_attachments(d.pop("attachments", UNSET))

        control_point_response_dto = cls(
            id=id,
            risk_evaluation_id=risk_evaluation_id,
            control_point_id=control_point_id,
            user=user,
            date_creation=date_creation,
            date_update=date_update,
            state=state,
            answer_id=answer_id,
            description=description,
            current=current,
            attachments=attachments,
        )

        control_point_response_dto.additional_properties = d
        return control_point_response_dto

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
