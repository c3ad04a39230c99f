from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ..._decode import decode_model
from ..._response import require_parsed
from ...client import AuthenticatedClient, Client
from ...models.data_processing_state import DataProcessingState
from ...models.data_transfers_dto import DataTransfersDto
from ...models.processing_type import ProcessingType
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    workspace_id: str,
    *,
    area_id: int | Unset = UNSET,
    states: list[DataProcessingState] | Unset = UNSET,
    types: list[ProcessingType] | Unset = UNSET,
    filters: str | Unset = UNSET,
    countries: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["areaId"] = area_id

    json_states: list[str] | Unset = UNSET
    if not isinstance(states, Unset):
        json_states = []
        for states_item_data in states:
            states_item = states_item_data.value
            json_states.append(states_item)

    params["states"] = json_states

    json_types: list[str] | Unset = UNSET
    if not isinstance(types, Unset):
        json_types = []
        for types_item_data in types:
            types_item = types_item_data.value
            json_types.append(types_item)

    params["types"] = json_types

    params["filters"] = filters

    json_countries: list[str] | Unset = UNSET
    if not isinstance(countries, Unset):
        json_countries = countries

    params["countries"] = json_countries

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ws/{workspace_id}/DataTransfers/grouped".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> DataTransfersDto | None:
    if response.status_code == 200:
        response_200 = decode_model(response, DataTransfersDto)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[DataTransfersDto]:
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
    states: list[DataProcessingState] | Unset = UNSET,
    types: list[ProcessingType] | Unset = UNSET,
    filters: str | Unset = UNSET,
    countries: list[str] | Unset = UNSET,
) -> Response[DataTransfersDto]:
    """
    Args:
        workspace_id (str):
        area_id (int | Unset):
        states (list[DataProcessingState] | Unset):
        types (list[ProcessingType] | Unset):
        filters (str | Unset):
        countries (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataTransfersDto]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        area_id=area_id,
        states=states,
        types=types,
        filters=filters,
        countries=countries,
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
    states: list[DataProcessingState] | Unset = UNSET,
    types: list[ProcessingType] | Unset = UNSET,
    filters: str | Unset = UNSET,
    countries: list[str] | Unset = UNSET,
) -> DataTransfersDto:
    """
    Args:
        workspace_id (str):
        area_id (int | Unset):
        states (list[DataProcessingState] | Unset):
        types (list[ProcessingType] | Unset):
        filters (str | Unset):
        countries (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataTransfersDto
    """

    return require_parsed(
        sync_detailed(
            workspace_id=workspace_id,
            client=client,
            area_id=area_id,
            states=states,
            types=types,
            filters=filters,
            countries=countries,
        ),
        "GET",
        "/v1/ws/{workspace_id}/DataTransfers/grouped",
    )


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    area_id: int | Unset = UNSET,
    states: list[DataProcessingState] | Unset = UNSET,
    types: list[ProcessingType] | Unset = UNSET,
    filters: str | Unset = UNSET,
    countries: list[str] | Unset = UNSET,
) -> Response[DataTransfersDto]:
    """
    Args:
        workspace_id (str):
        area_id (int | Unset):
        states (list[DataProcessingState] | Unset):
        types (list[ProcessingType] | Unset):
        filters (str | Unset):
        countries (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataTransfersDto]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        area_id=area_id,
        states=states,
        types=types,
        filters=filters,
        countries=countries,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    area_id: int | Unset = UNSET,
    states: list[DataProcessingState] | Unset = UNSET,
    types: list[ProcessingType] | Unset = UNSET,
    filters: str | Unset = UNSET,
    countries: list[str] | Unset = UNSET,
) -> DataTransfersDto:
    """
    Args:
        workspace_id (str):
        area_id (int | Unset):
        states (list[DataProcessingState] | Unset):
        types (list[ProcessingType] | Unset):
        filters (str | Unset):
        countries (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataTransfersDto
    """

    return require_parsed(
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            area_id=area_id,
            states=states,
            types=types,
            filters=filters,
            countries=countries,
        ),
        "GET",
        "/v1/ws/{workspace_id}/DataTransfers/grouped",
    )
