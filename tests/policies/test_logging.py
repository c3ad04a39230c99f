"""The ``dastra`` logger: request summaries at DEBUG, retries and rate-limit waits at INFO, no secrets."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from dastra import log
from tests.policies.helpers import RecordedSleeps, make_policy, sync_client
from tests.servers.faults import FaultServer, Reply

SECRET = "tok-9f8e7d6c5b4a"


def _texts(records: list[logging.LogRecord]) -> list[str]:
    return [f"{r.name} {r.levelname} {r.getMessage()}" for r in records]


def test_debug_records_summarise_requests_without_secrets(
    server: FaultServer, sleeps: RecordedSleeps, caplog: pytest.LogCaptureFixture
) -> None:
    server.script("/v1/ws/1/Things", Reply(503), Reply(200, json={"ok": True}))
    policy = make_policy(server.url, rate_limit_key=f"client-{SECRET}", rate_limits=((1, 0.05),))
    caplog.set_level(logging.DEBUG, logger="dastra")
    with sync_client(policy, sleeps) as client:
        client.get(
            f"/v1/ws/1/Things?access_token={SECRET}",
            headers={"Authorization": f"Bearer {SECRET}", "X-API-Key": SECRET},
        )
    texts = _texts([r for r in caplog.records if r.name.startswith("dastra")])
    summaries = [t for t in texts if t.startswith("dastra.http DEBUG GET /v1/ws/1/Things -> ")]
    assert len(summaries) == 2
    assert "-> 503" in summaries[0] and "attempt 1" in summaries[0]
    assert "-> 200" in summaries[1] and "attempt 2" in summaries[1]
    assert any(t.startswith("dastra.http INFO retrying GET /v1/ws/1/Things in ") for t in texts)
    assert any(t.startswith("dastra.rate_limit INFO rate limit reached for key ") for t in texts)
    for text in texts:
        assert SECRET not in text
        assert "access_token" not in text
        assert "?" not in text
    for record in caplog.records:
        assert SECRET not in repr(record.args)


def test_info_level_hides_request_summaries(
    server: FaultServer, sleeps: RecordedSleeps, caplog: pytest.LogCaptureFixture
) -> None:
    server.script("/v1/things", Reply(200, json={}))
    caplog.set_level(logging.INFO, logger="dastra")
    with sync_client(make_policy(server.url), sleeps) as client:
        client.get("/v1/things")
    assert [r for r in caplog.records if r.name.startswith("dastra")] == []


@pytest.fixture
def clean_dastra_logger() -> Iterator[logging.Logger]:
    logger = log.get_logger()
    level, handlers = logger.level, list(logger.handlers)
    yield logger
    logger.setLevel(level)
    for handler in logger.handlers:
        if handler not in handlers:
            logger.removeHandler(handler)
    log._env_handler = None


def test_dastra_log_switches_on_one_stderr_handler(clean_dastra_logger: logging.Logger) -> None:
    assert log.configure_from_env({}) is None
    assert log.configure_from_env({"DASTRA_LOG": "verbose"}) is None
    handler = log.configure_from_env({"DASTRA_LOG": "debug"})
    assert isinstance(handler, logging.StreamHandler)
    assert handler.level == logging.DEBUG
    assert clean_dastra_logger.level == logging.DEBUG
    again = log.configure_from_env({"DASTRA_LOG": "INFO"})
    assert again is handler
    assert handler.level == logging.INFO
    assert clean_dastra_logger.handlers.count(handler) == 1


def test_fingerprint_is_stable_and_one_way() -> None:
    assert log.fingerprint(SECRET) == log.fingerprint(SECRET)
    assert SECRET not in log.fingerprint(SECRET)
    assert len(log.fingerprint(SECRET)) == 12
