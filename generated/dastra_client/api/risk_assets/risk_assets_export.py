from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ..._response import Answer, decode_answer
from ...client import AuthenticatedClient, Client
from ...models.export_format import ExportFormat
from ...models.export_risk_asset_filter import ExportRiskAssetFilter
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    workspace_id: str,
    format_: ExportFormat,
    *,
    body: ExportRiskAssetFilter | Unset = UNSET,
    area_id: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["areaId"] = area_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/ws/{workspace_id}/RiskAssets/export/{format_}".format(
            workspace_id=quote(str(workspace_id), safe=""),
            format_=quote(str(format_), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Answer:
    if response.is_success:
        response_200 = decode_answer(response)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[Answer]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: str,
    format_: ExportFormat,
    *,
    client: AuthenticatedClient | Client,
    body: ExportRiskAssetFilter | Unset = UNSET,
    area_id: int | Unset = UNSET,
) -> Response[Answer]:
    """
    Args:
        workspace_id (str):
        format_ (ExportFormat):
        area_id (int | Unset):
        body (ExportRiskAssetFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Answer]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        format_=format_,
        body=body,
        area_id=area_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    format_: ExportFormat,
    *,
    client: AuthenticatedClient | Client,
    body: ExportRiskAssetFilter | Unset = UNSET,
    area_id: int | Unset = UNSET,
) -> Answer:
    """
    Args:
        workspace_id (str):
        format_ (ExportFormat):
        area_id (int | Unset):
        body (ExportRiskAssetFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Answer
    """

    return sync_detailed(
        workspace_id=workspace_id,
        format_=format_,
        client=client,
        body=body,
        area_id=area_id,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    format_: ExportFormat,
    *,
    client: AuthenticatedClient | Client,
    body: ExportRiskAssetFilter | Unset = UNSET,
    area_id: int | Unset = UNSET,
) -> Response[Answer]:
    """
    Args:
        workspace_id (str):
        format_ (ExportFormat):
        area_id (int | Unset):
        body (ExportRiskAssetFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Answer]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        format_=format_,
        body=body,
        area_id=area_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    format_: ExportFormat,
    *,
    client: AuthenticatedClient | Client,
    body: ExportRiskAssetFilter | Unset = UNSET,
    area_id: int | Unset = UNSET,
) -> Answer:
    """
    Args:
        workspace_id (str):
        format_ (ExportFormat):
        area_id (int | Unset):
        body (ExportRiskAssetFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Answer
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            format_=format_,
            client=client,
            body=body,
            area_id=area_id,
        )
    ).parsed
