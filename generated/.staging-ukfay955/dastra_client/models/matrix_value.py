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

if TYPE_CHECKING:
    from ..models.audit_response_item import AuditResponseItem






def _parse_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data








def _parse_response(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.AuditResponseItem.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _load_response(source: Mapping[str, Any]) -> Any:
    return _parse_response(source.get("response", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("id", "score", "risk", "complete", "max", "response", "responseString", ))

T = TypeVar("T", bound="MatrixValue")



@_attrs_define
class MatrixValue(LazyModel):
    """Attributes:
        id (None | Unset | UUID):
        score (float | None | Unset):
        risk (float | None | Unset):
        complete (int | None | Unset):
        max_ (float | None | Unset):
        response (AuditResponseItem | None | Unset):
        response_string (None | str | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "response": _load_response,
    }

    id: None | Unset | UUID = UNSET
    score: float | None | Unset = UNSET
    risk: float | None | Unset = UNSET
    complete: int | None | Unset = UNSET
    max_: float | None | Unset = UNSET
    response: AuditResponseItem | None | Unset = UNSET
    response_string: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_response_item import AuditResponseItem  # noqa: PLC0415
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
        score: float | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        if score is not UNSET:
            field_dict["score"] = score
        risk: float | None | Unset
        if isinstance(self.risk, Unset):
            risk = UNSET
        else:
            risk = self.risk

        if risk is not UNSET:
            field_dict["risk"] = risk
        complete: int | None | Unset
        if isinstance(self.complete, Unset):
            complete = UNSET
        else:
            complete = self.complete

        if complete is not UNSET:
            field_dict["complete"] = complete
        max_: float | None | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        else:
            max_ = self.max_

        if max_ is not UNSET:
            field_dict["max"] = max_
        response: dict[str, Any] | None | Unset
        if isinstance(self.response, Unset):
            response = UNSET
        elif isinstance(self.response, AuditResponseItem):
            response = self.response.to_dict()
        else:
            response = self.response

        if response is not UNSET:
            field_dict["response"] = response
        response_string: None | str | Unset
        if isinstance(self.response_string, Unset):
            response_string = UNSET
        else:
            response_string = self.response_string

        if response_string is not UNSET:
            field_dict["responseString"] = response_string
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.score = src_dict.get("score", UNSET)
        parsed.risk = src_dict.get("risk", UNSET)
        parsed.complete = src_dict.get("complete", UNSET)
        parsed.max_ = src_dict.get("max", UNSET)
        parsed.response_string = src_dict.get("responseString", UNSET)
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
