from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ..._decode import decode_model
from ..._response import require_parsed
from ...client import AuthenticatedClient, Client
from ...models.actor_dto_paged_list import ActorDtoPagedList
from ...models.actor_referenced_as import ActorReferencedAs
from ...models.actor_type import ActorType
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    workspace_id: str,
    *,
    ids: list[int] | Unset = UNSET,
    include_score: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    countries: list[str] | Unset = UNSET,
    referenced_as: ActorReferencedAs | Unset = UNSET,
    types: list[ActorType] | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_ids: list[int] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids"] = json_ids

    params["includeScore"] = include_score

    params["q"] = q

    json_tags: list[int] | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags

    params["tags"] = json_tags

    json_countries: list[str] | Unset = UNSET
    if not isinstance(countries, Unset):
        json_countries = countries

    params["countries"] = json_countries

    json_referenced_as: str | Unset = UNSET
    if not isinstance(referenced_as, Unset):
        json_referenced_as = referenced_as.value

    params["referencedAs"] = json_referenced_as

    json_types: list[str] | Unset = UNSET
    if not isinstance(types, Unset):
        json_types = []
        for types_item_data in types:
            types_item = types_item_data.value
            json_types.append(types_item)

    params["types"] = json_types

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
        "url": "/v1/ws/{workspace_id}/Actors".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ActorDtoPagedList | None:
    if response.status_code == 200:
        response_200 = decode_model(response, ActorDtoPagedList)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[ActorDtoPagedList]:
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
    ids: list[int] | Unset = UNSET,
    include_score: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    countries: list[str] | Unset = UNSET,
    referenced_as: ActorReferencedAs | Unset = UNSET,
    types: list[ActorType] | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Response[ActorDtoPagedList]:
    """
    Args:
        workspace_id (str):
        ids (list[int] | Unset):
        include_score (bool | Unset):
        q (str | Unset):
        tags (list[int] | Unset):
        countries (list[str] | Unset):
        referenced_as (ActorReferencedAs | Unset):
        types (list[ActorType] | Unset):
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
        Response[ActorDtoPagedList]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        ids=ids,
        include_score=include_score,
        q=q,
        tags=tags,
        countries=countries,
        referenced_as=referenced_as,
        types=types,
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
    ids: list[int] | Unset = UNSET,
    include_score: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    countries: list[str] | Unset = UNSET,
    referenced_as: ActorReferencedAs | Unset = UNSET,
    types: list[ActorType] | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> ActorDtoPagedList:
    """
    Args:
        workspace_id (str):
        ids (list[int] | Unset):
        include_score (bool | Unset):
        q (str | Unset):
        tags (list[int] | Unset):
        countries (list[str] | Unset):
        referenced_as (ActorReferencedAs | Unset):
        types (list[ActorType] | Unset):
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
        ActorDtoPagedList
    """

    return require_parsed(
        sync_detailed(
            workspace_id=workspace_id,
            client=client,
            ids=ids,
            include_score=include_score,
            q=q,
            tags=tags,
            countries=countries,
            referenced_as=referenced_as,
            types=types,
            select=select,
            page=page,
            size=size,
            skip=skip,
            sort_by=sort_by,
            asc=asc,
            filters=filters,
        ),
        "GET",
        "/v1/ws/{workspace_id}/Actors",
    )


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    ids: list[int] | Unset = UNSET,
    include_score: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    countries: list[str] | Unset = UNSET,
    referenced_as: ActorReferencedAs | Unset = UNSET,
    types: list[ActorType] | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Response[ActorDtoPagedList]:
    """
    Args:
        workspace_id (str):
        ids (list[int] | Unset):
        include_score (bool | Unset):
        q (str | Unset):
        tags (list[int] | Unset):
        countries (list[str] | Unset):
        referenced_as (ActorReferencedAs | Unset):
        types (list[ActorType] | Unset):
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
        Response[ActorDtoPagedList]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        ids=ids,
        include_score=include_score,
        q=q,
        tags=tags,
        countries=countries,
        referenced_as=referenced_as,
        types=types,
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
    ids: list[int] | Unset = UNSET,
    include_score: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    countries: list[str] | Unset = UNSET,
    referenced_as: ActorReferencedAs | Unset = UNSET,
    types: list[ActorType] | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> ActorDtoPagedList:
    """
    Args:
        workspace_id (str):
        ids (list[int] | Unset):
        include_score (bool | Unset):
        q (str | Unset):
        tags (list[int] | Unset):
        countries (list[str] | Unset):
        referenced_as (ActorReferencedAs | Unset):
        types (list[ActorType] | Unset):
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
        ActorDtoPagedList
    """

    return require_parsed(
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            ids=ids,
            include_score=include_score,
            q=q,
            tags=tags,
            countries=countries,
            referenced_as=referenced_as,
            types=types,
            select=select,
            page=page,
            size=size,
            skip=skip,
            sort_by=sort_by,
            asc=asc,
            filters=filters,
        ),
        "GET",
        "/v1/ws/{workspace_id}/Actors",
    )
