from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ..._decode import decode_model
from ..._response import require_parsed
from ...client import AuthenticatedClient, Client
from ...models.area_dto_paged_list import AreaDtoPagedList
from ...models.area_type import AreaType
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    workspace_id: str,
    *,
    type_: AreaType | Unset = UNSET,
    ref: str | Unset = UNSET,
    q: str | Unset = UNSET,
    parent_id: int | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["ref"] = ref

    params["q"] = q

    params["parentId"] = parent_id

    params["select"] = select

    params["page"] = page

    params["size"] = size

    params["skip"] = skip

    params["sortBy"] = sort_by

    params["asc"] = asc

    params["filters"] = filters

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ws/{workspace_id}/Areas".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> AreaDtoPagedList | None:
    if response.status_code == 200:
        response_200 = decode_model(response, AreaDtoPagedList)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[AreaDtoPagedList]:
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
    type_: AreaType | Unset = UNSET,
    ref: str | Unset = UNSET,
    q: str | Unset = UNSET,
    parent_id: int | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Response[AreaDtoPagedList]:
    """
    Args:
        workspace_id (str):
        type_ (AreaType | Unset):
        ref (str | Unset):
        q (str | Unset):
        parent_id (int | Unset):
        select (str | Unset):
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
        Response[AreaDtoPagedList]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        type_=type_,
        ref=ref,
        q=q,
        parent_id=parent_id,
        select=select,
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
    type_: AreaType | Unset = UNSET,
    ref: str | Unset = UNSET,
    q: str | Unset = UNSET,
    parent_id: int | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> AreaDtoPagedList:
    """
    Args:
        workspace_id (str):
        type_ (AreaType | Unset):
        ref (str | Unset):
        q (str | Unset):
        parent_id (int | Unset):
        select (str | Unset):
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
        AreaDtoPagedList
    """

    return require_parsed(
        sync_detailed(
            workspace_id=workspace_id,
            client=client,
            type_=type_,
            ref=ref,
            q=q,
            parent_id=parent_id,
            select=select,
            page=page,
            size=size,
            skip=skip,
            sort_by=sort_by,
            asc=asc,
            filters=filters,
        ),
        "GET",
        "/v1/ws/{workspace_id}/Areas",
    )


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: AreaType | Unset = UNSET,
    ref: str | Unset = UNSET,
    q: str | Unset = UNSET,
    parent_id: int | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Response[AreaDtoPagedList]:
    """
    Args:
        workspace_id (str):
        type_ (AreaType | Unset):
        ref (str | Unset):
        q (str | Unset):
        parent_id (int | Unset):
        select (str | Unset):
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
        Response[AreaDtoPagedList]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        type_=type_,
        ref=ref,
        q=q,
        parent_id=parent_id,
        select=select,
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
    type_: AreaType | Unset = UNSET,
    ref: str | Unset = UNSET,
    q: str | Unset = UNSET,
    parent_id: int | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> AreaDtoPagedList:
    """
    Args:
        workspace_id (str):
        type_ (AreaType | Unset):
        ref (str | Unset):
        q (str | Unset):
        parent_id (int | Unset):
        select (str | Unset):
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
        AreaDtoPagedList
    """

    return require_parsed(
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            type_=type_,
            ref=ref,
            q=q,
            parent_id=parent_id,
            select=select,
            page=page,
            size=size,
            skip=skip,
            sort_by=sort_by,
            asc=asc,
            filters=filters,
        ),
        "GET",
        "/v1/ws/{workspace_id}/Areas",
    )
