"""Authorization-code flow with state + PKCE, refresh with rotation, token stores, single flight."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import threading
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx2
import pytest

from dastra.connect import complete_authorization, create_async_client, create_client, start_authorization
from dastra.errors import (
    AuthenticationError,
    AuthorizationCallbackError,
    ConfigError,
    TokenEndpointError,
)
from dastra.settings import DastraSettings
from dastra_auth.code_flow import (
    AsyncAuthorizationCodeSession,
    AuthorizationCodeSession,
    PendingAuthorization,
    read_callback,
)
from dastra_auth.token_store import FileTokenStore, MemoryTokenStore, TokenStore
from dastra_sandbox import AuthorizationServer, ProtectedAPI
from tests.auth.conftest import FakeClock, session_arguments


def _login(pending: PendingAuthorization, user: str = "alice") -> str:
    """Play the browser: visit the authorize URL as ``user`` and return the callback URL."""
    response = httpx2.get(f"{pending.url}&login={user}")
    assert response.status_code == 302, response.text
    return response.headers["location"]


def _code_session(
    settings: DastraSettings, clock: FakeClock, store: TokenStore | None = None
) -> AuthorizationCodeSession:
    return AuthorizationCodeSession(
        **session_arguments(settings, clock, scope=None, token_store=store or MemoryTokenStore())
    )


def test_authorize_url_has_state_and_pkce(settings: DastraSettings) -> None:
    pending = start_authorization(settings)
    query = parse_qs(urlsplit(pending.url).query)
    assert pending.url.startswith(settings.authorize_url + "?")
    assert query["response_type"] == ["code"]
    assert query["client_id"] == [settings.client_id]
    assert query["redirect_uri"] == [settings.redirect_uri]
    assert query["scope"] == ["api1 offline_access"]
    assert query["state"] == [pending.state]
    assert query["code_challenge_method"] == ["S256"]
    digest = hashlib.sha256(pending.code_verifier.reveal().encode()).digest()
    assert query["code_challenge"] == [base64.urlsafe_b64encode(digest).rstrip(b"=").decode()]
    assert pending.code_verifier.reveal() not in pending.url
    other = start_authorization(settings)
    assert other.state != pending.state and other.code_verifier != pending.code_verifier
    assert len(pending.state) >= 32


def test_redirect_uri_is_required_and_validated(settings: DastraSettings) -> None:
    with pytest.raises(ConfigError, match="DASTRA_REDIRECT_URI"):
        start_authorization(settings.replace(redirect_uri=None))
    with pytest.raises(ConfigError, match="DASTRA_REDIRECT_URI must use https"):
        start_authorization(settings, redirect_uri="http://example.com/callback")


def test_full_flow_with_refresh_and_rotation(
    settings: DastraSettings, auth_server: AuthorizationServer, api: ProtectedAPI, clock: FakeClock
) -> None:
    store = MemoryTokenStore()
    session = _code_session(settings, clock, store)
    pending = start_authorization(settings)
    token = session.exchange_code(_login(pending), pending)
    assert auth_server.token_requests == {"authorization_code": 1}
    assert token["scope"] == "api1 offline_access"
    first_refresh = token["refresh_token"]
    assert store.load() == dict(token)

    assert session.get("/v1/WorkSpaces").status_code == 200
    clock.advance(3600)
    assert session.get("/v1/WorkSpaces").status_code == 200
    assert auth_server.token_requests == {"authorization_code": 1, "refresh_token": 1}
    stored = store.load()
    assert stored is not None
    assert stored["refresh_token"] != first_refresh  # rotated, and the new one is stored

    # The old refresh token is rejected after rotation.
    replay = httpx2.post(
        auth_server.token_url,
        data={"grant_type": "refresh_token", "refresh_token": first_refresh},
        auth=(auth_server.client_id, auth_server.client_secret),
    )
    assert replay.status_code == 400
    assert replay.json()["error"] == "invalid_grant"

    # The rotated one keeps working.
    clock.advance(3600)
    assert session.get("/v1/WorkSpaces").status_code == 200
    assert auth_server.token_requests["refresh_token"] == 3  # two by the session, one replay above
    session.close()


def test_state_mismatch_makes_no_token_request(
    settings: DastraSettings, auth_server: AuthorizationServer, clock: FakeClock
) -> None:
    session = _code_session(settings, clock)
    pending = start_authorization(settings)
    callback = _login(pending)
    forged = callback.replace(f"state={pending.state}", "state=forged")
    with pytest.raises(AuthorizationCallbackError, match="state"):
        session.exchange_code(forged, pending)
    other = start_authorization(settings)  # a callback meant for another login attempt
    with pytest.raises(AuthorizationCallbackError):
        session.exchange_code(callback, other)
    assert auth_server.total_token_requests == 0
    session.close()


def test_error_callback_makes_no_token_request(
    settings: DastraSettings, auth_server: AuthorizationServer, clock: FakeClock
) -> None:
    pending = start_authorization(settings)
    callback = _login(pending, user="mallory")  # unknown user: access denied
    session = _code_session(settings, clock)
    with pytest.raises(AuthorizationCallbackError) as caught:
        session.exchange_code(callback, pending)
    assert caught.value.error == "access_denied"
    assert auth_server.total_token_requests == 0
    session.close()


def test_read_callback_accepts_query_parameters() -> None:
    pending = PendingAuthorization(
        url="https://x/authorize",
        state="s1",
        code_verifier=__import__("dastra_auth.redact").redact.Secret("v"),
        redirect_uri="https://app/cb",
    )
    assert read_callback({"code": "c", "state": "s1"}, pending) == "c"
    with pytest.raises(AuthorizationCallbackError, match="no authorization code"):
        read_callback({"state": "s1"}, pending)
    with pytest.raises(AuthorizationCallbackError, match="state"):
        read_callback({"code": "c"}, pending)
    assert PendingAuthorization.from_dict(pending.to_dict()) == pending


def test_reused_code_is_invalid_grant(
    settings: DastraSettings, auth_server: AuthorizationServer, clock: FakeClock
) -> None:
    session = _code_session(settings, clock)
    pending = start_authorization(settings)
    callback = _login(pending)
    session.exchange_code(callback, pending)
    with pytest.raises(TokenEndpointError) as caught:
        session.exchange_code(callback, pending)
    assert caught.value.error == "invalid_grant"
    session.close()


def test_no_token_yet_is_a_clear_error(settings: DastraSettings, clock: FakeClock, api: ProtectedAPI) -> None:
    session = _code_session(settings, clock)
    with pytest.raises(AuthenticationError, match="authorization-code flow"):
        session.get("/v1/WorkSpaces")
    assert api.requests == 0
    session.close()


def test_revoked_refresh_token_is_invalid_grant(
    settings: DastraSettings, auth_server: AuthorizationServer, clock: FakeClock
) -> None:
    session = _code_session(settings, clock)
    pending = start_authorization(settings)
    session.exchange_code(_login(pending), pending)
    auth_server.revoke_all()
    clock.advance(3600)
    with pytest.raises(TokenEndpointError) as caught:
        session.get("/v1/WorkSpaces")
    assert caught.value.error == "invalid_grant"
    session.close()


def test_file_store_survives_a_restart(
    settings: DastraSettings,
    auth_server: AuthorizationServer,
    api: ProtectedAPI,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    store = FileTokenStore(tmp_path / "dastra" / "token.json")
    first = _code_session(settings, clock, store)
    pending = start_authorization(settings)
    first.exchange_code(_login(pending), pending)
    first.close()

    restarted = _code_session(settings, clock, FileTokenStore(tmp_path / "dastra" / "token.json"))
    assert restarted.get("/v1/WorkSpaces").status_code == 200
    assert auth_server.total_token_requests == 1  # the stored access token was reused
    clock.advance(3600)
    assert restarted.get("/v1/WorkSpaces").status_code == 200
    assert auth_server.token_requests == {"authorization_code": 1, "refresh_token": 1}
    restarted.close()


def test_refresh_is_single_flight_across_threads(
    settings: DastraSettings, auth_server: AuthorizationServer, clock: FakeClock
) -> None:
    session = _code_session(settings, clock)
    pending = start_authorization(settings)
    session.exchange_code(_login(pending), pending)
    clock.advance(3600)
    barrier = threading.Barrier(32)
    statuses: list[int] = []

    def call() -> None:
        barrier.wait()
        statuses.append(session.get("/v1/WorkSpaces").status_code)

    threads = [threading.Thread(target=call) for _ in range(32)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [200] * 32
    assert auth_server.token_requests == {"authorization_code": 1, "refresh_token": 1}
    session.close()


def test_async_flow_with_single_flight_refresh(
    settings: DastraSettings, auth_server: AuthorizationServer, clock: FakeClock
) -> None:
    async def scenario() -> list[int]:
        store = MemoryTokenStore()
        arguments = session_arguments(settings, clock, scope=None, token_store=store)
        async with AsyncAuthorizationCodeSession(**arguments) as session:
            pending = start_authorization(settings)
            async with httpx2.AsyncClient() as browser:
                callback = (await browser.get(f"{pending.url}&login=alice")).headers["location"]
            await session.exchange_code(callback, pending)
            clock.advance(3600)
            responses = await asyncio.gather(*(session.get("/v1/WorkSpaces") for _ in range(64)))
        return [response.status_code for response in responses]

    assert asyncio.run(scenario()) == [200] * 64
    assert auth_server.token_requests == {"authorization_code": 1, "refresh_token": 1}


def test_factory_code_flow_end_to_end(
    settings: DastraSettings, auth_server: AuthorizationServer, api: ProtectedAPI
) -> None:
    work_spaces_list = pytest.importorskip(
        "dastra_client.api.work_spaces.work_spaces_list", reason="generated dastra_client not importable"
    )
    store = MemoryTokenStore()
    with create_client(settings, mode="authorization_code", token_store=store) as client:
        pending = start_authorization(settings)
        complete_authorization(client, _login(pending), pending)
        page = work_spaces_list.sync(client=client)
    assert page is not None and page.total == 2
    assert store.load() is not None
    # A second (async) client built on the same store needs no new login and no token request.
    async_client = create_async_client(settings, mode="authorization_code", token_store=store)

    async def call() -> int | None:
        async with async_client:
            result = await work_spaces_list.asyncio(client=async_client)
        return None if result is None else result.total

    assert asyncio.run(call()) == 2
    assert auth_server.total_token_requests == 1
