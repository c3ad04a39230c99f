from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ..._decode import decode_json
from ..._response import require_parsed
from ...client import AuthenticatedClient, Client
from ...models.risk_evaluation_dto import RiskEvaluationDto
from ...models.risk_evaluation_state import RiskEvaluationState
from ...models.risk_object_type import RiskObjectType
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    workspace_id: str,
    *,
    states: list[RiskEvaluationState] | Unset = UNSET,
    object_type: RiskObjectType | Unset = UNSET,
    control_point_id: UUID | Unset = UNSET,
    object_id: str | Unset = UNSET,
    q: str | Unset = UNSET,
    area_id: int | Unset = UNSET,
    risk_ids: list[UUID] | Unset = UNSET,
    cat_ids: list[UUID] | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_states: list[str] | Unset = UNSET
    if not isinstance(states, Unset):
        json_states = []
        for states_item_data in states:
            states_item = states_item_data.value
            json_states.append(states_item)

    params["states"] = json_states

    json_object_type: str | Unset = UNSET
    if not isinstance(object_type, Unset):
        json_object_type = object_type.value

    params["objectType"] = json_object_type

    json_control_point_id: str | Unset = UNSET
    if not isinstance(control_point_id, Unset):
        json_control_point_id = str(control_point_id)
    params["controlPointId"] = json_control_point_id

    params["objectId"] = object_id

    params["q"] = q

    params["areaId"] = area_id

    json_risk_ids: list[str] | Unset = UNSET
    if not isinstance(risk_ids, Unset):
        json_risk_ids = []
        for risk_ids_item_data in risk_ids:
            risk_ids_item = str(risk_ids_item_data)
            json_risk_ids.append(risk_ids_item)

    params["riskIds"] = json_risk_ids

    json_cat_ids: list[str] | Unset = UNSET
    if not isinstance(cat_ids, Unset):
        json_cat_ids = []
        for cat_ids_item_data in cat_ids:
            cat_ids_item = str(cat_ids_item_data)
            json_cat_ids.append(cat_ids_item)

    params["catIds"] = json_cat_ids

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
        "url": "/v1/ws/{workspace_id}/RiskEvaluations".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> list[RiskEvaluationDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = decode_json(response)
        for response_200_item_data in _response_200:
            response_200_item = RiskEvaluationDto.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[list[RiskEvaluationDto]]:
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
    states: list[RiskEvaluationState] | Unset = UNSET,
    object_type: RiskObjectType | Unset = UNSET,
    control_point_id: UUID | Unset = UNSET,
    object_id: str | Unset = UNSET,
    q: str | Unset = UNSET,
    area_id: int | Unset = UNSET,
    risk_ids: list[UUID] | Unset = UNSET,
    cat_ids: list[UUID] | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Response[list[RiskEvaluationDto]]:
    """
    Args:
        workspace_id (str):
        states (list[RiskEvaluationState] | Unset):
        object_type (RiskObjectType | Unset):
        control_point_id (UUID | Unset):
        object_id (str | Unset):
        q (str | Unset):
        area_id (int | Unset):
        risk_ids (list[UUID] | Unset):
        cat_ids (list[UUID] | Unset):
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
        Response[list[RiskEvaluationDto]]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        states=states,
        object_type=object_type,
        control_point_id=control_point_id,
        object_id=object_id,
        q=q,
        area_id=area_id,
        risk_ids=risk_ids,
        cat_ids=cat_ids,
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
    states: list[RiskEvaluationState] | Unset = UNSET,
    object_type: RiskObjectType | Unset = UNSET,
    control_point_id: UUID | Unset = UNSET,
    object_id: str | Unset = UNSET,
    q: str | Unset = UNSET,
    area_id: int | Unset = UNSET,
    risk_ids: list[UUID] | Unset = UNSET,
    cat_ids: list[UUID] | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> list[RiskEvaluationDto]:
    """
    Args:
        workspace_id (str):
        states (list[RiskEvaluationState] | Unset):
        object_type (RiskObjectType | Unset):
        control_point_id (UUID | Unset):
        object_id (str | Unset):
        q (str | Unset):
        area_id (int | Unset):
        risk_ids (list[UUID] | Unset):
        cat_ids (list[UUID] | Unset):
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
        list[RiskEvaluationDto]
    """

    return require_parsed(
        sync_detailed(
            workspace_id=workspace_id,
            client=client,
            states=states,
            object_type=object_type,
            control_point_id=control_point_id,
            object_id=object_id,
            q=q,
            area_id=area_id,
            risk_ids=risk_ids,
            cat_ids=cat_ids,
            select=select,
            page=page,
            size=size,
            skip=skip,
            sort_by=sort_by,
            asc=asc,
            filters=filters,
        ),
        "GET",
        "/v1/ws/{workspace_id}/RiskEvaluations",
    )


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    states: list[RiskEvaluationState] | Unset = UNSET,
    object_type: RiskObjectType | Unset = UNSET,
    control_point_id: UUID | Unset = UNSET,
    object_id: str | Unset = UNSET,
    q: str | Unset = UNSET,
    area_id: int | Unset = UNSET,
    risk_ids: list[UUID] | Unset = UNSET,
    cat_ids: list[UUID] | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Response[list[RiskEvaluationDto]]:
    """
    Args:
        workspace_id (str):
        states (list[RiskEvaluationState] | Unset):
        object_type (RiskObjectType | Unset):
        control_point_id (UUID | Unset):
        object_id (str | Unset):
        q (str | Unset):
        area_id (int | Unset):
        risk_ids (list[UUID] | Unset):
        cat_ids (list[UUID] | Unset):
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
        Response[list[RiskEvaluationDto]]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        states=states,
        object_type=object_type,
        control_point_id=control_point_id,
        object_id=object_id,
        q=q,
        area_id=area_id,
        risk_ids=risk_ids,
        cat_ids=cat_ids,
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
    states: list[RiskEvaluationState] | Unset = UNSET,
    object_type: RiskObjectType | Unset = UNSET,
    control_point_id: UUID | Unset = UNSET,
    object_id: str | Unset = UNSET,
    q: str | Unset = UNSET,
    area_id: int | Unset = UNSET,
    risk_ids: list[UUID] | Unset = UNSET,
    cat_ids: list[UUID] | Unset = UNSET,
    select: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    asc: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> list[RiskEvaluationDto]:
    """
    Args:
        workspace_id (str):
        states (list[RiskEvaluationState] | Unset):
        object_type (RiskObjectType | Unset):
        control_point_id (UUID | Unset):
        object_id (str | Unset):
        q (str | Unset):
        area_id (int | Unset):
        risk_ids (list[UUID] | Unset):
        cat_ids (list[UUID] | Unset):
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
        list[RiskEvaluationDto]
    """

    return require_parsed(
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            states=states,
            object_type=object_type,
            control_point_id=control_point_id,
            object_id=object_id,
            q=q,
            area_id=area_id,
            risk_ids=risk_ids,
            cat_ids=cat_ids,
            select=select,
            page=page,
            size=size,
            skip=skip,
            sort_by=sort_by,
            asc=asc,
            filters=filters,
        ),
        "GET",
        "/v1/ws/{workspace_id}/RiskEvaluations",
    )
