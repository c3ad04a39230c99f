from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_subject_purpose_type import DataSubjectPurposeType
from ..models.person_category_type import PersonCategoryType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataSubjectRequestPublicDto")


@_attrs_define
class DataSubjectRequestPublicDto:
    """
    Attributes:
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
        email = self.email

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        given_name: None | str | Unset
        if isinstance(self.given_name, Unset):
            given_name = UNSET
        else:
            given_name = self.given_name

        family_name: None | str | Unset
        if isinstance(self.family_name, Unset):
            family_name = UNSET
        else:
            family_name = self.family_name

        ref_id: None | str | Unset
        if isinstance(self.ref_id, Unset):
            ref_id = UNSET
        else:
            ref_id = self.ref_id

        purpose: None | str | Unset
        if isinstance(self.purpose, Unset):
            purpose = UNSET
        elif isinstance(self.purpose, DataSubjectPurposeType):
            purpose = self.purpose.value
        else:
            purpose = self.purpose

        person_category: None | str | Unset
        if isinstance(self.person_category, Unset):
            person_category = UNSET
        elif isinstance(self.person_category, PersonCategoryType):
            person_category = self.person_category.value
        else:
            person_category = self.person_category

        additional_datas = self.additional_datas

        referrer: None | str | Unset
        if isinstance(self.referrer, Unset):
            referrer = UNSET
        else:
            referrer = self.referrer

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if given_name is not UNSET:
            field_dict["givenName"] = given_name
        if family_name is not UNSET:
            field_dict["familyName"] = family_name
        if ref_id is not UNSET:
            field_dict["refId"] = ref_id
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if person_category is not UNSET:
            field_dict["personCategory"] = person_category
        if additional_datas is not UNSET:
            field_dict["additionalDatas"] = additional_datas
        if referrer is not UNSET:
            field_dict["referrer"] = referrer
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_given_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        given_name = _parse_given_name(d.pop("givenName", UNSET))

        def _parse_family_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        family_name = _parse_family_name(d.pop("familyName", UNSET))

        def _parse_ref_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ref_id = _parse_ref_id(d.pop("refId", UNSET))

        def _parse_purpose(data: object) -> DataSubjectPurposeType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                purpose_type_0 = DataSubjectPurposeType(data)

                return purpose_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataSubjectPurposeType | None | str | Unset, data)

        purpose = _parse_purpose(d.pop("purpose", UNSET))

        def _parse_person_category(data: object) -> None | PersonCategoryType | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                person_category_type_0 = PersonCategoryType(data)

                return person_category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonCategoryType | str | Unset, data)

        person_category = _parse_person_category(d.pop("personCategory", UNSET))

        additional_datas = d.pop("additionalDatas", UNSET)

        def _parse_referrer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        referrer = _parse_referrer(d.pop("referrer", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("userId", UNSET))

        data_subject_request_public_dto = cls(
            email=email,
            message=message,
            given_name=given_name,
            family_name=family_name,
            ref_id=ref_id,
            purpose=purpose,
            person_category=person_category,
            additional_datas=additional_datas,
            referrer=referrer,
            user_id=user_id,
        )

        data_subject_request_public_dto.additional_properties = d
        return data_subject_request_public_dto

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
