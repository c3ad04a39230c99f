from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, ClassVar, Final, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import (
    LazyModel,
    invalid,
    not_an_object,
    parse_uuid,
)
from ..models.data_breach_state import DataBreachState
from ..models.data_breach_type import DataBreachType
from ..types import UNSET, Unset

_DATA_BREACH_STATE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in DataBreachState}
_DATA_BREACH_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {member.value: member for member in DataBreachType}


_KEYS: Final[tuple[str, ...]] = (
    "useNativeColumn",
    "cols",
    "tags",
    "states",
    "types",
    "workflows",
    "operators",
    "q",
    "archived",
    "areaId",
    "ids",
    "select",
    "page",
    "size",
    "skip",
    "sortBy",
    "asc",
    "filters",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "useNativeColumn": UNSET,
    "cols": UNSET,
    "tags": UNSET,
    "states": UNSET,
    "types": UNSET,
    "workflows": UNSET,
    "operators": UNSET,
    "q": UNSET,
    "archived": UNSET,
    "areaId": UNSET,
    "ids": UNSET,
    "select": UNSET,
    "page": UNSET,
    "size": UNSET,
    "skip": UNSET,
    "sortBy": UNSET,
    "asc": UNSET,
    "filters": UNSET,
}

T = TypeVar("T", bound="DataBreachExportQuery")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DataBreachExportQuery(LazyModel):
    """Attributes:
    use_native_column (bool | None | Unset):
    cols (list[str] | None | Unset):
    tags (list[int] | None | Unset):
    states (list[DataBreachState | str] | None | Unset):
    types (list[DataBreachType | str] | None | Unset):
    workflows (list[int] | None | Unset):
    operators (list[int] | None | Unset):
    q (None | str | Unset):
    archived (bool | None | Unset):
    area_id (int | None | Unset):
    ids (list[UUID] | None | Unset):
    select (None | str | Unset):
    page (int | None | Unset):
    size (int | None | Unset):
    skip (int | None | Unset):
    sort_by (None | str | Unset):
    asc (bool | None | Unset):
    filters (None | str | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("use_native_column", "useNativeColumn"),
        ("cols", "cols"),
        ("tags", "tags"),
        ("states", "states"),
        ("types", "types"),
        ("workflows", "workflows"),
        ("operators", "operators"),
        ("q", "q"),
        ("archived", "archived"),
        ("area_id", "areaId"),
        ("ids", "ids"),
        ("select", "select"),
        ("page", "page"),
        ("size", "size"),
        ("skip", "skip"),
        ("sort_by", "sortBy"),
        ("asc", "asc"),
        ("filters", "filters"),
    )

    use_native_column: bool | None | Unset = UNSET
    cols: list[str] | None | Unset = UNSET
    tags: list[int] | None | Unset = UNSET
    states: list[DataBreachState | str] | None | Unset = UNSET
    types: list[DataBreachType | str] | None | Unset = UNSET
    workflows: list[int] | None | Unset = UNSET
    operators: list[int] | None | Unset = UNSET
    q: None | str | Unset = UNSET
    archived: bool | None | Unset = UNSET
    area_id: int | None | Unset = UNSET
    ids: list[UUID] | None | Unset = UNSET
    select: None | str | Unset = UNSET
    page: int | None | Unset = UNSET
    size: int | None | Unset = UNSET
    skip: int | None | Unset = UNSET
    sort_by: None | str | Unset = UNSET
    asc: bool | None | Unset = UNSET
    filters: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "use_native_column" not in unreadable:
            use_native_column: bool | None | Unset
            if isinstance(self.use_native_column, Unset):
                use_native_column = UNSET
            else:
                use_native_column = self.use_native_column

            if use_native_column is not UNSET:
                field_dict["useNativeColumn"] = use_native_column
        if "cols" not in unreadable:
            cols: list[str] | None | Unset
            if isinstance(self.cols, Unset):
                cols = UNSET
            elif isinstance(self.cols, list):
                cols = self.cols

            else:
                cols = self.cols

            if cols is not UNSET:
                field_dict["cols"] = cols
        if "tags" not in unreadable:
            tags: list[int] | None | Unset
            if isinstance(self.tags, Unset):
                tags = UNSET
            elif isinstance(self.tags, list):
                tags = self.tags

            else:
                tags = self.tags

            if tags is not UNSET:
                field_dict["tags"] = tags
        if "states" not in unreadable:
            states: list[str] | None | Unset
            if isinstance(self.states, Unset):
                states = UNSET
            elif isinstance(self.states, list):
                states = []
                for states_type_0_item_data in self.states:
                    states_type_0_item: str
                    if isinstance(states_type_0_item_data, DataBreachState):
                        states_type_0_item = states_type_0_item_data.value
                    else:
                        states_type_0_item = states_type_0_item_data
                    states.append(states_type_0_item)

            else:
                states = self.states

            if states is not UNSET:
                field_dict["states"] = states
        if "types" not in unreadable:
            types: list[str] | None | Unset
            if isinstance(self.types, Unset):
                types = UNSET
            elif isinstance(self.types, list):
                types = []
                for types_type_0_item_data in self.types:
                    types_type_0_item: str
                    if isinstance(types_type_0_item_data, DataBreachType):
                        types_type_0_item = types_type_0_item_data.value
                    else:
                        types_type_0_item = types_type_0_item_data
                    types.append(types_type_0_item)

            else:
                types = self.types

            if types is not UNSET:
                field_dict["types"] = types
        if "workflows" not in unreadable:
            workflows: list[int] | None | Unset
            if isinstance(self.workflows, Unset):
                workflows = UNSET
            elif isinstance(self.workflows, list):
                workflows = self.workflows

            else:
                workflows = self.workflows

            if workflows is not UNSET:
                field_dict["workflows"] = workflows
        if "operators" not in unreadable:
            operators: list[int] | None | Unset
            if isinstance(self.operators, Unset):
                operators = UNSET
            elif isinstance(self.operators, list):
                operators = self.operators

            else:
                operators = self.operators

            if operators is not UNSET:
                field_dict["operators"] = operators
        if "q" not in unreadable:
            q: None | str | Unset
            if isinstance(self.q, Unset):
                q = UNSET
            else:
                q = self.q

            if q is not UNSET:
                field_dict["q"] = q
        if "archived" not in unreadable:
            archived: bool | None | Unset
            if isinstance(self.archived, Unset):
                archived = UNSET
            else:
                archived = self.archived

            if archived is not UNSET:
                field_dict["archived"] = archived
        if "area_id" not in unreadable:
            area_id: int | None | Unset
            if isinstance(self.area_id, Unset):
                area_id = UNSET
            else:
                area_id = self.area_id

            if area_id is not UNSET:
                field_dict["areaId"] = area_id
        if "ids" not in unreadable:
            ids: list[str] | None | Unset
            if isinstance(self.ids, Unset):
                ids = UNSET
            elif isinstance(self.ids, list):
                ids = []
                for ids_type_0_item_data in self.ids:
                    ids_type_0_item = str(ids_type_0_item_data)
                    ids.append(ids_type_0_item)

            else:
                ids = self.ids

            if ids is not UNSET:
                field_dict["ids"] = ids
        if "select" not in unreadable:
            select: None | str | Unset
            if isinstance(self.select, Unset):
                select = UNSET
            else:
                select = self.select

            if select is not UNSET:
                field_dict["select"] = select
        if "page" not in unreadable:
            page: int | None | Unset
            if isinstance(self.page, Unset):
                page = UNSET
            else:
                page = self.page

            if page is not UNSET:
                field_dict["page"] = page
        if "size" not in unreadable:
            size: int | None | Unset
            if isinstance(self.size, Unset):
                size = UNSET
            else:
                size = self.size

            if size is not UNSET:
                field_dict["size"] = size
        if "skip" not in unreadable:
            skip: int | None | Unset
            if isinstance(self.skip, Unset):
                skip = UNSET
            else:
                skip = self.skip

            if skip is not UNSET:
                field_dict["skip"] = skip
        if "sort_by" not in unreadable:
            sort_by: None | str | Unset
            if isinstance(self.sort_by, Unset):
                sort_by = UNSET
            else:
                sort_by = self.sort_by

            if sort_by is not UNSET:
                field_dict["sortBy"] = sort_by
        if "asc" not in unreadable:
            asc: bool | None | Unset
            if isinstance(self.asc, Unset):
                asc = UNSET
            else:
                asc = self.asc

            if asc is not UNSET:
                field_dict["asc"] = asc
        if "filters" not in unreadable:
            filters: None | str | Unset
            if isinstance(self.filters, Unset):
                filters = UNSET
            else:
                filters = self.filters

            if filters is not UNSET:
                field_dict["filters"] = filters
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
            if len(src_dict) >= 18:
                values = _KNOWN_VALUES(src_dict)
            else:  # a known key is absent (no KeyError raised and caught for it)
                values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except KeyError:  # unknown keys in place of known ones
            values = _KNOWN_VALUES({**_DEFAULTS, **src_dict})
        except (TypeError, AttributeError):  # a list, a string, a number...: not an object
            raise not_an_object(cls, src_dict) from None
        parsed = cls.__new__(cls)
        absent = 0  # the known keys the object lacks: its other keys are unknown ones if len() says more
        value = values[0]
        if type(value) is bool or value is None:
            parsed.use_native_column = value
        elif value is UNSET:
            parsed.use_native_column = UNSET
            absent += 1
        else:
            invalid(parsed, "use_native_column", "useNativeColumn", "bool | None", value)

        value = values[1]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "cols",
                        "cols",
                        "list[str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.cols = value
        elif value is None:
            parsed.cols = None
        elif value is UNSET:
            parsed.cols = UNSET
            absent += 1
        else:
            invalid(parsed, "cols", "cols", "list[str] | None", value)

        value = values[2]
        if isinstance(value, list):
            for item in value:
                if type(item) is not int:
                    invalid(
                        parsed,
                        "tags",
                        "tags",
                        "list[int] | None",
                        value,
                        items=lambda item: type(item) is int,
                    )
                    break
            else:
                parsed.tags = value
        elif value is None:
            parsed.tags = None
        elif value is UNSET:
            parsed.tags = UNSET
            absent += 1
        else:
            invalid(parsed, "tags", "tags", "list[int] | None", value)

        value = values[3]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "states",
                        "states",
                        "list[DataBreachState | str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.states = [_DATA_BREACH_STATE_BY_VALUE.get(item, item) for item in value]
        elif value is None:
            parsed.states = None
        elif value is UNSET:
            parsed.states = UNSET
            absent += 1
        else:
            invalid(parsed, "states", "states", "list[DataBreachState | str] | None", value)

        value = values[4]
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, str):
                    invalid(
                        parsed,
                        "types",
                        "types",
                        "list[DataBreachType | str] | None",
                        value,
                        items=lambda item: isinstance(item, str),
                    )
                    break
            else:
                parsed.types = [_DATA_BREACH_TYPE_BY_VALUE.get(item, item) for item in value]
        elif value is None:
            parsed.types = None
        elif value is UNSET:
            parsed.types = UNSET
            absent += 1
        else:
            invalid(parsed, "types", "types", "list[DataBreachType | str] | None", value)

        value = values[5]
        if isinstance(value, list):
            for item in value:
                if type(item) is not int:
                    invalid(
                        parsed,
                        "workflows",
                        "workflows",
                        "list[int] | None",
                        value,
                        items=lambda item: type(item) is int,
                    )
                    break
            else:
                parsed.workflows = value
        elif value is None:
            parsed.workflows = None
        elif value is UNSET:
            parsed.workflows = UNSET
            absent += 1
        else:
            invalid(parsed, "workflows", "workflows", "list[int] | None", value)

        value = values[6]
        if isinstance(value, list):
            for item in value:
                if type(item) is not int:
                    invalid(
                        parsed,
                        "operators",
                        "operators",
                        "list[int] | None",
                        value,
                        items=lambda item: type(item) is int,
                    )
                    break
            else:
                parsed.operators = value
        elif value is None:
            parsed.operators = None
        elif value is UNSET:
            parsed.operators = UNSET
            absent += 1
        else:
            invalid(parsed, "operators", "operators", "list[int] | None", value)

        value = values[7]
        if isinstance(value, str) or value is None:
            parsed.q = value
        elif value is UNSET:
            parsed.q = UNSET
            absent += 1
        else:
            invalid(parsed, "q", "q", "str | None", value)

        value = values[8]
        if type(value) is bool or value is None:
            parsed.archived = value
        elif value is UNSET:
            parsed.archived = UNSET
            absent += 1
        else:
            invalid(parsed, "archived", "archived", "bool | None", value)

        value = values[9]
        if type(value) is int or value is None:
            parsed.area_id = value
        elif value is UNSET:
            parsed.area_id = UNSET
            absent += 1
        else:
            invalid(parsed, "area_id", "areaId", "int | None", value)

        value = values[10]
        if isinstance(value, list):
            try:
                parsed.ids = [parse_uuid(item) for item in value]
            except (TypeError, ValueError, AttributeError):
                invalid(parsed, "ids", "ids", "list[UUID] | None", value, items=parse_uuid)
        elif value is None:
            parsed.ids = None
        elif value is UNSET:
            parsed.ids = UNSET
            absent += 1
        else:
            invalid(parsed, "ids", "ids", "list[UUID] | None", value)

        value = values[11]
        if isinstance(value, str) or value is None:
            parsed.select = value
        elif value is UNSET:
            parsed.select = UNSET
            absent += 1
        else:
            invalid(parsed, "select", "select", "str | None", value)

        value = values[12]
        if type(value) is int or value is None:
            parsed.page = value
        elif value is UNSET:
            parsed.page = UNSET
            absent += 1
        else:
            invalid(parsed, "page", "page", "int | None", value)

        value = values[13]
        if type(value) is int or value is None:
            parsed.size = value
        elif value is UNSET:
            parsed.size = UNSET
            absent += 1
        else:
            invalid(parsed, "size", "size", "int | None", value)

        value = values[14]
        if type(value) is int or value is None:
            parsed.skip = value
        elif value is UNSET:
            parsed.skip = UNSET
            absent += 1
        else:
            invalid(parsed, "skip", "skip", "int | None", value)

        value = values[15]
        if isinstance(value, str) or value is None:
            parsed.sort_by = value
        elif value is UNSET:
            parsed.sort_by = UNSET
            absent += 1
        else:
            invalid(parsed, "sort_by", "sortBy", "str | None", value)

        value = values[16]
        if type(value) is bool or value is None:
            parsed.asc = value
        elif value is UNSET:
            parsed.asc = UNSET
            absent += 1
        else:
            invalid(parsed, "asc", "asc", "bool | None", value)

        value = values[17]
        if isinstance(value, str) or value is None:
            parsed.filters = value
        elif value is UNSET:
            parsed.filters = UNSET
            absent += 1
        else:
            invalid(parsed, "filters", "filters", "str | None", value)

        if len(src_dict) + absent == 18:  # every key is a known one
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
