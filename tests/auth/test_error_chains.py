"""Token endpoint failures have finite ``__cause__`` / ``__context__`` chains (no exception is its own cause).

Regression: ``raise self._token_endpoint_failure(error) from error`` re-raised an error that already
was a :class:`TokenEndpointError` with itself as its ``__cause__``, so code walking the chain (error
reporters, ``logging`` of chained errors, retry helpers) never ended.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable
from typing import Any

import httpx2
import pytest

from dastra.errors import APIStatusError, TokenEndpointError, TokenEndpointTimeout
from dastra.settings import DastraSettings
from dastra_auth.session import AsyncOAuth2Session, OAuth2Session
from dastra_sandbox import AuthorizationServer
from tests.auth.conftest import FakeClock, FaultServer, session_arguments

SECRET = "chain-test-private-key-0123456789"
#: Far more links than any real chain has: a walk that gets here is going round in a cycle.
MAX_LINKS = 50


def chain(error: BaseException) -> list[BaseException]:
    """Every exception reachable through ``__cause__`` and ``__context__``; fails on a cycle.

    Two links may lead to the same exception (``raise new from old`` inside ``except old``): that is
    no cycle. A cycle is a path that comes back to an exception already on it.
    """
    seen: list[BaseException] = []

    def walk(current: BaseException, path: tuple[BaseException, ...]) -> None:
        assert all(current is not on_path for on_path in path), f"cycle through {type(current).__name__}"
        assert len(path) < MAX_LINKS
        if all(current is not earlier for earlier in seen):
            seen.append(current)
        for link in (current.__cause__, current.__context__):
            if link is not None:
                walk(link, (*path, current))

    walk(error, ())
    return seen


def _unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def _raise_status(response: httpx2.Response) -> None:
    """A user hook that ignores the token-request marker and raises on every non-2xx answer."""
    if response.status_code >= 400:
        response.read()
        raise APIStatusError.from_response(response)


def _raise_value_error(response: httpx2.Response) -> None:
    raise ValueError("hook refused the answer")


async def _araise_status(response: httpx2.Response) -> None:
    if response.status_code >= 400:
        await response.aread()
        raise APIStatusError.from_response(response)


# Each case: (token endpoint answer, session options) -> the error class expected.
FaultCase = tuple[int, bytes, dict[str, Any], type[TokenEndpointError]]
FAULTS: dict[str, FaultCase] = {
    "oauth2 error body": (400, b'{"error": "invalid_client"}', {}, TokenEndpointError),
    "http 500": (500, b"boom", {}, TokenEndpointError),
    "not json": (200, b"<html>maintenance</html>", {}, TokenEndpointError),
    "no access_token": (200, b'{"token_type": "Bearer"}', {}, TokenEndpointError),
    "invalid expires_in": (200, b'{"access_token": "a", "expires_in": "soon"}', {}, TokenEndpointError),
    "hook raised APIStatusError": (
        400,
        b'{"error": "invalid_grant"}',
        {"event_hooks": {"response": [_raise_status]}},
        TokenEndpointError,
    ),
    "hook raised ValueError": (
        200,
        b"{}",
        {"event_hooks": {"response": [_raise_value_error]}},
        TokenEndpointError,
    ),
    "timeout": (200, b"", {"timeout": httpx2.Timeout(0.2)}, TokenEndpointTimeout),
}


def _settings(token_url: str) -> DastraSettings:
    return DastraSettings(
        client_id="chain-client", client_secret=SECRET, token_url=token_url, api_url="http://127.0.0.1:9"
    )


def _check(error: TokenEndpointError, expected: type[TokenEndpointError]) -> None:
    assert isinstance(error, expected)
    links = chain(error)
    assert links[0] is error
    assert error.__cause__ is not error and error.__context__ is not error
    assert len(links) < MAX_LINKS


@pytest.mark.parametrize("case", sorted(FAULTS))
def test_sync_chain_terminates(clock: FakeClock, case: str) -> None:
    status, body, options, expected = FAULTS[case]
    with FaultServer(status, body) as fault:
        fault.stall = case == "timeout"
        session = OAuth2Session(
            **session_arguments(_settings(f"{fault.url}/connect/token"), clock, **options)
        )
        with pytest.raises(TokenEndpointError) as caught:
            session.get("/v1/WorkSpaces")
        session.close()
    _check(caught.value, expected)


@pytest.mark.parametrize("case", sorted(FAULTS))
def test_async_chain_terminates(clock: FakeClock, case: str) -> None:
    status, body, options, expected = FAULTS[case]
    if case == "hook raised APIStatusError":
        options = {"event_hooks": {"response": [_araise_status]}}
    elif case == "hook raised ValueError":

        async def refuse(response: httpx2.Response) -> None:
            _raise_value_error(response)

        options = {"event_hooks": {"response": [refuse]}}

    async def scenario(token_url: str) -> TokenEndpointError:
        arguments = session_arguments(_settings(token_url), clock, **options)
        async with AsyncOAuth2Session(**arguments) as session:
            with pytest.raises(TokenEndpointError) as caught:
                await session.get("/v1/WorkSpaces")
        return caught.value

    with FaultServer(status, body) as fault:
        fault.stall = case == "timeout"
        error = asyncio.run(scenario(f"{fault.url}/connect/token"))
    _check(error, expected)


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_unreachable_endpoint_chain_terminates(clock: FakeClock, asynchronous: bool) -> None:
    token_url = f"http://127.0.0.1:{_unused_port()}/connect/token"
    arguments = session_arguments(_settings(token_url), clock)
    run: Callable[[], TokenEndpointError]
    if asynchronous:

        async def scenario() -> TokenEndpointError:
            async with AsyncOAuth2Session(**arguments) as session:
                with pytest.raises(TokenEndpointError) as caught:
                    await session.get("/v1/WorkSpaces")
            return caught.value

        def run() -> TokenEndpointError:
            return asyncio.run(scenario())
    else:

        def run() -> TokenEndpointError:
            with OAuth2Session(**arguments) as session, pytest.raises(TokenEndpointError) as caught:
                session.get("/v1/WorkSpaces")
            return caught.value

    error = run()
    _check(error, TokenEndpointTimeout)
    assert isinstance(error.__cause__, httpx2.TransportError)  # the original failure stays reachable


def test_sandbox_refusal_chain_terminates(auth_server: AuthorizationServer, clock: FakeClock) -> None:
    """The error the real server's refusal (a wrong secret) produces, raised by the token parser itself."""
    settings = DastraSettings(
        client_id=auth_server.client_id, client_secret=SECRET, token_url=auth_server.token_url
    )
    with (
        OAuth2Session(**session_arguments(settings, clock)) as session,
        pytest.raises(TokenEndpointError) as caught,
    ):
        session.get("http://127.0.0.1:9/v1/WorkSpaces")
    assert caught.value.error == "invalid_client"
    _check(caught.value, TokenEndpointError)
