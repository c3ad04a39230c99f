import datetime
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ..._decode import decode_model
from ..._response import require_parsed
from ...client import AuthenticatedClient, Client
from ...models.priority import Priority
from ...models.task_dto_paged_list import TaskDtoPagedList
from ...models.task_object_type import TaskObjectType
from ...models.task_state import TaskState
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    workspace_id: str,
    *,
    tags: list[int] | Unset = UNSET,
    users: list[int] | Unset = UNSET,
    object_type: TaskObjectType | Unset = UNSET,
    object_ids: list[str] | Unset = UNSET,
    prios: list[Priority] | Unset = UNSET,
    states: list[TaskState] | Unset = UNSET,
    workflows: list[int] | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    area_id: int | Unset = UNSET,
    project_id: str | Unset = UNSET,
    iteration: UUID | Unset = UNSET,
    q: str | Unset = UNSET,
    overtaking: bool | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    archived: bool | Unset = UNSET,
    exclude_done: bool | Unset = UNSET,
    include_children: bool | Unset = UNSET,
    parent_id: int | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_tags: list[int] | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags

    params["tags"] = json_tags

    json_users: list[int] | Unset = UNSET
    if not isinstance(users, Unset):
        json_users = users

    params["users"] = json_users

    json_object_type: str | Unset = UNSET
    if not isinstance(object_type, Unset):
        json_object_type = object_type.value

    params["objectType"] = json_object_type

    json_object_ids: list[str] | Unset = UNSET
    if not isinstance(object_ids, Unset):
        json_object_ids = object_ids

    params["objectIds"] = json_object_ids

    json_prios: list[str] | Unset = UNSET
    if not isinstance(prios, Unset):
        json_prios = []
        for prios_item_data in prios:
            prios_item = prios_item_data.value
            json_prios.append(prios_item)

    params["prios"] = json_prios

    json_states: list[str] | Unset = UNSET
    if not isinstance(states, Unset):
        json_states = []
        for states_item_data in states:
            states_item = states_item_data.value
            json_states.append(states_item)

    params["states"] = json_states

    json_workflows: list[int] | Unset = UNSET
    if not isinstance(workflows, Unset):
        json_workflows = workflows

    params["workflows"] = json_workflows

    json_ids: list[int] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids"] = json_ids

    params["areaId"] = area_id

    params["projectId"] = project_id

    json_iteration: str | Unset = UNSET
    if not isinstance(iteration, Unset):
        json_iteration = str(iteration)
    params["iteration"] = json_iteration

    params["q"] = q

    params["overtaking"] = overtaking

    json_start: str | Unset = UNSET
    if not isinstance(start, Unset):
        json_start = start.isoformat()
    params["start"] = json_start

    json_end: str | Unset = UNSET
    if not isinstance(end, Unset):
        json_end = end.isoformat()
    params["end"] = json_end

    params["archived"] = archived

    params["excludeDone"] = exclude_done

    params["includeChildren"] = include_children

    params["parentId"] = parent_id

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
        "url": "/v1/ws/{workspace_id}/Tasks".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> TaskDtoPagedList | None:
    if response.status_code == 200:
        response_200 = decode_model(response, TaskDtoPagedList)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[TaskDtoPagedList]:
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
    tags: list[int] | Unset = UNSET,
    users: list[int] | Unset = UNSET,
    object_type: TaskObjectType | Unset = UNSET,
    object_ids: list[str] | Unset = UNSET,
    prios: list[Priority] | Unset = UNSET,
    states: list[TaskState] | Unset = UNSET,
    workflows: list[int] | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    area_id: int | Unset = UNSET,
    project_id: str | Unset = UNSET,
    iteration: UUID | Unset = UNSET,
    q: str | Unset = UNSET,
    overtaking: bool | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    archived: bool | Unset = UNSET,
    exclude_done: bool | Unset = UNSET,
    include_children: bool | Unset = UNSET,
    parent_id: int | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Response[TaskDtoPagedList]:
    """
    Args:
        workspace_id (str):
        tags (list[int] | Unset):
        users (list[int] | Unset):
        object_type (TaskObjectType | Unset):
        object_ids (list[str] | Unset):
        prios (list[Priority] | Unset):
        states (list[TaskState] | Unset):
        workflows (list[int] | Unset):
        ids (list[int] | Unset):
        area_id (int | Unset):
        project_id (str | Unset):
        iteration (UUID | Unset):
        q (str | Unset):
        overtaking (bool | Unset):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        archived (bool | Unset):
        exclude_done (bool | Unset):
        include_children (bool | Unset):
        parent_id (int | Unset):
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
        Response[TaskDtoPagedList]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        tags=tags,
        users=users,
        object_type=object_type,
        object_ids=object_ids,
        prios=prios,
        states=states,
        workflows=workflows,
        ids=ids,
        area_id=area_id,
        project_id=project_id,
        iteration=iteration,
        q=q,
        overtaking=overtaking,
        start=start,
        end=end,
        archived=archived,
        exclude_done=exclude_done,
        include_children=include_children,
        parent_id=parent_id,
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
    tags: list[int] | Unset = UNSET,
    users: list[int] | Unset = UNSET,
    object_type: TaskObjectType | Unset = UNSET,
    object_ids: list[str] | Unset = UNSET,
    prios: list[Priority] | Unset = UNSET,
    states: list[TaskState] | Unset = UNSET,
    workflows: list[int] | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    area_id: int | Unset = UNSET,
    project_id: str | Unset = UNSET,
    iteration: UUID | Unset = UNSET,
    q: str | Unset = UNSET,
    overtaking: bool | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    archived: bool | Unset = UNSET,
    exclude_done: bool | Unset = UNSET,
    include_children: bool | Unset = UNSET,
    parent_id: int | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> TaskDtoPagedList:
    """
    Args:
        workspace_id (str):
        tags (list[int] | Unset):
        users (list[int] | Unset):
        object_type (TaskObjectType | Unset):
        object_ids (list[str] | Unset):
        prios (list[Priority] | Unset):
        states (list[TaskState] | Unset):
        workflows (list[int] | Unset):
        ids (list[int] | Unset):
        area_id (int | Unset):
        project_id (str | Unset):
        iteration (UUID | Unset):
        q (str | Unset):
        overtaking (bool | Unset):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        archived (bool | Unset):
        exclude_done (bool | Unset):
        include_children (bool | Unset):
        parent_id (int | Unset):
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
        TaskDtoPagedList
    """

    return require_parsed(
        sync_detailed(
            workspace_id=workspace_id,
            client=client,
            tags=tags,
            users=users,
            object_type=object_type,
            object_ids=object_ids,
            prios=prios,
            states=states,
            workflows=workflows,
            ids=ids,
            area_id=area_id,
            project_id=project_id,
            iteration=iteration,
            q=q,
            overtaking=overtaking,
            start=start,
            end=end,
            archived=archived,
            exclude_done=exclude_done,
            include_children=include_children,
            parent_id=parent_id,
            select=select,
            page=page,
            size=size,
            skip=skip,
            sort_by=sort_by,
            asc=asc,
            filters=filters,
        ),
        "GET",
        "/v1/ws/{workspace_id}/Tasks",
    )


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    tags: list[int] | Unset = UNSET,
    users: list[int] | Unset = UNSET,
    object_type: TaskObjectType | Unset = UNSET,
    object_ids: list[str] | Unset = UNSET,
    prios: list[Priority] | Unset = UNSET,
    states: list[TaskState] | Unset = UNSET,
    workflows: list[int] | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    area_id: int | Unset = UNSET,
    project_id: str | Unset = UNSET,
    iteration: UUID | Unset = UNSET,
    q: str | Unset = UNSET,
    overtaking: bool | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    archived: bool | Unset = UNSET,
    exclude_done: bool | Unset = UNSET,
    include_children: bool | Unset = UNSET,
    parent_id: int | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Response[TaskDtoPagedList]:
    """
    Args:
        workspace_id (str):
        tags (list[int] | Unset):
        users (list[int] | Unset):
        object_type (TaskObjectType | Unset):
        object_ids (list[str] | Unset):
        prios (list[Priority] | Unset):
        states (list[TaskState] | Unset):
        workflows (list[int] | Unset):
        ids (list[int] | Unset):
        area_id (int | Unset):
        project_id (str | Unset):
        iteration (UUID | Unset):
        q (str | Unset):
        overtaking (bool | Unset):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        archived (bool | Unset):
        exclude_done (bool | Unset):
        include_children (bool | Unset):
        parent_id (int | Unset):
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
        Response[TaskDtoPagedList]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        tags=tags,
        users=users,
        object_type=object_type,
        object_ids=object_ids,
        prios=prios,
        states=states,
        workflows=workflows,
        ids=ids,
        area_id=area_id,
        project_id=project_id,
        iteration=iteration,
        q=q,
        overtaking=overtaking,
        start=start,
        end=end,
        archived=archived,
        exclude_done=exclude_done,
        include_children=include_children,
        parent_id=parent_id,
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
    tags: list[int] | Unset = UNSET,
    users: list[int] | Unset = UNSET,
    object_type: TaskObjectType | Unset = UNSET,
    object_ids: list[str] | Unset = UNSET,
    prios: list[Priority] | Unset = UNSET,
    states: list[TaskState] | Unset = UNSET,
    workflows: list[int] | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    area_id: int | Unset = UNSET,
    project_id: str | Unset = UNSET,
    iteration: UUID | Unset = UNSET,
    q: str | Unset = UNSET,
    overtaking: bool | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    archived: bool | Unset = UNSET,
    exclude_done: bool | Unset = UNSET,
    include_children: bool | Unset = UNSET,
    parent_id: int | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> TaskDtoPagedList:
    """
    Args:
        workspace_id (str):
        tags (list[int] | Unset):
        users (list[int] | Unset):
        object_type (TaskObjectType | Unset):
        object_ids (list[str] | Unset):
        prios (list[Priority] | Unset):
        states (list[TaskState] | Unset):
        workflows (list[int] | Unset):
        ids (list[int] | Unset):
        area_id (int | Unset):
        project_id (str | Unset):
        iteration (UUID | Unset):
        q (str | Unset):
        overtaking (bool | Unset):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        archived (bool | Unset):
        exclude_done (bool | Unset):
        include_children (bool | Unset):
        parent_id (int | Unset):
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
        TaskDtoPagedList
    """

    return require_parsed(
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            tags=tags,
            users=users,
            object_type=object_type,
            object_ids=object_ids,
            prios=prios,
            states=states,
            workflows=workflows,
            ids=ids,
            area_id=area_id,
            project_id=project_id,
            iteration=iteration,
            q=q,
            overtaking=overtaking,
            start=start,
            end=end,
            archived=archived,
            exclude_done=exclude_done,
            include_children=include_children,
            parent_id=parent_id,
            select=select,
            page=page,
            size=size,
            skip=skip,
            sort_by=sort_by,
            asc=asc,
            filters=filters,
        ),
        "GET",
        "/v1/ws/{workspace_id}/Tasks",
    )
