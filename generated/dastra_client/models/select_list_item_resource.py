from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import VariantMismatchError
from .._lazy import (
    EAGER,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.select_list_group import SelectListGroup
else:
    SelectListGroup = deferred(globals(), "SelectListGroup", "..models.select_list_group")


def _load_group(model: SelectListItemResource, source: Mapping[str, Any]) -> Any:
    value = source.get("group", UNSET)
    if value is None or value is UNSET:
        model.group = value
        return value
    if isinstance(value, dict):
        try:
            model.group = result = SelectListGroup.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "group", "group", "SelectListGroup | None", value)
    else:
        result = invalid(model, "group", "group", "SelectListGroup | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "headline",
    "description",
    "icon",
    "color",
    "valueText",
    "imageUrl",
    "requireFeature",
    "nbReferences",
    "date",
    "workspaceId",
    "valueId",
    "areaId",
    "disabled",
    "group",
    "selected",
    "text",
    "value",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "headline": UNSET,
    "description": UNSET,
    "icon": UNSET,
    "color": UNSET,
    "valueText": UNSET,
    "imageUrl": UNSET,
    "requireFeature": UNSET,
    "nbReferences": UNSET,
    "date": UNSET,
    "workspaceId": UNSET,
    "valueId": UNSET,
    "areaId": UNSET,
    "disabled": UNSET,
    "group": UNSET,
    "selected": UNSET,
    "text": UNSET,
    "value": UNSET,
}

