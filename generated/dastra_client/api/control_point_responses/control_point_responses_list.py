from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ..._decode import decode_json
from ..._response import require_parsed
from ...client import AuthenticatedClient, Client
from ...models.control_point_response_dto import ControlPointResponseDto
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    workspace_id: str,
    *,
    control_point_id: UUID | Unset = UNSET,
    evaluation_id: UUID | Unset = UNSET,
    current: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_control_point_id: str | Unset = UNSET
    if not isinstance(control_point_id, Unset):
        json_control_point_id = str(control_point_id)
    params["controlPointId"] = json_control_point_id

    json_evaluation_id: str | Unset = UNSET
    if not isinstance(evaluation_id, Unset):
        json_evaluation_id = str(evaluation_id)
    params["evaluationId"] = json_evaluation_id

    params["current"] = current

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ws/{workspace_id}/ControlPointResponses".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> list[ControlPointResponseDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = decode_json(response)
        for response_200_item_data in _response_200:
            response_200_item = ControlPointResponseDto.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[list[ControlPointResponseDto]]:
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
    control_point_id: UUID | Unset = UNSET,
    evaluation_id: UUID | Unset = UNSET,
    current: bool | Unset = False,
) -> Response[list[ControlPointResponseDto]]:
    """
    Args:
        workspace_id (str):
        control_point_id (UUID | Unset):
        evaluation_id (UUID | Unset):
        current (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[ControlPointResponseDto]]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        control_point_id=control_point_id,
        evaluation_id=evaluation_id,
        current=current,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    control_point_id: UUID | Unset = UNSET,
    evaluation_id: UUID | Unset = UNSET,
    current: bool | Unset = False,
) -> list[ControlPointResponseDto]:
    """
    Args:
        workspace_id (str):
        control_point_id (UUID | Unset):
        evaluation_id (UUID | Unset):
        current (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ControlPointResponseDto]
    """

    return require_parsed(
        sync_detailed(
            workspace_id=workspace_id,
            client=client,
            control_point_id=control_point_id,
            evaluation_id=evaluation_id,
            current=current,
        ),
        "GET",
        "/v1/ws/{workspace_id}/ControlPointResponses",
    )


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    control_point_id: UUID | Unset = UNSET,
    evaluation_id: UUID | Unset = UNSET,
    current: bool | Unset = False,
) -> Response[list[ControlPointResponseDto]]:
    """
    Args:
        workspace_id (str):
        control_point_id (UUID | Unset):
        evaluation_id (UUID | Unset):
        current (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[ControlPointResponseDto]]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        control_point_id=control_point_id,
        evaluation_id=evaluation_id,
        current=current,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    control_point_id: UUID | Unset = UNSET,
    evaluation_id: UUID | Unset = UNSET,
    current: bool | Unset = False,
) -> list[ControlPointResponseDto]:
    """
    Args:
        workspace_id (str):
        control_point_id (UUID | Unset):
        evaluation_id (UUID | Unset):
        current (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ControlPointResponseDto]
    """

    return require_parsed(
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            control_point_id=control_point_id,
            evaluation_id=evaluation_id,
            current=current,
        ),
        "GET",
        "/v1/ws/{workspace_id}/ControlPointResponses",
    )
