from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_response_item_dto import AuditResponseItemDto


T = TypeVar("T", bound="AuditResponseUpdateDto")


@_attrs_define
class AuditResponseUpdateDto:
    """
    Attributes:
        id (UUID):
        response_items (list[AuditResponseItemDto]):
        initialization (bool | None | Unset):
    """

    id: UUID
    response_items: list[AuditResponseItemDto]
    initialization: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        response_items = []
        for response_items_item_data in self.response_items:
            response_items_item = response_items_item_data.to_dict()
            response_items.append(response_items_item)

        initialization: bool | None | Unset
        if isinstance(self.initialization, Unset):
            initialization = UNSET
        else:
            initialization = self.initialization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "responseItems": response_items,
            }
        )
        if initialization is not UNSET:
            field_dict["initialization"] = initialization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_response_item_dto import AuditResponseItemDto

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        response_items = []
        _response_items = d.pop("responseItems")
        for response_items_item_data in _response_items:
            response_items_item = AuditResponseItemDto.from_dict(response_items_item_data)

            response_items.append(response_items_item)

        def _parse_initialization(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        initialization = _parse_initialization(d.pop("initialization", UNSET))

        audit_response_update_dto = cls(
            id=id,
            response_items=response_items,
            initialization=initialization,
        )

        audit_response_update_dto.additional_properties = d
        return audit_response_update_dto

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
