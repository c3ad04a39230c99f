"""Every non-2xx API answer raises its typed error through the response hook, sync and async."""

from __future__ import annotations

import asyncio

import pytest

from dastra.errors import (
    APIAuthenticationError,
    APIStatusError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from dastra_auth.extensions import BEARER_EXTENSION
from tests.policies.helpers import RecordedSleeps, async_client, make_policy, sync_client
from tests.servers.faults import FaultServer, Reply

SECRET = "s3cr3t-token-value"

ERRORS: list[tuple[int, type[APIStatusError]]] = [
    (400, BadRequestError),
    (401, APIAuthenticationError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, ConflictError),
    (422, UnprocessableEntityError),
    (429, RateLimitError),
    (500, InternalServerError),
    (502, InternalServerError),
    (503, InternalServerError),
    (504, InternalServerError),
    (418, APIStatusError),
]


@pytest.mark.parametrize(("status", "error_class"), ERRORS)
def test_status_maps_to_error_class(
    server: FaultServer, sleeps: RecordedSleeps, status: int, error_class: type[APIStatusError]
) -> None:
    server.script(
        "/v1/ws/1/Things", Reply(status, headers={"X-Request-Id": "abc-123"}, json={"title": "nope"})
    )
    with (
        sync_client(make_policy(server.url, max_retries=0), sleeps) as client,
        pytest.raises(APIStatusError) as caught,
    ):
        client.get(
            f"/v1/ws/1/Things?access_token={SECRET}",
            headers={"Authorization": f"Bearer {SECRET}", "X-API-Key": SECRET},
        )
    error = caught.value
    assert type(error) is error_class
    assert error.status_code == status
    assert (error.method, error.path) == ("GET", "/v1/ws/1/Things")
    assert error.request_id == "abc-123"
    assert error.body == '{"title": "nope"}'
    assert error.response.status_code == status
    for text in (str(error), repr(error)):
        assert SECRET not in text
        assert "access_token" not in text


def test_body_excerpt_is_bounded(server: FaultServer, sleeps: RecordedSleeps) -> None:
    server.script("/v1/big", Reply(400, body=b"x" * 10_000))
    with sync_client(make_policy(server.url), sleeps) as client, pytest.raises(BadRequestError) as caught:
        client.get("/v1/big")
    assert len(caught.value.body) <= 500


def test_success_statuses_do_not_raise(server: FaultServer, sleeps: RecordedSleeps) -> None:
    server.script("/v1/things", Reply(201, json={}), Reply(204))
    with sync_client(make_policy(server.url), sleeps) as client:
        assert client.post("/v1/things", json={}).status_code == 201
        assert client.delete("/v1/things").status_code == 204


def test_bearer_401_is_left_to_the_session(server: FaultServer, sleeps: RecordedSleeps) -> None:
    """The OAuth2 session re-authenticates a 401 to a bearer request once: the hook lets it through."""
    server.script("/v1/things", Reply(401))
    with sync_client(make_policy(server.url), sleeps) as client:
        request = client.build_request("GET", "/v1/things", extensions={BEARER_EXTENSION: True})
        assert client.send(request).status_code == 401


def test_async_hooks_raise_typed_errors(server: FaultServer, sleeps: RecordedSleeps) -> None:
    server.script("/v1/missing", Reply(404, json={"title": "no such thing"}))
    server.script("/v1/conflict", Reply(409))

    async def scenario() -> None:
        async with async_client(make_policy(server.url), sleeps) as client:
            with pytest.raises(NotFoundError) as caught:
                await client.get("/v1/missing")
            assert "no such thing" in caught.value.body
            with pytest.raises(ConflictError):
                await client.put("/v1/conflict", json={})

    asyncio.run(scenario())


def test_generated_function_raises_typed_error(server: FaultServer, sleeps: RecordedSleeps) -> None:
    """Whatever responses an operation declares, a non-2xx answer raises before the generated code parses it."""
    generated = pytest.importorskip("dastra_client", reason="generated/dastra_client not importable")
    del generated
    from dastra_client.api.data_breachs import data_breachs_list
    from dastra_client.client import Client

    server.script("/v1/ws/7/DataBreachs", Reply(403, json={"title": "forbidden"}))
    with sync_client(make_policy(server.url), sleeps) as http, Client(base_url=server.url) as client:
        client.set_httpx_client(http)
        with pytest.raises(PermissionDeniedError) as caught:
            data_breachs_list.sync("7", client=client)
    assert caught.value.path == "/v1/ws/7/DataBreachs"
