from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import FieldValidationError, VariantMismatchError
from .._lazy import (
    EAGER,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_template_dto import AuditTemplateDto
    from ..models.matrix_column import MatrixColumn
    from ..models.matrix_row import MatrixRow
else:
    AuditTemplateDto = deferred(globals(), "AuditTemplateDto", "..models.audit_template_dto")
    MatrixColumn = deferred(globals(), "MatrixColumn", "..models.matrix_column")
    MatrixRow = deferred(globals(), "MatrixRow", "..models.matrix_row")


def _load_template(model: AuditMatrixDto, source: Mapping[str, Any]) -> Any:
    value = source.get("template", UNSET)
    if value is None or value is UNSET:
        model.template = value
        return value
    if isinstance(value, dict):
        try:
            model.template = result = AuditTemplateDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "template", "template", "AuditTemplateDto | None", value)
    else:
        result = invalid(model, "template", "template", "AuditTemplateDto | None", value)
    return result


def _load_columns(model: AuditMatrixDto, source: Mapping[str, Any]) -> Any:
    value = source.get("columns", UNSET)
    if value is None or value is UNSET:
        model.columns = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.columns = result = list(map(MatrixColumn.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model, "columns", "columns", "list[MatrixColumn] | None", value, items=MatrixColumn.from_dict
            )
    else:
        result = invalid(model, "columns", "columns", "list[MatrixColumn] | None", value)
    return result


def _load_rows(model: AuditMatrixDto, source: Mapping[str, Any]) -> Any:
    value = source.get("rows", UNSET)
    if value is None or value is UNSET:
        model.rows = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.rows = result = list(map(MatrixRow.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model, "rows", "rows", "list[MatrixRow] | None", value, items=MatrixRow.from_dict
            )
    else:
        result = invalid(model, "rows", "rows", "list[MatrixRow] | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "template",
    "columns",
    "rows",
    "rateScore",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "template": UNSET,
    "columns": UNSET,
    "rows": UNSET,
    "rateScore": UNSET,
}

T = TypeVar("T", bound="AuditMatrixDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AuditMatrixDto(LazyModel):
    """Attributes:
    template (AuditTemplateDto | None | Unset):
    columns (list[MatrixColumn] | None | Unset):
    rows (list[MatrixRow] | None | Unset):
    rate_score (float | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("template", "template"),
        ("columns", "columns"),
        ("rows", "rows"),
        ("rate_score", "rateScore"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "template": _load_template,
        "columns": _load_columns,
        "rows": _load_rows,
    }

    template: AuditTemplateDto | None | Unset = UNSET
    columns: list[MatrixColumn] | None | Unset = UNSET
    rows: list[MatrixRow] | None | Unset = UNSET
    rate_score: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_template_dto import AuditTemplateDto

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "template" not in unreadable:
            template: dict[str, Any] | None | Unset
            if isinstance(self.template, Unset):
                template = UNSET
            elif isinstance(self.template, AuditTemplateDto):
                template = self.template.to_dict()
            else:
                template = self.template

            if template is not UNSET:
                field_dict["template"] = template
        if "columns" not in unreadable:
            columns: list[dict[str, Any]] | None | Unset
            if isinstance(self.columns, Unset):
                columns = UNSET
            elif isinstance(self.columns, list):
                columns = []
                for columns_type_0_item_data in self.columns:
                    columns_type_0_item = columns_type_0_item_data.to_dict()
                    columns.append(columns_type_0_item)

            else:
                columns = self.columns

            if columns is not UNSET:
                field_dict["columns"] = columns
        if "rows" not in unreadable:
            rows: list[dict[str, Any]] | None | Unset
            if isinstance(self.rows, Unset):
                rows = UNSET
            elif isinstance(self.rows, list):
                rows = []
                for rows_type_0_item_data in self.rows:
                    rows_type_0_item = rows_type_0_item_data.to_dict()
                    rows.append(rows_type_0_item)

            else:
                rows = self.rows

            if rows is not UNSET:
                field_dict["rows"] = rows
        if "rate_score" not in unreadable:
            rate_score: float | None | Unset
            if isinstance(self.rate_score, Unset):
                rate_score = UNSET
            else:
                rate_score = self.rate_score

            if rate_score is not UNSET:
                field_dict["rateScore"] = rate_score
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
            if len(src_dict) >= 4:
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
        if value is None:
            parsed.template = None
        elif value is UNSET:
            parsed.template = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.template = AuditTemplateDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "template", "template", "AuditTemplateDto | None", value)
            else:
                invalid(parsed, "template", "template", "AuditTemplateDto | None", value)

        value = values[1]
        if value is None:
            parsed.columns = None
        elif value is UNSET:
            parsed.columns = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.columns = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.columns = list(map(MatrixColumn.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "columns",
                        "columns",
                        "list[MatrixColumn] | None",
                        value,
                        items=MatrixColumn.from_dict,
                    )
            else:
                invalid(parsed, "columns", "columns", "list[MatrixColumn] | None", value)

        value = values[2]
        if value is None:
            parsed.rows = None
        elif value is UNSET:
            parsed.rows = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.rows = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.rows = list(map(MatrixRow.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed, "rows", "rows", "list[MatrixRow] | None", value, items=MatrixRow.from_dict
                    )
            else:
                invalid(parsed, "rows", "rows", "list[MatrixRow] | None", value)

        value = values[3]
        if isinstance(value, float) or type(value) is int or value is None:
            parsed.rate_score = value
        elif value is UNSET:
            parsed.rate_score = UNSET
            absent += 1
        else:
            invalid(parsed, "rate_score", "rateScore", "float | None", value)

        if len(src_dict) + absent == 4:  # every key is a known one
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
