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

if TYPE_CHECKING:
    from ..models.tutorial_state_item import TutorialStateItem






def _parse_startup(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.TutorialStateItem.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_dashboard(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.TutorialStateItem.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_data_processing(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.TutorialStateItem.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_data_subject(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.TutorialStateItem.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_data_breach(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.TutorialStateItem.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_cookie_widget(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.TutorialStateItem.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_risk(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.TutorialStateItem.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_area(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.TutorialStateItem.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data



def _load_startup(source: Mapping[str, Any]) -> Any:
    return _parse_startup(source.get("Startup", UNSET))

def _load_dashboard(source: Mapping[str, Any]) -> Any:
    return _parse_dashboard(source.get("Dashboard", UNSET))

def _load_data_processing(source: Mapping[str, Any]) -> Any:
    return _parse_data_processing(source.get("DataProcessing", UNSET))

def _load_data_subject(source: Mapping[str, Any]) -> Any:
    return _parse_data_subject(source.get("DataSubject", UNSET))

def _load_data_breach(source: Mapping[str, Any]) -> Any:
    return _parse_data_breach(source.get("DataBreach", UNSET))

def _load_cookie_widget(source: Mapping[str, Any]) -> Any:
    return _parse_cookie_widget(source.get("CookieWidget", UNSET))

def _load_risk(source: Mapping[str, Any]) -> Any:
    return _parse_risk(source.get("Risk", UNSET))

def _load_area(source: Mapping[str, Any]) -> Any:
    return _parse_area(source.get("Area", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("Startup", "Dashboard", "DataProcessing", "DataSubject", "DataBreach", "CookieWidget", "Risk", "Area", ))

T = TypeVar("T", bound="UserSettingsDtoTutorialStatesType0")



@_attrs_define
class UserSettingsDtoTutorialStatesType0(LazyModel):
    """Attributes:
        startup (None | TutorialStateItem | Unset):
        dashboard (None | TutorialStateItem | Unset):
        data_processing (None | TutorialStateItem | Unset):
        data_subject (None | TutorialStateItem | Unset):
        data_breach (None | TutorialStateItem | Unset):
        cookie_widget (None | TutorialStateItem | Unset):
        risk (None | TutorialStateItem | Unset):
        area (None | TutorialStateItem | Unset):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "startup": _load_startup,
        "dashboard": _load_dashboard,
        "data_processing": _load_data_processing,
        "data_subject": _load_data_subject,
        "data_breach": _load_data_breach,
        "cookie_widget": _load_cookie_widget,
        "risk": _load_risk,
        "area": _load_area,
    }

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
        from ..models.tutorial_state_item import TutorialStateItem  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        startup: dict[str, Any] | None | Unset
        if isinstance(self.startup, Unset):
            startup = UNSET
        elif isinstance(self.startup, TutorialStateItem):
            startup = self.startup.to_dict()
        else:
            startup = self.startup

        if startup is not UNSET:
            field_dict["Startup"] = startup
        dashboard: dict[str, Any] | None | Unset
        if isinstance(self.dashboard, Unset):
            dashboard = UNSET
        elif isinstance(self.dashboard, TutorialStateItem):
            dashboard = self.dashboard.to_dict()
        else:
            dashboard = self.dashboard

        if dashboard is not UNSET:
            field_dict["Dashboard"] = dashboard
        data_processing: dict[str, Any] | None | Unset
        if isinstance(self.data_processing, Unset):
            data_processing = UNSET
        elif isinstance(self.data_processing, TutorialStateItem):
            data_processing = self.data_processing.to_dict()
        else:
            data_processing = self.data_processing

        if data_processing is not UNSET:
            field_dict["DataProcessing"] = data_processing
        data_subject: dict[str, Any] | None | Unset
        if isinstance(self.data_subject, Unset):
            data_subject = UNSET
        elif isinstance(self.data_subject, TutorialStateItem):
            data_subject = self.data_subject.to_dict()
        else:
            data_subject = self.data_subject

        if data_subject is not UNSET:
            field_dict["DataSubject"] = data_subject
        data_breach: dict[str, Any] | None | Unset
        if isinstance(self.data_breach, Unset):
            data_breach = UNSET
        elif isinstance(self.data_breach, TutorialStateItem):
            data_breach = self.data_breach.to_dict()
        else:
            data_breach = self.data_breach

        if data_breach is not UNSET:
            field_dict["DataBreach"] = data_breach
        cookie_widget: dict[str, Any] | None | Unset
        if isinstance(self.cookie_widget, Unset):
            cookie_widget = UNSET
        elif isinstance(self.cookie_widget, TutorialStateItem):
            cookie_widget = self.cookie_widget.to_dict()
        else:
            cookie_widget = self.cookie_widget

        if cookie_widget is not UNSET:
            field_dict["CookieWidget"] = cookie_widget
        risk: dict[str, Any] | None | Unset
        if isinstance(self.risk, Unset):
            risk = UNSET
        elif isinstance(self.risk, TutorialStateItem):
            risk = self.risk.to_dict()
        else:
            risk = self.risk

        if risk is not UNSET:
            field_dict["Risk"] = risk
        area: dict[str, Any] | None | Unset
        if isinstance(self.area, Unset):
            area = UNSET
        elif isinstance(self.area, TutorialStateItem):
            area = self.area.to_dict()
        else:
            area = self.area

        if area is not UNSET:
            field_dict["Area"] = area
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
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
