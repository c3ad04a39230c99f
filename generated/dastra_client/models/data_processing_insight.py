from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.insight_type import InsightType
from ..models.log_priority import LogPriority
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataProcessingInsight")


@_attrs_define
class DataProcessingInsight:
    """
    Attributes:
        step (None | str | Unset):
        type_ (InsightType | None | str | Unset):
        color (None | str | Unset):
        priority (LogPriority | None | str | Unset):
        label (None | str | Unset):
        elements_name (list[str] | None | Unset):
        description (None | str | Unset):
        score (int | None | Unset):
    """

    step: None | str | Unset = UNSET
    type_: InsightType | None | str | Unset = UNSET
    color: None | str | Unset = UNSET
    priority: LogPriority | None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    elements_name: list[str] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    score: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step: None | str | Unset
        if isinstance(self.step, Unset):
            step = UNSET
        else:
            step = self.step

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, InsightType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        priority: None | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        elif isinstance(self.priority, LogPriority):
            priority = self.priority.value
        else:
            priority = self.priority

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        elements_name: list[str] | None | Unset
        if isinstance(self.elements_name, Unset):
            elements_name = UNSET
        elif isinstance(self.elements_name, list):
            elements_name = self.elements_name

        else:
            elements_name = self.elements_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        score: int | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if step is not UNSET:
            field_dict["step"] = step
        if type_ is not UNSET:
            field_dict["type"] = type_
        if color is not UNSET:
            field_dict["color"] = color
        if priority is not UNSET:
            field_dict["priority"] = priority
        if label is not UNSET:
            field_dict["label"] = label
        if elements_name is not UNSET:
            field_dict["elementsName"] = elements_name
        if description is not UNSET:
            field_dict["description"] = description
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_step(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        step = _parse_step(d.pop("step", UNSET))

        def _parse_type_(data: object) -> InsightType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = InsightType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InsightType | None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        def _parse_priority(data: object) -> LogPriority | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                priority_type_0 = LogPriority(data)

                return priority_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LogPriority | None | str | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_elements_name(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                elements_name_type_0 = cast(list[str], data)

                return elements_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        elements_name = _parse_elements_name(d.pop("elementsName", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

        data_processing_insight = cls(
            step=step,
            type_=type_,
            color=color,
            priority=priority,
            label=label,
            elements_name=elements_name,
            description=description,
            score=score,
        )

        data_processing_insight.additional_properties = d
        return data_processing_insight

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
