from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx2

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ..._response import require_parsed
from ... import errors
from ..._decode import decode_json

from ...models.generic_relation_ship_linked_object_dto import GenericRelationShipLinkedObjectDto
from ...models.relation_ship_object_type import RelationShipObjectType
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    workspace_id: str,
    *,
    object_ids: list[str] | Unset = UNSET,
    object_type: RelationShipObjectType | Unset = UNSET,
    target_type: RelationShipObjectType | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_object_ids: list[str] | Unset = UNSET
    if not isinstance(object_ids, Unset):
        json_object_ids = object_ids


    params["objectIds"] = json_object_ids

    json_object_type: str | Unset = UNSET
    if not isinstance(object_type, Unset):
        json_object_type = object_type.value

    params["objectType"] = json_object_type

    json_target_type: str | Unset = UNSET
    if not isinstance(target_type, Unset):
        json_target_type = target_type.value

    params["targetType"] = json_target_type


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ws/{workspace_id}/GenericRelationships".format(workspace_id=quote(str(workspace_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> list[GenericRelationShipLinkedObjectDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = decode_json(response)
        for response_200_item_data in (_response_200):
            response_200_item = GenericRelationShipLinkedObjectDto.from_dict(response_200_item_data)



            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[list[GenericRelationShipLinkedObjectDto]]:
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
    object_ids: list[str] | Unset = UNSET,
    object_type: RelationShipObjectType | Unset = UNSET,
    target_type: RelationShipObjectType | Unset = UNSET,

) -> Response[list[GenericRelationShipLinkedObjectDto]]:
    """ 
    Args:
        workspace_id (str):
        object_ids (list[str] | Unset):
        object_type (RelationShipObjectType | Unset):
        target_type (RelationShipObjectType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GenericRelationShipLinkedObjectDto]]
     """


    kwargs = _get_kwargs(
        workspace_id=workspace_id,
object_ids=object_ids,
object_type=object_type,
target_type=target_type,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    object_ids: list[str] | Unset = UNSET,
    object_type: RelationShipObjectType | Unset = UNSET,
    target_type: RelationShipObjectType | Unset = UNSET,

) -> list[GenericRelationShipLinkedObjectDto]:
    """ 
    Args:
        workspace_id (str):
        object_ids (list[str] | Unset):
        object_type (RelationShipObjectType | Unset):
        target_type (RelationShipObjectType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GenericRelationShipLinkedObjectDto]
     """


    return require_parsed(sync_detailed(
        workspace_id=workspace_id,
client=client,
object_ids=object_ids,
object_type=object_type,
target_type=target_type,

    ), 'GET', '/v1/ws/{workspace_id}/GenericRelationships')

async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    object_ids: list[str] | Unset = UNSET,
    object_type: RelationShipObjectType | Unset = UNSET,
    target_type: RelationShipObjectType | Unset = UNSET,

) -> Response[list[GenericRelationShipLinkedObjectDto]]:
    """ 
    Args:
        workspace_id (str):
        object_ids (list[str] | Unset):
        object_type (RelationShipObjectType | Unset):
        target_type (RelationShipObjectType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GenericRelationShipLinkedObjectDto]]
     """


    kwargs = _get_kwargs(
        workspace_id=workspace_id,
object_ids=object_ids,
object_type=object_type,
target_type=target_type,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    object_ids: list[str] | Unset = UNSET,
    object_type: RelationShipObjectType | Unset = UNSET,
    target_type: RelationShipObjectType | Unset = UNSET,

) -> list[GenericRelationShipLinkedObjectDto]:
    """ 
    Args:
        workspace_id (str):
        object_ids (list[str] | Unset):
        object_type (RelationShipObjectType | Unset):
        target_type (RelationShipObjectType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GenericRelationShipLinkedObjectDto]
     """


    return require_parsed(await asyncio_detailed(
        workspace_id=workspace_id,
client=client,
object_ids=object_ids,
object_type=object_type,
target_type=target_type,

    ), 'GET', '/v1/ws/{workspace_id}/GenericRelationships')
