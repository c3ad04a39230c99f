"""RFC 9207 ``iss`` checks, ``prompt=`` and ``extra_params=`` of the authorization-code flow.

Every exchange runs twice, through the sync and the async session, against the real sandbox
authorization server; a refused callback must cost no token request there.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx2
import pytest

from dastra.connect import (
    complete_authorization,
    complete_authorization_async,
    create_async_client,
    create_client,
    start_authorization,
)
from dastra.errors import AuthenticationError, AuthorizationCallbackError, ConfigError
from dastra.settings import DastraSettings
from dastra_auth.code_flow import (
    PROTOCOL_PARAMETERS,
    AsyncAuthorizationCodeSession,
    AuthorizationCodeSession,
    PendingAuthorization,
    default_issuer,
    read_callback,
)
from dastra_auth.redact import Secret
from dastra_auth.session import Token
from dastra_auth.token_store import MemoryTokenStore
from dastra_sandbox import AuthorizationServer
from tests.auth.conftest import FakeClock, session_arguments

MODES = pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
#: Another authorization server's identifier: what a mix-up attack puts in the callback.
ATTACKER_ISSUER = "https://attacker.example"


def _login(pending: PendingAuthorization, user: str = "alice") -> str:
    """Play the browser: visit the authorize URL as ``user`` and return the callback URL."""
    response = httpx2.get(f"{pending.url}&login={user}")
    assert response.status_code == 302, response.text
    location: str = response.headers["location"]
    return location


def _exchange(
    settings: DastraSettings,
    clock: FakeClock,
    callback: str | Mapping[str, str],
    pending: PendingAuthorization,
    *,
    asynchronous: bool,
) -> Token:
    """Trade ``callback`` for a token with a fresh sync or async code-flow session."""
    arguments = session_arguments(settings, clock, scope=None, token_store=MemoryTokenStore())
    if not asynchronous:
        session = AuthorizationCodeSession(**arguments)
        with session:
            return session.exchange_code(callback, pending)

    async def scenario() -> Token:
        session = AsyncAuthorizationCodeSession(**arguments)
        async with session:
            return await session.exchange_code(callback, pending)

    return asyncio.run(scenario())


# --- the expected issuer ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("token_url", "issuer"),
    [
        ("https://account.dastra.eu/connect/token", "https://account.dastra.eu"),
        ("https://account.dastra.eu:443/connect/token", "https://account.dastra.eu"),
        ("https://Account.Dastra.EU:8443/connect/token?x=1", "https://account.dastra.eu:8443"),
        ("http://127.0.0.1:8080/connect/token", "http://127.0.0.1:8080"),
        ("http://localhost:80/token", "http://localhost"),
        ("http://[::1]:9000/token", "http://[::1]:9000"),
    ],
)
def test_default_issuer_is_the_token_url_origin(token_url: str, issuer: str) -> None:
    assert default_issuer(token_url) == issuer


def test_pending_records_the_issuer(settings: DastraSettings, auth_server: AuthorizationServer) -> None:
    assert start_authorization(settings).issuer == auth_server.issuer
    custom = settings.replace(issuer="https://login.example/realms/dastra")
    pending = start_authorization(custom)
    assert pending.issuer == "https://login.example/realms/dastra"
    assert PendingAuthorization.from_dict(pending.to_dict()) == pending
    assert pending.to_dict()["issuer"] == "https://login.example/realms/dastra"


def test_pending_saved_by_an_older_version_still_loads(settings: DastraSettings) -> None:
    saved = start_authorization(settings).to_dict()
    del saved["issuer"]
    old = PendingAuthorization.from_dict(saved)
    assert old.issuer is None
    assert "issuer" not in old.to_dict()
    assert PendingAuthorization.from_dict(old.to_dict()) == old


@pytest.mark.parametrize(
    "value", ["https://login.example?tenant=1", "https://login.example#x", "login.example"]
)
def test_issuer_setting_is_validated(value: str) -> None:
    with pytest.raises(ConfigError, match="DASTRA_ISSUER"):
        DastraSettings(issuer=value)
    with pytest.raises(ConfigError, match="DASTRA_ISSUER must use https"):
        DastraSettings.from_env({"DASTRA_ISSUER": "http://login.example"})
    assert (
        DastraSettings.from_env({"DASTRA_ISSUER": "https://login.example"}).issuer == "https://login.example"
    )


# --- callbacks from the real sandbox ---------------------------------------------------------------


@MODES
def test_matching_iss_is_accepted(
    settings: DastraSettings, auth_server: AuthorizationServer, clock: FakeClock, asynchronous: bool
) -> None:
    auth_server.callback_issuer = auth_server.issuer
    pending = start_authorization(settings)
    callback = _login(pending)
    assert parse_qs(urlsplit(callback).query)["iss"] == [auth_server.issuer]
    token = _exchange(settings, clock, callback, pending, asynchronous=asynchronous)
    assert token["access_token"] and token["refresh_token"]
    assert auth_server.token_requests == {"authorization_code": 1}


@MODES
def test_callback_without_iss_is_accepted(
    settings: DastraSettings, auth_server: AuthorizationServer, clock: FakeClock, asynchronous: bool
) -> None:
    assert auth_server.callback_issuer is None  # the default, like Dastra's identity server today
    pending = start_authorization(settings)
    callback = _login(pending)
    assert "iss" not in parse_qs(urlsplit(callback).query)
    _exchange(settings, clock, callback, pending, asynchronous=asynchronous)
    assert auth_server.total_token_requests == 1


@MODES
def test_mix_up_is_refused_without_a_token_request(
    settings: DastraSettings, auth_server: AuthorizationServer, clock: FakeClock, asynchronous: bool
) -> None:
    auth_server.callback_issuer = ATTACKER_ISSUER
    pending = start_authorization(settings)
    callback = _login(pending)
    with pytest.raises(AuthorizationCallbackError, match="RFC 9207") as caught:
        _exchange(settings, clock, callback, pending, asynchronous=asynchronous)
    assert ATTACKER_ISSUER in str(caught.value) and auth_server.issuer in str(caught.value)
    assert auth_server.total_token_requests == 0


@MODES
def test_mix_up_of_an_error_answer_is_refused_too(
    settings: DastraSettings, auth_server: AuthorizationServer, clock: FakeClock, asynchronous: bool
) -> None:
    """RFC 9207 covers error answers too: a forged ``error=`` from another server is not trusted."""
    auth_server.callback_issuer = ATTACKER_ISSUER
    pending = start_authorization(settings)
    callback = _login(pending, user="mallory")  # unknown user: access_denied, with iss
    with pytest.raises(AuthorizationCallbackError, match="RFC 9207") as caught:
        _exchange(settings, clock, callback, pending, asynchronous=asynchronous)
    assert caught.value.error is None
    auth_server.callback_issuer = auth_server.issuer
    with pytest.raises(AuthorizationCallbackError) as genuine:
        _exchange(settings, clock, _login(pending, user="mallory"), pending, asynchronous=asynchronous)
    assert genuine.value.error == "access_denied"
    assert auth_server.total_token_requests == 0


@MODES
def test_configured_issuer_wins_over_the_token_url_origin(
    settings: DastraSettings, auth_server: AuthorizationServer, clock: FakeClock, asynchronous: bool
) -> None:
    realm = f"{auth_server.issuer}/realms/dastra"
    custom = settings.replace(issuer=realm)
    auth_server.callback_issuer = auth_server.issuer  # the origin, but not the configured issuer
    pending = start_authorization(custom)
    with pytest.raises(AuthorizationCallbackError, match="RFC 9207"):
        _exchange(custom, clock, _login(pending), pending, asynchronous=asynchronous)
    assert auth_server.total_token_requests == 0
    auth_server.callback_issuer = realm
    pending = start_authorization(custom)
    _exchange(custom, clock, _login(pending), pending, asynchronous=asynchronous)
    assert auth_server.total_token_requests == 1


@MODES
def test_older_pending_is_checked_against_the_session_token_url(
    settings: DastraSettings, auth_server: AuthorizationServer, clock: FakeClock, asynchronous: bool
) -> None:
    saved = start_authorization(settings).to_dict()
    del saved["issuer"]
    old = PendingAuthorization.from_dict(saved)
    auth_server.callback_issuer = ATTACKER_ISSUER
    with pytest.raises(AuthorizationCallbackError, match="RFC 9207"):
        _exchange(settings, clock, _login(old), old, asynchronous=asynchronous)
    assert auth_server.total_token_requests == 0
    auth_server.callback_issuer = auth_server.issuer
    _exchange(settings, clock, _login(old), old, asynchronous=asynchronous)
    assert auth_server.total_token_requests == 1


@MODES
def test_factory_complete_authorization_checks_iss(
    settings: DastraSettings, auth_server: AuthorizationServer, asynchronous: bool
) -> None:
    auth_server.callback_issuer = ATTACKER_ISSUER
    pending = start_authorization(settings)
    callback = _login(pending)
    if asynchronous:

        async def scenario() -> None:
            async with create_async_client(settings, mode="authorization_code") as client:
                await complete_authorization_async(client, callback, pending)

        with pytest.raises(AuthorizationCallbackError, match="RFC 9207"):
            asyncio.run(scenario())
    else:
        with (
            create_client(settings, mode="authorization_code") as client,
            pytest.raises(AuthorizationCallbackError, match="RFC 9207"),
        ):
            complete_authorization(client, callback, pending)
    assert auth_server.total_token_requests == 0


# --- read_callback, I/O-free -----------------------------------------------------------------------


def _pending(issuer: str | None = "https://as.example") -> PendingAuthorization:
    return PendingAuthorization(
        url="https://as.example/authorize",
        state="s1",
        code_verifier=Secret("v"),
        redirect_uri="https://app/cb",
        issuer=issuer,
    )


def _callback(**params: str) -> str:
    return f"https://app/cb?{urlencode(params)}"


def test_read_callback_iss_rules() -> None:
    pending = _pending()
    assert read_callback(_callback(code="c", state="s1", iss="https://as.example"), pending) == "c"
    assert read_callback({"code": "c", "state": "s1", "iss": "https://as.example"}, pending) == "c"
    assert read_callback(_callback(code="c", state="s1"), pending) == "c"
    for forged in ("https://as.example/", "https://AS.example", "http://as.example", ""):  # exact comparison
        with pytest.raises(AuthorizationCallbackError, match="RFC 9207"):
            read_callback(_callback(code="c", state="s1", iss=forged), pending)
    # The pending's issuer wins over the session's fallback; the fallback serves older pendings.
    assert (
        read_callback(_callback(code="c", state="s1", iss="https://as.example"), pending, issuer="x") == "c"
    )
    old = _pending(issuer=None)
    assert read_callback(
        _callback(code="c", state="s1", iss="https://b.example"), old, issuer="https://b.example"
    )
    with pytest.raises(AuthorizationCallbackError, match="no expected issuer"):
        read_callback(_callback(code="c", state="s1", iss="https://as.example"), old)


def test_read_callback_refuses_repeated_parameters() -> None:
    pending = _pending()
    duplicated = _callback(code="c", state="s1", iss="https://evil.example") + "&iss=https%3A%2F%2Fas.example"
    with pytest.raises(AuthorizationCallbackError, match="repeats the parameter 'iss'"):
        read_callback(duplicated, pending)
    with pytest.raises(AuthorizationCallbackError, match="repeats the parameter 'state'"):
        read_callback(_callback(code="c", state="s1") + "&state=s1", pending)


# --- prompt= and extra_params= -----------------------------------------------------------------------


def test_authorize_url_carries_prompt_and_extra_params(settings: DastraSettings) -> None:
    pending = start_authorization(
        settings, prompt="consent", extra_params={"login_hint": "alice@example.com", "ui_locales": "fr en"}
    )
    query = parse_qs(urlsplit(pending.url).query)
    assert query["prompt"] == ["consent"]
    assert query["login_hint"] == ["alice@example.com"]
    assert query["ui_locales"] == ["fr en"]
    assert query["state"] == [pending.state] and query["response_type"] == ["code"]
    assert "prompt" not in parse_qs(urlsplit(start_authorization(settings).url).query)


@pytest.mark.parametrize("name", sorted(PROTOCOL_PARAMETERS | {"State", " client_id"}))
def test_extra_params_cannot_override_protocol_parameters(settings: DastraSettings, name: str) -> None:
    with pytest.raises(ConfigError, match="sets the protocol parameters itself"):
        start_authorization(settings, extra_params={name: "forged"})


@pytest.mark.parametrize(
    ("name", "argument"), [("scope", "scope="), ("prompt", "prompt="), ("PROMPT", "prompt=")]
)
def test_extra_params_cannot_replace_an_argument(settings: DastraSettings, name: str, argument: str) -> None:
    with pytest.raises(ConfigError, match=f"pass {argument} instead"):
        start_authorization(settings, extra_params={name: "x"})


def test_prompt_and_extra_params_are_validated(settings: DastraSettings) -> None:
    with pytest.raises(ConfigError, match="prompt must be a non-empty string"):
        start_authorization(settings, prompt=" ")
    with pytest.raises(ConfigError, match="map str to str"):
        start_authorization(settings, extra_params={"max_age": 3600})  # type: ignore[dict-item]
    with pytest.raises(ConfigError, match="empty parameter name"):
        start_authorization(settings, extra_params={"": "x"})


@MODES
def test_offline_access_needs_prompt_consent_on_stock_providers(
    settings: DastraSettings, auth_server: AuthorizationServer, clock: FakeClock, asynchronous: bool
) -> None:
    """Like panva's oidc-provider: without prompt=consent no refresh token, so no usable token at expiry."""
    auth_server.offline_access_needs_consent = True
    without = start_authorization(settings)
    token = _exchange(settings, clock, _login(without), without, asynchronous=asynchronous)
    assert "refresh_token" not in token and token["scope"] == "api1"

    pending = start_authorization(settings, prompt="consent")
    store = MemoryTokenStore()
    arguments = session_arguments(settings, clock, scope=None, token_store=store)

    def renewed() -> Token:
        """Log in with prompt=consent, let the access token expire, renew it with the refresh token."""
        if not asynchronous:
            session = AuthorizationCodeSession(**arguments)
            with session:
                session.exchange_code(_login(pending), pending)
                clock.advance(3600)
                return session.active_token()

        async def scenario() -> Token:
            session = AsyncAuthorizationCodeSession(**arguments)
            async with session:
                await session.exchange_code(_login(pending), pending)
                clock.advance(3600)
                return await session.active_token()

        return asyncio.run(scenario())

    fresh = renewed()
    assert fresh["refresh_token"] and fresh["scope"] == "api1 offline_access"
    assert auth_server.token_requests == {"authorization_code": 2, "refresh_token": 1}


@MODES
def test_without_consent_the_first_expiry_ends_the_login(
    settings: DastraSettings, auth_server: AuthorizationServer, clock: FakeClock, asynchronous: bool
) -> None:
    """The failure the issue reports, reproduced: the reason to pass prompt="consent"."""
    auth_server.offline_access_needs_consent = True
    pending = start_authorization(settings)
    arguments = session_arguments(settings, clock, scope=None, token_store=MemoryTokenStore())
    if not asynchronous:
        with AuthorizationCodeSession(**arguments) as session:
            session.exchange_code(_login(pending), pending)
            clock.advance(3600)
            with pytest.raises(AuthenticationError, match="no usable token"):
                session.active_token()
    else:

        async def scenario() -> None:
            async with AsyncAuthorizationCodeSession(**arguments) as session:
                await session.exchange_code(_login(pending), pending)
                clock.advance(3600)
                with pytest.raises(AuthenticationError, match="no usable token"):
                    await session.active_token()

        asyncio.run(scenario())
    assert auth_server.token_requests == {"authorization_code": 1}
