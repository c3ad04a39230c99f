from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ..._decode import decode_model
from ..._response import require_parsed
from ...client import AuthenticatedClient, Client
from ...models.risk_type_dto_paged_list import RiskTypeDtoPagedList
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    workspace_id: str,
    *,
    data_processings: list[UUID] | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    categories: list[UUID] | Unset = UNSET,
    control_point_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_data_processings: list[str] | Unset = UNSET
    if not isinstance(data_processings, Unset):
        json_data_processings = []
        for data_processings_item_data in data_processings:
            data_processings_item = str(data_processings_item_data)
            json_data_processings.append(data_processings_item)

    params["dataProcessings"] = json_data_processings

    params["enabled"] = enabled

    json_tags: list[int] | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags

    params["tags"] = json_tags

    json_categories: list[str] | Unset = UNSET
    if not isinstance(categories, Unset):
        json_categories = []
        for categories_item_data in categories:
            categories_item = str(categories_item_data)
            json_categories.append(categories_item)

    params["categories"] = json_categories

    json_control_point_id: str | Unset = UNSET
    if not isinstance(control_point_id, Unset):
        json_control_point_id = str(control_point_id)
    params["controlPointId"] = json_control_point_id

    params["page"] = page

    params["size"] = size

    params["skip"] = skip

    params["sortBy"] = sort_by

    params["asc"] = asc

    params["filters"] = filters

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ws/{workspace_id}/RiskTypes".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> RiskTypeDtoPagedList | None:
    if response.status_code == 200:
        response_200 = decode_model(response, RiskTypeDtoPagedList)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[RiskTypeDtoPagedList]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    data_processings: list[UUID] | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    categories: list[UUID] | Unset = UNSET,
    control_point_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Response[RiskTypeDtoPagedList]:
    """
    Args:
        workspace_id (str):
        data_processings (list[UUID] | Unset):
        enabled (bool | Unset):
        tags (list[int] | Unset):
        categories (list[UUID] | Unset):
        control_point_id (UUID | Unset):
        page (int | Unset):
        size (int | Unset):
        skip (int | Unset):
        sort_by (str | Unset):
        asc (bool | Unset):
        filters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RiskTypeDtoPagedList]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        data_processings=data_processings,
        enabled=enabled,
        tags=tags,
        categories=categories,
        control_point_id=control_point_id,
        page=page,
        size=size,
        skip=skip,
        sort_by=sort_by,
        asc=asc,
        filters=filters,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    data_processings: list[UUID] | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    categories: list[UUID] | Unset = UNSET,
    control_point_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> RiskTypeDtoPagedList:
    """
    Args:
        workspace_id (str):
        data_processings (list[UUID] | Unset):
        enabled (bool | Unset):
        tags (list[int] | Unset):
        categories (list[UUID] | Unset):
        control_point_id (UUID | Unset):
        page (int | Unset):
        size (int | Unset):
        skip (int | Unset):
        sort_by (str | Unset):
        asc (bool | Unset):
        filters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RiskTypeDtoPagedList
    """

    return require_parsed(
        sync_detailed(
            workspace_id=workspace_id,
            client=client,
            data_processings=data_processings,
            enabled=enabled,
            tags=tags,
            categories=categories,
            control_point_id=control_point_id,
            page=page,
            size=size,
            skip=skip,
            sort_by=sort_by,
            asc=asc,
            filters=filters,
        ),
        "GET",
        "/v1/ws/{workspace_id}/RiskTypes",
    )


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    data_processings: list[UUID] | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    categories: list[UUID] | Unset = UNSET,
    control_point_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Response[RiskTypeDtoPagedList]:
    """
    Args:
        workspace_id (str):
        data_processings (list[UUID] | Unset):
        enabled (bool | Unset):
        tags (list[int] | Unset):
        categories (list[UUID] | Unset):
        control_point_id (UUID | Unset):
        page (int | Unset):
        size (int | Unset):
        skip (int | Unset):
        sort_by (str | Unset):
        asc (bool | Unset):
        filters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RiskTypeDtoPagedList]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        data_processings=data_processings,
        enabled=enabled,
        tags=tags,
        categories=categories,
        control_point_id=control_point_id,
        page=page,
        size=size,
        skip=skip,
        sort_by=sort_by,
        asc=asc,
        filters=filters,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    data_processings: list[UUID] | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    categories: list[UUID] | Unset = UNSET,
    control_point_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> RiskTypeDtoPagedList:
    """
    Args:
        workspace_id (str):
        data_processings (list[UUID] | Unset):
        enabled (bool | Unset):
        tags (list[int] | Unset):
        categories (list[UUID] | Unset):
        control_point_id (UUID | Unset):
        page (int | Unset):
        size (int | Unset):
        skip (int | Unset):
        sort_by (str | Unset):
        asc (bool | Unset):
        filters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RiskTypeDtoPagedList
    """

    return require_parsed(
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            data_processings=data_processings,
            enabled=enabled,
            tags=tags,
            categories=categories,
            control_point_id=control_point_id,
            page=page,
            size=size,
            skip=skip,
            sort_by=sort_by,
            asc=asc,
            filters=filters,
        ),
        "GET",
        "/v1/ws/{workspace_id}/RiskTypes",
    )
