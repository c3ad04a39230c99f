from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import VariantMismatchError
from .._lazy import (
    EAGER,
    MISSING,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
)
from ..models.closed_reason import ClosedReason
from ..models.data_subject_purpose_type import DataSubjectPurposeType
from ..models.data_subject_request_source import DataSubjectRequestSource
from ..models.data_subject_request_state import DataSubjectRequestState
from ..models.person_category_type import PersonCategoryType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_flow_step_dto import WorkFlowStepDto
else:
    WorkFlowStepDto = deferred(globals(), "WorkFlowStepDto", "..models.work_flow_step_dto")


_CLOSED_REASON_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in ClosedReason}
_DATA_SUBJECT_PURPOSE_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in DataSubjectPurposeType
}
_DATA_SUBJECT_REQUEST_SOURCE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in DataSubjectRequestSource
}
_DATA_SUBJECT_REQUEST_STATE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in DataSubjectRequestState
}
_PERSON_CATEGORY_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in PersonCategoryType
}


def _load_work_flow_step(model: DataSubjectRequestLightDto, source: Mapping[str, Any]) -> Any:
    value = source.get("workFlowStep", UNSET)
    if value is None or value is UNSET:
        model.work_flow_step = value
        return value
    if isinstance(value, dict):
        try:
            model.work_flow_step = result = WorkFlowStepDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "work_flow_step", "workFlowStep", "WorkFlowStepDto | None", value)
    else:
        result = invalid(model, "work_flow_step", "workFlowStep", "WorkFlowStepDto | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "title",
    "locale",
    "areaId",
    "purposes",
    "id",
    "archived",
    "archivedDate",
    "personCategory",
    "complex",
    "dateClosed",
    "state",
    "description",
    "message",
    "resolutionMessage",
    "email",
    "phoneNumber",
    "givenName",
    "familyName",
    "dateCreation",
    "dateUpdate",
    "workFlowStep",
    "workFlowStepId",
    "channel",
    "refId",
    "userId",
    "closedReason",
    "closedReasonDescription",
    "expiryTime",
    "address",
    "zipCode",
    "city",
    "countryCode",
    "nbMessages",
    "nbMessagesNotViewed",
    "remainingDays",
    "closingTime",
    "additionalDatas",
    "userNotified",
    "dateUserNotified",
    "sendNotification",
    "emailValidationDate",
    "mailValidated",
    "referrerUrl",
    "demandId",
    "identityValidated",
    "dateIdentityValidated",
    "widgetId",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "title": MISSING,
    "locale": MISSING,
    "areaId": MISSING,
    "purposes": MISSING,
    "id": UNSET,
    "archived": UNSET,
    "archivedDate": UNSET,
    "personCategory": UNSET,
    "complex": UNSET,
    "dateClosed": UNSET,
    "state": UNSET,
    "description": UNSET,
    "message": UNSET,
    "resolutionMessage": UNSET,
    "email": UNSET,
    "phoneNumber": UNSET,
    "givenName": UNSET,
    "familyName": UNSET,
    "dateCreation": UNSET,
    "dateUpdate": UNSET,
    "workFlowStep": UNSET,
    "workFlowStepId": UNSET,
    "channel": UNSET,
    "refId": UNSET,
    "userId": UNSET,
    "closedReason": UNSET,
    "closedReasonDescription": UNSET,
    "expiryTime": UNSET,
    "address": UNSET,
    "zipCode": UNSET,
    "city": UNSET,
    "countryCode": UNSET,
    "nbMessages": UNSET,
    "nbMessagesNotViewed": UNSET,
    "remainingDays": UNSET,
    "closingTime": UNSET,
    "additionalDatas": UNSET,
    "userNotified": UNSET,
    "dateUserNotified": UNSET,
    "sendNotification": UNSET,
    "emailValidationDate": UNSET,
    "mailValidated": UNSET,
    "referrerUrl": UNSET,
    "demandId": UNSET,
    "identityValidated": UNSET,
    "dateIdentityValidated": UNSET,
    "widgetId": UNSET,
}

