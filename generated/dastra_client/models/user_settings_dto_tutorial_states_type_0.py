from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tutorial_state_item import TutorialStateItem


T = TypeVar("T", bound="UserSettingsDtoTutorialStatesType0")


@_attrs_define
class UserSettingsDtoTutorialStatesType0:
    """
    Attributes:
        startup (None | TutorialStateItem | Unset):
        dashboard (None | TutorialStateItem | Unset):
        data_processing (None | TutorialStateItem | Unset):
        data_subject (None | TutorialStateItem | Unset):
        data_breach (None | TutorialStateItem | Unset):
        cookie_widget (None | TutorialStateItem | Unset):
        risk (None | TutorialStateItem | Unset):
        area (None | TutorialStateItem | Unset):
    """

    startup: None | TutorialStateItem | Unset = UNSET
    dashboard: None | TutorialStateItem | Unset = UNSET
    data_processing: None | TutorialStateItem | Unset = UNSET
    data_subject: None | TutorialStateItem | Unset = UNSET
    data_breach: None | TutorialStateItem | Unset = UNSET
    cookie_widget: None | TutorialStateItem | Unset = UNSET
    risk: None | TutorialStateItem | Unset = UNSET
    area: None | TutorialStateItem | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tutorial_state_item import TutorialStateItem

        startup: dict[str, Any] | None | Unset
        if isinstance(self.startup, Unset):
            startup = UNSET
        elif isinstance(self.startup, TutorialStateItem):
            startup = self.startup.to_dict()
        else:
            startup = self.startup

        dashboard: dict[str, Any] | None | Unset
        if isinstance(self.dashboard, Unset):
            dashboard = UNSET
        elif isinstance(self.dashboard, TutorialStateItem):
            dashboard = self.dashboard.to_dict()
        else:
            dashboard = self.dashboard

        data_processing: dict[str, Any] | None | Unset
        if isinstance(self.data_processing, Unset):
            data_processing = UNSET
        elif isinstance(self.data_processing, TutorialStateItem):
            data_processing = self.data_processing.to_dict()
        else:
            data_processing = self.data_processing

        data_subject: dict[str, Any] | None | Unset
        if isinstance(self.data_subject, Unset):
            data_subject = UNSET
        elif isinstance(self.data_subject, TutorialStateItem):
            data_subject = self.data_subject.to_dict()
        else:
            data_subject = self.data_subject

        data_breach: dict[str, Any] | None | Unset
        if isinstance(self.data_breach, Unset):
            data_breach = UNSET
        elif isinstance(self.data_breach, TutorialStateItem):
            data_breach = self.data_breach.to_dict()
        else:
            data_breach = self.data_breach

        cookie_widget: dict[str, Any] | None | Unset
        if isinstance(self.cookie_widget, Unset):
            cookie_widget = UNSET
        elif isinstance(self.cookie_widget, TutorialStateItem):
            cookie_widget = self.cookie_widget.to_dict()
        else:
            cookie_widget = self.cookie_widget

        risk: dict[str, Any] | None | Unset
        if isinstance(self.risk, Unset):
            risk = UNSET
        elif isinstance(self.risk, TutorialStateItem):
            risk = self.risk.to_dict()
        else:
            risk = self.risk

        area: dict[str, Any] | None | Unset
        if isinstance(self.area, Unset):
            area = UNSET
        elif isinstance(self.area, TutorialStateItem):
            area = self.area.to_dict()
        else:
            area = self.area

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if startup is not UNSET:
            field_dict["Startup"] = startup
        if dashboard is not UNSET:
            field_dict["Dashboard"] = dashboard
        if data_processing is not UNSET:
            field_dict["DataProcessing"] = data_processing
        if data_subject is not UNSET:
            field_dict["DataSubject"] = data_subject
        if data_breach is not UNSET:
            field_dict["DataBreach"] = data_breach
        if cookie_widget is not UNSET:
            field_dict["CookieWidget"] = cookie_widget
        if risk is not UNSET:
            field_dict["Risk"] = risk
        if area is not UNSET:
            field_dict["Area"] = area

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tutorial_state_item import TutorialStateItem

        d = dict(src_dict)

        def _parse_startup(data: object) -> None | TutorialStateItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                startup_type_1 = TutorialStateItem.from_dict(data)

                return startup_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TutorialStateItem | Unset, data)

        startup = _parse_startup(d.pop("Startup", UNSET))

        def _parse_dashboard(data: object) -> None | TutorialStateItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dashboard_type_1 = TutorialStateItem.from_dict(data)

                return dashboard_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TutorialStateItem | Unset, data)

        dashboard = _parse_dashboard(d.pop("Dashboard", UNSET))

        def _parse_data_processing(data: object) -> None | TutorialStateItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_processing_type_1 = TutorialStateItem.from_dict(data)

                return data_processing_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TutorialStateItem | Unset, data)

        data_processing = _parse_data_processing(d.pop("DataProcessing", UNSET))

        def _parse_data_subject(data: object) -> None | TutorialStateItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_subject_type_1 = TutorialStateItem.from_dict(data)

                return data_subject_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TutorialStateItem | Unset, data)

        data_subject = _parse_data_subject(d.pop("DataSubject", UNSET))

        def _parse_data_breach(data: object) -> None | TutorialStateItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_breach_type_1 = TutorialStateItem.from_dict(data)

                return data_breach_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TutorialStateItem | Unset, data)

        data_breach = _parse_data_breach(d.pop("DataBreach", UNSET))

        def _parse_cookie_widget(data: object) -> None | TutorialStateItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cookie_widget_type_1 = TutorialStateItem.from_dict(data)

                return cookie_widget_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TutorialStateItem | Unset, data)

        cookie_widget = _parse_cookie_widget(d.pop("CookieWidget", UNSET))

        def _parse_risk(data: object) -> None | TutorialStateItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                risk_type_1 = TutorialStateItem.from_dict(data)

                return risk_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TutorialStateItem | Unset, data)

        risk = _parse_risk(d.pop("Risk", UNSET))

        def _parse_area(data: object) -> None | TutorialStateItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                area_type_1 = TutorialStateItem.from_dict(data)

                return area_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TutorialStateItem | Unset, data)

        area = _parse_area(d.pop("Area", UNSET))

        user_settings_dto_tutorial_states_type_0 = cls(
            startup=startup,
            dashboard=dashboard,
            data_processing=data_processing,
            data_subject=data_subject,
            data_breach=data_breach,
            cookie_widget=cookie_widget,
            risk=risk,
            area=area,
        )

        user_settings_dto_tutorial_states_type_0.additional_properties = d
        return user_settings_dto_tutorial_states_type_0

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
