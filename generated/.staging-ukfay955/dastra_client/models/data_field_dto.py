from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..models.generic_data_type import GenericDataType
from ..models.personal_data_category import PersonalDataCategory
from ..models.sensitive_data_field_legal_justification import SensitiveDataFieldLegalJustification
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.user_light_dto import UserLightDto







def _parse_id(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data









def _parse_sensitive_data_field_legal_justification(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = SensitiveDataFieldLegalJustification._value2member_map_.get(data)
    if member is not None:
        return member
    return data







def _parse_personal_data_category(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = PersonalDataCategory._value2member_map_.get(data)
    if member is not None:
        return member
    return data





def _parse_data_type(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    member = GenericDataType._value2member_map_.get(data)
    if member is not None:
        return member
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




def _parse_creator(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, dict):
        try:
            return _models.UserLightDto.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data



def _load_creator(source: Mapping[str, Any]) -> Any:
    return _parse_creator(source.get("creator", UNSET))


_KNOWN_KEYS: frozenset[str] = frozenset(("label", "id", "archivingPolicy", "required", "definition", "technicalDefinition", "sensitiveDataFieldLegalJustification", "sensitiveDataFieldLegalJustificationDescription", "sensitiveData", "personalDataCategory", "dataType", "dateCreation", "dateUpdate", "creator", ))

T = TypeVar("T", bound="DataFieldDto")



@_attrs_define
class DataFieldDto(LazyModel):
    """Attributes:
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

    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {
        "creator": _load_creator,
    }

    label: str
    id: None | Unset | UUID = UNSET
    archiving_policy: None | str | Unset = UNSET
    required: bool | None | Unset = UNSET
    definition: None | str | Unset = UNSET
    technical_definition: None | str | Unset = UNSET
    sensitive_data_field_legal_justification: None | SensitiveDataFieldLegalJustification | str | Unset = UNSET
    sensitive_data_field_legal_justification_description: None | str | Unset = UNSET
    sensitive_data: bool | None | Unset = UNSET
    personal_data_category: None | PersonalDataCategory | str | Unset = UNSET
    data_type: GenericDataType | None | str | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    creator: None | Unset | UserLightDto = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_light_dto import UserLightDto  # noqa: PLC0415
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        label = self.label

        field_dict["label"] = label
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        archiving_policy: None | str | Unset
        if isinstance(self.archiving_policy, Unset):
            archiving_policy = UNSET
        else:
            archiving_policy = self.archiving_policy

        if archiving_policy is not UNSET:
            field_dict["archivingPolicy"] = archiving_policy
        required: bool | None | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        else:
            required = self.required

        if required is not UNSET:
            field_dict["required"] = required
        definition: None | str | Unset
        if isinstance(self.definition, Unset):
            definition = UNSET
        else:
            definition = self.definition

        if definition is not UNSET:
            field_dict["definition"] = definition
        technical_definition: None | str | Unset
        if isinstance(self.technical_definition, Unset):
            technical_definition = UNSET
        else:
            technical_definition = self.technical_definition

        if technical_definition is not UNSET:
            field_dict["technicalDefinition"] = technical_definition
        sensitive_data_field_legal_justification: None | str | Unset
        if isinstance(self.sensitive_data_field_legal_justification, Unset):
            sensitive_data_field_legal_justification = UNSET
        elif isinstance(self.sensitive_data_field_legal_justification, SensitiveDataFieldLegalJustification):
            sensitive_data_field_legal_justification = self.sensitive_data_field_legal_justification.value
        else:
            sensitive_data_field_legal_justification = self.sensitive_data_field_legal_justification

        if sensitive_data_field_legal_justification is not UNSET:
            field_dict["sensitiveDataFieldLegalJustification"] = sensitive_data_field_legal_justification
        sensitive_data_field_legal_justification_description: None | str | Unset
        if isinstance(self.sensitive_data_field_legal_justification_description, Unset):
            sensitive_data_field_legal_justification_description = UNSET
        else:
            sensitive_data_field_legal_justification_description = self.sensitive_data_field_legal_justification_description

        if sensitive_data_field_legal_justification_description is not UNSET:
            field_dict["sensitiveDataFieldLegalJustificationDescription"] = sensitive_data_field_legal_justification_description
        sensitive_data: bool | None | Unset
        if isinstance(self.sensitive_data, Unset):
            sensitive_data = UNSET
        else:
            sensitive_data = self.sensitive_data

        if sensitive_data is not UNSET:
            field_dict["sensitiveData"] = sensitive_data
        personal_data_category: None | str | Unset
        if isinstance(self.personal_data_category, Unset):
            personal_data_category = UNSET
        elif isinstance(self.personal_data_category, PersonalDataCategory):
            personal_data_category = self.personal_data_category.value
        else:
            personal_data_category = self.personal_data_category

        if personal_data_category is not UNSET:
            field_dict["personalDataCategory"] = personal_data_category
        data_type: None | str | Unset
        if isinstance(self.data_type, Unset):
            data_type = UNSET
        elif isinstance(self.data_type, GenericDataType):
            data_type = self.data_type.value
        else:
            data_type = self.data_type

        if data_type is not UNSET:
            field_dict["dataType"] = data_type
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
        creator: dict[str, Any] | None | Unset
        if isinstance(self.creator, Unset):
            creator = UNSET
        elif isinstance(self.creator, UserLightDto):
            creator = self.creator.to_dict()
        else:
            creator = self.creator

        if creator is not UNSET:
            field_dict["creator"] = creator
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.label = src_dict["label"]
        parsed.id = _parse_id(src_dict.get("id", UNSET))
        parsed.archiving_policy = src_dict.get("archivingPolicy", UNSET)
        parsed.required = src_dict.get("required", UNSET)
        parsed.definition = src_dict.get("definition", UNSET)
        parsed.technical_definition = src_dict.get("technicalDefinition", UNSET)
        parsed.sensitive_data_field_legal_justification = _parse_sensitive_data_field_legal_justification(src_dict.get("sensitiveDataFieldLegalJustification", UNSET))
        parsed.sensitive_data_field_legal_justification_description = src_dict.get("sensitiveDataFieldLegalJustificationDescription", UNSET)
        parsed.sensitive_data = src_dict.get("sensitiveData", UNSET)
        parsed.personal_data_category = _parse_personal_data_category(src_dict.get("personalDataCategory", UNSET))
        parsed.data_type = _parse_data_type(src_dict.get("dataType", UNSET))
        parsed.date_creation = _parse_date_creation(src_dict.get("dateCreation", UNSET))
        parsed.date_update = _parse_date_update(src_dict.get("dateUpdate", UNSET))
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
