from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_result_analysis_variant import AuditResultAnalysisVariant
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.condition_rule_set import ConditionRuleSet


T = TypeVar("T", bound="AuditResultAnalysis")


@_attrs_define
class AuditResultAnalysis:
    """
    Attributes:
        label (str):
        id (None | Unset | UUID):
        variant (AuditResultAnalysisVariant | None | str | Unset):
        content_html (None | str | Unset):
        display_conditions (ConditionRuleSet | None | Unset):
    """

    label: str
    id: None | Unset | UUID = UNSET
    variant: AuditResultAnalysisVariant | None | str | Unset = UNSET
    content_html: None | str | Unset = UNSET
    display_conditions: ConditionRuleSet | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.condition_rule_set import ConditionRuleSet

        label = self.label

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        variant: None | str | Unset
        if isinstance(self.variant, Unset):
            variant = UNSET
        elif isinstance(self.variant, AuditResultAnalysisVariant):
            variant = self.variant.value
        else:
            variant = self.variant

        content_html: None | str | Unset
        if isinstance(self.content_html, Unset):
            content_html = UNSET
        else:
            content_html = self.content_html

        display_conditions: dict[str, Any] | None | Unset
        if isinstance(self.display_conditions, Unset):
            display_conditions = UNSET
        elif isinstance(self.display_conditions, ConditionRuleSet):
            display_conditions = self.display_conditions.to_dict()
        else:
            display_conditions = self.display_conditions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if variant is not UNSET:
            field_dict["variant"] = variant
        if content_html is not UNSET:
            field_dict["contentHtml"] = content_html
        if display_conditions is not UNSET:
            field_dict["displayConditions"] = display_conditions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.condition_rule_set import ConditionRuleSet

        d = dict(src_dict)
        label = d.pop("label")

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

        def _parse_variant(data: object) -> AuditResultAnalysisVariant | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variant_type_0 = AuditResultAnalysisVariant(data)

                return variant_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditResultAnalysisVariant | None | str | Unset, data)

        variant = _parse_variant(d.pop("variant", UNSET))

        def _parse_content_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_html = _parse_content_html(d.pop("contentHtml", UNSET))

        def _parse_display_conditions(data: object) -> ConditionRuleSet | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                display_conditions_type_1 = ConditionRuleSet.from_dict(data)

                return display_conditions_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConditionRuleSet | None | Unset, data)

        display_conditions = _parse_display_conditions(d.pop("displayConditions", UNSET))

        audit_result_analysis = cls(
            label=label,
            id=id,
            variant=variant,
            content_html=content_html,
            display_conditions=display_conditions,
        )

        audit_result_analysis.additional_properties = d
        return audit_result_analysis

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
