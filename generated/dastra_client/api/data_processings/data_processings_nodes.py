from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ..._decode import decode_model
from ..._response import require_parsed
from ...client import AuthenticatedClient, Client
from ...models.data_processing_state import DataProcessingState
from ...models.processing_type import ProcessingType
from ...models.record_nodes import RecordNodes
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    workspace_id: str,
    *,
    data_set_id: UUID | Unset = UNSET,
    actor_id: int | Unset = UNSET,
    stakeholder_id: int | Unset = UNSET,
    recipient_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    security_measure_id: int | Unset = UNSET,
    area_id: int | Unset = UNSET,
    archived: bool | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    workflows: list[int] | Unset = UNSET,
    countries: list[str] | Unset = UNSET,
    states: list[DataProcessingState] | Unset = UNSET,
    type_: ProcessingType | Unset = UNSET,
    q: str | Unset = UNSET,
    ids: list[UUID] | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_data_set_id: str | Unset = UNSET
    if not isinstance(data_set_id, Unset):
        json_data_set_id = str(data_set_id)
    params["dataSetId"] = json_data_set_id

    params["actorId"] = actor_id

    params["stakeholderId"] = stakeholder_id

    params["recipientId"] = recipient_id

    params["customerId"] = customer_id

    params["securityMeasureId"] = security_measure_id

    params["areaId"] = area_id

    params["archived"] = archived

    json_tags: list[int] | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags

    params["tags"] = json_tags

    json_workflows: list[int] | Unset = UNSET
    if not isinstance(workflows, Unset):
        json_workflows = workflows

    params["workflows"] = json_workflows

    json_countries: list[str] | Unset = UNSET
    if not isinstance(countries, Unset):
        json_countries = countries

    params["countries"] = json_countries

    json_states: list[str] | Unset = UNSET
    if not isinstance(states, Unset):
        json_states = []
        for states_item_data in states:
            states_item = states_item_data.value
            json_states.append(states_item)

    params["states"] = json_states

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["q"] = q

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = []
        for ids_item_data in ids:
            ids_item = str(ids_item_data)
            json_ids.append(ids_item)

    params["ids"] = json_ids

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
        "url": "/v1/ws/{workspace_id}/DataProcessings/nodes".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> RecordNodes | None:
    if response.status_code == 200:
        response_200 = decode_model(response, RecordNodes)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[RecordNodes]:
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
    data_set_id: UUID | Unset = UNSET,
    actor_id: int | Unset = UNSET,
    stakeholder_id: int | Unset = UNSET,
    recipient_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    security_measure_id: int | Unset = UNSET,
    area_id: int | Unset = UNSET,
    archived: bool | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    workflows: list[int] | Unset = UNSET,
    countries: list[str] | Unset = UNSET,
    states: list[DataProcessingState] | Unset = UNSET,
    type_: ProcessingType | Unset = UNSET,
    q: str | Unset = UNSET,
    ids: list[UUID] | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Response[RecordNodes]:
    """
    Args:
        workspace_id (str):
        data_set_id (UUID | Unset):
        actor_id (int | Unset):
        stakeholder_id (int | Unset):
        recipient_id (int | Unset):
        customer_id (int | Unset):
        security_measure_id (int | Unset):
        area_id (int | Unset):
        archived (bool | Unset):
        tags (list[int] | Unset):
        workflows (list[int] | Unset):
        countries (list[str] | Unset):
        states (list[DataProcessingState] | Unset):
        type_ (ProcessingType | Unset):
        q (str | Unset):
        ids (list[UUID] | Unset):
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
        Response[RecordNodes]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        data_set_id=data_set_id,
        actor_id=actor_id,
        stakeholder_id=stakeholder_id,
        recipient_id=recipient_id,
        customer_id=customer_id,
        security_measure_id=security_measure_id,
        area_id=area_id,
        archived=archived,
        tags=tags,
        workflows=workflows,
        countries=countries,
        states=states,
        type_=type_,
        q=q,
        ids=ids,
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
    data_set_id: UUID | Unset = UNSET,
    actor_id: int | Unset = UNSET,
    stakeholder_id: int | Unset = UNSET,
    recipient_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    security_measure_id: int | Unset = UNSET,
    area_id: int | Unset = UNSET,
    archived: bool | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    workflows: list[int] | Unset = UNSET,
    countries: list[str] | Unset = UNSET,
    states: list[DataProcessingState] | Unset = UNSET,
    type_: ProcessingType | Unset = UNSET,
    q: str | Unset = UNSET,
    ids: list[UUID] | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> RecordNodes:
    """
    Args:
        workspace_id (str):
        data_set_id (UUID | Unset):
        actor_id (int | Unset):
        stakeholder_id (int | Unset):
        recipient_id (int | Unset):
        customer_id (int | Unset):
        security_measure_id (int | Unset):
        area_id (int | Unset):
        archived (bool | Unset):
        tags (list[int] | Unset):
        workflows (list[int] | Unset):
        countries (list[str] | Unset):
        states (list[DataProcessingState] | Unset):
        type_ (ProcessingType | Unset):
        q (str | Unset):
        ids (list[UUID] | Unset):
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
        RecordNodes
    """

    return require_parsed(
        sync_detailed(
            workspace_id=workspace_id,
            client=client,
            data_set_id=data_set_id,
            actor_id=actor_id,
            stakeholder_id=stakeholder_id,
            recipient_id=recipient_id,
            customer_id=customer_id,
            security_measure_id=security_measure_id,
            area_id=area_id,
            archived=archived,
            tags=tags,
            workflows=workflows,
            countries=countries,
            states=states,
            type_=type_,
            q=q,
            ids=ids,
            select=select,
            page=page,
            size=size,
            skip=skip,
            sort_by=sort_by,
            asc=asc,
            filters=filters,
        ),
        "GET",
        "/v1/ws/{workspace_id}/DataProcessings/nodes",
    )


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    data_set_id: UUID | Unset = UNSET,
    actor_id: int | Unset = UNSET,
    stakeholder_id: int | Unset = UNSET,
    recipient_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    security_measure_id: int | Unset = UNSET,
    area_id: int | Unset = UNSET,
    archived: bool | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    workflows: list[int] | Unset = UNSET,
    countries: list[str] | Unset = UNSET,
    states: list[DataProcessingState] | Unset = UNSET,
    type_: ProcessingType | Unset = UNSET,
    q: str | Unset = UNSET,
    ids: list[UUID] | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Response[RecordNodes]:
    """
    Args:
        workspace_id (str):
        data_set_id (UUID | Unset):
        actor_id (int | Unset):
        stakeholder_id (int | Unset):
        recipient_id (int | Unset):
        customer_id (int | Unset):
        security_measure_id (int | Unset):
        area_id (int | Unset):
        archived (bool | Unset):
        tags (list[int] | Unset):
        workflows (list[int] | Unset):
        countries (list[str] | Unset):
        states (list[DataProcessingState] | Unset):
        type_ (ProcessingType | Unset):
        q (str | Unset):
        ids (list[UUID] | Unset):
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
        Response[RecordNodes]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        data_set_id=data_set_id,
        actor_id=actor_id,
        stakeholder_id=stakeholder_id,
        recipient_id=recipient_id,
        customer_id=customer_id,
        security_measure_id=security_measure_id,
        area_id=area_id,
        archived=archived,
        tags=tags,
        workflows=workflows,
        countries=countries,
        states=states,
        type_=type_,
        q=q,
        ids=ids,
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
    data_set_id: UUID | Unset = UNSET,
    actor_id: int | Unset = UNSET,
    stakeholder_id: int | Unset = UNSET,
    recipient_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    security_measure_id: int | Unset = UNSET,
    area_id: int | Unset = UNSET,
    archived: bool | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    workflows: list[int] | Unset = UNSET,
    countries: list[str] | Unset = UNSET,
    states: list[DataProcessingState] | Unset = UNSET,
    type_: ProcessingType | Unset = UNSET,
    q: str | Unset = UNSET,
    ids: list[UUID] | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> RecordNodes:
    """
    Args:
        workspace_id (str):
        data_set_id (UUID | Unset):
        actor_id (int | Unset):
        stakeholder_id (int | Unset):
        recipient_id (int | Unset):
        customer_id (int | Unset):
        security_measure_id (int | Unset):
        area_id (int | Unset):
        archived (bool | Unset):
        tags (list[int] | Unset):
        workflows (list[int] | Unset):
        countries (list[str] | Unset):
        states (list[DataProcessingState] | Unset):
        type_ (ProcessingType | Unset):
        q (str | Unset):
        ids (list[UUID] | Unset):
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
        RecordNodes
    """

    return require_parsed(
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            data_set_id=data_set_id,
            actor_id=actor_id,
            stakeholder_id=stakeholder_id,
            recipient_id=recipient_id,
            customer_id=customer_id,
            security_measure_id=security_measure_id,
            area_id=area_id,
            archived=archived,
            tags=tags,
            workflows=workflows,
            countries=countries,
            states=states,
            type_=type_,
            q=q,
            ids=ids,
            select=select,
            page=page,
            size=size,
            skip=skip,
            sort_by=sort_by,
            asc=asc,
            filters=filters,
        ),
        "GET",
        "/v1/ws/{workspace_id}/DataProcessings/nodes",
    )
