from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ..._decode import decode_model
from ..._response import require_parsed
from ...client import AuthenticatedClient, Client
from ...models.data_processing_dto import DataProcessingDto
from ...models.data_processing_update_dto import DataProcessingUpdateDto
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    workspace_id: str,
    id: UUID,
    *,
    body: DataProcessingUpdateDto | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/ws/{workspace_id}/DataProcessings/{id}".format(
            workspace_id=quote(str(workspace_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> DataProcessingDto | None:
    if response.status_code == 200:
        response_200 = decode_model(response, DataProcessingDto)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[DataProcessingDto]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: str,
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DataProcessingUpdateDto | Unset = UNSET,
) -> Response[DataProcessingDto]:
    """
    Args:
        workspace_id (str):
        id (UUID):
        body (DataProcessingUpdateDto | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataProcessingDto]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DataProcessingUpdateDto | Unset = UNSET,
) -> DataProcessingDto:
    """
    Args:
        workspace_id (str):
        id (UUID):
        body (DataProcessingUpdateDto | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataProcessingDto
    """

    return require_parsed(
        sync_detailed(
            workspace_id=workspace_id,
            id=id,
            client=client,
            body=body,
        ),
        "PUT",
        "/v1/ws/{workspace_id}/DataProcessings/{id}",
    )


async def asyncio_detailed(
    workspace_id: str,
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DataProcessingUpdateDto | Unset = UNSET,
) -> Response[DataProcessingDto]:
    """
    Args:
        workspace_id (str):
        id (UUID):
        body (DataProcessingUpdateDto | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataProcessingDto]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DataProcessingUpdateDto | Unset = UNSET,
) -> DataProcessingDto:
    """
    Args:
        workspace_id (str):
        id (UUID):
        body (DataProcessingUpdateDto | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataProcessingDto
    """

    return require_parsed(
        await asyncio_detailed(
            workspace_id=workspace_id,
            id=id,
            client=client,
            body=body,
        ),
        "PUT",
        "/v1/ws/{workspace_id}/DataProcessings/{id}",
    )
