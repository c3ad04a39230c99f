from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.data_subject_purpose_type import DataSubjectPurposeType
from ..models.icon_layout import IconLayout
from ..models.layout import Layout
from ..models.purpose_selection import PurposeSelection
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
    from ..models.area_dto import AreaDto
    from ..models.data_subject_widget_field import DataSubjectWidgetField
    from ..models.data_subject_widget_translation import DataSubjectWidgetTranslation









def _parse_area(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.AreaDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_translation(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.DataSubjectWidgetTranslation.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data








def _parse_layout(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = Layout._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_purpose_selection(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = PurposeSelection._value2member_map_.get(data)
    if member is not None:
        return member
    return data




def _parse_allowed_purposes_type_0_item(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = DataSubjectPurposeType._value2member_map_.get(data)
    if member is not None:
        return member
    return data




def _parse_allowed_purposes(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_parse_allowed_purposes_type_0_item(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data






def _parse_icon_layout(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = IconLayout._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_fields(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, list):
        try:
            return [_models.DataSubjectWidgetField.from_dict(item) for item in data]
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data







def _parse_date_creation(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_date_update(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data







def _load_area(source: Mapping[str, Any]) -> Any:
    return _parse_area(source.get("area", UNSET))

def _load_translation(source: Mapping[str, Any]) -> Any:
    return _parse_translation(source.get("translation", UNSET))

def _load_fields(source: Mapping[str, Any]) -> Any:
    return _parse_fields(source.get("fields", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("label", "colorPrimary", "lang", "area", "translation", "noMailValidation", "enabled", "customCSS", "layout", "purposeSelection", "allowedPurposes", "colorText", "iconLayout", "fields", "callBackSuccessUrl", "callBackErrorUrl", "fontFamily", "dateCreation", "dateUpdate", "logoUrl", "privacyPolicyUrl", "id", "tenantId", ))

T = TypeVar("T", bound="DataSubjectWidgetSettingPublicDto")



@_attrs_define
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

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
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
        from ..models.area_dto import AreaDto  # noqa: PLC0415
        from ..models.data_subject_widget_field import DataSubjectWidgetField  # noqa: PLC0415
        from ..models.data_subject_widget_translation import DataSubjectWidgetTranslation  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        label = self.label

        field_dict["label"] = label
        color_primary = self.color_primary

        field_dict["colorPrimary"] = color_primary
        lang: None | str | Unset
        if isinstance(self.lang, Unset):
            lang = UNSET
        else:
            lang = self.lang

        if lang is not UNSET:
            field_dict["lang"] = lang
        area: dict[str, Any] | None | Unset
        if isinstance(self.area, Unset):
            area = UNSET
        elif isinstance(self.area, AreaDto):
            area = self.area.to_dict()
        else:
            area = self.area

        if area is not UNSET:
            field_dict["area"] = area
        translation: dict[str, Any] | None | Unset
        if isinstance(self.translation, Unset):
            translation = UNSET
        elif isinstance(self.translation, DataSubjectWidgetTranslation):
            translation = self.translation.to_dict()
        else:
            translation = self.translation

        if translation is not UNSET:
            field_dict["translation"] = translation
        no_mail_validation: bool | None | Unset
        if isinstance(self.no_mail_validation, Unset):
            no_mail_validation = UNSET
        else:
            no_mail_validation = self.no_mail_validation

        if no_mail_validation is not UNSET:
            field_dict["noMailValidation"] = no_mail_validation
        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        custom_css: None | str | Unset
        if isinstance(self.custom_css, Unset):
            custom_css = UNSET
        else:
            custom_css = self.custom_css

        if custom_css is not UNSET:
            field_dict["customCSS"] = custom_css
        layout: None | str | Unset
        if isinstance(self.layout, Unset):
            layout = UNSET
        elif isinstance(self.layout, Layout):
            layout = self.layout.value
        else:
            layout = self.layout

        if layout is not UNSET:
            field_dict["layout"] = layout
        purpose_selection: None | str | Unset
        if isinstance(self.purpose_selection, Unset):
            purpose_selection = UNSET
        elif isinstance(self.purpose_selection, PurposeSelection):
            purpose_selection = self.purpose_selection.value
        else:
            purpose_selection = self.purpose_selection

        if purpose_selection is not UNSET:
            field_dict["purposeSelection"] = purpose_selection
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
        color_text: None | str | Unset
        if isinstance(self.color_text, Unset):
            color_text = UNSET
        else:
            color_text = self.color_text

        if color_text is not UNSET:
            field_dict["colorText"] = color_text
        icon_layout: None | str | Unset
        if isinstance(self.icon_layout, Unset):
            icon_layout = UNSET
        elif isinstance(self.icon_layout, IconLayout):
            icon_layout = self.icon_layout.value
        else:
            icon_layout = self.icon_layout

        if icon_layout is not UNSET:
            field_dict["iconLayout"] = icon_layout
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
        call_back_success_url: None | str | Unset
        if isinstance(self.call_back_success_url, Unset):
            call_back_success_url = UNSET
        else:
            call_back_success_url = self.call_back_success_url

        if call_back_success_url is not UNSET:
            field_dict["callBackSuccessUrl"] = call_back_success_url
        call_back_error_url: None | str | Unset
        if isinstance(self.call_back_error_url, Unset):
            call_back_error_url = UNSET
        else:
            call_back_error_url = self.call_back_error_url

        if call_back_error_url is not UNSET:
            field_dict["callBackErrorUrl"] = call_back_error_url
        font_family: None | str | Unset
        if isinstance(self.font_family, Unset):
            font_family = UNSET
        else:
            font_family = self.font_family

        if font_family is not UNSET:
            field_dict["fontFamily"] = font_family
        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        date_update: None | str | Unset
        if isinstance(self.date_update, Unset):
            date_update = UNSET
        elif isinstance(self.date_update, datetime.datetime):
            date_update = self.date_update.isoformat()
        else:
            date_update = self.date_update

        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        privacy_policy_url: None | str | Unset
        if isinstance(self.privacy_policy_url, Unset):
            privacy_policy_url = UNSET
        else:
            privacy_policy_url = self.privacy_policy_url

        if privacy_policy_url is not UNSET:
            field_dict["privacyPolicyUrl"] = privacy_policy_url
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        tenant_id: int | None | Unset
        if isinstance(self.tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = self.tenant_id

        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.label = src_dict["label"]
        parsed.color_primary = src_dict["colorPrimary"]
        parsed.lang = src_dict.get("lang", UNSET)
        parsed.no_mail_validation = src_dict.get("noMailValidation", UNSET)
        parsed.enabled = src_dict.get("enabled", UNSET)
        parsed.custom_css = src_dict.get("customCSS", UNSET)
        parsed.layout = _parse_layout(src_dict.get("layout", UNSET))
        parsed.purpose_selection = _parse_purpose_selection(src_dict.get("purposeSelection", UNSET))
        parsed.allowed_purposes = _parse_allowed_purposes(src_dict.get("allowedPurposes", UNSET))
        parsed.color_text = src_dict.get("colorText", UNSET)
        parsed.icon_layout = _parse_icon_layout(src_dict.get("iconLayout", UNSET))
        parsed.call_back_success_url = src_dict.get("callBackSuccessUrl", UNSET)
        parsed.call_back_error_url = src_dict.get("callBackErrorUrl", UNSET)
        parsed.font_family = src_dict.get("fontFamily", UNSET)
        parsed.date_creation = _parse_date_creation(src_dict.get("dateCreation", UNSET))
        parsed.date_update = _parse_date_update(src_dict.get("dateUpdate", UNSET))
        parsed.logo_url = src_dict.get("logoUrl", UNSET)
        parsed.privacy_policy_url = src_dict.get("privacyPolicyUrl", UNSET)
        parsed.id = src_dict.get("id", UNSET)
        parsed.tenant_id = src_dict.get("tenantId", UNSET)
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
