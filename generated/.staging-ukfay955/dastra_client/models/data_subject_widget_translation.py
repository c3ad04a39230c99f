from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID







def _parse_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data


















































_KNOWN_KEYS: frozenset[str] = frozenset(("id", "lang", "pageTitle", "disclaimer", "messageSuccess", "mailConfirmationContent", "mailConfirmationSubject", "noPurposeTitle", "purposeChange", "purposeTitle", "email", "purposeDisclaimer", "givenName", "familyName", "refId", "zipCode", "city", "address", "countryCode", "phoneNumber", "message", "personCategory", "submit", "legalText", "privacyPolicy", "purposeSubmitted", "purposeSubmittedDesc", "purposeAccessTitle", "purposeAccessDesc", "purposePortabilityTitle", "purposePortabilityDesc", "purposeUnknownTitle", "purposeUnknownDesc", "purposeInformationTitle", "purposeInformationDesc", "purposeRectificationTitle", "purposeRectificationDesc", "purposeOppositionTitle", "purposeOppositionDesc", "purposeErasureTitle", "purposeErasureDesc", "purposeRestrictionTitle", "purposeRestrictionDesc", "purposeAdvanceDirectivesTitle", "purposeAdvanceDirectivesDesc", "purposeAutomatedDecisionTitle", "purposeAutomatedDecisionDesc", ))

T = TypeVar("T", bound="DataSubjectWidgetTranslation")



