from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ..._decode import decode_model
from ..._response import require_parsed
from ...client import AuthenticatedClient, Client
from ...models.audit_response_dto_paged_list import AuditResponseDtoPagedList
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    workspace_id: str,
    *,
    size: int | Unset = 5,
    areas: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["size"] = size

    json_areas: list[int] | Unset = UNSET
    if not isinstance(areas, Unset):
        json_areas = areas

    params["areas"] = json_areas

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ws/{workspace_id}/AuditResponses/stats".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> AuditResponseDtoPagedList | None:
    if response.status_code == 200:
        response_200 = decode_model(response, AuditResponseDtoPagedList)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[AuditResponseDtoPagedList]:
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
    size: int | Unset = 5,
    areas: list[int] | Unset = UNSET,
) -> Response[AuditResponseDtoPagedList]:
    """
    Args:
        workspace_id (str):
        size (int | Unset):  Default: 5.
        areas (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditResponseDtoPagedList]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        size=size,
        areas=areas,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    size: int | Unset = 5,
    areas: list[int] | Unset = UNSET,
) -> AuditResponseDtoPagedList:
    """
    Args:
        workspace_id (str):
        size (int | Unset):  Default: 5.
        areas (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditResponseDtoPagedList
    """

    return require_parsed(
        sync_detailed(
            workspace_id=workspace_id,
            client=client,
            size=size,
            areas=areas,
        ),
        "GET",
        "/v1/ws/{workspace_id}/AuditResponses/stats",
    )


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    size: int | Unset = 5,
    areas: list[int] | Unset = UNSET,
) -> Response[AuditResponseDtoPagedList]:
    """
    Args:
        workspace_id (str):
        size (int | Unset):  Default: 5.
        areas (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditResponseDtoPagedList]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        size=size,
        areas=areas,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    size: int | Unset = 5,
    areas: list[int] | Unset = UNSET,
) -> AuditResponseDtoPagedList:
    """
    Args:
        workspace_id (str):
        size (int | Unset):  Default: 5.
        areas (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditResponseDtoPagedList
    """

    return require_parsed(
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            size=size,
            areas=areas,
        ),
        "GET",
        "/v1/ws/{workspace_id}/AuditResponses/stats",
    )
