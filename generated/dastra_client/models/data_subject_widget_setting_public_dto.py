from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import FieldValidationError, VariantMismatchError
from .._lazy import (
    EAGER,
    MISSING,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
)
from ..models.data_subject_purpose_type import DataSubjectPurposeType
from ..models.icon_layout import IconLayout
from ..models.layout import Layout
from ..models.purpose_selection import PurposeSelection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.area_dto import AreaDto
    from ..models.data_subject_widget_field import DataSubjectWidgetField
    from ..models.data_subject_widget_translation import DataSubjectWidgetTranslation
else:
    AreaDto = deferred(globals(), "AreaDto", "..models.area_dto")
    DataSubjectWidgetField = deferred(
        globals(), "DataSubjectWidgetField", "..models.data_subject_widget_field"
    )
    DataSubjectWidgetTranslation = deferred(
        globals(), "DataSubjectWidgetTranslation", "..models.data_subject_widget_translation"
    )


_DATA_SUBJECT_PURPOSE_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in DataSubjectPurposeType
}
_ICON_LAYOUT_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in IconLayout}
_LAYOUT_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in Layout}
_PURPOSE_SELECTION_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in PurposeSelection}


def _load_area(model: DataSubjectWidgetSettingPublicDto, source: Mapping[str, Any]) -> Any:
    value = source.get("area", UNSET)
    if value is None or value is UNSET:
        model.area = value
        return value
    if isinstance(value, dict):
        try:
            model.area = result = AreaDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "area", "area", "AreaDto | None", value)
    else:
        result = invalid(model, "area", "area", "AreaDto | None", value)
    return result


def _load_translation(model: DataSubjectWidgetSettingPublicDto, source: Mapping[str, Any]) -> Any:
    value = source.get("translation", UNSET)
    if value is None or value is UNSET:
        model.translation = value
        return value
    if isinstance(value, dict):
        try:
            model.translation = result = DataSubjectWidgetTranslation.from_dict(value)
        except VariantMismatchError:
            result = invalid(
                model, "translation", "translation", "DataSubjectWidgetTranslation | None", value
            )
    else:
        result = invalid(model, "translation", "translation", "DataSubjectWidgetTranslation | None", value)
    return result


