"""API-key mode: X-API-Key instead of OAuth2, same client shape."""

from __future__ import annotations

import asyncio

import httpx2
import pytest

from dastra.connect import create_async_client, create_client
from dastra.errors import APIAuthenticationError, ConfigError
from dastra.settings import DastraSettings
from dastra_auth.api_key import APIKeyAuth
from dastra_sandbox import AuthorizationServer, ProtectedAPI

API_KEY = "sandbox-api-key-0123456789"


def test_api_key_header_end_to_end(
    settings: DastraSettings, auth_server: AuthorizationServer, api: ProtectedAPI
) -> None:
    work_spaces_list = pytest.importorskip(
        "dastra_client.api.work_spaces.work_spaces_list", reason="generated dastra_client not importable"
    )
    with create_client(settings, mode="api_key", api_key=API_KEY) as client:
        page = work_spaces_list.sync(client=client)
        session = client.get_httpx_client()
        response = session.get("/v1/WorkSpaces")
    assert page is not None and page.total == 2
    assert response.request.headers["X-API-Key"] == API_KEY
    assert "authorization" not in response.request.headers
    assert auth_server.total_token_requests == 0


def test_api_key_async(settings: DastraSettings, api: ProtectedAPI) -> None:
    async def call() -> int:
        client = create_async_client(settings.replace(client_id=None, client_secret=None, api_key=API_KEY))
        async with client:  # mode chosen automatically: only an API key is configured
            response = await client.get_async_httpx_client().get("/v1/WorkSpaces")
        return response.status_code

    assert asyncio.run(call()) == 200


def test_private_key_is_the_default_api_key(settings: DastraSettings, api: ProtectedAPI) -> None:
    client = create_client(settings.replace(client_secret=API_KEY), mode="api_key")
    with client:
        assert client.get_httpx_client().get("/v1/WorkSpaces").status_code == 200


def test_wrong_key_is_401(settings: DastraSettings, api: ProtectedAPI) -> None:
    with (
        create_client(settings, mode="api_key", api_key="wrong") as client,
        pytest.raises(APIAuthenticationError) as caught,
    ):
        client.get_httpx_client().get("/v1/WorkSpaces")
    assert caught.value.status_code == 401
    assert "wrong" not in str(caught.value)
    assert api.requests == 1


def test_missing_key_and_bad_mode(settings: DastraSettings) -> None:
    with pytest.raises(ConfigError, match="DASTRA_API_KEY"):
        create_client(settings.replace(client_secret=None), mode="api_key")
    with pytest.raises(ConfigError, match="mode"):
        create_client(settings, mode="password")  # type: ignore[arg-type]


def test_repr_hides_key() -> None:
    auth = APIKeyAuth(API_KEY)
    assert API_KEY not in repr(auth)
    request = httpx2.Request("GET", "https://api.dastra.eu/v1/WorkSpaces")
    flow = auth.sync_auth_flow(request)
    assert next(flow).headers["X-API-Key"] == API_KEY
