from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx2

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ..._response import require_parsed
from ... import errors
from ..._decode import decode_json

from ...models.data_processing_relation_ship_dto import DataProcessingRelationShipDto
from typing import cast
from uuid import UUID



def _get_kwargs(
    workspace_id: str,
    data_processing_id: UUID,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ws/{workspace_id}/DataProcessingRelationships/{data_processing_id}".format(workspace_id=quote(str(workspace_id), safe=""),data_processing_id=quote(str(data_processing_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> list[DataProcessingRelationShipDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = decode_json(response)
        for response_200_item_data in (_response_200):
            response_200_item = DataProcessingRelationShipDto.from_dict(response_200_item_data)



            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[list[DataProcessingRelationShipDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: str,
    data_processing_id: UUID,
    *,
    client: AuthenticatedClient | Client,

) -> Response[list[DataProcessingRelationShipDto]]:
    """ 
    Args:
        workspace_id (str):
        data_processing_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[DataProcessingRelationShipDto]]
     """


    kwargs = _get_kwargs(
        workspace_id=workspace_id,
data_processing_id=data_processing_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    workspace_id: str,
    data_processing_id: UUID,
    *,
    client: AuthenticatedClient | Client,

) -> list[DataProcessingRelationShipDto]:
    """ 
    Args:
        workspace_id (str):
        data_processing_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[DataProcessingRelationShipDto]
     """


    return require_parsed(sync_detailed(
        workspace_id=workspace_id,
data_processing_id=data_processing_id,
client=client,

    ), 'GET', '/v1/ws/{workspace_id}/DataProcessingRelationships/{data_processing_id}')

async def asyncio_detailed(
    workspace_id: str,
    data_processing_id: UUID,
    *,
    client: AuthenticatedClient | Client,

) -> Response[list[DataProcessingRelationShipDto]]:
    """ 
    Args:
        workspace_id (str):
        data_processing_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[DataProcessingRelationShipDto]]
     """


    kwargs = _get_kwargs(
        workspace_id=workspace_id,
data_processing_id=data_processing_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    workspace_id: str,
    data_processing_id: UUID,
    *,
    client: AuthenticatedClient | Client,

) -> list[DataProcessingRelationShipDto]:
    """ 
    Args:
        workspace_id (str):
        data_processing_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[DataProcessingRelationShipDto]
     """


    return require_parsed(await asyncio_detailed(
        workspace_id=workspace_id,
data_processing_id=data_processing_id,
client=client,

    ), 'GET', '/v1/ws/{workspace_id}/DataProcessingRelationships/{data_processing_id}')
