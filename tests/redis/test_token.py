"""The token shared in Redis: one token request for all, TTL, 401 once for all, a dead lock holder, the code flow.

Separate session objects stand for separate processes: they share nothing but Redis. The real-process
case (8 processes, one token request) is in ``test_processes.py``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx2
import pytest

from dastra.connect import create_async_client, create_client, start_authorization
from dastra.settings import DastraSettings
from dastra_auth.code_flow import AsyncAuthorizationCodeSession, AuthorizationCodeSession
from dastra_auth.redis_token import RedisTokenStore
from dastra_auth.session import AsyncOAuth2Session, OAuth2Session
from dastra_sandbox import AuthorizationServer, ProtectedAPI
from tests.redis.conftest import RedisInspector

REDIRECT_URI = "http://127.0.0.1:8765/callback"


@pytest.fixture
def auth() -> Iterator[AuthorizationServer]:
    with AuthorizationServer(redirect_uris=[REDIRECT_URI]) as server:
        yield server


@pytest.fixture
def api(auth: AuthorizationServer) -> Iterator[ProtectedAPI]:
    with ProtectedAPI(auth.introspect) as protected:
        yield protected


@pytest.fixture
def settings(auth: AuthorizationServer, api: ProtectedAPI, redis_url: str) -> DastraSettings:
    return DastraSettings(
        client_id=auth.client_id,
        client_secret=auth.client_secret,
        token_url=auth.token_url,
        authorize_url=auth.authorize_url,
        api_url=api.url,
        redirect_uri=REDIRECT_URI,
        redis_url=redis_url,
        timeout=10.0,
    )


def _statuses_sync(settings: DastraSettings, clients: int, calls: int) -> list[int]:
    statuses: list[int] = []
    for _ in range(clients):
        with create_client(settings) as client:
            statuses += [client.get_httpx_client().get("/v1/WorkSpaces").status_code for _ in range(calls)]
    return statuses


def _statuses_async(settings: DastraSettings, clients: int, calls: int) -> list[int]:
    async def scenario() -> list[int]:
        statuses: list[int] = []
        for _ in range(clients):
            async with create_async_client(settings) as client:
                session = client.get_async_httpx_client()
                statuses += [(await session.get("/v1/WorkSpaces")).status_code for _ in range(calls)]
        return statuses

    return asyncio.run(scenario())


TWINS = pytest.mark.parametrize("statuses", [_statuses_sync, _statuses_async], ids=["sync", "async"])


@TWINS
def test_clients_share_one_token(statuses: Any, settings: DastraSettings, auth: AuthorizationServer) -> None:
    assert statuses(settings, 3, 2) == [200] * 6
    assert auth.token_requests == {"client_credentials": 1}


@TWINS
def test_a_401_drops_the_shared_token_once_for_everyone(
    statuses: Any, settings: DastraSettings, auth: AuthorizationServer, api: ProtectedAPI
) -> None:
    first = create_client(settings)
    second = create_client(settings)
    with first, second:
        first.get_httpx_client().get("/v1/WorkSpaces")
        second.get_httpx_client().get("/v1/WorkSpaces")
        auth.expire_access_tokens()  # both hold the refused token
        assert first.get_httpx_client().get("/v1/WorkSpaces").status_code == 200
        assert second.get_httpx_client().get("/v1/WorkSpaces").status_code == 200
        assert statuses(settings, 2, 1) == [200, 200]  # new clients adopt the new token
    assert auth.token_requests == {"client_credentials": 2}
    assert api.unauthorized_answers == 2


def test_the_key_lives_expires_in_minus_the_leeway(
    settings: DastraSettings, auth: AuthorizationServer, inspect: RedisInspector
) -> None:
    auth.token_lifetime = 100.0  # the 60 s leeway is capped at half the lifetime: renewed after 50 s
    with create_client(settings) as first, create_client(settings) as second:
        first.get_httpx_client().get("/v1/WorkSpaces")
        (key,) = inspect.keys("*:token")
        assert 45_000 < inspect.pttl(key) <= 50_000
        session = second.get_httpx_client()
        session.get("/v1/WorkSpaces")
        assert isinstance(session, OAuth2Session)
        assert session.token is not None
        assert abs(session.token["expires_at"] - (time.time() + 100)) < 5  # taken from the TTL
    assert auth.total_token_requests == 1


def _session(settings: DastraSettings, store: RedisTokenStore, *, asynchronous: bool = False) -> Any:
    session_class = AsyncOAuth2Session if asynchronous else OAuth2Session
    client_id, client_secret = settings.require_client_credentials()
    return session_class(
        client_id=client_id,
        client_secret=client_secret,
        token_endpoint=settings.token_url,
        scope=settings.scope,
        base_url=settings.api_url,
        timeout=10.0,
        shared_token=store,
    )


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_dead_lock_holder_blocks_the_others_at_most_the_lock_timeout(
    asynchronous: bool,
    settings: DastraSettings,
    auth: AuthorizationServer,
    inspect: RedisInspector,
    redis_url: str,
) -> None:
    store = RedisTokenStore(redis_url, name=f"cc-{uuid.uuid4()}", expire=True, lock_timeout=1.0)
    inspect.set(store.lock_key, "held-by-a-process-that-died", px=1000)
    session = _session(settings, store, asynchronous=asynchronous)
    started = time.monotonic()
    if asynchronous:

        async def call() -> int:
            async with session:
                response: httpx2.Response = await session.get("/v1/WorkSpaces")
            await store.aclose()
            return response.status_code

        status = asyncio.run(call())
    else:
        with session:
            status = session.get("/v1/WorkSpaces").status_code
    waited = time.monotonic() - started
    assert status == 200
    assert 0.9 <= waited < 2.5
    assert auth.total_token_requests == 1
    assert inspect.get(store.lock_key) is None  # released by its new holder


def test_sessions_racing_for_a_token_make_one_request(
    settings: DastraSettings, auth: AuthorizationServer, redis_url: str
) -> None:
    name = f"cc-{uuid.uuid4()}"
    sessions = [_session(settings, RedisTokenStore(redis_url, name=name, expire=True)) for _ in range(6)]
    barrier = threading.Barrier(len(sessions))
    statuses: list[int] = []

    def call(session: OAuth2Session) -> None:
        barrier.wait(timeout=10)
        statuses.append(session.get("/v1/WorkSpaces").status_code)

    threads = [threading.Thread(target=call, args=(session,)) for session in sessions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    for session in sessions:
        session.close()
    assert statuses == [200] * 6
    assert auth.token_requests == {"client_credentials": 1}


def test_no_token_or_secret_in_logs_keys_or_reprs(
    settings: DastraSettings,
    auth: AuthorizationServer,
    inspect: RedisInspector,
    caplog: pytest.LogCaptureFixture,
    redis_url: str,
) -> None:
    caplog.set_level(logging.DEBUG)
    with create_client(settings) as first, create_client(settings) as second:
        first.get_httpx_client().get("/v1/WorkSpaces")
        auth.expire_access_tokens()
        second.get_httpx_client().get("/v1/WorkSpaces")
        session = second.get_httpx_client()
        assert isinstance(session, OAuth2Session)
        store = session._shared_token
    secrets = [*auth.issued_access_tokens(), auth.client_secret, redis_url]
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert not [secret for secret in secrets if secret in logged]
    names = " ".join(inspect.keys("*"))
    assert settings.client_id is not None and settings.client_id not in names
    assert not [secret for secret in secrets if secret in repr(store)]


# --- authorization code: a refresh token shared and rotated across processes ----------------------------


def _login(pending_url: str) -> str:
    response = httpx2.get(f"{pending_url}&login=alice")
    assert response.status_code == 302, response.text
    return response.headers["location"]


def _code_session(settings: DastraSettings, store: RedisTokenStore) -> AuthorizationCodeSession:
    client_id, client_secret = settings.require_client_credentials()
    return AuthorizationCodeSession(
        client_id=client_id,
        client_secret=client_secret,
        token_endpoint=settings.token_url,
        scope=None,
        redirect_uri=REDIRECT_URI,
        base_url=settings.api_url,
        timeout=10.0,
        token_store=store,
    )


def test_code_flow_rotation_stays_consistent_across_processes(
    settings: DastraSettings, auth: AuthorizationServer, inspect: RedisInspector, redis_url: str
) -> None:
    name = f"alice-{uuid.uuid4()}"
    first = _code_session(settings, RedisTokenStore(redis_url, name=name))
    pending = start_authorization(settings)
    first.exchange_code(_login(pending.url), pending)
    others = [_code_session(settings, RedisTokenStore(redis_url, name=name)) for _ in range(3)]
    assert all(session.token is not None for session in others)  # loaded from Redis when created
    (key,) = inspect.keys("*:token")
    assert inspect.pttl(key) == -1  # it holds the refresh token: no expiry
    original_refresh = json.loads(inspect.get(key) or b"{}")["refresh_token"]
    auth.expire_access_tokens()  # every session must refresh; only one may spend the refresh token
    sessions = [first, *others]
    barrier = threading.Barrier(len(sessions))
    statuses: list[int] = []

    def call(session: AuthorizationCodeSession) -> None:
        barrier.wait(timeout=10)
        statuses.append(session.get("/v1/WorkSpaces").status_code)

    threads = [threading.Thread(target=call, args=(session,)) for session in sessions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert statuses == [200] * 4
    assert auth.token_requests == {"authorization_code": 1, "refresh_token": 1}
    stored = json.loads(inspect.get(key) or b"{}")
    assert stored["refresh_token"] != original_refresh  # the rotated one replaced it
    late = _code_session(settings, RedisTokenStore(redis_url, name=name))
    assert late.get("/v1/WorkSpaces").status_code == 200
    assert auth.total_token_requests == 2
    for session in [*sessions, late]:
        session.close()


def test_code_flow_rotation_stays_consistent_async(
    settings: DastraSettings, auth: AuthorizationServer, inspect: RedisInspector, redis_url: str
) -> None:
    name = f"alice-{uuid.uuid4()}"
    client_id, client_secret = settings.require_client_credentials()

    def session() -> AsyncAuthorizationCodeSession:
        return AsyncAuthorizationCodeSession(
            client_id=client_id,
            client_secret=client_secret,
            token_endpoint=settings.token_url,
            scope=None,
            redirect_uri=REDIRECT_URI,
            base_url=settings.api_url,
            timeout=10.0,
            token_store=RedisTokenStore(redis_url, name=name),
        )

    async def scenario() -> list[int]:
        first = session()
        pending = start_authorization(settings)
        await first.exchange_code(_login(pending.url), pending)
        sessions = [first, *(session() for _ in range(3))]
        auth.expire_access_tokens()
        responses = await asyncio.gather(*(each.get("/v1/WorkSpaces") for each in sessions))
        for each in sessions:
            await each.aclose()
        await RedisTokenStore(redis_url, name=name).aclose()  # the loop's connections (one link)
        return [response.status_code for response in responses]

    assert asyncio.run(scenario()) == [200] * 4
    assert auth.token_requests == {"authorization_code": 1, "refresh_token": 1}
