from __future__ import annotations

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
    from ..models.tutorial_state_item import TutorialStateItem
else:
    TutorialStateItem = deferred(globals(), "TutorialStateItem", "..models.tutorial_state_item")


def _load_startup(model: UserSettingsDtoTutorialStatesType0, source: Mapping[str, Any]) -> Any:
    value = source.get("Startup", UNSET)
    if value is None or value is UNSET:
        model.startup = value
        return value
    if isinstance(value, dict):
        try:
            model.startup = result = TutorialStateItem.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "startup", "Startup", "TutorialStateItem | None", value)
    else:
        result = invalid(model, "startup", "Startup", "TutorialStateItem | None", value)
    return result


def _load_dashboard(model: UserSettingsDtoTutorialStatesType0, source: Mapping[str, Any]) -> Any:
    value = source.get("Dashboard", UNSET)
    if value is None or value is UNSET:
        model.dashboard = value
        return value
    if isinstance(value, dict):
        try:
            model.dashboard = result = TutorialStateItem.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "dashboard", "Dashboard", "TutorialStateItem | None", value)
    else:
        result = invalid(model, "dashboard", "Dashboard", "TutorialStateItem | None", value)
    return result


def _load_data_processing(model: UserSettingsDtoTutorialStatesType0, source: Mapping[str, Any]) -> Any:
    value = source.get("DataProcessing", UNSET)
    if value is None or value is UNSET:
        model.data_processing = value
        return value
    if isinstance(value, dict):
        try:
            model.data_processing = result = TutorialStateItem.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "data_processing", "DataProcessing", "TutorialStateItem | None", value)
    else:
        result = invalid(model, "data_processing", "DataProcessing", "TutorialStateItem | None", value)
    return result


def _load_data_subject(model: UserSettingsDtoTutorialStatesType0, source: Mapping[str, Any]) -> Any:
    value = source.get("DataSubject", UNSET)
    if value is None or value is UNSET:
        model.data_subject = value
        return value
    if isinstance(value, dict):
        try:
            model.data_subject = result = TutorialStateItem.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "data_subject", "DataSubject", "TutorialStateItem | None", value)
    else:
        result = invalid(model, "data_subject", "DataSubject", "TutorialStateItem | None", value)
    return result


def _load_data_breach(model: UserSettingsDtoTutorialStatesType0, source: Mapping[str, Any]) -> Any:
    value = source.get("DataBreach", UNSET)
    if value is None or value is UNSET:
        model.data_breach = value
        return value
    if isinstance(value, dict):
        try:
            model.data_breach = result = TutorialStateItem.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "data_breach", "DataBreach", "TutorialStateItem | None", value)
    else:
        result = invalid(model, "data_breach", "DataBreach", "TutorialStateItem | None", value)
    return result


def _load_cookie_widget(model: UserSettingsDtoTutorialStatesType0, source: Mapping[str, Any]) -> Any:
    value = source.get("CookieWidget", UNSET)
    if value is None or value is UNSET:
        model.cookie_widget = value
        return value
    if isinstance(value, dict):
        try:
            model.cookie_widget = result = TutorialStateItem.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "cookie_widget", "CookieWidget", "TutorialStateItem | None", value)
    else:
        result = invalid(model, "cookie_widget", "CookieWidget", "TutorialStateItem | None", value)
    return result


def _load_risk(model: UserSettingsDtoTutorialStatesType0, source: Mapping[str, Any]) -> Any:
    value = source.get("Risk", UNSET)
    if value is None or value is UNSET:
        model.risk = value
        return value
    if isinstance(value, dict):
        try:
            model.risk = result = TutorialStateItem.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "risk", "Risk", "TutorialStateItem | None", value)
    else:
        result = invalid(model, "risk", "Risk", "TutorialStateItem | None", value)
    return result


def _load_area(model: UserSettingsDtoTutorialStatesType0, source: Mapping[str, Any]) -> Any:
    value = source.get("Area", UNSET)
    if value is None or value is UNSET:
        model.area = value
        return value
    if isinstance(value, dict):
        try:
            model.area = result = TutorialStateItem.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "area", "Area", "TutorialStateItem | None", value)
    else:
        result = invalid(model, "area", "Area", "TutorialStateItem | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "Startup",
    "Dashboard",
    "DataProcessing",
    "DataSubject",
    "DataBreach",
    "CookieWidget",
    "Risk",
    "Area",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "Startup": UNSET,
    "Dashboard": UNSET,
    "DataProcessing": UNSET,
    "DataSubject": UNSET,
    "DataBreach": UNSET,
    "CookieWidget": UNSET,
    "Risk": UNSET,
    "Area": UNSET,
}

