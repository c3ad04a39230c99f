from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.control_point_type import ControlPointType
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
    from ..models.control_point_answer import ControlPointAnswer











def _parse_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data






def _parse_type_(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = ControlPointType._value2member_map_.get(data)
    if member is not None:
        return member
    return data







_KNOWN_KEYS: frozenset[str] = frozenset(("label", "ref", "priority", "answers", "id", "description", "type", "ponderation", "ownerId", "nbDaysFrequency", ))

T = TypeVar("T", bound="ControlPointUpdateDto")



@_attrs_define
class ControlPointUpdateDto(LazyModel):
    """Attributes:
        label (str):
        ref (str):
        priority (int):
        answers (list[ControlPointAnswer]):
        id (None | Unset | UUID):
        description (None | str | Unset):
        type_ (ControlPointType | None | str | Unset):
        ponderation (float | None | Unset):
        owner_id (int | None | Unset):
        nb_days_frequency (int | None | Unset):
"""


    label: str
    ref: str
    priority: int
    answers: list[ControlPointAnswer]
    id: None | Unset | UUID = UNSET
    description: None | str | Unset = UNSET
    type_: ControlPointType | None | str | Unset = UNSET
    ponderation: float | None | Unset = UNSET
    owner_id: int | None | Unset = UNSET
    nb_days_frequency: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.control_point_answer import ControlPointAnswer  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        label = self.label

        field_dict["label"] = label
        ref = self.ref

        field_dict["ref"] = ref
        priority = self.priority

        field_dict["priority"] = priority
        answers = []
        for answers_item_data in self.answers:
            answers_item = answers_item_data.to_dict()
            answers.append(answers_item)



        field_dict["answers"] = answers
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        if description is not UNSET:
            field_dict["description"] = description
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ControlPointType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        if type_ is not UNSET:
            field_dict["type"] = type_
        ponderation: float | None | Unset
        if isinstance(self.ponderation, Unset):
            ponderation = UNSET
        else:
            ponderation = self.ponderation

        if ponderation is not UNSET:
            field_dict["ponderation"] = ponderation
        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        nb_days_frequency: int | None | Unset
        if isinstance(self.nb_days_frequency, Unset):
            nb_days_frequency = UNSET
        else:
            nb_days_frequency = self.nb_days_frequency

        if nb_days_frequency is not UNSET:
            field_dict["nbDaysFrequency"] = nb_days_frequency
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.label = src_dict["label"]
        parsed.ref = src_dict["ref"]
        parsed.priority = src_dict["priority"]
        parsed.answers = [_models.ControlPointAnswer.from_dict(item) for item in src_dict["answers"]]
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.description = src_dict.get("description", UNSET)
        parsed.type_ = _parse_type_(src_dict.get("type", UNSET))
        parsed.ponderation = src_dict.get("ponderation", UNSET)
        parsed.owner_id = src_dict.get("ownerId", UNSET)
        parsed.nb_days_frequency = src_dict.get("nbDaysFrequency", UNSET)
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
