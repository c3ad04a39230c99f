from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import FieldValidationError, VariantMismatchError
from .._lazy import (
    EAGER,
    MISSING,
    LazyModel,
    Misfit,
    deferred,
    each,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.audit_object_type import AuditObjectType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_stake_holder_dto import AuditStakeHolderDto
else:
    AuditStakeHolderDto = deferred(globals(), "AuditStakeHolderDto", "..models.audit_stake_holder_dto")


_AUDIT_OBJECT_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in AuditObjectType}


def _parse_respondants(data: Any) -> Any:
    if data is MISSING:
        raise Misfit(data)
    if isinstance(data, list):
        return each(data, _parse_respondants_item)

    raise Misfit(data)


def _parse_respondants_item(data: Any) -> Any:
    if isinstance(data, dict):
        try:
            return AuditStakeHolderDto.from_dict(data)
        except VariantMismatchError:
            pass

    raise Misfit(data)


def _load_owners(model: AuditResponsePlanificationDto, source: Mapping[str, Any]) -> Any:
    value = source.get("owners", UNSET)
    if value is None or value is UNSET:
        model.owners = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.owners = result = list(map(AuditStakeHolderDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "owners",
                "owners",
                "list[AuditStakeHolderDto] | None",
                value,
                items=AuditStakeHolderDto.from_dict,
            )
    else:
        result = invalid(model, "owners", "owners", "list[AuditStakeHolderDto] | None", value)
    return result


def _load_stakeholders(model: AuditResponsePlanificationDto, source: Mapping[str, Any]) -> Any:
    value = source.get("stakeholders", UNSET)
    if value is None or value is UNSET:
        model.stakeholders = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.stakeholders = result = list(map(AuditStakeHolderDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "stakeholders",
                "stakeholders",
                "list[AuditStakeHolderDto] | None",
                value,
                items=AuditStakeHolderDto.from_dict,
            )
    else:
        result = invalid(model, "stakeholders", "stakeholders", "list[AuditStakeHolderDto] | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "areaId",
    "label",
    "respondants",
    "id",
    "description",
    "deadline",
    "noValidation",
    "templateId",
    "objectId",
    "objectType",
    "batchMod",
    "sendNotificationImmediatly",
    "messageHtml",
    "owners",
    "stakeholders",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "areaId": MISSING,
    "label": MISSING,
    "respondants": MISSING,
    "id": UNSET,
    "description": UNSET,
    "deadline": UNSET,
    "noValidation": UNSET,
    "templateId": UNSET,
    "objectId": UNSET,
    "objectType": UNSET,
    "batchMod": UNSET,
    "sendNotificationImmediatly": UNSET,
    "messageHtml": UNSET,
    "owners": UNSET,
    "stakeholders": UNSET,
}

T = TypeVar("T", bound="AuditResponsePlanificationDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AuditResponsePlanificationDto(LazyModel):
    """Attributes:
    area_id (int):
    label (str):
    respondants (list[AuditStakeHolderDto]):
    id (None | Unset | UUID):
    description (None | str | Unset):
    deadline (datetime.datetime | None | Unset):
    no_validation (bool | None | Unset):
    template_id (None | Unset | UUID):
    object_id (None | str | Unset):
    object_type (AuditObjectType | None | str | Unset):
    batch_mod (bool | None | Unset):
    send_notification_immediatly (bool | None | Unset):
    message_html (None | str | Unset):
    owners (list[AuditStakeHolderDto] | None | Unset):
    stakeholders (list[AuditStakeHolderDto] | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("area_id", "areaId"),
        ("label", "label"),
        ("respondants", "respondants"),
        ("id", "id"),
        ("description", "description"),
        ("deadline", "deadline"),
        ("no_validation", "noValidation"),
        ("template_id", "templateId"),
        ("object_id", "objectId"),
        ("object_type", "objectType"),
        ("batch_mod", "batchMod"),
        ("send_notification_immediatly", "sendNotificationImmediatly"),
        ("message_html", "messageHtml"),
        ("owners", "owners"),
        ("stakeholders", "stakeholders"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "owners": _load_owners,
        "stakeholders": _load_stakeholders,
    }

    area_id: int
    label: str
    respondants: list[AuditStakeHolderDto]
    id: None | Unset | UUID = UNSET
    description: None | str | Unset = UNSET
    deadline: datetime.datetime | None | Unset = UNSET
    no_validation: bool | None | Unset = UNSET
    template_id: None | Unset | UUID = UNSET
    object_id: None | str | Unset = UNSET
    object_type: AuditObjectType | None | str | Unset = UNSET
    batch_mod: bool | None | Unset = UNSET
    send_notification_immediatly: bool | None | Unset = UNSET
    message_html: None | str | Unset = UNSET
    owners: list[AuditStakeHolderDto] | None | Unset = UNSET
    stakeholders: list[AuditStakeHolderDto] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "area_id" not in unreadable:
            area_id = self.area_id

            field_dict["areaId"] = area_id
        if "label" not in unreadable:
            label = self.label

            field_dict["label"] = label
        if "respondants" not in unreadable:
            respondants = []
            for respondants_item_data in self.respondants:
                respondants_item = respondants_item_data.to_dict()
                respondants.append(respondants_item)

            field_dict["respondants"] = respondants
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
        if "description" not in unreadable:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description

            if description is not UNSET:
                field_dict["description"] = description
        if "deadline" not in unreadable:
            deadline: None | str | Unset
            if isinstance(self.deadline, Unset):
                deadline = UNSET
            elif isinstance(self.deadline, datetime.datetime):
                deadline = self.deadline.isoformat()
            else:
                deadline = self.deadline

            if deadline is not UNSET:
                field_dict["deadline"] = deadline
        if "no_validation" not in unreadable:
            no_validation: bool | None | Unset
            if isinstance(self.no_validation, Unset):
                no_validation = UNSET
            else:
                no_validation = self.no_validation

            if no_validation is not UNSET:
                field_dict["noValidation"] = no_validation
        if "template_id" not in unreadable:
            template_id: None | str | Unset
            if isinstance(self.template_id, Unset):
                template_id = UNSET
            elif isinstance(self.template_id, UUID):
                template_id = str(self.template_id)
            else:
                template_id = self.template_id

            if template_id is not UNSET:
                field_dict["templateId"] = template_id
        if "object_id" not in unreadable:
            object_id: None | str | Unset
            if isinstance(self.object_id, Unset):
                object_id = UNSET
            else:
                object_id = self.object_id

            if object_id is not UNSET:
                field_dict["objectId"] = object_id
        if "object_type" not in unreadable:
            object_type: None | str | Unset
            if isinstance(self.object_type, Unset):
                object_type = UNSET
            elif isinstance(self.object_type, AuditObjectType):
                object_type = self.object_type.value
            else:
                object_type = self.object_type

            if object_type is not UNSET:
                field_dict["objectType"] = object_type
        if "batch_mod" not in unreadable:
            batch_mod: bool | None | Unset
            if isinstance(self.batch_mod, Unset):
                batch_mod = UNSET
            else:
                batch_mod = self.batch_mod

            if batch_mod is not UNSET:
                field_dict["batchMod"] = batch_mod
        if "send_notification_immediatly" not in unreadable:
            send_notification_immediatly: bool | None | Unset
            if isinstance(self.send_notification_immediatly, Unset):
                send_notification_immediatly = UNSET
            else:
                send_notification_immediatly = self.send_notification_immediatly

            if send_notification_immediatly is not UNSET:
                field_dict["sendNotificationImmediatly"] = send_notification_immediatly
        if "message_html" not in unreadable:
            message_html: None | str | Unset
            if isinstance(self.message_html, Unset):
                message_html = UNSET
            else:
                message_html = self.message_html

            if message_html is not UNSET:
                field_dict["messageHtml"] = message_html
        if "owners" not in unreadable:
            owners: list[dict[str, Any]] | None | Unset
            if isinstance(self.owners, Unset):
                owners = UNSET
            elif isinstance(self.owners, list):
                owners = []
                for owners_type_0_item_data in self.owners:
                    owners_type_0_item = owners_type_0_item_data.to_dict()
                    owners.append(owners_type_0_item)

            else:
                owners = self.owners

            if owners is not UNSET:
                field_dict["owners"] = owners
        if "stakeholders" not in unreadable:
            stakeholders: list[dict[str, Any]] | None | Unset
            if isinstance(self.stakeholders, Unset):
                stakeholders = UNSET
            elif isinstance(self.stakeholders, list):
                stakeholders = []
                for stakeholders_type_0_item_data in self.stakeholders:
                    stakeholders_type_0_item = stakeholders_type_0_item_data.to_dict()
                    stakeholders.append(stakeholders_type_0_item)

            else:
                stakeholders = self.stakeholders

            if stakeholders is not UNSET:
                field_dict["stakeholders"] = stakeholders
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
            if len(src_dict) >= 15:
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
        if type(value) is int:
            parsed.area_id = value
        else:
            invalid(parsed, "area_id", "areaId", "int", value)
            absent += value is MISSING

        value = values[1]
        if isinstance(value, str):
            parsed.label = value
        else:
            invalid(parsed, "label", "label", "str", value)
            absent += value is MISSING

        value = values[2]
        try:
            parsed.respondants = _parse_respondants(value)
        except Misfit as misfit:
            invalid(parsed, "respondants", "respondants", "list[AuditStakeHolderDto]", value, misfit)
            absent += value is MISSING

        value = values[3]
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

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.description = value
        elif value is UNSET:
            parsed.description = UNSET
            absent += 1
        else:
            invalid(parsed, "description", "description", "str | None", value)

        value = values[5]
        if value is None:
            parsed.deadline = None
        elif value is UNSET:
            parsed.deadline = UNSET
            absent += 1
        else:
            try:
                parsed.deadline = datetime.datetime.fromisoformat(value)
            except (TypeError, ValueError):
                invalid(parsed, "deadline", "deadline", "datetime.datetime | None", value)

        value = values[6]
        if type(value) is bool or value is None:
            parsed.no_validation = value
        elif value is UNSET:
            parsed.no_validation = UNSET
            absent += 1
        else:
            invalid(parsed, "no_validation", "noValidation", "bool | None", value)

        value = values[7]
        if value is None:
            parsed.template_id = None
        elif value is UNSET:
            parsed.template_id = UNSET
            absent += 1
        else:
            try:
                parsed.template_id = parse_uuid(value)
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "template_id", "templateId", "UUID | None", value)

        value = values[8]
        if isinstance(value, str) or value is None:
            parsed.object_id = value
        elif value is UNSET:
            parsed.object_id = UNSET
            absent += 1
        else:
            invalid(parsed, "object_id", "objectId", "str | None", value)

        value = values[9]
        if isinstance(value, str):
            parsed.object_type = _AUDIT_OBJECT_TYPE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.object_type = None
        elif value is UNSET:
            parsed.object_type = UNSET
            absent += 1
        else:
            invalid(parsed, "object_type", "objectType", "AuditObjectType | str | None", value)

        value = values[10]
        if type(value) is bool or value is None:
            parsed.batch_mod = value
        elif value is UNSET:
            parsed.batch_mod = UNSET
            absent += 1
        else:
            invalid(parsed, "batch_mod", "batchMod", "bool | None", value)

        value = values[11]
        if type(value) is bool or value is None:
            parsed.send_notification_immediatly = value
        elif value is UNSET:
            parsed.send_notification_immediatly = UNSET
            absent += 1
        else:
            invalid(
                parsed, "send_notification_immediatly", "sendNotificationImmediatly", "bool | None", value
            )

        value = values[12]
        if isinstance(value, str) or value is None:
            parsed.message_html = value
        elif value is UNSET:
            parsed.message_html = UNSET
            absent += 1
        else:
            invalid(parsed, "message_html", "messageHtml", "str | None", value)

        value = values[13]
        if value is None:
            parsed.owners = None
        elif value is UNSET:
            parsed.owners = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.owners = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.owners = list(map(AuditStakeHolderDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "owners",
                        "owners",
                        "list[AuditStakeHolderDto] | None",
                        value,
                        items=AuditStakeHolderDto.from_dict,
                    )
            else:
                invalid(parsed, "owners", "owners", "list[AuditStakeHolderDto] | None", value)

        value = values[14]
        if value is None:
            parsed.stakeholders = None
        elif value is UNSET:
            parsed.stakeholders = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.stakeholders = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.stakeholders = list(map(AuditStakeHolderDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "stakeholders",
                        "stakeholders",
                        "list[AuditStakeHolderDto] | None",
                        value,
                        items=AuditStakeHolderDto.from_dict,
                    )
            else:
                invalid(parsed, "stakeholders", "stakeholders", "list[AuditStakeHolderDto] | None", value)

        if len(src_dict) + absent == 15:  # every key is a known one
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
