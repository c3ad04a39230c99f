from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import VariantMismatchError
from .._lazy import (
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
else:
    ControlPointAnswer = deferred(globals(), "ControlPointAnswer", "..models.control_point_answer")


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


_KEYS: Final[tuple[str, ...]] = (
    "label",
    "ref",
    "priority",
    "answers",
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
    "id": UNSET,
    "description": UNSET,
    "type": UNSET,
    "ponderation": UNSET,
    "ownerId": UNSET,
    "nbDaysFrequency": UNSET,
}

T = TypeVar("T", bound="ControlPointUpdateDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ControlPointUpdateDto(LazyModel):
    """Attributes:
    label (str):
    ref (str):
    priority (int):
    answers (list[ControlPointAnswer]):
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
        ("id", "id"),
        ("description", "description"),
        ("type_", "type"),
        ("ponderation", "ponderation"),
        ("owner_id", "ownerId"),
        ("nb_days_frequency", "nbDaysFrequency"),
    )

    label: str
    ref: str
    priority: int
    answers: list[ControlPointAnswer]
    id: None | Unset | UUID = UNSET
    description: None | str | Unset = UNSET
    type_: ControlPointType | None | str | Unset = UNSET
    ponderation: float | None | Unset = UNSET
    owner_id: int | None | Unset = UNSET
    nb_days_frequency: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
            if len(src_dict) >= 10:
                values = _KNOWN_VALUES(src_dict)
            else:  # a known key is absent (no KeyError raised and caught for it)
                values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except KeyError:  # unknown keys in place of known ones
            values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except (TypeError, AttributeError):  # a list, a string, a number...: not an object
            raise not_an_object(cls, src_dict) from None
        parsed = cls.__new__(cls)
        absent = 0  # the known keys the object lacks: its other keys are unknown ones if len() says more
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
            parsed.id = None
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            try:
                parsed.id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "id", "id", "UUID | None", value)

        value = values[5]
        if isinstance(value, str) or value is None:
            parsed.description = value
        elif value is UNSET:
            parsed.description = UNSET
            absent += 1
        else:
            invalid(parsed, "description", "description", "str | None", value)

        value = values[6]
        if isinstance(value, str):
            parsed.type_ = _CONTROL_POINT_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.type_ = None
        elif value is UNSET:
            parsed.type_ = UNSET
            absent += 1
        else:
            invalid(parsed, "type_", "type", "ControlPointType | str | None", value)

        value = values[7]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.ponderation = value
        elif value is UNSET:
            parsed.ponderation = UNSET
            absent += 1
        else:
            invalid(parsed, "ponderation", "ponderation", "float | None", value)

        value = values[8]
        if type(value) is int or value is None:
            parsed.owner_id = value
        elif value is UNSET:
            parsed.owner_id = UNSET
            absent += 1
        else:
            invalid(parsed, "owner_id", "ownerId", "int | None", value)

        value = values[9]
        if type(value) is int or value is None:
            parsed.nb_days_frequency = value
        elif value is UNSET:
            parsed.nb_days_frequency = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_days_frequency", "nbDaysFrequency", "int | None", value)

        if len(src_dict) + absent == 10:  # every key is a known one
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
