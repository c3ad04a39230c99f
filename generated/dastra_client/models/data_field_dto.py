from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generic_data_type import GenericDataType
from ..models.personal_data_category import PersonalDataCategory
from ..models.sensitive_data_field_legal_justification import SensitiveDataFieldLegalJustification
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_light_dto import UserLightDto


T = TypeVar("T", bound="DataFieldDto")


@_attrs_define
class DataFieldDto:
    """
    Attributes:
        label (str):
        id (None | Unset | UUID):
        archiving_policy (None | str | Unset):
        required (bool | None | Unset):
        definition (None | str | Unset):
        technical_definition (None | str | Unset):
        sensitive_data_field_legal_justification (None | SensitiveDataFieldLegalJustification | str | Unset):
        sensitive_data_field_legal_justification_description (None | str | Unset):
        sensitive_data (bool | None | Unset):
        personal_data_category (None | PersonalDataCategory | str | Unset):
        data_type (GenericDataType | None | str | Unset):
        date_creation (datetime.datetime | None | Unset):
        date_update (datetime.datetime | None | Unset):
        creator (None | Unset | UserLightDto):
    """

    label: str
    id: None | Unset | UUID = UNSET
    archiving_policy: None | str | Unset = UNSET
    required: bool | None | Unset = UNSET
    definition: None | str | Unset = UNSET
    technical_definition: None | str | Unset = UNSET
    sensitive_data_field_legal_justification: None | SensitiveDataFieldLegalJustification | str | Unset = (
        UNSET
    )
    sensitive_data_field_legal_justification_description: None | str | Unset = UNSET
    sensitive_data: bool | None | Unset = UNSET
    personal_data_category: None | PersonalDataCategory | str | Unset = UNSET
    data_type: GenericDataType | None | str | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    creator: None | Unset | UserLightDto = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_light_dto import UserLightDto

        label = self.label

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        archiving_policy: None | str | Unset
        if isinstance(self.archiving_policy, Unset):
            archiving_policy = UNSET
        else:
            archiving_policy = self.archiving_policy

        required: bool | None | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        else:
            required = self.required

        definition: None | str | Unset
        if isinstance(self.definition, Unset):
            definition = UNSET
        else:
            definition = self.definition

        technical_definition: None | str | Unset
        if isinstance(self.technical_definition, Unset):
            technical_definition = UNSET
        else:
            technical_definition = self.technical_definition

        sensitive_data_field_legal_justification: None | str | Unset
        if isinstance(self.sensitive_data_field_legal_justification, Unset):
            sensitive_data_field_legal_justification = UNSET
        elif isinstance(self.sensitive_data_field_legal_justification, SensitiveDataFieldLegalJustification):
            sensitive_data_field_legal_justification = self.sensitive_data_field_legal_justification.value
        else:
            sensitive_data_field_legal_justification = self.sensitive_data_field_legal_justification

        sensitive_data_field_legal_justification_description: None | str | Unset
        if isinstance(self.sensitive_data_field_legal_justification_description, Unset):
            sensitive_data_field_legal_justification_description = UNSET
        else:
            sensitive_data_field_legal_justification_description = (
                self.sensitive_data_field_legal_justification_description
            )

        sensitive_data: bool | None | Unset
        if isinstance(self.sensitive_data, Unset):
            sensitive_data = UNSET
        else:
            sensitive_data = self.sensitive_data

        personal_data_category: None | str | Unset
        if isinstance(self.personal_data_category, Unset):
            personal_data_category = UNSET
        elif isinstance(self.personal_data_category, PersonalDataCategory):
            personal_data_category = self.personal_data_category.value
        else:
            personal_data_category = self.personal_data_category

        data_type: None | str | Unset
        if isinstance(self.data_type, Unset):
            data_type = UNSET
        elif isinstance(self.data_type, GenericDataType):
            data_type = self.data_type.value
        else:
            data_type = self.data_type

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

        creator: dict[str, Any] | None | Unset
        if isinstance(self.creator, Unset):
            creator = UNSET
        elif isinstance(self.creator, UserLightDto):
            creator = self.creator.to_dict()
        else:
            creator = self.creator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if archiving_policy is not UNSET:
            field_dict["archivingPolicy"] = archiving_policy
        if required is not UNSET:
            field_dict["required"] = required
        if definition is not UNSET:
            field_dict["definition"] = definition
        if technical_definition is not UNSET:
            field_dict["technicalDefinition"] = technical_definition
        if sensitive_data_field_legal_justification is not UNSET:
            field_dict["sensitiveDataFieldLegalJustification"] = sensitive_data_field_legal_justification
        if sensitive_data_field_legal_justification_description is not UNSET:
            field_dict["sensitiveDataFieldLegalJustificationDescription"] = (
                sensitive_data_field_legal_justification_description
            )
        if sensitive_data is not UNSET:
            field_dict["sensitiveData"] = sensitive_data
        if personal_data_category is not UNSET:
            field_dict["personalDataCategory"] = personal_data_category
        if data_type is not UNSET:
            field_dict["dataType"] = data_type
        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        if date_update is not UNSET:
            field_dict["dateUpdate"] = date_update
        if creator is not UNSET:
            field_dict["creator"] = creator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_light_dto import UserLightDto

        d = dict(src_dict)
        label = d.pop("label")

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_archiving_policy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        archiving_policy = _parse_archiving_policy(d.pop("archivingPolicy", UNSET))

        def _parse_required(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        required = _parse_required(d.pop("required", UNSET))

        def _parse_definition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        definition = _parse_definition(d.pop("definition", UNSET))

        def _parse_technical_definition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        technical_definition = _parse_technical_definition(d.pop("technicalDefinition", UNSET))

        def _parse_sensitive_data_field_legal_justification(
            data: object,
        ) -> None | SensitiveDataFieldLegalJustification | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sensitive_data_field_legal_justification_type_0 = SensitiveDataFieldLegalJustification(data)

                return sensitive_data_field_legal_justification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SensitiveDataFieldLegalJustification | str | Unset, data)

        sensitive_data_field_legal_justification = _parse_sensitive_data_field_legal_justification(
            d.pop("sensitiveDataFieldLegalJustification", UNSET)
        )

        def _parse_sensitive_data_field_legal_justification_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sensitive_data_field_legal_justification_description = (
            _parse_sensitive_data_field_legal_justification_description(
                d.pop("sensitiveDataFieldLegalJustificationDescription", UNSET)
            )
        )

        def _parse_sensitive_data(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        sensitive_data = _parse_sensitive_data(d.pop("sensitiveData", UNSET))

        def _parse_personal_data_category(data: object) -> None | PersonalDataCategory | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                personal_data_category_type_0 = PersonalDataCategory(data)

                return personal_data_category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonalDataCategory | str | Unset, data)

        personal_data_category = _parse_personal_data_category(d.pop("personalDataCategory", UNSET))

        def _parse_data_type(data: object) -> GenericDataType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                data_type_type_0 = GenericDataType(data)

                return data_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GenericDataType | None | str | Unset, data)

        data_type = _parse_data_type(d.pop("dataType", UNSET))

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

        def _parse_creator(data: object) -> None | Unset | UserLightDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                creator_type_1 = UserLightDto.from_dict(data)

                return creator_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserLightDto, data)

        creator = _parse_creator(d.pop("creator", UNSET))

        data_field_dto = cls(
            label=label,
            id=id,
            archiving_policy=archiving_policy,
            required=required,
            definition=definition,
            technical_definition=technical_definition,
            sensitive_data_field_legal_justification=sensitive_data_field_legal_justification,
            sensitive_data_field_legal_justification_description=sensitive_data_field_legal_justification_description,
            sensitive_data=sensitive_data,
            personal_data_category=personal_data_category,
            data_type=data_type,
            date_creation=date_creation,
            date_update=date_update,
            creator=creator,
        )

        data_field_dto.additional_properties = d
        return data_field_dto

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
