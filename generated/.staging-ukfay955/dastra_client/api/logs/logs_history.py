from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx2

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ..._response import require_parsed
from ... import errors
from ..._decode import decode_json

from ...models.log_history_item import LogHistoryItem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    user_id: int | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["userId"] = user_id


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Logs/history",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> list[LogHistoryItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = decode_json(response)
        for response_200_item_data in (_response_200):
            response_200_item = LogHistoryItem.from_dict(response_200_item_data)



            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[list[LogHistoryItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_id: int | Unset = UNSET,

) -> Response[list[LogHistoryItem]]:
    """ 
    Args:
        user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[LogHistoryItem]]
     """


    kwargs = _get_kwargs(
        user_id=user_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    user_id: int | Unset = UNSET,

) -> list[LogHistoryItem]:
    """ 
    Args:
        user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[LogHistoryItem]
     """


    return require_parsed(sync_detailed(
        client=client,
user_id=user_id,

    ), 'GET', '/v1/Logs/history')

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_id: int | Unset = UNSET,

) -> Response[list[LogHistoryItem]]:
    """ 
    Args:
        user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[LogHistoryItem]]
     """


    kwargs = _get_kwargs(
        user_id=user_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    user_id: int | Unset = UNSET,

) -> list[LogHistoryItem]:
    """ 
    Args:
        user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[LogHistoryItem]
     """


    return require_parsed(await asyncio_detailed(
        client=client,
user_id=user_id,

    ), 'GET', '/v1/Logs/history')
