"""Regression tests for the traps of the generated ``Client`` that issue 10 found on ``create_client()``:

- ``with_headers`` / ``with_timeout`` returned a copy on a plain ``httpx2.Client``: no token, no retries,
  no rate limit, no typed errors (a bare 401 ``Response``); ``with_cookies`` likewise;
- a sync client given to an ``asyncio`` function (or the reverse) sent unauthenticated requests.
"""

from __future__ import annotations

import asyncio

import attrs
import httpx2
import pytest

from dastra.connect import create_async_client, create_client
from dastra.errors import APITimeoutError, NotFoundError
from dastra_client.api.data_breachs import data_breachs_find
from dastra_client.models import DataBreachDto
from tests.facade.conftest import BREACH_ID, breach, settings_for
from tests.servers.faults import FaultServer, Reply, Slow

FIND = f"/v1/ws/42/DataBreachs/{BREACH_ID}"
BUSY = Reply(503, headers={"Retry-After": "0"}, json={"error": "busy"})


def test_a_sync_client_in_an_asyncio_function_raises_before_sending(server: FaultServer) -> None:
    client = create_client(settings_for(server), mode="api_key")
    with pytest.raises(TypeError, match="create_async_client"):
        asyncio.run(data_breachs_find.asyncio("42", BREACH_ID, client=client))
    with pytest.raises(TypeError, match="async with"):
        asyncio.run(client.__aenter__())
    assert server.requests == []
    client.get_httpx_client().close()


def test_an_async_client_in_a_sync_function_raises_before_sending(server: FaultServer) -> None:
    client = create_async_client(settings_for(server), mode="api_key")
    with pytest.raises(TypeError, match="create_client"):
        data_breachs_find.sync("42", BREACH_ID, client=client)
    with pytest.raises(TypeError, match="'async with'"), client:
        pass
    assert server.requests == []
    asyncio.run(client.get_async_httpx_client().aclose())


def test_with_headers_keeps_the_session_and_every_policy(server: FaultServer) -> None:
    server.script(
        FIND, BUSY, Reply(json=breach()), Reply(404, json={"title": "gone"}), then=Reply(json=breach())
    )
    with create_client(settings_for(server), mode="api_key") as client:
        traced = client.with_headers({"X-Trace": "t-1"})
        assert isinstance(data_breachs_find.sync("42", BREACH_ID, client=traced), DataBreachDto)  # retried
        with pytest.raises(NotFoundError):  # a typed error, not a bare Response
            data_breachs_find.sync_detailed("42", BREACH_ID, client=traced)
        data_breachs_find.sync_detailed("42", BREACH_ID, client=client)  # the original: no X-Trace
    assert all(r.headers["x-api-key"] == "test-api-key" for r in server.requests)
    assert [r.headers.get("x-trace") for r in server.requests] == ["t-1", "t-1", "t-1", None]
    assert traced.get_httpx_client() is not client.get_httpx_client()
    assert traced.session is client.session


def test_with_timeout_keeps_the_session_and_sets_the_timeout(server: FaultServer) -> None:
    server.script(FIND, Slow(1.0, Reply(json=breach())), then=Reply(json=breach()))
    with create_client(settings_for(server, max_retries=0), mode="api_key") as client:
        hurried = client.with_timeout(httpx2.Timeout(0.2))
        with pytest.raises(APITimeoutError):
            data_breachs_find.sync("42", BREACH_ID, client=hurried)
        assert isinstance(data_breachs_find.sync("42", BREACH_ID, client=client), DataBreachDto)
    assert server.requests[0].headers["x-api-key"] == "test-api-key"


def test_async_with_headers_and_with_timeout_keep_the_session(server: FaultServer) -> None:
    server.script(FIND, Reply(json=breach()), Slow(1.0, Reply(json=breach())), then=Reply(json=breach()))

    async def main() -> None:
        async with create_async_client(settings_for(server, max_retries=0), mode="api_key") as client:
            traced = client.with_headers({"X-Trace": "a-1"})
            assert isinstance(await data_breachs_find.asyncio("42", BREACH_ID, client=traced), DataBreachDto)
            with pytest.raises(APITimeoutError):
                hurried = traced.with_timeout(httpx2.Timeout(0.2))
                await data_breachs_find.asyncio("42", BREACH_ID, client=hurried)

    asyncio.run(main())
    assert [r.headers.get("x-trace") for r in server.requests][:2] == ["a-1", "a-1"]
    assert all(r.headers["x-api-key"] == "test-api-key" for r in server.requests)


def test_with_cookies_and_evolve_raise_instead_of_copying(server: FaultServer) -> None:
    for client in (
        create_client(settings_for(server), mode="api_key"),
        create_async_client(settings_for(server), mode="api_key"),
    ):
        with pytest.raises(TypeError, match="with_headers"):
            client.with_cookies({"session": "x"})
        with pytest.raises(TypeError):
            attrs.evolve(client, headers={"X": "1"})  # type: ignore[call-arg]
    assert server.requests == []


def test_the_facade_hands_the_functional_layer_its_session_and_options(server: FaultServer) -> None:
    from dastra import Dastra

    server.script(FIND, then=Reply(json=breach()))
    with Dastra(settings_for(server)) as dastra:
        client = dastra.with_options(headers={"X-Service": "s"}).client
        assert isinstance(data_breachs_find.sync("42", BREACH_ID, client=client), DataBreachDto)
    assert server.requests[0].headers["x-service"] == "s"
    assert server.requests[0].headers["x-api-key"] == "test-api-key"
