from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import VariantMismatchError
from .._lazy import (
    EAGER,
    MISSING,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_settings_dto_columns_configuration_type_0 import (
        UserSettingsDtoColumnsConfigurationType0,
    )
    from ..models.user_settings_dto_tutorial_states_type_0 import UserSettingsDtoTutorialStatesType0
else:
    UserSettingsDtoColumnsConfigurationType0 = deferred(
        globals(),
        "UserSettingsDtoColumnsConfigurationType0",
        "..models.user_settings_dto_columns_configuration_type_0",
    )
    UserSettingsDtoTutorialStatesType0 = deferred(
        globals(), "UserSettingsDtoTutorialStatesType0", "..models.user_settings_dto_tutorial_states_type_0"
    )


def _load_columns_configuration(model: UserSettingsDto, source: Mapping[str, Any]) -> Any:
    value = source.get("columnsConfiguration", UNSET)
    if value is None or value is UNSET:
        model.columns_configuration = value
        return value
    if isinstance(value, dict):
        try:
            model.columns_configuration = result = UserSettingsDtoColumnsConfigurationType0.from_dict(value)
        except VariantMismatchError:
            result = invalid(
                model,
                "columns_configuration",
                "columnsConfiguration",
                "UserSettingsDtoColumnsConfigurationType0 | None",
                value,
            )
    else:
        result = invalid(
            model,
            "columns_configuration",
            "columnsConfiguration",
            "UserSettingsDtoColumnsConfigurationType0 | None",
            value,
        )
    return result


def _load_tutorial_states(model: UserSettingsDto, source: Mapping[str, Any]) -> Any:
    value = source.get("tutorialStates", UNSET)
    if value is None or value is UNSET:
        model.tutorial_states = value
        return value
    if isinstance(value, dict):
        try:
            model.tutorial_states = result = UserSettingsDtoTutorialStatesType0.from_dict(value)
        except VariantMismatchError:
            result = invalid(
                model, "tutorial_states", "tutorialStates", "UserSettingsDtoTutorialStatesType0 | None", value
            )
    else:
        result = invalid(
            model, "tutorial_states", "tutorialStates", "UserSettingsDtoTutorialStatesType0 | None", value
        )
    return result


_KEYS: Final[tuple[str, ...]] = (
    "dateFormat",
    "columnsConfiguration",
    "tutorialStates",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "dateFormat": MISSING,
    "columnsConfiguration": UNSET,
    "tutorialStates": UNSET,
}

T = TypeVar("T", bound="UserSettingsDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class UserSettingsDto(LazyModel):
    """Attributes:
    date_format (str):
    columns_configuration (None | Unset | UserSettingsDtoColumnsConfigurationType0):
    tutorial_states (None | Unset | UserSettingsDtoTutorialStatesType0):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("date_format", "dateFormat"),
        ("columns_configuration", "columnsConfiguration"),
        ("tutorial_states", "tutorialStates"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "columns_configuration": _load_columns_configuration,
        "tutorial_states": _load_tutorial_states,
    }

    date_format: str
    columns_configuration: None | Unset | UserSettingsDtoColumnsConfigurationType0 = UNSET
    tutorial_states: None | Unset | UserSettingsDtoTutorialStatesType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_settings_dto_columns_configuration_type_0 import (
            UserSettingsDtoColumnsConfigurationType0,
        )
        from ..models.user_settings_dto_tutorial_states_type_0 import UserSettingsDtoTutorialStatesType0

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "date_format" not in unreadable:
            date_format = self.date_format

            field_dict["dateFormat"] = date_format
        if "columns_configuration" not in unreadable:
            columns_configuration: dict[str, Any] | None | Unset
            if isinstance(self.columns_configuration, Unset):
                columns_configuration = UNSET
            elif isinstance(self.columns_configuration, UserSettingsDtoColumnsConfigurationType0):
                columns_configuration = self.columns_configuration.to_dict()
            else:
                columns_configuration = self.columns_configuration

            if columns_configuration is not UNSET:
                field_dict["columnsConfiguration"] = columns_configuration
        if "tutorial_states" not in unreadable:
            tutorial_states: dict[str, Any] | None | Unset
            if isinstance(self.tutorial_states, Unset):
                tutorial_states = UNSET
            elif isinstance(self.tutorial_states, UserSettingsDtoTutorialStatesType0):
                tutorial_states = self.tutorial_states.to_dict()
            else:
                tutorial_states = self.tutorial_states

            if tutorial_states is not UNSET:
                field_dict["tutorialStates"] = tutorial_states
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
            if len(src_dict) >= 3:
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
            parsed.date_format = value
        else:
            invalid(parsed, "date_format", "dateFormat", "str", value)
            absent += value is MISSING

        value = values[1]
        if value is None:
            parsed.columns_configuration = None
        elif value is UNSET:
            parsed.columns_configuration = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.columns_configuration = UserSettingsDtoColumnsConfigurationType0.from_dict(value)
                except VariantMismatchError:
                    invalid(
                        parsed,
                        "columns_configuration",
                        "columnsConfiguration",
                        "UserSettingsDtoColumnsConfigurationType0 | None",
                        value,
                    )
            else:
                invalid(
                    parsed,
                    "columns_configuration",
                    "columnsConfiguration",
                    "UserSettingsDtoColumnsConfigurationType0 | None",
                    value,
                )

        value = values[2]
        if value is None:
            parsed.tutorial_states = None
        elif value is UNSET:
            parsed.tutorial_states = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.tutorial_states = UserSettingsDtoTutorialStatesType0.from_dict(value)
                except VariantMismatchError:
                    invalid(
                        parsed,
                        "tutorial_states",
                        "tutorialStates",
                        "UserSettingsDtoTutorialStatesType0 | None",
                        value,
                    )
            else:
                invalid(
                    parsed,
                    "tutorial_states",
                    "tutorialStates",
                    "UserSettingsDtoTutorialStatesType0 | None",
                    value,
                )

        if len(src_dict) + absent == 3:  # every key is a known one
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