T = TypeVar("T", bound="SelectListItemResource")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("headline", "headline"),
        ("description", "description"),
        ("icon", "icon"),
        ("color", "color"),
        ("value_text", "valueText"),
        ("image_url", "imageUrl"),
        ("require_feature", "requireFeature"),
        ("nb_references", "nbReferences"),
        ("date", "date"),
        ("workspace_id", "workspaceId"),
        ("value_id", "valueId"),
        ("area_id", "areaId"),
        ("disabled", "disabled"),
        ("group", "group"),
        ("selected", "selected"),
        ("text", "text"),
        ("value", "value"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
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
        from ..models.select_list_group import SelectListGroup

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "headline" not in unreadable:
            headline: None | str | Unset
            if isinstance(self.headline, Unset):
                headline = UNSET
            else:
                headline = self.headline

            if headline is not UNSET:
                field_dict["headline"] = headline
        if "description" not in unreadable:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

            if description is not UNSET:
                field_dict["description"] = description
        if "icon" not in unreadable:
            icon: None | str | Unset
            if isinstance(self.icon, Unset):
                icon = UNSET
            else:
                icon = self.icon

            if icon is not UNSET:
                field_dict["icon"] = icon
        if "color" not in unreadable:
            color: None | str | Unset
            if isinstance(self.color, Unset):
                color = UNSET
            else:
                color = self.color

            if color is not UNSET:
                field_dict["color"] = color
        if "value_text" not in unreadable:
            value_text: None | str | Unset
            if isinstance(self.value_text, Unset):
                value_text = UNSET
            else:
                value_text = self.value_text

            if value_text is not UNSET:
                field_dict["valueText"] = value_text
        if "image_url" not in unreadable:
            image_url: None | str | Unset
            if isinstance(self.image_url, Unset):
                image_url = UNSET
            else:
                image_url = self.image_url

            if image_url is not UNSET:
                field_dict["imageUrl"] = image_url
        if "require_feature" not in unreadable:
            require_feature: None | str | Unset
            if isinstance(self.require_feature, Unset):
                require_feature = UNSET
            else:
                require_feature = self.require_feature

            if require_feature is not UNSET:
                field_dict["requireFeature"] = require_feature
        if "nb_references" not in unreadable:
            nb_references: int | None | Unset
            if isinstance(self.nb_references, Unset):
                nb_references = UNSET
            else:
                nb_references = self.nb_references

            if nb_references is not UNSET:
                field_dict["nbReferences"] = nb_references
        if "date" not in unreadable:
            date: None | str | Unset
            if isinstance(self.date, Unset):
                date = UNSET
            elif isinstance(self.date, datetime.datetime):
                date = self.date.isoformat()
            else:
                date = self.date

            if date is not UNSET:
                field_dict["date"] = date
        if "workspace_id" not in unreadable:
            workspace_id: int | None | Unset
            if isinstance(self.workspace_id, Unset):
                workspace_id = UNSET
            else:
                workspace_id = self.workspace_id

            if workspace_id is not UNSET:
                field_dict["workspaceId"] = workspace_id
        if "value_id" not in unreadable:
            value_id: int | None | Unset
            if isinstance(self.value_id, Unset):
                value_id = UNSET
            else:
                value_id = self.value_id

            if value_id is not UNSET:
                field_dict["valueId"] = value_id
        if "area_id" not in unreadable:
            area_id: int | None | Unset
            if isinstance(self.area_id, Unset):
                area_id = UNSET
            else:
                area_id = self.area_id

            if area_id is not UNSET:
                field_dict["areaId"] = area_id
        if "disabled" not in unreadable:
            disabled: bool | None | Unset
            if isinstance(self.disabled, Unset):
                disabled = UNSET
            else:
                disabled = self.disabled

            if disabled is not UNSET:
                field_dict["disabled"] = disabled
        if "group" not in unreadable:
            group: dict[str, Any] | None | Unset
            if isinstance(self.group, Unset):
                group = UNSET
            elif isinstance(self.group, SelectListGroup):
                group = self.group.to_dict()
            else:
                group = self.group

            if group is not UNSET:
                field_dict["group"] = group
        if "selected" not in unreadable:
            selected: bool | None | Unset
            if isinstance(self.selected, Unset):
                selected = UNSET
            else:
                selected = self.selected

            if selected is not UNSET:
                field_dict["selected"] = selected
        if "text" not in unreadable:
            text: None | str | Unset
            if isinstance(self.text, Unset):
                text = UNSET
            else:
                text = self.text

            if text is not UNSET:
                field_dict["text"] = text
        if "value" not in unreadable:
            value: None | str | Unset
            if isinstance(self.value, Unset):
                value = UNSET
            else:
                value = self.value

            if value is not UNSET:
                field_dict["value"] = value
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
            if len(src_dict) >= 17:
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
            parsed.headline = value
        elif value is UNSET:
            parsed.headline = UNSET
            absent += 1
        else:
            invalid(parsed, "headline", "headline", "str | None", value)

        value = values[1]
        if isinstance(value, str) or value is None:
            parsed.description = value
        elif value is UNSET:
            parsed.description = UNSET
            absent += 1
        else:
            invalid(parsed, "description", "description", "str | None", value)

        value = values[2]
        if isinstance(value, str) or value is None:
            parsed.icon = value
        elif value is UNSET:
            parsed.icon = UNSET
            absent += 1
        else:
            invalid(parsed, "icon", "icon", "str | None", value)

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.color = value
        elif value is UNSET:
            parsed.color = UNSET
            absent += 1
        else:
            invalid(parsed, "color", "color", "str | None", value)

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.value_text = value
        elif value is UNSET:
            parsed.value_text = UNSET
            absent += 1
        else:
            invalid(parsed, "value_text", "valueText", "str | None", value)

        value = values[5]
        if isinstance(value, str) or value is None:
            parsed.image_url = value
        elif value is UNSET:
            parsed.image_url = UNSET
            absent += 1
        else:
            invalid(parsed, "image_url", "imageUrl", "str | None", value)

        value = values[6]
        if isinstance(value, str) or value is None:
            parsed.require_feature = value
        elif value is UNSET:
            parsed.require_feature = UNSET
            absent += 1
        else:
            invalid(parsed, "require_feature", "requireFeature", "str | None", value)

        value = values[7]
        if type(value) is int or value is None:
            parsed.nb_references = value
        elif value is UNSET:
            parsed.nb_references = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_references", "nbReferences", "int | None", value)

        value = values[8]
        if value is None:
            parsed.date = None
        elif value is UNSET:
            parsed.date = UNSET
            absent += 1
        else:
            try:
                parsed.date = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date", "date", "datetime.datetime | None", value)

        value = values[9]
        if type(value) is int or value is None:
            parsed.workspace_id = value
        elif value is UNSET:
            parsed.workspace_id = UNSET
            absent += 1
        else:
            invalid(parsed, "workspace_id", "workspaceId", "int | None", value)

        value = values[10]
        if type(value) is int or value is None:
            parsed.value_id = value
        elif value is UNSET:
            parsed.value_id = UNSET
            absent += 1
        else:
            invalid(parsed, "value_id", "valueId", "int | None", value)

        value = values[11]
        if type(value) is int or value is None:
            parsed.area_id = value
        elif value is UNSET:
            parsed.area_id = UNSET
            absent += 1
        else:
            invalid(parsed, "area_id", "areaId", "int | None", value)

        value = values[12]
        if type(value) is bool or value is None:
            parsed.disabled = value
        elif value is UNSET:
            parsed.disabled = UNSET
            absent += 1
        else:
            invalid(parsed, "disabled", "disabled", "bool | None", value)

        value = values[13]
        if value is None:
            parsed.group = None
        elif value is UNSET:
            parsed.group = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.group = SelectListGroup.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "group", "group", "SelectListGroup | None", value)
            else:
                invalid(parsed, "group", "group", "SelectListGroup | None", value)

        value = values[14]
        if type(value) is bool or value is None:
            parsed.selected = value
        elif value is UNSET:
            parsed.selected = UNSET
            absent += 1
        else:
            invalid(parsed, "selected", "selected", "bool | None", value)

        value = values[15]
        if isinstance(value, str) or value is None:
            parsed.text = value
        elif value is UNSET:
            parsed.text = UNSET
            absent += 1
        else:
            invalid(parsed, "text", "text", "str | None", value)

        value = values[16]
        if isinstance(value, str) or value is None:
            parsed.value = value
        elif value is UNSET:
            parsed.value = UNSET
            absent += 1
        else:
            invalid(parsed, "value", "value", "str | None", value)

        if len(src_dict) + absent == 17:  # every key is a known one
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
