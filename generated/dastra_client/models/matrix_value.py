from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_response_item import AuditResponseItem


T = TypeVar("T", bound="MatrixValue")


@_attrs_define
class MatrixValue:
    """
    Attributes:
        id (None | Unset | UUID):
        score (float | None | Unset):
        risk (float | None | Unset):
        complete (int | None | Unset):
        max_ (float | None | Unset):
        response (AuditResponseItem | None | Unset):
        response_string (None | str | Unset):
    """

    id: None | Unset | UUID = UNSET
    score: float | None | Unset = UNSET
    risk: float | None | Unset = UNSET
    complete: int | None | Unset = UNSET
    max_: float | None | Unset = UNSET
    response: AuditResponseItem | None | Unset = UNSET
    response_string: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_response_item import AuditResponseItem

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        score: float | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        risk: float | None | Unset
        if isinstance(self.risk, Unset):
            risk = UNSET
        else:
            risk = self.risk

        complete: int | None | Unset
        if isinstance(self.complete, Unset):
            complete = UNSET
        else:
            complete = self.complete

        max_: float | None | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        else:
            max_ = self.max_

        response: dict[str, Any] | None | Unset
        if isinstance(self.response, Unset):
            response = UNSET
        elif isinstance(self.response, AuditResponseItem):
            response = self.response.to_dict()
        else:
            response = self.response

        response_string: None | str | Unset
        if isinstance(self.response_string, Unset):
            response_string = UNSET
        else:
            response_string = self.response_string

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if score is not UNSET:
            field_dict["score"] = score
        if risk is not UNSET:
            field_dict["risk"] = risk
        if complete is not UNSET:
            field_dict["complete"] = complete
        if max_ is not UNSET:
            field_dict["max"] = max_
        if response is not UNSET:
            field_dict["response"] = response
        if response_string is not UNSET:
            field_dict["responseString"] = response_string

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_response_item import AuditResponseItem

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

        def _parse_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

        def _parse_risk(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        risk = _parse_risk(d.pop("risk", UNSET))

        def _parse_complete(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        complete = _parse_complete(d.pop("complete", UNSET))

        def _parse_max_(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_ = _parse_max_(d.pop("max", UNSET))

        def _parse_response(data: object) -> AuditResponseItem | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_type_1 = AuditResponseItem.from_dict(data)

                return response_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditResponseItem | None | Unset, data)

        response = _parse_response(d.pop("response", UNSET))

        def _parse_response_string(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        response_string = _parse_response_string(d.pop("responseString", UNSET))

        matrix_value = cls(
            id=id,
            score=score,
            risk=risk,
            complete=complete,
            max_=max_,
            response=response,
            response_string=response_string,
        )

        matrix_value.additional_properties = d
        return matrix_value

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
