from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx2

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ..._response import require_parsed
from ... import errors
from ..._decode import decode_json

from ...models.control_point_dto import ControlPointDto
from ...models.control_point_type import ControlPointType
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    workspace_id: str,
    *,
    risk_id: UUID | Unset = UNSET,
    query: str | Unset = UNSET,
    type_: ControlPointType | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_risk_id: str | Unset = UNSET
    if not isinstance(risk_id, Unset):
        json_risk_id = str(risk_id)
    params["RiskId"] = json_risk_id

    params["Query"] = query

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["Type"] = json_type_

    params["page"] = page

    params["size"] = size

    params["skip"] = skip

    params["sortBy"] = sort_by

    params["asc"] = asc

    params["filters"] = filters


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ws/{workspace_id}/ControlPoints".format(workspace_id=quote(str(workspace_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> list[ControlPointDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = decode_json(response)
        for response_200_item_data in (_response_200):
            response_200_item = ControlPointDto.from_dict(response_200_item_data)



            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[list[ControlPointDto]]:
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
    risk_id: UUID | Unset = UNSET,
    query: str | Unset = UNSET,
    type_: ControlPointType | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,

) -> Response[list[ControlPointDto]]:
    """ 
    Args:
        workspace_id (str):
        risk_id (UUID | Unset):
        query (str | Unset):
        type_ (ControlPointType | Unset):
        page (int | Unset):
        size (int | Unset):
        skip (int | Unset):
        sort_by (str | Unset):
        asc (bool | Unset):
        filters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[ControlPointDto]]
     """


    kwargs = _get_kwargs(
        workspace_id=workspace_id,
risk_id=risk_id,
query=query,
type_=type_,
page=page,
size=size,
skip=skip,
sort_by=sort_by,
asc=asc,
filters=filters,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    risk_id: UUID | Unset = UNSET,
    query: str | Unset = UNSET,
    type_: ControlPointType | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,

) -> list[ControlPointDto]:
    """ 
    Args:
        workspace_id (str):
        risk_id (UUID | Unset):
        query (str | Unset):
        type_ (ControlPointType | Unset):
        page (int | Unset):
        size (int | Unset):
        skip (int | Unset):
        sort_by (str | Unset):
        asc (bool | Unset):
        filters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ControlPointDto]
     """


    return require_parsed(sync_detailed(
        workspace_id=workspace_id,
client=client,
risk_id=risk_id,
query=query,
type_=type_,
page=page,
size=size,
skip=skip,
sort_by=sort_by,
asc=asc,
filters=filters,

    ), 'GET', '/v1/ws/{workspace_id}/ControlPoints')

async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    risk_id: UUID | Unset = UNSET,
    query: str | Unset = UNSET,
    type_: ControlPointType | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,

) -> Response[list[ControlPointDto]]:
    """ 
    Args:
        workspace_id (str):
        risk_id (UUID | Unset):
        query (str | Unset):
        type_ (ControlPointType | Unset):
        page (int | Unset):
        size (int | Unset):
        skip (int | Unset):
        sort_by (str | Unset):
        asc (bool | Unset):
        filters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[ControlPointDto]]
     """


    kwargs = _get_kwargs(
        workspace_id=workspace_id,
risk_id=risk_id,
query=query,
type_=type_,
page=page,
size=size,
skip=skip,
sort_by=sort_by,
asc=asc,
filters=filters,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    risk_id: UUID | Unset = UNSET,
    query: str | Unset = UNSET,
    type_: ControlPointType | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,

) -> list[ControlPointDto]:
    """ 
    Args:
        workspace_id (str):
        risk_id (UUID | Unset):
        query (str | Unset):
        type_ (ControlPointType | Unset):
        page (int | Unset):
        size (int | Unset):
        skip (int | Unset):
        sort_by (str | Unset):
        asc (bool | Unset):
        filters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ControlPointDto]
     """


    return require_parsed(await asyncio_detailed(
        workspace_id=workspace_id,
client=client,
risk_id=risk_id,
query=query,
type_=type_,
page=page,
size=size,
skip=skip,
sort_by=sort_by,
asc=asc,
filters=filters,

    ), 'GET', '/v1/ws/{workspace_id}/ControlPoints')
