"""Every way the token endpoint can fail becomes a one-line TokenEndpointError without secrets."""

from __future__ import annotations

import asyncio
import socket

import httpx2
import pytest

from dastra.errors import TokenEndpointError, TokenEndpointTimeout
from dastra.settings import DastraSettings
from dastra_auth.session import AsyncOAuth2Session, OAuth2Session
from dastra_sandbox import AuthorizationServer, ProtectedAPI
from tests.auth.conftest import FakeClock, FaultServer, SessionFactory, session_arguments

SECRET = "fault-test-private-key-0123456789"


def _assert_clean(error: BaseException, *secrets: str) -> None:
    text = f"{error}\n{error!r}"
    assert "\n" not in str(error)
    for secret in (SECRET, *secrets):
        assert secret not in text


def _session(token_url: str, clock: FakeClock, **changes: object) -> OAuth2Session:
    settings = DastraSettings(
        client_id="fault-client", client_secret=SECRET, token_url=token_url, api_url="http://127.0.0.1:9"
    )
    return OAuth2Session(**session_arguments(settings, clock, **changes))


def test_invalid_client(
    make_session: SessionFactory, auth_server: AuthorizationServer, api: ProtectedAPI
) -> None:
    session = make_session(client_secret=SECRET)  # the wrong secret
    with pytest.raises(TokenEndpointError) as caught:
        session.get("/v1/WorkSpaces")
    assert caught.value.error == "invalid_client"
    assert caught.value.status_code in (400, 401)
    assert "invalid_client" in str(caught.value)
    _assert_clean(caught.value, auth_server.client_secret)
    assert api.requests == 0  # no API call without a token


def test_invalid_scope(make_session: SessionFactory, auth_server: AuthorizationServer) -> None:
    session = make_session(scope="admin")
    with pytest.raises(TokenEndpointError) as caught:
        session.get("/v1/WorkSpaces")
    assert caught.value.error == "invalid_scope"
    assert "invalid_scope" in str(caught.value)
    _assert_clean(caught.value, auth_server.client_secret)


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (500, b"boom", "HTTP 500"),
        (503, b'{"message": "maintenance"}', "HTTP 503"),
        (200, b"<html>not json</html>", "not a JSON object"),
        (200, b"[1, 2]", "not a JSON object"),
        (200, b'{"token_type": "Bearer", "expires_in": 3600}', "without an access_token"),
        (200, b'{"access_token": "", "token_type": "Bearer"}', "without an access_token"),
        (200, b'{"access_token": "abc", "token_type": "mac"}', "unsupported token_type"),
        (200, b'{"access_token": "abc", "expires_in": "soon"}', "invalid expires_in"),
        (
            400,
            b'{"error": "invalid_grant", "error_description": "bad ' + SECRET.encode() + b'"}',
            "invalid_grant",
        ),
        (404, b"", "HTTP 404"),
    ],
)
def test_bad_answers(clock: FakeClock, status: int, body: bytes, expected: str) -> None:
    with FaultServer(status, body) as fault:
        session = _session(f"{fault.url}/connect/token", clock)
        with pytest.raises(TokenEndpointError) as caught:
            session.get("/v1/WorkSpaces")
        session.close()
    assert expected in str(caught.value)
    assert not isinstance(caught.value, TokenEndpointTimeout)
    assert caught.value.status_code == status or expected == "unsupported token_type"
    _assert_clean(caught.value)
    assert fault.requests == 1


def test_timeout(clock: FakeClock) -> None:
    with FaultServer() as fault:
        fault.stall = True
        session = _session(f"{fault.url}/connect/token", clock, timeout=httpx2.Timeout(0.2))
        with pytest.raises(TokenEndpointTimeout) as caught:
            session.get("/v1/WorkSpaces")
        session.close()
    assert "did not answer in time" in str(caught.value)
    _assert_clean(caught.value)


def _unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_connection_refused(clock: FakeClock) -> None:
    session = _session(f"http://127.0.0.1:{_unused_port()}/connect/token", clock)
    with pytest.raises(TokenEndpointTimeout) as caught:
        session.get("/v1/WorkSpaces")
    session.close()
    assert "could not be reached" in str(caught.value)
    _assert_clean(caught.value)


def test_async_errors(clock: FakeClock) -> None:
    async def scenario(token_url: str) -> TokenEndpointError:
        settings = DastraSettings(client_id="c", client_secret=SECRET, token_url=token_url)
        async with AsyncOAuth2Session(**session_arguments(settings, clock)) as session:
            with pytest.raises(TokenEndpointError) as caught:
                await session.get("https://api.invalid/v1/WorkSpaces")
        return caught.value

    with FaultServer.json(400, {"error": "invalid_client"}) as fault:
        error = asyncio.run(scenario(f"{fault.url}/connect/token"))
    assert error.error == "invalid_client"
    _assert_clean(error)
    refused = asyncio.run(scenario(f"http://127.0.0.1:{_unused_port()}/connect/token"))
    assert isinstance(refused, TokenEndpointTimeout)


def test_failed_fetch_is_retried_on_the_next_call(clock: FakeClock) -> None:
    with FaultServer(500, b"") as fault:
        session = _session(f"{fault.url}/connect/token", clock)
        for _ in range(2):
            with pytest.raises(TokenEndpointError):
                session.get("/v1/WorkSpaces")
        session.close()
    assert fault.requests == 2
    assert session.token_requests == 2
