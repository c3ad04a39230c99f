from typing import Any

import httpx2

from ... import errors
from ..._decode import decode_model
from ..._response import require_parsed
from ...client import AuthenticatedClient, Client
from ...models.user_dto_paged_list import UserDtoPagedList
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
    select: str | Unset = UNSET,
    q: str | Unset = UNSET,
    workspace_id: int | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["size"] = size

    params["skip"] = skip

    params["sortBy"] = sort_by

    params["asc"] = asc

    params["filters"] = filters

    params["select"] = select

    params["q"] = q

    params["workspaceId"] = workspace_id

    json_ids: list[int] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids"] = json_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/TenantUsers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> UserDtoPagedList | None:
    if response.status_code == 200:
        response_200 = decode_model(response, UserDtoPagedList)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[UserDtoPagedList]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
    select: str | Unset = UNSET,
    q: str | Unset = UNSET,
    workspace_id: int | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
) -> Response[UserDtoPagedList]:
    """
    Args:
        page (int | Unset):
        size (int | Unset):
        skip (int | Unset):
        sort_by (str | Unset):
        asc (bool | Unset):
        filters (str | Unset):
        select (str | Unset):
        q (str | Unset):
        workspace_id (int | Unset):
        ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UserDtoPagedList]
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        skip=skip,
        sort_by=sort_by,
        asc=asc,
        filters=filters,
        select=select,
        q=q,
        workspace_id=workspace_id,
        ids=ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
    select: str | Unset = UNSET,
    q: str | Unset = UNSET,
    workspace_id: int | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
) -> UserDtoPagedList:
    """
    Args:
        page (int | Unset):
        size (int | Unset):
        skip (int | Unset):
        sort_by (str | Unset):
        asc (bool | Unset):
        filters (str | Unset):
        select (str | Unset):
        q (str | Unset):
        workspace_id (int | Unset):
        ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserDtoPagedList
    """

    return require_parsed(
        sync_detailed(
            client=client,
            page=page,
            size=size,
            skip=skip,
            sort_by=sort_by,
            asc=asc,
            filters=filters,
            select=select,
            q=q,
            workspace_id=workspace_id,
            ids=ids,
        ),
        "GET",
        "/v1/TenantUsers",
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
    select: str | Unset = UNSET,
    q: str | Unset = UNSET,
    workspace_id: int | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
) -> Response[UserDtoPagedList]:
    """
    Args:
        page (int | Unset):
        size (int | Unset):
        skip (int | Unset):
        sort_by (str | Unset):
        asc (bool | Unset):
        filters (str | Unset):
        select (str | Unset):
        q (str | Unset):
        workspace_id (int | Unset):
        ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UserDtoPagedList]
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        skip=skip,
        sort_by=sort_by,
        asc=asc,
        filters=filters,
        select=select,
        q=q,
        workspace_id=workspace_id,
        ids=ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
    select: str | Unset = UNSET,
    q: str | Unset = UNSET,
    workspace_id: int | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
) -> UserDtoPagedList:
    """
    Args:
        page (int | Unset):
        size (int | Unset):
        skip (int | Unset):
        sort_by (str | Unset):
        asc (bool | Unset):
        filters (str | Unset):
        select (str | Unset):
        q (str | Unset):
        workspace_id (int | Unset):
        ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserDtoPagedList
    """

    return require_parsed(
        await asyncio_detailed(
            client=client,
            page=page,
            size=size,
            skip=skip,
            sort_by=sort_by,
            asc=asc,
            filters=filters,
            select=select,
            q=q,
            workspace_id=workspace_id,
            ids=ids,
        ),
        "GET",
        "/v1/TenantUsers",
    )