def _load_fields(model: DataSubjectWidgetSettingPublicDto, source: Mapping[str, Any]) -> Any:
    value = source.get("fields", UNSET)
    if value is None or value is UNSET:
        model.fields = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.fields = result = list(map(DataSubjectWidgetField.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "fields",
                "fields",
                "list[DataSubjectWidgetField] | None",
                value,
                items=DataSubjectWidgetField.from_dict,
            )
    else:
        result = invalid(model, "fields", "fields", "list[DataSubjectWidgetField] | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "label",
    "colorPrimary",
    "lang",
    "area",
    "translation",
    "noMailValidation",
    "enabled",
    "customCSS",
    "layout",
    "purposeSelection",
    "allowedPurposes",
    "colorText",
    "iconLayout",
    "fields",
    "callBackSuccessUrl",
    "callBackErrorUrl",
    "fontFamily",
    "dateCreation",
    "dateUpdate",
    "logoUrl",
    "privacyPolicyUrl",
    "id",
    "tenantId",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "label": MISSING,
    "colorPrimary": MISSING,
    "lang": UNSET,
    "area": UNSET,
    "translation": UNSET,
    "noMailValidation": UNSET,
    "enabled": UNSET,
    "customCSS": UNSET,
    "layout": UNSET,
    "purposeSelection": UNSET,
    "allowedPurposes": UNSET,
    "colorText": UNSET,
    "iconLayout": UNSET,
    "fields": UNSET,
    "callBackSuccessUrl": UNSET,
    "callBackErrorUrl": UNSET,
    "fontFamily": UNSET,
    "dateCreation": UNSET,
    "dateUpdate": UNSET,
    "logoUrl": UNSET,
    "privacyPolicyUrl": UNSET,
    "id": UNSET,
    "tenantId": UNSET,
}

T = TypeVar("T", bound="DataSubjectWidgetSettingPublicDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DataSubjectWidgetSettingPublicDto(LazyModel):
    """Attributes:
    label (str):
    color_primary (str):
    lang (None | str | Unset):
    area (AreaDto | None | Unset):
    translation (DataSubjectWidgetTranslation | None | Unset):
    no_mail_validation (bool | None | Unset):
    enabled (bool | None | Unset):
    custom_css (None | str | Unset):
    layout (Layout | None | str | Unset):
    purpose_selection (None | PurposeSelection | str | Unset):
    allowed_purposes (list[DataSubjectPurposeType | str] | None | Unset):
    color_text (None | str | Unset):
    icon_layout (IconLayout | None | str | Unset):
    fields (list[DataSubjectWidgetField] | None | Unset):
    call_back_success_url (None | str | Unset):
    call_back_error_url (None | str | Unset):
    font_family (None | str | Unset):
    date_creation (datetime.datetime | None | Unset):
    date_update (datetime.datetime | None | Unset):
    logo_url (None | str | Unset):
    privacy_policy_url (None | str | Unset):
    id (int | None | Unset):
    tenant_id (int | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("label", "label"),
        ("color_primary", "colorPrimary"),
        ("lang", "lang"),
        ("area", "area"),
        ("translation", "translation"),
        ("no_mail_validation", "noMailValidation"),
        ("enabled", "enabled"),
        ("custom_css", "customCSS"),
        ("layout", "layout"),
        ("purpose_selection", "purposeSelection"),
        ("allowed_purposes", "allowedPurposes"),
        ("color_text", "colorText"),
        ("icon_layout", "iconLayout"),
        ("fields", "fields"),
        ("call_back_success_url", "callBackSuccessUrl"),
        ("call_back_error_url", "callBackErrorUrl"),
        ("font_family", "fontFamily"),
        ("date_creation", "dateCreation"),
        ("date_update", "dateUpdate"),
        ("logo_url", "logoUrl"),
        ("privacy_policy_url", "privacyPolicyUrl"),
        ("id", "id"),
        ("tenant_id", "tenantId"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "area": _load_area,
        "translation": _load_translation,
        "fields": _load_fields,
    }

    label: str
    color_primary: str
    lang: None | str | Unset = UNSET
    area: AreaDto | None | Unset = UNSET
    translation: DataSubjectWidgetTranslation | None | Unset = UNSET
    no_mail_validation: bool | None | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    custom_css: None | str | Unset = UNSET
    layout: Layout | None | str | Unset = UNSET
    purpose_selection: None | PurposeSelection | str | Unset = UNSET
    allowed_purposes: list[DataSubjectPurposeType | str] | None | Unset = UNSET
    color_text: None | str | Unset = UNSET
    icon_layout: IconLayout | None | str | Unset = UNSET
    fields: list[DataSubjectWidgetField] | None | Unset = UNSET
    call_back_success_url: None | str | Unset = UNSET
    call_back_error_url: None | str | Unset = UNSET
    font_family: None | str | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    privacy_policy_url: None | str | Unset = UNSET
    id: int | None | Unset = UNSET
    tenant_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.area_dto import AreaDto
        from ..models.data_subject_widget_translation import DataSubjectWidgetTranslation

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "label" not in unreadable:
            label = self.label

            field_dict["label"] = label
        if "color_primary" not in unreadable:
            color_primary = self.color_primary

            field_dict["colorPrimary"] = color_primary
        if "lang" not in unreadable:
            lang: None | str | Unset
            if isinstance(self.lang, Unset):
                lang = UNSET
            else:
                lang = self.lang

            if lang is not UNSET:
                field_dict["lang"] = lang
        if "area" not in unreadable:
            area: dict[str, Any] | None | Unset
            if isinstance(self.area, Unset):
                area = UNSET
            elif isinstance(self.area, AreaDto):
                area = self.area.to_dict()
            else:
                area = self.area

            if area is not UNSET:
                field_dict["area"] = area
        if "translation" not in unreadable:
            translation: dict[str, Any] | None | Unset
            if isinstance(self.translation, Unset):
                translation = UNSET
            elif isinstance(self.translation, DataSubjectWidgetTranslation):
                translation = self.translation.to_dict()
            else:
                translation = self.translation

            if translation is not UNSET:
                field_dict["translation"] = translation
        if "no_mail_validation" not in unreadable:
            no_mail_validation: bool | None | Unset
            if isinstance(self.no_mail_validation, Unset):
                no_mail_validation = UNSET
            else:
                no_mail_validation = self.no_mail_validation

            if no_mail_validation is not UNSET:
                field_dict["noMailValidation"] = no_mail_validation
        if "enabled" not in unreadable:
            enabled: bool | None | Unset
            if isinstance(self.enabled, Unset):
                enabled = UNSET
            else:
                enabled = self.enabled

            if enabled is not UNSET:
                field_dict["enabled"] = enabled
        if "custom_css" not in unreadable:
            custom_css: None | str | Unset
            if isinstance(self.custom_css, Unset):
                custom_css = UNSET
            else:
                custom_css = self.custom_css

            if custom_css is not UNSET:
                field_dict["customCSS"] = custom_css
        if "layout" not in unreadable:
            layout: None | str | Unset
            if isinstance(self.layout, Unset):
                layout = UNSET
            elif isinstance(self.layout, Layout):
                layout = self.layout.value
            else:
                layout = self.layout

            if layout is not UNSET:
                field_dict["layout"] = layout
        if "purpose_selection" not in unreadable:
            purpose_selection: None | str | Unset
            if isinstance(self.purpose_selection, Unset):
                purpose_selection = UNSET
            elif isinstance(self.purpose_selection, PurposeSelection):
                purpose_selection = self.purpose_selection.value
            else:
                purpose_selection = self.purpose_selection

            if purpose_selection is not UNSET:
                field_dict["purposeSelection"] = purpose_selection
        if "allowed_purposes" not in unreadable:
            allowed_purposes: list[str] | None | Unset
            if isinstance(self.allowed_purposes, Unset):
                allowed_purposes = UNSET
            elif isinstance(self.allowed_purposes, list):
                allowed_purposes = []
                for allowed_purposes_type_0_item_data in self.allowed_purposes:
                    allowed_purposes_type_0_item: str
                    if isinstance(allowed_purposes_type_0_item_data, DataSubjectPurposeType):
                        allowed_purposes_type_0_item = allowed_purposes_type_0_item_data.value
                    else:
                        allowed_purposes_type_0_item = allowed_purposes_type_0_item_data
                    allowed_purposes.append(allowed_purposes_type_0_item)

            else:
                allowed_purposes = self.allowed_purposes

            if allowed_purposes is not UNSET:
                field_dict["allowedPurposes"] = allowed_purposes
        if "color_text" not in unreadable:
            color_text: None | str | Unset
            if isinstance(self.color_text, Unset):
                color_text = UNSET
            else:
                color_text = self.color_text

            if color_text is not UNSET:
                field_dict["colorText"] = color_text
        if "icon_layout" not in unreadable:
            icon_layout: None | str | Unset
            if isinstance(self.icon_layout, Unset):
                icon_layout = UNSET
            elif isinstance(self.icon_layout, IconLayout):
                icon_layout = self.icon_layout.value
            else:
                icon_layout = self.icon_layout

            if icon_layout is not UNSET:
                field_dict["iconLayout"] = icon_layout
        if "fields" not in unreadable:
            fields: list[dict[str, Any]] | None | Unset
            if isinstance(self.fields, Unset):
                fields = UNSET
            elif isinstance(self.fields, list):
                fields = []
                for fields_type_0_item_data in self.fields:
                    fields_type_0_item = fields_type_0_item_data.to_dict()
                    fields.append(fields_type_0_item)

            else:
                fields = self.fields

            if fields is not UNSET:
                field_dict["fields"] = fields
        if "call_back_success_url" not in unreadable:
            call_back_success_url: None | str | Unset
            if isinstance(self.call_back_success_url, Unset):
                call_back_success_url = UNSET
            else:
                call_back_success_url = self.call_back_success_url

            if call_back_success_url is not UNSET:
                field_dict["callBackSuccessUrl"] = call_back_success_url
        if "call_back_error_url" not in unreadable:
            call_back_error_url: None | str | Unset
            if isinstance(self.call_back_error_url, Unset):
                call_back_error_url = UNSET
            else:
                call_back_error_url = self.call_back_error_url

            if call_back_error_url is not UNSET:
                field_dict["callBackErrorUrl"] = call_back_error_url
        if "font_family" not in unreadable:
            font_family: None | str | Unset
            if isinstance(self.font_family, Unset):
                font_family = UNSET
            else:
                font_family = self.font_family

            if font_family is not UNSET:
                field_dict["fontFamily"] = font_family
        if "date_creation" not in unreadable:
            date_creation: None | str | Unset
            if isinstance(self.date_creation, Unset):
                date_creation = UNSET
            elif isinstance(self.date_creation, datetime.datetime):
                date_creation = self.date_creation.isoformat()
            else:
                date_creation = self.date_creation

            if date_creation is not UNSET:
                field_dict["dateCreation"] = date_creation
        if "date_update" not in unreadable:
            date_update: None | str | Unset
            if isinstance(self.date_update, Unset):
                date_update = UNSET
            elif isinstance(self.date_update, datetime.datetime):
                date_update = self.date_update.isoformat()
            else:
                date_update = self.date_update

            if date_update is not UNSET:
                field_dict["dateUpdate"] = date_update
        if "logo_url" not in unreadable:
            logo_url: None | str | Unset
            if isinstance(self.logo_url, Unset):
                logo_url = UNSET
            else:
                logo_url = self.logo_url

            if logo_url is not UNSET:
                field_dict["logoUrl"] = logo_url
        if "privacy_policy_url" not in unreadable:
            privacy_policy_url: None | str | Unset
            if isinstance(self.privacy_policy_url, Unset):
                privacy_policy_url = UNSET
            else:
                privacy_policy_url = self.privacy_policy_url

            if privacy_policy_url is not UNSET:
                field_dict["privacyPolicyUrl"] = privacy_policy_url
        if "id" not in unreadable:
            id: int | None | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "tenant_id" not in unreadable:
            tenant_id: int | None | Unset
            if isinstance(self.tenant_id, Unset):
                tenant_id = UNSET
            else:
                tenant_id = self.tenant_id

            if tenant_id is not UNSET:
                field_dict["tenantId"] = tenant_id
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
            if len(src_dict) >= 23:
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
        if isinstance(value, str):
            parsed.label = value
        else:
            invalid(parsed, "label", "label", "str", value)
            absent += value is MISSING

        value = values[1]
        if isinstance(value, str):
            parsed.color_primary = value
        else:
            invalid(parsed, "color_primary", "colorPrimary", "str", value)
            absent += value is MISSING

        value = values[2]
        if isinstance(value, str) or value is None:
            parsed.lang = value
        elif value is UNSET:
            parsed.lang = UNSET
            absent += 1
        else:
            invalid(parsed, "lang", "lang", "str | None", value)

        value = values[3]
        if value is None:
            parsed.area = None
        elif value is UNSET:
            parsed.area = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.area = AreaDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "area", "area", "AreaDto | None", value)
            else:
                invalid(parsed, "area", "area", "AreaDto | None", value)

        value = values[4]
        if value is None:
            parsed.translation = None
        elif value is UNSET:
            parsed.translation = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.translation = DataSubjectWidgetTranslation.from_dict(value)
                except VariantMismatchError:
                    invalid(
                        parsed, "translation", "translation", "DataSubjectWidgetTranslation | None", value
                    )
            else:
                invalid(parsed, "translation", "translation", "DataSubjectWidgetTranslation | None", value)

        value = values[5]
        if type(value) is bool or value is None:
            parsed.no_mail_validation = value
        elif value is UNSET:
            parsed.no_mail_validation = UNSET
            absent += 1
        else:
            invalid(parsed, "no_mail_validation", "noMailValidation", "bool | None", value)

        value = values[6]
        if type(value) is bool or value is None:
            parsed.enabled = value
        elif value is UNSET:
            parsed.enabled = UNSET
            absent += 1
        else:
            invalid(parsed, "enabled", "enabled", "bool | None", value)

        value = values[7]
        if isinstance(value, str) or value is None:
            parsed.custom_css = value
        elif value is UNSET:
            parsed.custom_css = UNSET
            absent += 1
        else:
            invalid(parsed, "custom_css", "customCSS", "str | None", value)

        value = values[8]
        if isinstance(value, str):
            parsed.layout = _LAYOUT_BY_VALUE.get(value, value)
        elif value is None:
            parsed.layout = None
        elif value is UNSET:
            parsed.layout = UNSET
            absent += 1
        else:
            invalid(parsed, "layout", "layout", "Layout | str | None", value)

        value = values[9]
        if isinstance(value, str):
            parsed.purpose_selection = _PURPOSE_SELECTION_BY_VALUE.get(value, value)
        elif value is None:
            parsed.purpose_selection = None
        elif value is UNSET:
            parsed.purpose_selection = UNSET
            absent += 1
        else:
            invalid(parsed, "purpose_selection", "purposeSelection", "PurposeSelection | str | None", value)

        value = values[10]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "allowed_purposes",
                        "allowedPurposes",
                        "list[DataSubjectPurposeType | str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.allowed_purposes = [
                    _DATA_SUBJECT_PURPOSE_TYPE_BY_VALUE.get(item, item) for item in value
                ]
        elif value is None:
            parsed.allowed_purposes = None
        elif value is UNSET:
            parsed.allowed_purposes = UNSET
            absent += 1
        else:
            invalid(
                parsed,
                "allowed_purposes",
                "allowedPurposes",
                "list[DataSubjectPurposeType | str] | None",
                value,
            )

        value = values[11]
        if isinstance(value, str) or value is None:
            parsed.color_text = value
        elif value is UNSET:
            parsed.color_text = UNSET
            absent += 1
        else:
            invalid(parsed, "color_text", "colorText", "str | None", value)

        value = values[12]
        if isinstance(value, str):
            parsed.icon_layout = _ICON_LAYOUT_BY_VALUE.get(value, value)
        elif value is None:
            parsed.icon_layout = None
        elif value is UNSET:
            parsed.icon_layout = UNSET
            absent += 1
        else:
            invalid(parsed, "icon_layout", "iconLayout", "IconLayout | str | None", value)

        value = values[13]
        if value is None:
            parsed.fields = None
        elif value is UNSET:
            parsed.fields = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.fields = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.fields = list(map(DataSubjectWidgetField.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "fields",
                        "fields",
                        "list[DataSubjectWidgetField] | None",
                        value,
                        items=DataSubjectWidgetField.from_dict,
                    )
            else:
                invalid(parsed, "fields", "fields", "list[DataSubjectWidgetField] | None", value)

        value = values[14]
        if isinstance(value, str) or value is None:
            parsed.call_back_success_url = value
        elif value is UNSET:
            parsed.call_back_success_url = UNSET
            absent += 1
        else:
            invalid(parsed, "call_back_success_url", "callBackSuccessUrl", "str | None", value)

        value = values[15]
        if isinstance(value, str) or value is None:
            parsed.call_back_error_url = value
        elif value is UNSET:
            parsed.call_back_error_url = UNSET
            absent += 1
        else:
            invalid(parsed, "call_back_error_url", "callBackErrorUrl", "str | None", value)

        value = values[16]
        if isinstance(value, str) or value is None:
            parsed.font_family = value
        elif value is UNSET:
            parsed.font_family = UNSET
            absent += 1
        else:
            invalid(parsed, "font_family", "fontFamily", "str | None", value)

        value = values[17]
        if value is None:
            parsed.date_creation = None
        elif value is UNSET:
            parsed.date_creation = UNSET
            absent += 1
        else:
            try:
                parsed.date_creation = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_creation", "dateCreation", "datetime.datetime | None", value)

        value = values[18]
        if value is None:
            parsed.date_update = None
        elif value is UNSET:
            parsed.date_update = UNSET
            absent += 1
        else:
            try:
                parsed.date_update = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_update", "dateUpdate", "datetime.datetime | None", value)

        value = values[19]
        if isinstance(value, str) or value is None:
            parsed.logo_url = value
        elif value is UNSET:
            parsed.logo_url = UNSET
            absent += 1
        else:
            invalid(parsed, "logo_url", "logoUrl", "str | None", value)

        value = values[20]
        if isinstance(value, str) or value is None:
            parsed.privacy_policy_url = value
        elif value is UNSET:
            parsed.privacy_policy_url = UNSET
            absent += 1
        else:
            invalid(parsed, "privacy_policy_url", "privacyPolicyUrl", "str | None", value)

        value = values[21]
        if type(value) is int or value is None:
            parsed.id = value
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            invalid(parsed, "id", "id", "int | None", value)

        value = values[22]
        if type(value) is int or value is None:
            parsed.tenant_id = value
        elif value is UNSET:
            parsed.tenant_id = UNSET
            absent += 1
        else:
            invalid(parsed, "tenant_id", "tenantId", "int | None", value)

        if len(src_dict) + absent == 23:  # every key is a known one
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
