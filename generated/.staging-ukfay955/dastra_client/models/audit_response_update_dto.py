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
    from ..models.audit_response_item_dto import AuditResponseItemDto










_KNOWN_KEYS: frozenset[str] = frozenset(("id", "responseItems", "initialization", ))

T = TypeVar("T", bound="AuditResponseUpdateDto")



@_attrs_define
class AuditResponseUpdateDto(LazyModel):
    """Attributes:
        id (UUID):
        response_items (list[AuditResponseItemDto]):
        initialization (bool | None | Unset):
"""


    id: UUID
    response_items: list[AuditResponseItemDto]
    initialization: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_response_item_dto import AuditResponseItemDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        id = str(self.id)

        field_dict["id"] = id
        response_items = []
        for response_items_item_data in self.response_items:
            response_items_item = response_items_item_data.to_dict()
            response_items.append(response_items_item)



        field_dict["responseItems"] = response_items
        initialization: bool | None | Unset
        if isinstance(self.initialization, Unset):
            initialization = UNSET
        else:
            initialization = self.initialization

        if initialization is not UNSET:
            field_dict["initialization"] = initialization
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.id = UUID(src_dict["id"])
        parsed.response_items = [_models.AuditResponseItemDto.from_dict(item) for item in src_dict["responseItems"]]
        parsed.initialization = src_dict.get("initialization", UNSET)
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
