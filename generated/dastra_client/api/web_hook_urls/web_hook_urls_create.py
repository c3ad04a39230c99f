from typing import Any

import httpx2

from ... import errors
from ..._decode import decode_model
from ..._response import require_parsed
from ...client import AuthenticatedClient, Client
from ...models.web_hook_url_creation_dto import WebHookUrlCreationDto
from ...models.web_hook_url_dto import WebHookUrlDto
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    *,
    body: WebHookUrlCreationDto | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/WebHookUrls",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> WebHookUrlDto | None:
    if response.status_code == 200:
        response_200 = decode_model(response, WebHookUrlDto)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[WebHookUrlDto]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WebHookUrlCreationDto | Unset = UNSET,
) -> Response[WebHookUrlDto]:
    """
    Args:
        body (WebHookUrlCreationDto | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebHookUrlDto]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: WebHookUrlCreationDto | Unset = UNSET,
) -> WebHookUrlDto:
    """
    Args:
        body (WebHookUrlCreationDto | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebHookUrlDto
    """

    return require_parsed(
        sync_detailed(
            client=client,
            body=body,
        ),
        "POST",
        "/v1/WebHookUrls",
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WebHookUrlCreationDto | Unset = UNSET,
) -> Response[WebHookUrlDto]:
    """
    Args:
        body (WebHookUrlCreationDto | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebHookUrlDto]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WebHookUrlCreationDto | Unset = UNSET,
) -> WebHookUrlDto:
    """
    Args:
        body (WebHookUrlCreationDto | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebHookUrlDto
    """

    return require_parsed(
        await asyncio_detailed(
            client=client,
            body=body,
        ),
        "POST",
        "/v1/WebHookUrls",
    )