@_attrs_define
class DataSubjectWidgetTranslation(LazyModel):
    """Attributes:
        id (None | Unset | UUID):
        lang (None | str | Unset):
        page_title (None | str | Unset):
        disclaimer (None | str | Unset):
        message_success (None | str | Unset):
        mail_confirmation_content (None | str | Unset):
        mail_confirmation_subject (None | str | Unset):
        no_purpose_title (None | str | Unset):
        purpose_change (None | str | Unset):
        purpose_title (None | str | Unset):
        email (None | str | Unset):
        purpose_disclaimer (None | str | Unset):
        given_name (None | str | Unset):
        family_name (None | str | Unset):
        ref_id (None | str | Unset):
        zip_code (None | str | Unset):
        city (None | str | Unset):
        address (None | str | Unset):
        country_code (None | str | Unset):
        phone_number (None | str | Unset):
        message (None | str | Unset):
        person_category (None | str | Unset):
        submit (None | str | Unset):
        legal_text (None | str | Unset):
        privacy_policy (None | str | Unset):
        purpose_submitted (None | str | Unset):
        purpose_submitted_desc (None | str | Unset):
        purpose_access_title (None | str | Unset):
        purpose_access_desc (None | str | Unset):
        purpose_portability_title (None | str | Unset):
        purpose_portability_desc (None | str | Unset):
        purpose_unknown_title (None | str | Unset):
        purpose_unknown_desc (None | str | Unset):
        purpose_information_title (None | str | Unset):
        purpose_information_desc (None | str | Unset):
        purpose_rectification_title (None | str | Unset):
        purpose_rectification_desc (None | str | Unset):
        purpose_opposition_title (None | str | Unset):
        purpose_opposition_desc (None | str | Unset):
        purpose_erasure_title (None | str | Unset):
        purpose_erasure_desc (None | str | Unset):
        purpose_restriction_title (None | str | Unset):
        purpose_restriction_desc (None | str | Unset):
        purpose_advance_directives_title (None | str | Unset):
        purpose_advance_directives_desc (None | str | Unset):
        purpose_automated_decision_title (None | str | Unset):
        purpose_automated_decision_desc (None | str | Unset):
"""


    id: None | Unset | UUID = UNSET
    lang: None | str | Unset = UNSET
    page_title: None | str | Unset = UNSET
    disclaimer: None | str | Unset = UNSET
    message_success: None | str | Unset = UNSET
    mail_confirmation_content: None | str | Unset = UNSET
    mail_confirmation_subject: None | str | Unset = UNSET
    no_purpose_title: None | str | Unset = UNSET
    purpose_change: None | str | Unset = UNSET
    purpose_title: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    purpose_disclaimer: None | str | Unset = UNSET
    given_name: None | str | Unset = UNSET
    family_name: None | str | Unset = UNSET
    ref_id: None | str | Unset = UNSET
    zip_code: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    person_category: None | str | Unset = UNSET
    submit: None | str | Unset = UNSET
    legal_text: None | str | Unset = UNSET
    privacy_policy: None | str | Unset = UNSET
    purpose_submitted: None | str | Unset = UNSET
    purpose_submitted_desc: None | str | Unset = UNSET
    purpose_access_title: None | str | Unset = UNSET
    purpose_access_desc: None | str | Unset = UNSET
    purpose_portability_title: None | str | Unset = UNSET
    purpose_portability_desc: None | str | Unset = UNSET
    purpose_unknown_title: None | str | Unset = UNSET
    purpose_unknown_desc: None | str | Unset = UNSET
    purpose_information_title: None | str | Unset = UNSET
    purpose_information_desc: None | str | Unset = UNSET
    purpose_rectification_title: None | str | Unset = UNSET
    purpose_rectification_desc: None | str | Unset = UNSET
    purpose_opposition_title: None | str | Unset = UNSET
    purpose_opposition_desc: None | str | Unset = UNSET
    purpose_erasure_title: None | str | Unset = UNSET
    purpose_erasure_desc: None | str | Unset = UNSET
    purpose_restriction_title: None | str | Unset = UNSET
    purpose_restriction_desc: None | str | Unset = UNSET
    purpose_advance_directives_title: None | str | Unset = UNSET
    purpose_advance_directives_desc: None | str | Unset = UNSET
    purpose_automated_decision_title: None | str | Unset = UNSET
    purpose_automated_decision_desc: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        lang: None | str | Unset
        if isinstance(self.lang, Unset):
            lang = UNSET
        else:
            lang = self.lang

        if lang is not UNSET:
            field_dict["lang"] = lang
        page_title: None | str | Unset
        if isinstance(self.page_title, Unset):
            page_title = UNSET
        else:
            page_title = self.page_title

        if page_title is not UNSET:
            field_dict["pageTitle"] = page_title
        disclaimer: None | str | Unset
        if isinstance(self.disclaimer, Unset):
            disclaimer = UNSET
        else:
            disclaimer = self.disclaimer

        if disclaimer is not UNSET:
            field_dict["disclaimer"] = disclaimer
        message_success: None | str | Unset
        if isinstance(self.message_success, Unset):
            message_success = UNSET
        else:
            message_success = self.message_success

        if message_success is not UNSET:
            field_dict["messageSuccess"] = message_success
        mail_confirmation_content: None | str | Unset
        if isinstance(self.mail_confirmation_content, Unset):
            mail_confirmation_content = UNSET
        else:
            mail_confirmation_content = self.mail_confirmation_content

        if mail_confirmation_content is not UNSET:
            field_dict["mailConfirmationContent"] = mail_confirmation_content
        mail_confirmation_subject: None | str | Unset
        if isinstance(self.mail_confirmation_subject, Unset):
            mail_confirmation_subject = UNSET
        else:
            mail_confirmation_subject = self.mail_confirmation_subject

        if mail_confirmation_subject is not UNSET:
            field_dict["mailConfirmationSubject"] = mail_confirmation_subject
        no_purpose_title: None | str | Unset
        if isinstance(self.no_purpose_title, Unset):
            no_purpose_title = UNSET
        else:
            no_purpose_title = self.no_purpose_title

        if no_purpose_title is not UNSET:
            field_dict["noPurposeTitle"] = no_purpose_title
        purpose_change: None | str | Unset
        if isinstance(self.purpose_change, Unset):
            purpose_change = UNSET
        else:
            purpose_change = self.purpose_change

        if purpose_change is not UNSET:
            field_dict["purposeChange"] = purpose_change
        purpose_title: None | str | Unset
        if isinstance(self.purpose_title, Unset):
            purpose_title = UNSET
        else:
            purpose_title = self.purpose_title

        if purpose_title is not UNSET:
            field_dict["purposeTitle"] = purpose_title
        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        if email is not UNSET:
            field_dict["email"] = email
        purpose_disclaimer: None | str | Unset
        if isinstance(self.purpose_disclaimer, Unset):
            purpose_disclaimer = UNSET
        else:
            purpose_disclaimer = self.purpose_disclaimer

        if purpose_disclaimer is not UNSET:
            field_dict["purposeDisclaimer"] = purpose_disclaimer
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
        zip_code: None | str | Unset
        if isinstance(self.zip_code, Unset):
            zip_code = UNSET
        else:
            zip_code = self.zip_code

        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code
        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        if city is not UNSET:
            field_dict["city"] = city
        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        if address is not UNSET:
            field_dict["address"] = address
        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        if message is not UNSET:
            field_dict["message"] = message
        person_category: None | str | Unset
        if isinstance(self.person_category, Unset):
            person_category = UNSET
        else:
            person_category = self.person_category

        if person_category is not UNSET:
            field_dict["personCategory"] = person_category
        submit: None | str | Unset
        if isinstance(self.submit, Unset):
            submit = UNSET
        else:
            submit = self.submit

        if submit is not UNSET:
            field_dict["submit"] = submit
        legal_text: None | str | Unset
        if isinstance(self.legal_text, Unset):
            legal_text = UNSET
        else:
            legal_text = self.legal_text

        if legal_text is not UNSET:
            field_dict["legalText"] = legal_text
        privacy_policy: None | str | Unset
        if isinstance(self.privacy_policy, Unset):
            privacy_policy = UNSET
        else:
            privacy_policy = self.privacy_policy

        if privacy_policy is not UNSET:
            field_dict["privacyPolicy"] = privacy_policy
        purpose_submitted: None | str | Unset
        if isinstance(self.purpose_submitted, Unset):
            purpose_submitted = UNSET
        else:
            purpose_submitted = self.purpose_submitted

        if purpose_submitted is not UNSET:
            field_dict["purposeSubmitted"] = purpose_submitted
        purpose_submitted_desc: None | str | Unset
        if isinstance(self.purpose_submitted_desc, Unset):
            purpose_submitted_desc = UNSET
        else:
            purpose_submitted_desc = self.purpose_submitted_desc

        if purpose_submitted_desc is not UNSET:
            field_dict["purposeSubmittedDesc"] = purpose_submitted_desc
        purpose_access_title: None | str | Unset
        if isinstance(self.purpose_access_title, Unset):
            purpose_access_title = UNSET
        else:
            purpose_access_title = self.purpose_access_title

        if purpose_access_title is not UNSET:
            field_dict["purposeAccessTitle"] = purpose_access_title
        purpose_access_desc: None | str | Unset
        if isinstance(self.purpose_access_desc, Unset):
            purpose_access_desc = UNSET
        else:
            purpose_access_desc = self.purpose_access_desc

        if purpose_access_desc is not UNSET:
            field_dict["purposeAccessDesc"] = purpose_access_desc
        purpose_portability_title: None | str | Unset
        if isinstance(self.purpose_portability_title, Unset):
            purpose_portability_title = UNSET
        else:
            purpose_portability_title = self.purpose_portability_title

        if purpose_portability_title is not UNSET:
            field_dict["purposePortabilityTitle"] = purpose_portability_title
        purpose_portability_desc: None | str | Unset
        if isinstance(self.purpose_portability_desc, Unset):
            purpose_portability_desc = UNSET
        else:
            purpose_portability_desc = self.purpose_portability_desc

        if purpose_portability_desc is not UNSET:
            field_dict["purposePortabilityDesc"] = purpose_portability_desc
        purpose_unknown_title: None | str | Unset
        if isinstance(self.purpose_unknown_title, Unset):
            purpose_unknown_title = UNSET
        else:
            purpose_unknown_title = self.purpose_unknown_title

        if purpose_unknown_title is not UNSET:
            field_dict["purposeUnknownTitle"] = purpose_unknown_title
        purpose_unknown_desc: None | str | Unset
        if isinstance(self.purpose_unknown_desc, Unset):
            purpose_unknown_desc = UNSET
        else:
            purpose_unknown_desc = self.purpose_unknown_desc

        if purpose_unknown_desc is not UNSET:
            field_dict["purposeUnknownDesc"] = purpose_unknown_desc
        purpose_information_title: None | str | Unset
        if isinstance(self.purpose_information_title, Unset):
            purpose_information_title = UNSET
        else:
            purpose_information_title = self.purpose_information_title

        if purpose_information_title is not UNSET:
            field_dict["purposeInformationTitle"] = purpose_information_title
        purpose_information_desc: None | str | Unset
        if isinstance(self.purpose_information_desc, Unset):
            purpose_information_desc = UNSET
        else:
            purpose_information_desc = self.purpose_information_desc

        if purpose_information_desc is not UNSET:
            field_dict["purposeInformationDesc"] = purpose_information_desc
        purpose_rectification_title: None | str | Unset
        if isinstance(self.purpose_rectification_title, Unset):
            purpose_rectification_title = UNSET
        else:
            purpose_rectification_title = self.purpose_rectification_title

        if purpose_rectification_title is not UNSET:
            field_dict["purposeRectificationTitle"] = purpose_rectification_title
        purpose_rectification_desc: None | str | Unset
        if isinstance(self.purpose_rectification_desc, Unset):
            purpose_rectification_desc = UNSET
        else:
            purpose_rectification_desc = self.purpose_rectification_desc

        if purpose_rectification_desc is not UNSET:
            field_dict["purposeRectificationDesc"] = purpose_rectification_desc
        purpose_opposition_title: None | str | Unset
        if isinstance(self.purpose_opposition_title, Unset):
            purpose_opposition_title = UNSET
        else:
            purpose_opposition_title = self.purpose_opposition_title

        if purpose_opposition_title is not UNSET:
            field_dict["purposeOppositionTitle"] = purpose_opposition_title
        purpose_opposition_desc: None | str | Unset
        if isinstance(self.purpose_opposition_desc, Unset):
            purpose_opposition_desc = UNSET
        else:
            purpose_opposition_desc = self.purpose_opposition_desc

        if purpose_opposition_desc is not UNSET:
            field_dict["purposeOppositionDesc"] = purpose_opposition_desc
        purpose_erasure_title: None | str | Unset
        if isinstance(self.purpose_erasure_title, Unset):
            purpose_erasure_title = UNSET
        else:
            purpose_erasure_title = self.purpose_erasure_title

        if purpose_erasure_title is not UNSET:
            field_dict["purposeErasureTitle"] = purpose_erasure_title
        purpose_erasure_desc: None | str | Unset
        if isinstance(self.purpose_erasure_desc, Unset):
            purpose_erasure_desc = UNSET
        else:
            purpose_erasure_desc = self.purpose_erasure_desc

        if purpose_erasure_desc is not UNSET:
            field_dict["purposeErasureDesc"] = purpose_erasure_desc
        purpose_restriction_title: None | str | Unset
        if isinstance(self.purpose_restriction_title, Unset):
            purpose_restriction_title = UNSET
        else:
            purpose_restriction_title = self.purpose_restriction_title

        if purpose_restriction_title is not UNSET:
            field_dict["purposeRestrictionTitle"] = purpose_restriction_title
        purpose_restriction_desc: None | str | Unset
        if isinstance(self.purpose_restriction_desc, Unset):
            purpose_restriction_desc = UNSET
        else:
            purpose_restriction_desc = self.purpose_restriction_desc

        if purpose_restriction_desc is not UNSET:
            field_dict["purposeRestrictionDesc"] = purpose_restriction_desc
        purpose_advance_directives_title: None | str | Unset
        if isinstance(self.purpose_advance_directives_title, Unset):
            purpose_advance_directives_title = UNSET
        else:
            purpose_advance_directives_title = self.purpose_advance_directives_title

        if purpose_advance_directives_title is not UNSET:
            field_dict["purposeAdvanceDirectivesTitle"] = purpose_advance_directives_title
        purpose_advance_directives_desc: None | str | Unset
        if isinstance(self.purpose_advance_directives_desc, Unset):
            purpose_advance_directives_desc = UNSET
        else:
            purpose_advance_directives_desc = self.purpose_advance_directives_desc

        if purpose_advance_directives_desc is not UNSET:
            field_dict["purposeAdvanceDirectivesDesc"] = purpose_advance_directives_desc
        purpose_automated_decision_title: None | str | Unset
        if isinstance(self.purpose_automated_decision_title, Unset):
            purpose_automated_decision_title = UNSET
        else:
            purpose_automated_decision_title = self.purpose_automated_decision_title

        if purpose_automated_decision_title is not UNSET:
            field_dict["purposeAutomatedDecisionTitle"] = purpose_automated_decision_title
        purpose_automated_decision_desc: None | str | Unset
        if isinstance(self.purpose_automated_decision_desc, Unset):
            purpose_automated_decision_desc = UNSET
        else:
            purpose_automated_decision_desc = self.purpose_automated_decision_desc

        if purpose_automated_decision_desc is not UNSET:
            field_dict["purposeAutomatedDecisionDesc"] = purpose_automated_decision_desc
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.lang = src_dict.get("lang", UNSET)
        parsed.page_title = src_dict.get("pageTitle", UNSET)
        parsed.disclaimer = src_dict.get("disclaimer", UNSET)
        parsed.message_success = src_dict.get("messageSuccess", UNSET)
        parsed.mail_confirmation_content = src_dict.get("mailConfirmationContent", UNSET)
        parsed.mail_confirmation_subject = src_dict.get("mailConfirmationSubject", UNSET)
        parsed.no_purpose_title = src_dict.get("noPurposeTitle", UNSET)
        parsed.purpose_change = src_dict.get("purposeChange", UNSET)
        parsed.purpose_title = src_dict.get("purposeTitle", UNSET)
        parsed.email = src_dict.get("email", UNSET)
        parsed.purpose_disclaimer = src_dict.get("purposeDisclaimer", UNSET)
        parsed.given_name = src_dict.get("givenName", UNSET)
        parsed.family_name = src_dict.get("familyName", UNSET)
        parsed.ref_id = src_dict.get("refId", UNSET)
        parsed.zip_code = src_dict.get("zipCode", UNSET)
        parsed.city = src_dict.get("city", UNSET)
        parsed.address = src_dict.get("address", UNSET)
        parsed.country_code = src_dict.get("countryCode", UNSET)
        parsed.phone_number = src_dict.get("phoneNumber", UNSET)
        parsed.message = src_dict.get("message", UNSET)
        parsed.person_category = src_dict.get("personCategory", UNSET)
        parsed.submit = src_dict.get("submit", UNSET)
        parsed.legal_text = src_dict.get("legalText", UNSET)
        parsed.privacy_policy = src_dict.get("privacyPolicy", UNSET)
        parsed.purpose_submitted = src_dict.get("purposeSubmitted", UNSET)
        parsed.purpose_submitted_desc = src_dict.get("purposeSubmittedDesc", UNSET)
        parsed.purpose_access_title = src_dict.get("purposeAccessTitle", UNSET)
        parsed.purpose_access_desc = src_dict.get("purposeAccessDesc", UNSET)
        parsed.purpose_portability_title = src_dict.get("purposePortabilityTitle", UNSET)
        parsed.purpose_portability_desc = src_dict.get("purposePortabilityDesc", UNSET)
        parsed.purpose_unknown_title = src_dict.get("purposeUnknownTitle", UNSET)
        parsed.purpose_unknown_desc = src_dict.get("purposeUnknownDesc", UNSET)
        parsed.purpose_information_title = src_dict.get("purposeInformationTitle", UNSET)
        parsed.purpose_information_desc = src_dict.get("purposeInformationDesc", UNSET)
        parsed.purpose_rectification_title = src_dict.get("purposeRectificationTitle", UNSET)
        parsed.purpose_rectification_desc = src_dict.get("purposeRectificationDesc", UNSET)
        parsed.purpose_opposition_title = src_dict.get("purposeOppositionTitle", UNSET)
        parsed.purpose_opposition_desc = src_dict.get("purposeOppositionDesc", UNSET)
        parsed.purpose_erasure_title = src_dict.get("purposeErasureTitle", UNSET)
        parsed.purpose_erasure_desc = src_dict.get("purposeErasureDesc", UNSET)
        parsed.purpose_restriction_title = src_dict.get("purposeRestrictionTitle", UNSET)
        parsed.purpose_restriction_desc = src_dict.get("purposeRestrictionDesc", UNSET)
        parsed.purpose_advance_directives_title = src_dict.get("purposeAdvanceDirectivesTitle", UNSET)
        parsed.purpose_advance_directives_desc = src_dict.get("purposeAdvanceDirectivesDesc", UNSET)
        parsed.purpose_automated_decision_title = src_dict.get("purposeAutomatedDecisionTitle", UNSET)
        parsed.purpose_automated_decision_desc = src_dict.get("purposeAutomatedDecisionDesc", UNSET)
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
