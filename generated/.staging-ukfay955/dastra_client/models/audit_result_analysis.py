from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.audit_result_analysis_variant import AuditResultAnalysisVariant
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
    from ..models.condition_rule_set import ConditionRuleSet







def _parse_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data





def _parse_variant(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = AuditResultAnalysisVariant._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_display_conditions(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.ConditionRuleSet.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data



def _load_display_conditions(source: Mapping[str, Any]) -> Any:
    return _parse_display_conditions(source.get("displayConditions", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("label", "id", "variant", "contentHtml", "displayConditions", ))

T = TypeVar("T", bound="AuditResultAnalysis")



@_attrs_define
class AuditResultAnalysis(LazyModel):
    """Attributes:
        label (str):
        id (None | Unset | UUID):
        variant (AuditResultAnalysisVariant | None | str | Unset):
        content_html (None | str | Unset):
        display_conditions (ConditionRuleSet | None | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "display_conditions": _load_display_conditions,
    }

    label: str
    id: None | Unset | UUID = UNSET
    variant: AuditResultAnalysisVariant | None | str | Unset = UNSET
    content_html: None | str | Unset = UNSET
    display_conditions: ConditionRuleSet | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.condition_rule_set import ConditionRuleSet  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        label = self.label

        field_dict["label"] = label
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        variant: None | str | Unset
        if isinstance(self.variant, Unset):
            variant = UNSET
        elif isinstance(self.variant, AuditResultAnalysisVariant):
            variant = self.variant.value
        else:
            variant = self.variant

        if variant is not UNSET:
            field_dict["variant"] = variant
        content_html: None | str | Unset
        if isinstance(self.content_html, Unset):
            content_html = UNSET
        else:
            content_html = self.content_html

        if content_html is not UNSET:
            field_dict["contentHtml"] = content_html
        display_conditions: dict[str, Any] | None | Unset
        if isinstance(self.display_conditions, Unset):
            display_conditions = UNSET
        elif isinstance(self.display_conditions, ConditionRuleSet):
            display_conditions = self.display_conditions.to_dict()
        else:
            display_conditions = self.display_conditions

        if display_conditions is not UNSET:
            field_dict["displayConditions"] = display_conditions
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.label = src_dict["label"]
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.variant = _parse_variant(src_dict.get("variant", UNSET))
        parsed.content_html = src_dict.get("contentHtml", UNSET)
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
