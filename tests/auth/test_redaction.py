"""No secret, token or API key in any log record (DEBUG, every library), repr, str or error."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator

import httpx2
import pytest

from dastra.connect import create_async_client, create_client, start_authorization
from dastra.errors import APIAuthenticationError, TokenEndpointError
from dastra.settings import DastraSettings
from dastra_auth.code_flow import AuthorizationCodeSession
from dastra_auth.session import Token
from dastra_auth.token_store import MemoryTokenStore
from dastra_sandbox import AuthorizationServer, ProtectedAPI
from tests.auth.conftest import FakeClock, FaultServer, session_arguments

API_KEY = "sandbox-api-key-0123456789"
LOGGERS = (
    "",
    "authlib",
    "httpx2",
    "httpcore2",
    "httpcore",
    "werkzeug",
    "flask",
    "dastra_auth",
    "dastra_sandbox",
)


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.texts: list[str] = []
        self.formatter_ = logging.Formatter("%(name)s %(levelname)s %(message)s")

    def emit(self, record: logging.LogRecord) -> None:
        self.texts.append(self.formatter_.format(record) + repr(record.args) + repr(record.__dict__))


@pytest.fixture
def captured_logs() -> Iterator[_Capture]:
    handler = _Capture()
    saved = {name: logging.getLogger(name).level for name in LOGGERS}
    root = logging.getLogger()
    root.addHandler(handler)
    for name in LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        for name, level in saved.items():
            logging.getLogger(name).setLevel(level)


def test_no_secret_in_debug_logs(
    captured_logs: _Capture,
    settings: DastraSettings,
    auth_server: AuthorizationServer,
    api: ProtectedAPI,
    clock: FakeClock,
) -> None:
    # Client credentials, with a 401 re-authentication and a persistent 401.
    with create_client(settings) as client:
        session = client.get_httpx_client()
        session.get("/v1/WorkSpaces")
        api.fail_next_with_401(1)
        session.get("/v1/WorkSpaces")
        api.fail_next_with_401(2)
        with pytest.raises(APIAuthenticationError) as persistent:
            session.get("/v1/WorkSpaces")

    async def run_async() -> None:
        async with create_async_client(settings) as async_client:
            await async_client.get_async_httpx_client().get("/v1/WorkSpaces")

    asyncio.run(run_async())

    # Authorization code with refresh (rotation).
    code_session = AuthorizationCodeSession(
        **session_arguments(settings, clock, scope=None, token_store=MemoryTokenStore())
    )
    pending = start_authorization(settings)
    callback = httpx2.get(f"{pending.url}&login=alice").headers["location"]
    token = code_session.exchange_code(callback, pending)
    clock.advance(3600)
    code_session.get("/v1/WorkSpaces")
    code_session.close()

    # A refused client and a failing token endpoint that echoes the secret back.
    with (
        create_client(settings, client_secret="wrong-secret-value-xyz") as refused,
        pytest.raises(TokenEndpointError) as invalid_client,
    ):
        refused.get_httpx_client().get("/v1/WorkSpaces")
    echo = {"error": "invalid_grant", "error_description": f"bad secret {auth_server.client_secret}"}
    with (
        FaultServer.json(400, echo) as fault,
        create_client(settings, token_url=f"{fault.url}/token") as failing,
        pytest.raises(TokenEndpointError) as echoed,
    ):
        failing.get_httpx_client().get("/v1/WorkSpaces")

    # API-key mode.
    with create_client(settings, mode="api_key", api_key=API_KEY) as keyed:
        keyed.get_httpx_client().get("/v1/WorkSpaces")

    secrets = [
        auth_server.client_secret,
        "wrong-secret-value-xyz",
        API_KEY,
        pending.code_verifier.reveal(),
        *auth_server.issued_access_tokens(),
        *auth_server.issued_refresh_tokens(),
    ]
    assert len(auth_server.issued_access_tokens()) >= 5
    assert token["refresh_token"] in secrets
    assert len(captured_logs.texts) > 20  # httpx2 / httpcore2 / authlib did log at DEBUG
    assert any(text.startswith("httpcore2") for text in captured_logs.texts)
    for text in captured_logs.texts:
        for secret in secrets:
            assert secret not in text, f"a secret leaked in: {text[:200]}"
    for error in (persistent.value, invalid_client.value, echoed.value):
        for secret in secrets:
            assert secret not in f"{error} {error!r} {error.args!r}"


def test_reprs_hide_secrets(settings: DastraSettings, auth_server: AuthorizationServer) -> None:
    secret = auth_server.client_secret
    token = Token({"access_token": "at-value", "refresh_token": "rt-value", "expires_in": 3600})
    pending = start_authorization(settings)
    with create_client(settings) as client:
        texts = [
            repr(settings),
            str(settings),
            repr(client.get_httpx_client()),
            repr(client),
            repr(token),
            str(token),
            f"{token}",
            repr(pending),
            repr(auth_server),
        ]
    for text in texts:
        assert secret not in text
        assert "at-value" not in text and "rt-value" not in text
        assert pending.code_verifier.reveal() not in text
