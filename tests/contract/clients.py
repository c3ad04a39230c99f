"""Generated clients pointed at the mock API, built by the real factory and authenticated for real against
the sandbox authorization server (client credentials)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager

from dastra.connect import create_async_client, create_client
from dastra.settings import DastraSettings
from dastra_client import Client
from dastra_sandbox.authorization_server import AuthorizationServer
from dastra_sandbox.mock_api import MockAPI


def contract_settings(mock: MockAPI, authorization_server: AuthorizationServer) -> DastraSettings:
    """Explicit settings (never the caller's DASTRA_* environment). No retries, so a flaky answer is seen,
    and a rate limit above what the contract test sends, so it is not slowed down."""
    return DastraSettings(
        client_id=authorization_server.client_id,
        client_secret=authorization_server.client_secret,
        api_url=mock.url,
        token_url=authorization_server.token_url,
        authorize_url=authorization_server.authorize_url,
        timeout=30.0,
        max_retries=0,
        rate_limit_per_minute=100_000,
        rate_limit_per_10_minutes=1_000_000,
    )


@contextmanager
def sync_client_for(mock: MockAPI, authorization_server: AuthorizationServer) -> Iterator[Client]:
    settings = contract_settings(mock, authorization_server)
    with create_client(settings, mode="client_credentials") as client:
        yield client


@asynccontextmanager
async def async_client_for(mock: MockAPI, authorization_server: AuthorizationServer) -> AsyncIterator[Client]:
    settings = contract_settings(mock, authorization_server)
    async with create_async_client(settings, mode="client_credentials") as client:
        yield client
