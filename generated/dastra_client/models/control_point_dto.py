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
    MISSING,
    LazyModel,
    Misfit,
    deferred,
    each,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.control_point_type import ControlPointType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.control_point_answer import ControlPointAnswer
    from ..models.control_point_response_dto import ControlPointResponseDto
    from ..models.user_light_dto import UserLightDto
else:
    ControlPointAnswer = deferred(globals(), "ControlPointAnswer", "..models.control_point_answer")
    ControlPointResponseDto = deferred(
        globals(), "ControlPointResponseDto", "..models.control_point_response_dto"
    )
    UserLightDto = deferred(globals(), "UserLightDto", "..models.user_light_dto")


_CONTROL_POINT_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in ControlPointType}


def _parse_answers(data: Any) -> Any:
    if data is MISSING:
        raise Misfit(data)
    if isinstance(data, list):
        return each(data, _parse_answers_item)

    raise Misfit(data)


def _parse_answers_item(data: Any) -> Any:
    if isinstance(data, dict):
        try:
            return ControlPointAnswer.from_dict(data)
        except VariantMismatchError:
            pass

    raise Misfit(data)


def _load_creator(model: ControlPointDto, source: Mapping[str, Any]) -> Any:
    value = source.get("creator", UNSET)
    if value is None or value is UNSET:
        model.creator = value
        return value
    if isinstance(value, dict):
        try:
            model.creator = result = UserLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "creator", "creator", "UserLightDto | None", value)
    else:
        result = invalid(model, "creator", "creator", "UserLightDto | None", value)
    return result


def _load_owner(model: ControlPointDto, source: Mapping[str, Any]) -> Any:
    value = source.get("owner", UNSET)
    if value is None or value is UNSET:
        model.owner = value
        return value
    if isinstance(value, dict):
        try:
            model.owner = result = UserLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "owner", "owner", "UserLightDto | None", value)
    else:
        result = invalid(model, "owner", "owner", "UserLightDto | None", value)
    return result


