from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import FieldValidationError
from .._lazy import (
    EAGER,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_breach_dto_operation import DataBreachDtoOperation
else:
    DataBreachDtoOperation = deferred(
        globals(), "DataBreachDtoOperation", "..models.data_breach_dto_operation"
    )


def _load_operations(model: DataBreachDtoJsonPatchDocument, source: Mapping[str, Any]) -> Any:
    value = source.get("operations", UNSET)
    if value is None or value is UNSET:
        model.operations = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.operations = result = list(map(DataBreachDtoOperation.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "operations",
                "operations",
                "list[DataBreachDtoOperation] | None",
                value,
                items=DataBreachDtoOperation.from_dict,
            )
    else:
        result = invalid(model, "operations", "operations", "list[DataBreachDtoOperation] | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = ("operations",)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)

T = TypeVar("T", bound="DataBreachDtoJsonPatchDocument")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DataBreachDtoJsonPatchDocument(LazyModel):
    """Attributes:
    operations (list[DataBreachDtoOperation] | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (("operations", "operations"),)
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "operations": _load_operations,
    }

    operations: list[DataBreachDtoOperation] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "operations" not in unreadable:
            operations: list[dict[str, Any]] | None | Unset
            if isinstance(self.operations, Unset):
                operations = UNSET
            elif isinstance(self.operations, list):
                operations = []
                for operations_type_0_item_data in self.operations:
                    operations_type_0_item = operations_type_0_item_data.to_dict()
                    operations.append(operations_type_0_item)

            else:
                operations = self.operations

            if operations is not UNSET:
                field_dict["operations"] = operations
        if unreadable:
            self._as_received(field_dict, unreadable)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Each value is checked against its field's type; one that does not fit is recorded by
        # `invalid` and its slot left empty, so that reading it raises FieldValidationError (_lazy.py).
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        try:
            values = (src_dict.get("operations", UNSET),)
        except AttributeError:
            raise not_an_object(cls, src_dict) from None
        parsed = cls.__new__(cls)
        absent = 0  # the known keys the object lacks: its other keys are unknown ones if len() says more
        # Optional nested values are parsed on first access (LazyModel), or now in eager mode.
        eager = EAGER.get()
        if not eager:
            parsed._source = src_dict
        value = values[0]
        if value is None:
            parsed.operations = None
        elif value is UNSET:
            parsed.operations = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.operations = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.operations = list(map(DataBreachDtoOperation.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "operations",
                        "operations",
                        "list[DataBreachDtoOperation] | None",
                        value,
                        items=DataBreachDtoOperation.from_dict,
                    )
            else:
                invalid(parsed, "operations", "operations", "list[DataBreachDtoOperation] | None", value)

        if len(src_dict) + absent == 1:  # every key is a known one
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
