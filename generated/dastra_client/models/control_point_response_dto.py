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
    LazyModel,
    deferred,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.control_point_response_state import ControlPointResponseState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.control_point_response_attachment import ControlPointResponseAttachment
    from ..models.user_light_dto import UserLightDto
else:
    ControlPointResponseAttachment = deferred(
        globals(), "ControlPointResponseAttachment", "..models.control_point_response_attachment"
    )
    UserLightDto = deferred(globals(), "UserLightDto", "..models.user_light_dto")


_CONTROL_POINT_RESPONSE_STATE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in ControlPointResponseState
}


def _load_user(model: ControlPointResponseDto, source: Mapping[str, Any]) -> Any:
    value = source.get("user", UNSET)
    if value is None or value is UNSET:
        model.user = value
        return value
    if isinstance(value, dict):
        try:
            model.user = result = UserLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "user", "user", "UserLightDto | None", value)
    else:
        result = invalid(model, "user", "user", "UserLightDto | None", value)
    return result


def _load_attachments(model: ControlPointResponseDto, source: Mapping[str, Any]) -> Any:
    value = source.get("attachments", UNSET)
    if value is None or value is UNSET:
        model.attachments = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.attachments = result = list(map(ControlPointResponseAttachment.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "attachments",
                "attachments",
                "list[ControlPointResponseAttachment] | None",
                value,
                items=ControlPointResponseAttachment.from_dict,
            )
    else:
        result = invalid(
            model, "attachments", "attachments", "list[ControlPointResponseAttachment] | None", value
        )
    return result


_KEYS: Final[tuple[str, ...]] = (
    "id",
    "riskEvaluationId",
    "controlPointId",
    "user",
    "dateCreation",
    "dateUpdate",
    "state",
    "answerId",
    "description",
    "current",
    "attachments",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "id": UNSET,
    "riskEvaluationId": UNSET,
    "controlPointId": UNSET,
    "user": UNSET,
    "dateCreation": UNSET,
    "dateUpdate": UNSET,
    "state": UNSET,
    "answerId": UNSET,
    "description": UNSET,
    "current": UNSET,
    "attachments": UNSET,
}

T = TypeVar("T", bound="ControlPointResponseDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("risk_evaluation_id", "riskEvaluationId"),
        ("control_point_id", "controlPointId"),
        ("user", "user"),
        ("date_creation", "dateCreation"),
        ("date_update", "dateUpdate"),
        ("state", "state"),
        ("answer_id", "answerId"),
        ("description", "description"),
        ("current", "current"),
        ("attachments", "attachments"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
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
        from ..models.user_light_dto import UserLightDto

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "id" not in unreadable:
            id: None | str | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            elif isinstance(self.id, UUID):
                id = str(self.id)
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "risk_evaluation_id" not in unreadable:
            risk_evaluation_id: None | str | Unset
            if isinstance(self.risk_evaluation_id, Unset):
                risk_evaluation_id = UNSET
            elif isinstance(self.risk_evaluation_id, UUID):
                risk_evaluation_id = str(self.risk_evaluation_id)
            else:
                risk_evaluation_id = self.risk_evaluation_id

            if risk_evaluation_id is not UNSET:
                field_dict["riskEvaluationId"] = risk_evaluation_id
        if "control_point_id" not in unreadable:
            control_point_id: None | str | Unset
            if isinstance(self.control_point_id, Unset):
                control_point_id = UNSET
            elif isinstance(self.control_point_id, UUID):
                control_point_id = str(self.control_point_id)
            else:
                control_point_id = self.control_point_id

            if control_point_id is not UNSET:
                field_dict["controlPointId"] = control_point_id
        if "user" not in unreadable:
            user: dict[str, Any] | None | Unset
            if isinstance(self.user, Unset):
                user = UNSET
            elif isinstance(self.user, UserLightDto):
                user = self.user.to_dict()
            else:
                user = self.user

            if user is not UNSET:
                field_dict["user"] = user
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
        if "state" not in unreadable:
            state: None | str | Unset
            if isinstance(self.state, Unset):
                state = UNSET
            elif isinstance(self.state, ControlPointResponseState):
                state = self.state.value
            else:
                state = self.state

            if state is not UNSET:
                field_dict["state"] = state
        if "answer_id" not in unreadable:
            answer_id: None | str | Unset
            if isinstance(self.answer_id, Unset):
                answer_id = UNSET
            elif isinstance(self.answer_id, UUID):
                answer_id = str(self.answer_id)
            else:
                answer_id = self.answer_id

            if answer_id is not UNSET:
                field_dict["answerId"] = answer_id
        if "description" not in unreadable:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

            if description is not UNSET:
                field_dict["description"] = description
        if "current" not in unreadable:
            current: bool | None | Unset
            if isinstance(self.current, Unset):
                current = UNSET
            else:
                current = self.current

            if current is not UNSET:
                field_dict["current"] = current
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
            if len(src_dict) >= 11:
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
        if value is None:
            parsed.id = None
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            try:
                parsed.id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "id", "id", "UUID | None", value)

        value = values[1]
        if value is None:
            parsed.risk_evaluation_id = None
        elif value is UNSET:
            parsed.risk_evaluation_id = UNSET
            absent += 1
        else:
            try:
                parsed.risk_evaluation_id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "risk_evaluation_id", "riskEvaluationId", "UUID | None", value)

        value = values[2]
        if value is None:
            parsed.control_point_id = None
        elif value is UNSET:
            parsed.control_point_id = UNSET
            absent += 1
        else:
            try:
                parsed.control_point_id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "control_point_id", "controlPointId", "UUID | None", value)

        value = values[3]
        if value is None:
            parsed.user = None
        elif value is UNSET:
            parsed.user = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.user = UserLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "user", "user", "UserLightDto | None", value)
            else:
                invalid(parsed, "user", "user", "UserLightDto | None", value)

        value = values[4]
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

        value = values[5]
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

        value = values[6]
        if isinstance(value, str):
            parsed.state = _CONTROL_POINT_RESPONSE_STATE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.state = None
        elif value is UNSET:
            parsed.state = UNSET
            absent += 1
        else:
            invalid(parsed, "state", "state", "ControlPointResponseState | str | None", value)

        value = values[7]
        if value is None:
            parsed.answer_id = None
        elif value is UNSET:
            parsed.answer_id = UNSET
            absent += 1
        else:
            try:
                parsed.answer_id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "answer_id", "answerId", "UUID | None", value)

        value = values[8]
        if isinstance(value, str) or value is None:
            parsed.description = value
        elif value is UNSET:
            parsed.description = UNSET
            absent += 1
        else:
            invalid(parsed, "description", "description", "str | None", value)

        value = values[9]
        if type(value) is bool or value is None:
            parsed.current = value
        elif value is UNSET:
            parsed.current = UNSET
            absent += 1
        else:
            invalid(parsed, "current", "current", "bool | None", value)

        value = values[10]
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
                    parsed.attachments = list(map(ControlPointResponseAttachment.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "attachments",
                        "attachments",
                        "list[ControlPointResponseAttachment] | None",
                        value,
                        items=ControlPointResponseAttachment.from_dict,
                    )
            else:
                invalid(
                    parsed, "attachments", "attachments", "list[ControlPointResponseAttachment] | None", value
                )

        if len(src_dict) + absent == 11:  # every key is a known one
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
