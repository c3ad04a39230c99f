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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_subject_attachment_dto import DataSubjectAttachmentDto
else:
    DataSubjectAttachmentDto = deferred(
        globals(), "DataSubjectAttachmentDto", "..models.data_subject_attachment_dto"
    )


def _load_attachments(model: DataSubjectMessageCreationDto, source: Mapping[str, Any]) -> Any:
    value = source.get("attachments", UNSET)
    if value is None or value is UNSET:
        model.attachments = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.attachments = result = list(map(DataSubjectAttachmentDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "attachments",
                "attachments",
                "list[DataSubjectAttachmentDto] | None",
                value,
                items=DataSubjectAttachmentDto.from_dict,
            )
    else:
        result = invalid(model, "attachments", "attachments", "list[DataSubjectAttachmentDto] | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "message",
    "attachments",
    "dataSubjectRequestId",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "message": MISSING,
    "attachments": UNSET,
    "dataSubjectRequestId": UNSET,
}

T = TypeVar("T", bound="DataSubjectMessageCreationDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DataSubjectMessageCreationDto(LazyModel):
    """Attributes:
    message (str):
    attachments (list[DataSubjectAttachmentDto] | None | Unset):
    data_subject_request_id (int | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("message", "message"),
        ("attachments", "attachments"),
        ("data_subject_request_id", "dataSubjectRequestId"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "attachments": _load_attachments,
    }

    message: str
    attachments: list[DataSubjectAttachmentDto] | None | Unset = UNSET
    data_subject_request_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A field whose received value did not fit its type holds nothing: that value goes back as received.
        unreadable = self._unreadable()
        field_dict: dict[str, Any] = {}
        if "additional_properties" not in unreadable:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop

        if "message" not in unreadable:
            message = self.message

            field_dict["message"] = message
        if "attachments" not in unreadable:
            attachments: list[dict[str, Any]] | None | Unset
            if isinstance(self.attachments, Unset):
                attachments = UNSET
            elif isinstance(self.attachments, list):
                attachments = []
                for attachments_type_0_item_data in self.attachments:
                    attachments_type_0_item = attachments_type_0_item_data.to_dict()
                    attachments.append(attachments_type_0_item)

            else:
                attachments = self.attachments

            if attachments is not UNSET:
                field_dict["attachments"] = attachments
        if "data_subject_request_id" not in unreadable:
            data_subject_request_id: int | None | Unset
            if isinstance(self.data_subject_request_id, Unset):
                data_subject_request_id = UNSET
            else:
                data_subject_request_id = self.data_subject_request_id

            if data_subject_request_id is not UNSET:
                field_dict["dataSubjectRequestId"] = data_subject_request_id
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
            if len(src_dict) >= 3:
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
            parsed.message = value
        else:
            invalid(parsed, "message", "message", "str", value)
            absent += value is MISSING

        value = values[1]
        if value is None:
            parsed.attachments = None
        elif value is UNSET:
            parsed.attachments = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.attachments = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.attachments = list(map(DataSubjectAttachmentDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "attachments",
                        "attachments",
                        "list[DataSubjectAttachmentDto] | None",
                        value,
                        items=DataSubjectAttachmentDto.from_dict,
                    )
            else:
                invalid(parsed, "attachments", "attachments", "list[DataSubjectAttachmentDto] | None", value)

        value = values[2]
        if type(value) is int or value is None:
            parsed.data_subject_request_id = value
        elif value is UNSET:
            parsed.data_subject_request_id = UNSET
            absent += 1
        else:
            invalid(parsed, "data_subject_request_id", "dataSubjectRequestId", "int | None", value)

        if len(src_dict) + absent == 3:  # every key is a known one
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