def _load_responses(model: ControlPointDto, source: Mapping[str, Any]) -> Any:
    value = source.get("responses", UNSET)
    if value is None or value is UNSET:
        model.responses = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.responses = result = list(map(ControlPointResponseDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "responses",
                "responses",
                "list[ControlPointResponseDto] | None",
                value,
                items=ControlPointResponseDto.from_dict,
            )
    else:
        result = invalid(model, "responses", "responses", "list[ControlPointResponseDto] | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "label",
    "ref",
    "priority",
    "answers",
    "dateCreation",
    "dateUpdate",
    "creator",
    "owner",
    "responses",
    "nbResponses",
    "id",
    "description",
    "type",
    "ponderation",
    "ownerId",
    "nbDaysFrequency",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "label": MISSING,
    "ref": MISSING,
    "priority": MISSING,
    "answers": MISSING,
    "dateCreation": UNSET,
    "dateUpdate": UNSET,
    "creator": UNSET,
    "owner": UNSET,
    "responses": UNSET,
    "nbResponses": UNSET,
    "id": UNSET,
    "description": UNSET,
    "type": UNSET,
    "ponderation": UNSET,
    "ownerId": UNSET,
    "nbDaysFrequency": UNSET,
}

T = TypeVar("T", bound="ControlPointDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("label", "label"),
        ("ref", "ref"),
        ("priority", "priority"),
        ("answers", "answers"),
        ("date_creation", "dateCreation"),
        ("date_update", "dateUpdate"),
        ("creator", "creator"),
        ("owner", "owner"),
        ("responses", "responses"),
        ("nb_responses", "nbResponses"),
        ("id", "id"),
        ("description", "description"),
        ("type_", "type"),
        ("ponderation", "ponderation"),
        ("owner_id", "ownerId"),
        ("nb_days_frequency", "nbDaysFrequency"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
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
        from ..models.user_light_dto import UserLightDto

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "label" not in unreadable:
            label = self.label

            field_dict["label"] = label
        if "ref" not in unreadable:
            ref = self.ref

            field_dict["ref"] = ref
        if "priority" not in unreadable:
            priority = self.priority

            field_dict["priority"] = priority
        if "answers" not in unreadable:
            answers = []
            for answers_item_data in self.answers:
                answers_item = answers_item_data.to_dict()
                answers.append(answers_item)

            field_dict["answers"] = answers
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
        if "creator" not in unreadable:
            creator: dict[str, Any] | None | Unset
            if isinstance(self.creator, Unset):
                creator = UNSET
            elif isinstance(self.creator, UserLightDto):
                creator = self.creator.to_dict()
            else:
                creator = self.creator

            if creator is not UNSET:
                field_dict["creator"] = creator
        if "owner" not in unreadable:
            owner: dict[str, Any] | None | Unset
            if isinstance(self.owner, Unset):
                owner = UNSET
            elif isinstance(self.owner, UserLightDto):
                owner = self.owner.to_dict()
            else:
                owner = self.owner

            if owner is not UNSET:
                field_dict["owner"] = owner
        if "responses" not in unreadable:
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
        if "nb_responses" not in unreadable:
            nb_responses: int | None | Unset
            if isinstance(self.nb_responses, Unset):
                nb_responses = UNSET
            else:
                nb_responses = self.nb_responses

            if nb_responses is not UNSET:
                field_dict["nbResponses"] = nb_responses
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
        if "description" not in unreadable:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

            if description is not UNSET:
                field_dict["description"] = description
        if "type_" not in unreadable:
            type_: None | str | Unset
            if isinstance(self.type_, Unset):
                type_ = UNSET
            elif isinstance(self.type_, ControlPointType):
                type_ = self.type_.value
            else:
                type_ = self.type_

            if type_ is not UNSET:
                field_dict["type"] = type_
        if "ponderation" not in unreadable:
            ponderation: float | None | Unset
            if isinstance(self.ponderation, Unset):
                ponderation = UNSET
            else:
                ponderation = self.ponderation

            if ponderation is not UNSET:
                field_dict["ponderation"] = ponderation
        if "owner_id" not in unreadable:
            owner_id: int | None | Unset
            if isinstance(self.owner_id, Unset):
                owner_id = UNSET
            else:
                owner_id = self.owner_id

            if owner_id is not UNSET:
                field_dict["ownerId"] = owner_id
        if "nb_days_frequency" not in unreadable:
            nb_days_frequency: int | None | Unset
            if isinstance(self.nb_days_frequency, Unset):
                nb_days_frequency = UNSET
            else:
                nb_days_frequency = self.nb_days_frequency

            if nb_days_frequency is not UNSET:
                field_dict["nbDaysFrequency"] = nb_days_frequency
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
            if len(src_dict) >= 16:
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
        if isinstance(value, str):
            parsed.label = value
        else:
            invalid(parsed, "label", "label", "str", value)
            absent += value is MISSING

        value = values[1]
        if isinstance(value, str):
            parsed.ref = value
        else:
            invalid(parsed, "ref", "ref", "str", value)
            absent += value is MISSING

        value = values[2]
        if type(value) is int:
            parsed.priority = value
        else:
            invalid(parsed, "priority", "priority", "int", value)
            absent += value is MISSING

        value = values[3]
        try:
            parsed.answers = _parse_answers(value)
        except Misfit as misfit:
            invalid(parsed, "answers", "answers", "list[ControlPointAnswer]", value, misfit)
            absent += value is MISSING

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
        if value is None:
            parsed.creator = None
        elif value is UNSET:
            parsed.creator = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.creator = UserLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "creator", "creator", "UserLightDto | None", value)
            else:
                invalid(parsed, "creator", "creator", "UserLightDto | None", value)

        value = values[7]
        if value is None:
            parsed.owner = None
        elif value is UNSET:
            parsed.owner = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.owner = UserLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "owner", "owner", "UserLightDto | None", value)
            else:
                invalid(parsed, "owner", "owner", "UserLightDto | None", value)

        value = values[8]
        if value is None:
            parsed.responses = None
        elif value is UNSET:
            parsed.responses = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.responses = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.responses = list(map(ControlPointResponseDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "responses",
                        "responses",
                        "list[ControlPointResponseDto] | None",
                        value,
                        items=ControlPointResponseDto.from_dict,
                    )
            else:
                invalid(parsed, "responses", "responses", "list[ControlPointResponseDto] | None", value)

        value = values[9]
        if type(value) is int or value is None:
            parsed.nb_responses = value
        elif value is UNSET:
            parsed.nb_responses = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_responses", "nbResponses", "int | None", value)

        value = values[10]
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

        value = values[11]
        if isinstance(value, str) or value is None:
            parsed.description = value
        elif value is UNSET:
            parsed.description = UNSET
            absent += 1
        else:
            invalid(parsed, "description", "description", "str | None", value)

        value = values[12]
        if isinstance(value, str):
            parsed.type_ = _CONTROL_POINT_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.type_ = None
        elif value is UNSET:
            parsed.type_ = UNSET
            absent += 1
        else:
            invalid(parsed, "type_", "type", "ControlPointType | str | None", value)

        value = values[13]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.ponderation = value
        elif value is UNSET:
            parsed.ponderation = UNSET
            absent += 1
        else:
            invalid(parsed, "ponderation", "ponderation", "float | None", value)

        value = values[14]
        if type(value) is int or value is None:
            parsed.owner_id = value
        elif value is UNSET:
            parsed.owner_id = UNSET
            absent += 1
        else:
            invalid(parsed, "owner_id", "ownerId", "int | None", value)

        value = values[15]
        if type(value) is int or value is None:
            parsed.nb_days_frequency = value
        elif value is UNSET:
            parsed.nb_days_frequency = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_days_frequency", "nbDaysFrequency", "int | None", value)

        if len(src_dict) + absent == 16:  # every key is a known one
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
