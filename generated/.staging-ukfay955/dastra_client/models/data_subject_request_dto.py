from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.closed_reason import ClosedReason
from ..models.data_subject_purpose_type import DataSubjectPurposeType
from ..models.data_subject_request_source import DataSubjectRequestSource
from ..models.data_subject_request_state import DataSubjectRequestState
from ..models.person_category_type import PersonCategoryType
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
    from ..models.area_dto import AreaDto
    from ..models.data_subject_attachment_dto import DataSubjectAttachmentDto
    from ..models.tag_dto import TagDto
    from ..models.user_light_dto import UserLightDto
    from ..models.work_flow_step_dto import WorkFlowStepDto









def _parse_purposes_item(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = DataSubjectPurposeType._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_closed_by_user(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_area(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.AreaDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_creator(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_operator(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data






def _parse_attachments(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.DataSubjectAttachmentDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_tags(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.TagDto.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data






def _parse_archived_date(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_person_category(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = PersonCategoryType._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_date_closed(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_state(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = DataSubjectRequestState._value2member_map_.get(data)
    if member is not None:
        return member
    return data











def _parse_date_creation(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_date_update(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_work_flow_step(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.WorkFlowStepDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data






def _parse_channel(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = DataSubjectRequestSource._value2member_map_.get(data)
    if member is not None:
        return member
    return data







def _parse_closed_reason(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = ClosedReason._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_expiry_time(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data














def _parse_date_user_notified(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_email_validation_date(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data








def _parse_date_identity_validated(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _load_closed_by_user(source: Mapping[str, Any]) -> Any:
    return _parse_closed_by_user(source.get("closedByUser", UNSET))

def _load_area(source: Mapping[str, Any]) -> Any:
    return _parse_area(source.get("area", UNSET))

def _load_creator(source: Mapping[str, Any]) -> Any:
    return _parse_creator(source.get("creator", UNSET))

def _load_operator(source: Mapping[str, Any]) -> Any:
    return _parse_operator(source.get("operator", UNSET))

def _load_attachments(source: Mapping[str, Any]) -> Any:
    return _parse_attachments(source.get("attachments", UNSET))

def _load_tags(source: Mapping[str, Any]) -> Any:
    return _parse_tags(source.get("tags", UNSET))

def _load_work_flow_step(source: Mapping[str, Any]) -> Any:
    return _parse_work_flow_step(source.get("workFlowStep", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("title", "locale", "areaId", "purposes", "closedByUser", "area", "creator", "operator", "operatorId", "attachments", "tags", "id", "archived", "archivedDate", "personCategory", "complex", "dateClosed", "state", "description", "message", "resolutionMessage", "email", "phoneNumber", "givenName", "familyName", "dateCreation", "dateUpdate", "workFlowStep", "workFlowStepId", "channel", "refId", "userId", "closedReason", "closedReasonDescription", "expiryTime", "address", "zipCode", "city", "countryCode", "nbMessages", "nbMessagesNotViewed", "remainingDays", "closingTime", "additionalDatas", "userNotified", "dateUserNotified", "sendNotification", "emailValidationDate", "mailValidated", "referrerUrl", "demandId", "identityValidated", "dateIdentityValidated", "widgetId", ))

T = TypeVar("T", bound="DataSubjectRequestDto")



@_attrs_define
class DataSubjectRequestDto(LazyModel):
    """Attributes:
        title (str):
        locale (str):
        area_id (int):
        purposes (list[DataSubjectPurposeType | str]):
        closed_by_user (None | Unset | UserLightDto):
        area (AreaDto | None | Unset):
        creator (None | Unset | UserLightDto):
        operator (None | Unset | UserLightDto):
        operator_id (int | None | Unset):
        attachments (list[DataSubjectAttachmentDto] | None | Unset):
        tags (list[TagDto] | None | Unset):
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

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "closed_by_user": _load_closed_by_user,
        "area": _load_area,
        "creator": _load_creator,
        "operator": _load_operator,
        "attachments": _load_attachments,
        "tags": _load_tags,
        "work_flow_step": _load_work_flow_step,
    }

    title: str
    locale: str
    area_id: int
    purposes: list[DataSubjectPurposeType | str]
    closed_by_user: None | Unset | UserLightDto = UNSET
    area: AreaDto | None | Unset = UNSET
    creator: None | Unset | UserLightDto = UNSET
    operator: None | Unset | UserLightDto = UNSET
    operator_id: int | None | Unset = UNSET
    attachments: list[DataSubjectAttachmentDto] | None | Unset = UNSET
    tags: list[TagDto] | None | Unset = UNSET
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
        from ..models.area_dto import AreaDto  # noqa: PLC0415
        from ..models.data_subject_attachment_dto import DataSubjectAttachmentDto  # noqa: PLC0415
        from ..models.tag_dto import TagDto  # noqa: PLC0415
        from ..models.user_light_dto import UserLightDto  # noqa: PLC0415
        from ..models.work_flow_step_dto import WorkFlowStepDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        title = self.title

        field_dict["title"] = title
        locale = self.locale

        field_dict["locale"] = locale
        area_id = self.area_id

        field_dict["areaId"] = area_id
        purposes = []
        for purposes_item_data in self.purposes:
            purposes_item: str
            if isinstance(purposes_item_data, DataSubjectPurposeType):
                purposes_item = purposes_item_data.value
            else:
                purposes_item = purposes_item_data
            purposes.append(purposes_item)



        field_dict["purposes"] = purposes
        closed_by_user: dict[str, Any] | None | Unset
        if isinstance(self.closed_by_user, Unset):
            closed_by_user = UNSET
        elif isinstance(self.closed_by_user, UserLightDto):
            closed_by_user = self.closed_by_user.to_dict()
        else:
            closed_by_user = self.closed_by_user

        if closed_by_user is not UNSET:
            field_dict["closedByUser"] = closed_by_user
        area: dict[str, Any] | None | Unset
        if isinstance(self.area, Unset):
            area = UNSET
        elif isinstance(self.area, AreaDto):
            area = self.area.to_dict()
        else:
            area = self.area

        if area is not UNSET:
            field_dict["area"] = area
        creator: dict[str, Any] | None | Unset
        if isinstance(self.creator, Unset):
            creator = UNSET
        elif isinstance(self.creator, UserLightDto):
            creator = self.creator.to_dict()
        else:
            creator = self.creator

        if creator is not UNSET:
            field_dict["creator"] = creator
        operator: dict[str, Any] | None | Unset
        if isinstance(self.operator, Unset):
            operator = UNSET
        elif isinstance(self.operator, UserLightDto):
            operator = self.operator.to_dict()
        else:
            operator = self.operator

        if operator is not UNSET:
            field_dict["operator"] = operator
        operator_id: int | None | Unset
        if isinstance(self.operator_id, Unset):
            operator_id = UNSET
        else:
            operator_id = self.operator_id

        if operator_id is not UNSET:
            field_dict["operatorId"] = operator_id
        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)


        else:
            attachments = self.attachments

        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item = tags_type_0_item_data.to_dict()
                tags.append(tags_type_0_item)


        else:
            tags = self.tags

        if tags is not UNSET:
            field_dict["tags"] = tags
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        if archived is not UNSET:
            field_dict["archived"] = archived
        archived_date: None | str | Unset
        if isinstance(self.archived_date, Unset):
            archived_date = UNSET
        elif isinstance(self.archived_date, datetime.datetime):
            archived_date = self.archived_date.isoformat()
        else:
            archived_date = self.archived_date

        if archived_date is not UNSET:
            field_dict["archivedDate"] = archived_date
        person_category: None | str | Unset
        if isinstance(self.person_category, Unset):
            person_category = UNSET
        elif isinstance(self.person_category, PersonCategoryType):
            person_category = self.person_category.value
        else:
            person_category = self.person_category

        if person_category is not UNSET:
            field_dict["personCategory"] = person_category
        complex_: bool | None | Unset
        if isinstance(self.complex_, Unset):
            complex_ = UNSET
        else:
            complex_ = self.complex_

        if complex_ is not UNSET:
            field_dict["complex"] = complex_
        date_closed: None | str | Unset
        if isinstance(self.date_closed, Unset):
            date_closed = UNSET
        elif isinstance(self.date_closed, datetime.datetime):
            date_closed = self.date_closed.isoformat()
        else:
            date_closed = self.date_closed

        if date_closed is not UNSET:
            field_dict["dateClosed"] = date_closed
        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, DataSubjectRequestState):
            state = self.state.value
        else:
            state = self.state

        if state is not UNSET:
            field_dict["state"] = state
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        if description is not UNSET:
            field_dict["description"] = description
        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        if message is not UNSET:
            field_dict["message"] = message
        resolution_message: None | str | Unset
        if isinstance(self.resolution_message, Unset):
            resolution_message = UNSET
        else:
            resolution_message = self.resolution_message

        if resolution_message is not UNSET:
            field_dict["resolutionMessage"] = resolution_message
        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        if email is not UNSET:
            field_dict["email"] = email
        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
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
        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        date_update: None | str | Unset
        if isinstance(self.date_update, Unset):
            date_update = UNSET
        elif isinstance(self.date_update, datetime.datetime):
            date_update = self.date_update.isoformat()
        else:
            date_update = self.date_update

        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        work_flow_step: dict[str, Any] | None | Unset
        if isinstance(self.work_flow_step, Unset):
            work_flow_step = UNSET
        elif isinstance(self.work_flow_step, WorkFlowStepDto):
            work_flow_step = self.work_flow_step.to_dict()
        else:
            work_flow_step = self.work_flow_step

        if work_flow_step is not UNSET:
            field_dict["workFlowStep"] = work_flow_step
        work_flow_step_id: int | None | Unset
        if isinstance(self.work_flow_step_id, Unset):
            work_flow_step_id = UNSET
        else:
            work_flow_step_id = self.work_flow_step_id

        if work_flow_step_id is not UNSET:
            field_dict["workFlowStepId"] = work_flow_step_id
        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        elif isinstance(self.channel, DataSubjectRequestSource):
            channel = self.channel.value
        else:
            channel = self.channel

        if channel is not UNSET:
            field_dict["channel"] = channel
        ref_id: None | str | Unset
        if isinstance(self.ref_id, Unset):
            ref_id = UNSET
        else:
            ref_id = self.ref_id

        if ref_id is not UNSET:
            field_dict["refId"] = ref_id
        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        if user_id is not UNSET:
            field_dict["userId"] = user_id
        closed_reason: None | str | Unset
        if isinstance(self.closed_reason, Unset):
            closed_reason = UNSET
        elif isinstance(self.closed_reason, ClosedReason):
            closed_reason = self.closed_reason.value
        else:
            closed_reason = self.closed_reason

        if closed_reason is not UNSET:
            field_dict["closedReason"] = closed_reason
        closed_reason_description: None | str | Unset
        if isinstance(self.closed_reason_description, Unset):
            closed_reason_description = UNSET
        else:
            closed_reason_description = self.closed_reason_description

        if closed_reason_description is not UNSET:
            field_dict["closedReasonDescription"] = closed_reason_description
        expiry_time: None | str | Unset
        if isinstance(self.expiry_time, Unset):
            expiry_time = UNSET
        elif isinstance(self.expiry_time, datetime.datetime):
            expiry_time = self.expiry_time.isoformat()
        else:
            expiry_time = self.expiry_time

        if expiry_time is not UNSET:
            field_dict["expiryTime"] = expiry_time
        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        if address is not UNSET:
            field_dict["address"] = address
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
        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        nb_messages: int | None | Unset
        if isinstance(self.nb_messages, Unset):
            nb_messages = UNSET
        else:
            nb_messages = self.nb_messages

        if nb_messages is not UNSET:
            field_dict["nbMessages"] = nb_messages
        nb_messages_not_viewed: int | None | Unset
        if isinstance(self.nb_messages_not_viewed, Unset):
            nb_messages_not_viewed = UNSET
        else:
            nb_messages_not_viewed = self.nb_messages_not_viewed

        if nb_messages_not_viewed is not UNSET:
            field_dict["nbMessagesNotViewed"] = nb_messages_not_viewed
        remaining_days: int | None | Unset
        if isinstance(self.remaining_days, Unset):
            remaining_days = UNSET
        else:
            remaining_days = self.remaining_days

        if remaining_days is not UNSET:
            field_dict["remainingDays"] = remaining_days
        closing_time: int | None | Unset
        if isinstance(self.closing_time, Unset):
            closing_time = UNSET
        else:
            closing_time = self.closing_time

        if closing_time is not UNSET:
            field_dict["closingTime"] = closing_time
        additional_datas = self.additional_datas

        if additional_datas is not UNSET:
            field_dict["additionalDatas"] = additional_datas
        user_notified: bool | None | Unset
        if isinstance(self.user_notified, Unset):
            user_notified = UNSET
        else:
            user_notified = self.user_notified

        if user_notified is not UNSET:
            field_dict["userNotified"] = user_notified
        date_user_notified: None | str | Unset
        if isinstance(self.date_user_notified, Unset):
            date_user_notified = UNSET
        elif isinstance(self.date_user_notified, datetime.datetime):
            date_user_notified = self.date_user_notified.isoformat()
        else:
            date_user_notified = self.date_user_notified

        if date_user_notified is not UNSET:
            field_dict["dateUserNotified"] = date_user_notified
        send_notification: bool | None | Unset
        if isinstance(self.send_notification, Unset):
            send_notification = UNSET
        else:
            send_notification = self.send_notification

        if send_notification is not UNSET:
            field_dict["sendNotification"] = send_notification
        email_validation_date: None | str | Unset
        if isinstance(self.email_validation_date, Unset):
            email_validation_date = UNSET
        elif isinstance(self.email_validation_date, datetime.datetime):
            email_validation_date = self.email_validation_date.isoformat()
        else:
            email_validation_date = self.email_validation_date

        if email_validation_date is not UNSET:
            field_dict["emailValidationDate"] = email_validation_date
        mail_validated: bool | None | Unset
        if isinstance(self.mail_validated, Unset):
            mail_validated = UNSET
        else:
            mail_validated = self.mail_validated

        if mail_validated is not UNSET:
            field_dict["mailValidated"] = mail_validated
        referrer_url: None | str | Unset
        if isinstance(self.referrer_url, Unset):
            referrer_url = UNSET
        else:
            referrer_url = self.referrer_url

        if referrer_url is not UNSET:
            field_dict["referrerUrl"] = referrer_url
        demand_id: None | str | Unset
        if isinstance(self.demand_id, Unset):
            demand_id = UNSET
        else:
            demand_id = self.demand_id

        if demand_id is not UNSET:
            field_dict["demandId"] = demand_id
        identity_validated: bool | None | Unset
        if isinstance(self.identity_validated, Unset):
            identity_validated = UNSET
        else:
            identity_validated = self.identity_validated

        if identity_validated is not UNSET:
            field_dict["identityValidated"] = identity_validated
        date_identity_validated: None | str | Unset
        if isinstance(self.date_identity_validated, Unset):
            date_identity_validated = UNSET
        elif isinstance(self.date_identity_validated, datetime.datetime):
            date_identity_validated = self.date_identity_validated.isoformat()
        else:
            date_identity_validated = self.date_identity_validated

        if date_identity_validated is not UNSET:
            field_dict["dateIdentityValidated"] = date_identity_validated
        widget_id: int | None | Unset
        if isinstance(self.widget_id, Unset):
            widget_id = UNSET
        else:
            widget_id = self.widget_id

        if widget_id is not UNSET:
            field_dict["widgetId"] = widget_id
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.title = src_dict["title"]
        parsed.locale = src_dict["locale"]
        parsed.area_id = src_dict["areaId"]
        parsed.purposes = [_parse_purposes_item(item) for item in src_dict["purposes"]]
        parsed.operator_id = src_dict.get("operatorId", UNSET)
        parsed.id = src_dict.get("id", UNSET)
        parsed.archived = src_dict.get("archived", UNSET)
        parsed.archived_date = _parse_archived_date(src_dict.get("archivedDate", UNSET))
        parsed.person_category = _parse_person_category(src_dict.get("personCategory", UNSET))
        parsed.complex_ = src_dict.get("complex", UNSET)
        parsed.date_closed = _parse_date_closed(src_dict.get("dateClosed", UNSET))
        parsed.state = _parse_state(src_dict.get("state", UNSET))
        parsed.description = src_dict.get("description", UNSET)
        parsed.message = src_dict.get("message", UNSET)
        parsed.resolution_message = src_dict.get("resolutionMessage", UNSET)
        parsed.email = src_dict.get("email", UNSET)
        parsed.phone_number = src_dict.get("phoneNumber", UNSET)
        parsed.given_name = src_dict.get("givenName", UNSET)
        parsed.family_name = src_dict.get("familyName", UNSET)
        parsed.date_creation = _parse_date_creation(src_dict.get("dateCreation", UNSET))
        parsed.date_update = _parse_date_update(src_dict.get("dateUpdate", UNSET))
        parsed.work_flow_step_id = src_dict.get("workFlowStepId", UNSET)
        parsed.channel = _parse_channel(src_dict.get("channel", UNSET))
        parsed.ref_id = src_dict.get("refId", UNSET)
        parsed.user_id = src_dict.get("userId", UNSET)
        parsed.closed_reason = _parse_closed_reason(src_dict.get("closedReason", UNSET))
        parsed.closed_reason_description = src_dict.get("closedReasonDescription", UNSET)
        parsed.expiry_time = _parse_expiry_time(src_dict.get("expiryTime", UNSET))
        parsed.address = src_dict.get("address", UNSET)
        parsed.zip_code = src_dict.get("zipCode", UNSET)
        parsed.city = src_dict.get("city", UNSET)
        parsed.country_code = src_dict.get("countryCode", UNSET)
        parsed.nb_messages = src_dict.get("nbMessages", UNSET)
        parsed.nb_messages_not_viewed = src_dict.get("nbMessagesNotViewed", UNSET)
        parsed.remaining_days = src_dict.get("remainingDays", UNSET)
        parsed.closing_time = src_dict.get("closingTime", UNSET)
        parsed.additional_datas = src_dict.get("additionalDatas", UNSET)
        parsed.user_notified = src_dict.get("userNotified", UNSET)
        parsed.date_user_notified = _parse_date_user_notified(src_dict.get("dateUserNotified", UNSET))
        parsed.send_notification = src_dict.get("sendNotification", UNSET)
        parsed.email_validation_date = _parse_email_validation_date(src_dict.get("emailValidationDate", UNSET))
        parsed.mail_validated = src_dict.get("mailValidated", UNSET)
        parsed.referrer_url = src_dict.get("referrerUrl", UNSET)
        parsed.demand_id = src_dict.get("demandId", UNSET)
        parsed.identity_validated = src_dict.get("identityValidated", UNSET)
        parsed.date_identity_validated = _parse_date_identity_validated(src_dict.get("dateIdentityValidated", UNSET))
        parsed.widget_id = src_dict.get("widgetId", UNSET)
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
