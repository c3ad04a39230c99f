from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._lazy import LazyModel
from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime












def _parse_date_creation(data: Any) -> Any:
    if data is None or data is UNSET:
        return data
    if isinstance(data, str):
        try:
            return datetime.datetime.fromisoformat(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data








_KNOWN_KEYS: frozenset[str] = frozenset(("id", "displayName", "familyName", "givenName", "bio", "dateCreation", "blogUrl", "color", "avatarUrl", "inTenant", ))

T = TypeVar("T", bound="PublicProfileDto")



@_attrs_define
class PublicProfileDto(LazyModel):
    """Attributes:
        id (int | None | Unset):
        display_name (None | str | Unset):
        family_name (None | str | Unset):
        given_name (None | str | Unset):
        bio (None | str | Unset):
        date_creation (datetime.datetime | None | Unset):
        blog_url (None | str | Unset):
        color (None | str | Unset):
        avatar_url (None | str | Unset):
        in_tenant (bool | None | Unset):
"""


    id: int | None | Unset = UNSET
    display_name: None | str | Unset = UNSET
    family_name: None | str | Unset = UNSET
    given_name: None | str | Unset = UNSET
    bio: None | str | Unset = UNSET
    date_creation: datetime.datetime | None | Unset = UNSET
    blog_url: None | str | Unset = UNSET
    color: None | str | Unset = UNSET
    avatar_url: None | str | Unset = UNSET
    in_tenant: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if id is not UNSET:
            field_dict["id"] = id
        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        family_name: None | str | Unset
        if isinstance(self.family_name, Unset):
            family_name = UNSET
        else:
            family_name = self.family_name

        if family_name is not UNSET:
            field_dict["familyName"] = family_name
        given_name: None | str | Unset
        if isinstance(self.given_name, Unset):
            given_name = UNSET
        else:
            given_name = self.given_name

        if given_name is not UNSET:
            field_dict["givenName"] = given_name
        bio: None | str | Unset
        if isinstance(self.bio, Unset):
            bio = UNSET
        else:
            bio = self.bio

        if bio is not UNSET:
            field_dict["bio"] = bio
        date_creation: None | str | Unset
        if isinstance(self.date_creation, Unset):
            date_creation = UNSET
        elif isinstance(self.date_creation, datetime.datetime):
            date_creation = self.date_creation.isoformat()
        else:
            date_creation = self.date_creation

        if date_creation is not UNSET:
            field_dict["dateCreation"] = date_creation
        blog_url: None | str | Unset
        if isinstance(self.blog_url, Unset):
            blog_url = UNSET
        else:
            blog_url = self.blog_url

        if blog_url is not UNSET:
            field_dict["blogUrl"] = blog_url
        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        if color is not UNSET:
            field_dict["color"] = color
        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        if avatar_url is not UNSET:
            field_dict["avatarUrl"] = avatar_url
        in_tenant: bool | None | Unset
        if isinstance(self.in_tenant, Unset):
            in_tenant = UNSET
        else:
            in_tenant = self.in_tenant

        if in_tenant is not UNSET:
            field_dict["inTenant"] = in_tenant
        return field_dict
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # attrs builds no __setattr__ hooks for fields without validators or converters, so setting
        # each slot directly gives the same object as calling the class, in a tenth of the time.
        # Optional fields that need parsing stay unset: LazyModel parses them on first access.
        parsed = cls.__new__(cls)
        parsed._source = src_dict
        parsed.id = src_dict.get("id", UNSET)
        parsed.display_name = src_dict.get("displayName", UNSET)
        parsed.family_name = src_dict.get("familyName", UNSET)
        parsed.given_name = src_dict.get("givenName", UNSET)
        parsed.bio = src_dict.get("bio", UNSET)
        parsed.date_creation = _parse_date_creation(src_dict.get("dateCreation", UNSET))
        parsed.blog_url = src_dict.get("blogUrl", UNSET)
        parsed.color = src_dict.get("color", UNSET)
        parsed.avatar_url = src_dict.get("avatarUrl", UNSET)
        parsed.in_tenant = src_dict.get("inTenant", UNSET)
        if _KNOWN_KEYS.issuperset(src_dict):
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
