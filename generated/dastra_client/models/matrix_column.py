from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_response_state import AuditResponseState
from ..types import UNSET, Unset

T = TypeVar("T", bound="MatrixColumn")


@_attrs_define
class MatrixColumn:
    """
    Attributes:
        id (None | Unset | UUID):
        name (None | str | Unset):
        rate_completion (float | None | Unset):
        rate_score (float | None | Unset):
        owners (list[Any] | None | Unset):
        state (AuditResponseState | None | str | Unset):
        published_date (datetime.datetime | None | Unset):
    """

    id: None | Unset | UUID = UNSET
    name: None | str | Unset = UNSET
    rate_completion: float | None | Unset = UNSET
    rate_score: float | None | Unset = UNSET
    owners: list[Any] | None | Unset = UNSET
    state: AuditResponseState | None | str | Unset = UNSET
    published_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        rate_completion: float | None | Unset
        if isinstance(self.rate_completion, Unset):
            rate_completion = UNSET
        else:
            rate_completion = self.rate_completion

        rate_score: float | None | Unset
        if isinstance(self.rate_score, Unset):
            rate_score = UNSET
        else:
            rate_score = self.rate_score

        owners: list[Any] | None | Unset
        if isinstance(self.owners, Unset):
            owners = UNSET
        elif isinstance(self.owners, list):
            owners = self.owners

        else:
            owners = self.owners

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, AuditResponseState):
            state = self.state.value
        else:
            state = self.state

        published_date: None | str | Unset
        if isinstance(self.published_date, Unset):
            published_date = UNSET
        elif isinstance(self.published_date, datetime.datetime):
            published_date = self.published_date.isoformat()
        else:
            published_date = self.published_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if rate_completion is not UNSET:
            field_dict["rateCompletion"] = rate_completion
        if rate_score is not UNSET:
            field_dict["rateScore"] = rate_score
        if owners is not UNSET:
            field_dict["owners"] = owners
        if state is not UNSET:
            field_dict["state"] = state
        if published_date is not UNSET:
            field_dict["publishedDate"] = published_date

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

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_rate_completion(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        rate_completion = _parse_rate_completion(d.pop("rateCompletion", UNSET))

        def _parse_rate_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        rate_score = _parse_rate_score(d.pop("rateScore", UNSET))

        def _parse_owners(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                owners_type_0 = cast(list[Any], data)

                return owners_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        owners = _parse_owners(d.pop("owners", UNSET))

        def _parse_state(data: object) -> AuditResponseState | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = AuditResponseState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditResponseState | None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_published_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_date_type_0 = datetime.datetime.fromisoformat(data)

                return published_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        published_date = _parse_published_date(d.pop("publishedDate", UNSET))

        matrix_column = cls(
            id=id,
            name=name,
            rate_completion=rate_completion,
            rate_score=rate_score,
            owners=owners,
            state=state,
            published_date=published_date,
        )

        matrix_column.additional_properties = d
        return matrix_column

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
