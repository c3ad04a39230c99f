from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ..._decode import decode_model
from ..._response import require_parsed
from ...client import AuthenticatedClient, Client
from ...models.audit_object_type import AuditObjectType
from ...models.audit_query_type import AuditQueryType
from ...models.audit_response_light_dto_paged_list import AuditResponseLightDtoPagedList
from ...models.audit_response_state import AuditResponseState
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    workspace_id: str,
    *,
    area_id: int | Unset = UNSET,
    q: str | Unset = UNSET,
    parent_id: UUID | Unset = UNSET,
    states: list[AuditResponseState] | Unset = UNSET,
    template_ids: list[UUID] | Unset = UNSET,
    min_readiness: int | Unset = UNSET,
    max_readiness: int | Unset = UNSET,
    need_renew: bool | Unset = UNSET,
    object_type: AuditObjectType | Unset = UNSET,
    object_id: str | Unset = UNSET,
    respondant_ids: list[int] | Unset = UNSET,
    owner_ids: list[int] | Unset = UNSET,
    ids: list[UUID] | Unset = UNSET,
    type_: AuditQueryType | Unset = UNSET,
    archived: bool | Unset = UNSET,
    include_graphs: bool | Unset = UNSET,
    include_tasks: bool | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["areaId"] = area_id

    params["q"] = q

    json_parent_id: str | Unset = UNSET
    if not isinstance(parent_id, Unset):
        json_parent_id = str(parent_id)
    params["parentId"] = json_parent_id

    json_states: list[str] | Unset = UNSET
    if not isinstance(states, Unset):
        json_states = []
        for states_item_data in states:
            states_item = states_item_data.value
            json_states.append(states_item)

    params["states"] = json_states

    json_template_ids: list[str] | Unset = UNSET
    if not isinstance(template_ids, Unset):
        json_template_ids = []
        for template_ids_item_data in template_ids:
            template_ids_item = str(template_ids_item_data)
            json_template_ids.append(template_ids_item)

    params["templateIds"] = json_template_ids

    params["minReadiness"] = min_readiness

    params["maxReadiness"] = max_readiness

    params["NeedRenew"] = need_renew

    json_object_type: str | Unset = UNSET
    if not isinstance(object_type, Unset):
        json_object_type = object_type.value

    params["objectType"] = json_object_type

    params["objectId"] = object_id

    json_respondant_ids: list[int] | Unset = UNSET
    if not isinstance(respondant_ids, Unset):
        json_respondant_ids = respondant_ids

    params["respondantIds"] = json_respondant_ids

    json_owner_ids: list[int] | Unset = UNSET
    if not isinstance(owner_ids, Unset):
        json_owner_ids = owner_ids

    params["ownerIds"] = json_owner_ids

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = []
        for ids_item_data in ids:
            ids_item = str(ids_item_data)
            json_ids.append(ids_item)

    params["ids"] = json_ids

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["Type"] = json_type_

    params["archived"] = archived

    params["includeGraphs"] = include_graphs

    params["includeTasks"] = include_tasks

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
        "url": "/v1/ws/{workspace_id}/AuditResponses".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> AuditResponseLightDtoPagedList | None:
    if response.status_code == 200:
        response_200 = decode_model(response, AuditResponseLightDtoPagedList)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[AuditResponseLightDtoPagedList]:
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
    q: str | Unset = UNSET,
    parent_id: UUID | Unset = UNSET,
    states: list[AuditResponseState] | Unset = UNSET,
    template_ids: list[UUID] | Unset = UNSET,
    min_readiness: int | Unset = UNSET,
    max_readiness: int | Unset = UNSET,
    need_renew: bool | Unset = UNSET,
    object_type: AuditObjectType | Unset = UNSET,
    object_id: str | Unset = UNSET,
    respondant_ids: list[int] | Unset = UNSET,
    owner_ids: list[int] | Unset = UNSET,
    ids: list[UUID] | Unset = UNSET,
    type_: AuditQueryType | Unset = UNSET,
    archived: bool | Unset = UNSET,
    include_graphs: bool | Unset = UNSET,
    include_tasks: bool | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Response[AuditResponseLightDtoPagedList]:
    """
    Args:
        workspace_id (str):
        area_id (int | Unset):
        q (str | Unset):
        parent_id (UUID | Unset):
        states (list[AuditResponseState] | Unset):
        template_ids (list[UUID] | Unset):
        min_readiness (int | Unset):
        max_readiness (int | Unset):
        need_renew (bool | Unset):
        object_type (AuditObjectType | Unset):
        object_id (str | Unset):
        respondant_ids (list[int] | Unset):
        owner_ids (list[int] | Unset):
        ids (list[UUID] | Unset):
        type_ (AuditQueryType | Unset):
        archived (bool | Unset):
        include_graphs (bool | Unset):
        include_tasks (bool | Unset):
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
        Response[AuditResponseLightDtoPagedList]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        area_id=area_id,
        q=q,
        parent_id=parent_id,
        states=states,
        template_ids=template_ids,
        min_readiness=min_readiness,
        max_readiness=max_readiness,
        need_renew=need_renew,
        object_type=object_type,
        object_id=object_id,
        respondant_ids=respondant_ids,
        owner_ids=owner_ids,
        ids=ids,
        type_=type_,
        archived=archived,
        include_graphs=include_graphs,
        include_tasks=include_tasks,
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
    area_id: int | Unset = UNSET,
    q: str | Unset = UNSET,
    parent_id: UUID | Unset = UNSET,
    states: list[AuditResponseState] | Unset = UNSET,
    template_ids: list[UUID] | Unset = UNSET,
    min_readiness: int | Unset = UNSET,
    max_readiness: int | Unset = UNSET,
    need_renew: bool | Unset = UNSET,
    object_type: AuditObjectType | Unset = UNSET,
    object_id: str | Unset = UNSET,
    respondant_ids: list[int] | Unset = UNSET,
    owner_ids: list[int] | Unset = UNSET,
    ids: list[UUID] | Unset = UNSET,
    type_: AuditQueryType | Unset = UNSET,
    archived: bool | Unset = UNSET,
    include_graphs: bool | Unset = UNSET,
    include_tasks: bool | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> AuditResponseLightDtoPagedList:
    """
    Args:
        workspace_id (str):
        area_id (int | Unset):
        q (str | Unset):
        parent_id (UUID | Unset):
        states (list[AuditResponseState] | Unset):
        template_ids (list[UUID] | Unset):
        min_readiness (int | Unset):
        max_readiness (int | Unset):
        need_renew (bool | Unset):
        object_type (AuditObjectType | Unset):
        object_id (str | Unset):
        respondant_ids (list[int] | Unset):
        owner_ids (list[int] | Unset):
        ids (list[UUID] | Unset):
        type_ (AuditQueryType | Unset):
        archived (bool | Unset):
        include_graphs (bool | Unset):
        include_tasks (bool | Unset):
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
        AuditResponseLightDtoPagedList
    """

    return require_parsed(
        sync_detailed(
            workspace_id=workspace_id,
            client=client,
            area_id=area_id,
            q=q,
            parent_id=parent_id,
            states=states,
            template_ids=template_ids,
            min_readiness=min_readiness,
            max_readiness=max_readiness,
            need_renew=need_renew,
            object_type=object_type,
            object_id=object_id,
            respondant_ids=respondant_ids,
            owner_ids=owner_ids,
            ids=ids,
            type_=type_,
            archived=archived,
            include_graphs=include_graphs,
            include_tasks=include_tasks,
            select=select,
            page=page,
            size=size,
            skip=skip,
            sort_by=sort_by,
            asc=asc,
            filters=filters,
        ),
        "GET",
        "/v1/ws/{workspace_id}/AuditResponses",
    )


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    area_id: int | Unset = UNSET,
    q: str | Unset = UNSET,
    parent_id: UUID | Unset = UNSET,
    states: list[AuditResponseState] | Unset = UNSET,
    template_ids: list[UUID] | Unset = UNSET,
    min_readiness: int | Unset = UNSET,
    max_readiness: int | Unset = UNSET,
    need_renew: bool | Unset = UNSET,
    object_type: AuditObjectType | Unset = UNSET,
    object_id: str | Unset = UNSET,
    respondant_ids: list[int] | Unset = UNSET,
    owner_ids: list[int] | Unset = UNSET,
    ids: list[UUID] | Unset = UNSET,
    type_: AuditQueryType | Unset = UNSET,
    archived: bool | Unset = UNSET,
    include_graphs: bool | Unset = UNSET,
    include_tasks: bool | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Response[AuditResponseLightDtoPagedList]:
    """
    Args:
        workspace_id (str):
        area_id (int | Unset):
        q (str | Unset):
        parent_id (UUID | Unset):
        states (list[AuditResponseState] | Unset):
        template_ids (list[UUID] | Unset):
        min_readiness (int | Unset):
        max_readiness (int | Unset):
        need_renew (bool | Unset):
        object_type (AuditObjectType | Unset):
        object_id (str | Unset):
        respondant_ids (list[int] | Unset):
        owner_ids (list[int] | Unset):
        ids (list[UUID] | Unset):
        type_ (AuditQueryType | Unset):
        archived (bool | Unset):
        include_graphs (bool | Unset):
        include_tasks (bool | Unset):
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
        Response[AuditResponseLightDtoPagedList]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        area_id=area_id,
        q=q,
        parent_id=parent_id,
        states=states,
        template_ids=template_ids,
        min_readiness=min_readiness,
        max_readiness=max_readiness,
        need_renew=need_renew,
        object_type=object_type,
        object_id=object_id,
        respondant_ids=respondant_ids,
        owner_ids=owner_ids,
        ids=ids,
        type_=type_,
        archived=archived,
        include_graphs=include_graphs,
        include_tasks=include_tasks,
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
    area_id: int | Unset = UNSET,
    q: str | Unset = UNSET,
    parent_id: UUID | Unset = UNSET,
    states: list[AuditResponseState] | Unset = UNSET,
    template_ids: list[UUID] | Unset = UNSET,
    min_readiness: int | Unset = UNSET,
    max_readiness: int | Unset = UNSET,
    need_renew: bool | Unset = UNSET,
    object_type: AuditObjectType | Unset = UNSET,
    object_id: str | Unset = UNSET,
    respondant_ids: list[int] | Unset = UNSET,
    owner_ids: list[int] | Unset = UNSET,
    ids: list[UUID] | Unset = UNSET,
    type_: AuditQueryType | Unset = UNSET,
    archived: bool | Unset = UNSET,
    include_graphs: bool | Unset = UNSET,
    include_tasks: bool | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> AuditResponseLightDtoPagedList:
    """
    Args:
        workspace_id (str):
        area_id (int | Unset):
        q (str | Unset):
        parent_id (UUID | Unset):
        states (list[AuditResponseState] | Unset):
        template_ids (list[UUID] | Unset):
        min_readiness (int | Unset):
        max_readiness (int | Unset):
        need_renew (bool | Unset):
        object_type (AuditObjectType | Unset):
        object_id (str | Unset):
        respondant_ids (list[int] | Unset):
        owner_ids (list[int] | Unset):
        ids (list[UUID] | Unset):
        type_ (AuditQueryType | Unset):
        archived (bool | Unset):
        include_graphs (bool | Unset):
        include_tasks (bool | Unset):
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
        AuditResponseLightDtoPagedList
    """

    return require_parsed(
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            area_id=area_id,
            q=q,
            parent_id=parent_id,
            states=states,
            template_ids=template_ids,
            min_readiness=min_readiness,
            max_readiness=max_readiness,
            need_renew=need_renew,
            object_type=object_type,
            object_id=object_id,
            respondant_ids=respondant_ids,
            owner_ids=owner_ids,
            ids=ids,
            type_=type_,
            archived=archived,
            include_graphs=include_graphs,
            include_tasks=include_tasks,
            select=select,
            page=page,
            size=size,
            skip=skip,
            sort_by=sort_by,
            asc=asc,
            filters=filters,
        ),
        "GET",
        "/v1/ws/{workspace_id}/AuditResponses",
    )
