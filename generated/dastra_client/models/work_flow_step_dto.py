from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_type import WorkflowType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkFlowStepDto")


@_attrs_define
class WorkFlowStepDto:
    """
    Attributes:
        label (str):
        id (int | None | Unset):
        color (None | str | Unset):
        order (int | None | Unset):
        item_limit (int | None | Unset):
        type_ (None | str | Unset | WorkflowType):
        final_step (bool | None | Unset):
        initial_step (bool | None | Unset):
        description_html (None | str | Unset):
        mapped_state (None | str | Unset):
    """

    label: str
    id: int | None | Unset = UNSET
    color: None | str | Unset = UNSET
    order: int | None | Unset = UNSET
    item_limit: int | None | Unset = UNSET
    type_: None | str | Unset | WorkflowType = UNSET
    final_step: bool | None | Unset = UNSET
    initial_step: bool | None | Unset = UNSET
    description_html: None | str | Unset = UNSET
    mapped_state: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        order: int | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        else:
            order = self.order

        item_limit: int | None | Unset
        if isinstance(self.item_limit, Unset):
            item_limit = UNSET
        else:
            item_limit = self.item_limit

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, WorkflowType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        final_step: bool | None | Unset
        if isinstance(self.final_step, Unset):
            final_step = UNSET
        else:
            final_step = self.final_step

        initial_step: bool | None | Unset
        if isinstance(self.initial_step, Unset):
            initial_step = UNSET
        else:
            initial_step = self.initial_step

        description_html: None | str | Unset
        if isinstance(self.description_html, Unset):
            description_html = UNSET
        else:
            description_html = self.description_html

        mapped_state: None | str | Unset
        if isinstance(self.mapped_state, Unset):
            mapped_state = UNSET
        else:
            mapped_state = self.mapped_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if color is not UNSET:
            field_dict["color"] = color
        if order is not UNSET:
            field_dict["order"] = order
        if item_limit is not UNSET:
            field_dict["itemLimit"] = item_limit
        if type_ is not UNSET:
            field_dict["type"] = type_
        if final_step is not UNSET:
            field_dict["finalStep"] = final_step
        if initial_step is not UNSET:
            field_dict["initialStep"] = initial_step
        if description_html is not UNSET:
            field_dict["descriptionHtml"] = description_html
        if mapped_state is not UNSET:
            field_dict["mappedState"] = mapped_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        def _parse_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order = _parse_order(d.pop("order", UNSET))

        def _parse_item_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        item_limit = _parse_item_limit(d.pop("itemLimit", UNSET))

        def _parse_type_(data: object) -> None | str | Unset | WorkflowType:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = WorkflowType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | Unset | WorkflowType, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_final_step(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        final_step = _parse_final_step(d.pop("finalStep", UNSET))

        def _parse_initial_step(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        initial_step = _parse_initial_step(d.pop("initialStep", UNSET))

        def _parse_description_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description_html = _parse_description_html(d.pop("descriptionHtml", UNSET))

        def _parse_mapped_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mapped_state = _parse_mapped_state(d.pop("mappedState", UNSET))

        work_flow_step_dto = cls(
            label=label,
            id=id,
            color=color,
            order=order,
            item_limit=item_limit,
            type_=type_,
            final_step=final_step,
            initial_step=initial_step,
            description_html=description_html,
            mapped_state=mapped_state,
        )

        work_flow_step_dto.additional_properties = d
        return work_flow_step_dto

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
