from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ..._decode import decode_model
from ..._response import require_parsed
from ...client import AuthenticatedClient, Client
from ...models.risk_settings_creation_dto import RiskSettingsCreationDto
from ...models.risk_settings_dto import RiskSettingsDto
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    workspace_id: str,
    *,
    body: RiskSettingsCreationDto | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/ws/{workspace_id}/RiskSettings".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> RiskSettingsDto | None:
    if response.status_code == 200:
        response_200 = decode_model(response, RiskSettingsDto)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[RiskSettingsDto]:
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
    body: RiskSettingsCreationDto | Unset = UNSET,
) -> Response[RiskSettingsDto]:
    """
    Args:
        workspace_id (str):
        body (RiskSettingsCreationDto | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RiskSettingsDto]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RiskSettingsCreationDto | Unset = UNSET,
) -> RiskSettingsDto:
    """
    Args:
        workspace_id (str):
        body (RiskSettingsCreationDto | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RiskSettingsDto
    """

    return require_parsed(
        sync_detailed(
            workspace_id=workspace_id,
            client=client,
            body=body,
        ),
        "POST",
        "/v1/ws/{workspace_id}/RiskSettings",
    )


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RiskSettingsCreationDto | Unset = UNSET,
) -> Response[RiskSettingsDto]:
    """
    Args:
        workspace_id (str):
        body (RiskSettingsCreationDto | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RiskSettingsDto]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RiskSettingsCreationDto | Unset = UNSET,
) -> RiskSettingsDto:
    """
    Args:
        workspace_id (str):
        body (RiskSettingsCreationDto | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RiskSettingsDto
    """

    return require_parsed(
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            body=body,
        ),
        "POST",
        "/v1/ws/{workspace_id}/RiskSettings",
    )
