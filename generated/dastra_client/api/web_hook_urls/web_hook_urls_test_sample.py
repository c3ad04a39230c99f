from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.notification_channel import NotificationChannel
from ...types import File, Response, status_of


def _get_kwargs(
    webhook_id: int,
    evt: NotificationChannel,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/WebHookUrls/test/{webhook_id}/{evt}".format(
            webhook_id=quote(str(webhook_id), safe=""),
            evt=quote(str(evt), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[File]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    webhook_id: int,
    evt: NotificationChannel,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File]:
    """
    Args:
        webhook_id (int):
        evt (NotificationChannel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        evt=evt,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    webhook_id: int,
    evt: NotificationChannel,
    *,
    client: AuthenticatedClient | Client,
) -> File | None:
    """
    Args:
        webhook_id (int):
        evt (NotificationChannel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return sync_detailed(
        webhook_id=webhook_id,
        evt=evt,
        client=client,
    ).parsed


async def asyncio_detailed(
    webhook_id: int,
    evt: NotificationChannel,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File]:
    """
    Args:
        webhook_id (int):
        evt (NotificationChannel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        evt=evt,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    webhook_id: int,
    evt: NotificationChannel,
    *,
    client: AuthenticatedClient | Client,
) -> File | None:
    """
    Args:
        webhook_id (int):
        evt (NotificationChannel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return (
        await asyncio_detailed(
            webhook_id=webhook_id,
            evt=evt,
            client=client,
        )
    ).parsed
