from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar
from uuid import UUID

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
    parse_uuid,
)
from ..models.generic_data_type import GenericDataType
from ..models.personal_data_category import PersonalDataCategory
from ..models.sensitive_data_field_legal_justification import SensitiveDataFieldLegalJustification
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_light_dto import UserLightDto
else:
    UserLightDto = deferred(globals(), "UserLightDto", "..models.user_light_dto")


_GENERIC_DATA_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in GenericDataType}
_PERSONAL_DATA_CATEGORY_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in PersonalDataCategory
}
_SENSITIVE_DATA_FIELD_LEGAL_JUSTIFICATION_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in SensitiveDataFieldLegalJustification
}


def _load_creator(model: DataFieldDto, source: Mapping[str, Any]) -> Any:
    value = source.get("creator", UNSET)
    if value is None or value is UNSET:
        model.creator = value
        return value
    if isinstance(value, dict):
        try:
            model.creator = result = UserLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "creator", "creator", "UserLightDto | None", value)
    else:
        result = invalid(model, "creator", "creator", "UserLightDto | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "label",
    "id",
    "archivingPolicy",
    "required",
    "definition",
    "technicalDefinition",
    "sensitiveDataFieldLegalJustification",
    "sensitiveDataFieldLegalJustificationDescription",
    "sensitiveData",
    "personalDataCategory",
    "dataType",
    "dateCreation",
    "dateUpdate",
    "creator",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "label": MISSING,
    "id": UNSET,
    "archivingPolicy": UNSET,
    "required": UNSET,
    "definition": UNSET,
    "technicalDefinition": UNSET,
    "sensitiveDataFieldLegalJustification": UNSET,
    "sensitiveDataFieldLegalJustificationDescription": UNSET,
    "sensitiveData": UNSET,
    "personalDataCategory": UNSET,
    "dataType": UNSET,
    "dateCreation": UNSET,
    "dateUpdate": UNSET,
    "creator": UNSET,
}

