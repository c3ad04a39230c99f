from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.area_type import AreaType
from ..models.tree_item_type import TreeItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.actor_light_dto import ActorLightDto
    from ..models.data_processing_tree_item_dto import DataProcessingTreeItemDto
    from ..models.data_protection_authority_dto import DataProtectionAuthorityDto
    from ..models.team_dto import TeamDto


T = TypeVar("T", bound="AreaDataProcessingTreeItemDto")


@_attrs_define
class AreaDataProcessingTreeItemDto:
    """
    Attributes:
        label (str):
        tree_item_type (None | str | TreeItemType | Unset):
        folders (list[AreaDataProcessingTreeItemDto] | None | Unset):
        children (list[DataProcessingTreeItemDto] | None | Unset):
        total (int | None | Unset):
        order (int | None | Unset):
        teams (list[TeamDto] | None | Unset):
        id (int | None | Unset):
        type_ (AreaType | None | str | Unset):
        parent_id (int | None | Unset):
        ref (None | str | Unset):
        description (None | str | Unset):
        logo_url (None | str | Unset):
        address (None | str | Unset):
        zip_code (None | str | Unset):
        city (None | str | Unset):
        country_code (None | str | Unset):
        immatriculation_number (None | str | Unset):
        phone_number (None | str | Unset):
        mail_address (None | str | Unset):
        dpo (ActorLightDto | None | Unset):
        referent (ActorLightDto | None | Unset):
        representative (ActorLightDto | None | Unset):
        data_protection_authority (DataProtectionAuthorityDto | None | Unset):
    """

    label: str
    tree_item_type: None | str | TreeItemType | Unset = UNSET
    folders: list[AreaDataProcessingTreeItemDto] | None | Unset = UNSET
    children: list[DataProcessingTreeItemDto] | None | Unset = UNSET
    total: int | None | Unset = UNSET
    order: int | None | Unset = UNSET
    teams: list[TeamDto] | None | Unset = UNSET
    id: int | None | Unset = UNSET
    type_: AreaType | None | str | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    ref: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    zip_code: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    immatriculation_number: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    mail_address: None | str | Unset = UNSET
    dpo: ActorLightDto | None | Unset = UNSET
    referent: ActorLightDto | None | Unset = UNSET
    representative: ActorLightDto | None | Unset = UNSET
    data_protection_authority: DataProtectionAuthorityDto | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.actor_light_dto import ActorLightDto
        from ..models.data_protection_authority_dto import DataProtectionAuthorityDto

        label = self.label

        tree_item_type: None | str | Unset
        if isinstance(self.tree_item_type, Unset):
            tree_item_type = UNSET
        elif isinstance(self.tree_item_type, TreeItemType):
            tree_item_type = self.tree_item_type.value
        else:
            tree_item_type = self.tree_item_type

        folders: list[dict[str, Any]] | None | Unset
        if isinstance(self.folders, Unset):
            folders = UNSET
        elif isinstance(self.folders, list):
            folders = []
            for folders_type_0_item_data in self.folders:
                folders_type_0_item = folders_type_0_item_data.to_dict()
                folders.append(folders_type_0_item)

        else:
            folders = self.folders

        children: list[dict[str, Any]] | None | Unset
        if isinstance(self.children, Unset):
            children = UNSET
        elif isinstance(self.children, list):
            children = []
            for children_type_0_item_data in self.children:
                children_type_0_item = children_type_0_item_data.to_dict()
                children.append(children_type_0_item)

        else:
            children = self.children

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        order: int | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        else:
            order = self.order

        teams: list[dict[str, Any]] | None | Unset
        if isinstance(self.teams, Unset):
            teams = UNSET
        elif isinstance(self.teams, list):
            teams = []
            for teams_type_0_item_data in self.teams:
                teams_type_0_item = teams_type_0_item_data.to_dict()
                teams.append(teams_type_0_item)

        else:
            teams = self.teams

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, AreaType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        ref: None | str | Unset
        if isinstance(self.ref, Unset):
            ref = UNSET
        else:
            ref = self.ref

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        zip_code: None | str | Unset
        if isinstance(self.zip_code, Unset):
            zip_code = UNSET
        else:
            zip_code = self.zip_code

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        immatriculation_number: None | str | Unset
        if isinstance(self.immatriculation_number, Unset):
            immatriculation_number = UNSET
        else:
            immatriculation_number = self.immatriculation_number

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        mail_address: None | str | Unset
        if isinstance(self.mail_address, Unset):
            mail_address = UNSET
        else:
            mail_address = self.mail_address

        dpo: dict[str, Any] | None | Unset
        if isinstance(self.dpo, Unset):
            dpo = UNSET
        elif isinstance(self.dpo, ActorLightDto):
            dpo = self.dpo.to_dict()
        else:
            dpo = self.dpo

        referent: dict[str, Any] | None | Unset
        if isinstance(self.referent, Unset):
            referent = UNSET
        elif isinstance(self.referent, ActorLightDto):
            referent = self.referent.to_dict()
        else:
            referent = self.referent

        representative: dict[str, Any] | None | Unset
        if isinstance(self.representative, Unset):
            representative = UNSET
        elif isinstance(self.representative, ActorLightDto):
            representative = self.representative.to_dict()
        else:
            representative = self.representative

        data_protection_authority: dict[str, Any] | None | Unset
        if isinstance(self.data_protection_authority, Unset):
            data_protection_authority = UNSET
        elif isinstance(self.data_protection_authority, DataProtectionAuthorityDto):
            data_protection_authority = self.data_protection_authority.to_dict()
        else:
            data_protection_authority = self.data_protection_authority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
            }
        )
        if tree_item_type is not UNSET:
            field_dict["treeItemType"] = tree_item_type
        if folders is not UNSET:
            field_dict["folders"] = folders
        if children is not UNSET:
            field_dict["children"] = children
        if total is not UNSET:
            field_dict["total"] = total
        if order is not UNSET:
            field_dict["order"] = order
        if teams is not UNSET:
            field_dict["teams"] = teams
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if ref is not UNSET:
            field_dict["ref"] = ref
        if description is not UNSET:
            field_dict["description"] = description
        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        if address is not UNSET:
            field_dict["address"] = address
        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code
        if city is not UNSET:
            field_dict["city"] = city
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if immatriculation_number is not UNSET:
            field_dict["immatriculationNumber"] = immatriculation_number
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if mail_address is not UNSET:
            field_dict["mailAddress"] = mail_address
        if dpo is not UNSET:
            field_dict["dpo"] = dpo
        if referent is not UNSET:
            field_dict["referent"] = referent
        if representative is not UNSET:
            field_dict["representative"] = representative
        if data_protection_authority is not UNSET:
            field_dict["dataProtectionAuthority"] = data_protection_authority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actor_light_dto import ActorLightDto
        from ..models.data_processing_tree_item_dto import DataProcessingTreeItemDto
        from ..models.data_protection_authority_dto import DataProtectionAuthorityDto
        from ..models.team_dto import TeamDto

        d = dict(src_dict)
        label = d.pop("label")

        def _parse_tree_item_type(data: object) -> None | str | TreeItemType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tree_item_type_type_0 = TreeItemType(data)

                return tree_item_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | TreeItemType | Unset, data)

        tree_item_type = _parse_tree_item_type(d.pop("treeItemType", UNSET))

        def _parse_folders(data: object) -> list[AreaDataProcessingTreeItemDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                folders_type_0 = []
                _folders_type_0 = data
                for folders_type_0_item_data in _folders_type_0:
                    folders_type_0_item = AreaDataProcessingTreeItemDto.from_dict(folders_type_0_item_data)

                    folders_type_0.append(folders_type_0_item)

                return folders_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AreaDataProcessingTreeItemDto] | None | Unset, data)

        folders = _parse_folders(d.pop("folders", UNSET))

        def _parse_children(data: object) -> list[DataProcessingTreeItemDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                children_type_0 = []
                _children_type_0 = data
                for children_type_0_item_data in _children_type_0:
                    children_type_0_item = DataProcessingTreeItemDto.from_dict(children_type_0_item_data)

                    children_type_0.append(children_type_0_item)

                return children_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DataProcessingTreeItemDto] | None | Unset, data)

        children = _parse_children(d.pop("children", UNSET))

        def _parse_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        def _parse_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order = _parse_order(d.pop("order", UNSET))

        def _parse_teams(data: object) -> list[TeamDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                teams_type_0 = []
                _teams_type_0 = data
                for teams_type_0_item_data in _teams_type_0:
                    teams_type_0_item = TeamDto.from_dict(teams_type_0_item_data)

                    teams_type_0.append(teams_type_0_item)

                return teams_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TeamDto] | None | Unset, data)

        teams = _parse_teams(d.pop("teams", UNSET))

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_type_(data: object) -> AreaType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = AreaType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AreaType | None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

        def _parse_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ref = _parse_ref(d.pop("ref", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_logo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_url = _parse_logo_url(d.pop("logoUrl", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_zip_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zip_code = _parse_zip_code(d.pop("zipCode", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("countryCode", UNSET))

        def _parse_immatriculation_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        immatriculation_number = _parse_immatriculation_number(d.pop("immatriculationNumber", UNSET))

        def _parse_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number = _parse_phone_number(d.pop("phoneNumber", UNSET))

        def _parse_mail_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mail_address = _parse_mail_address(d.pop("mailAddress", UNSET))

        def _parse_dpo(data: object) -> ActorLightDto | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dpo_type_1 = ActorLightDto.from_dict(data)

                return dpo_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActorLightDto | None | Unset, data)

        dpo = _parse_dpo(d.pop("dpo", UNSET))

        def _parse_referent(data: object) -> ActorLightDto | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                referent_type_1 = ActorLightDto.from_dict(data)

                return referent_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActorLightDto | None | Unset, data)

        referent = _parse_referent(d.pop("referent", UNSET))

        def _parse_representative(data: object) -> ActorLightDto | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                representative_type_1 = ActorLightDto.from_dict(data)

                return representative_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActorLightDto | None | Unset, data)

        representative = _parse_representative(d.pop("representative", UNSET))

        def _parse_data_protection_authority(data: object) -> DataProtectionAuthorityDto | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_protection_authority_type_1 = DataProtectionAuthorityDto.from_dict(data)

                return data_protection_authority_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataProtectionAuthorityDto | None | Unset, data)

        data_protection_authority = _parse_data_protection_authority(d.pop("dataProtectionAuthority", UNSET))

        area_data_processing_tree_item_dto = cls(
            label=label,
            tree_item_type=tree_item_type,
            folders=folders,
            children=children,
            total=total,
            order=order,
            teams=teams,
            id=id,
            type_=type_,
            parent_id=parent_id,
            ref=ref,
            description=description,
            logo_url=logo_url,
            address=address,
            zip_code=zip_code,
            city=city,
            country_code=country_code,
            immatriculation_number=immatriculation_number,
            phone_number=phone_number,
            mail_address=mail_address,
            dpo=dpo,
            referent=referent,
            representative=representative,
            data_protection_authority=data_protection_authority,
        )

        area_data_processing_tree_item_dto.additional_properties = d
        return area_data_processing_tree_item_dto

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
