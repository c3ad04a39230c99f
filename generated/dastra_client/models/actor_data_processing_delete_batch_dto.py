from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActorDataProcessingDeleteBatchDto")


@_attrs_define
class ActorDataProcessingDeleteBatchDto:
    """
    Attributes:
        relationship_ids (list[UUID] | None | Unset):
    """

    relationship_ids: list[UUID] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        relationship_ids: list[str] | None | Unset
        if isinstance(self.relationship_ids, Unset):
            relationship_ids = UNSET
        elif isinstance(self.relationship_ids, list):
            relationship_ids = []
            for relationship_ids_type_0_item_data in self.relationship_ids:
                relationship_ids_type_0_item = str(relationship_ids_type_0_item_data)
                relationship_ids.append(relationship_ids_type_0_item)

        else:
            relationship_ids = self.relationship_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if relationship_ids is not UNSET:
            field_dict["relationshipIds"] = relationship_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_relationship_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                relationship_ids_type_0 = []
                _relationship_ids_type_0 = data
                for relationship_ids_type_0_item_data in _relationship_ids_type_0:
                    relationship_ids_type_0_item = UUID(relationship_ids_type_0_item_data)

                    relationship_ids_type_0.append(relationship_ids_type_0_item)

                return relationship_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        relationship_ids = _parse_relationship_ids(d.pop("relationshipIds", UNSET))

        actor_data_processing_delete_batch_dto = cls(
            relationship_ids=relationship_ids,
        )

        actor_data_processing_delete_batch_dto.additional_properties = d
        return actor_data_processing_delete_batch_dto

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
