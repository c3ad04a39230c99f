from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_settings_dto_columns_configuration_type_0 import (
        UserSettingsDtoColumnsConfigurationType0,
    )
    from ..models.user_settings_dto_tutorial_states_type_0 import UserSettingsDtoTutorialStatesType0


T = TypeVar("T", bound="UserSettingsDto")


@_attrs_define
class UserSettingsDto:
    """
    Attributes:
        date_format (str):
        columns_configuration (None | Unset | UserSettingsDtoColumnsConfigurationType0):
        tutorial_states (None | Unset | UserSettingsDtoTutorialStatesType0):
    """

    date_format: str
    columns_configuration: None | Unset | UserSettingsDtoColumnsConfigurationType0 = UNSET
    tutorial_states: None | Unset | UserSettingsDtoTutorialStatesType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_settings_dto_columns_configuration_type_0 import (
            UserSettingsDtoColumnsConfigurationType0,
        )
        from ..models.user_settings_dto_tutorial_states_type_0 import UserSettingsDtoTutorialStatesType0

        date_format = self.date_format

        columns_configuration: dict[str, Any] | None | Unset
        if isinstance(self.columns_configuration, Unset):
            columns_configuration = UNSET
        elif isinstance(self.columns_configuration, UserSettingsDtoColumnsConfigurationType0):
            columns_configuration = self.columns_configuration.to_dict()
        else:
            columns_configuration = self.columns_configuration

        tutorial_states: dict[str, Any] | None | Unset
        if isinstance(self.tutorial_states, Unset):
            tutorial_states = UNSET
        elif isinstance(self.tutorial_states, UserSettingsDtoTutorialStatesType0):
            tutorial_states = self.tutorial_states.to_dict()
        else:
            tutorial_states = self.tutorial_states

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dateFormat": date_format,
            }
        )
        if columns_configuration is not UNSET:
            field_dict["columnsConfiguration"] = columns_configuration
        if tutorial_states is not UNSET:
            field_dict["tutorialStates"] = tutorial_states

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_settings_dto_columns_configuration_type_0 import (
            UserSettingsDtoColumnsConfigurationType0,
        )
        from ..models.user_settings_dto_tutorial_states_type_0 import UserSettingsDtoTutorialStatesType0

        d = dict(src_dict)
        date_format = d.pop("dateFormat")

        def _parse_columns_configuration(
            data: object,
        ) -> None | Unset | UserSettingsDtoColumnsConfigurationType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                columns_configuration_type_0 = UserSettingsDtoColumnsConfigurationType0.from_dict(data)

                return columns_configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserSettingsDtoColumnsConfigurationType0, data)

        columns_configuration = _parse_columns_configuration(d.pop("columnsConfiguration", UNSET))

        def _parse_tutorial_states(data: object) -> None | Unset | UserSettingsDtoTutorialStatesType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tutorial_states_type_0 = UserSettingsDtoTutorialStatesType0.from_dict(data)

                return tutorial_states_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserSettingsDtoTutorialStatesType0, data)

        tutorial_states = _parse_tutorial_states(d.pop("tutorialStates", UNSET))

        user_settings_dto = cls(
            date_format=date_format,
            columns_configuration=columns_configuration,
            tutorial_states=tutorial_states,
        )

        user_settings_dto.additional_properties = d
        return user_settings_dto

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
