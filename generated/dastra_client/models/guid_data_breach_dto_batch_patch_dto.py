from __future__ import annotations

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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_breach_dto_json_patch_document import DataBreachDtoJsonPatchDocument
else:
    DataBreachDtoJsonPatchDocument = deferred(
        globals(), "DataBreachDtoJsonPatchDocument", "..models.data_breach_dto_json_patch_document"
    )


def _load_patch(model: GuidDataBreachDtoBatchPatchDto, source: Mapping[str, Any]) -> Any:
    value = source.get("patch", UNSET)
    if value is None or value is UNSET:
        model.patch = value
        return value
    if isinstance(value, dict):
        try:
            model.patch = result = DataBreachDtoJsonPatchDocument.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "patch", "patch", "DataBreachDtoJsonPatchDocument | None", value)
    else:
        result = invalid(model, "patch", "patch", "DataBreachDtoJsonPatchDocument | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "ids",
    "patch",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "ids": UNSET,
    "patch": UNSET,
}

T = TypeVar("T", bound="GuidDataBreachDtoBatchPatchDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GuidDataBreachDtoBatchPatchDto(LazyModel):
    """Attributes:
    ids (list[UUID] | None | Unset):
    patch (DataBreachDtoJsonPatchDocument | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("ids", "ids"),
        ("patch", "patch"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "patch": _load_patch,
    }

    ids: list[UUID] | None | Unset = UNSET
    patch: DataBreachDtoJsonPatchDocument | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.data_breach_dto_json_patch_document import DataBreachDtoJsonPatchDocument

        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

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
        if "patch" not in unreadable:
            patch: dict[str, Any] | None | Unset
            if isinstance(self.patch, Unset):
                patch = UNSET
            elif isinstance(self.patch, DataBreachDtoJsonPatchDocument):
                patch = self.patch.to_dict()
            else:
                patch = self.patch

            if patch is not UNSET:
                field_dict["patch"] = patch
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
            if len(src_dict) >= 2:
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

        value = values[1]
        if value is None:
            parsed.patch = None
        elif value is UNSET:
            parsed.patch = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.patch = DataBreachDtoJsonPatchDocument.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "patch", "patch", "DataBreachDtoJsonPatchDocument | None", value)
            else:
                invalid(parsed, "patch", "patch", "DataBreachDtoJsonPatchDocument | None", value)

        if len(src_dict) + absent == 2:  # every key is a known one
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
