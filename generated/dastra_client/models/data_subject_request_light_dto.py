from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.closed_reason import ClosedReason
from ..models.data_subject_purpose_type import DataSubjectPurposeType
from ..models.data_subject_request_source import DataSubjectRequestSource
from ..models.data_subject_request_state import DataSubjectRequestState
from ..models.person_category_type import PersonCategoryType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_flow_step_dto import WorkFlowStepDto


T = TypeVar("T", bound="DataSubjectRequestLightDto")


@_attrs_define
class DataSubjectRequestLightDto:
    """
    Attributes:
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

        title = self.title

        locale = self.locale

        area_id = self.area_id

        purposes = []
        for purposes_item_data in self.purposes:
            purposes_item: str
            if isinstance(purposes_item_data, DataSubjectPurposeType):
                purposes_item = purposes_item_data.value
            else:
                purposes_item = purposes_item_data
            purposes.append(purposes_item)

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        archived_date: None | str | Unset
        if isinstance(self.archived_date, Unset):
            archived_date = UNSET
        elif isinstance(self.archived_date, datetime.datetime):
            archived_date = self.archived_date.isoformat()
        else:
            archived_date = self.archived_date

        person_category: None | str | Unset
        if isinstance(self.person_category, Unset):
            person_category = UNSET
        elif isinstance(self.person_category, PersonCategoryType):
            person_category = self.person_category.value
        else:
            person_category = self.person_category

        complex_: bool | None | Unset
        if isinstance(self.complex_, Unset):
            complex_ = UNSET
        else:
            complex_ = self.complex_

        date_closed: None | str | Unset
        if isinstance(self.date_closed, Unset):
            date_closed = UNSET
        elif isinstance(self.date_closed, datetime.datetime):
            date_closed = self.date_closed.isoformat()
        else:
            date_closed = self.date_closed

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, DataSubjectRequestState):
            state = self.state.value
        else:
            state = self.state

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        resolution_message: None | str | Unset
        if isinstance(self.resolution_message, Unset):
            resolution_message = UNSET
        else:
            resolution_message = self.resolution_message

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

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

        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        date_update: None | str | Unset
        if isinstance(self.date_update, Unset):
            date_update = UNSET
        elif isinstance(self.date_update, datetime.datetime):
            date_update = self.date_update.isoformat()
        else:
            date_update = self.date_update

        work_flow_step: dict[str, Any] | None | Unset
        if isinstance(self.work_flow_step, Unset):
            work_flow_step = UNSET
        elif isinstance(self.work_flow_step, WorkFlowStepDto):
            work_flow_step = self.work_flow_step.to_dict()
        else:
            work_flow_step = self.work_flow_step

        work_flow_step_id: int | None | Unset
        if isinstance(self.work_flow_step_id, Unset):
            work_flow_step_id = UNSET
        else:
            work_flow_step_id = self.work_flow_step_id

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        elif isinstance(self.channel, DataSubjectRequestSource):
            channel = self.channel.value
        else:
            channel = self.channel

        ref_id: None | str | Unset
        if isinstance(self.ref_id, Unset):
            ref_id = UNSET
        else:
            ref_id = self.ref_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        closed_reason: None | str | Unset
        if isinstance(self.closed_reason, Unset):
            closed_reason = UNSET
        elif isinstance(self.closed_reason, ClosedReason):
            closed_reason = self.closed_reason.value
        else:
            closed_reason = self.closed_reason

        closed_reason_description: None | str | Unset
        if isinstance(self.closed_reason_description, Unset):
            closed_reason_description = UNSET
        else:
            closed_reason_description = self.closed_reason_description

        expiry_time: None | str | Unset
        if isinstance(self.expiry_time, Unset):
            expiry_time = UNSET
        elif isinstance(self.expiry_time, datetime.datetime):
            expiry_time = self.expiry_time.isoformat()
        else:
            expiry_time = self.expiry_time

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

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

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        nb_messages: int | None | Unset
        if isinstance(self.nb_messages, Unset):
            nb_messages = UNSET
        else:
            nb_messages = self.nb_messages

        nb_messages_not_viewed: int | None | Unset
        if isinstance(self.nb_messages_not_viewed, Unset):
            nb_messages_not_viewed = UNSET
        else:
            nb_messages_not_viewed = self.nb_messages_not_viewed

        remaining_days: int | None | Unset
        if isinstance(self.remaining_days, Unset):
            remaining_days = UNSET
        else:
            remaining_days = self.remaining_days

        closing_time: int | None | Unset
        if isinstance(self.closing_time, Unset):
            closing_time = UNSET
        else:
            closing_time = self.closing_time

        additional_datas = self.additional_datas

        user_notified: bool | None | Unset
        if isinstance(self.user_notified, Unset):
            user_notified = UNSET
        else:
            user_notified = self.user_notified

        date_user_notified: None | str | Unset
        if isinstance(self.date_user_notified, Unset):
            date_user_notified = UNSET
        elif isinstance(self.date_user_notified, datetime.datetime):
            date_user_notified = self.date_user_notified.isoformat()
        else:
            date_user_notified = self.date_user_notified

        send_notification: bool | None | Unset
        if isinstance(self.send_notification, Unset):
            send_notification = UNSET
        else:
            send_notification = self.send_notification

        email_validation_date: None | str | Unset
        if isinstance(self.email_validation_date, Unset):
            email_validation_date = UNSET
        elif isinstance(self.email_validation_date, datetime.datetime):
            email_validation_date = self.email_validation_date.isoformat()
        else:
            email_validation_date = self.email_validation_date

        mail_validated: bool | None | Unset
        if isinstance(self.mail_validated, Unset):
            mail_validated = UNSET
        else:
            mail_validated = self.mail_validated

        referrer_url: None | str | Unset
        if isinstance(self.referrer_url, Unset):
            referrer_url = UNSET
        else:
            referrer_url = self.referrer_url

        demand_id: None | str | Unset
        if isinstance(self.demand_id, Unset):
            demand_id = UNSET
        else:
            demand_id = self.demand_id

        identity_validated: bool | None | Unset
        if isinstance(self.identity_validated, Unset):
            identity_validated = UNSET
        else:
            identity_validated = self.identity_validated

        date_identity_validated: None | str | Unset
        if isinstance(self.date_identity_validated, Unset):
            date_identity_validated = UNSET
        elif isinstance(self.date_identity_validated, datetime.datetime):
            date_identity_validated = self.date_identity_validated.isoformat()
        else:
            date_identity_validated = self.date_identity_validated

        widget_id: int | None | Unset
        if isinstance(self.widget_id, Unset):
            widget_id = UNSET
        else:
            widget_id = self.widget_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "locale": locale,
                "areaId": area_id,
                "purposes": purposes,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if archived is not UNSET:
            field_dict["archived"] = archived
        if archived_date is not UNSET:
            field_dict["archivedDate"] = archived_date
        if person_category is not UNSET:
            field_dict["personCategory"] = person_category
        if complex_ is not UNSET:
            field_dict["complex"] = complex_
        if date_closed is not UNSET:
            field_dict["dateClosed"] = date_closed
        if state is not UNSET:
            field_dict["state"] = state
        if description is not UNSET:
            field_dict["description"] = description
        if message is not UNSET:
            field_dict["message"] = message
        if resolution_message is not UNSET:
            field_dict["resolutionMessage"] = resolution_message
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if given_name is not UNSET:
            field_dict["givenName"] = given_name
        if family_name is not UNSET:
            field_dict["familyName"] = family_name
        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        if work_flow_step is not UNSET:
            field_dict["workFlowStep"] = work_flow_step
        if work_flow_step_id is not UNSET:
            field_dict["workFlowStepId"] = work_flow_step_id
        if channel is not UNSET:
            field_dict["channel"] = channel
        if ref_id is not UNSET:
            field_dict["refId"] = ref_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if closed_reason is not UNSET:
            field_dict["closedReason"] = closed_reason
        if closed_reason_description is not UNSET:
            field_dict["closedReasonDescription"] = closed_reason_description
        if expiry_time is not UNSET:
            field_dict["expiryTime"] = expiry_time
        if address is not UNSET:
            field_dict["address"] = address
        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code
        if city is not UNSET:
            field_dict["city"] = city
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if nb_messages is not UNSET:
            field_dict["nbMessages"] = nb_messages
        if nb_messages_not_viewed is not UNSET:
            field_dict["nbMessagesNotViewed"] = nb_messages_not_viewed
        if remaining_days is not UNSET:
            field_dict["remainingDays"] = remaining_days
        if closing_time is not UNSET:
            field_dict["closingTime"] = closing_time
        if additional_datas is not UNSET:
            field_dict["additionalDatas"] = additional_datas
        if user_notified is not UNSET:
            field_dict["userNotified"] = user_notified
        if date_user_notified is not UNSET:
            field_dict["dateUserNotified"] = date_user_notified
        if send_notification is not UNSET:
            field_dict["sendNotification"] = send_notification
        if email_validation_date is not UNSET:
            field_dict["emailValidationDate"] = email_validation_date
        if mail_validated is not UNSET:
            field_dict["mailValidated"] = mail_validated
        if referrer_url is not UNSET:
            field_dict["referrerUrl"] = referrer_url
        if demand_id is not UNSET:
            field_dict["demandId"] = demand_id
        if identity_validated is not UNSET:
            field_dict["identityValidated"] = identity_validated
        if date_identity_validated is not UNSET:
            field_dict["dateIdentityValidated"] = date_identity_validated
        if widget_id is not UNSET:
            field_dict["widgetId"] = widget_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.work_flow_step_dto import WorkFlowStepDto

        d = dict(src_dict)
        title = d.pop("title")

        locale = d.pop("locale")

        area_id = d.pop("areaId")

        purposes = []
        _purposes = d.pop("purposes")
        for purposes_item_data in _purposes:

            def _parse_purposes_item(data: object) -> DataSubjectPurposeType | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    purposes_item_type_0 = DataSubjectPurposeType(data)

                    return purposes_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(DataSubjectPurposeType | str, data)

            purposes_item = _parse_purposes_item(purposes_item_data)

            purposes.append(purposes_item)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_archived(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        archived = _parse_archived(d.pop("archived", UNSET))

        def _parse_archived_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_date_type_0 = datetime.datetime.fromisoformat(data)

                return archived_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        archived_date = _parse_archived_date(d.pop("archivedDate", UNSET))

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

        def _parse_complex_(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        complex_ = _parse_complex_(d.pop("complex", UNSET))

        def _parse_date_closed(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_closed_type_0 = datetime.datetime.fromisoformat(data)

                return date_closed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_closed = _parse_date_closed(d.pop("dateClosed", UNSET))

        def _parse_state(data: object) -> DataSubjectRequestState | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = DataSubjectRequestState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataSubjectRequestState | None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_resolution_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resolution_message = _parse_resolution_message(d.pop("resolutionMessage", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number = _parse_phone_number(d.pop("phoneNumber", UNSET))

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

        def _parse_date_creation(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_creation_type_0 = datetime.datetime.fromisoformat(data)

                return date_creation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_creation = _parse_date_creation(d.pop("dateCreation", UNSET))

        def _parse_date_update(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_update_type_0 = datetime.datetime.fromisoformat(data)

                return date_update_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_update = _parse_date_update(d.pop("dateUpdate", UNSET))

        def _parse_work_flow_step(data: object) -> None | Unset | WorkFlowStepDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                work_flow_step_type_1 = WorkFlowStepDto.from_dict(data)

                return work_flow_step_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkFlowStepDto, data)

        work_flow_step = _parse_work_flow_step(d.pop("workFlowStep", UNSET))

        def _parse_work_flow_step_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        work_flow_step_id = _parse_work_flow_step_id(d.pop("workFlowStepId", UNSET))

        def _parse_channel(data: object) -> DataSubjectRequestSource | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                channel_type_0 = DataSubjectRequestSource(data)

                return channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataSubjectRequestSource | None | str | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

        def _parse_ref_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ref_id = _parse_ref_id(d.pop("refId", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("userId", UNSET))

        def _parse_closed_reason(data: object) -> ClosedReason | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_reason_type_0 = ClosedReason(data)

                return closed_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClosedReason | None | str | Unset, data)

        closed_reason = _parse_closed_reason(d.pop("closedReason", UNSET))

        def _parse_closed_reason_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        closed_reason_description = _parse_closed_reason_description(d.pop("closedReasonDescription", UNSET))

        def _parse_expiry_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiry_time_type_0 = datetime.datetime.fromisoformat(data)

                return expiry_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expiry_time = _parse_expiry_time(d.pop("expiryTime", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

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

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("countryCode", UNSET))

        def _parse_nb_messages(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_messages = _parse_nb_messages(d.pop("nbMessages", UNSET))

        def _parse_nb_messages_not_viewed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_messages_not_viewed = _parse_nb_messages_not_viewed(d.pop("nbMessagesNotViewed", UNSET))

        def _parse_remaining_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        remaining_days = _parse_remaining_days(d.pop("remainingDays", UNSET))

        def _parse_closing_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        closing_time = _parse_closing_time(d.pop("closingTime", UNSET))

        additional_datas = d.pop("additionalDatas", UNSET)

        def _parse_user_notified(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        user_notified = _parse_user_notified(d.pop("userNotified", UNSET))

        def _parse_date_user_notified(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_user_notified_type_0 = datetime.datetime.fromisoformat(data)

                return date_user_notified_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_user_notified = _parse_date_user_notified(d.pop("dateUserNotified", UNSET))

        def _parse_send_notification(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        send_notification = _parse_send_notification(d.pop("sendNotification", UNSET))

        def _parse_email_validation_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                email_validation_date_type_0 = datetime.datetime.fromisoformat(data)

                return email_validation_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        email_validation_date = _parse_email_validation_date(d.pop("emailValidationDate", UNSET))

        def _parse_mail_validated(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        mail_validated = _parse_mail_validated(d.pop("mailValidated", UNSET))

        def _parse_referrer_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        referrer_url = _parse_referrer_url(d.pop("referrerUrl", UNSET))

        def _parse_demand_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        demand_id = _parse_demand_id(d.pop("demandId", UNSET))

        def _parse_identity_validated(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        identity_validated = _parse_identity_validated(d.pop("identityValidated", UNSET))

        def _parse_date_identity_validated(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_identity_validated_type_0 = datetime.datetime.fromisoformat(data)

                return date_identity_validated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_identity_validated = _parse_date_identity_validated(d.pop("dateIdentityValidated", UNSET))

        def _parse_widget_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        widget_id = _parse_widget_id(d.pop("widgetId", UNSET))

        data_subject_request_light_dto = cls(
            title=title,
            locale=locale,
            area_id=area_id,
            purposes=purposes,
            id=id,
            archived=archived,
            archived_date=archived_date,
            person_category=person_category,
            complex_=complex_,
            date_closed=date_closed,
            state=state,
            description=description,
            message=message,
            resolution_message=resolution_message,
            email=email,
            phone_number=phone_number,
            given_name=given_name,
            family_name=family_name,
            date_creation=date_creation,
            date_update=date_update,
            work_flow_step=work_flow_step,
            work_flow_step_id=work_flow_step_id,
            channel=channel,
            ref_id=ref_id,
            user_id=user_id,
            closed_reason=closed_reason,
            closed_reason_description=closed_reason_description,
            expiry_time=expiry_time,
            address=address,
            zip_code=zip_code,
            city=city,
            country_code=country_code,
            nb_messages=nb_messages,
            nb_messages_not_viewed=nb_messages_not_viewed,
            remaining_days=remaining_days,
            closing_time=closing_time,
            additional_datas=additional_datas,
            user_notified=user_notified,
            date_user_notified=date_user_notified,
            send_notification=send_notification,
            email_validation_date=email_validation_date,
            mail_validated=mail_validated,
            referrer_url=referrer_url,
            demand_id=demand_id,
            identity_validated=identity_validated,
            date_identity_validated=date_identity_validated,
            widget_id=widget_id,
        )

        data_subject_request_light_dto.additional_properties = d
        return data_subject_request_light_dto

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