T = TypeVar("T", bound="UserSettingsDtoTutorialStatesType0")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("startup", "Startup"),
        ("dashboard", "Dashboard"),
        ("data_processing", "DataProcessing"),
        ("data_subject", "DataSubject"),
        ("data_breach", "DataBreach"),
        ("cookie_widget", "CookieWidget"),
        ("risk", "Risk"),
        ("area", "Area"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
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
        from ..models.tutorial_state_item import TutorialStateItem

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "startup" not in unreadable:
            startup: dict[str, Any] | None | Unset
            if isinstance(self.startup, Unset):
                startup = UNSET
            elif isinstance(self.startup, TutorialStateItem):
                startup = self.startup.to_dict()
            else:
                startup = self.startup

            if startup is not UNSET:
                field_dict["Startup"] = startup
        if "dashboard" not in unreadable:
            dashboard: dict[str, Any] | None | Unset
            if isinstance(self.dashboard, Unset):
                dashboard = UNSET
            elif isinstance(self.dashboard, TutorialStateItem):
                dashboard = self.dashboard.to_dict()
            else:
                dashboard = self.dashboard

            if dashboard is not UNSET:
                field_dict["Dashboard"] = dashboard
        if "data_processing" not in unreadable:
            data_processing: dict[str, Any] | None | Unset
            if isinstance(self.data_processing, Unset):
                data_processing = UNSET
            elif isinstance(self.data_processing, TutorialStateItem):
                data_processing = self.data_processing.to_dict()
            else:
                data_processing = self.data_processing

            if data_processing is not UNSET:
                field_dict["DataProcessing"] = data_processing
        if "data_subject" not in unreadable:
            data_subject: dict[str, Any] | None | Unset
            if isinstance(self.data_subject, Unset):
                data_subject = UNSET
            elif isinstance(self.data_subject, TutorialStateItem):
                data_subject = self.data_subject.to_dict()
            else:
                data_subject = self.data_subject

            if data_subject is not UNSET:
                field_dict["DataSubject"] = data_subject
        if "data_breach" not in unreadable:
            data_breach: dict[str, Any] | None | Unset
            if isinstance(self.data_breach, Unset):
                data_breach = UNSET
            elif isinstance(self.data_breach, TutorialStateItem):
                data_breach = self.data_breach.to_dict()
            else:
                data_breach = self.data_breach

            if data_breach is not UNSET:
                field_dict["DataBreach"] = data_breach
        if "cookie_widget" not in unreadable:
            cookie_widget: dict[str, Any] | None | Unset
            if isinstance(self.cookie_widget, Unset):
                cookie_widget = UNSET
            elif isinstance(self.cookie_widget, TutorialStateItem):
                cookie_widget = self.cookie_widget.to_dict()
            else:
                cookie_widget = self.cookie_widget

            if cookie_widget is not UNSET:
                field_dict["CookieWidget"] = cookie_widget
        if "risk" not in unreadable:
            risk: dict[str, Any] | None | Unset
            if isinstance(self.risk, Unset):
                risk = UNSET
            elif isinstance(self.risk, TutorialStateItem):
                risk = self.risk.to_dict()
            else:
                risk = self.risk

            if risk is not UNSET:
                field_dict["Risk"] = risk
        if "area" not in unreadable:
            area: dict[str, Any] | None | Unset
            if isinstance(self.area, Unset):
                area = UNSET
            elif isinstance(self.area, TutorialStateItem):
                area = self.area.to_dict()
            else:
                area = self.area

            if area is not UNSET:
                field_dict["Area"] = area
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
            if len(src_dict) >= 8:
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
        if value is None:
            parsed.startup = None
        elif value is UNSET:
            parsed.startup = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.startup = TutorialStateItem.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "startup", "Startup", "TutorialStateItem | None", value)
            else:
                invalid(parsed, "startup", "Startup", "TutorialStateItem | None", value)

        value = values[1]
        if value is None:
            parsed.dashboard = None
        elif value is UNSET:
            parsed.dashboard = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.dashboard = TutorialStateItem.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "dashboard", "Dashboard", "TutorialStateItem | None", value)
            else:
                invalid(parsed, "dashboard", "Dashboard", "TutorialStateItem | None", value)

        value = values[2]
        if value is None:
            parsed.data_processing = None
        elif value is UNSET:
            parsed.data_processing = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.data_processing = TutorialStateItem.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "data_processing", "DataProcessing", "TutorialStateItem | None", value)
            else:
                invalid(parsed, "data_processing", "DataProcessing", "TutorialStateItem | None", value)

        value = values[3]
        if value is None:
            parsed.data_subject = None
        elif value is UNSET:
            parsed.data_subject = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.data_subject = TutorialStateItem.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "data_subject", "DataSubject", "TutorialStateItem | None", value)
            else:
                invalid(parsed, "data_subject", "DataSubject", "TutorialStateItem | None", value)

        value = values[4]
        if value is None:
            parsed.data_breach = None
        elif value is UNSET:
            parsed.data_breach = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.data_breach = TutorialStateItem.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "data_breach", "DataBreach", "TutorialStateItem | None", value)
            else:
                invalid(parsed, "data_breach", "DataBreach", "TutorialStateItem | None", value)

        value = values[5]
        if value is None:
            parsed.cookie_widget = None
        elif value is UNSET:
            parsed.cookie_widget = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.cookie_widget = TutorialStateItem.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "cookie_widget", "CookieWidget", "TutorialStateItem | None", value)
            else:
                invalid(parsed, "cookie_widget", "CookieWidget", "TutorialStateItem | None", value)

        value = values[6]
        if value is None:
            parsed.risk = None
        elif value is UNSET:
            parsed.risk = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.risk = TutorialStateItem.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "risk", "Risk", "TutorialStateItem | None", value)
            else:
                invalid(parsed, "risk", "Risk", "TutorialStateItem | None", value)

        value = values[7]
        if value is None:
            parsed.area = None
        elif value is UNSET:
            parsed.area = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.area = TutorialStateItem.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "area", "Area", "TutorialStateItem | None", value)
            else:
                invalid(parsed, "area", "Area", "TutorialStateItem | None", value)

        if len(src_dict) + absent == 8:  # every key is a known one
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
