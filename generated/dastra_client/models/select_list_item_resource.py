from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.select_list_group import SelectListGroup


T = TypeVar("T", bound="SelectListItemResource")


@_attrs_define
class SelectListItemResource:
    """
    Attributes:
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
        from ..models.select_list_group import SelectListGroup

        headline: None | str | Unset
        if isinstance(self.headline, Unset):
            headline = UNSET
        else:
            headline = self.headline

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        value_text: None | str | Unset
        if isinstance(self.value_text, Unset):
            value_text = UNSET
        else:
            value_text = self.value_text

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        require_feature: None | str | Unset
        if isinstance(self.require_feature, Unset):
            require_feature = UNSET
        else:
            require_feature = self.require_feature

        nb_references: int | None | Unset
        if isinstance(self.nb_references, Unset):
            nb_references = UNSET
        else:
            nb_references = self.nb_references

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

        workspace_id: int | None | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        value_id: int | None | Unset
        if isinstance(self.value_id, Unset):
            value_id = UNSET
        else:
            value_id = self.value_id

        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        disabled: bool | None | Unset
        if isinstance(self.disabled, Unset):
            disabled = UNSET
        else:
            disabled = self.disabled

        group: dict[str, Any] | None | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        elif isinstance(self.group, SelectListGroup):
            group = self.group.to_dict()
        else:
            group = self.group

        selected: bool | None | Unset
        if isinstance(self.selected, Unset):
            selected = UNSET
        else:
            selected = self.selected

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if headline is not UNSET:
            field_dict["headline"] = headline
        if description is not UNSET:
            field_dict["description"] = description
        if icon is not UNSET:
            field_dict["icon"] = icon
        if color is not UNSET:
            field_dict["color"] = color
        if value_text is not UNSET:
            field_dict["valueText"] = value_text
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if require_feature is not UNSET:
            field_dict["requireFeature"] = require_feature
        if nb_references is not UNSET:
            field_dict["nbReferences"] = nb_references
        if date is not UNSET:
            field_dict["date"] = date
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id
        if value_id is not UNSET:
            field_dict["valueId"] = value_id
        if area_id is not UNSET:
            field_dict["areaId"] = area_id
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if group is not UNSET:
            field_dict["group"] = group
        if selected is not UNSET:
            field_dict["selected"] = selected
        if text is not UNSET:
            field_dict["text"] = text
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.select_list_group import SelectListGroup

        d = dict(src_dict)

        def _parse_headline(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        headline = _parse_headline(d.pop("headline", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        icon = _parse_icon(d.pop("icon", UNSET))

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        def _parse_value_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value_text = _parse_value_text(d.pop("valueText", UNSET))

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("imageUrl", UNSET))

        def _parse_require_feature(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        require_feature = _parse_require_feature(d.pop("requireFeature", UNSET))

        def _parse_nb_references(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_references = _parse_nb_references(d.pop("nbReferences", UNSET))

        def _parse_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.datetime.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_workspace_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        workspace_id = _parse_workspace_id(d.pop("workspaceId", UNSET))

        def _parse_value_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        value_id = _parse_value_id(d.pop("valueId", UNSET))

        def _parse_area_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        area_id = _parse_area_id(d.pop("areaId", UNSET))

        def _parse_disabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        disabled = _parse_disabled(d.pop("disabled", UNSET))

        def _parse_group(data: object) -> None | SelectListGroup | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                group_type_1 = SelectListGroup.from_dict(data)

                return group_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SelectListGroup | Unset, data)

        group = _parse_group(d.pop("group", UNSET))

        def _parse_selected(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        selected = _parse_selected(d.pop("selected", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        select_list_item_resource = cls(
            headline=headline,
            description=description,
            icon=icon,
            color=color,
            value_text=value_text,
            image_url=image_url,
            require_feature=require_feature,
            nb_references=nb_references,
            date=date,
            workspace_id=workspace_id,
            value_id=value_id,
            area_id=area_id,
            disabled=disabled,
            group=group,
            selected=selected,
            text=text,
            value=value,
        )

        select_list_item_resource.additional_properties = d
        return select_list_item_resource

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
