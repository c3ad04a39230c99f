"""Opting in: the settings, a client passed in, and nothing of Redis loaded when it is not used."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import uuid

import pytest
import redis
import redis.asyncio

from dastra.client import AsyncDastra, Dastra
from dastra.connect import create_client
from dastra.errors import ConfigError
from dastra.settings import DastraSettings
from dastra_auth.redis_link import RedisLink, key_prefix
from dastra_auth.redis_token import RedisTokenStore
from dastra_sandbox.redis_server import RedisServer
from tests.redis.conftest import RedisInspector
from tests.redis.processes import ROOT
from tests.servers.faults import FaultServer, Reply


@pytest.mark.parametrize(
    "url",
    [
        "redis://127.0.0.1:6379/0",
        "rediss://:pa55@redis.internal:6380/1?socket_timeout=0.5",
        "unix:///run/redis/redis.sock?db=2",
    ],
)
def test_redis_urls_accepted(url: str) -> None:
    settings = DastraSettings(redis_url=url)
    assert settings.redis_url is not None and settings.redis_url.reveal() == url
    assert url not in repr(settings)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://:pa55w0rd@127.0.0.1:6379", "must start with redis://, rediss:// or unix://"),
        ("pa55w0rd@127.0.0.1:6379", "must start with redis://, rediss:// or unix://"),
        ("redis://:pa55w0rd@", "must name a host"),
        ("unix://", "must name the socket path"),
        ("redis://127.0.0.1:notaport", "is not a valid URL"),
    ],
)
def test_bad_redis_urls_are_refused_without_repeating_them(url: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message) as caught:
        DastraSettings(redis_url=url)
    assert str(caught.value).startswith("DASTRA_REDIS_URL ")
    assert "pa55w0rd" not in str(caught.value)


def test_settings_from_the_environment() -> None:
    settings = DastraSettings.from_env(
        {"DASTRA_REDIS_URL": "redis://127.0.0.1:6379/0", "DASTRA_REDIS_FALLBACK": "true"}
    )
    assert settings.redis_url is not None and settings.redis_fallback is True
    assert DastraSettings.from_env({}).redis_fallback is False  # fail closed by default


def test_redis_is_not_imported_unless_used() -> None:
    code = (
        "import sys\n"
        "from dastra.connect import create_client, create_async_client\n"
        "from dastra.errors import RedisUnavailableError\n"
        "create_client(api_key='k', api_url='http://127.0.0.1:9').get_httpx_client().close()\n"
        "create_client(client_id='i', client_secret='s', api_url='http://127.0.0.1:9').get_httpx_client().close()\n"
        "create_async_client(api_key='k', api_url='http://127.0.0.1:9')\n"
        "print(sorted(name for name in sys.modules if name == 'redis' or name.startswith('redis.')))\n"
        "create_client(api_key='k', api_url='http://127.0.0.1:9', redis_url='redis://127.0.0.1:9')\n"
        "print('redis' in sys.modules)\n"  # the control: the detection works
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "generated")])}
    env = {name: value for name, value in env.items() if not name.startswith("DASTRA_")}
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.split() == ["[]", "True"]


def test_a_client_passed_to_the_factory_is_used(redis_server: RedisServer, inspect: RedisInspector) -> None:
    given = redis.Redis(port=redis_server.port, socket_timeout=2, socket_connect_timeout=2)
    api_key = f"k-{uuid.uuid4()}"
    with FaultServer() as server:
        server.script("/v1/ping", then=Reply(200, json={}))
        with create_client(DastraSettings(api_key=api_key, api_url=server.url), redis=given) as client:
            assert client.get_httpx_client().get("/v1/ping").status_code == 200
    assert inspect.zcard(f"{key_prefix('api_key:' + api_key)}:rl:60s") >= 1


@pytest.mark.parametrize("asynchronous", [False, True], ids=["Dastra", "AsyncDastra"])
def test_a_client_passed_to_the_client_objects_is_used(
    redis_server: RedisServer, inspect: RedisInspector, asynchronous: bool
) -> None:
    api_key = f"k-{uuid.uuid4()}"
    with FaultServer() as server:
        server.script("/v1/ping", then=Reply(200, json={"ok": True}))
        settings = DastraSettings(api_key=api_key, api_url=server.url)
        if asynchronous:
            given_async = redis.asyncio.Redis(
                port=redis_server.port, socket_timeout=2, socket_connect_timeout=2
            )

            async def call() -> object:
                async with AsyncDastra(settings, redis=given_async) as dastra:
                    return await dastra.get("/v1/ping")

            assert asyncio.run(call()) == {"ok": True}
        else:
            given = redis.Redis(port=redis_server.port, socket_timeout=2, socket_connect_timeout=2)
            with Dastra(settings, redis=given) as dastra:
                assert dastra.get("/v1/ping") == {"ok": True}
    assert inspect.zcard(f"{key_prefix('api_key:' + api_key)}:rl:60s") >= 1


def test_reprs_show_no_url_or_password() -> None:
    url = "redis://:hunter2@127.0.0.1:1/0"
    assert "hunter2" not in repr(RedisLink(url))
    assert "hunter2" not in repr(RedisTokenStore(url, name="alice"))
