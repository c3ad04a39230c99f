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
    from ..models.user_settings_dto_columns_configuration_type_0 import UserSettingsDtoColumnsConfigurationType0
    from ..models.user_settings_dto_tutorial_states_type_0 import UserSettingsDtoTutorialStatesType0







def _parse_columns_configuration(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserSettingsDtoColumnsConfigurationType0.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data




def _parse_tutorial_states(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserSettingsDtoTutorialStatesType0.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data



def _load_columns_configuration(source: Mapping[str, Any]) -> Any:
    return _parse_columns_configuration(source.get("columnsConfiguration", UNSET))

def _load_tutorial_states(source: Mapping[str, Any]) -> Any:
    return _parse_tutorial_states(source.get("tutorialStates", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("dateFormat", "columnsConfiguration", "tutorialStates", ))

T = TypeVar("T", bound="UserSettingsDto")



@_attrs_define
class UserSettingsDto(LazyModel):
    """Attributes:
        date_format (str):
        columns_configuration (None | Unset | UserSettingsDtoColumnsConfigurationType0):
        tutorial_states (None | Unset | UserSettingsDtoTutorialStatesType0):
"""

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "columns_configuration": _load_columns_configuration,
        "tutorial_states": _load_tutorial_states,
    }

    date_format: str
    columns_configuration: None | Unset | UserSettingsDtoColumnsConfigurationType0 = UNSET
    tutorial_states: None | Unset | UserSettingsDtoTutorialStatesType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_settings_dto_columns_configuration_type_0 import UserSettingsDtoColumnsConfigurationType0  # noqa: PLC0415
        from ..models.user_settings_dto_tutorial_states_type_0 import UserSettingsDtoTutorialStatesType0  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        date_format = self.date_format

        field_dict["dateFormat"] = date_format
        columns_configuration: dict[str, Any] | None | Unset
        if isinstance(self.columns_configuration, Unset):
            columns_configuration = UNSET
        elif isinstance(self.columns_configuration, UserSettingsDtoColumnsConfigurationType0):
            columns_configuration = self.columns_configuration.to_dict()
        else:
            columns_configuration = self.columns_configuration

        if columns_configuration is not UNSET:
            field_dict["columnsConfiguration"] = columns_configuration
        tutorial_states: dict[str, Any] | None | Unset
        if isinstance(self.tutorial_states, Unset):
            tutorial_states = UNSET
        elif isinstance(self.tutorial_states, UserSettingsDtoTutorialStatesType0):
            tutorial_states = self.tutorial_states.to_dict()
        else:
            tutorial_states = self.tutorial_states

        if tutorial_states is not UNSET:
            field_dict["tutorialStates"] = tutorial_states
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.date_format = src_dict["dateFormat"]
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
