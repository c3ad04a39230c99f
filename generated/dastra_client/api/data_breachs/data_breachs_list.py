from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ..._decode import decode_model
from ..._response import require_parsed
from ...client import AuthenticatedClient, Client
from ...models.data_breach_dto_paged_list import DataBreachDtoPagedList
from ...models.data_breach_state import DataBreachState
from ...models.data_breach_type import DataBreachType
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    workspace_id: str,
    *,
    tags: list[int] | Unset = UNSET,
    states: list[DataBreachState] | Unset = UNSET,
    types: list[DataBreachType] | Unset = UNSET,
    workflows: list[int] | Unset = UNSET,
    operators: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    archived: bool | Unset = UNSET,
    area_id: int | Unset = UNSET,
    ids: list[UUID] | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_tags: list[int] | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags

    params["tags"] = json_tags

    json_states: list[str] | Unset = UNSET
    if not isinstance(states, Unset):
        json_states = []
        for states_item_data in states:
            states_item = states_item_data.value
            json_states.append(states_item)

    params["states"] = json_states

    json_types: list[str] | Unset = UNSET
    if not isinstance(types, Unset):
        json_types = []
        for types_item_data in types:
            types_item = types_item_data.value
            json_types.append(types_item)

    params["types"] = json_types

    json_workflows: list[int] | Unset = UNSET
    if not isinstance(workflows, Unset):
        json_workflows = workflows

    params["workflows"] = json_workflows

    json_operators: list[int] | Unset = UNSET
    if not isinstance(operators, Unset):
        json_operators = operators

    params["Operators"] = json_operators

    params["q"] = q

    params["archived"] = archived

    params["areaId"] = area_id

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = []
        for ids_item_data in ids:
            ids_item = str(ids_item_data)
            json_ids.append(ids_item)

    params["ids"] = json_ids

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
        "url": "/v1/ws/{workspace_id}/DataBreachs".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> DataBreachDtoPagedList | None:
    if response.status_code == 200:
        response_200 = decode_model(response, DataBreachDtoPagedList)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[DataBreachDtoPagedList]:
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
    tags: list[int] | Unset = UNSET,
    states: list[DataBreachState] | Unset = UNSET,
    types: list[DataBreachType] | Unset = UNSET,
    workflows: list[int] | Unset = UNSET,
    operators: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    archived: bool | Unset = UNSET,
    area_id: int | Unset = UNSET,
    ids: list[UUID] | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Response[DataBreachDtoPagedList]:
    """
    Args:
        workspace_id (str):
        tags (list[int] | Unset):
        states (list[DataBreachState] | Unset):
        types (list[DataBreachType] | Unset):
        workflows (list[int] | Unset):
        operators (list[int] | Unset):
        q (str | Unset):
        archived (bool | Unset):
        area_id (int | Unset):
        ids (list[UUID] | Unset):
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
        Response[DataBreachDtoPagedList]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        tags=tags,
        states=states,
        types=types,
        workflows=workflows,
        operators=operators,
        q=q,
        archived=archived,
        area_id=area_id,
        ids=ids,
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
    tags: list[int] | Unset = UNSET,
    states: list[DataBreachState] | Unset = UNSET,
    types: list[DataBreachType] | Unset = UNSET,
    workflows: list[int] | Unset = UNSET,
    operators: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    archived: bool | Unset = UNSET,
    area_id: int | Unset = UNSET,
    ids: list[UUID] | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> DataBreachDtoPagedList:
    """
    Args:
        workspace_id (str):
        tags (list[int] | Unset):
        states (list[DataBreachState] | Unset):
        types (list[DataBreachType] | Unset):
        workflows (list[int] | Unset):
        operators (list[int] | Unset):
        q (str | Unset):
        archived (bool | Unset):
        area_id (int | Unset):
        ids (list[UUID] | Unset):
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
        DataBreachDtoPagedList
    """

    return require_parsed(
        sync_detailed(
            workspace_id=workspace_id,
            client=client,
            tags=tags,
            states=states,
            types=types,
            workflows=workflows,
            operators=operators,
            q=q,
            archived=archived,
            area_id=area_id,
            ids=ids,
            select=select,
            page=page,
            size=size,
            skip=skip,
            sort_by=sort_by,
            asc=asc,
            filters=filters,
        ),
        "GET",
        "/v1/ws/{workspace_id}/DataBreachs",
    )


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    tags: list[int] | Unset = UNSET,
    states: list[DataBreachState] | Unset = UNSET,
    types: list[DataBreachType] | Unset = UNSET,
    workflows: list[int] | Unset = UNSET,
    operators: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    archived: bool | Unset = UNSET,
    area_id: int | Unset = UNSET,
    ids: list[UUID] | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Response[DataBreachDtoPagedList]:
    """
    Args:
        workspace_id (str):
        tags (list[int] | Unset):
        states (list[DataBreachState] | Unset):
        types (list[DataBreachType] | Unset):
        workflows (list[int] | Unset):
        operators (list[int] | Unset):
        q (str | Unset):
        archived (bool | Unset):
        area_id (int | Unset):
        ids (list[UUID] | Unset):
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
        Response[DataBreachDtoPagedList]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        tags=tags,
        states=states,
        types=types,
        workflows=workflows,
        operators=operators,
        q=q,
        archived=archived,
        area_id=area_id,
        ids=ids,
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
    tags: list[int] | Unset = UNSET,
    states: list[DataBreachState] | Unset = UNSET,
    types: list[DataBreachType] | Unset = UNSET,
    workflows: list[int] | Unset = UNSET,
    operators: list[int] | Unset = UNSET,
    q: str | Unset = UNSET,
    archived: bool | Unset = UNSET,
    area_id: int | Unset = UNSET,
    ids: list[UUID] | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> DataBreachDtoPagedList:
    """
    Args:
        workspace_id (str):
        tags (list[int] | Unset):
        states (list[DataBreachState] | Unset):
        types (list[DataBreachType] | Unset):
        workflows (list[int] | Unset):
        operators (list[int] | Unset):
        q (str | Unset):
        archived (bool | Unset):
        area_id (int | Unset):
        ids (list[UUID] | Unset):
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
        DataBreachDtoPagedList
    """

    return require_parsed(
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            tags=tags,
            states=states,
            types=types,
            workflows=workflows,
            operators=operators,
            q=q,
            archived=archived,
            area_id=area_id,
            ids=ids,
            select=select,
            page=page,
            size=size,
            skip=skip,
            sort_by=sort_by,
            asc=asc,
            filters=filters,
        ),
        "GET",
        "/v1/ws/{workspace_id}/DataBreachs",
    )