T = TypeVar("T", bound="DataFieldDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("label", "label"),
        ("id", "id"),
        ("archiving_policy", "archivingPolicy"),
        ("required", "required"),
        ("definition", "definition"),
        ("technical_definition", "technicalDefinition"),
        ("sensitive_data_field_legal_justification", "sensitiveDataFieldLegalJustification"),
        (
            "sensitive_data_field_legal_justification_description",
            "sensitiveDataFieldLegalJustificationDescription",
        ),
        ("sensitive_data", "sensitiveData"),
        ("personal_data_category", "personalDataCategory"),
        ("data_type", "dataType"),
        ("date_creation", "dateCreation"),
        ("date_update", "dateUpdate"),
        ("creator", "creator"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "creator": _load_creator,
    }

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

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "label" not in unreadable:
            label = self.label

            field_dict["label"] = label
        if "id" not in unreadable:
            id: None | str | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            elif isinstance(self.id, UUID):
                id = str(self.id)
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "archiving_policy" not in unreadable:
            archiving_policy: None | str | Unset
            if isinstance(self.archiving_policy, Unset):
                archiving_policy = UNSET
            else:
                archiving_policy = self.archiving_policy

            if archiving_policy is not UNSET:
                field_dict["archivingPolicy"] = archiving_policy
        if "required" not in unreadable:
            required: bool | None | Unset
            if isinstance(self.required, Unset):
                required = UNSET
            else:
                required = self.required

            if required is not UNSET:
                field_dict["required"] = required
        if "definition" not in unreadable:
            definition: None | str | Unset
            if isinstance(self.definition, Unset):
                definition = UNSET
            else:
                definition = self.definition

            if definition is not UNSET:
                field_dict["definition"] = definition
        if "technical_definition" not in unreadable:
            technical_definition: None | str | Unset
            if isinstance(self.technical_definition, Unset):
                technical_definition = UNSET
            else:
                technical_definition = self.technical_definition

            if technical_definition is not UNSET:
                field_dict["technicalDefinition"] = technical_definition
        if "sensitive_data_field_legal_justification" not in unreadable:
            sensitive_data_field_legal_justification: None | str | Unset
            if isinstance(self.sensitive_data_field_legal_justification, Unset):
                sensitive_data_field_legal_justification = UNSET
            elif isinstance(
                self.sensitive_data_field_legal_justification, SensitiveDataFieldLegalJustification
            ):
                sensitive_data_field_legal_justification = self.sensitive_data_field_legal_justification.value
            else:
                sensitive_data_field_legal_justification = self.sensitive_data_field_legal_justification

            if sensitive_data_field_legal_justification is not UNSET:
                field_dict["sensitiveDataFieldLegalJustification"] = sensitive_data_field_legal_justification
        if "sensitive_data_field_legal_justification_description" not in unreadable:
            sensitive_data_field_legal_justification_description: None | str | Unset
            if isinstance(self.sensitive_data_field_legal_justification_description, Unset):
                sensitive_data_field_legal_justification_description = UNSET
            else:
                sensitive_data_field_legal_justification_description = (
                    self.sensitive_data_field_legal_justification_description
                )

            if sensitive_data_field_legal_justification_description is not UNSET:
                field_dict["sensitiveDataFieldLegalJustificationDescription"] = (
                    sensitive_data_field_legal_justification_description
                )
        if "sensitive_data" not in unreadable:
            sensitive_data: bool | None | Unset
            if isinstance(self.sensitive_data, Unset):
                sensitive_data = UNSET
            else:
                sensitive_data = self.sensitive_data

            if sensitive_data is not UNSET:
                field_dict["sensitiveData"] = sensitive_data
        if "personal_data_category" not in unreadable:
            personal_data_category: None | str | Unset
            if isinstance(self.personal_data_category, Unset):
                personal_data_category = UNSET
            elif isinstance(self.personal_data_category, PersonalDataCategory):
                personal_data_category = self.personal_data_category.value
            else:
                personal_data_category = self.personal_data_category

            if personal_data_category is not UNSET:
                field_dict["personalDataCategory"] = personal_data_category
        if "data_type" not in unreadable:
            data_type: None | str | Unset
            if isinstance(self.data_type, Unset):
                data_type = UNSET
            elif isinstance(self.data_type, GenericDataType):
                data_type = self.data_type.value
            else:
                data_type = self.data_type

            if data_type is not UNSET:
                field_dict["dataType"] = data_type
        if "date_creation" not in unreadable:
            date_creation: None | str | Unset
            if isinstance(self.date_creation, Unset):
                date_creation = UNSET
            elif isinstance(self.date_creation, datetime.datetime):
                date_creation = self.date_creation.isoformat()
            else:
                date_creation = self.date_creation

            if date_creation is not UNSET:
                field_dict["dateCreation"] = date_creation
        if "date_update" not in unreadable:
            date_update: None | str | Unset
            if isinstance(self.date_update, Unset):
                date_update = UNSET
            elif isinstance(self.date_update, datetime.datetime):
                date_update = self.date_update.isoformat()
            else:
                date_update = self.date_update

            if date_update is not UNSET:
                field_dict["dateUpdate"] = date_update
        if "creator" not in unreadable:
            creator: dict[str, Any] | None | Unset
            if isinstance(self.creator, Unset):
                creator = UNSET
            elif isinstance(self.creator, UserLightDto):
                creator = self.creator.to_dict()
            else:
                creator = self.creator

            if creator is not UNSET:
                field_dict["creator"] = creator
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
            if len(src_dict) >= 14:
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
            parsed.label = value
        else:
            invalid(parsed, "label", "label", "str", value)
            absent += value is MISSING

        value = values[1]
        if value is None:
            parsed.id = None
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            try:
                parsed.id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "id", "id", "UUID | None", value)

        value = values[2]
        if isinstance(value, str) or value is None:
            parsed.archiving_policy = value
        elif value is UNSET:
            parsed.archiving_policy = UNSET
            absent += 1
        else:
            invalid(parsed, "archiving_policy", "archivingPolicy", "str | None", value)

        value = values[3]
        if type(value) is bool or value is None:
            parsed.required = value
        elif value is UNSET:
            parsed.required = UNSET
            absent += 1
        else:
            invalid(parsed, "required", "required", "bool | None", value)

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.definition = value
        elif value is UNSET:
            parsed.definition = UNSET
            absent += 1
        else:
            invalid(parsed, "definition", "definition", "str | None", value)

        value = values[5]
        if isinstance(value, str) or value is None:
            parsed.technical_definition = value
        elif value is UNSET:
            parsed.technical_definition = UNSET
            absent += 1
        else:
            invalid(parsed, "technical_definition", "technicalDefinition", "str | None", value)

        value = values[6]
        if isinstance(value, str):
            parsed.sensitive_data_field_legal_justification = (
                _SENSITIVE_DATA_FIELD_LEGAL_JUSTIFICATION_BY_VALUE.get(value, value)
            )
        elif value is None:
            parsed.sensitive_data_field_legal_justification = None
        elif value is UNSET:
            parsed.sensitive_data_field_legal_justification = UNSET
            absent += 1
        else:
            invalid(
                parsed,
                "sensitive_data_field_legal_justification",
                "sensitiveDataFieldLegalJustification",
                "SensitiveDataFieldLegalJustification | str | None",
                value,
            )

        value = values[7]
        if isinstance(value, str) or value is None:
            parsed.sensitive_data_field_legal_justification_description = value
        elif value is UNSET:
            parsed.sensitive_data_field_legal_justification_description = UNSET
            absent += 1
        else:
            invalid(
                parsed,
                "sensitive_data_field_legal_justification_description",
                "sensitiveDataFieldLegalJustificationDescription",
                "str | None",
                value,
            )

        value = values[8]
        if type(value) is bool or value is None:
            parsed.sensitive_data = value
        elif value is UNSET:
            parsed.sensitive_data = UNSET
            absent += 1
        else:
            invalid(parsed, "sensitive_data", "sensitiveData", "bool | None", value)

        value = values[9]
        if isinstance(value, str):
            parsed.personal_data_category = _PERSONAL_DATA_CATEGORY_BY_VALUE.get(value, value)
        elif value is None:
            parsed.personal_data_category = None
        elif value is UNSET:
            parsed.personal_data_category = UNSET
            absent += 1
        else:
            invalid(
                parsed,
                "personal_data_category",
                "personalDataCategory",
                "PersonalDataCategory | str | None",
                value,
            )

        value = values[10]
        if isinstance(value, str):
            parsed.data_type = _GENERIC_DATA_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.data_type = None
        elif value is UNSET:
            parsed.data_type = UNSET
            absent += 1
        else:
            invalid(parsed, "data_type", "dataType", "GenericDataType | str | None", value)

        value = values[11]
        if value is None:
            parsed.date_creation = None
        elif value is UNSET:
            parsed.date_creation = UNSET
            absent += 1
        else:
            try:
                parsed.date_creation = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_creation", "dateCreation", "datetime.datetime | None", value)

        value = values[12]
        if value is None:
            parsed.date_update = None
        elif value is UNSET:
            parsed.date_update = UNSET
            absent += 1
        else:
            try:
                parsed.date_update = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "date_update", "dateUpdate", "datetime.datetime | None", value)

        value = values[13]
        if value is None:
            parsed.creator = None
        elif value is UNSET:
            parsed.creator = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.creator = UserLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "creator", "creator", "UserLightDto | None", value)
            else:
                invalid(parsed, "creator", "creator", "UserLightDto | None", value)

        if len(src_dict) + absent == 14:  # every key is a known one
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
