"""Client credentials against the loopback authorization server and protected API."""

from __future__ import annotations

import asyncio
import threading

import httpx2
import pytest

from dastra.connect import create_async_client, create_client
from dastra.errors import APIAuthenticationError, AuthenticationError
from dastra.settings import DastraSettings
from dastra_auth.extensions import BEARER_EXTENSION, TOKEN_REQUEST_EXTENSION, handled_by_session
from dastra_sandbox import AuthorizationServer, ProtectedAPI
from tests.auth.conftest import AsyncSessionFactory, FakeClock, SessionFactory


def test_generated_operation_end_to_end(
    settings: DastraSettings, auth_server: AuthorizationServer, api: ProtectedAPI
) -> None:
    work_spaces_list = pytest.importorskip(
        "dastra_client.api.work_spaces.work_spaces_list", reason="generated dastra_client not importable"
    )
    with create_client(settings) as client:
        assert auth_server.total_token_requests == 0  # the token is fetched lazily
        first = work_spaces_list.sync(client=client)
        second = work_spaces_list.sync(client=client, page=1, size=1)
    assert first is not None and second is not None
    assert first.total == 2
    assert [workspace.label for workspace in first.items] == ["Workspace 1", "Workspace 2"]
    assert len(second.items) == 1
    assert auth_server.token_requests == {"client_credentials": 1}
    assert api.requests == 2


def test_generated_async_operation_end_to_end(
    settings: DastraSettings, auth_server: AuthorizationServer, api: ProtectedAPI
) -> None:
    work_spaces_list = pytest.importorskip(
        "dastra_client.api.work_spaces.work_spaces_list", reason="generated dastra_client not importable"
    )

    async def scenario() -> int | None:
        async with create_async_client(settings) as client:
            page = await work_spaces_list.asyncio(client=client)
            await work_spaces_list.asyncio(client=client)
        assert page is not None
        total: int | None = page.total
        return total

    assert asyncio.run(scenario()) == 2
    assert auth_server.token_requests == {"client_credentials": 1}


def test_session_has_base_url_timeouts_and_pooling(settings: DastraSettings) -> None:
    client = create_client(settings)
    session = client.get_httpx_client()
    assert str(session.base_url).rstrip("/") == settings.api_url
    assert session.timeout == settings.timeout
    session.close()


def test_token_is_renewed_before_expiry(
    make_session: SessionFactory, auth_server: AuthorizationServer, clock: FakeClock
) -> None:
    auth_server.token_lifetime = 2.0  # the leeway (60 s) is capped at half the lifetime: 1 s
    session = make_session()
    assert session.get("/v1/WorkSpaces").status_code == 200
    clock.advance(0.5)
    assert session.get("/v1/WorkSpaces").status_code == 200
    assert auth_server.token_requests == {"client_credentials": 1}
    clock.advance(0.6)  # 1.1 s after issue: inside the leeway, renewed before the server would refuse it
    assert session.get("/v1/WorkSpaces").status_code == 200
    assert auth_server.token_requests == {"client_credentials": 2}


def test_token_past_its_leeway_is_renewed(
    make_session: SessionFactory, auth_server: AuthorizationServer, clock: FakeClock
) -> None:
    session = make_session(leeway=60.0)
    session.get("/v1/WorkSpaces")
    clock.advance(3600 - 61)
    session.get("/v1/WorkSpaces")
    assert auth_server.total_token_requests == 1
    clock.advance(2)
    session.get("/v1/WorkSpaces")
    assert auth_server.total_token_requests == 2


def test_single_flight_64_threads(make_session: SessionFactory, auth_server: AuthorizationServer) -> None:
    session = make_session()
    barrier = threading.Barrier(64)
    statuses: list[int] = []
    errors: list[BaseException] = []

    def call() -> None:
        try:
            barrier.wait()
            statuses.append(session.get("/v1/WorkSpaces").status_code)
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=call) for _ in range(64)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert statuses == [200] * 64
    assert auth_server.token_requests == {"client_credentials": 1}
    assert session.token_requests == 1


