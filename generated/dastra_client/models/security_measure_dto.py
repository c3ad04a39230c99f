from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._errors import FieldValidationError, VariantMismatchError
from .._lazy import (
    EAGER,
    MISSING,
    LazyModel,
    deferred,
    invalid,
    not_an_object,
)
from ..models.security_measure_type import SecurityMeasureType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_dto import AttachmentDto
    from ..models.tag_dto import TagDto
    from ..models.user_light_dto import UserLightDto
else:
    AttachmentDto = deferred(globals(), "AttachmentDto", "..models.attachment_dto")
    TagDto = deferred(globals(), "TagDto", "..models.tag_dto")
    UserLightDto = deferred(globals(), "UserLightDto", "..models.user_light_dto")


_SECURITY_MEASURE_TYPE_BY_VALUE: Final[Mapping[Any, Any]] = {
    member.value: member for member in SecurityMeasureType
}


def _load_tags(model: SecurityMeasureDto, source: Mapping[str, Any]) -> Any:
    value = source.get("tags", UNSET)
    if value is None or value is UNSET:
        model.tags = value
        return value
    if isinstance(value, list):
        try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
            model.tags = result = list(map(TagDto.from_dict, value))
        except FieldValidationError:
            result = invalid(model, "tags", "tags", "list[TagDto] | None", value, items=TagDto.from_dict)
    else:
        result = invalid(model, "tags", "tags", "list[TagDto] | None", value)
    return result


def _load_attachments(model: SecurityMeasureDto, source: Mapping[str, Any]) -> Any:
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


def _load_creator_user(model: SecurityMeasureDto, source: Mapping[str, Any]) -> Any:
    value = source.get("creatorUser", UNSET)
    if value is None or value is UNSET:
        model.creator_user = value
        return value
    if isinstance(value, dict):
        try:
            model.creator_user = result = UserLightDto.from_dict(value)
        except VariantMismatchError:
            result = invalid(model, "creator_user", "creatorUser", "UserLightDto | None", value)
    else:
        result = invalid(model, "creator_user", "creatorUser", "UserLightDto | None", value)
    return result


_KEYS: Final[tuple[str, ...]] = (
    "label",
    "type",
    "id",
    "description",
    "relatedRisk",
    "moreDetailsUrl",
    "dateCreation",
    "dateUpdate",
    "tags",
    "attachments",
    "creatorUser",
)
_KNOWN_KEYS: frozenset[str] = frozenset(_KEYS)
# Dastra sends every key, null or not: one C call reads them all. An object with fewer keys (a server
# that leaves nulls out) is read over the defaults: an absent key reads as MISSING (required) or UNSET
# (optional).
_KNOWN_VALUES: Final = itemgetter(*_KEYS)
_DEFAULTS: Final[Mapping[str, Any]] = {
    "label": MISSING,
    "type": MISSING,
    "id": UNSET,
    "description": UNSET,
    "relatedRisk": UNSET,
    "moreDetailsUrl": UNSET,
    "dateCreation": UNSET,
    "dateUpdate": UNSET,
    "tags": UNSET,
    "attachments": UNSET,
    "creatorUser": UNSET,
}

T = TypeVar("T", bound="SecurityMeasureDto")


