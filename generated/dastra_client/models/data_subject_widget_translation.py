from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import (
    LazyModel,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..types import UNSET, Unset

_KEYS: Final[tuple[str, ...]] = (
    "id",
    "lang",
    "pageTitle",
    "disclaimer",
    "messageSuccess",
    "mailConfirmationContent",
    "mailConfirmationSubject",
    "noPurposeTitle",
    "purposeChange",
    "purposeTitle",
    "email",
    "purposeDisclaimer",
    "givenName",
    "familyName",
    "refId",
    "zipCode",
    "city",
    "address",
    "countryCode",
    "phoneNumber",
    "message",
    "personCategory",
    "submit",
    "legalText",
    "privacyPolicy",
    "purposeSubmitted",
    "purposeSubmittedDesc",
    "purposeAccessTitle",
    "purposeAccessDesc",
    "purposePortabilityTitle",
    "purposePortabilityDesc",
    "purposeUnknownTitle",
    "purposeUnknownDesc",
    "purposeInformationTitle",
    "purposeInformationDesc",
    "purposeRectificationTitle",
    "purposeRectificationDesc",
    "purposeOppositionTitle",
    "purposeOppositionDesc",
    "purposeErasureTitle",
    "purposeErasureDesc",
    "purposeRestrictionTitle",
    "purposeRestrictionDesc",
    "purposeAdvanceDirectivesTitle",
    "purposeAdvanceDirectivesDesc",
    "purposeAutomatedDecisionTitle",
    "purposeAutomatedDecisionDesc",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "id": UNSET,
    "lang": UNSET,
    "pageTitle": UNSET,
    "disclaimer": UNSET,
    "messageSuccess": UNSET,
    "mailConfirmationContent": UNSET,
    "mailConfirmationSubject": UNSET,
    "noPurposeTitle": UNSET,
    "purposeChange": UNSET,
    "purposeTitle": UNSET,
    "email": UNSET,
    "purposeDisclaimer": UNSET,
    "givenName": UNSET,
    "familyName": UNSET,
    "refId": UNSET,
    "zipCode": UNSET,
    "city": UNSET,
    "address": UNSET,
    "countryCode": UNSET,
    "phoneNumber": UNSET,
    "message": UNSET,
    "personCategory": UNSET,
    "submit": UNSET,
    "legalText": UNSET,
    "privacyPolicy": UNSET,
    "purposeSubmitted": UNSET,
    "purposeSubmittedDesc": UNSET,
    "purposeAccessTitle": UNSET,
    "purposeAccessDesc": UNSET,
    "purposePortabilityTitle": UNSET,
    "purposePortabilityDesc": UNSET,
    "purposeUnknownTitle": UNSET,
    "purposeUnknownDesc": UNSET,
    "purposeInformationTitle": UNSET,
    "purposeInformationDesc": UNSET,
    "purposeRectificationTitle": UNSET,
    "purposeRectificationDesc": UNSET,
    "purposeOppositionTitle": UNSET,
    "purposeOppositionDesc": UNSET,
    "purposeErasureTitle": UNSET,
    "purposeErasureDesc": UNSET,
    "purposeRestrictionTitle": UNSET,
    "purposeRestrictionDesc": UNSET,
    "purposeAdvanceDirectivesTitle": UNSET,
    "purposeAdvanceDirectivesDesc": UNSET,
    "purposeAutomatedDecisionTitle": UNSET,
    "purposeAutomatedDecisionDesc": UNSET,
}

T = TypeVar("T", bound="DataSubjectWidgetTranslation")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("lang", "lang"),
        ("page_title", "pageTitle"),
        ("disclaimer", "disclaimer"),
        ("message_success", "messageSuccess"),
        ("mail_confirmation_content", "mailConfirmationContent"),
        ("mail_confirmation_subject", "mailConfirmationSubject"),
        ("no_purpose_title", "noPurposeTitle"),
        ("purpose_change", "purposeChange"),
        ("purpose_title", "purposeTitle"),
        ("email", "email"),
        ("purpose_disclaimer", "purposeDisclaimer"),
        ("given_name", "givenName"),
        ("family_name", "familyName"),
        ("ref_id", "refId"),
        ("zip_code", "zipCode"),
        ("city", "city"),
        ("address", "address"),
        ("country_code", "countryCode"),
        ("phone_number", "phoneNumber"),
        ("message", "message"),
        ("person_category", "personCategory"),
        ("submit", "submit"),
        ("legal_text", "legalText"),
        ("privacy_policy", "privacyPolicy"),
        ("purpose_submitted", "purposeSubmitted"),
        ("purpose_submitted_desc", "purposeSubmittedDesc"),
        ("purpose_access_title", "purposeAccessTitle"),
        ("purpose_access_desc", "purposeAccessDesc"),
        ("purpose_portability_title", "purposePortabilityTitle"),
        ("purpose_portability_desc", "purposePortabilityDesc"),
        ("purpose_unknown_title", "purposeUnknownTitle"),
        ("purpose_unknown_desc", "purposeUnknownDesc"),
        ("purpose_information_title", "purposeInformationTitle"),
        ("purpose_information_desc", "purposeInformationDesc"),
        ("purpose_rectification_title", "purposeRectificationTitle"),
        ("purpose_rectification_desc", "purposeRectificationDesc"),
        ("purpose_opposition_title", "purposeOppositionTitle"),
        ("purpose_opposition_desc", "purposeOppositionDesc"),
        ("purpose_erasure_title", "purposeErasureTitle"),
        ("purpose_erasure_desc", "purposeErasureDesc"),
        ("purpose_restriction_title", "purposeRestrictionTitle"),
        ("purpose_restriction_desc", "purposeRestrictionDesc"),
        ("purpose_advance_directives_title", "purposeAdvanceDirectivesTitle"),
        ("purpose_advance_directives_desc", "purposeAdvanceDirectivesDesc"),
        ("purpose_automated_decision_title", "purposeAutomatedDecisionTitle"),
        ("purpose_automated_decision_desc", "purposeAutomatedDecisionDesc"),
    )

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
        if "lang" not in unreadable:
            lang: None | str | Unset
            if isinstance(self.lang, Unset):
                lang = UNSET
            else:
                lang = self.lang

            if lang is not UNSET:
                field_dict["lang"] = lang
        if "page_title" not in unreadable:
            page_title: None | str | Unset
            if isinstance(self.page_title, Unset):
                page_title = UNSET
            else:
                page_title = self.page_title

            if page_title is not UNSET:
                field_dict["pageTitle"] = page_title
        if "disclaimer" not in unreadable:
            disclaimer: None | str | Unset
            if isinstance(self.disclaimer, Unset):
                disclaimer = UNSET
            else:
                disclaimer = self.disclaimer

            if disclaimer is not UNSET:
                field_dict["disclaimer"] = disclaimer
        if "message_success" not in unreadable:
            message_success: None | str | Unset
            if isinstance(self.message_success, Unset):
                message_success = UNSET
            else:
                message_success = self.message_success

            if message_success is not UNSET:
                field_dict["messageSuccess"] = message_success
        if "mail_confirmation_content" not in unreadable:
            mail_confirmation_content: None | str | Unset
            if isinstance(self.mail_confirmation_content, Unset):
                mail_confirmation_content = UNSET
            else:
                mail_confirmation_content = self.mail_confirmation_content

            if mail_confirmation_content is not UNSET:
                field_dict["mailConfirmationContent"] = mail_confirmation_content
        if "mail_confirmation_subject" not in unreadable:
            mail_confirmation_subject: None | str | Unset
            if isinstance(self.mail_confirmation_subject, Unset):
                mail_confirmation_subject = UNSET
            else:
                mail_confirmation_subject = self.mail_confirmation_subject

            if mail_confirmation_subject is not UNSET:
                field_dict["mailConfirmationSubject"] = mail_confirmation_subject
        if "no_purpose_title" not in unreadable:
            no_purpose_title: None | str | Unset
            if isinstance(self.no_purpose_title, Unset):
                no_purpose_title = UNSET
            else:
                no_purpose_title = self.no_purpose_title

            if no_purpose_title is not UNSET:
                field_dict["noPurposeTitle"] = no_purpose_title
        if "purpose_change" not in unreadable:
            purpose_change: None | str | Unset
            if isinstance(self.purpose_change, Unset):
                purpose_change = UNSET
            else:
                purpose_change = self.purpose_change

            if purpose_change is not UNSET:
                field_dict["purposeChange"] = purpose_change
        if "purpose_title" not in unreadable:
            purpose_title: None | str | Unset
            if isinstance(self.purpose_title, Unset):
                purpose_title = UNSET
            else:
                purpose_title = self.purpose_title

            if purpose_title is not UNSET:
                field_dict["purposeTitle"] = purpose_title
        if "email" not in unreadable:
            email: None | str | Unset
            if isinstance(self.email, Unset):
                email = UNSET
            else:
                email = self.email

            if email is not UNSET:
                field_dict["email"] = email
        if "purpose_disclaimer" not in unreadable:
            purpose_disclaimer: None | str | Unset
            if isinstance(self.purpose_disclaimer, Unset):
                purpose_disclaimer = UNSET
            else:
                purpose_disclaimer = self.purpose_disclaimer

            if purpose_disclaimer is not UNSET:
                field_dict["purposeDisclaimer"] = purpose_disclaimer
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
        if "zip_code" not in unreadable:
            zip_code: None | str | Unset
            if isinstance(self.zip_code, Unset):
                zip_code = UNSET
            else:
                zip_code = self.zip_code

            if zip_code is not UNSET:
                field_dict["zipCode"] = zip_code
        if "city" not in unreadable:
            city: None | str | Unset
            if isinstance(self.city, Unset):
                city = UNSET
            else:
                city = self.city

            if city is not UNSET:
                field_dict["city"] = city
        if "address" not in unreadable:
            address: None | str | Unset
            if isinstance(self.address, Unset):
                address = UNSET
            else:
                address = self.address

            if address is not UNSET:
                field_dict["address"] = address
        if "country_code" not in unreadable:
            country_code: None | str | Unset
            if isinstance(self.country_code, Unset):
                country_code = UNSET
            else:
                country_code = self.country_code

            if country_code is not UNSET:
                field_dict["countryCode"] = country_code
        if "phone_number" not in unreadable:
            phone_number: None | str | Unset
            if isinstance(self.phone_number, Unset):
                phone_number = UNSET
            else:
                phone_number = self.phone_number

            if phone_number is not UNSET:
                field_dict["phoneNumber"] = phone_number
        if "message" not in unreadable:
            message: None | str | Unset
            if isinstance(self.message, Unset):
                message = UNSET
            else:
                message = self.message

            if message is not UNSET:
                field_dict["message"] = message
        if "person_category" not in unreadable:
            person_category: None | str | Unset
            if isinstance(self.person_category, Unset):
                person_category = UNSET
            else:
                person_category = self.person_category

            if person_category is not UNSET:
                field_dict["personCategory"] = person_category
        if "submit" not in unreadable:
            submit: None | str | Unset
            if isinstance(self.submit, Unset):
                submit = UNSET
            else:
                submit = self.submit

            if submit is not UNSET:
                field_dict["submit"] = submit
        if "legal_text" not in unreadable:
            legal_text: None | str | Unset
            if isinstance(self.legal_text, Unset):
                legal_text = UNSET
            else:
                legal_text = self.legal_text

            if legal_text is not UNSET:
                field_dict["legalText"] = legal_text
        if "privacy_policy" not in unreadable:
            privacy_policy: None | str | Unset
            if isinstance(self.privacy_policy, Unset):
                privacy_policy = UNSET
            else:
                privacy_policy = self.privacy_policy

            if privacy_policy is not UNSET:
                field_dict["privacyPolicy"] = privacy_policy
        if "purpose_submitted" not in unreadable:
            purpose_submitted: None | str | Unset
            if isinstance(self.purpose_submitted, Unset):
                purpose_submitted = UNSET
            else:
                purpose_submitted = self.purpose_submitted

            if purpose_submitted is not UNSET:
                field_dict["purposeSubmitted"] = purpose_submitted
        if "purpose_submitted_desc" not in unreadable:
            purpose_submitted_desc: None | str | Unset
            if isinstance(self.purpose_submitted_desc, Unset):
                purpose_submitted_desc = UNSET
            else:
                purpose_submitted_desc = self.purpose_submitted_desc

            if purpose_submitted_desc is not UNSET:
                field_dict["purposeSubmittedDesc"] = purpose_submitted_desc
        if "purpose_access_title" not in unreadable:
            purpose_access_title: None | str | Unset
            if isinstance(self.purpose_access_title, Unset):
                purpose_access_title = UNSET
            else:
                purpose_access_title = self.purpose_access_title

            if purpose_access_title is not UNSET:
                field_dict["purposeAccessTitle"] = purpose_access_title
        if "purpose_access_desc" not in unreadable:
            purpose_access_desc: None | str | Unset
            if isinstance(self.purpose_access_desc, Unset):
                purpose_access_desc = UNSET
            else:
                purpose_access_desc = self.purpose_access_desc

            if purpose_access_desc is not UNSET:
                field_dict["purposeAccessDesc"] = purpose_access_desc
        if "purpose_portability_title" not in unreadable:
            purpose_portability_title: None | str | Unset
            if isinstance(self.purpose_portability_title, Unset):
                purpose_portability_title = UNSET
            else:
                purpose_portability_title = self.purpose_portability_title

            if purpose_portability_title is not UNSET:
                field_dict["purposePortabilityTitle"] = purpose_portability_title
        if "purpose_portability_desc" not in unreadable:
            purpose_portability_desc: None | str | Unset
            if isinstance(self.purpose_portability_desc, Unset):
                purpose_portability_desc = UNSET
            else:
                purpose_portability_desc = self.purpose_portability_desc

            if purpose_portability_desc is not UNSET:
                field_dict["purposePortabilityDesc"] = purpose_portability_desc
        if "purpose_unknown_title" not in unreadable:
            purpose_unknown_title: None | str | Unset
            if isinstance(self.purpose_unknown_title, Unset):
                purpose_unknown_title = UNSET
            else:
                purpose_unknown_title = self.purpose_unknown_title

            if purpose_unknown_title is not UNSET:
                field_dict["purposeUnknownTitle"] = purpose_unknown_title
        if "purpose_unknown_desc" not in unreadable:
            purpose_unknown_desc: None | str | Unset
            if isinstance(self.purpose_unknown_desc, Unset):
                purpose_unknown_desc = UNSET
            else:
                purpose_unknown_desc = self.purpose_unknown_desc

            if purpose_unknown_desc is not UNSET:
                field_dict["purposeUnknownDesc"] = purpose_unknown_desc
        if "purpose_information_title" not in unreadable:
            purpose_information_title: None | str | Unset
            if isinstance(self.purpose_information_title, Unset):
                purpose_information_title = UNSET
            else:
                purpose_information_title = self.purpose_information_title

            if purpose_information_title is not UNSET:
                field_dict["purposeInformationTitle"] = purpose_information_title
        if "purpose_information_desc" not in unreadable:
            purpose_information_desc: None | str | Unset
            if isinstance(self.purpose_information_desc, Unset):
                purpose_information_desc = UNSET
            else:
                purpose_information_desc = self.purpose_information_desc

            if purpose_information_desc is not UNSET:
                field_dict["purposeInformationDesc"] = purpose_information_desc
        if "purpose_rectification_title" not in unreadable:
            purpose_rectification_title: None | str | Unset
            if isinstance(self.purpose_rectification_title, Unset):
                purpose_rectification_title = UNSET
            else:
                purpose_rectification_title = self.purpose_rectification_title

            if purpose_rectification_title is not UNSET:
                field_dict["purposeRectificationTitle"] = purpose_rectification_title
        if "purpose_rectification_desc" not in unreadable:
            purpose_rectification_desc: None | str | Unset
            if isinstance(self.purpose_rectification_desc, Unset):
                purpose_rectification_desc = UNSET
            else:
                purpose_rectification_desc = self.purpose_rectification_desc

            if purpose_rectification_desc is not UNSET:
                field_dict["purposeRectificationDesc"] = purpose_rectification_desc
        if "purpose_opposition_title" not in unreadable:
            purpose_opposition_title: None | str | Unset
            if isinstance(self.purpose_opposition_title, Unset):
                purpose_opposition_title = UNSET
            else:
                purpose_opposition_title = self.purpose_opposition_title

            if purpose_opposition_title is not UNSET:
                field_dict["purposeOppositionTitle"] = purpose_opposition_title
        if "purpose_opposition_desc" not in unreadable:
            purpose_opposition_desc: None | str | Unset
            if isinstance(self.purpose_opposition_desc, Unset):
                purpose_opposition_desc = UNSET
            else:
                purpose_opposition_desc = self.purpose_opposition_desc

            if purpose_opposition_desc is not UNSET:
                field_dict["purposeOppositionDesc"] = purpose_opposition_desc
        if "purpose_erasure_title" not in unreadable:
            purpose_erasure_title: None | str | Unset
            if isinstance(self.purpose_erasure_title, Unset):
                purpose_erasure_title = UNSET
            else:
                purpose_erasure_title = self.purpose_erasure_title

            if purpose_erasure_title is not UNSET:
                field_dict["purposeErasureTitle"] = purpose_erasure_title
        if "purpose_erasure_desc" not in unreadable:
            purpose_erasure_desc: None | str | Unset
            if isinstance(self.purpose_erasure_desc, Unset):
                purpose_erasure_desc = UNSET
            else:
                purpose_erasure_desc = self.purpose_erasure_desc

            if purpose_erasure_desc is not UNSET:
                field_dict["purposeErasureDesc"] = purpose_erasure_desc
        if "purpose_restriction_title" not in unreadable:
            purpose_restriction_title: None | str | Unset
            if isinstance(self.purpose_restriction_title, Unset):
                purpose_restriction_title = UNSET
            else:
                purpose_restriction_title = self.purpose_restriction_title

            if purpose_restriction_title is not UNSET:
                field_dict["purposeRestrictionTitle"] = purpose_restriction_title
        if "purpose_restriction_desc" not in unreadable:
            purpose_restriction_desc: None | str | Unset
            if isinstance(self.purpose_restriction_desc, Unset):
                purpose_restriction_desc = UNSET
            else:
                purpose_restriction_desc = self.purpose_restriction_desc

            if purpose_restriction_desc is not UNSET:
                field_dict["purposeRestrictionDesc"] = purpose_restriction_desc
        if "purpose_advance_directives_title" not in unreadable:
            purpose_advance_directives_title: None | str | Unset
            if isinstance(self.purpose_advance_directives_title, Unset):
                purpose_advance_directives_title = UNSET
            else:
                purpose_advance_directives_title = self.purpose_advance_directives_title

            if purpose_advance_directives_title is not UNSET:
                field_dict["purposeAdvanceDirectivesTitle"] = purpose_advance_directives_title
        if "purpose_advance_directives_desc" not in unreadable:
            purpose_advance_directives_desc: None | str | Unset
            if isinstance(self.purpose_advance_directives_desc, Unset):
                purpose_advance_directives_desc = UNSET
            else:
                purpose_advance_directives_desc = self.purpose_advance_directives_desc

            if purpose_advance_directives_desc is not UNSET:
                field_dict["purposeAdvanceDirectivesDesc"] = purpose_advance_directives_desc
        if "purpose_automated_decision_title" not in unreadable:
            purpose_automated_decision_title: None | str | Unset
            if isinstance(self.purpose_automated_decision_title, Unset):
                purpose_automated_decision_title = UNSET
            else:
                purpose_automated_decision_title = self.purpose_automated_decision_title

            if purpose_automated_decision_title is not UNSET:
                field_dict["purposeAutomatedDecisionTitle"] = purpose_automated_decision_title
        if "purpose_automated_decision_desc" not in unreadable:
            purpose_automated_decision_desc: None | str | Unset
            if isinstance(self.purpose_automated_decision_desc, Unset):
                purpose_automated_decision_desc = UNSET
            else:
                purpose_automated_decision_desc = self.purpose_automated_decision_desc

            if purpose_automated_decision_desc is not UNSET:
                field_dict["purposeAutomatedDecisionDesc"] = purpose_automated_decision_desc
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
            if len(src_dict) >= 47:
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
            parsed.lang = value
        elif value is UNSET:
            parsed.lang = UNSET
            absent += 1
        else:
            invalid(parsed, "lang", "lang", "str | None", value)

        value = values[2]
        if isinstance(value, str) or value is None:
            parsed.page_title = value
        elif value is UNSET:
            parsed.page_title = UNSET
            absent += 1
        else:
            invalid(parsed, "page_title", "pageTitle", "str | None", value)

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.disclaimer = value
        elif value is UNSET:
            parsed.disclaimer = UNSET
            absent += 1
        else:
            invalid(parsed, "disclaimer", "disclaimer", "str | None", value)

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.message_success = value
        elif value is UNSET:
            parsed.message_success = UNSET
            absent += 1
        else:
            invalid(parsed, "message_success", "messageSuccess", "str | None", value)

        value = values[5]
        if isinstance(value, str) or value is None:
            parsed.mail_confirmation_content = value
        elif value is UNSET:
            parsed.mail_confirmation_content = UNSET
            absent += 1
        else:
            invalid(parsed, "mail_confirmation_content", "mailConfirmationContent", "str | None", value)

        value = values[6]
        if isinstance(value, str) or value is None:
            parsed.mail_confirmation_subject = value
        elif value is UNSET:
            parsed.mail_confirmation_subject = UNSET
            absent += 1
        else:
            invalid(parsed, "mail_confirmation_subject", "mailConfirmationSubject", "str | None", value)

        value = values[7]
        if isinstance(value, str) or value is None:
            parsed.no_purpose_title = value
        elif value is UNSET:
            parsed.no_purpose_title = UNSET
            absent += 1
        else:
            invalid(parsed, "no_purpose_title", "noPurposeTitle", "str | None", value)

        value = values[8]
        if isinstance(value, str) or value is None:
            parsed.purpose_change = value
        elif value is UNSET:
            parsed.purpose_change = UNSET
            absent += 1
        else:
            invalid(parsed, "purpose_change", "purposeChange", "str | None", value)

        value = values[9]
        if isinstance(value, str) or value is None:
            parsed.purpose_title = value
        elif value is UNSET:
            parsed.purpose_title = UNSET
            absent += 1
        else:
            invalid(parsed, "purpose_title", "purposeTitle", "str | None", value)

        value = values[10]
        if isinstance(value, str) or value is None:
            parsed.email = value
        elif value is UNSET:
            parsed.email = UNSET
            absent += 1
        else:
            invalid(parsed, "email", "email", "str | None", value)

        value = values[11]
        if isinstance(value, str) or value is None:
            parsed.purpose_disclaimer = value
        elif value is UNSET:
            parsed.purpose_disclaimer = UNSET
            absent += 1
        else:
            invalid(parsed, "purpose_disclaimer", "purposeDisclaimer", "str | None", value)

        value = values[12]
        if isinstance(value, str) or value is None:
            parsed.given_name = value
        elif value is UNSET:
            parsed.given_name = UNSET
            absent += 1
        else:
            invalid(parsed, "given_name", "givenName", "str | None", value)

        value = values[13]
        if isinstance(value, str) or value is None:
            parsed.family_name = value
        elif value is UNSET:
            parsed.family_name = UNSET
            absent += 1
        else:
            invalid(parsed, "family_name", "familyName", "str | None", value)

        value = values[14]
        if isinstance(value, str) or value is None:
            parsed.ref_id = value
        elif value is UNSET:
            parsed.ref_id = UNSET
            absent += 1
        else:
            invalid(parsed, "ref_id", "refId", "str | None", value)

        value = values[15]
        if isinstance(value, str) or value is None:
            parsed.zip_code = value
        elif value is UNSET:
            parsed.zip_code = UNSET
            absent += 1
        else:
            invalid(parsed, "zip_code", "zipCode", "str | None", value)

        value = values[16]
        if isinstance(value, str) or value is None:
            parsed.city = value
        elif value is UNSET:
            parsed.city = UNSET
            absent += 1
        else:
            invalid(parsed, "city", "city", "str | None", value)

        value = values[17]
        if isinstance(value, str) or value is None:
            parsed.address = value
        elif value is UNSET:
            parsed.address = UNSET
            absent += 1
        else:
            invalid(parsed, "address", "address", "str | None", value)

        value = values[18]
        if isinstance(value, str) or value is None:
            parsed.country_code = value
        elif value is UNSET:
            parsed.country_code = UNSET
            absent += 1
        else:
            invalid(parsed, "country_code", "countryCode", "str | None", value)

        value = values[19]
        if isinstance(value, str) or value is None:
            parsed.phone_number = value
        elif value is UNSET:
            parsed.phone_number = UNSET
            absent += 1
        else:
            invalid(parsed, "phone_number", "phoneNumber", "str | None", value)

        value = values[20]
        if isinstance(value, str) or value is None:
            parsed.message = value
        elif value is UNSET:
            parsed.message = UNSET
            absent += 1
        else:
            invalid(parsed, "message", "message", "str | None", value)

        value = values[21]
        if isinstance(value, str) or value is None:
            parsed.person_category = value
        elif value is UNSET:
            parsed.person_category = UNSET
            absent += 1
        else:
            invalid(parsed, "person_category", "personCategory", "str | None", value)

        value = values[22]
        if isinstance(value, str) or value is None:
            parsed.submit = value
        elif value is UNSET:
            parsed.submit = UNSET
            absent += 1
        else:
            invalid(parsed, "submit", "submit", "str | None", value)

        value = values[23]
        if isinstance(value, str) or value is None:
            parsed.legal_text = value
        elif value is UNSET:
            parsed.legal_text = UNSET
            absent += 1
        else:
            invalid(parsed, "legal_text", "legalText", "str | None", value)

        value = values[24]
        if isinstance(value, str) or value is None:
            parsed.privacy_policy = value
        elif value is UNSET:
            parsed.privacy_policy = UNSET
            absent += 1
        else:
            invalid(parsed, "privacy_policy", "privacyPolicy", "str | None", value)

        value = values[25]
        if isinstance(value, str) or value is None:
            parsed.purpose_submitted = value
        elif value is UNSET:
            parsed.purpose_submitted = UNSET
            absent += 1
        else:
            invalid(parsed, "purpose_submitted", "purposeSubmitted", "str | None", value)

        value = values[26]
        if isinstance(value, str) or value is None:
            parsed.purpose_submitted_desc = value
        elif value is UNSET:
            parsed.purpose_submitted_desc = UNSET
            absent += 1
        else:
            invalid(parsed, "purpose_submitted_desc", "purposeSubmittedDesc", "str | None", value)

        value = values[27]
        if isinstance(value, str) or value is None:
            parsed.purpose_access_title = value
        elif value is UNSET:
            parsed.purpose_access_title = UNSET
            absent += 1
        else:
            invalid(parsed, "purpose_access_title", "purposeAccessTitle", "str | None", value)

        value = values[28]
        if isinstance(value, str) or value is None:
            parsed.purpose_access_desc = value
        elif value is UNSET:
            parsed.purpose_access_desc = UNSET
            absent += 1
        else:
            invalid(parsed, "purpose_access_desc", "purposeAccessDesc", "str | None", value)

        value = values[29]
        if isinstance(value, str) or value is None:
            parsed.purpose_portability_title = value
        elif value is UNSET:
            parsed.purpose_portability_title = UNSET
            absent += 1
        else:
            invalid(parsed, "purpose_portability_title", "purposePortabilityTitle", "str | None", value)

        value = values[30]
        if isinstance(value, str) or value is None:
            parsed.purpose_portability_desc = value
        elif value is UNSET:
            parsed.purpose_portability_desc = UNSET
            absent += 1
        else:
            invalid(parsed, "purpose_portability_desc", "purposePortabilityDesc", "str | None", value)

        value = values[31]
        if isinstance(value, str) or value is None:
            parsed.purpose_unknown_title = value
        elif value is UNSET:
            parsed.purpose_unknown_title = UNSET
            absent += 1
        else:
            invalid(parsed, "purpose_unknown_title", "purposeUnknownTitle", "str | None", value)

        value = values[32]
        if isinstance(value, str) or value is None:
            parsed.purpose_unknown_desc = value
        elif value is UNSET:
            parsed.purpose_unknown_desc = UNSET
            absent += 1
        else:
            invalid(parsed, "purpose_unknown_desc", "purposeUnknownDesc", "str | None", value)

        value = values[33]
        if isinstance(value, str) or value is None:
            parsed.purpose_information_title = value
        elif value is UNSET:
            parsed.purpose_information_title = UNSET
            absent += 1
        else:
            invalid(parsed, "purpose_information_title", "purposeInformationTitle", "str | None", value)

        value = values[34]
        if isinstance(value, str) or value is None:
            parsed.purpose_information_desc = value
        elif value is UNSET:
            parsed.purpose_information_desc = UNSET
            absent += 1
        else:
            invalid(parsed, "purpose_information_desc", "purposeInformationDesc", "str | None", value)

        value = values[35]
        if isinstance(value, str) or value is None:
            parsed.purpose_rectification_title = value
        elif value is UNSET:
            parsed.purpose_rectification_title = UNSET
            absent += 1
        else:
            invalid(parsed, "purpose_rectification_title", "purposeRectificationTitle", "str | None", value)

        value = values[36]
        if isinstance(value, str) or value is None:
            parsed.purpose_rectification_desc = value
        elif value is UNSET:
            parsed.purpose_rectification_desc = UNSET
            absent += 1
        else:
            invalid(parsed, "purpose_rectification_desc", "purposeRectificationDesc", "str | None", value)

        value = values[37]
        if isinstance(value, str) or value is None:
            parsed.purpose_opposition_title = value
        elif value is UNSET:
            parsed.purpose_opposition_title = UNSET
            absent += 1
        else:
            invalid(parsed, "purpose_opposition_title", "purposeOppositionTitle", "str | None", value)

        value = values[38]
        if isinstance(value, str) or value is None:
            parsed.purpose_opposition_desc = value
        elif value is UNSET:
            parsed.purpose_opposition_desc = UNSET
            absent += 1
        else:
            invalid(parsed, "purpose_opposition_desc", "purposeOppositionDesc", "str | None", value)

        value = values[39]
        if isinstance(value, str) or value is None:
            parsed.purpose_erasure_title = value
        elif value is UNSET:
            parsed.purpose_erasure_title = UNSET
            absent += 1
        else:
            invalid(parsed, "purpose_erasure_title", "purposeErasureTitle", "str | None", value)

        value = values[40]
        if isinstance(value, str) or value is None:
            parsed.purpose_erasure_desc = value
        elif value is UNSET:
            parsed.purpose_erasure_desc = UNSET
            absent += 1
        else:
            invalid(parsed, "purpose_erasure_desc", "purposeErasureDesc", "str | None", value)

        value = values[41]
        if isinstance(value, str) or value is None:
            parsed.purpose_restriction_title = value
        elif value is UNSET:
            parsed.purpose_restriction_title = UNSET
            absent += 1
        else:
            invalid(parsed, "purpose_restriction_title", "purposeRestrictionTitle", "str | None", value)

        value = values[42]
        if isinstance(value, str) or value is None:
            parsed.purpose_restriction_desc = value
        elif value is UNSET:
            parsed.purpose_restriction_desc = UNSET
            absent += 1
        else:
            invalid(parsed, "purpose_restriction_desc", "purposeRestrictionDesc", "str | None", value)

        value = values[43]
        if isinstance(value, str) or value is None:
            parsed.purpose_advance_directives_title = value
        elif value is UNSET:
            parsed.purpose_advance_directives_title = UNSET
            absent += 1
        else:
            invalid(
                parsed,
                "purpose_advance_directives_title",
                "purposeAdvanceDirectivesTitle",
                "str | None",
                value,
            )

        value = values[44]
        if isinstance(value, str) or value is None:
            parsed.purpose_advance_directives_desc = value
        elif value is UNSET:
            parsed.purpose_advance_directives_desc = UNSET
            absent += 1
        else:
            invalid(
                parsed, "purpose_advance_directives_desc", "purposeAdvanceDirectivesDesc", "str | None", value
            )

        value = values[45]
        if isinstance(value, str) or value is None:
            parsed.purpose_automated_decision_title = value
        elif value is UNSET:
            parsed.purpose_automated_decision_title = UNSET
            absent += 1
        else:
            invalid(
                parsed,
                "purpose_automated_decision_title",
                "purposeAutomatedDecisionTitle",
                "str | None",
                value,
            )

        value = values[46]
        if isinstance(value, str) or value is None:
            parsed.purpose_automated_decision_desc = value
        elif value is UNSET:
            parsed.purpose_automated_decision_desc = UNSET
            absent += 1
        else:
            invalid(
                parsed, "purpose_automated_decision_desc", "purposeAutomatedDecisionDesc", "str | None", value
            )

        if len(src_dict) + absent == 47:  # every key is a known one
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
