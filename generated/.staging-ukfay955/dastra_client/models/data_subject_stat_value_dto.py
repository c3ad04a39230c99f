from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.data_subject_purpose_type import DataSubjectPurposeType
from ..models.data_subject_request_state import DataSubjectRequestState
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
    from ..models.work_flow_step_dto import WorkFlowStepDto









def _parse_state(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = DataSubjectRequestState._value2member_map_.get(data)
    if member is not None:
        return member
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





def _parse_date_creation(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
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




def _parse_date_closed(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_purposes_type_0_item(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = DataSubjectPurposeType._value2member_map_.get(data)
    if member is not None:
        return member
    return data




def _parse_purposes(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_parse_purposes_type_0_item(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _load_work_flow_step(source: Mapping[str, Any]) -> Any:
    return _parse_work_flow_step(source.get("workFlowStep", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("id", "title", "state", "workFlowStep", "complex", "dateCreation", "expiryTime", "dateClosed", "purposes", "remainingDays", "daysToClose", ))

T = TypeVar("T", bound="DataSubjectStatValueDto")



@_attrs_define
class DataSubjectStatValueDto(LazyModel):
    """Attributes:
        id (int | None | Unset):
        title (None | str | Unset):
        state (DataSubjectRequestState | None | str | Unset):
        work_flow_step (None | Unset | WorkFlowStepDto):
        complex_ (bool | None | Unset):
        date_creation (datetime.datetime | None | Unset):
        expiry_time (datetime.datetime | None | Unset):
        date_closed (datetime.datetime | None | Unset):
        purposes (list[DataSubjectPurposeType | str] | None | Unset):
        remaining_days (int | None | Unset):
        days_to_close (int | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "work_flow_step": _load_work_flow_step,
    }

    id: int | None | Unset = UNSET
    title: None | str | Unset = UNSET
    state: DataSubjectRequestState | None | str | Unset = UNSET
    work_flow_step: None | Unset | WorkFlowStepDto = UNSET
    complex_: bool | None | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    expiry_time: datetime.datetime | None | Unset = UNSET
    date_closed: datetime.datetime | None | Unset = UNSET
    purposes: list[DataSubjectPurposeType | str] | None | Unset = UNSET
    remaining_days: int | None | Unset = UNSET
    days_to_close: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.work_flow_step_dto import WorkFlowStepDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        if title is not UNSET:
            field_dict["title"] = title
        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, DataSubjectRequestState):
            state = self.state.value
        else:
            state = self.state

        if state is not UNSET:
            field_dict["state"] = state
        work_flow_step: dict[str, Any] | None | Unset
        if isinstance(self.work_flow_step, Unset):
            work_flow_step = UNSET
        elif isinstance(self.work_flow_step, WorkFlowStepDto):
            work_flow_step = self.work_flow_step.to_dict()
        else:
            work_flow_step = self.work_flow_step

        if work_flow_step is not UNSET:
            field_dict["workFlowStep"] = work_flow_step
        complex_: bool | None | Unset
        if isinstance(self.complex_, Unset):
            complex_ = UNSET
        else:
            complex_ = self.complex_

        if complex_ is not UNSET:
            field_dict["complex"] = complex_
        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        expiry_time: None | str | Unset
        if isinstance(self.expiry_time, Unset):
            expiry_time = UNSET
        elif isinstance(self.expiry_time, datetime.datetime):
            expiry_time = self.expiry_time.isoformat()
        else:
            expiry_time = self.expiry_time

        if expiry_time is not UNSET:
            field_dict["expiryTime"] = expiry_time
        date_closed: None | str | Unset
        if isinstance(self.date_closed, Unset):
            date_closed = UNSET
        elif isinstance(self.date_closed, datetime.datetime):
            date_closed = self.date_closed.isoformat()
        else:
            date_closed = self.date_closed

        if date_closed is not UNSET:
            field_dict["dateClosed"] = date_closed
        purposes: list[str] | None | Unset
        if isinstance(self.purposes, Unset):
            purposes = UNSET
        elif isinstance(self.purposes, list):
            purposes = []
            for purposes_type_0_item_data in self.purposes:
                purposes_type_0_item: str
                if isinstance(purposes_type_0_item_data, DataSubjectPurposeType):
                    purposes_type_0_item = purposes_type_0_item_data.value
                else:
                    purposes_type_0_item = purposes_type_0_item_data
                purposes.append(purposes_type_0_item)


        else:
            purposes = self.purposes

        if purposes is not UNSET:
            field_dict["purposes"] = purposes
        remaining_days: int | None | Unset
        if isinstance(self.remaining_days, Unset):
            remaining_days = UNSET
        else:
            remaining_days = self.remaining_days

        if remaining_days is not UNSET:
            field_dict["remainingDays"] = remaining_days
        days_to_close: int | None | Unset
        if isinstance(self.days_to_close, Unset):
            days_to_close = UNSET
        else:
            days_to_close = self.days_to_close

        if days_to_close is not UNSET:
            field_dict["daysToClose"] = days_to_close
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.id = src_dict.get("id", UNSET)
        parsed.title = src_dict.get("title", UNSET)
        parsed.state = _parse_state(src_dict.get("state", UNSET))
        parsed.complex_ = src_dict.get("complex", UNSET)
        parsed.date_creation = _parse_date_creation(src_dict.get("dateCreation", UNSET))
        parsed.expiry_time = _parse_expiry_time(src_dict.get("expiryTime", UNSET))
        parsed.date_closed = _parse_date_closed(src_dict.get("dateClosed", UNSET))
        parsed.purposes = _parse_purposes(src_dict.get("purposes", UNSET))
        parsed.remaining_days = src_dict.get("remainingDays", UNSET)
        parsed.days_to_close = src_dict.get("daysToClose", UNSET)
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
