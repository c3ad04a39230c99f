"""Retries against the fault server: statuses, Retry-After, resets, idempotency, backoff, retries=0."""

from __future__ import annotations

import asyncio
import datetime as dt
import socket
from email.utils import format_datetime

import httpx2
import pytest

from dastra.errors import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    RateLimitError,
)
from dastra.policies.retry import parse_retry_after
from tests.policies.helpers import RecordedSleeps, async_client, make_policy, sync_client
from tests.servers.faults import FaultServer, Reply, Reset, Slow

OK = Reply(200, json={"ok": True})


def test_503_burst_recovers_within_max_retries(server: FaultServer, sleeps: RecordedSleeps) -> None:
    server.script("/v1/things", Reply(503), Reply(503), OK)
    with sync_client(make_policy(server.url), sleeps) as client:
        response = client.get("/v1/things")
    assert response.status_code == 200
    assert response.json() == {"ok": True}
    assert len(server.requests_to("/v1/things")) == 3
    assert len(sleeps.waits) == 2


def test_503_beyond_max_retries_raises_internal_server_error(
    server: FaultServer, sleeps: RecordedSleeps
) -> None:
    server.script(
        "/v1/things",
        *[Reply(503, headers={"X-Request-Id": f"req-{n}"}, json={"error": "down"}) for n in range(3)],
    )
    with sync_client(make_policy(server.url), sleeps) as client, pytest.raises(InternalServerError) as caught:
        client.get("/v1/things")
    assert len(server.requests_to("/v1/things")) == 3
    error = caught.value
    assert (error.status_code, error.method, error.path) == (503, "GET", "/v1/things")
    assert error.request_id == "req-2"
    assert '"down"' in error.body


def test_max_retries_is_configurable(server: FaultServer, sleeps: RecordedSleeps) -> None:
    server.script("/v1/things", *[Reply(502)] * 4, OK)
    with sync_client(make_policy(server.url, max_retries=4), sleeps) as client:
        assert client.get("/v1/things").status_code == 200
    assert len(server.requests_to("/v1/things")) == 5


def test_zero_retries_disables_retrying(server: FaultServer, sleeps: RecordedSleeps) -> None:
    server.script("/v1/things", Reply(503), OK)
    with (
        sync_client(make_policy(server.url, max_retries=0), sleeps) as client,
        pytest.raises(InternalServerError),
    ):
        client.get("/v1/things")
    assert len(server.requests_to("/v1/things")) == 1
    assert sleeps.waits == []


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_each_retryable_status_is_retried(server: FaultServer, sleeps: RecordedSleeps, status: int) -> None:
    server.script("/v1/things", Reply(status), OK)
    with sync_client(make_policy(server.url), sleeps) as client:
        assert client.get("/v1/things").status_code == 200
    assert len(server.requests_to("/v1/things")) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 501])
def test_other_statuses_are_not_retried(server: FaultServer, sleeps: RecordedSleeps, status: int) -> None:
    server.script("/v1/things", Reply(status), OK)
    with sync_client(make_policy(server.url), sleeps) as client, pytest.raises(Exception):  # noqa: B017
        client.get("/v1/things")
    assert len(server.requests_to("/v1/things")) == 1


def test_backoff_is_exponential(server: FaultServer, sleeps: RecordedSleeps) -> None:
    server.script("/v1/things", *[Reply(500)] * 4, OK)
    policy = make_policy(server.url, max_retries=4, backoff_initial=1.0, backoff_max=5.0, backoff_jitter=0.0)
    with sync_client(policy, sleeps) as client:
        client.get("/v1/things")
    assert sleeps.waits == [1.0, 2.0, 4.0, 5.0]


def test_backoff_has_jitter(server: FaultServer, sleeps: RecordedSleeps) -> None:
    server.script("/v1/things", *[Reply(500)] * 2, OK)
    policy = make_policy(server.url, backoff_initial=1.0, backoff_max=100.0, backoff_jitter=0.5)
    with sync_client(policy, sleeps) as client:
        client.get("/v1/things")
    first, second = sleeps.waits
    assert 1.0 <= first <= 1.5
    assert 2.0 <= second <= 2.5


# --- Retry-After ---------------------------------------------------------------------------------


def test_429_retry_after_seconds_is_honoured(server: FaultServer, sleeps: RecordedSleeps) -> None:
    server.script("/v1/things", Reply(429, headers={"Retry-After": "7"}), OK)
    with sync_client(make_policy(server.url), sleeps) as client:
        assert client.get("/v1/things").status_code == 200
    assert sleeps.waits == [7.0]


