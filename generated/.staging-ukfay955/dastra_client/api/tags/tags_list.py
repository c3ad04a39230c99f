from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx2

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ..._response import require_parsed
from ... import errors
from ..._decode import decode_json

from ...models.tag_dto import TagDto
from ...models.tag_type import TagType
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    workspace_id: str,
    *,
    asc: bool | Unset = True,
    type_: TagType | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["asc"] = asc

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ws/{workspace_id}/Tags".format(workspace_id=quote(str(workspace_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> list[TagDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = decode_json(response)
        for response_200_item_data in (_response_200):
            response_200_item = TagDto.from_dict(response_200_item_data)



            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[list[TagDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    asc: bool | Unset = True,
    type_: TagType | Unset = UNSET,

) -> Response[list[TagDto]]:
    """ 
    Args:
        workspace_id (str):
        asc (bool | Unset):  Default: True.
        type_ (TagType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[TagDto]]
     """


    kwargs = _get_kwargs(
        workspace_id=workspace_id,
asc=asc,
type_=type_,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    asc: bool | Unset = True,
    type_: TagType | Unset = UNSET,

) -> list[TagDto]:
    """ 
    Args:
        workspace_id (str):
        asc (bool | Unset):  Default: True.
        type_ (TagType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[TagDto]
     """


    return require_parsed(sync_detailed(
        workspace_id=workspace_id,
client=client,
asc=asc,
type_=type_,

    ), 'GET', '/v1/ws/{workspace_id}/Tags')

async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    asc: bool | Unset = True,
    type_: TagType | Unset = UNSET,

) -> Response[list[TagDto]]:
    """ 
    Args:
        workspace_id (str):
        asc (bool | Unset):  Default: True.
        type_ (TagType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[TagDto]]
     """


    kwargs = _get_kwargs(
        workspace_id=workspace_id,
asc=asc,
type_=type_,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    asc: bool | Unset = True,
    type_: TagType | Unset = UNSET,

) -> list[TagDto]:
    """ 
    Args:
        workspace_id (str):
        asc (bool | Unset):  Default: True.
        type_ (TagType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[TagDto]
     """


    return require_parsed(await asyncio_detailed(
        workspace_id=workspace_id,
client=client,
asc=asc,
type_=type_,

    ), 'GET', '/v1/ws/{workspace_id}/Tags')
