"""Fixtures for the auth tests: a controllable clock, the loopback sandbox servers, fault servers."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import pytest

from dastra.settings import DastraSettings
from dastra_auth.session import AsyncOAuth2Session, OAuth2Session
from dastra_sandbox import AuthorizationServer, ProtectedAPI
from dastra_sandbox.serving import LoopbackServer

REDIRECT_URI = "http://127.0.0.1:8765/callback"
T0 = 1_900_000_000.0


class FakeClock:
    """A clock that moves only when told: ``clock()`` is now, ``clock.advance(s)`` moves it."""

    def __init__(self, now: float = T0) -> None:
        self._now = now
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def auth_server(clock: FakeClock) -> Iterator[AuthorizationServer]:
    with AuthorizationServer(redirect_uris=[REDIRECT_URI], users=["alice"], clock=clock) as server:
        yield server


@pytest.fixture
def api(auth_server: AuthorizationServer) -> Iterator[ProtectedAPI]:
    with ProtectedAPI(auth_server.introspect, api_key="sandbox-api-key-0123456789") as protected:
        yield protected


@pytest.fixture
def settings(auth_server: AuthorizationServer, api: ProtectedAPI) -> DastraSettings:
    return DastraSettings(
        client_id=auth_server.client_id,
        client_secret=auth_server.client_secret,
        token_url=auth_server.token_url,
        authorize_url=auth_server.authorize_url,
        api_url=api.url,
        redirect_uri=REDIRECT_URI,
        timeout=5.0,
    )


SessionFactory = Callable[..., OAuth2Session]
AsyncSessionFactory = Callable[..., AsyncOAuth2Session]


def session_arguments(settings: DastraSettings, clock: Callable[[], float], **changes: Any) -> dict[str, Any]:
    client_id, client_secret = settings.require_client_credentials()
    arguments: dict[str, Any] = {
        "client_id": client_id,
        "client_secret": client_secret,
        "token_endpoint": settings.token_url,
        "scope": settings.scope,
        "leeway": settings.token_leeway,
        "clock": clock,
        "base_url": settings.api_url,
        "timeout": settings.timeout,
    }
    arguments.update(changes)
    return arguments


@pytest.fixture
def make_session(settings: DastraSettings, clock: FakeClock) -> Iterator[SessionFactory]:
    """Client-credentials sessions on the sandbox, closed after the test."""
    sessions: list[OAuth2Session] = []

    def make(**changes: Any) -> OAuth2Session:
        session = OAuth2Session(**session_arguments(settings, clock, **changes))
        sessions.append(session)
        return session

    yield make
    for session in sessions:
        session.close()


@pytest.fixture
def make_async_session(settings: DastraSettings, clock: FakeClock) -> AsyncSessionFactory:
    """Async client-credentials sessions; the test closes them inside its event loop."""

    def make(**changes: Any) -> AsyncOAuth2Session:
        return AsyncOAuth2Session(**session_arguments(settings, clock, **changes))

    return make


class FaultServer:
    """A loopback HTTP server answering every request with one canned (or stalled) answer."""

    def __init__(self, status: int = 200, body: bytes = b"", content_type: str = "application/json") -> None:
        self.status = status
        self.body = body
        self.content_type = content_type
        self.stall = False
        self.requests = 0
        self._release = threading.Event()
        self._lock = threading.Lock()
        self._http = LoopbackServer(self._app, name="fault-server")

    @classmethod
    def json(cls, status: int, payload: object) -> FaultServer:
        return cls(status, json.dumps(payload).encode())

    def _app(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        with self._lock:
            self.requests += 1
        if self.stall:
            self._release.wait(timeout=10)
        start_response(f"{self.status} X", [("Content-Type", self.content_type)])
        return [self.body]

    @property
    def url(self) -> str:
        return self._http.url

    def __enter__(self) -> FaultServer:
        self._http.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._release.set()
        self._http.stop()
