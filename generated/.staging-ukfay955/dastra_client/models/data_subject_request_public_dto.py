from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.data_subject_purpose_type import DataSubjectPurposeType
from ..models.person_category_type import PersonCategoryType
from ..types import UNSET, Unset
from typing import cast













def _parse_purpose(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = DataSubjectPurposeType._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_person_category(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = PersonCategoryType._value2member_map_.get(data)
    if member is not None:
        return member
    return data







_KNOWN_KEYS: frozenset[str] = frozenset(("email", "message", "givenName", "familyName", "refId", "purpose", "personCategory", "additionalDatas", "referrer", "userId", ))

T = TypeVar("T", bound="DataSubjectRequestPublicDto")



@_attrs_define
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
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        email = self.email

        field_dict["email"] = email
        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        if message is not UNSET:
            field_dict["message"] = message
        given_name: None | str | Unset
        if isinstance(self.given_name, Unset):
            given_name = UNSET
        else:
            given_name = self.given_name

        if given_name is not UNSET:
            field_dict["givenName"] = given_name
        family_name: None | str | Unset
        if isinstance(self.family_name, Unset):
            family_name = UNSET
        else:
            family_name = self.family_name

        if family_name is not UNSET:
            field_dict["familyName"] = family_name
        ref_id: None | str | Unset
        if isinstance(self.ref_id, Unset):
            ref_id = UNSET
        else:
            ref_id = self.ref_id

        if ref_id is not UNSET:
            field_dict["refId"] = ref_id
        purpose: None | str | Unset
        if isinstance(self.purpose, Unset):
            purpose = UNSET
        elif isinstance(self.purpose, DataSubjectPurposeType):
            purpose = self.purpose.value
        else:
            purpose = self.purpose

        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        person_category: None | str | Unset
        if isinstance(self.person_category, Unset):
            person_category = UNSET
        elif isinstance(self.person_category, PersonCategoryType):
            person_category = self.person_category.value
        else:
            person_category = self.person_category

        if person_category is not UNSET:
            field_dict["personCategory"] = person_category
        additional_datas = self.additional_datas

        if additional_datas is not UNSET:
            field_dict["additionalDatas"] = additional_datas
        referrer: None | str | Unset
        if isinstance(self.referrer, Unset):
            referrer = UNSET
        else:
            referrer = self.referrer

        if referrer is not UNSET:
            field_dict["referrer"] = referrer
        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        if user_id is not UNSET:
            field_dict["userId"] = user_id
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.email = src_dict["email"]
        parsed.message = src_dict.get("message", UNSET)
        parsed.given_name = src_dict.get("givenName", UNSET)
        parsed.family_name = src_dict.get("familyName", UNSET)
        parsed.ref_id = src_dict.get("refId", UNSET)
        parsed.purpose = _parse_purpose(src_dict.get("purpose", UNSET))
        parsed.person_category = _parse_person_category(src_dict.get("personCategory", UNSET))
        parsed.additional_datas = src_dict.get("additionalDatas", UNSET)
        parsed.referrer = src_dict.get("referrer", UNSET)
        parsed.user_id = src_dict.get("userId", UNSET)
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
