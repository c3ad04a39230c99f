from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ..._decode import decode_model
from ..._response import require_parsed
from ...client import AuthenticatedClient, Client
from ...models.select_list_item_resource_paged_list import SelectListItemResourcePagedList
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    workspace_id: str,
    *,
    q: str | Unset = UNSET,
    area_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    filter_: str | Unset = UNSET,
    filters: str | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["Q"] = q

    params["AreaId"] = area_id

    params["Page"] = page

    params["Size"] = size

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["Ids"] = json_ids

    params["Filter"] = filter_

    params["Filters"] = filters

    json_tags: list[int] | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags

    params["Tags"] = json_tags

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ws/{workspace_id}/RiskEvaluations/query".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> SelectListItemResourcePagedList | None:
    if response.status_code == 200:
        response_200 = decode_model(response, SelectListItemResourcePagedList)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[SelectListItemResourcePagedList]:
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
    q: str | Unset = UNSET,
    area_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    filter_: str | Unset = UNSET,
    filters: str | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
) -> Response[SelectListItemResourcePagedList]:
    """
    Args:
        workspace_id (str):
        q (str | Unset):
        area_id (int | Unset):
        page (int | Unset):
        size (int | Unset):
        ids (list[str] | Unset):
        filter_ (str | Unset):
        filters (str | Unset):
        tags (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SelectListItemResourcePagedList]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        q=q,
        area_id=area_id,
        page=page,
        size=size,
        ids=ids,
        filter_=filter_,
        filters=filters,
        tags=tags,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    area_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    filter_: str | Unset = UNSET,
    filters: str | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
) -> SelectListItemResourcePagedList:
    """
    Args:
        workspace_id (str):
        q (str | Unset):
        area_id (int | Unset):
        page (int | Unset):
        size (int | Unset):
        ids (list[str] | Unset):
        filter_ (str | Unset):
        filters (str | Unset):
        tags (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SelectListItemResourcePagedList
    """

    return require_parsed(
        sync_detailed(
            workspace_id=workspace_id,
            client=client,
            q=q,
            area_id=area_id,
            page=page,
            size=size,
            ids=ids,
            filter_=filter_,
            filters=filters,
            tags=tags,
        ),
        "GET",
        "/v1/ws/{workspace_id}/RiskEvaluations/query",
    )


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    area_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    filter_: str | Unset = UNSET,
    filters: str | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
) -> Response[SelectListItemResourcePagedList]:
    """
    Args:
        workspace_id (str):
        q (str | Unset):
        area_id (int | Unset):
        page (int | Unset):
        size (int | Unset):
        ids (list[str] | Unset):
        filter_ (str | Unset):
        filters (str | Unset):
        tags (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SelectListItemResourcePagedList]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        q=q,
        area_id=area_id,
        page=page,
        size=size,
        ids=ids,
        filter_=filter_,
        filters=filters,
        tags=tags,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    area_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    filter_: str | Unset = UNSET,
    filters: str | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
) -> SelectListItemResourcePagedList:
    """
    Args:
        workspace_id (str):
        q (str | Unset):
        area_id (int | Unset):
        page (int | Unset):
        size (int | Unset):
        ids (list[str] | Unset):
        filter_ (str | Unset):
        filters (str | Unset):
        tags (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SelectListItemResourcePagedList
    """

    return require_parsed(
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            q=q,
            area_id=area_id,
            page=page,
            size=size,
            ids=ids,
            filter_=filter_,
            filters=filters,
            tags=tags,
        ),
        "GET",
        "/v1/ws/{workspace_id}/RiskEvaluations/query",
    )
