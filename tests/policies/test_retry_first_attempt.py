"""The first attempt runs outside the retry loop; every outcome it can have is decided as before.

An answer that is never retried is returned at once; a retryable answer or an error is handed to the
loop as its first attempt: the same retries, waits and log lines (attempt numbers included).
"""

from __future__ import annotations

import asyncio
import logging

import pytest

from dastra.errors import APIConnectionError, APIStatusError, NotFoundError
from tests.policies.helpers import RecordedSleeps, async_client, make_policy, sync_client
from tests.servers.faults import FaultServer, Reply, Reset

OK = Reply(200, json={"ok": True})


def test_an_answer_never_retried_is_one_request_and_no_wait(
    server: FaultServer, sleeps: RecordedSleeps
) -> None:
    server.script("/v1/things", Reply(404), then=OK)
    server.script("/v1/ok", then=OK)
    with sync_client(make_policy(server.url), sleeps) as client:
        assert client.get("/v1/ok").status_code == 200
        with pytest.raises(NotFoundError):
            client.get("/v1/things")
    assert len(server.requests_to("/v1/things")) == 1
    assert sleeps.waits == []


def test_a_retryable_first_answer_is_retried_with_the_same_logs(
    server: FaultServer, sleeps: RecordedSleeps, caplog: pytest.LogCaptureFixture
) -> None:
    server.script("/v1/things", Reply(503), Reply(503), Reply(503))
    with (
        caplog.at_level(logging.DEBUG, logger="dastra"),
        sync_client(make_policy(server.url), sleeps) as client,
        pytest.raises(APIStatusError) as caught,
    ):
        client.get("/v1/things")
    assert caught.value.status_code == 503
    assert len(server.requests_to("/v1/things")) == 3
    assert len(sleeps.waits) == 2
    retries = [r.getMessage() for r in caplog.records if r.getMessage().startswith("retrying")]
    assert [m.split("(", 1)[1] for m in retries] == [
        "attempt 1 of 3 failed: 503)",
        "attempt 2 of 3 failed: 503)",
    ]
    answers = [r.getMessage() for r in caplog.records if "GET /v1/things -> 503" in r.getMessage()]
    assert [m.rsplit("attempt ", 1)[1] for m in answers] == ["1)", "2)", "3)"]


def test_a_first_attempt_error_is_retried_then_typed(server: FaultServer, sleeps: RecordedSleeps) -> None:
    server.script("/v1/reset", Reset(), Reset(), Reset())
    with sync_client(make_policy(server.url), sleeps) as client, pytest.raises(APIConnectionError):
        client.get("/v1/reset")
    assert len(server.requests_to("/v1/reset")) == 3
    assert len(sleeps.waits) == 2


def test_async_first_attempt_outcomes(server: FaultServer, sleeps: RecordedSleeps) -> None:
    server.script("/v1/flaky", Reply(503), Reset(), OK)
    server.script("/v1/ok", then=OK)

    async def go() -> tuple[int, int]:
        async with async_client(make_policy(server.url), sleeps) as client:
            plain = (await client.get("/v1/ok")).status_code
            return plain, (await client.get("/v1/flaky")).status_code

    assert asyncio.run(go()) == (200, 200)
    assert len(server.requests_to("/v1/flaky")) == 3
    assert len(sleeps.waits) == 2
