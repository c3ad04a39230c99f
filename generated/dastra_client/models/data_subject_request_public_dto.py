from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import (
    MISSING,
    LazyModel,
    invalid,
    not_an_object,
)
from ..models.data_subject_purpose_type import DataSubjectPurposeType
from ..models.person_category_type import PersonCategoryType
from ..types import UNSET, Unset

_DATA_SUBJECT_PURPOSE_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in DataSubjectPurposeType
}
_PERSON_CATEGORY_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in PersonCategoryType
}


_KEYS: Final[tuple[str, ...]] = (
    "email",
    "message",
    "givenName",
    "familyName",
    "refId",
    "purpose",
    "personCategory",
    "additionalDatas",
    "referrer",
    "userId",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "email": MISSING,
    "message": UNSET,
    "givenName": UNSET,
    "familyName": UNSET,
    "refId": UNSET,
    "purpose": UNSET,
    "personCategory": UNSET,
    "additionalDatas": UNSET,
    "referrer": UNSET,
    "userId": UNSET,
}

T = TypeVar("T", bound="DataSubjectRequestPublicDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DataSubjectRequestPublicDto(LazyModel):
    """Attributes:
    email (str):
    message (None | str | Unset):
    given_name (None | str | Unset):
    family_name (None | str | Unset):
    ref_id (None | str | Unset):
    purpose (DataSubjectPurposeType | None | str | Unset):
    person_category (None | PersonCategoryType | str | Unset):
    additional_datas (Any | Unset):
    referrer (None | str | Unset):
    user_id (None | str | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("email", "email"),
        ("message", "message"),
        ("given_name", "givenName"),
        ("family_name", "familyName"),
        ("ref_id", "refId"),
        ("purpose", "purpose"),
        ("person_category", "personCategory"),
        ("additional_datas", "additionalDatas"),
        ("referrer", "referrer"),
        ("user_id", "userId"),
    )

    email: str
    message: None | str | Unset = UNSET
    given_name: None | str | Unset = UNSET
    family_name: None | str | Unset = UNSET
    ref_id: None | str | Unset = UNSET
    purpose: DataSubjectPurposeType | None | str | Unset = UNSET
    person_category: None | PersonCategoryType | str | Unset = UNSET
    additional_datas: Any | Unset = UNSET
    referrer: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "email" not in unreadable:
            email = self.email

            field_dict["email"] = email
        if "message" not in unreadable:
            message: None | str | Unset
            if isinstance(self.message, Unset):
                message = UNSET
            else:
                message = self.message

            if message is not UNSET:
                field_dict["message"] = message
        if "given_name" not in unreadable:
            given_name: None | str | Unset
            if isinstance(self.given_name, Unset):
                given_name = UNSET
            else:
                given_name = self.given_name

            if given_name is not UNSET:
                field_dict["givenName"] = given_name
        if "family_name" not in unreadable:
            family_name: None | str | Unset
            if isinstance(self.family_name, Unset):
                family_name = UNSET
            else:
                family_name = self.family_name

            if family_name is not UNSET:
                field_dict["familyName"] = family_name
        if "ref_id" not in unreadable:
            ref_id: None | str | Unset
            if isinstance(self.ref_id, Unset):
                ref_id = UNSET
            else:
                ref_id = self.ref_id

            if ref_id is not UNSET:
                field_dict["refId"] = ref_id
        if "purpose" not in unreadable:
            purpose: None | str | Unset
            if isinstance(self.purpose, Unset):
                purpose = UNSET
            elif isinstance(self.purpose, DataSubjectPurposeType):
                purpose = self.purpose.value
            else:
                purpose = self.purpose

            if purpose is not UNSET:
                field_dict["purpose"] = purpose
        if "person_category" not in unreadable:
            person_category: None | str | Unset
            if isinstance(self.person_category, Unset):
                person_category = UNSET
            elif isinstance(self.person_category, PersonCategoryType):
                person_category = self.person_category.value
            else:
                person_category = self.person_category

            if person_category is not UNSET:
                field_dict["personCategory"] = person_category
        if "additional_datas" not in unreadable:
            additional_datas = self.additional_datas

            if additional_datas is not UNSET:
                field_dict["additionalDatas"] = additional_datas
        if "referrer" not in unreadable:
            referrer: None | str | Unset
            if isinstance(self.referrer, Unset):
                referrer = UNSET
            else:
                referrer = self.referrer

            if referrer is not UNSET:
                field_dict["referrer"] = referrer
        if "user_id" not in unreadable:
            user_id: None | str | Unset
            if isinstance(self.user_id, Unset):
                user_id = UNSET
            else:
                user_id = self.user_id

            if user_id is not UNSET:
                field_dict["userId"] = user_id
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
            parsed.email = value
        else:
            invalid(parsed, "email", "email", "str", value)
            absent += value is MISSING

        value = values[1]
        if isinstance(value, str) or value is None:
            parsed.message = value
        elif value is UNSET:
            parsed.message = UNSET
            absent += 1
        else:
            invalid(parsed, "message", "message", "str | None", value)

        value = values[2]
        if isinstance(value, str) or value is None:
            parsed.given_name = value
        elif value is UNSET:
            parsed.given_name = UNSET
            absent += 1
        else:
            invalid(parsed, "given_name", "givenName", "str | None", value)

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.family_name = value
        elif value is UNSET:
            parsed.family_name = UNSET
            absent += 1
        else:
            invalid(parsed, "family_name", "familyName", "str | None", value)

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.ref_id = value
        elif value is UNSET:
            parsed.ref_id = UNSET
            absent += 1
        else:
            invalid(parsed, "ref_id", "refId", "str | None", value)

        value = values[5]
        if isinstance(value, str):
            parsed.purpose = _DATA_SUBJECT_PURPOSE_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.purpose = None
        elif value is UNSET:
            parsed.purpose = UNSET
            absent += 1
        else:
            invalid(parsed, "purpose", "purpose", "DataSubjectPurposeType | str | None", value)

        value = values[6]
        if isinstance(value, str):
            parsed.person_category = _PERSON_CATEGORY_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.person_category = None
        elif value is UNSET:
            parsed.person_category = UNSET
            absent += 1
        else:
            invalid(parsed, "person_category", "personCategory", "PersonCategoryType | str | None", value)

        parsed.additional_datas = value = values[7]
        if value is UNSET:
            absent += 1

        value = values[8]
        if isinstance(value, str) or value is None:
            parsed.referrer = value
        elif value is UNSET:
            parsed.referrer = UNSET
            absent += 1
        else:
            invalid(parsed, "referrer", "referrer", "str | None", value)

        value = values[9]
        if isinstance(value, str) or value is None:
            parsed.user_id = value
        elif value is UNSET:
            parsed.user_id = UNSET
            absent += 1
        else:
            invalid(parsed, "user_id", "userId", "str | None", value)

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
