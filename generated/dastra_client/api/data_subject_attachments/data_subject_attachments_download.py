from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ..._response import Answer, decode_answer
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    workspace_id: str,
    id: int,
    file_id: UUID,
    *,
    save_as: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["saveAs"] = save_as

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ws/{workspace_id}/DataSubjectAttachments/{id}/download/{file_id}".format(
            workspace_id=quote(str(workspace_id), safe=""),
            id=quote(str(id), safe=""),
            file_id=quote(str(file_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Answer:
    if response.is_success:
        response_200 = decode_answer(response)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[Answer]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: str,
    id: int,
    file_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    save_as: bool | Unset = False,
) -> Response[Answer]:
    """
    Args:
        workspace_id (str):
        id (int):
        file_id (UUID):
        save_as (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Answer]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        id=id,
        file_id=file_id,
        save_as=save_as,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    id: int,
    file_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    save_as: bool | Unset = False,
) -> Answer:
    """
    Args:
        workspace_id (str):
        id (int):
        file_id (UUID):
        save_as (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Answer
    """

    return sync_detailed(
        workspace_id=workspace_id,
        id=id,
        file_id=file_id,
        client=client,
        save_as=save_as,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    id: int,
    file_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    save_as: bool | Unset = False,
) -> Response[Answer]:
    """
    Args:
        workspace_id (str):
        id (int):
        file_id (UUID):
        save_as (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Answer]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        id=id,
        file_id=file_id,
        save_as=save_as,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    id: int,
    file_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    save_as: bool | Unset = False,
) -> Answer:
    """
    Args:
        workspace_id (str):
        id (int):
        file_id (UUID):
        save_as (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Answer
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            id=id,
            file_id=file_id,
            client=client,
            save_as=save_as,
        )
    ).parsed
