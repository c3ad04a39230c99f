from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import (
    MISSING,
    LazyModel,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.person_category_type import PersonCategoryType
from ..types import UNSET, Unset

_PERSON_CATEGORY_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in PersonCategoryType
}


_KEYS: Final[tuple[str, ...]] = (
    "type",
    "id",
    "typeText",
    "label",
    "minorConcerned",
    "dataSubjectVolumeMax",
    "readonly",
    "purposes",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "type": MISSING,
    "id": UNSET,
    "typeText": UNSET,
    "label": UNSET,
    "minorConcerned": UNSET,
    "dataSubjectVolumeMax": UNSET,
    "readonly": UNSET,
    "purposes": UNSET,
}

T = TypeVar("T", bound="DataProcessingPersonCategoryDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DataProcessingPersonCategoryDto(LazyModel):
    """Attributes:
    type_ (PersonCategoryType | str):
    id (int | None | Unset):
    type_text (None | str | Unset):
    label (None | str | Unset):
    minor_concerned (bool | None | Unset):
    data_subject_volume_max (int | None | Unset):
    readonly (bool | None | Unset):
    purposes (list[UUID] | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type_", "type"),
        ("id", "id"),
        ("type_text", "typeText"),
        ("label", "label"),
        ("minor_concerned", "minorConcerned"),
        ("data_subject_volume_max", "dataSubjectVolumeMax"),
        ("readonly", "readonly"),
        ("purposes", "purposes"),
    )

    type_: PersonCategoryType | str
    id: int | None | Unset = UNSET
    type_text: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    minor_concerned: bool | None | Unset = UNSET
    data_subject_volume_max: int | None | Unset = UNSET
    readonly: bool | None | Unset = UNSET
    purposes: list[UUID] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "type_" not in unreadable:
            type_: str
            if isinstance(self.type_, PersonCategoryType):
                type_ = self.type_.value
            else:
                type_ = self.type_

            field_dict["type"] = type_
        if "id" not in unreadable:
            id: int | None | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "type_text" not in unreadable:
            type_text: None | str | Unset
            if isinstance(self.type_text, Unset):
                type_text = UNSET
            else:
                type_text = self.type_text

            if type_text is not UNSET:
                field_dict["typeText"] = type_text
        if "label" not in unreadable:
            label: None | str | Unset
            if isinstance(self.label, Unset):
                label = UNSET
            else:
                label = self.label

            if label is not UNSET:
                field_dict["label"] = label
        if "minor_concerned" not in unreadable:
            minor_concerned: bool | None | Unset
            if isinstance(self.minor_concerned, Unset):
                minor_concerned = UNSET
            else:
                minor_concerned = self.minor_concerned

            if minor_concerned is not UNSET:
                field_dict["minorConcerned"] = minor_concerned
        if "data_subject_volume_max" not in unreadable:
            data_subject_volume_max: int | None | Unset
            if isinstance(self.data_subject_volume_max, Unset):
                data_subject_volume_max = UNSET
            else:
                data_subject_volume_max = self.data_subject_volume_max

            if data_subject_volume_max is not UNSET:
                field_dict["dataSubjectVolumeMax"] = data_subject_volume_max
        if "readonly" not in unreadable:
            readonly: bool | None | Unset
            if isinstance(self.readonly, Unset):
                readonly = UNSET
            else:
                readonly = self.readonly

            if readonly is not UNSET:
                field_dict["readonly"] = readonly
        if "purposes" not in unreadable:
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

            if purposes is not UNSET:
                field_dict["purposes"] = purposes
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
            if len(src_dict) >= 8:
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
            parsed.type_ = _PERSON_CATEGORY_TYPE_BY_VALUE.get(value, value)
        else:
            invalid(parsed, "type_", "type", "PersonCategoryType | str", value)
            absent += value is MISSING

        value = values[1]
        if type(value) is int or value is None:
            parsed.id = value
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            invalid(parsed, "id", "id", "int | None", value)

        value = values[2]
        if isinstance(value, str) or value is None:
            parsed.type_text = value
        elif value is UNSET:
            parsed.type_text = UNSET
            absent += 1
        else:
            invalid(parsed, "type_text", "typeText", "str | None", value)

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.label = value
        elif value is UNSET:
            parsed.label = UNSET
            absent += 1
        else:
            invalid(parsed, "label", "label", "str | None", value)

        value = values[4]
        if type(value) is bool or value is None:
            parsed.minor_concerned = value
        elif value is UNSET:
            parsed.minor_concerned = UNSET
            absent += 1
        else:
            invalid(parsed, "minor_concerned", "minorConcerned", "bool | None", value)

        value = values[5]
        if type(value) is int or value is None:
            parsed.data_subject_volume_max = value
        elif value is UNSET:
            parsed.data_subject_volume_max = UNSET
            absent += 1
        else:
            invalid(parsed, "data_subject_volume_max", "dataSubjectVolumeMax", "int | None", value)

        value = values[6]
        if type(value) is bool or value is None:
            parsed.readonly = value
        elif value is UNSET:
            parsed.readonly = UNSET
            absent += 1
        else:
            invalid(parsed, "readonly", "readonly", "bool | None", value)

        value = values[7]
        if isinstance(value, list):
            try:
                parsed.purposes = [parse_uuid(item) for item in value]
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "purposes", "purposes", "list[UUID] | None", value, items=parse_uuid)
        elif value is None:
            parsed.purposes = None
        elif value is UNSET:
            parsed.purposes = UNSET
            absent += 1
        else:
            invalid(parsed, "purposes", "purposes", "list[UUID] | None", value)

        if len(src_dict) + absent == 8:  # every key is a known one
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
