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
    LazyModel,
    deferred,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.processing_type import ProcessingType
from ..models.relation_ship_type import RelationShipType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_processing_light_dto import DataProcessingLightDto
else:
    DataProcessingLightDto = deferred(
        globals(), "DataProcessingLightDto", "..models.data_processing_light_dto"
    )


_PROCESSING_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in ProcessingType}
_RELATION_SHIP_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in RelationShipType}


def _load_element(model: DataProcessingRelationShipDto, source: Mapping[str, Any]) -> Any:
    value = source.get("element", UNSET)
    if value is None or value is UNSET:
        model.element = value
        return value
    if isinstance(value, dict):
        try:
            model.element = result = DataProcessingLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "element", "element", "DataProcessingLightDto | None", value)
    else:
        result = invalid(model, "element", "element", "DataProcessingLightDto | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "id",
    "areaId",
    "element",
    "dateCreation",
    "relationShipType",
    "create",
    "label",
    "url",
    "processingType",
    "workspaceId",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "id": UNSET,
    "areaId": UNSET,
    "element": UNSET,
    "dateCreation": UNSET,
    "relationShipType": UNSET,
    "create": UNSET,
    "label": UNSET,
    "url": UNSET,
    "processingType": UNSET,
    "workspaceId": UNSET,
}

T = TypeVar("T", bound="DataProcessingRelationShipDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DataProcessingRelationShipDto(LazyModel):
    """Attributes:
    id (None | Unset | UUID):
    area_id (int | None | Unset):
    element (DataProcessingLightDto | None | Unset):
    date_creation (datetime.datetime | None | Unset):
    relation_ship_type (None | RelationShipType | str | Unset):
    create (bool | None | Unset):
    label (None | str | Unset):
    url (None | str | Unset):
    processing_type (None | ProcessingType | str | Unset):
    workspace_id (int | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("area_id", "areaId"),
        ("element", "element"),
        ("date_creation", "dateCreation"),
        ("relation_ship_type", "relationShipType"),
        ("create", "create"),
        ("label", "label"),
        ("url", "url"),
        ("processing_type", "processingType"),
        ("workspace_id", "workspaceId"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "element": _load_element,
    }

    id: None | Unset | UUID = UNSET
    area_id: int | None | Unset = UNSET
    element: DataProcessingLightDto | None | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    relation_ship_type: None | RelationShipType | str | Unset = UNSET
    create: bool | None | Unset = UNSET
    label: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    processing_type: None | ProcessingType | str | Unset = UNSET
    workspace_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.data_processing_light_dto import DataProcessingLightDto

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

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
        if "area_id" not in unreadable:
            area_id: int | None | Unset
            if isinstance(self.area_id, Unset):
                area_id = UNSET
            else:
                area_id = self.area_id

            if area_id is not UNSET:
                field_dict["areaId"] = area_id
        if "element" not in unreadable:
            element: dict[str, Any] | None | Unset
            if isinstance(self.element, Unset):
                element = UNSET
            elif isinstance(self.element, DataProcessingLightDto):
                element = self.element.to_dict()
            else:
                element = self.element

            if element is not UNSET:
                field_dict["element"] = element
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
        if "relation_ship_type" not in unreadable:
            relation_ship_type: None | str | Unset
            if isinstance(self.relation_ship_type, Unset):
                relation_ship_type = UNSET
            elif isinstance(self.relation_ship_type, RelationShipType):
                relation_ship_type = self.relation_ship_type.value
            else:
                relation_ship_type = self.relation_ship_type

            if relation_ship_type is not UNSET:
                field_dict["relationShipType"] = relation_ship_type
        if "create" not in unreadable:
            create: bool | None | Unset
            if isinstance(self.create, Unset):
                create = UNSET
            else:
                create = self.create

            if create is not UNSET:
                field_dict["create"] = create
        if "label" not in unreadable:
            label: None | str | Unset
            if isinstance(self.label, Unset):
                label = UNSET
            else:
                label = self.label

            if label is not UNSET:
                field_dict["label"] = label
        if "url" not in unreadable:
            url: None | str | Unset
            if isinstance(self.url, Unset):
                url = UNSET
            else:
                url = self.url

            if url is not UNSET:
                field_dict["url"] = url
        if "processing_type" not in unreadable:
            processing_type: None | str | Unset
            if isinstance(self.processing_type, Unset):
                processing_type = UNSET
            elif isinstance(self.processing_type, ProcessingType):
                processing_type = self.processing_type.value
            else:
                processing_type = self.processing_type

            if processing_type is not UNSET:
                field_dict["processingType"] = processing_type
        if "workspace_id" not in unreadable:
            workspace_id: int | None | Unset
            if isinstance(self.workspace_id, Unset):
                workspace_id = UNSET
            else:
                workspace_id = self.workspace_id

            if workspace_id is not UNSET:
                field_dict["workspaceId"] = workspace_id
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
            if len(src_dict) >= 10:
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
            parsed.id = None
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            try:
                parsed.id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "id", "id", "UUID | None", value)

        value = values[1]
        if type(value) is int or value is None:
            parsed.area_id = value
        elif value is UNSET:
            parsed.area_id = UNSET
            absent += 1
        else:
            invalid(parsed, "area_id", "areaId", "int | None", value)

        value = values[2]
        if value is None:
            parsed.element = None
        elif value is UNSET:
            parsed.element = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.element = DataProcessingLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "element", "element", "DataProcessingLightDto | None", value)
            else:
                invalid(parsed, "element", "element", "DataProcessingLightDto | None", value)

        value = values[3]
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

        value = values[4]
        if isinstance(value, str):
            parsed.relation_ship_type = _RELATION_SHIP_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.relation_ship_type = None
        elif value is UNSET:
            parsed.relation_ship_type = UNSET
            absent += 1
        else:
            invalid(parsed, "relation_ship_type", "relationShipType", "RelationShipType | str | None", value)

        value = values[5]
        if type(value) is bool or value is None:
            parsed.create = value
        elif value is UNSET:
            parsed.create = UNSET
            absent += 1
        else:
            invalid(parsed, "create", "create", "bool | None", value)

        value = values[6]
        if isinstance(value, str) or value is None:
            parsed.label = value
        elif value is UNSET:
            parsed.label = UNSET
            absent += 1
        else:
            invalid(parsed, "label", "label", "str | None", value)

        value = values[7]
        if isinstance(value, str) or value is None:
            parsed.url = value
        elif value is UNSET:
            parsed.url = UNSET
            absent += 1
        else:
            invalid(parsed, "url", "url", "str | None", value)

        value = values[8]
        if isinstance(value, str):
            parsed.processing_type = _PROCESSING_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.processing_type = None
        elif value is UNSET:
            parsed.processing_type = UNSET
            absent += 1
        else:
            invalid(parsed, "processing_type", "processingType", "ProcessingType | str | None", value)

        value = values[9]
        if type(value) is int or value is None:
            parsed.workspace_id = value
        elif value is UNSET:
            parsed.workspace_id = UNSET
            absent += 1
        else:
            invalid(parsed, "workspace_id", "workspaceId", "int | None", value)

        if len(src_dict) + absent == 10:  # every key is a known one
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
