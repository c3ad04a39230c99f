"""Real processes, one key: the rate-limit budget and the token are shared through a real Redis.

Each test starts its workers (``tests/redis/worker.py``), waits until all have imported and built their
clients, then sends every command to all of them at once. Windows are Dastra's two, scaled down.
"""

from __future__ import annotations

import time
import uuid
from typing import Any

import pytest

from dastra_auth.redis_link import DEFAULT_PROBE_INTERVAL, key_prefix
from dastra_sandbox import AuthorizationServer, ProtectedAPI
from dastra_sandbox.redis_server import RedisServer
from tests.redis.conftest import RedisInspector
from tests.redis.processes import Workers, total
from tests.servers.faults import FaultServer, Reply

#: 500/min and 10,000/10 min scaled down: 400 calls need about 4 s under the long window.
SCALED = ((60, 0.5), (200, 2.0))
#: Never reached: the fault tests are about Redis, not about waiting.
ROOMY = ((1000, 1.0), (5000, 10.0))


def limited(
    api_url: str,
    redis_url: str | None,
    *,
    key: str,
    rates: tuple[tuple[int, float], ...] = SCALED,
    fallback: bool = False,
    is_async: bool = False,
) -> dict[str, Any]:
    return {
        "kind": "limited",
        "api_url": api_url,
        "key": key,
        "rates": [list(rate) for rate in rates],
        "redis_url": redis_url,
        "fallback": fallback,
        "async": is_async,
    }


def _burst(redis_url: str | None) -> tuple[list[dict[str, Any]], int, int]:
    """4 processes x 100 calls (4 threads each) started together; the answers, 429s sent, requests seen."""
    with FaultServer() as server:
        server.script("/v1/burst", then=Reply(200, json={}))
        limit = server.limit_rate(SCALED)
        key = f"api_key:{uuid.uuid4()}"
        with Workers([limited(server.url, redis_url, key=key) for _ in range(4)]) as workers:
            answers = workers.run(calls=100, concurrency=4, path="/v1/burst")
        return answers, limit.rejected, len(server.requests_to("/v1/burst"))


def test_four_processes_on_one_budget_get_no_429(redis_url: str) -> None:
    answers, rejected, requests = _burst(redis_url)
    assert rejected == 0
    assert total(answers, "statuses", "200") == 400
    assert requests == 400
    assert [answer["errors"] for answer in answers] == [{}] * 4


def test_control_four_processes_without_redis_get_429s() -> None:
    """The same burst with each process limiting itself: together they exceed the server's windows."""
    answers, rejected, requests = _burst(None)
    assert rejected > 0
    assert total(answers, "statuses", "429") == rejected
    assert requests == 400


def test_a_sync_and_an_async_process_draw_on_one_budget(redis_url: str) -> None:
    rates = ((20, 0.5), (50, 2.0))  # each process alone would send 20 per 0.5 s: 40 together
    with FaultServer() as server:
        server.script("/v1/mixed", then=Reply(200, json={}))
        limit = server.limit_rate(rates)
        key = f"api_key:{uuid.uuid4()}"
        configs = [
            limited(server.url, redis_url, key=key, rates=rates, is_async=flag) for flag in (False, True)
        ]
        with Workers(configs) as workers:
            answers = workers.run(calls=40, concurrency=6, path="/v1/mixed")
    assert limit.rejected == 0
    assert [answer["statuses"] for answer in answers] == [{"200": 40}, {"200": 40}]


def test_eight_processes_with_no_token_make_one_token_request(redis_url: str) -> None:
    # A 4 s token is renewed 2 s after issue (the leeway is capped at half the lifetime): the key's TTL.
    with AuthorizationServer(token_lifetime=4.0) as auth, ProtectedAPI(auth.introspect) as api:
        settings = {
            "client_id": auth.client_id,
            "client_secret": auth.client_secret,
            "token_url": auth.token_url,
            "api_url": api.url,
            "redis_url": redis_url,
        }
        configs = [{"kind": "factory", "settings": settings, "async": n % 2 == 1} for n in range(8)]
        with Workers(configs) as workers:
            first = workers.run(calls=3, concurrency=3, path="/v1/WorkSpaces")
            assert auth.token_requests == {"client_credentials": 1}
            time.sleep(2.2)  # past the TTL: one renewal for all eight
            second = workers.run(calls=3, concurrency=3, path="/v1/WorkSpaces")
            assert auth.token_requests == {"client_credentials": 2}
            auth.expire_access_tokens()  # every process now holds a refused token
            third = workers.run(calls=2, concurrency=2, path="/v1/WorkSpaces")
            assert auth.token_requests == {"client_credentials": 3}  # dropped once for everyone
    assert total(first + second + third, "statuses", "200") == 8 * (3 + 3 + 2)


@pytest.mark.parametrize("fallback", [False, True], ids=["fail-closed", "fallback"])
def test_redis_killed_mid_run_then_restarted(redis_server: RedisServer, fallback: bool) -> None:
    with FaultServer() as server:
        server.script("/v1/x", then=Reply(200, json={}))
        key = f"api_key:{uuid.uuid4()}"
        configs = [
            limited(server.url, redis_server.url, key=key, rates=ROOMY, fallback=fallback, is_async=flag)
            for flag in (False, True)
        ]
        with Workers(configs) as workers:
            before = workers.run(calls=10, concurrency=2, path="/v1/x")
            assert total(before, "statuses", "200") == 20
            redis_server.kill()
            during = workers.run(calls=10, concurrency=2, path="/v1/x")
            still = workers.run(calls=5, concurrency=2, path="/v1/x")
            seen_during_outage = len(server.requests_to("/v1/x")) - 20
            redis_server.start()  # empty, on the same port
            time.sleep(DEFAULT_PROBE_INTERVAL + 0.3)  # the next probe is due
            after = workers.run(calls=10, concurrency=2, path="/v1/x")
            window = f"{key_prefix(key)}:rl:1s"
            inspector = RedisInspector(redis_server.port)
            slots_after_restart = inspector.zcard(window)
            inspector.close()
    assert [answer["warnings"] for answer in before] == [0, 0]
    if fallback:
        assert total(during + still, "statuses", "200") == 30
        assert seen_during_outage == 30
    else:
        assert total(during + still, "errors", "RedisUnavailableError") == 30
        assert seen_during_outage == 0  # failed closed: nothing was sent
    assert [answer["warnings"] for answer in still] == [1, 1]  # one WARNING per outage and process
    assert total(after, "statuses", "200") == 20
    assert [answer["warnings"] for answer in after] == [1, 1]
    assert slots_after_restart >= 20  # the budget is shared in Redis again
