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

if TYPE_CHECKING:
    from ..models.matrix_value import MatrixValue














def _parse_values(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.MatrixValue.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _load_values(source: Mapping[str, Any]) -> Any:
    return _parse_values(source.get("values", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("logoUrl", "label", "rateCompletion", "rateScore", "totalCompletion", "totalScore", "totalMaxScore", "values", "nbQuestions", ))

T = TypeVar("T", bound="MatrixRow")



@_attrs_define
class MatrixRow(LazyModel):
    """Attributes:
        logo_url (None | str | Unset):
        label (None | str | Unset):
        rate_completion (float | None | Unset):
        rate_score (float | None | Unset):
        total_completion (int | None | Unset):
        total_score (float | None | Unset):
        total_max_score (float | None | Unset):
        values (list[MatrixValue] | None | Unset):
        nb_questions (int | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "values": _load_values,
    }

    logo_url: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    rate_completion: float | None | Unset = UNSET
    rate_score: float | None | Unset = UNSET
    total_completion: int | None | Unset = UNSET
    total_score: float | None | Unset = UNSET
    total_max_score: float | None | Unset = UNSET
    values: list[MatrixValue] | None | Unset = UNSET
    nb_questions: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.matrix_value import MatrixValue  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        if label is not UNSET:
            field_dict["label"] = label
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
        total_completion: int | None | Unset
        if isinstance(self.total_completion, Unset):
            total_completion = UNSET
        else:
            total_completion = self.total_completion

        if total_completion is not UNSET:
            field_dict["totalCompletion"] = total_completion
        total_score: float | None | Unset
        if isinstance(self.total_score, Unset):
            total_score = UNSET
        else:
            total_score = self.total_score

        if total_score is not UNSET:
            field_dict["totalScore"] = total_score
        total_max_score: float | None | Unset
        if isinstance(self.total_max_score, Unset):
            total_max_score = UNSET
        else:
            total_max_score = self.total_max_score

        if total_max_score is not UNSET:
            field_dict["totalMaxScore"] = total_max_score
        values: list[dict[str, Any]] | None | Unset
        if isinstance(self.values, Unset):
            values = UNSET
        elif isinstance(self.values, list):
            values = []
            for values_type_0_item_data in self.values:
                values_type_0_item = values_type_0_item_data.to_dict()
                values.append(values_type_0_item)


        else:
            values = self.values

        if values is not UNSET:
            field_dict["values"] = values
        nb_questions: int | None | Unset
        if isinstance(self.nb_questions, Unset):
            nb_questions = UNSET
        else:
            nb_questions = self.nb_questions

        if nb_questions is not UNSET:
            field_dict["nbQuestions"] = nb_questions
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.logo_url = src_dict.get("logoUrl", UNSET)
        parsed.label = src_dict.get("label", UNSET)
        parsed.rate_completion = src_dict.get("rateCompletion", UNSET)
        parsed.rate_score = src_dict.get("rateScore", UNSET)
        parsed.total_completion = src_dict.get("totalCompletion", UNSET)
        parsed.total_score = src_dict.get("totalScore", UNSET)
        parsed.total_max_score = src_dict.get("totalMaxScore", UNSET)
        parsed.nb_questions = src_dict.get("nbQuestions", UNSET)
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