def test_429_retry_after_http_date_is_honoured(server: FaultServer, sleeps: RecordedSleeps) -> None:
    when = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=30)
    server.script("/v1/things", Reply(429, headers={"Retry-After": format_datetime(when, usegmt=True)}), OK)
    with sync_client(make_policy(server.url), sleeps) as client:
        assert client.get("/v1/things").status_code == 200
    [wait] = sleeps.waits
    assert 25.0 <= wait <= 30.0  # the date has one-second precision; the request took a moment


def test_retry_after_over_the_cap_is_not_waited_for(server: FaultServer, sleeps: RecordedSleeps) -> None:
    server.script("/v1/things", Reply(429, headers={"Retry-After": "120"}), OK)
    policy = make_policy(server.url, retry_after_cap=60.0)
    with sync_client(policy, sleeps) as client, pytest.raises(RateLimitError) as caught:
        client.get("/v1/things")
    assert caught.value.response.headers["Retry-After"] == "120"
    assert len(server.requests_to("/v1/things")) == 1
    assert sleeps.waits == []


def test_retry_after_at_the_cap_is_waited_for(server: FaultServer, sleeps: RecordedSleeps) -> None:
    server.script("/v1/things", Reply(503, headers={"Retry-After": "5"}), OK)
    with sync_client(make_policy(server.url, retry_after_cap=5.0), sleeps) as client:
        assert client.get("/v1/things").status_code == 200
    assert sleeps.waits == [5.0]


def test_parse_retry_after() -> None:
    now = dt.datetime(2025, 1, 1, 12, 0, 0, tzinfo=dt.UTC)
    assert parse_retry_after("3", now=now) == 3.0
    assert parse_retry_after("Wed, 01 Jan 2025 12:00:10 GMT", now=now) == 10.0
    assert parse_retry_after("Wed, 01 Jan 2025 11:00:00 GMT", now=now) == 0.0
    assert parse_retry_after("soon", now=now) is None
    assert parse_retry_after("-1", now=now) is None
    assert parse_retry_after(None) is None


# --- resets, idempotency ---------------------------------------------------------------------------


def test_reset_mid_response_is_retried_for_get(server: FaultServer, sleeps: RecordedSleeps) -> None:
    server.script("/v1/things", Reset(), OK)
    with sync_client(make_policy(server.url), sleeps) as client:
        assert client.get("/v1/things").json() == {"ok": True}
    assert len(server.requests_to("/v1/things")) == 2


def test_reset_mid_response_is_not_retried_for_post(server: FaultServer, sleeps: RecordedSleeps) -> None:
    server.script("/v1/things", Reset(), OK)
    with sync_client(make_policy(server.url), sleeps) as client, pytest.raises(APIConnectionError) as caught:
        client.post("/v1/things?secret=hide-me", json={"a": 1})
    assert len(server.requests_to("/v1/things")) == 1
    assert not isinstance(caught.value, APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx2.TransportError)
    assert (caught.value.method, caught.value.path) == ("POST", "/v1/things")
    assert "hide-me" not in str(caught.value)


def test_post_is_retried_when_the_caller_opts_in(server: FaultServer, sleeps: RecordedSleeps) -> None:
    server.script("/v1/things", Reset(), Reply(503), OK)
    with sync_client(make_policy(server.url, retry_non_idempotent=True), sleeps) as client:
        assert client.post("/v1/things", json={"a": 1}).status_code == 200
    assert len(server.requests_to("/v1/things")) == 3


@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_non_idempotent_5xx_is_not_retried(server: FaultServer, sleeps: RecordedSleeps, method: str) -> None:
    server.script("/v1/things", Reply(503), OK)
    with sync_client(make_policy(server.url), sleeps) as client, pytest.raises(InternalServerError):
        client.request(method, "/v1/things", json={"a": 1})
    assert len(server.requests_to("/v1/things")) == 1


