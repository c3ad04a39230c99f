from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.matrix_value import MatrixValue


T = TypeVar("T", bound="MatrixRow")


@_attrs_define
class MatrixRow:
    """
    Attributes:
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
        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        rate_completion: float | None | Unset
        if isinstance(self.rate_completion, Unset):
            rate_completion = UNSET
        else:
            rate_completion = self.rate_completion

        rate_score: float | None | Unset
        if isinstance(self.rate_score, Unset):
            rate_score = UNSET
        else:
            rate_score = self.rate_score

        total_completion: int | None | Unset
        if isinstance(self.total_completion, Unset):
            total_completion = UNSET
        else:
            total_completion = self.total_completion

        total_score: float | None | Unset
        if isinstance(self.total_score, Unset):
            total_score = UNSET
        else:
            total_score = self.total_score

        total_max_score: float | None | Unset
        if isinstance(self.total_max_score, Unset):
            total_max_score = UNSET
        else:
            total_max_score = self.total_max_score

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

        nb_questions: int | None | Unset
        if isinstance(self.nb_questions, Unset):
            nb_questions = UNSET
        else:
            nb_questions = self.nb_questions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        if label is not UNSET:
            field_dict["label"] = label
        if rate_completion is not UNSET:
            field_dict["rateCompletion"] = rate_completion
        if rate_score is not UNSET:
            field_dict["rateScore"] = rate_score
        if total_completion is not UNSET:
            field_dict["totalCompletion"] = total_completion
        if total_score is not UNSET:
            field_dict["totalScore"] = total_score
        if total_max_score is not UNSET:
            field_dict["totalMaxScore"] = total_max_score
        if values is not UNSET:
            field_dict["values"] = values
        if nb_questions is not UNSET:
            field_dict["nbQuestions"] = nb_questions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.matrix_value import MatrixValue

        d = dict(src_dict)

        def _parse_logo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_url = _parse_logo_url(d.pop("logoUrl", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_rate_completion(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        rate_completion = _parse_rate_completion(d.pop("rateCompletion", UNSET))

        def _parse_rate_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        rate_score = _parse_rate_score(d.pop("rateScore", UNSET))

        def _parse_total_completion(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_completion = _parse_total_completion(d.pop("totalCompletion", UNSET))

        def _parse_total_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_score = _parse_total_score(d.pop("totalScore", UNSET))

        def _parse_total_max_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_max_score = _parse_total_max_score(d.pop("totalMaxScore", UNSET))

        def _parse_values(data: object) -> list[MatrixValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                values_type_0 = []
                _values_type_0 = data
                for values_type_0_item_data in _values_type_0:
                    values_type_0_item = MatrixValue.from_dict(values_type_0_item_data)

                    values_type_0.append(values_type_0_item)

                return values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MatrixValue] | None | Unset, data)

        values = _parse_values(d.pop("values", UNSET))

        def _parse_nb_questions(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_questions = _parse_nb_questions(d.pop("nbQuestions", UNSET))

        matrix_row = cls(
            logo_url=logo_url,
            label=label,
            rate_completion=rate_completion,
            rate_score=rate_score,
            total_completion=total_completion,
            total_score=total_score,
            total_max_score=total_max_score,
            values=values,
            nb_questions=nb_questions,
        )

        matrix_row.additional_properties = d
        return matrix_row

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
