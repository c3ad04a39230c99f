from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_template_dto import AuditTemplateDto
    from ..models.matrix_column import MatrixColumn
    from ..models.matrix_row import MatrixRow


T = TypeVar("T", bound="AuditMatrixDto")


@_attrs_define
class AuditMatrixDto:
    """
    Attributes:
        template (AuditTemplateDto | None | Unset):
        columns (list[MatrixColumn] | None | Unset):
        rows (list[MatrixRow] | None | Unset):
        rate_score (float | None | Unset):
    """

    template: AuditTemplateDto | None | Unset = UNSET
    columns: list[MatrixColumn] | None | Unset = UNSET
    rows: list[MatrixRow] | None | Unset = UNSET
    rate_score: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_template_dto import AuditTemplateDto

        template: dict[str, Any] | None | Unset
        if isinstance(self.template, Unset):
            template = UNSET
        elif isinstance(self.template, AuditTemplateDto):
            template = self.template.to_dict()
        else:
            template = self.template

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

        rate_score: float | None | Unset
        if isinstance(self.rate_score, Unset):
            rate_score = UNSET
        else:
            rate_score = self.rate_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if template is not UNSET:
            field_dict["template"] = template
        if columns is not UNSET:
            field_dict["columns"] = columns
        if rows is not UNSET:
            field_dict["rows"] = rows
        if rate_score is not UNSET:
            field_dict["rateScore"] = rate_score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_template_dto import AuditTemplateDto
        from ..models.matrix_column import MatrixColumn
        from ..models.matrix_row import MatrixRow

        d = dict(src_dict)

        def _parse_template(data: object) -> AuditTemplateDto | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                template_type_1 = AuditTemplateDto.from_dict(data)

                return template_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditTemplateDto | None | Unset, data)

        template = _parse_template(d.pop("template", UNSET))

        def _parse_columns(data: object) -> list[MatrixColumn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                columns_type_0 = []
                _columns_type_0 = data
                for columns_type_0_item_data in _columns_type_0:
                    columns_type_0_item = MatrixColumn.from_dict(columns_type_0_item_data)

                    columns_type_0.append(columns_type_0_item)

                return columns_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MatrixColumn] | None | Unset, data)

        columns = _parse_columns(d.pop("columns", UNSET))

        def _parse_rows(data: object) -> list[MatrixRow] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                rows_type_0 = []
                _rows_type_0 = data
                for rows_type_0_item_data in _rows_type_0:
                    rows_type_0_item = MatrixRow.from_dict(rows_type_0_item_data)

                    rows_type_0.append(rows_type_0_item)

                return rows_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MatrixRow] | None | Unset, data)

        rows = _parse_rows(d.pop("rows", UNSET))

        def _parse_rate_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        rate_score = _parse_rate_score(d.pop("rateScore", UNSET))

        audit_matrix_dto = cls(
            template=template,
            columns=columns,
            rows=rows,
            rate_score=rate_score,
        )

        audit_matrix_dto.additional_properties = d
        return audit_matrix_dto

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
