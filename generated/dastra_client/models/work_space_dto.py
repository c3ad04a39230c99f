from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import FieldValidationError
from .._lazy import (
    EAGER,
    MISSING,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
)
from ..models.work_space_state import WorkSpaceState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.permission_workspace_dto import PermissionWorkspaceDto
else:
    PermissionWorkspaceDto = deferred(
        globals(), "PermissionWorkspaceDto", "..models.permission_workspace_dto"
    )


_WORK_SPACE_STATE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in WorkSpaceState}


def _load_permissions(model: WorkSpaceDto, source: Mapping[str, Any]) -> Any:
    value = source.get("permissions", UNSET)
    if value is None or value is UNSET:
        model.permissions = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.permissions = result = list(map(PermissionWorkspaceDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "permissions",
                "permissions",
                "list[PermissionWorkspaceDto] | None",
                value,
                items=PermissionWorkspaceDto.from_dict,
            )
    else:
        result = invalid(model, "permissions", "permissions", "list[PermissionWorkspaceDto] | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "label",
    "id",
    "tenantId",
    "primaryColor",
    "secondaryColor",
    "logoUrl",
    "state",
    "permissions",
    "dataSubjectArchivedRetentionDays",
    "nbEntities",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "label": MISSING,
    "id": UNSET,
    "tenantId": UNSET,
    "primaryColor": UNSET,
    "secondaryColor": UNSET,
    "logoUrl": UNSET,
    "state": UNSET,
    "permissions": UNSET,
    "dataSubjectArchivedRetentionDays": UNSET,
    "nbEntities": UNSET,
}

T = TypeVar("T", bound="WorkSpaceDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class WorkSpaceDto(LazyModel):
    """Attributes:
    label (str):
    id (int | None | Unset):
    tenant_id (int | None | Unset):
    primary_color (None | str | Unset):
    secondary_color (None | str | Unset):
    logo_url (None | str | Unset):
    state (None | str | Unset | WorkSpaceState):
    permissions (list[PermissionWorkspaceDto] | None | Unset):
    data_subject_archived_retention_days (int | None | Unset):
    nb_entities (int | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("label", "label"),
        ("id", "id"),
        ("tenant_id", "tenantId"),
        ("primary_color", "primaryColor"),
        ("secondary_color", "secondaryColor"),
        ("logo_url", "logoUrl"),
        ("state", "state"),
        ("permissions", "permissions"),
        ("data_subject_archived_retention_days", "dataSubjectArchivedRetentionDays"),
        ("nb_entities", "nbEntities"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "permissions": _load_permissions,
    }

    label: str
    id: int | None | Unset = UNSET
    tenant_id: int | None | Unset = UNSET
    primary_color: None | str | Unset = UNSET
    secondary_color: None | str | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    state: None | str | Unset | WorkSpaceState = UNSET
    permissions: list[PermissionWorkspaceDto] | None | Unset = UNSET
    data_subject_archived_retention_days: int | None | Unset = UNSET
    nb_entities: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
            id: int | None | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id

            if id is not UNSET:
                field_dict["id"] = id
        if "tenant_id" not in unreadable:
            tenant_id: int | None | Unset
            if isinstance(self.tenant_id, Unset):
                tenant_id = UNSET
            else:
                tenant_id = self.tenant_id

            if tenant_id is not UNSET:
                field_dict["tenantId"] = tenant_id
        if "primary_color" not in unreadable:
            primary_color: None | str | Unset
            if isinstance(self.primary_color, Unset):
                primary_color = UNSET
            else:
                primary_color = self.primary_color

            if primary_color is not UNSET:
                field_dict["primaryColor"] = primary_color
        if "secondary_color" not in unreadable:
            secondary_color: None | str | Unset
            if isinstance(self.secondary_color, Unset):
                secondary_color = UNSET
            else:
                secondary_color = self.secondary_color

            if secondary_color is not UNSET:
                field_dict["secondaryColor"] = secondary_color
        if "logo_url" not in unreadable:
            logo_url: None | str | Unset
            if isinstance(self.logo_url, Unset):
                logo_url = UNSET
            else:
                logo_url = self.logo_url

            if logo_url is not UNSET:
                field_dict["logoUrl"] = logo_url
        if "state" not in unreadable:
            state: None | str | Unset
            if isinstance(self.state, Unset):
                state = UNSET
            elif isinstance(self.state, WorkSpaceState):
                state = self.state.value
            else:
                state = self.state

            if state is not UNSET:
                field_dict["state"] = state
        if "permissions" not in unreadable:
            permissions: list[dict[str, Any]] | None | Unset
            if isinstance(self.permissions, Unset):
                permissions = UNSET
            elif isinstance(self.permissions, list):
                permissions = []
                for permissions_type_0_item_data in self.permissions:
                    permissions_type_0_item = permissions_type_0_item_data.to_dict()
                    permissions.append(permissions_type_0_item)

            else:
                permissions = self.permissions

            if permissions is not UNSET:
                field_dict["permissions"] = permissions
        if "data_subject_archived_retention_days" not in unreadable:
            data_subject_archived_retention_days: int | None | Unset
            if isinstance(self.data_subject_archived_retention_days, Unset):
                data_subject_archived_retention_days = UNSET
            else:
                data_subject_archived_retention_days = self.data_subject_archived_retention_days

            if data_subject_archived_retention_days is not UNSET:
                field_dict["dataSubjectArchivedRetentionDays"] = data_subject_archived_retention_days
        if "nb_entities" not in unreadable:
            nb_entities: int | None | Unset
            if isinstance(self.nb_entities, Unset):
                nb_entities = UNSET
            else:
                nb_entities = self.nb_entities

            if nb_entities is not UNSET:
                field_dict["nbEntities"] = nb_entities
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
        if isinstance(value, str):
            parsed.label = value
        else:
            invalid(parsed, "label", "label", "str", value)
            absent += value is MISSING

        value = values[1]
        if type(value) is int or value is None:
            parsed.id = value
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            invalid(parsed, "id", "id", "int | None", value)

        value = values[2]
        if type(value) is int or value is None:
            parsed.tenant_id = value
        elif value is UNSET:
            parsed.tenant_id = UNSET
            absent += 1
        else:
            invalid(parsed, "tenant_id", "tenantId", "int | None", value)

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.primary_color = value
        elif value is UNSET:
            parsed.primary_color = UNSET
            absent += 1
        else:
            invalid(parsed, "primary_color", "primaryColor", "str | None", value)

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.secondary_color = value
        elif value is UNSET:
            parsed.secondary_color = UNSET
            absent += 1
        else:
            invalid(parsed, "secondary_color", "secondaryColor", "str | None", value)

        value = values[5]
        if isinstance(value, str) or value is None:
            parsed.logo_url = value
        elif value is UNSET:
            parsed.logo_url = UNSET
            absent += 1
        else:
            invalid(parsed, "logo_url", "logoUrl", "str | None", value)

        value = values[6]
        if isinstance(value, str):
            parsed.state = _WORK_SPACE_STATE_BY_VALUE.get(value, value)
        elif value is None:
            parsed.state = None
        elif value is UNSET:
            parsed.state = UNSET
            absent += 1
        else:
            invalid(parsed, "state", "state", "str | WorkSpaceState | None", value)

        value = values[7]
        if value is None:
            parsed.permissions = None
        elif value is UNSET:
            parsed.permissions = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.permissions = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.permissions = list(map(PermissionWorkspaceDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "permissions",
                        "permissions",
                        "list[PermissionWorkspaceDto] | None",
                        value,
                        items=PermissionWorkspaceDto.from_dict,
                    )
            else:
                invalid(parsed, "permissions", "permissions", "list[PermissionWorkspaceDto] | None", value)

        value = values[8]
        if type(value) is int or value is None:
            parsed.data_subject_archived_retention_days = value
        elif value is UNSET:
            parsed.data_subject_archived_retention_days = UNSET
            absent += 1
        else:
            invalid(
                parsed,
                "data_subject_archived_retention_days",
                "dataSubjectArchivedRetentionDays",
                "int | None",
                value,
            )

        value = values[9]
        if type(value) is int or value is None:
            parsed.nb_entities = value
        elif value is UNSET:
            parsed.nb_entities = UNSET
            absent += 1
        else:
            invalid(parsed, "nb_entities", "nbEntities", "int | None", value)

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