T = TypeVar("T", bound="DataSubjectRequestLightDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DataSubjectRequestLightDto(LazyModel):
    """Attributes:
    title (str):
    locale (str):
    area_id (int):
    purposes (list[DataSubjectPurposeType | str]):
    id (int | None | Unset):
    archived (bool | None | Unset):
    archived_date (datetime.datetime | None | Unset):
    person_category (None | PersonCategoryType | str | Unset):
    complex_ (bool | None | Unset):
    date_closed (datetime.datetime | None | Unset):
    state (DataSubjectRequestState | None | str | Unset):
    description (None | str | Unset):
    message (None | str | Unset):
    resolution_message (None | str | Unset):
    email (None | str | Unset):
    phone_number (None | str | Unset):
    given_name (None | str | Unset):
    family_name (None | str | Unset):
    date_creation (datetime.datetime | None | Unset):
    date_update (datetime.datetime | None | Unset):
    work_flow_step (None | Unset | WorkFlowStepDto):
    work_flow_step_id (int | None | Unset):
    channel (DataSubjectRequestSource | None | str | Unset):
    ref_id (None | str | Unset):
    user_id (None | str | Unset):
    closed_reason (ClosedReason | None | str | Unset):
    closed_reason_description (None | str | Unset):
    expiry_time (datetime.datetime | None | Unset):
    address (None | str | Unset):
    zip_code (None | str | Unset):
    city (None | str | Unset):
    country_code (None | str | Unset):
    nb_messages (int | None | Unset):
    nb_messages_not_viewed (int | None | Unset):
    remaining_days (int | None | Unset):
    closing_time (int | None | Unset):
    additional_datas (Any | Unset):
    user_notified (bool | None | Unset):
    date_user_notified (datetime.datetime | None | Unset):
    send_notification (bool | None | Unset):
    email_validation_date (datetime.datetime | None | Unset):
    mail_validated (bool | None | Unset):
    referrer_url (None | str | Unset):
    demand_id (None | str | Unset):
    identity_validated (bool | None | Unset):
    date_identity_validated (datetime.datetime | None | Unset):
    widget_id (int | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("title", "title"),
        ("locale", "locale"),
        ("area_id", "areaId"),
        ("purposes", "purposes"),
        ("id", "id"),
        ("archived", "archived"),
        ("archived_date", "archivedDate"),
        ("person_category", "personCategory"),
        ("complex_", "complex"),
        ("date_closed", "dateClosed"),
        ("state", "state"),
        ("description", "description"),
        ("message", "message"),
        ("resolution_message", "resolutionMessage"),
        ("email", "email"),
        ("phone_number", "phoneNumber"),
        ("given_name", "givenName"),
        ("family_name", "familyName"),
        ("date_creation", "dateCreation"),
        ("date_update", "dateUpdate"),
        ("work_flow_step", "workFlowStep"),
        ("work_flow_step_id", "workFlowStepId"),
        ("channel", "channel"),
        ("ref_id", "refId"),
        ("user_id", "userId"),
        ("closed_reason", "closedReason"),
        ("closed_reason_description", "closedReasonDescription"),
        ("expiry_time", "expiryTime"),
        ("address", "address"),
        ("zip_code", "zipCode"),
        ("city", "city"),
        ("country_code", "countryCode"),
        ("nb_messages", "nbMessages"),
        ("nb_messages_not_viewed", "nbMessagesNotViewed"),
        ("remaining_days", "remainingDays"),
        ("closing_time", "closingTime"),
        ("additional_datas", "additionalDatas"),
        ("user_notified", "userNotified"),
        ("date_user_notified", "dateUserNotified"),
        ("send_notification", "sendNotification"),
        ("email_validation_date", "emailValidationDate"),
        ("mail_validated", "mailValidated"),
        ("referrer_url", "referrerUrl"),
        ("demand_id", "demandId"),
        ("identity_validated", "identityValidated"),
        ("date_identity_validated", "dateIdentityValidated"),
        ("widget_id", "widgetId"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "work_flow_step": _load_work_flow_step,
    }

    title: str
    locale: str
    area_id: int
    purposes: list[DataSubjectPurposeType | str]
    id: int | None | Unset = UNSET
    archived: bool | None | Unset = UNSET
    archived_date: datetime.datetime | None | Unset = UNSET
    person_category: None | PersonCategoryType | str | Unset = UNSET
    complex_: bool | None | Unset = UNSET
    date_closed: datetime.datetime | None | Unset = UNSET
    state: DataSubjectRequestState | None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    resolution_message: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    given_name: None | str | Unset = UNSET
    family_name: None | str | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    work_flow_step: None | Unset | WorkFlowStepDto = UNSET
    work_flow_step_id: int | None | Unset = UNSET
    channel: DataSubjectRequestSource | None | str | Unset = UNSET
    ref_id: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    closed_reason: ClosedReason | None | str | Unset = UNSET
    closed_reason_description: None | str | Unset = UNSET
    expiry_time: datetime.datetime | None | Unset = UNSET
    address: None | str | Unset = UNSET
    zip_code: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    nb_messages: int | None | Unset = UNSET
    nb_messages_not_viewed: int | None | Unset = UNSET
    remaining_days: int | None | Unset = UNSET
    closing_time: int | None | Unset = UNSET
    additional_datas: Any | Unset = UNSET
    user_notified: bool | None | Unset = UNSET
    date_user_notified: datetime.datetime | None | Unset = UNSET
    send_notification: bool | None | Unset = UNSET
    email_validation_date: datetime.datetime | None | Unset = UNSET
    mail_validated: bool | None | Unset = UNSET
    referrer_url: None | str | Unset = UNSET
    demand_id: None | str | Unset = UNSET
    identity_validated: bool | None | Unset = UNSET
    date_identity_validated: datetime.datetime | None | Unset = UNSET
    widget_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.work_flow_step_dto import WorkFlowStepDto

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "title" not in unreadable:
            title = self.title

            field_dict["title"] = title
        if "locale" not in unreadable:
            locale = self.locale

            field_dict["locale"] = locale
        if "area_id" not in unreadable:
            area_id = self.area_id

            field_dict["areaId"] = area_id
        if "purposes" not in unreadable:
            purposes = []
            for purposes_item_data in self.purposes:
                purposes_item: str
                if isinstance(purposes_item_data, DataSubjectPurposeType):
                    purposes_item = purposes_item_data.value
                else:
                    purposes_item = purposes_item_data
                purposes.append(purposes_item)

            field_dict["purposes"] = purposes
        if "id" not in unreadable:
            id: int | None | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "archived" not in unreadable:
            archived: bool | None | Unset
            if isinstance(self.archived, Unset):
                archived = UNSET
            else:
                archived = self.archived

            if archived is not UNSET:
                field_dict["archived"] = archived
        if "archived_date" not in unreadable:
            archived_date: None | str | Unset
            if isinstance(self.archived_date, Unset):
                archived_date = UNSET
            elif isinstance(self.archived_date, datetime.datetime):
                archived_date = self.archived_date.isoformat()
            else:
                archived_date = self.archived_date

            if archived_date is not UNSET:
                field_dict["archivedDate"] = archived_date
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
        if "complex_" not in unreadable:
            complex_: bool | None | Unset
            if isinstance(self.complex_, Unset):
                complex_ = UNSET
            else:
                complex_ = self.complex_

            if complex_ is not UNSET:
                field_dict["complex"] = complex_
        if "date_closed" not in unreadable:
            date_closed: None | str | Unset
            if isinstance(self.date_closed, Unset):
                date_closed = UNSET
            elif isinstance(self.date_closed, datetime.datetime):
                date_closed = self.date_closed.isoformat()
            else:
                date_closed = self.date_closed

            if date_closed is not UNSET:
                field_dict["dateClosed"] = date_closed
        if "state" not in unreadable:
            state: None | str | Unset
            if isinstance(self.state, Unset):
                state = UNSET
            elif isinstance(self.state, DataSubjectRequestState):
                state = self.state.value
            else:
                state = self.state

            if state is not UNSET:
                field_dict["state"] = state
        if "description" not in unreadable:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

            if description is not UNSET:
                field_dict["description"] = description
        if "message" not in unreadable:
            message: None | str | Unset
            if isinstance(self.message, Unset):
                message = UNSET
            else:
                message = self.message

            if message is not UNSET:
                field_dict["message"] = message
        if "resolution_message" not in unreadable:
            resolution_message: None | str | Unset
            if isinstance(self.resolution_message, Unset):
                resolution_message = UNSET
            else:
                resolution_message = self.resolution_message

            if resolution_message is not UNSET:
                field_dict["resolutionMessage"] = resolution_message
        if "email" not in unreadable:
            email: None | str | Unset
            if isinstance(self.email, Unset):
                email = UNSET
            else:
                email = self.email

            if email is not UNSET:
                field_dict["email"] = email
        if "phone_number" not in unreadable:
            phone_number: None | str | Unset
            if isinstance(self.phone_number, Unset):
                phone_number = UNSET
            else:
                phone_number = self.phone_number

            if phone_number is not UNSET:
                field_dict["phoneNumber"] = phone_number
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
        if "work_flow_step" not in unreadable:
            work_flow_step: dict[str, Any] | None | Unset
            if isinstance(self.work_flow_step, Unset):
                work_flow_step = UNSET
            elif isinstance(self.work_flow_step, WorkFlowStepDto):
                work_flow_step = self.work_flow_step.to_dict()
            else:
                work_flow_step = self.work_flow_step

            if work_flow_step is not UNSET:
                field_dict["workFlowStep"] = work_flow_step
        if "work_flow_step_id" not in unreadable:
            work_flow_step_id: int | None | Unset
            if isinstance(self.work_flow_step_id, Unset):
                work_flow_step_id = UNSET
            else:
                work_flow_step_id = self.work_flow_step_id

            if work_flow_step_id is not UNSET:
                field_dict["workFlowStepId"] = work_flow_step_id
        if "channel" not in unreadable:
            channel: None | str | Unset
            if isinstance(self.channel, Unset):
                channel = UNSET
            elif isinstance(self.channel, DataSubjectRequestSource):
                channel = self.channel.value
            else:
                channel = self.channel

            if channel is not UNSET:
                field_dict["channel"] = channel
        if "ref_id" not in unreadable:
            ref_id: None | str | Unset
            if isinstance(self.ref_id, Unset):
                ref_id = UNSET
            else:
                ref_id = self.ref_id

            if ref_id is not UNSET:
                field_dict["refId"] = ref_id
        if "user_id" not in unreadable:
            user_id: None | str | Unset
            if isinstance(self.user_id, Unset):
                user_id = UNSET
            else:
                user_id = self.user_id

            if user_id is not UNSET:
                field_dict["userId"] = user_id
        if "closed_reason" not in unreadable:
            closed_reason: None | str | Unset
            if isinstance(self.closed_reason, Unset):
                closed_reason = UNSET
            elif isinstance(self.closed_reason, ClosedReason):
                closed_reason = self.closed_reason.value
            else:
                closed_reason = self.closed_reason

            if closed_reason is not UNSET:
                field_dict["closedReason"] = closed_reason
        if "closed_reason_description" not in unreadable:
            closed_reason_description: None | str | Unset
            if isinstance(self.closed_reason_description, Unset):
                closed_reason_description = UNSET
            else:
                closed_reason_description = self.closed_reason_description

            if closed_reason_description is not UNSET:
                field_dict["closedReasonDescription"] = closed_reason_description
        if "expiry_time" not in unreadable:
            expiry_time: None | str | Unset
            if isinstance(self.expiry_time, Unset):
                expiry_time = UNSET
            elif isinstance(self.expiry_time, datetime.datetime):
                expiry_time = self.expiry_time.isoformat()
            else:
                expiry_time = self.expiry_time

            if expiry_time is not UNSET:
                field_dict["expiryTime"] = expiry_time
        if "address" not in unreadable:
            address: None | str | Unset
            if isinstance(self.address, Unset):
                address = UNSET
            else:
                address = self.address

            if address is not UNSET:
                field_dict["address"] = address
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
        if "country_code" not in unreadable:
            country_code: None | str | Unset
            if isinstance(self.country_code, Unset):
                country_code = UNSET
            else:
                country_code = self.country_code

            if country_code is not UNSET:
                field_dict["countryCode"] = country_code
        if "nb_messages" not in unreadable:
            nb_messages: int | None | Unset
            if isinstance(self.nb_messages, Unset):
                nb_messages = UNSET
            else:
                nb_messages = self.nb_messages

            if nb_messages is not UNSET:
                field_dict["nbMessages"] = nb_messages
        if "nb_messages_not_viewed" not in unreadable:
            nb_messages_not_viewed: int | None | Unset
            if isinstance(self.nb_messages_not_viewed, Unset):
                nb_messages_not_viewed = UNSET
            else:
                nb_messages_not_viewed = self.nb_messages_not_viewed

            if nb_messages_not_viewed is not UNSET:
                field_dict["nbMessagesNotViewed"] = nb_messages_not_viewed
        if "remaining_days" not in unreadable:
            remaining_days: int | None | Unset
            if isinstance(self.remaining_days, Unset):
                remaining_days = UNSET
            else:
                remaining_days = self.remaining_days

            if remaining_days is not UNSET:
                field_dict["remainingDays"] = remaining_days
        if "closing_time" not in unreadable:
            closing_time: int | None | Unset
            if isinstance(self.closing_time, Unset):
                closing_time = UNSET
            else:
                closing_time = self.closing_time

            if closing_time is not UNSET:
                field_dict["closingTime"] = closing_time
        if "additional_datas" not in unreadable:
            additional_datas = self.additional_datas

            if additional_datas is not UNSET:
                field_dict["additionalDatas"] = additional_datas
        if "user_notified" not in unreadable:
            user_notified: bool | None | Unset
            if isinstance(self.user_notified, Unset):
                user_notified = UNSET
            else:
                user_notified = self.user_notified

            if user_notified is not UNSET:
                field_dict["userNotified"] = user_notified
        if "date_user_notified" not in unreadable:
            date_user_notified: None | str | Unset
            if isinstance(self.date_user_notified, Unset):
                date_user_notified = UNSET
            elif isinstance(self.date_user_notified, datetime.datetime):
                date_user_notified = self.date_user_notified.isoformat()
            else:
                date_user_notified = self.date_user_notified

            if date_user_notified is not UNSET:
                field_dict["dateUserNotified"] = date_user_notified
        if "send_notification" not in unreadable:
            send_notification: bool | None | Unset
            if isinstance(self.send_notification, Unset):
                send_notification = UNSET
            else:
                send_notification = self.send_notification

            if send_notification is not UNSET:
                field_dict["sendNotification"] = send_notification
        if "email_validation_date" not in unreadable:
            email_validation_date: None | str | Unset
            if isinstance(self.email_validation_date, Unset):
                email_validation_date = UNSET
            elif isinstance(self.email_validation_date, datetime.datetime):
                email_validation_date = self.email_validation_date.isoformat()
            else:
                email_validation_date = self.email_validation_date

            if email_validation_date is not UNSET:
                field_dict["emailValidationDate"] = email_validation_date
        if "mail_validated" not in unreadable:
            mail_validated: bool | None | Unset
            if isinstance(self.mail_validated, Unset):
                mail_validated = UNSET
            else:
                mail_validated = self.mail_validated

            if mail_validated is not UNSET:
                field_dict["mailValidated"] = mail_validated
        if "referrer_url" not in unreadable:
            referrer_url: None | str | Unset
            if isinstance(self.referrer_url, Unset):
                referrer_url = UNSET
            else:
                referrer_url = self.referrer_url

            if referrer_url is not UNSET:
                field_dict["referrerUrl"] = referrer_url
        if "demand_id" not in unreadable:
            demand_id: None | str | Unset
            if isinstance(self.demand_id, Unset):
                demand_id = UNSET
            else:
                demand_id = self.demand_id

            if demand_id is not UNSET:
                field_dict["demandId"] = demand_id
        if "identity_validated" not in unreadable:
            identity_validated: bool | None | Unset
            if isinstance(self.identity_validated, Unset):
                identity_validated = UNSET
            else:
                identity_validated = self.identity_validated

            if identity_validated is not UNSET:
                field_dict["identityValidated"] = identity_validated
        if "date_identity_validated" not in unreadable:
            date_identity_validated: None | str | Unset
            if isinstance(self.date_identity_validated, Unset):
                date_identity_validated = UNSET
            elif isinstance(self.date_identity_validated, datetime.datetime):
                date_identity_validated = self.date_identity_validated.isoformat()
            else:
                date_identity_validated = self.date_identity_validated

            if date_identity_validated is not UNSET:
                field_dict["dateIdentityValidated"] = date_identity_validated
        if "widget_id" not in unreadable:
            widget_id: int | None | Unset
            if isinstance(self.widget_id, Unset):
                widget_id = UNSET
            else:
                widget_id = self.widget_id

            if widget_id is not UNSET:
                field_dict["widgetId"] = widget_id
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
        # Optional nested values are parsed on first access (LazyModel), or now in eager mode.
        eager = EAGER.get()
        if not eager:
            parsed._source = src_dict
        value = values[0]
        if isinstance(value, str):
            parsed.title = value
        else:
            invalid(parsed, "title", "title", "str", value)
            absent += value is MISSING

        value = values[1]
        if isinstance(value, str):
            parsed.locale = value
        else:
            invalid(parsed, "locale", "locale", "str", value)
            absent += value is MISSING

        value = values[2]
        if type(value) is int:
            parsed.area_id = value
        else:
            invalid(parsed, "area_id", "areaId", "int", value)
            absent += value is MISSING

        value = values[3]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "purposes",
                        "purposes",
                        "list[DataSubjectPurposeType | str]",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.purposes = [_DATA_SUBJECT_PURPOSE_TYPE_BY_VALUE.get(item, item) for item in value]
        else:
            invalid(parsed, "purposes", "purposes", "list[DataSubjectPurposeType | str]", value)
            absent += value is MISSING

        value = values[4]
        if type(value) is int or value is None:
            parsed.id = value
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            invalid(parsed, "id", "id", "int | None", value)

        value = values[5]
        if type(value) is bool or value is None:
            parsed.archived = value
        elif value is UNSET:
            parsed.archived = UNSET
            absent += 1
        else:
            invalid(parsed, "archived", "archived", "bool | None", value)

        value = values[6]
        if value is None:
            parsed.archived_date = None
        elif value is UNSET:
            parsed.archived_date = UNSET
            absent += 1
        else:
            try:
                parsed.archived_date = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "archived_date", "archivedDate", "datetime.datetime | None", value)

        value = values[7]
        if isinstance(value, str):
            parsed.person_category = _PERSON_CATEGORY_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.person_category = None
        elif value is UNSET:
            parsed.person_category = UNSET
            absent += 1
        else:
            invalid(parsed, "person_category", "personCategory", "PersonCategoryType | str | None", value)

        value = values[8]
        if type(value) is bool or value is None:
            parsed.complex_ = value
        elif value is UNSET:
            parsed.complex_ = UNSET
            absent += 1
        else:
            invalid(parsed, "complex_", "complex", "bool | None", value)

        value = values[9]
        if value is None:
            parsed.date_closed = None
        elif value is UNSET:
            parsed.date_closed = UNSET
            absent += 1
        else:
            try:
                parsed.date_closed = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_closed", "dateClosed", "datetime.datetime | None", value)

        value = values[10]
        if isinstance(value, str):
            parsed.state = _DATA_SUBJECT_REQUEST_STATE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.state = None
        elif value is UNSET:
            parsed.state = UNSET
            absent += 1
        else:
            invalid(parsed, "state", "state", "DataSubjectRequestState | str | None", value)

        value = values[11]
        if isinstance(value, str) or value is None:
            parsed.description = value
        elif value is UNSET:
            parsed.description = UNSET
            absent += 1
        else:
            invalid(parsed, "description", "description", "str | None", value)

        value = values[12]
        if isinstance(value, str) or value is None:
            parsed.message = value
        elif value is UNSET:
            parsed.message = UNSET
            absent += 1
        else:
            invalid(parsed, "message", "message", "str | None", value)

        value = values[13]
        if isinstance(value, str) or value is None:
            parsed.resolution_message = value
        elif value is UNSET:
            parsed.resolution_message = UNSET
            absent += 1
        else:
            invalid(parsed, "resolution_message", "resolutionMessage", "str | None", value)

        value = values[14]
        if isinstance(value, str) or value is None:
            parsed.email = value
        elif value is UNSET:
            parsed.email = UNSET
            absent += 1
        else:
            invalid(parsed, "email", "email", "str | None", value)

        value = values[15]
        if isinstance(value, str) or value is None:
            parsed.phone_number = value
        elif value is UNSET:
            parsed.phone_number = UNSET
            absent += 1
        else:
            invalid(parsed, "phone_number", "phoneNumber", "str | None", value)

        value = values[16]
        if isinstance(value, str) or value is None:
            parsed.given_name = value
        elif value is UNSET:
            parsed.given_name = UNSET
            absent += 1
        else:
            invalid(parsed, "given_name", "givenName", "str | None", value)

        value = values[17]
        if isinstance(value, str) or value is None:
            parsed.family_name = value
        elif value is UNSET:
            parsed.family_name = UNSET
            absent += 1
        else:
            invalid(parsed, "family_name", "familyName", "str | None", value)

        value = values[18]
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

        value = values[19]
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

        value = values[20]
        if value is None:
            parsed.work_flow_step = None
        elif value is UNSET:
            parsed.work_flow_step = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.work_flow_step = WorkFlowStepDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "work_flow_step", "workFlowStep", "WorkFlowStepDto | None", value)
            else:
                invalid(parsed, "work_flow_step", "workFlowStep", "WorkFlowStepDto | None", value)

        value = values[21]
        if type(value) is int or value is None:
            parsed.work_flow_step_id = value
        elif value is UNSET:
            parsed.work_flow_step_id = UNSET
            absent += 1
        else:
            invalid(parsed, "work_flow_step_id", "workFlowStepId", "int | None", value)

        value = values[22]
        if isinstance(value, str):
            parsed.channel = _DATA_SUBJECT_REQUEST_SOURCE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.channel = None
        elif value is UNSET:
            parsed.channel = UNSET
            absent += 1
        else:
            invalid(parsed, "channel", "channel", "DataSubjectRequestSource | str | None", value)

        value = values[23]
        if isinstance(value, str) or value is None:
            parsed.ref_id = value
        elif value is UNSET:
            parsed.ref_id = UNSET
            absent += 1
        else:
            invalid(parsed, "ref_id", "refId", "str | None", value)

        value = values[24]
        if isinstance(value, str) or value is None:
            parsed.user_id = value
        elif value is UNSET:
            parsed.user_id = UNSET
            absent += 1
        else:
            invalid(parsed, "user_id", "userId", "str | None", value)

        value = values[25]
        if isinstance(value, str):
            parsed.closed_reason = _CLOSED_REASON_BY_VALUE.get(value, value)
        elif value is None:
            parsed.closed_reason = None
        elif value is UNSET:
            parsed.closed_reason = UNSET
            absent += 1
        else:
            invalid(parsed, "closed_reason", "closedReason", "ClosedReason | str | None", value)

        value = values[26]
        if isinstance(value, str) or value is None:
            parsed.closed_reason_description = value
        elif value is UNSET:
            parsed.closed_reason_description = UNSET
            absent += 1
        else:
            invalid(parsed, "closed_reason_description", "closedReasonDescription", "str | None", value)

        value = values[27]
        if value is None:
            parsed.expiry_time = None
        elif value is UNSET:
            parsed.expiry_time = UNSET
            absent += 1
        else:
            try:
                parsed.expiry_time = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "expiry_time", "expiryTime", "datetime.datetime | None", value)

        value = values[28]
        if isinstance(value, str) or value is None:
            parsed.address = value
        elif value is UNSET:
            parsed.address = UNSET
            absent += 1
        else:
            invalid(parsed, "address", "address", "str | None", value)

        value = values[29]
        if isinstance(value, str) or value is None:
            parsed.zip_code = value
        elif value is UNSET:
            parsed.zip_code = UNSET
            absent += 1
        else:
            invalid(parsed, "zip_code", "zipCode", "str | None", value)

        value = values[30]
        if isinstance(value, str) or value is None:
            parsed.city = value
        elif value is UNSET:
            parsed.city = UNSET
            absent += 1
        else:
            invalid(parsed, "city", "city", "str | None", value)

        value = values[31]
        if isinstance(value, str) or value is None:
            parsed.country_code = value
        elif value is UNSET:
            parsed.country_code = UNSET
            absent += 1
        else:
            invalid(parsed, "country_code", "countryCode", "str | None", value)

        value = values[32]
        if type(value) is int or value is None:
            parsed.nb_messages = value
        elif value is UNSET:
            parsed.nb_messages = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_messages", "nbMessages", "int | None", value)

        value = values[33]
        if type(value) is int or value is None:
            parsed.nb_messages_not_viewed = value
        elif value is UNSET:
            parsed.nb_messages_not_viewed = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_messages_not_viewed", "nbMessagesNotViewed", "int | None", value)

        value = values[34]
        if type(value) is int or value is None:
            parsed.remaining_days = value
        elif value is UNSET:
            parsed.remaining_days = UNSET
            absent += 1
        else:
            invalid(parsed, "remaining_days", "remainingDays", "int | None", value)

        value = values[35]
        if type(value) is int or value is None:
            parsed.closing_time = value
        elif value is UNSET:
            parsed.closing_time = UNSET
            absent += 1
        else:
            invalid(parsed, "closing_time", "closingTime", "int | None", value)

        parsed.additional_datas = value = values[36]
        if value is UNSET:
            absent += 1

        value = values[37]
        if type(value) is bool or value is None:
            parsed.user_notified = value
        elif value is UNSET:
            parsed.user_notified = UNSET
            absent += 1
        else:
            invalid(parsed, "user_notified", "userNotified", "bool | None", value)

        value = values[38]
        if value is None:
            parsed.date_user_notified = None
        elif value is UNSET:
            parsed.date_user_notified = UNSET
            absent += 1
        else:
            try:
                parsed.date_user_notified = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_user_notified", "dateUserNotified", "datetime.datetime | None", value)

        value = values[39]
        if type(value) is bool or value is None:
            parsed.send_notification = value
        elif value is UNSET:
            parsed.send_notification = UNSET
            absent += 1
        else:
            invalid(parsed, "send_notification", "sendNotification", "bool | None", value)

        value = values[40]
        if value is None:
            parsed.email_validation_date = None
        elif value is UNSET:
            parsed.email_validation_date = UNSET
            absent += 1
        else:
            try:
                parsed.email_validation_date = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(
                    parsed, "email_validation_date", "emailValidationDate", "datetime.datetime | None", value
                )

        value = values[41]
        if type(value) is bool or value is None:
            parsed.mail_validated = value
        elif value is UNSET:
            parsed.mail_validated = UNSET
            absent += 1
        else:
            invalid(parsed, "mail_validated", "mailValidated", "bool | None", value)

        value = values[42]
        if isinstance(value, str) or value is None:
            parsed.referrer_url = value
        elif value is UNSET:
            parsed.referrer_url = UNSET
            absent += 1
        else:
            invalid(parsed, "referrer_url", "referrerUrl", "str | None", value)

        value = values[43]
        if isinstance(value, str) or value is None:
            parsed.demand_id = value
        elif value is UNSET:
            parsed.demand_id = UNSET
            absent += 1
        else:
            invalid(parsed, "demand_id", "demandId", "str | None", value)

        value = values[44]
        if type(value) is bool or value is None:
            parsed.identity_validated = value
        elif value is UNSET:
            parsed.identity_validated = UNSET
            absent += 1
        else:
            invalid(parsed, "identity_validated", "identityValidated", "bool | None", value)

        value = values[45]
        if value is None:
            parsed.date_identity_validated = None
        elif value is UNSET:
            parsed.date_identity_validated = UNSET
            absent += 1
        else:
            try:
                parsed.date_identity_validated = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(
                    parsed,
                    "date_identity_validated",
                    "dateIdentityValidated",
                    "datetime.datetime | None",
                    value,
                )

        value = values[46]
        if type(value) is int or value is None:
            parsed.widget_id = value
        elif value is UNSET:
            parsed.widget_id = UNSET
            absent += 1
        else:
            invalid(parsed, "widget_id", "widgetId", "int | None", value)

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
