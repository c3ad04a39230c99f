from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import FieldValidationError
from .._lazy import (
    EAGER,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.matrix_value import MatrixValue
else:
    MatrixValue = deferred(globals(), "MatrixValue", "..models.matrix_value")


def _load_values(model: MatrixRow, source: Mapping[str, Any]) -> Any:
    value = source.get("values", UNSET)
    if value is None or value is UNSET:
        model.values = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.values = result = list(map(MatrixValue.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model, "values", "values", "list[MatrixValue] | None", value, items=MatrixValue.from_dict
            )
    else:
        result = invalid(model, "values", "values", "list[MatrixValue] | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "logoUrl",
    "label",
    "rateCompletion",
    "rateScore",
    "totalCompletion",
    "totalScore",
    "totalMaxScore",
    "values",
    "nbQuestions",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "logoUrl": UNSET,
    "label": UNSET,
    "rateCompletion": UNSET,
    "rateScore": UNSET,
    "totalCompletion": UNSET,
    "totalScore": UNSET,
    "totalMaxScore": UNSET,
    "values": UNSET,
    "nbQuestions": UNSET,
}

T = TypeVar("T", bound="MatrixRow")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("logo_url", "logoUrl"),
        ("label", "label"),
        ("rate_completion", "rateCompletion"),
        ("rate_score", "rateScore"),
        ("total_completion", "totalCompletion"),
        ("total_score", "totalScore"),
        ("total_max_score", "totalMaxScore"),
        ("values", "values"),
        ("nb_questions", "nbQuestions"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
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
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "logo_url" not in unreadable:
            logo_url: None | str | Unset
            if isinstance(self.logo_url, Unset):
                logo_url = UNSET
            else:
                logo_url = self.logo_url

            if logo_url is not UNSET:
                field_dict["logoUrl"] = logo_url
        if "label" not in unreadable:
            label: None | str | Unset
            if isinstance(self.label, Unset):
                label = UNSET
            else:
                label = self.label

            if label is not UNSET:
                field_dict["label"] = label
        if "rate_completion" not in unreadable:
            rate_completion: float | None | Unset
            if isinstance(self.rate_completion, Unset):
                rate_completion = UNSET
            else:
                rate_completion = self.rate_completion

            if rate_completion is not UNSET:
                field_dict["rateCompletion"] = rate_completion
        if "rate_score" not in unreadable:
            rate_score: float | None | Unset
            if isinstance(self.rate_score, Unset):
                rate_score = UNSET
            else:
                rate_score = self.rate_score

            if rate_score is not UNSET:
                field_dict["rateScore"] = rate_score
        if "total_completion" not in unreadable:
            total_completion: int | None | Unset
            if isinstance(self.total_completion, Unset):
                total_completion = UNSET
            else:
                total_completion = self.total_completion

            if total_completion is not UNSET:
                field_dict["totalCompletion"] = total_completion
        if "total_score" not in unreadable:
            total_score: float | None | Unset
            if isinstance(self.total_score, Unset):
                total_score = UNSET
            else:
                total_score = self.total_score

            if total_score is not UNSET:
                field_dict["totalScore"] = total_score
        if "total_max_score" not in unreadable:
            total_max_score: float | None | Unset
            if isinstance(self.total_max_score, Unset):
                total_max_score = UNSET
            else:
                total_max_score = self.total_max_score

            if total_max_score is not UNSET:
                field_dict["totalMaxScore"] = total_max_score
        if "values" not in unreadable:
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
        if "nb_questions" not in unreadable:
            nb_questions: int | None | Unset
            if isinstance(self.nb_questions, Unset):
                nb_questions = UNSET
            else:
                nb_questions = self.nb_questions

            if nb_questions is not UNSET:
                field_dict["nbQuestions"] = nb_questions
        if unreadable:
            self._as_received(field_dict, unreadable)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Each value is checked against its field's type; one that does not fit is recorded by
        # `invalid` and its slot left empty, so that reading it raises FieldValidationError (_lazy.py).
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        try:  # values[i] is the value of _KEYS[i]
            if len(src_dict) >= 9:
                values = _KNOWN_VALUES(src_dict)
            else:  # a known key is absent (no KeyError raised and caught for it)
                values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except KeyError:  # unknown keys in place of known ones
            values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except (TypeError, AttributeError):  # a list, a string, a number...: not an object
            raise not_an_object(cls, src_dict) from None
        parsed = cls.__new__(cls)
        absent = 0  # the known keys the object lacks: its other keys are unknown ones if len() says more
        # Optional nested values are parsed on first access (LazyModel), or now in eager mode.
        eager = EAGER.get()
        if not eager:
            parsed._source = src_dict
        value = values[0]
        if isinstance(value, str) or value is None:
            parsed.logo_url = value
        elif value is UNSET:
            parsed.logo_url = UNSET
            absent += 1
        else:
            invalid(parsed, "logo_url", "logoUrl", "str | None", value)

        value = values[1]
        if isinstance(value, str) or value is None:
            parsed.label = value
        elif value is UNSET:
            parsed.label = UNSET
            absent += 1
        else:
            invalid(parsed, "label", "label", "str | None", value)

        value = values[2]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.rate_completion = value
        elif value is UNSET:
            parsed.rate_completion = UNSET
            absent += 1
        else:
            invalid(parsed, "rate_completion", "rateCompletion", "float | None", value)

        value = values[3]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.rate_score = value
        elif value is UNSET:
            parsed.rate_score = UNSET
            absent += 1
        else:
            invalid(parsed, "rate_score", "rateScore", "float | None", value)

        value = values[4]
        if type(value) is int or value is None:
            parsed.total_completion = value
        elif value is UNSET:
            parsed.total_completion = UNSET
            absent += 1
        else:
            invalid(parsed, "total_completion", "totalCompletion", "int | None", value)

        value = values[5]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.total_score = value
        elif value is UNSET:
            parsed.total_score = UNSET
            absent += 1
        else:
            invalid(parsed, "total_score", "totalScore", "float | None", value)

        value = values[6]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.total_max_score = value
        elif value is UNSET:
            parsed.total_max_score = UNSET
            absent += 1
        else:
            invalid(parsed, "total_max_score", "totalMaxScore", "float | None", value)

        value = values[7]
        if value is None:
            parsed.values = None
        elif value is UNSET:
            parsed.values = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.values = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.values = list(map(MatrixValue.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "values",
                        "values",
                        "list[MatrixValue] | None",
                        value,
                        items=MatrixValue.from_dict,
                    )
            else:
                invalid(parsed, "values", "values", "list[MatrixValue] | None", value)

        value = values[8]
        if type(value) is int or value is None:
            parsed.nb_questions = value
        elif value is UNSET:
            parsed.nb_questions = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_questions", "nbQuestions", "int | None", value)

        if len(src_dict) + absent == 9:  # every key is a known one
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
