from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cloud_attachment_dto import CloudAttachmentDto


T = TypeVar("T", bound="CloudAttachmentListDto")


@_attrs_define
class CloudAttachmentListDto:
    """
    Attributes:
        breadcrumbs (list[CloudAttachmentDto] | None | Unset):
        folder (CloudAttachmentDto | None | Unset):
        back_folder (CloudAttachmentDto | None | Unset):
        next_url (None | str | Unset):
        has_next (bool | None | Unset):
        items (list[CloudAttachmentDto] | None | Unset):
        total (int | None | Unset):
        size (int | None | Unset):
        page (int | None | Unset):
    """

    breadcrumbs: list[CloudAttachmentDto] | None | Unset = UNSET
    folder: CloudAttachmentDto | None | Unset = UNSET
    back_folder: CloudAttachmentDto | None | Unset = UNSET
    next_url: None | str | Unset = UNSET
    has_next: bool | None | Unset = UNSET
    items: list[CloudAttachmentDto] | None | Unset = UNSET
    total: int | None | Unset = UNSET
    size: int | None | Unset = UNSET
    page: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cloud_attachment_dto import CloudAttachmentDto

        breadcrumbs: list[dict[str, Any]] | None | Unset
        if isinstance(self.breadcrumbs, Unset):
            breadcrumbs = UNSET
        elif isinstance(self.breadcrumbs, list):
            breadcrumbs = []
            for breadcrumbs_type_0_item_data in self.breadcrumbs:
                breadcrumbs_type_0_item = breadcrumbs_type_0_item_data.to_dict()
                breadcrumbs.append(breadcrumbs_type_0_item)

        else:
            breadcrumbs = self.breadcrumbs

        folder: dict[str, Any] | None | Unset
        if isinstance(self.folder, Unset):
            folder = UNSET
        elif isinstance(self.folder, CloudAttachmentDto):
            folder = self.folder.to_dict()
        else:
            folder = self.folder

        back_folder: dict[str, Any] | None | Unset
        if isinstance(self.back_folder, Unset):
            back_folder = UNSET
        elif isinstance(self.back_folder, CloudAttachmentDto):
            back_folder = self.back_folder.to_dict()
        else:
            back_folder = self.back_folder

        next_url: None | str | Unset
        if isinstance(self.next_url, Unset):
            next_url = UNSET
        else:
            next_url = self.next_url

        has_next: bool | None | Unset
        if isinstance(self.has_next, Unset):
            has_next = UNSET
        else:
            has_next = self.has_next

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        page: int | None | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if breadcrumbs is not UNSET:
            field_dict["breadcrumbs"] = breadcrumbs
        if folder is not UNSET:
            field_dict["folder"] = folder
        if back_folder is not UNSET:
            field_dict["backFolder"] = back_folder
        if next_url is not UNSET:
            field_dict["nextUrl"] = next_url
        if has_next is not UNSET:
            field_dict["hasNext"] = has_next
        if items is not UNSET:
            field_dict["items"] = items
        if total is not UNSET:
            field_dict["total"] = total
        if size is not UNSET:
            field_dict["size"] = size
        if page is not UNSET:
            field_dict["page"] = page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cloud_attachment_dto import CloudAttachmentDto

        d = dict(src_dict)

        def _parse_breadcrumbs(data: object) -> list[CloudAttachmentDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                breadcrumbs_type_0 = []
                _breadcrumbs_type_0 = data
                for breadcrumbs_type_0_item_data in _breadcrumbs_type_0:
                    breadcrumbs_type_0_item = CloudAttachmentDto.from_dict(breadcrumbs_type_0_item_data)

                    breadcrumbs_type_0.append(breadcrumbs_type_0_item)

                return breadcrumbs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CloudAttachmentDto] | None | Unset, data)

        breadcrumbs = _parse_breadcrumbs(d.pop("breadcrumbs", UNSET))

        def _parse_folder(data: object) -> CloudAttachmentDto | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                folder_type_1 = CloudAttachmentDto.from_dict(data)

                return folder_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CloudAttachmentDto | None | Unset, data)

        folder = _parse_folder(d.pop("folder", UNSET))

        def _parse_back_folder(data: object) -> CloudAttachmentDto | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                back_folder_type_1 = CloudAttachmentDto.from_dict(data)

                return back_folder_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CloudAttachmentDto | None | Unset, data)

        back_folder = _parse_back_folder(d.pop("backFolder", UNSET))

        def _parse_next_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_url = _parse_next_url(d.pop("nextUrl", UNSET))

        def _parse_has_next(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_next = _parse_has_next(d.pop("hasNext", UNSET))

        def _parse_items(data: object) -> list[CloudAttachmentDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                items_type_0 = []
                _items_type_0 = data
                for items_type_0_item_data in _items_type_0:
                    items_type_0_item = CloudAttachmentDto.from_dict(items_type_0_item_data)

                    items_type_0.append(items_type_0_item)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CloudAttachmentDto] | None | Unset, data)

        items = _parse_items(d.pop("items", UNSET))

        def _parse_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        def _parse_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        def _parse_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        page = _parse_page(d.pop("page", UNSET))

        cloud_attachment_list_dto = cls(
            breadcrumbs=breadcrumbs,
            folder=folder,
            back_folder=back_folder,
            next_url=next_url,
            has_next=has_next,
            items=items,
            total=total,
            size=size,
            page=page,
        )

        cloud_attachment_list_dto.additional_properties = d
        return cloud_attachment_list_dto

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
