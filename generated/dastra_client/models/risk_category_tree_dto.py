from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.risk_type_dto import RiskTypeDto


T = TypeVar("T", bound="RiskCategoryTreeDto")


@_attrs_define
class RiskCategoryTreeDto:
    """
    Attributes:
        label (str):
        color (str):
        root (bool | None | Unset):
        risk_types (list[RiskTypeDto] | None | Unset):
        id (None | Unset | UUID):
        date_creation (datetime.datetime | None | Unset):
        date_update (datetime.datetime | None | Unset):
    """

    label: str
    color: str
    root: bool | None | Unset = UNSET
    risk_types: list[RiskTypeDto] | None | Unset = UNSET
    id: None | Unset | UUID = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        color = self.color

        root: bool | None | Unset
        if isinstance(self.root, Unset):
            root = UNSET
        else:
            root = self.root

        risk_types: list[dict[str, Any]] | None | Unset
        if isinstance(self.risk_types, Unset):
            risk_types = UNSET
        elif isinstance(self.risk_types, list):
            risk_types = []
            for risk_types_type_0_item_data in self.risk_types:
                risk_types_type_0_item = risk_types_type_0_item_data.to_dict()
                risk_types.append(risk_types_type_0_item)

        else:
            risk_types = self.risk_types

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        date_update: None | str | Unset
        if isinstance(self.date_update, Unset):
            date_update = UNSET
        elif isinstance(self.date_update, datetime.datetime):
            date_update = self.date_update.isoformat()
        else:
            date_update = self.date_update

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "color": color,
            }
        )
        if root is not UNSET:
            field_dict["root"] = root
        if risk_types is not UNSET:
            field_dict["riskTypes"] = risk_types
        if id is not UNSET:
            field_dict["id"] = id
        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.risk_type_dto import RiskTypeDto

        d = dict(src_dict)
        label = d.pop("label")

        color = d.pop("color")

        def _parse_root(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        root = _parse_root(d.pop("root", UNSET))

        def _parse_risk_types(data: object) -> list[RiskTypeDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                risk_types_type_0 = []
                _risk_types_type_0 = data
                for risk_types_type_0_item_data in _risk_types_type_0:
                    risk_types_type_0_item = RiskTypeDto.from_dict(risk_types_type_0_item_data)

                    risk_types_type_0.append(risk_types_type_0_item)

                return risk_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RiskTypeDto] | None | Unset, data)

        risk_types = _parse_risk_types(d.pop("riskTypes", UNSET))

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

        def _parse_date_update(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_update_type_0 = datetime.datetime.fromisoformat(data)

                return date_update_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_update = _parse_date_update(d.pop("dateUpdate", UNSET))

        risk_category_tree_dto = cls(
            label=label,
            color=color,
            root=root,
            risk_types=risk_types,
            id=id,
            date_creation=date_creation,
            date_update=date_update,
        )

        risk_category_tree_dto.additional_properties = d
        return risk_category_tree_dto

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