# Equality, repr and pickling come from LazyModel, which can see the fields whose value did not fit.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SecurityMeasureDto(LazyModel):
    """Attributes:
    label (str):
    type_ (SecurityMeasureType | str):
    id (int | None | Unset):
    description (None | str | Unset):
    related_risk (None | str | Unset):
    more_details_url (None | str | Unset):
    date_creation (datetime.datetime | None | Unset):
    date_update (datetime.datetime | None | Unset):
    tags (list[TagDto] | None | Unset):
    attachments (list[AttachmentDto] | None | Unset):
    creator_user (None | Unset | UserLightDto):
    """

    _JSON_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("label", "label"),
        ("type_", "type"),
        ("id", "id"),
        ("description", "description"),
        ("related_risk", "relatedRisk"),
        ("more_details_url", "moreDetailsUrl"),
        ("date_creation", "dateCreation"),
        ("date_update", "dateUpdate"),
        ("tags", "tags"),
        ("attachments", "attachments"),
        ("creator_user", "creatorUser"),
    )
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Any, Mapping[str, Any]], Any]]] = {
        "tags": _load_tags,
        "attachments": _load_attachments,
        "creator_user": _load_creator_user,
    }

    label: str
    type_: SecurityMeasureType | str
    id: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    related_risk: None | str | Unset = UNSET
    more_details_url: None | str | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    date_update: datetime.datetime | None | Unset = UNSET
    tags: list[TagDto] | None | Unset = UNSET
    attachments: list[AttachmentDto] | None | Unset = UNSET
    creator_user: None | Unset | UserLightDto = UNSET
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
        if "type_" not in unreadable:
            type_: str
            if isinstance(self.type_, SecurityMeasureType):
                type_ = self.type_.value
            else:
                type_ = self.type_

            field_dict["type"] = type_
        if "id" not in unreadable:
            id: int | None | Unset
            if isinstance(self.id, Unset):
                id = UNSET
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
        if "related_risk" not in unreadable:
            related_risk: None | str | Unset
            if isinstance(self.related_risk, Unset):
                related_risk = UNSET
            else:
                related_risk = self.related_risk

            if related_risk is not UNSET:
                field_dict["relatedRisk"] = related_risk
        if "more_details_url" not in unreadable:
            more_details_url: None | str | Unset
            if isinstance(self.more_details_url, Unset):
                more_details_url = UNSET
            else:
                more_details_url = self.more_details_url

            if more_details_url is not UNSET:
                field_dict["moreDetailsUrl"] = more_details_url
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
        if "tags" not in unreadable:
            tags: list[dict[str, Any]] | None | Unset
            if isinstance(self.tags, Unset):
                tags = UNSET
            elif isinstance(self.tags, list):
                tags = []
                for tags_type_0_item_data in self.tags:
                    tags_type_0_item = tags_type_0_item_data.to_dict()
                    tags.append(tags_type_0_item)

            else:
                tags = self.tags

            if tags is not UNSET:
                field_dict["tags"] = tags
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
        if "creator_user" not in unreadable:
            creator_user: dict[str, Any] | None | Unset
            if isinstance(self.creator_user, Unset):
                creator_user = UNSET
            elif isinstance(self.creator_user, UserLightDto):
                creator_user = self.creator_user.to_dict()
            else:
                creator_user = self.creator_user

            if creator_user is not UNSET:
                field_dict["creatorUser"] = creator_user
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
            if len(src_dict) >= 11:
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
        if isinstance(value, str):
            parsed.type_ = _SECURITY_MEASURE_TYPE_BY_VALUE.get(value, value)
        else:
            invalid(parsed, "type_", "type", "SecurityMeasureType | str", value)
            absent += value is MISSING

        value = values[2]
        if type(value) is int or value is None:
            parsed.id = value
        elif value is UNSET:
            parsed.id = UNSET
            absent += 1
        else:
            invalid(parsed, "id", "id", "int | None", value)

        value = values[3]
        if isinstance(value, str) or value is None:
            parsed.description = value
        elif value is UNSET:
            parsed.description = UNSET
            absent += 1
        else:
            invalid(parsed, "description", "description", "str | None", value)

        value = values[4]
        if isinstance(value, str) or value is None:
            parsed.related_risk = value
        elif value is UNSET:
            parsed.related_risk = UNSET
            absent += 1
        else:
            invalid(parsed, "related_risk", "relatedRisk", "str | None", value)

        value = values[5]
        if isinstance(value, str) or value is None:
            parsed.more_details_url = value
        elif value is UNSET:
            parsed.more_details_url = UNSET
            absent += 1
        else:
            invalid(parsed, "more_details_url", "moreDetailsUrl", "str | None", value)

        value = values[6]
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

        value = values[7]
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

        value = values[8]
        if value is None:
            parsed.tags = None
        elif value is UNSET:
            parsed.tags = UNSET
            absent += 1
        elif type(value) is list and not value:
            parsed.tags = value
        elif eager:
            if isinstance(value, list):
                try:  # from_dict raises FieldValidationError for an item that is not an object (or another variant)
                    parsed.tags = list(map(TagDto.from_dict, value))
                except FieldValidationError:
                    invalid(parsed, "tags", "tags", "list[TagDto] | None", value, items=TagDto.from_dict)
            else:
                invalid(parsed, "tags", "tags", "list[TagDto] | None", value)

        value = values[9]
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

        value = values[10]
        if value is None:
            parsed.creator_user = None
        elif value is UNSET:
            parsed.creator_user = UNSET
            absent += 1
        elif eager:
            if isinstance(value, dict):
                try:
                    parsed.creator_user = UserLightDto.from_dict(value)
                except VariantMismatchError:
                    invalid(parsed, "creator_user", "creatorUser", "UserLightDto | None", value)
            else:
                invalid(parsed, "creator_user", "creatorUser", "UserLightDto | None", value)

        if len(src_dict) + absent == 11:  # every key is a known one
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
