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
from ..models.comment_object_type import CommentObjectType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_dto import AttachmentDto
else:
    AttachmentDto = deferred(globals(), "AttachmentDto", "..models.attachment_dto")


_COMMENT_OBJECT_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in CommentObjectType
}


def _load_attachments(model: CommentCreationDto, source: Mapping[str, Any]) -> Any:
    value = source.get("attachments", UNSET)
    if value is None or value is UNSET:
        model.attachments = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.attachments = result = list(map(AttachmentDto.from_dict, value))
        except FieldValidationError:
            result = invalid(
                model,
                "attachments",
                "attachments",
                "list[AttachmentDto] | None",
                value,
                items=AttachmentDto.from_dict,
            )
    else:
        result = invalid(model, "attachments", "attachments", "list[AttachmentDto] | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "message",
    "objectId",
    "objectType",
    "recipientUserId",
    "attachments",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "message": MISSING,
    "objectId": MISSING,
    "objectType": MISSING,
    "recipientUserId": UNSET,
    "attachments": UNSET,
}

T = TypeVar("T", bound="CommentCreationDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class CommentCreationDto(LazyModel):
    """Attributes:
    message (str):
    object_id (str):
    object_type (CommentObjectType | str):
    recipient_user_id (int | None | Unset):
    attachments (list[AttachmentDto] | None | Unset):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("message", "message"),
        ("object_id", "objectId"),
        ("object_type", "objectType"),
        ("recipient_user_id", "recipientUserId"),
        ("attachments", "attachments"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "attachments": _load_attachments,
    }

    message: str
    object_id: str
    object_type: CommentObjectType | str
    recipient_user_id: int | None | Unset = UNSET
    attachments: list[AttachmentDto] | None | Unset = UNSET
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
        if "object_id" not in unreadable:
            object_id = self.object_id

            field_dict["objectId"] = object_id
        if "object_type" not in unreadable:
            object_type: str
            if isinstance(self.object_type, CommentObjectType):
                object_type = self.object_type.value
            else:
                object_type = self.object_type

            field_dict["objectType"] = object_type
        if "recipient_user_id" not in unreadable:
            recipient_user_id: int | None | Unset
            if isinstance(self.recipient_user_id, Unset):
                recipient_user_id = UNSET
            else:
                recipient_user_id = self.recipient_user_id

            if recipient_user_id is not UNSET:
                field_dict["recipientUserId"] = recipient_user_id
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
            if len(src_dict) >= 5:
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
        if isinstance(value, str):
            parsed.object_id = value
        else:
            invalid(parsed, "object_id", "objectId", "str", value)
            absent += value is MISSING

        value = values[2]
        if isinstance(value, str):
            parsed.object_type = _COMMENT_OBJECT_TYPE_BY_VALUE.get(value, value)
        else:
            invalid(parsed, "object_type", "objectType", "CommentObjectType | str", value)
            absent += value is MISSING

        value = values[3]
        if type(value) is int or value is None:
            parsed.recipient_user_id = value
        elif value is UNSET:
            parsed.recipient_user_id = UNSET
            absent += 1
        else:
            invalid(parsed, "recipient_user_id", "recipientUserId", "int | None", value)

        value = values[4]
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
                    parsed.attachments = list(map(AttachmentDto.from_dict, value))
                except FieldValidationError:
                    invalid(
                        parsed,
                        "attachments",
                        "attachments",
                        "list[AttachmentDto] | None",
                        value,
                        items=AttachmentDto.from_dict,
                    )
            else:
                invalid(parsed, "attachments", "attachments", "list[AttachmentDto] | None", value)

        if len(src_dict) + absent == 5:  # every key is a known one
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
