from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ..._decode import decode_model
from ..._response import require_parsed
from ...client import AuthenticatedClient, Client
from ...models.data_processing_dashboard_dto import DataProcessingDashboardDto
from ...models.processing_type import ProcessingType
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    workspace_id: str,
    *,
    area_id: int | Unset = UNSET,
    filters: str | Unset = UNSET,
    type_: ProcessingType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["areaId"] = area_id

    params["filters"] = filters

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ws/{workspace_id}/DataProcessings/dashboard".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> DataProcessingDashboardDto | None:
    if response.status_code == 200:
        response_200 = decode_model(response, DataProcessingDashboardDto)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[DataProcessingDashboardDto]:
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
    area_id: int | Unset = UNSET,
    filters: str | Unset = UNSET,
    type_: ProcessingType | Unset = UNSET,
) -> Response[DataProcessingDashboardDto]:
    """
    Args:
        workspace_id (str):
        area_id (int | Unset):
        filters (str | Unset):
        type_ (ProcessingType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataProcessingDashboardDto]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        area_id=area_id,
        filters=filters,
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
    area_id: int | Unset = UNSET,
    filters: str | Unset = UNSET,
    type_: ProcessingType | Unset = UNSET,
) -> DataProcessingDashboardDto:
    """
    Args:
        workspace_id (str):
        area_id (int | Unset):
        filters (str | Unset):
        type_ (ProcessingType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataProcessingDashboardDto
    """

    return require_parsed(
        sync_detailed(
            workspace_id=workspace_id,
            client=client,
            area_id=area_id,
            filters=filters,
            type_=type_,
        ),
        "GET",
        "/v1/ws/{workspace_id}/DataProcessings/dashboard",
    )


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    area_id: int | Unset = UNSET,
    filters: str | Unset = UNSET,
    type_: ProcessingType | Unset = UNSET,
) -> Response[DataProcessingDashboardDto]:
    """
    Args:
        workspace_id (str):
        area_id (int | Unset):
        filters (str | Unset):
        type_ (ProcessingType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataProcessingDashboardDto]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        area_id=area_id,
        filters=filters,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    area_id: int | Unset = UNSET,
    filters: str | Unset = UNSET,
    type_: ProcessingType | Unset = UNSET,
) -> DataProcessingDashboardDto:
    """
    Args:
        workspace_id (str):
        area_id (int | Unset):
        filters (str | Unset):
        type_ (ProcessingType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataProcessingDashboardDto
    """

    return require_parsed(
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            area_id=area_id,
            filters=filters,
            type_=type_,
        ),
        "GET",
        "/v1/ws/{workspace_id}/DataProcessings/dashboard",
    )
