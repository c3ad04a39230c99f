from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ..._decode import decode_model
from ..._response import require_parsed
from ...client import AuthenticatedClient, Client
from ...models.risk_indicators import RiskIndicators
from ...models.risk_object_type import RiskObjectType
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    workspace_id: str,
    *,
    object_type: RiskObjectType | Unset = UNSET,
    area_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_object_type: str | Unset = UNSET
    if not isinstance(object_type, Unset):
        json_object_type = object_type.value

    params["objectType"] = json_object_type

    params["areaId"] = area_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ws/{workspace_id}/RiskEvaluations/stats".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> RiskIndicators | None:
    if response.status_code == 200:
        response_200 = decode_model(response, RiskIndicators)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[RiskIndicators]:
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
    object_type: RiskObjectType | Unset = UNSET,
    area_id: int | Unset = UNSET,
) -> Response[RiskIndicators]:
    """
    Args:
        workspace_id (str):
        object_type (RiskObjectType | Unset):
        area_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RiskIndicators]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        object_type=object_type,
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
    object_type: RiskObjectType | Unset = UNSET,
    area_id: int | Unset = UNSET,
) -> RiskIndicators:
    """
    Args:
        workspace_id (str):
        object_type (RiskObjectType | Unset):
        area_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RiskIndicators
    """

    return require_parsed(
        sync_detailed(
            workspace_id=workspace_id,
            client=client,
            object_type=object_type,
            area_id=area_id,
        ),
        "GET",
        "/v1/ws/{workspace_id}/RiskEvaluations/stats",
    )


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    object_type: RiskObjectType | Unset = UNSET,
    area_id: int | Unset = UNSET,
) -> Response[RiskIndicators]:
    """
    Args:
        workspace_id (str):
        object_type (RiskObjectType | Unset):
        area_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RiskIndicators]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        object_type=object_type,
        area_id=area_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    object_type: RiskObjectType | Unset = UNSET,
    area_id: int | Unset = UNSET,
) -> RiskIndicators:
    """
    Args:
        workspace_id (str):
        object_type (RiskObjectType | Unset):
        area_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RiskIndicators
    """

    return require_parsed(
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            object_type=object_type,
            area_id=area_id,
        ),
        "GET",
        "/v1/ws/{workspace_id}/RiskEvaluations/stats",
    )
