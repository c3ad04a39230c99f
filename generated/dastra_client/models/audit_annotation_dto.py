from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import VariantMismatchError
from .._lazy import (
    EAGER,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.audit_annotation_state import AuditAnnotationState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_light_dto import UserLightDto
else:
    UserLightDto = deferred(globals(), "UserLightDto", "..models.user_light_dto")


_AUDIT_ANNOTATION_STATE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in AuditAnnotationState
}


def _load_user(model: AuditAnnotationDto, source: Mapping[str, Any]) -> Any:
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


_KEYS: Final[tuple[str, ...]] = (
    "id",
    "questionId",
    "auditResponseId",
    "user",
    "state",
    "date",
    "dateCreation",
    "dateUpdate",
    "suggestedResponse",
    "message",
    "attachments",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "id": UNSET,
    "questionId": UNSET,
    "auditResponseId": UNSET,
    "user": UNSET,
    "state": UNSET,
    "date": UNSET,
    "dateCreation": UNSET,
    "dateUpdate": UNSET,
    "suggestedResponse": UNSET,
    "message": UNSET,
    "attachments": UNSET,
}

T = TypeVar("T", bound="AuditAnnotationDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AuditAnnotationDto(LazyModel):
    """Attributes:
    id (None | Unset | UUID):
    question_id (None | str | Unset):
    audit_response_id (None | Unset | UUID):
    user (None | Unset | UserLightDto):
    state (AuditAnnotationState | None | str | Unset):
    date (datetime.datetime | None | Unset):
    date_creation (datetime.datetime | None | Unset):
    date_update (datetime.datetime | None | Unset):
    suggested_response (Any | Unset):
    message (None | str | Unset):
    attachments (list[UUID] | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("question_id", "questionId"),
        ("audit_response_id", "auditResponseId"),
        ("user", "user"),
        ("state", "state"),
        ("date", "date"),
        ("date_creation", "dateCreation"),
        ("date_update", "dateUpdate"),
        ("suggested_response", "suggestedResponse"),
        ("message", "message"),
        ("attachments", "attachments"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "user": _load_user,
    }

    id: None | Unset | UUID = UNSET
    question_id: None | str | Unset = UNSET
    audit_response_id: None | Unset | UUID = UNSET
    user: None | Unset | UserLightDto = UNSET
    state: AuditAnnotationState | None | str | Unset = UNSET
    date: datetime.datetime | None | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    suggested_response: Any | Unset = UNSET
    message: None | str | Unset = UNSET
    attachments: list[UUID] | None | Unset = UNSET
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
        if "question_id" not in unreadable:
            question_id: None | str | Unset
            if isinstance(self.question_id, Unset):
                question_id = UNSET
            else:
                question_id = self.question_id

            if question_id is not UNSET:
                field_dict["questionId"] = question_id
        if "audit_response_id" not in unreadable:
            audit_response_id: None | str | Unset
            if isinstance(self.audit_response_id, Unset):
                audit_response_id = UNSET
            elif isinstance(self.audit_response_id, UUID):
                audit_response_id = str(self.audit_response_id)
            else:
                audit_response_id = self.audit_response_id

            if audit_response_id is not UNSET:
                field_dict["auditResponseId"] = audit_response_id
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
        if "state" not in unreadable:
            state: None | str | Unset
            if isinstance(self.state, Unset):
                state = UNSET
            elif isinstance(self.state, AuditAnnotationState):
                state = self.state.value
            else:
                state = self.state

            if state is not UNSET:
                field_dict["state"] = state
        if "date" not in unreadable:
            date: None | str | Unset
            if isinstance(self.date, Unset):
                date = UNSET
            elif isinstance(self.date, datetime.datetime):
                date = self.date.isoformat()
            else:
                date = self.date

            if date is not UNSET:
                field_dict["date"] = date
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
        if "suggested_response" not in unreadable:
            suggested_response = self.suggested_response

            if suggested_response is not UNSET:
                field_dict["suggestedResponse"] = suggested_response
        if "message" not in unreadable:
            message: None | str | Unset
            if isinstance(self.message, Unset):
                message = UNSET
            else:
                message = self.message

            if message is not UNSET:
                field_dict["message"] = message
        if "attachments" not in unreadable:
            attachments: list[str] | None | Unset
            if isinstance(self.attachments, Unset):
                attachments = UNSET
            elif isinstance(self.attachments, list):
                attachments = []
                for attachments_type_0_item_data in self.attachments:
                    attachments_type_0_item = str(attachments_type_0_item_data)
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
        if isinstance(value, str) or value is None:
            parsed.question_id = value
        elif value is UNSET:
            parsed.question_id = UNSET
            absent += 1
        else:
            invalid(parsed, "question_id", "questionId", "str | None", value)

        value = values[2]
        if value is None:
            parsed.audit_response_id = None
        elif value is UNSET:
            parsed.audit_response_id = UNSET
            absent += 1
        else:
            try:
                parsed.audit_response_id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "audit_response_id", "auditResponseId", "UUID | None", value)

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
        if isinstance(value, str):
            parsed.state = _AUDIT_ANNOTATION_STATE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.state = None
        elif value is UNSET:
            parsed.state = UNSET
            absent += 1
        else:
            invalid(parsed, "state", "state", "AuditAnnotationState | str | None", value)

        value = values[5]
        if value is None:
            parsed.date = None
        elif value is UNSET:
            parsed.date = UNSET
            absent += 1
        else:
            try:
                parsed.date = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date", "date", "datetime.datetime | None", value)

        value = values[6]
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

        value = values[7]
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

        parsed.suggested_response = value = values[8]
        if value is UNSET:
            absent += 1

        value = values[9]
        if isinstance(value, str) or value is None:
            parsed.message = value
        elif value is UNSET:
            parsed.message = UNSET
            absent += 1
        else:
            invalid(parsed, "message", "message", "str | None", value)

        value = values[10]
        if isinstance(value, list):
            try:
                parsed.attachments = [parse_uuid(item) for item in value]
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "attachments", "attachments", "list[UUID] | None", value, items=parse_uuid)
        elif value is None:
            parsed.attachments = None
        elif value is UNSET:
            parsed.attachments = UNSET
            absent += 1
        else:
            invalid(parsed, "attachments", "attachments", "list[UUID] | None", value)

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
