from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ..._decode import decode_model
from ..._response import require_parsed
from ...client import AuthenticatedClient, Client
from ...models.audit_response_dto import AuditResponseDto
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    workspace_id: str,
    id: UUID,
    *,
    filter_respondant_questions: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filterRespondantQuestions"] = filter_respondant_questions

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ws/{workspace_id}/AuditResponses/{id}".format(
            workspace_id=quote(str(workspace_id), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> AuditResponseDto | None:
    if response.status_code == 200:
        response_200 = decode_model(response, AuditResponseDto)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[AuditResponseDto]:
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
    filter_respondant_questions: bool | Unset = True,
) -> Response[AuditResponseDto]:
    """
    Args:
        workspace_id (str):
        id (UUID):
        filter_respondant_questions (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditResponseDto]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        id=id,
        filter_respondant_questions=filter_respondant_questions,
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
    filter_respondant_questions: bool | Unset = True,
) -> AuditResponseDto:
    """
    Args:
        workspace_id (str):
        id (UUID):
        filter_respondant_questions (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditResponseDto
    """

    return require_parsed(
        sync_detailed(
            workspace_id=workspace_id,
            id=id,
            client=client,
            filter_respondant_questions=filter_respondant_questions,
        ),
        "GET",
        "/v1/ws/{workspace_id}/AuditResponses/{id}",
    )


async def asyncio_detailed(
    workspace_id: str,
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    filter_respondant_questions: bool | Unset = True,
) -> Response[AuditResponseDto]:
    """
    Args:
        workspace_id (str):
        id (UUID):
        filter_respondant_questions (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditResponseDto]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        id=id,
        filter_respondant_questions=filter_respondant_questions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    filter_respondant_questions: bool | Unset = True,
) -> AuditResponseDto:
    """
    Args:
        workspace_id (str):
        id (UUID):
        filter_respondant_questions (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditResponseDto
    """

    return require_parsed(
        await asyncio_detailed(
            workspace_id=workspace_id,
            id=id,
            client=client,
            filter_respondant_questions=filter_respondant_questions,
        ),
        "GET",
        "/v1/ws/{workspace_id}/AuditResponses/{id}",
    )
