import datetime
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ..._decode import decode_model
from ..._response import require_parsed
from ...client import AuthenticatedClient, Client
from ...models.task_stats_dto import TaskStatsDto
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    workspace_id: str,
    *,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    project_id: UUID | Unset = UNSET,
    area_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start: str | Unset = UNSET
    if not isinstance(start, Unset):
        json_start = start.isoformat()
    params["start"] = json_start

    json_end: str | Unset = UNSET
    if not isinstance(end, Unset):
        json_end = end.isoformat()
    params["end"] = json_end

    json_project_id: str | Unset = UNSET
    if not isinstance(project_id, Unset):
        json_project_id = str(project_id)
    params["projectId"] = json_project_id

    params["areaId"] = area_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ws/{workspace_id}/Tasks/cumulative-flow-chart".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> TaskStatsDto | None:
    if response.status_code == 200:
        response_200 = decode_model(response, TaskStatsDto)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[TaskStatsDto]:
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
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    project_id: UUID | Unset = UNSET,
    area_id: int | Unset = UNSET,
) -> Response[TaskStatsDto]:
    """
    Args:
        workspace_id (str):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        project_id (UUID | Unset):
        area_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TaskStatsDto]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        start=start,
        end=end,
        project_id=project_id,
        area_id=area_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    project_id: UUID | Unset = UNSET,
    area_id: int | Unset = UNSET,
) -> TaskStatsDto:
    """
    Args:
        workspace_id (str):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        project_id (UUID | Unset):
        area_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TaskStatsDto
    """

    return require_parsed(
        sync_detailed(
            workspace_id=workspace_id,
            client=client,
            start=start,
            end=end,
            project_id=project_id,
            area_id=area_id,
        ),
        "GET",
        "/v1/ws/{workspace_id}/Tasks/cumulative-flow-chart",
    )


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    project_id: UUID | Unset = UNSET,
    area_id: int | Unset = UNSET,
) -> Response[TaskStatsDto]:
    """
    Args:
        workspace_id (str):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        project_id (UUID | Unset):
        area_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TaskStatsDto]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        start=start,
        end=end,
        project_id=project_id,
        area_id=area_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    project_id: UUID | Unset = UNSET,
    area_id: int | Unset = UNSET,
) -> TaskStatsDto:
    """
    Args:
        workspace_id (str):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        project_id (UUID | Unset):
        area_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TaskStatsDto
    """

    return require_parsed(
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            start=start,
            end=end,
            project_id=project_id,
            area_id=area_id,
        ),
        "GET",
        "/v1/ws/{workspace_id}/Tasks/cumulative-flow-chart",
    )