@pytest.mark.parametrize("method", ["PUT", "DELETE", "HEAD", "OPTIONS"])
def test_idempotent_methods_are_retried(server: FaultServer, sleeps: RecordedSleeps, method: str) -> None:
    server.script("/v1/things", Reply(503), OK)
    with sync_client(make_policy(server.url), sleeps) as client:
        assert client.request(method, "/v1/things").status_code == 200
    assert len(server.requests_to("/v1/things")) == 2


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_connect_error_is_retried_even_for_post(sleeps: RecordedSleeps) -> None:
    url = f"http://127.0.0.1:{_closed_port()}"
    with sync_client(make_policy(url), sleeps) as client, pytest.raises(APIConnectionError) as caught:
        client.post("/v1/things", json={"a": 1})
    assert len(sleeps.waits) == 2  # three attempts: the request was never sent
    assert isinstance(caught.value.__cause__, httpx2.ConnectError)


# --- timeouts -----------------------------------------------------------------------------------


def test_slow_get_times_out_after_retries(server: FaultServer, sleeps: RecordedSleeps) -> None:
    server.script("/v1/slow", Slow(10), Slow(10), Slow(10), then=OK)
    with sync_client(make_policy(server.url), sleeps) as client, pytest.raises(APITimeoutError) as caught:
        client.get("/v1/slow")
    assert len(server.requests_to("/v1/slow")) == 3
    assert isinstance(caught.value.__cause__, httpx2.ReadTimeout)
    assert (caught.value.method, caught.value.path) == ("GET", "/v1/slow")


def test_slow_get_recovers_when_a_retry_is_fast(server: FaultServer, sleeps: RecordedSleeps) -> None:
    server.script("/v1/slow", Slow(10), then=OK)
    with sync_client(make_policy(server.url), sleeps) as client:
        assert client.get("/v1/slow").json() == {"ok": True}
    assert len(server.requests_to("/v1/slow")) == 2


def test_slow_post_times_out_without_retry(server: FaultServer, sleeps: RecordedSleeps) -> None:
    server.script("/v1/slow", Slow(10), then=OK)
    with sync_client(make_policy(server.url), sleeps) as client, pytest.raises(APITimeoutError):
        client.post("/v1/slow", json={})
    assert len(server.requests_to("/v1/slow")) == 1


# --- scope: only API requests -----------------------------------------------------------------


def test_requests_outside_api_url_pass_through(server: FaultServer, sleeps: RecordedSleeps) -> None:
    server.script("/connect/token", Reply(503, json={"error": "temporarily_unavailable"}), OK)
    with sync_client(make_policy(server.url + "/api"), sleeps) as client:
        response = client.post(server.url + "/connect/token", data={"grant_type": "client_credentials"})
    assert response.status_code == 503  # neither retried nor raised: the auth session deals with it
    assert len(server.requests_to("/connect/token")) == 1


def test_token_requests_under_api_url_pass_through(server: FaultServer, sleeps: RecordedSleeps) -> None:
    from dastra_auth.extensions import TOKEN_REQUEST_EXTENSION

    server.script("/connect/token", Reply(503), OK)
    with sync_client(make_policy(server.url), sleeps) as client:
        request = client.build_request("POST", "/connect/token", extensions={TOKEN_REQUEST_EXTENSION: True})
        assert client.send(request).status_code == 503
    assert len(server.requests_to("/connect/token")) == 1


# --- async ------------------------------------------------------------------------------------


def test_async_retries_statuses_and_resets(server: FaultServer, sleeps: RecordedSleeps) -> None:
    server.script("/v1/things", Reply(503), Reset(), Reply(429, headers={"Retry-After": "3"}), OK)

    async def scenario() -> httpx2.Response:
        async with async_client(make_policy(server.url, max_retries=3), sleeps) as client:
            return await client.get("/v1/things")

    assert asyncio.run(scenario()).json() == {"ok": True}
    assert len(server.requests_to("/v1/things")) == 4
    assert len(sleeps.waits) == 3
    assert sleeps.waits[2] == 3.0


def test_async_errors_are_typed(server: FaultServer, sleeps: RecordedSleeps) -> None:
    server.script("/v1/slow", Slow(10), Slow(10), Slow(10))
    server.script("/v1/down", *[Reply(500)] * 3)
    server.script("/v1/reset", Reset())

    async def scenario() -> None:
        async with async_client(make_policy(server.url), sleeps) as client:
            with pytest.raises(APITimeoutError):
                await client.get("/v1/slow")
            with pytest.raises(InternalServerError):
                await client.get("/v1/down")
            with pytest.raises(APIConnectionError):
                await client.post("/v1/reset", json={})

    asyncio.run(scenario())
    assert len(server.requests_to("/v1/slow")) == 3
    assert len(server.requests_to("/v1/down")) == 3
    assert len(server.requests_to("/v1/reset")) == 1
