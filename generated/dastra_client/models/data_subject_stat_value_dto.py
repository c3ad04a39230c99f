from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_subject_purpose_type import DataSubjectPurposeType
from ..models.data_subject_request_state import DataSubjectRequestState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_flow_step_dto import WorkFlowStepDto


T = TypeVar("T", bound="DataSubjectStatValueDto")


@_attrs_define
class DataSubjectStatValueDto:
    """
    Attributes:
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
        from ..models.work_flow_step_dto import WorkFlowStepDto

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, DataSubjectRequestState):
            state = self.state.value
        else:
            state = self.state

        work_flow_step: dict[str, Any] | None | Unset
        if isinstance(self.work_flow_step, Unset):
            work_flow_step = UNSET
        elif isinstance(self.work_flow_step, WorkFlowStepDto):
            work_flow_step = self.work_flow_step.to_dict()
        else:
            work_flow_step = self.work_flow_step

        complex_: bool | None | Unset
        if isinstance(self.complex_, Unset):
            complex_ = UNSET
        else:
            complex_ = self.complex_

        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        expiry_time: None | str | Unset
        if isinstance(self.expiry_time, Unset):
            expiry_time = UNSET
        elif isinstance(self.expiry_time, datetime.datetime):
            expiry_time = self.expiry_time.isoformat()
        else:
            expiry_time = self.expiry_time

        date_closed: None | str | Unset
        if isinstance(self.date_closed, Unset):
            date_closed = UNSET
        elif isinstance(self.date_closed, datetime.datetime):
            date_closed = self.date_closed.isoformat()
        else:
            date_closed = self.date_closed

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

        remaining_days: int | None | Unset
        if isinstance(self.remaining_days, Unset):
            remaining_days = UNSET
        else:
            remaining_days = self.remaining_days

        days_to_close: int | None | Unset
        if isinstance(self.days_to_close, Unset):
            days_to_close = UNSET
        else:
            days_to_close = self.days_to_close

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if state is not UNSET:
            field_dict["state"] = state
        if work_flow_step is not UNSET:
            field_dict["workFlowStep"] = work_flow_step
        if complex_ is not UNSET:
            field_dict["complex"] = complex_
        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        if expiry_time is not UNSET:
            field_dict["expiryTime"] = expiry_time
        if date_closed is not UNSET:
            field_dict["dateClosed"] = date_closed
        if purposes is not UNSET:
            field_dict["purposes"] = purposes
        if remaining_days is not UNSET:
            field_dict["remainingDays"] = remaining_days
        if days_to_close is not UNSET:
            field_dict["daysToClose"] = days_to_close

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.work_flow_step_dto import WorkFlowStepDto

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

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

        def _parse_complex_(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        complex_ = _parse_complex_(d.pop("complex", UNSET))

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

        def _parse_purposes(data: object) -> list[DataSubjectPurposeType | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                purposes_type_0 = []
                _purposes_type_0 = data
                for purposes_type_0_item_data in _purposes_type_0:

                    def _parse_purposes_type_0_item(data: object) -> DataSubjectPurposeType | str:
                        try:
                            if not isinstance(data, str):
                                raise TypeError()
                            purposes_type_0_item_type_0 = DataSubjectPurposeType(data)

                            return purposes_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(DataSubjectPurposeType | str, data)

                    purposes_type_0_item = _parse_purposes_type_0_item(purposes_type_0_item_data)

                    purposes_type_0.append(purposes_type_0_item)

                return purposes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DataSubjectPurposeType | str] | None | Unset, data)

        purposes = _parse_purposes(d.pop("purposes", UNSET))

        def _parse_remaining_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        remaining_days = _parse_remaining_days(d.pop("remainingDays", UNSET))

        def _parse_days_to_close(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        days_to_close = _parse_days_to_close(d.pop("daysToClose", UNSET))

        data_subject_stat_value_dto = cls(
            id=id,
            title=title,
            state=state,
            work_flow_step=work_flow_step,
            complex_=complex_,
            date_creation=date_creation,
            expiry_time=expiry_time,
            date_closed=date_closed,
            purposes=purposes,
            remaining_days=remaining_days,
            days_to_close=days_to_close,
        )

        data_subject_stat_value_dto.additional_properties = d
        return data_subject_stat_value_dto

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
