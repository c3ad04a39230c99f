from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_subject_purpose_type import DataSubjectPurposeType
from ..models.icon_layout import IconLayout
from ..models.layout import Layout
from ..models.purpose_selection import PurposeSelection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.area_dto import AreaDto
    from ..models.data_subject_widget_field import DataSubjectWidgetField
    from ..models.data_subject_widget_translation import DataSubjectWidgetTranslation


T = TypeVar("T", bound="DataSubjectWidgetSettingPublicDto")


@_attrs_define
class DataSubjectWidgetSettingPublicDto:
    """
    Attributes:
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

        label = self.label

        color_primary = self.color_primary

        lang: None | str | Unset
        if isinstance(self.lang, Unset):
            lang = UNSET
        else:
            lang = self.lang

        area: dict[str, Any] | None | Unset
        if isinstance(self.area, Unset):
            area = UNSET
        elif isinstance(self.area, AreaDto):
            area = self.area.to_dict()
        else:
            area = self.area

        translation: dict[str, Any] | None | Unset
        if isinstance(self.translation, Unset):
            translation = UNSET
        elif isinstance(self.translation, DataSubjectWidgetTranslation):
            translation = self.translation.to_dict()
        else:
            translation = self.translation

        no_mail_validation: bool | None | Unset
        if isinstance(self.no_mail_validation, Unset):
            no_mail_validation = UNSET
        else:
            no_mail_validation = self.no_mail_validation

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        custom_css: None | str | Unset
        if isinstance(self.custom_css, Unset):
            custom_css = UNSET
        else:
            custom_css = self.custom_css

        layout: None | str | Unset
        if isinstance(self.layout, Unset):
            layout = UNSET
        elif isinstance(self.layout, Layout):
            layout = self.layout.value
        else:
            layout = self.layout

        purpose_selection: None | str | Unset
        if isinstance(self.purpose_selection, Unset):
            purpose_selection = UNSET
        elif isinstance(self.purpose_selection, PurposeSelection):
            purpose_selection = self.purpose_selection.value
        else:
            purpose_selection = self.purpose_selection

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

        color_text: None | str | Unset
        if isinstance(self.color_text, Unset):
            color_text = UNSET
        else:
            color_text = self.color_text

        icon_layout: None | str | Unset
        if isinstance(self.icon_layout, Unset):
            icon_layout = UNSET
        elif isinstance(self.icon_layout, IconLayout):
            icon_layout = self.icon_layout.value
        else:
            icon_layout = self.icon_layout

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

        call_back_success_url: None | str | Unset
        if isinstance(self.call_back_success_url, Unset):
            call_back_success_url = UNSET
        else:
            call_back_success_url = self.call_back_success_url

        call_back_error_url: None | str | Unset
        if isinstance(self.call_back_error_url, Unset):
            call_back_error_url = UNSET
        else:
            call_back_error_url = self.call_back_error_url

        font_family: None | str | Unset
        if isinstance(self.font_family, Unset):
            font_family = UNSET
        else:
            font_family = self.font_family

        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        date_update: None | str | Unset
        if isinstance(self.date_update, Unset):
            date_update = UNSET
        elif isinstance(self.date_update, datetime.datetime):
            date_update = self.date_update.isoformat()
        else:
            date_update = self.date_update

        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        privacy_policy_url: None | str | Unset
        if isinstance(self.privacy_policy_url, Unset):
            privacy_policy_url = UNSET
        else:
            privacy_policy_url = self.privacy_policy_url

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        tenant_id: int | None | Unset
        if isinstance(self.tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = self.tenant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "colorPrimary": color_primary,
            }
        )
        if lang is not UNSET:
            field_dict["lang"] = lang
        if area is not UNSET:
            field_dict["area"] = area
        if translation is not UNSET:
            field_dict["translation"] = translation
        if no_mail_validation is not UNSET:
            field_dict["noMailValidation"] = no_mail_validation
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if custom_css is not UNSET:
            field_dict["customCSS"] = custom_css
        if layout is not UNSET:
            field_dict["layout"] = layout
        if purpose_selection is not UNSET:
            field_dict["purposeSelection"] = purpose_selection
        if allowed_purposes is not UNSET:
            field_dict["allowedPurposes"] = allowed_purposes
        if color_text is not UNSET:
            field_dict["colorText"] = color_text
        if icon_layout is not UNSET:
            field_dict["iconLayout"] = icon_layout
        if fields is not UNSET:
            field_dict["fields"] = fields
        if call_back_success_url is not UNSET:
            field_dict["callBackSuccessUrl"] = call_back_success_url
        if call_back_error_url is not UNSET:
            field_dict["callBackErrorUrl"] = call_back_error_url
        if font_family is not UNSET:
            field_dict["fontFamily"] = font_family
        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        if privacy_policy_url is not UNSET:
            field_dict["privacyPolicyUrl"] = privacy_policy_url
        if id is not UNSET:
            field_dict["id"] = id
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.area_dto import AreaDto
        from ..models.data_subject_widget_field import DataSubjectWidgetField
        from ..models.data_subject_widget_translation import DataSubjectWidgetTranslation

        d = dict(src_dict)
        label = d.pop("label")

        color_primary = d.pop("colorPrimary")

        def _parse_lang(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lang = _parse_lang(d.pop("lang", UNSET))

        def _parse_area(data: object) -> AreaDto | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                area_type_1 = AreaDto.from_dict(data)

                return area_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AreaDto | None | Unset, data)

        area = _parse_area(d.pop("area", UNSET))

        def _parse_translation(data: object) -> DataSubjectWidgetTranslation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                translation_type_1 = DataSubjectWidgetTranslation.from_dict(data)

                return translation_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataSubjectWidgetTranslation | None | Unset, data)

        translation = _parse_translation(d.pop("translation", UNSET))

        def _parse_no_mail_validation(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        no_mail_validation = _parse_no_mail_validation(d.pop("noMailValidation", UNSET))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_custom_css(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_css = _parse_custom_css(d.pop("customCSS", UNSET))

        def _parse_layout(data: object) -> Layout | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                layout_type_0 = Layout(data)

                return layout_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Layout | None | str | Unset, data)

        layout = _parse_layout(d.pop("layout", UNSET))

        def _parse_purpose_selection(data: object) -> None | PurposeSelection | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                purpose_selection_type_0 = PurposeSelection(data)

                return purpose_selection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PurposeSelection | str | Unset, data)

        purpose_selection = _parse_purpose_selection(d.pop("purposeSelection", UNSET))

        def _parse_allowed_purposes(data: object) -> list[DataSubjectPurposeType | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_purposes_type_0 = []
                _allowed_purposes_type_0 = data
                for allowed_purposes_type_0_item_data in _allowed_purposes_type_0:

                    def _parse_allowed_purposes_type_0_item(data: object) -> DataSubjectPurposeType | str:
                        try:
                            if not isinstance(data, str):
                                raise TypeError()
                            allowed_purposes_type_0_item_type_0 = DataSubjectPurposeType(data)

                            return allowed_purposes_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(DataSubjectPurposeType | str, data)

                    allowed_purposes_type_0_item = _parse_allowed_purposes_type_0_item(
                        allowed_purposes_type_0_item_data
                    )

                    allowed_purposes_type_0.append(allowed_purposes_type_0_item)

                return allowed_purposes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DataSubjectPurposeType | str] | None | Unset, data)

        allowed_purposes = _parse_allowed_purposes(d.pop("allowedPurposes", UNSET))

        def _parse_color_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color_text = _parse_color_text(d.pop("colorText", UNSET))

        def _parse_icon_layout(data: object) -> IconLayout | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                icon_layout_type_0 = IconLayout(data)

                return icon_layout_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IconLayout | None | str | Unset, data)

        icon_layout = _parse_icon_layout(d.pop("iconLayout", UNSET))

        def _parse_fields(data: object) -> list[DataSubjectWidgetField] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                fields_type_0 = []
                _fields_type_0 = data
                for fields_type_0_item_data in _fields_type_0:
                    fields_type_0_item = DataSubjectWidgetField.from_dict(fields_type_0_item_data)

                    fields_type_0.append(fields_type_0_item)

                return fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DataSubjectWidgetField] | None | Unset, data)

        fields = _parse_fields(d.pop("fields", UNSET))

        def _parse_call_back_success_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_back_success_url = _parse_call_back_success_url(d.pop("callBackSuccessUrl", UNSET))

        def _parse_call_back_error_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_back_error_url = _parse_call_back_error_url(d.pop("callBackErrorUrl", UNSET))

        def _parse_font_family(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        font_family = _parse_font_family(d.pop("fontFamily", UNSET))

        def _parse_date_creation(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_creation_type_0 = datetime.datetime.fromisoformat(data)

                return date_creation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_creation = _parse_date_creation(d.pop("dateCreation", UNSET))

        def _parse_date_update(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_update_type_0 = datetime.datetime.fromisoformat(data)

                return date_update_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_update = _parse_date_update(d.pop("dateUpdate", UNSET))

        def _parse_logo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_url = _parse_logo_url(d.pop("logoUrl", UNSET))

        def _parse_privacy_policy_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        privacy_policy_url = _parse_privacy_policy_url(d.pop("privacyPolicyUrl", UNSET))

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_tenant_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tenant_id = _parse_tenant_id(d.pop("tenantId", UNSET))

        data_subject_widget_setting_public_dto = cls(
            label=label,
            color_primary=color_primary,
            lang=lang,
            area=area,
            translation=translation,
            no_mail_validation=no_mail_validation,
            enabled=enabled,
            custom_css=custom_css,
            layout=layout,
            purpose_selection=purpose_selection,
            allowed_purposes=allowed_purposes,
            color_text=color_text,
            icon_layout=icon_layout,
            fields=fields,
            call_back_success_url=call_back_success_url,
            call_back_error_url=call_back_error_url,
            font_family=font_family,
            date_creation=date_creation,
            date_update=date_update,
            logo_url=logo_url,
            privacy_policy_url=privacy_policy_url,
            id=id,
            tenant_id=tenant_id,
        )

        data_subject_widget_setting_public_dto.additional_properties = d
        return data_subject_widget_setting_public_dto

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
