from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataSubjectWidgetTranslation")


@_attrs_define
class DataSubjectWidgetTranslation:
    """
    Attributes:
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
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        lang: None | str | Unset
        if isinstance(self.lang, Unset):
            lang = UNSET
        else:
            lang = self.lang

        page_title: None | str | Unset
        if isinstance(self.page_title, Unset):
            page_title = UNSET
        else:
            page_title = self.page_title

        disclaimer: None | str | Unset
        if isinstance(self.disclaimer, Unset):
            disclaimer = UNSET
        else:
            disclaimer = self.disclaimer

        message_success: None | str | Unset
        if isinstance(self.message_success, Unset):
            message_success = UNSET
        else:
            message_success = self.message_success

        mail_confirmation_content: None | str | Unset
        if isinstance(self.mail_confirmation_content, Unset):
            mail_confirmation_content = UNSET
        else:
            mail_confirmation_content = self.mail_confirmation_content

        mail_confirmation_subject: None | str | Unset
        if isinstance(self.mail_confirmation_subject, Unset):
            mail_confirmation_subject = UNSET
        else:
            mail_confirmation_subject = self.mail_confirmation_subject

        no_purpose_title: None | str | Unset
        if isinstance(self.no_purpose_title, Unset):
            no_purpose_title = UNSET
        else:
            no_purpose_title = self.no_purpose_title

        purpose_change: None | str | Unset
        if isinstance(self.purpose_change, Unset):
            purpose_change = UNSET
        else:
            purpose_change = self.purpose_change

        purpose_title: None | str | Unset
        if isinstance(self.purpose_title, Unset):
            purpose_title = UNSET
        else:
            purpose_title = self.purpose_title

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        purpose_disclaimer: None | str | Unset
        if isinstance(self.purpose_disclaimer, Unset):
            purpose_disclaimer = UNSET
        else:
            purpose_disclaimer = self.purpose_disclaimer

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

        zip_code: None | str | Unset
        if isinstance(self.zip_code, Unset):
            zip_code = UNSET
        else:
            zip_code = self.zip_code

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        person_category: None | str | Unset
        if isinstance(self.person_category, Unset):
            person_category = UNSET
        else:
            person_category = self.person_category

        submit: None | str | Unset
        if isinstance(self.submit, Unset):
            submit = UNSET
        else:
            submit = self.submit

        legal_text: None | str | Unset
        if isinstance(self.legal_text, Unset):
            legal_text = UNSET
        else:
            legal_text = self.legal_text

        privacy_policy: None | str | Unset
        if isinstance(self.privacy_policy, Unset):
            privacy_policy = UNSET
        else:
            privacy_policy = self.privacy_policy

        purpose_submitted: None | str | Unset
        if isinstance(self.purpose_submitted, Unset):
            purpose_submitted = UNSET
        else:
            purpose_submitted = self.purpose_submitted

        purpose_submitted_desc: None | str | Unset
        if isinstance(self.purpose_submitted_desc, Unset):
            purpose_submitted_desc = UNSET
        else:
            purpose_submitted_desc = self.purpose_submitted_desc

        purpose_access_title: None | str | Unset
        if isinstance(self.purpose_access_title, Unset):
            purpose_access_title = UNSET
        else:
            purpose_access_title = self.purpose_access_title

        purpose_access_desc: None | str | Unset
        if isinstance(self.purpose_access_desc, Unset):
            purpose_access_desc = UNSET
        else:
            purpose_access_desc = self.purpose_access_desc

        purpose_portability_title: None | str | Unset
        if isinstance(self.purpose_portability_title, Unset):
            purpose_portability_title = UNSET
        else:
            purpose_portability_title = self.purpose_portability_title

        purpose_portability_desc: None | str | Unset
        if isinstance(self.purpose_portability_desc, Unset):
            purpose_portability_desc = UNSET
        else:
            purpose_portability_desc = self.purpose_portability_desc

        purpose_unknown_title: None | str | Unset
        if isinstance(self.purpose_unknown_title, Unset):
            purpose_unknown_title = UNSET
        else:
            purpose_unknown_title = self.purpose_unknown_title

        purpose_unknown_desc: None | str | Unset
        if isinstance(self.purpose_unknown_desc, Unset):
            purpose_unknown_desc = UNSET
        else:
            purpose_unknown_desc = self.purpose_unknown_desc

        purpose_information_title: None | str | Unset
        if isinstance(self.purpose_information_title, Unset):
            purpose_information_title = UNSET
        else:
            purpose_information_title = self.purpose_information_title

        purpose_information_desc: None | str | Unset
        if isinstance(self.purpose_information_desc, Unset):
            purpose_information_desc = UNSET
        else:
            purpose_information_desc = self.purpose_information_desc

        purpose_rectification_title: None | str | Unset
        if isinstance(self.purpose_rectification_title, Unset):
            purpose_rectification_title = UNSET
        else:
            purpose_rectification_title = self.purpose_rectification_title

        purpose_rectification_desc: None | str | Unset
        if isinstance(self.purpose_rectification_desc, Unset):
            purpose_rectification_desc = UNSET
        else:
            purpose_rectification_desc = self.purpose_rectification_desc

        purpose_opposition_title: None | str | Unset
        if isinstance(self.purpose_opposition_title, Unset):
            purpose_opposition_title = UNSET
        else:
            purpose_opposition_title = self.purpose_opposition_title

        purpose_opposition_desc: None | str | Unset
        if isinstance(self.purpose_opposition_desc, Unset):
            purpose_opposition_desc = UNSET
        else:
            purpose_opposition_desc = self.purpose_opposition_desc

        purpose_erasure_title: None | str | Unset
        if isinstance(self.purpose_erasure_title, Unset):
            purpose_erasure_title = UNSET
        else:
            purpose_erasure_title = self.purpose_erasure_title

        purpose_erasure_desc: None | str | Unset
        if isinstance(self.purpose_erasure_desc, Unset):
            purpose_erasure_desc = UNSET
        else:
            purpose_erasure_desc = self.purpose_erasure_desc

        purpose_restriction_title: None | str | Unset
        if isinstance(self.purpose_restriction_title, Unset):
            purpose_restriction_title = UNSET
        else:
            purpose_restriction_title = self.purpose_restriction_title

        purpose_restriction_desc: None | str | Unset
        if isinstance(self.purpose_restriction_desc, Unset):
            purpose_restriction_desc = UNSET
        else:
            purpose_restriction_desc = self.purpose_restriction_desc

        purpose_advance_directives_title: None | str | Unset
        if isinstance(self.purpose_advance_directives_title, Unset):
            purpose_advance_directives_title = UNSET
        else:
            purpose_advance_directives_title = self.purpose_advance_directives_title

        purpose_advance_directives_desc: None | str | Unset
        if isinstance(self.purpose_advance_directives_desc, Unset):
            purpose_advance_directives_desc = UNSET
        else:
            purpose_advance_directives_desc = self.purpose_advance_directives_desc

        purpose_automated_decision_title: None | str | Unset
        if isinstance(self.purpose_automated_decision_title, Unset):
            purpose_automated_decision_title = UNSET
        else:
            purpose_automated_decision_title = self.purpose_automated_decision_title

        purpose_automated_decision_desc: None | str | Unset
        if isinstance(self.purpose_automated_decision_desc, Unset):
            purpose_automated_decision_desc = UNSET
        else:
            purpose_automated_decision_desc = self.purpose_automated_decision_desc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if lang is not UNSET:
            field_dict["lang"] = lang
        if page_title is not UNSET:
            field_dict["pageTitle"] = page_title
        if disclaimer is not UNSET:
            field_dict["disclaimer"] = disclaimer
        if message_success is not UNSET:
            field_dict["messageSuccess"] = message_success
        if mail_confirmation_content is not UNSET:
            field_dict["mailConfirmationContent"] = mail_confirmation_content
        if mail_confirmation_subject is not UNSET:
            field_dict["mailConfirmationSubject"] = mail_confirmation_subject
        if no_purpose_title is not UNSET:
            field_dict["noPurposeTitle"] = no_purpose_title
        if purpose_change is not UNSET:
            field_dict["purposeChange"] = purpose_change
        if purpose_title is not UNSET:
            field_dict["purposeTitle"] = purpose_title
        if email is not UNSET:
            field_dict["email"] = email
        if purpose_disclaimer is not UNSET:
            field_dict["purposeDisclaimer"] = purpose_disclaimer
        if given_name is not UNSET:
            field_dict["givenName"] = given_name
        if family_name is not UNSET:
            field_dict["familyName"] = family_name
        if ref_id is not UNSET:
            field_dict["refId"] = ref_id
        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code
        if city is not UNSET:
            field_dict["city"] = city
        if address is not UNSET:
            field_dict["address"] = address
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if message is not UNSET:
            field_dict["message"] = message
        if person_category is not UNSET:
            field_dict["personCategory"] = person_category
        if submit is not UNSET:
            field_dict["submit"] = submit
        if legal_text is not UNSET:
            field_dict["legalText"] = legal_text
        if privacy_policy is not UNSET:
            field_dict["privacyPolicy"] = privacy_policy
        if purpose_submitted is not UNSET:
            field_dict["purposeSubmitted"] = purpose_submitted
        if purpose_submitted_desc is not UNSET:
            field_dict["purposeSubmittedDesc"] = purpose_submitted_desc
        if purpose_access_title is not UNSET:
            field_dict["purposeAccessTitle"] = purpose_access_title
        if purpose_access_desc is not UNSET:
            field_dict["purposeAccessDesc"] = purpose_access_desc
        if purpose_portability_title is not UNSET:
            field_dict["purposePortabilityTitle"] = purpose_portability_title
        if purpose_portability_desc is not UNSET:
            field_dict["purposePortabilityDesc"] = purpose_portability_desc
        if purpose_unknown_title is not UNSET:
            field_dict["purposeUnknownTitle"] = purpose_unknown_title
        if purpose_unknown_desc is not UNSET:
            field_dict["purposeUnknownDesc"] = purpose_unknown_desc
        if purpose_information_title is not UNSET:
            field_dict["purposeInformationTitle"] = purpose_information_title
        if purpose_information_desc is not UNSET:
            field_dict["purposeInformationDesc"] = purpose_information_desc
        if purpose_rectification_title is not UNSET:
            field_dict["purposeRectificationTitle"] = purpose_rectification_title
        if purpose_rectification_desc is not UNSET:
            field_dict["purposeRectificationDesc"] = purpose_rectification_desc
        if purpose_opposition_title is not UNSET:
            field_dict["purposeOppositionTitle"] = purpose_opposition_title
        if purpose_opposition_desc is not UNSET:
            field_dict["purposeOppositionDesc"] = purpose_opposition_desc
        if purpose_erasure_title is not UNSET:
            field_dict["purposeErasureTitle"] = purpose_erasure_title
        if purpose_erasure_desc is not UNSET:
            field_dict["purposeErasureDesc"] = purpose_erasure_desc
        if purpose_restriction_title is not UNSET:
            field_dict["purposeRestrictionTitle"] = purpose_restriction_title
        if purpose_restriction_desc is not UNSET:
            field_dict["purposeRestrictionDesc"] = purpose_restriction_desc
        if purpose_advance_directives_title is not UNSET:
            field_dict["purposeAdvanceDirectivesTitle"] = purpose_advance_directives_title
        if purpose_advance_directives_desc is not UNSET:
            field_dict["purposeAdvanceDirectivesDesc"] = purpose_advance_directives_desc
        if purpose_automated_decision_title is not UNSET:
            field_dict["purposeAutomatedDecisionTitle"] = purpose_automated_decision_title
        if purpose_automated_decision_desc is not UNSET:
            field_dict["purposeAutomatedDecisionDesc"] = purpose_automated_decision_desc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        def _parse_lang(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lang = _parse_lang(d.pop("lang", UNSET))

        def _parse_page_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        page_title = _parse_page_title(d.pop("pageTitle", UNSET))

        def _parse_disclaimer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        disclaimer = _parse_disclaimer(d.pop("disclaimer", UNSET))

        def _parse_message_success(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_success = _parse_message_success(d.pop("messageSuccess", UNSET))

        def _parse_mail_confirmation_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mail_confirmation_content = _parse_mail_confirmation_content(d.pop("mailConfirmationContent", UNSET))

        def _parse_mail_confirmation_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mail_confirmation_subject = _parse_mail_confirmation_subject(d.pop("mailConfirmationSubject", UNSET))

        def _parse_no_purpose_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        no_purpose_title = _parse_no_purpose_title(d.pop("noPurposeTitle", UNSET))

        def _parse_purpose_change(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose_change = _parse_purpose_change(d.pop("purposeChange", UNSET))

        def _parse_purpose_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose_title = _parse_purpose_title(d.pop("purposeTitle", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_purpose_disclaimer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose_disclaimer = _parse_purpose_disclaimer(d.pop("purposeDisclaimer", UNSET))

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

        def _parse_zip_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zip_code = _parse_zip_code(d.pop("zipCode", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("countryCode", UNSET))

        def _parse_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number = _parse_phone_number(d.pop("phoneNumber", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_person_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        person_category = _parse_person_category(d.pop("personCategory", UNSET))

        def _parse_submit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        submit = _parse_submit(d.pop("submit", UNSET))

        def _parse_legal_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        legal_text = _parse_legal_text(d.pop("legalText", UNSET))

        def _parse_privacy_policy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        privacy_policy = _parse_privacy_policy(d.pop("privacyPolicy", UNSET))

        def _parse_purpose_submitted(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose_submitted = _parse_purpose_submitted(d.pop("purposeSubmitted", UNSET))

        def _parse_purpose_submitted_desc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose_submitted_desc = _parse_purpose_submitted_desc(d.pop("purposeSubmittedDesc", UNSET))

        def _parse_purpose_access_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose_access_title = _parse_purpose_access_title(d.pop("purposeAccessTitle", UNSET))

        def _parse_purpose_access_desc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose_access_desc = _parse_purpose_access_desc(d.pop("purposeAccessDesc", UNSET))

        def _parse_purpose_portability_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose_portability_title = _parse_purpose_portability_title(d.pop("purposePortabilityTitle", UNSET))

        def _parse_purpose_portability_desc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose_portability_desc = _parse_purpose_portability_desc(d.pop("purposePortabilityDesc", UNSET))

        def _parse_purpose_unknown_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose_unknown_title = _parse_purpose_unknown_title(d.pop("purposeUnknownTitle", UNSET))

        def _parse_purpose_unknown_desc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose_unknown_desc = _parse_purpose_unknown_desc(d.pop("purposeUnknownDesc", UNSET))

        def _parse_purpose_information_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose_information_title = _parse_purpose_information_title(d.pop("purposeInformationTitle", UNSET))

        def _parse_purpose_information_desc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose_information_desc = _parse_purpose_information_desc(d.pop("purposeInformationDesc", UNSET))

        def _parse_purpose_rectification_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose_rectification_title = _parse_purpose_rectification_title(
            d.pop("purposeRectificationTitle", UNSET)
        )

        def _parse_purpose_rectification_desc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose_rectification_desc = _parse_purpose_rectification_desc(
            d.pop("purposeRectificationDesc", UNSET)
        )

        def _parse_purpose_opposition_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose_opposition_title = _parse_purpose_opposition_title(d.pop("purposeOppositionTitle", UNSET))

        def _parse_purpose_opposition_desc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose_opposition_desc = _parse_purpose_opposition_desc(d.pop("purposeOppositionDesc", UNSET))

        def _parse_purpose_erasure_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose_erasure_title = _parse_purpose_erasure_title(d.pop("purposeErasureTitle", UNSET))

        def _parse_purpose_erasure_desc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose_erasure_desc = _parse_purpose_erasure_desc(d.pop("purposeErasureDesc", UNSET))

        def _parse_purpose_restriction_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose_restriction_title = _parse_purpose_restriction_title(d.pop("purposeRestrictionTitle", UNSET))

        def _parse_purpose_restriction_desc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose_restriction_desc = _parse_purpose_restriction_desc(d.pop("purposeRestrictionDesc", UNSET))

        def _parse_purpose_advance_directives_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose_advance_directives_title = _parse_purpose_advance_directives_title(
            d.pop("purposeAdvanceDirectivesTitle", UNSET)
        )

        def _parse_purpose_advance_directives_desc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose_advance_directives_desc = _parse_purpose_advance_directives_desc(
            d.pop("purposeAdvanceDirectivesDesc", UNSET)
        )

        def _parse_purpose_automated_decision_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose_automated_decision_title = _parse_purpose_automated_decision_title(
            d.pop("purposeAutomatedDecisionTitle", UNSET)
        )

        def _parse_purpose_automated_decision_desc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose_automated_decision_desc = _parse_purpose_automated_decision_desc(
            d.pop("purposeAutomatedDecisionDesc", UNSET)
        )

        data_subject_widget_translation = cls(
            id=id,
            lang=lang,
            page_title=page_title,
            disclaimer=disclaimer,
            message_success=message_success,
            mail_confirmation_content=mail_confirmation_content,
            mail_confirmation_subject=mail_confirmation_subject,
            no_purpose_title=no_purpose_title,
            purpose_change=purpose_change,
            purpose_title=purpose_title,
            email=email,
            purpose_disclaimer=purpose_disclaimer,
            given_name=given_name,
            family_name=family_name,
            ref_id=ref_id,
            zip_code=zip_code,
            city=city,
            address=address,
            country_code=country_code,
            phone_number=phone_number,
            message=message,
            person_category=person_category,
            submit=submit,
            legal_text=legal_text,
            privacy_policy=privacy_policy,
            purpose_submitted=purpose_submitted,
            purpose_submitted_desc=purpose_submitted_desc,
            purpose_access_title=purpose_access_title,
            purpose_access_desc=purpose_access_desc,
            purpose_portability_title=purpose_portability_title,
            purpose_portability_desc=purpose_portability_desc,
            purpose_unknown_title=purpose_unknown_title,
            purpose_unknown_desc=purpose_unknown_desc,
            purpose_information_title=purpose_information_title,
            purpose_information_desc=purpose_information_desc,
            purpose_rectification_title=purpose_rectification_title,
            purpose_rectification_desc=purpose_rectification_desc,
            purpose_opposition_title=purpose_opposition_title,
            purpose_opposition_desc=purpose_opposition_desc,
            purpose_erasure_title=purpose_erasure_title,
            purpose_erasure_desc=purpose_erasure_desc,
            purpose_restriction_title=purpose_restriction_title,
            purpose_restriction_desc=purpose_restriction_desc,
            purpose_advance_directives_title=purpose_advance_directives_title,
            purpose_advance_directives_desc=purpose_advance_directives_desc,
            purpose_automated_decision_title=purpose_automated_decision_title,
            purpose_automated_decision_desc=purpose_automated_decision_desc,
        )

        data_subject_widget_translation.additional_properties = d
        return data_subject_widget_translation

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
