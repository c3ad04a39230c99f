import datetime
from typing import Any

import httpx2

from ... import errors
from ..._decode import decode_json
from ..._response import require_parsed
from ...client import AuthenticatedClient, Client
from ...models.log_dto import LogDto
from ...models.log_object_type import LogObjectType
from ...models.notification_channel import NotificationChannel
from ...models.type_query import TypeQuery
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    *,
    workspace_id: int | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    type_query: TypeQuery | Unset = UNSET,
    user_excluded: bool | Unset = UNSET,
    user_id: int | Unset = UNSET,
    only_recipients: bool | Unset = UNSET,
    type_: LogObjectType | Unset = UNSET,
    channels: list[NotificationChannel] | Unset = UNSET,
    ref_id: str | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["workspaceId"] = workspace_id

    json_start: str | Unset = UNSET
    if not isinstance(start, Unset):
        json_start = start.isoformat()
    params["start"] = json_start

    json_end: str | Unset = UNSET
    if not isinstance(end, Unset):
        json_end = end.isoformat()
    params["end"] = json_end

    json_type_query: str | Unset = UNSET
    if not isinstance(type_query, Unset):
        json_type_query = type_query.value

    params["typeQuery"] = json_type_query

    params["userExcluded"] = user_excluded

    params["userId"] = user_id

    params["onlyRecipients"] = only_recipients

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_channels: list[str] | Unset = UNSET
    if not isinstance(channels, Unset):
        json_channels = []
        for channels_item_data in channels:
            channels_item = channels_item_data.value
            json_channels.append(channels_item)

    params["channels"] = json_channels

    params["refId"] = ref_id

    params["select"] = select

    params["page"] = page

    params["size"] = size

    params["skip"] = skip

    params["sortBy"] = sort_by

    params["asc"] = asc

    params["filters"] = filters

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Logs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> list[LogDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = decode_json(response)
        for response_200_item_data in _response_200:
            response_200_item = LogDto.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[list[LogDto]]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    type_query: TypeQuery | Unset = UNSET,
    user_excluded: bool | Unset = UNSET,
    user_id: int | Unset = UNSET,
    only_recipients: bool | Unset = UNSET,
    type_: LogObjectType | Unset = UNSET,
    channels: list[NotificationChannel] | Unset = UNSET,
    ref_id: str | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Response[list[LogDto]]:
    """
    Args:
        workspace_id (int | Unset):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        type_query (TypeQuery | Unset):
        user_excluded (bool | Unset):
        user_id (int | Unset):
        only_recipients (bool | Unset):
        type_ (LogObjectType | Unset):
        channels (list[NotificationChannel] | Unset):
        ref_id (str | Unset):
        select (str | Unset):
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
        Response[list[LogDto]]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        start=start,
        end=end,
        type_query=type_query,
        user_excluded=user_excluded,
        user_id=user_id,
        only_recipients=only_recipients,
        type_=type_,
        channels=channels,
        ref_id=ref_id,
        select=select,
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
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    type_query: TypeQuery | Unset = UNSET,
    user_excluded: bool | Unset = UNSET,
    user_id: int | Unset = UNSET,
    only_recipients: bool | Unset = UNSET,
    type_: LogObjectType | Unset = UNSET,
    channels: list[NotificationChannel] | Unset = UNSET,
    ref_id: str | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> list[LogDto]:
    """
    Args:
        workspace_id (int | Unset):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        type_query (TypeQuery | Unset):
        user_excluded (bool | Unset):
        user_id (int | Unset):
        only_recipients (bool | Unset):
        type_ (LogObjectType | Unset):
        channels (list[NotificationChannel] | Unset):
        ref_id (str | Unset):
        select (str | Unset):
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
        list[LogDto]
    """

    return require_parsed(
        sync_detailed(
            client=client,
            workspace_id=workspace_id,
            start=start,
            end=end,
            type_query=type_query,
            user_excluded=user_excluded,
            user_id=user_id,
            only_recipients=only_recipients,
            type_=type_,
            channels=channels,
            ref_id=ref_id,
            select=select,
            page=page,
            size=size,
            skip=skip,
            sort_by=sort_by,
            asc=asc,
            filters=filters,
        ),
        "GET",
        "/v1/Logs",
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    type_query: TypeQuery | Unset = UNSET,
    user_excluded: bool | Unset = UNSET,
    user_id: int | Unset = UNSET,
    only_recipients: bool | Unset = UNSET,
    type_: LogObjectType | Unset = UNSET,
    channels: list[NotificationChannel] | Unset = UNSET,
    ref_id: str | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Response[list[LogDto]]:
    """
    Args:
        workspace_id (int | Unset):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        type_query (TypeQuery | Unset):
        user_excluded (bool | Unset):
        user_id (int | Unset):
        only_recipients (bool | Unset):
        type_ (LogObjectType | Unset):
        channels (list[NotificationChannel] | Unset):
        ref_id (str | Unset):
        select (str | Unset):
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
        Response[list[LogDto]]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        start=start,
        end=end,
        type_query=type_query,
        user_excluded=user_excluded,
        user_id=user_id,
        only_recipients=only_recipients,
        type_=type_,
        channels=channels,
        ref_id=ref_id,
        select=select,
        page=page,
        size=size,
        skip=skip,
        sort_by=sort_by,
        asc=asc,
        filters=filters,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    type_query: TypeQuery | Unset = UNSET,
    user_excluded: bool | Unset = UNSET,
    user_id: int | Unset = UNSET,
    only_recipients: bool | Unset = UNSET,
    type_: LogObjectType | Unset = UNSET,
    channels: list[NotificationChannel] | Unset = UNSET,
    ref_id: str | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> list[LogDto]:
    """
    Args:
        workspace_id (int | Unset):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        type_query (TypeQuery | Unset):
        user_excluded (bool | Unset):
        user_id (int | Unset):
        only_recipients (bool | Unset):
        type_ (LogObjectType | Unset):
        channels (list[NotificationChannel] | Unset):
        ref_id (str | Unset):
        select (str | Unset):
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
        list[LogDto]
    """

    return require_parsed(
        await asyncio_detailed(
            client=client,
            workspace_id=workspace_id,
            start=start,
            end=end,
            type_query=type_query,
            user_excluded=user_excluded,
            user_id=user_id,
            only_recipients=only_recipients,
            type_=type_,
            channels=channels,
            ref_id=ref_id,
            select=select,
            page=page,
            size=size,
            skip=skip,
            sort_by=sort_by,
            asc=asc,
            filters=filters,
        ),
        "GET",
        "/v1/Logs",
    )
