"""Redis unreachable, slow, killed, restarted: fail closed (default) or fall back, never hang."""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import time
import uuid
from collections.abc import Iterator

import pytest
import redis
import redis.asyncio

from dastra.connect import create_async_client, create_client
from dastra.errors import DastraError, RedisUnavailableError
from dastra.policies.redis_rate_limit import RedisRateLimiter
from dastra.settings import DastraSettings
from dastra_auth.redis_link import DEFAULT_PROBE_INTERVAL, RedisLink
from dastra_sandbox import AuthorizationServer, ProtectedAPI
from dastra_sandbox.redis_server import RedisServer
from tests.redis.conftest import RedisInspector
from tests.servers.faults import FaultServer, Reply

LOGGER = "dastra"


class WouldWait(Exception):
    pass


def refuse_to_wait(seconds: float) -> None:
    raise WouldWait(seconds)


def warnings_in(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]


@pytest.fixture
def blackhole() -> Iterator[int]:
    """A port that accepts connections and never answers (a Redis that hangs)."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    stop.set()
    thread.join(timeout=5)
    for connection in accepted:
        connection.close()
    listener.close()


def test_fail_closed_raises_a_typed_error_logs_once_and_recovers(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER)
    limiter = RedisRateLimiter(RedisLink(redis_server.url), f"k-{uuid.uuid4()}", [(100, 1.0)])
    limiter.acquire().release()
    redis_server.kill()
    started = time.monotonic()
    for _ in range(4):
        with pytest.raises(RedisUnavailableError):
            limiter.acquire()
    with pytest.raises(RedisUnavailableError) as caught:
        limiter.acquire()
    assert time.monotonic() - started < 3.0  # nothing hangs: the first fails, the others fail fast
    assert isinstance(caught.value, DastraError)
    assert "redis://" not in str(caught.value)
    assert len(warnings_in(caplog)) == 1
    redis_server.start()
    time.sleep(DEFAULT_PROBE_INTERVAL + 0.1)
    limiter.acquire().release()
    assert any("answers again" in record.getMessage() for record in caplog.records)
    redis_server.kill()  # a second outage: a second WARNING
    with pytest.raises(RedisUnavailableError):
        limiter.acquire()
    assert len(warnings_in(caplog)) == 2


def test_fallback_keeps_to_this_process_share_of_the_budget(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER)
    link = RedisLink(redis_server.url, fallback=True)
    key = f"k-{uuid.uuid4()}"
    peer = RedisRateLimiter(link, key, [(4, 30.0)])
    peer.acquire().release()  # two processes use the key: each falls back to half the budget
    limiter = RedisRateLimiter(link, key, [(4, 30.0)], sleep=refuse_to_wait)
    limiter.acquire().release()
    redis_server.kill()
    limiter.acquire().release()
    limiter.acquire().release()
    with pytest.raises(WouldWait):
        limiter.acquire()  # its share, 2 per 30 s, is used up
    assert len(warnings_in(caplog)) == 1
    assert any("1/2 of the key's budget" in record.getMessage() for record in caplog.records)


def test_a_hung_redis_times_out(blackhole: int) -> None:
    url = f"redis://127.0.0.1:{blackhole}/0?socket_timeout=0.3&socket_connect_timeout=0.3"
    limiter = RedisRateLimiter(RedisLink(url), f"k-{uuid.uuid4()}", [(10, 1.0)])
    started = time.monotonic()
    with pytest.raises(RedisUnavailableError, match="TimeoutError"):
        limiter.acquire()
    assert time.monotonic() - started < 2.0


def test_async_path_times_out_too(blackhole: int) -> None:
    url = f"redis://127.0.0.1:{blackhole}/0?socket_timeout=0.3&socket_connect_timeout=0.3"
    limiter = RedisRateLimiter(RedisLink(url), f"k-{uuid.uuid4()}", [(10, 1.0)])
    started = time.monotonic()
    with pytest.raises(RedisUnavailableError):
        asyncio.run(limiter.aacquire())
    assert time.monotonic() - started < 2.0


def test_every_client_built_here_has_timeouts(redis_url: str) -> None:
    link = RedisLink(redis_url)
    settings = link.sync_client().connection_pool.connection_kwargs
    assert (settings["socket_timeout"], settings["socket_connect_timeout"]) == (1.0, 1.0)
    untimed = redis.Redis.from_url(redis_url)  # no timeouts: only the source of the settings
    derived = RedisLink(untimed).sync_client()
    assert derived is not untimed
    assert derived.connection_pool.connection_kwargs["socket_timeout"] == 1.0
    timed = redis.Redis.from_url(redis_url, socket_timeout=0.5, socket_connect_timeout=0.5)
    assert RedisLink(timed).sync_client() is timed  # used as it is


def test_a_sync_client_passed_in_serves_the_async_path_too(redis_url: str, inspect: RedisInspector) -> None:
    given = redis.Redis.from_url(redis_url, socket_timeout=2, socket_connect_timeout=2)
    limiter = RedisRateLimiter(RedisLink(given), f"k-{uuid.uuid4()}", [(5, 10.0)])

    async def scenario() -> None:
        (await limiter.aacquire()).release()
        await limiter.aclose()

    asyncio.run(scenario())
    assert inspect.zcard(limiter.keys[0]) == 1


def test_factory_fails_closed_without_sending_the_request(redis_server: RedisServer) -> None:
    with FaultServer() as server:
        server.script("/v1/ping", then=Reply(200, json={}))
        settings = DastraSettings(
            api_key="k-" + str(uuid.uuid4()), api_url=server.url, redis_url=redis_server.url
        )
        with create_client(settings) as client:
            assert client.get_httpx_client().get("/v1/ping").status_code == 200
            redis_server.kill()
            with pytest.raises(RedisUnavailableError):
                client.get_httpx_client().get("/v1/ping")
        assert len(server.requests_to("/v1/ping")) == 1


def test_factory_falls_back_when_configured(redis_server: RedisServer) -> None:
    with FaultServer() as server:
        server.script("/v1/ping", then=Reply(200, json={}))
        settings = DastraSettings(
            api_key="k-" + str(uuid.uuid4()),
            api_url=server.url,
            redis_url=redis_server.url,
            redis_fallback=True,
        )

        async def scenario() -> list[int]:
            async with create_async_client(settings) as client:
                session = client.get_async_httpx_client()
                first = (await session.get("/v1/ping")).status_code
                redis_server.kill()
                return [first, *[(await session.get("/v1/ping")).status_code for _ in range(3)]]

        assert asyncio.run(scenario()) == [200] * 4
        assert len(server.requests_to("/v1/ping")) == 4


@pytest.mark.parametrize("fallback", [False, True], ids=["fail-closed", "fallback"])
def test_token_renewal_with_redis_down(redis_server: RedisServer, fallback: bool) -> None:
    with AuthorizationServer() as auth, ProtectedAPI(auth.introspect) as api:
        settings = DastraSettings(
            client_id=auth.client_id,
            client_secret=auth.client_secret,
            token_url=auth.token_url,
            api_url=api.url,
            redis_url=redis_server.url,
            redis_fallback=fallback,
        )
        redis_server.kill()  # unreachable from the start
        with create_client(settings) as client:
            session = client.get_httpx_client()
            if fallback:
                assert session.get("/v1/WorkSpaces").status_code == 200
                assert auth.total_token_requests == 1  # its own token, single-flighted in-process
            else:
                with pytest.raises(RedisUnavailableError):
                    session.get("/v1/WorkSpaces")
                assert auth.total_token_requests == 0
                assert api.requests == 0


@pytest.mark.parametrize("fallback", [False, True], ids=["fail-closed", "fallback"])
def test_redis_unreachable_from_the_start(fallback: bool, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER)
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    with FaultServer() as server:
        server.script("/v1/ping", then=Reply(200, json={}))
        settings = DastraSettings(
            api_key="k-" + str(uuid.uuid4()),
            api_url=server.url,
            redis_url=f"redis://127.0.0.1:{closed_port}/0",
            redis_fallback=fallback,
        )
        with create_client(settings) as client:
            session = client.get_httpx_client()
            for _ in range(3):
                if fallback:
                    assert session.get("/v1/ping").status_code == 200
                else:
                    with pytest.raises(RedisUnavailableError):
                        session.get("/v1/ping")
        assert len(server.requests_to("/v1/ping")) == (3 if fallback else 0)
    assert len(warnings_in(caplog)) == 1
