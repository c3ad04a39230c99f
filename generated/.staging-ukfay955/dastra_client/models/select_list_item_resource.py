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
import datetime

if TYPE_CHECKING:
    from ..models.select_list_group import SelectListGroup














def _parse_date(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data








def _parse_group(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.SelectListGroup.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data






def _load_group(source: Mapping[str, Any]) -> Any:
    return _parse_group(source.get("group", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("headline", "description", "icon", "color", "valueText", "imageUrl", "requireFeature", "nbReferences", "date", "workspaceId", "valueId", "areaId", "disabled", "group", "selected", "text", "value", ))

T = TypeVar("T", bound="SelectListItemResource")



@_attrs_define
class SelectListItemResource(LazyModel):
    """Attributes:
        headline (None | str | Unset):
        description (None | str | Unset):
        icon (None | str | Unset):
        color (None | str | Unset):
        value_text (None | str | Unset):
        image_url (None | str | Unset):
        require_feature (None | str | Unset):
        nb_references (int | None | Unset):
        date (datetime.datetime | None | Unset):
        workspace_id (int | None | Unset):
        value_id (int | None | Unset):
        area_id (int | None | Unset):
        disabled (bool | None | Unset):
        group (None | SelectListGroup | Unset):
        selected (bool | None | Unset):
        text (None | str | Unset):
        value (None | str | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "group": _load_group,
    }

    headline: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    icon: None | str | Unset = UNSET
    color: None | str | Unset = UNSET
    value_text: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    require_feature: None | str | Unset = UNSET
    nb_references: int | None | Unset = UNSET
    date: datetime.datetime | None | Unset = UNSET
    workspace_id: int | None | Unset = UNSET
    value_id: int | None | Unset = UNSET
    area_id: int | None | Unset = UNSET
    disabled: bool | None | Unset = UNSET
    group: None | SelectListGroup | Unset = UNSET
    selected: bool | None | Unset = UNSET
    text: None | str | Unset = UNSET
    value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.select_list_group import SelectListGroup  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        headline: None | str | Unset
        if isinstance(self.headline, Unset):
            headline = UNSET
        else:
            headline = self.headline

        if headline is not UNSET:
            field_dict["headline"] = headline
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        if description is not UNSET:
            field_dict["description"] = description
        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        if icon is not UNSET:
            field_dict["icon"] = icon
        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        if color is not UNSET:
            field_dict["color"] = color
        value_text: None | str | Unset
        if isinstance(self.value_text, Unset):
            value_text = UNSET
        else:
            value_text = self.value_text

        if value_text is not UNSET:
            field_dict["valueText"] = value_text
        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        require_feature: None | str | Unset
        if isinstance(self.require_feature, Unset):
            require_feature = UNSET
        else:
            require_feature = self.require_feature

        if require_feature is not UNSET:
            field_dict["requireFeature"] = require_feature
        nb_references: int | None | Unset
        if isinstance(self.nb_references, Unset):
            nb_references = UNSET
        else:
            nb_references = self.nb_references

        if nb_references is not UNSET:
            field_dict["nbReferences"] = nb_references
        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

        if date is not UNSET:
            field_dict["date"] = date
        workspace_id: int | None | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id
        value_id: int | None | Unset
        if isinstance(self.value_id, Unset):
            value_id = UNSET
        else:
            value_id = self.value_id

        if value_id is not UNSET:
            field_dict["valueId"] = value_id
        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        disabled: bool | None | Unset
        if isinstance(self.disabled, Unset):
            disabled = UNSET
        else:
            disabled = self.disabled

        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        group: dict[str, Any] | None | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        elif isinstance(self.group, SelectListGroup):
            group = self.group.to_dict()
        else:
            group = self.group

        if group is not UNSET:
            field_dict["group"] = group
        selected: bool | None | Unset
        if isinstance(self.selected, Unset):
            selected = UNSET
        else:
            selected = self.selected

        if selected is not UNSET:
            field_dict["selected"] = selected
        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        if text is not UNSET:
            field_dict["text"] = text
        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        if value is not UNSET:
            field_dict["value"] = value
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.headline = src_dict.get("headline", UNSET)
        parsed.description = src_dict.get("description", UNSET)
        parsed.icon = src_dict.get("icon", UNSET)
        parsed.color = src_dict.get("color", UNSET)
        parsed.value_text = src_dict.get("valueText", UNSET)
        parsed.image_url = src_dict.get("imageUrl", UNSET)
        parsed.require_feature = src_dict.get("requireFeature", UNSET)
        parsed.nb_references = src_dict.get("nbReferences", UNSET)
        parsed.date = _parse_date(src_dict.get("date", UNSET))
        parsed.workspace_id = src_dict.get("workspaceId", UNSET)
        parsed.value_id = src_dict.get("valueId", UNSET)
        parsed.area_id = src_dict.get("areaId", UNSET)
        parsed.disabled = src_dict.get("disabled", UNSET)
        parsed.selected = src_dict.get("selected", UNSET)
        parsed.text = src_dict.get("text", UNSET)
        parsed.value = src_dict.get("value", UNSET)
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
