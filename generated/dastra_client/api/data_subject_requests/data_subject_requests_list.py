from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ..._decode import decode_model
from ..._response import require_parsed
from ...client import AuthenticatedClient, Client
from ...models.data_subject_purpose_type import DataSubjectPurposeType
from ...models.data_subject_request_dto_paged_list import DataSubjectRequestDtoPagedList
from ...models.data_subject_request_state import DataSubjectRequestState
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    workspace_id: str,
    *,
    overtaking: bool | Unset = UNSET,
    archived: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    widget_id: int | Unset = UNSET,
    workflows: list[int] | Unset = UNSET,
    states: list[DataSubjectRequestState] | Unset = UNSET,
    purposes: list[DataSubjectPurposeType] | Unset = UNSET,
    area_id: int | Unset = UNSET,
    users: list[int] | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["overtaking"] = overtaking

    params["archived"] = archived

    params["q"] = q

    params["widgetId"] = widget_id

    json_workflows: list[int] | Unset = UNSET
    if not isinstance(workflows, Unset):
        json_workflows = workflows

    params["workflows"] = json_workflows

    json_states: list[str] | Unset = UNSET
    if not isinstance(states, Unset):
        json_states = []
        for states_item_data in states:
            states_item = states_item_data.value
            json_states.append(states_item)

    params["states"] = json_states

    json_purposes: list[str] | Unset = UNSET
    if not isinstance(purposes, Unset):
        json_purposes = []
        for purposes_item_data in purposes:
            purposes_item = purposes_item_data.value
            json_purposes.append(purposes_item)

    params["purposes"] = json_purposes

    params["areaId"] = area_id

    json_users: list[int] | Unset = UNSET
    if not isinstance(users, Unset):
        json_users = users

    params["users"] = json_users

    json_ids: list[int] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids"] = json_ids

    json_tags: list[int] | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags

    params["tags"] = json_tags

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
        "url": "/v1/ws/{workspace_id}/DataSubjectRequests".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> DataSubjectRequestDtoPagedList | None:
    if response.status_code == 200:
        response_200 = decode_model(response, DataSubjectRequestDtoPagedList)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[DataSubjectRequestDtoPagedList]:
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
    overtaking: bool | Unset = UNSET,
    archived: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    widget_id: int | Unset = UNSET,
    workflows: list[int] | Unset = UNSET,
    states: list[DataSubjectRequestState] | Unset = UNSET,
    purposes: list[DataSubjectPurposeType] | Unset = UNSET,
    area_id: int | Unset = UNSET,
    users: list[int] | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Response[DataSubjectRequestDtoPagedList]:
    """
    Args:
        workspace_id (str):
        overtaking (bool | Unset):
        archived (bool | Unset):
        q (str | Unset):
        widget_id (int | Unset):
        workflows (list[int] | Unset):
        states (list[DataSubjectRequestState] | Unset):
        purposes (list[DataSubjectPurposeType] | Unset):
        area_id (int | Unset):
        users (list[int] | Unset):
        ids (list[int] | Unset):
        tags (list[int] | Unset):
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
        Response[DataSubjectRequestDtoPagedList]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        overtaking=overtaking,
        archived=archived,
        q=q,
        widget_id=widget_id,
        workflows=workflows,
        states=states,
        purposes=purposes,
        area_id=area_id,
        users=users,
        ids=ids,
        tags=tags,
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
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    overtaking: bool | Unset = UNSET,
    archived: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    widget_id: int | Unset = UNSET,
    workflows: list[int] | Unset = UNSET,
    states: list[DataSubjectRequestState] | Unset = UNSET,
    purposes: list[DataSubjectPurposeType] | Unset = UNSET,
    area_id: int | Unset = UNSET,
    users: list[int] | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> DataSubjectRequestDtoPagedList:
    """
    Args:
        workspace_id (str):
        overtaking (bool | Unset):
        archived (bool | Unset):
        q (str | Unset):
        widget_id (int | Unset):
        workflows (list[int] | Unset):
        states (list[DataSubjectRequestState] | Unset):
        purposes (list[DataSubjectPurposeType] | Unset):
        area_id (int | Unset):
        users (list[int] | Unset):
        ids (list[int] | Unset):
        tags (list[int] | Unset):
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
        DataSubjectRequestDtoPagedList
    """

    return require_parsed(
        sync_detailed(
            workspace_id=workspace_id,
            client=client,
            overtaking=overtaking,
            archived=archived,
            q=q,
            widget_id=widget_id,
            workflows=workflows,
            states=states,
            purposes=purposes,
            area_id=area_id,
            users=users,
            ids=ids,
            tags=tags,
            select=select,
            page=page,
            size=size,
            skip=skip,
            sort_by=sort_by,
            asc=asc,
            filters=filters,
        ),
        "GET",
        "/v1/ws/{workspace_id}/DataSubjectRequests",
    )


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    overtaking: bool | Unset = UNSET,
    archived: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    widget_id: int | Unset = UNSET,
    workflows: list[int] | Unset = UNSET,
    states: list[DataSubjectRequestState] | Unset = UNSET,
    purposes: list[DataSubjectPurposeType] | Unset = UNSET,
    area_id: int | Unset = UNSET,
    users: list[int] | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Response[DataSubjectRequestDtoPagedList]:
    """
    Args:
        workspace_id (str):
        overtaking (bool | Unset):
        archived (bool | Unset):
        q (str | Unset):
        widget_id (int | Unset):
        workflows (list[int] | Unset):
        states (list[DataSubjectRequestState] | Unset):
        purposes (list[DataSubjectPurposeType] | Unset):
        area_id (int | Unset):
        users (list[int] | Unset):
        ids (list[int] | Unset):
        tags (list[int] | Unset):
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
        Response[DataSubjectRequestDtoPagedList]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        overtaking=overtaking,
        archived=archived,
        q=q,
        widget_id=widget_id,
        workflows=workflows,
        states=states,
        purposes=purposes,
        area_id=area_id,
        users=users,
        ids=ids,
        tags=tags,
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
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    overtaking: bool | Unset = UNSET,
    archived: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    widget_id: int | Unset = UNSET,
    workflows: list[int] | Unset = UNSET,
    states: list[DataSubjectRequestState] | Unset = UNSET,
    purposes: list[DataSubjectPurposeType] | Unset = UNSET,
    area_id: int | Unset = UNSET,
    users: list[int] | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> DataSubjectRequestDtoPagedList:
    """
    Args:
        workspace_id (str):
        overtaking (bool | Unset):
        archived (bool | Unset):
        q (str | Unset):
        widget_id (int | Unset):
        workflows (list[int] | Unset):
        states (list[DataSubjectRequestState] | Unset):
        purposes (list[DataSubjectPurposeType] | Unset):
        area_id (int | Unset):
        users (list[int] | Unset):
        ids (list[int] | Unset):
        tags (list[int] | Unset):
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
        DataSubjectRequestDtoPagedList
    """

    return require_parsed(
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            overtaking=overtaking,
            archived=archived,
            q=q,
            widget_id=widget_id,
            workflows=workflows,
            states=states,
            purposes=purposes,
            area_id=area_id,
            users=users,
            ids=ids,
            tags=tags,
            select=select,
            page=page,
            size=size,
            skip=skip,
            sort_by=sort_by,
            asc=asc,
            filters=filters,
        ),
        "GET",
        "/v1/ws/{workspace_id}/DataSubjectRequests",
    )
