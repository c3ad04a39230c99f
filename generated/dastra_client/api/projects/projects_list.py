from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ..._decode import decode_json
from ..._response import require_parsed
from ...client import AuthenticatedClient, Client
from ...models.project_dto import ProjectDto
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    workspace_id: str,
    *,
    archived: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["archived"] = archived

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ws/{workspace_id}/Projects".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> list[ProjectDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = decode_json(response)
        for response_200_item_data in _response_200:
            response_200_item = ProjectDto.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[list[ProjectDto]]:
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
    archived: bool | Unset = False,
) -> Response[list[ProjectDto]]:
    """
    Args:
        workspace_id (str):
        archived (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[ProjectDto]]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        archived=archived,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    archived: bool | Unset = False,
) -> list[ProjectDto]:
    """
    Args:
        workspace_id (str):
        archived (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ProjectDto]
    """

    return require_parsed(
        sync_detailed(
            workspace_id=workspace_id,
            client=client,
            archived=archived,
        ),
        "GET",
        "/v1/ws/{workspace_id}/Projects",
    )


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    archived: bool | Unset = False,
) -> Response[list[ProjectDto]]:
    """
    Args:
        workspace_id (str):
        archived (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[ProjectDto]]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        archived=archived,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    archived: bool | Unset = False,
) -> list[ProjectDto]:
    """
    Args:
        workspace_id (str):
        archived (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ProjectDto]
    """

    return require_parsed(
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            archived=archived,
        ),
        "GET",
        "/v1/ws/{workspace_id}/Projects",
    )