def test_single_flight_64_threads_after_expiry(
    make_session: SessionFactory, auth_server: AuthorizationServer, clock: FakeClock
) -> None:
    session = make_session()
    session.get("/v1/WorkSpaces")
    clock.advance(3600)
    barrier = threading.Barrier(64)
    threads = [
        threading.Thread(target=lambda: (barrier.wait(), session.get("/v1/WorkSpaces"))) for _ in range(64)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert auth_server.token_requests == {"client_credentials": 2}  # one at start, one per expiry


def test_single_flight_256_tasks(
    make_async_session: AsyncSessionFactory, auth_server: AuthorizationServer, clock: FakeClock
) -> None:
    async def scenario() -> list[int]:
        async with make_async_session() as session:
            first = await asyncio.gather(*(session.get("/v1/WorkSpaces") for _ in range(256)))
            clock.advance(3600)
            second = await asyncio.gather(*(session.get("/v1/WorkSpaces") for _ in range(256)))
        return [response.status_code for response in first + second]

    assert asyncio.run(scenario()) == [200] * 512
    assert auth_server.token_requests == {"client_credentials": 2}


def test_async_lock_is_created_per_event_loop(make_async_session: AsyncSessionFactory) -> None:
    session = make_async_session()

    async def locks() -> tuple[asyncio.Lock, asyncio.Lock]:
        return session._token_lock(), session._token_lock()

    first_a, first_b = asyncio.run(locks())
    second_a, _ = asyncio.run(locks())
    assert first_a is first_b
    assert second_a is not first_a
    asyncio.run(session.aclose())


def test_401_re_authenticates_once_then_succeeds(
    make_session: SessionFactory, auth_server: AuthorizationServer, api: ProtectedAPI
) -> None:
    session = make_session()
    session.get("/v1/WorkSpaces")
    api.reset_counts()
    api.fail_next_with_401(1)
    response = session.get("/v1/WorkSpaces")
    assert response.status_code == 200
    assert api.requests == 2
    assert auth_server.total_token_requests == 2


def test_server_side_revocation_is_recovered(
    make_session: SessionFactory, auth_server: AuthorizationServer, api: ProtectedAPI
) -> None:
    session = make_session()
    session.get("/v1/WorkSpaces")
    auth_server.expire_access_tokens()
    assert session.get("/v1/WorkSpaces").status_code == 200
    assert auth_server.total_token_requests == 2


def test_persistent_401_raises_after_exactly_two_calls(
    make_session: SessionFactory, auth_server: AuthorizationServer, api: ProtectedAPI
) -> None:
    session = make_session()
    api.fail_next_with_401(100)
    with pytest.raises(APIAuthenticationError) as caught:
        session.get("/v1/WorkSpaces")
    assert isinstance(caught.value, AuthenticationError)
    assert caught.value.status_code == 401
    assert caught.value.path == "/v1/WorkSpaces"
    assert api.requests == 2
    assert auth_server.total_token_requests == 2


def test_persistent_401_async(
    make_async_session: AsyncSessionFactory, auth_server: AuthorizationServer, api: ProtectedAPI
) -> None:
    async def scenario() -> None:
        async with make_async_session() as session:
            await session.get("/v1/WorkSpaces")
            api.fail_next_with_401(1)
            assert (await session.get("/v1/WorkSpaces")).status_code == 200
            api.fail_next_with_401(100)
            with pytest.raises(APIAuthenticationError):
                await session.get("/v1/WorkSpaces")

    asyncio.run(scenario())
    assert api.requests == 1 + 2 + 2
    assert auth_server.total_token_requests == 3


def test_401_with_a_json_body_is_replayed(make_session: SessionFactory, api: ProtectedAPI) -> None:
    session = make_session()
    api.fail_next_with_401(1)
    # A POST with a JSON body: the replay must resend the body (the API answers 404 for POST).
    response = session.post("/v1/WorkSpaces", json={"label": "x"})
    assert response.status_code == 404
    assert api.requests == 2


def test_withhold_token_sends_no_authorization(make_session: SessionFactory, api: ProtectedAPI) -> None:
    session = make_session()
    response = session.request("GET", "/v1/WorkSpaces", withhold_token=True)
    assert response.status_code == 401
    assert "authorization" not in response.request.headers
    assert api.requests == 1


def test_requests_are_marked_for_response_hooks(
    make_session: SessionFactory, auth_server: AuthorizationServer, api: ProtectedAPI
) -> None:
    seen: list[tuple[int, bool]] = []

    def hook(response: httpx2.Response) -> None:
        seen.append((response.status_code, handled_by_session(response)))

    session = make_session(event_hooks={"response": [hook]})
    api.fail_next_with_401(1)
    session.get("/v1/WorkSpaces")
    # token request, 401 (session re-authenticates), token request, 200
    assert seen == [(200, True), (401, True), (200, True), (200, False)]
    assert session.get("/v1/WorkSpaces").request.extensions[BEARER_EXTENSION] is True
    assert TOKEN_REQUEST_EXTENSION not in session.get("/v1/WorkSpaces").request.extensions
