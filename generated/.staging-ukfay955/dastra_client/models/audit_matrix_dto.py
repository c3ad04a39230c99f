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
    from ..models.audit_template_dto import AuditTemplateDto
    from ..models.matrix_column import MatrixColumn
    from ..models.matrix_row import MatrixRow






def _parse_template(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.AuditTemplateDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_columns(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.MatrixColumn.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_rows(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.MatrixRow.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _load_template(source: Mapping[str, Any]) -> Any:
    return _parse_template(source.get("template", UNSET))

def _load_columns(source: Mapping[str, Any]) -> Any:
    return _parse_columns(source.get("columns", UNSET))

def _load_rows(source: Mapping[str, Any]) -> Any:
    return _parse_rows(source.get("rows", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("template", "columns", "rows", "rateScore", ))

T = TypeVar("T", bound="AuditMatrixDto")



@_attrs_define
class AuditMatrixDto(LazyModel):
    """Attributes:
        template (AuditTemplateDto | None | Unset):
        columns (list[MatrixColumn] | None | Unset):
        rows (list[MatrixRow] | None | Unset):
        rate_score (float | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
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
        from ..models.audit_template_dto import AuditTemplateDto  # noqa: PLC0415
        from ..models.matrix_column import MatrixColumn  # noqa: PLC0415
        from ..models.matrix_row import MatrixRow  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        template: dict[str, Any] | None | Unset
        if isinstance(self.template, Unset):
            template = UNSET
        elif isinstance(self.template, AuditTemplateDto):
            template = self.template.to_dict()
        else:
            template = self.template

        if template is not UNSET:
            field_dict["template"] = template
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
        rate_score: float | None | Unset
        if isinstance(self.rate_score, Unset):
            rate_score = UNSET
        else:
            rate_score = self.rate_score

        if rate_score is not UNSET:
            field_dict["rateScore"] = rate_score
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.rate_score = src_dict.get("rateScore", UNSET)
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
