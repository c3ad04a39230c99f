from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tutorial_state_item import TutorialStateItem


T = TypeVar("T", bound="UserSettingsDtoTutorialStatesType0")


@_attrs_define
class UserSettingsDtoTutorialStatesType0:
    """
    Attributes:
        startup (TutorialStateItem | Unset):
        dashboard (TutorialStateItem | Unset):
        data_processing (TutorialStateItem | Unset):
        data_subject (TutorialStateItem | Unset):
        data_breach (TutorialStateItem | Unset):
        cookie_widget (TutorialStateItem | Unset):
        risk (TutorialStateItem | Unset):
        area (TutorialStateItem | Unset):
    """

    startup: TutorialStateItem | Unset = UNSET
    dashboard: TutorialStateItem | Unset = UNSET
    data_processing: TutorialStateItem | Unset = UNSET
    data_subject: TutorialStateItem | Unset = UNSET
    data_breach: TutorialStateItem | Unset = UNSET
    cookie_widget: TutorialStateItem | Unset = UNSET
    risk: TutorialStateItem | Unset = UNSET
    area: TutorialStateItem | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        startup: dict[str, Any] | Unset = UNSET
        if not isinstance(self.startup, Unset):
            startup = self.startup.to_dict()

        dashboard: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dashboard, Unset):
            dashboard = self.dashboard.to_dict()

        data_processing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_processing, Unset):
            data_processing = self.data_processing.to_dict()

        data_subject: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_subject, Unset):
            data_subject = self.data_subject.to_dict()

        data_breach: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_breach, Unset):
            data_breach = self.data_breach.to_dict()

        cookie_widget: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cookie_widget, Unset):
            cookie_widget = self.cookie_widget.to_dict()

        risk: dict[str, Any] | Unset = UNSET
        if not isinstance(self.risk, Unset):
            risk = self.risk.to_dict()

        area: dict[str, Any] | Unset = UNSET
        if not isinstance(self.area, Unset):
            area = self.area.to_dict()

        field_dict: dict[str, Any] = {}

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
        _startup = d.pop("Startup", UNSET)
        startup: TutorialStateItem | Unset
        if isinstance(_startup, Unset):
            startup = UNSET
        else:
            startup = TutorialStateItem.from_dict(_startup)

        _dashboard = d.pop("Dashboard", UNSET)
        dashboard: TutorialStateItem | Unset
        if isinstance(_dashboard, Unset):
            dashboard = UNSET
        else:
            dashboard = TutorialStateItem.from_dict(_dashboard)

        _data_processing = d.pop("DataProcessing", UNSET)
        data_processing: TutorialStateItem | Unset
        if isinstance(_data_processing, Unset):
            data_processing = UNSET
        else:
            data_processing = TutorialStateItem.from_dict(_data_processing)

        _data_subject = d.pop("DataSubject", UNSET)
        data_subject: TutorialStateItem | Unset
        if isinstance(_data_subject, Unset):
            data_subject = UNSET
        else:
            data_subject = TutorialStateItem.from_dict(_data_subject)

        _data_breach = d.pop("DataBreach", UNSET)
        data_breach: TutorialStateItem | Unset
        if isinstance(_data_breach, Unset):
            data_breach = UNSET
        else:
            data_breach = TutorialStateItem.from_dict(_data_breach)

        _cookie_widget = d.pop("CookieWidget", UNSET)
        cookie_widget: TutorialStateItem | Unset
        if isinstance(_cookie_widget, Unset):
            cookie_widget = UNSET
        else:
            cookie_widget = TutorialStateItem.from_dict(_cookie_widget)

        _risk = d.pop("Risk", UNSET)
        risk: TutorialStateItem | Unset
        if isinstance(_risk, Unset):
            risk = UNSET
        else:
            risk = TutorialStateItem.from_dict(_risk)

        _area = d.pop("Area", UNSET)
        area: TutorialStateItem | Unset
        if isinstance(_area, Unset):
            area = UNSET
        else:
            area = TutorialStateItem.from_dict(_area)

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

        return user_settings_dto_tutorial_states_type_0
