"""Bad answers through the real stack: create_client()/create_async_client() with a real token,
generated operations, a loopback fault server. Every case runs sync and async, bounded in requests
and time."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest

from dastra.connect import create_async_client, create_client
from dastra.errors import APIRedirectError, APIResponseValidationError, DastraError, PagingError
from dastra.paging import apaginate, paginate
from dastra.settings import DastraSettings
from dastra_client import Client
from dastra_client._paging import AsyncPager, SyncPager
from dastra_client.api.data_breachs import data_breachs_find, data_breachs_list
from dastra_client.models import DataBreachDtoPagedList
from dastra_sandbox import AuthorizationServer
from tests.servers.faults import FaultServer, Reply, default_item

LIST_PATH = "/v1/ws/1/DataBreachs"
BREACH_ID = uuid.UUID(int=7)
FIND_PATH = f"{LIST_PATH}/{BREACH_ID}"
#: No case may take longer than this, whatever the server does.
DEADLINE = 20.0


@pytest.fixture
def auth() -> Iterator[AuthorizationServer]:
    # A client id of its own: the client-side rate limiter is shared per key within the process.
    with AuthorizationServer(client_id=f"answers-{uuid.uuid4().hex[:12]}") as server:
        yield server


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as running:
        yield running


@pytest.fixture
def settings(auth: AuthorizationServer, server: FaultServer) -> DastraSettings:
    return DastraSettings(
        client_id=auth.client_id,
        client_secret=auth.client_secret,
        token_url=auth.token_url,
        api_url=server.url,
        timeout=5.0,
    )


class Stack:
    """Runs ``sync(client)`` on a ``create_client()`` client, or ``await asynchronous(client)`` on a
    ``create_async_client()`` one, within :data:`DEADLINE`."""

    def __init__(self, mode: str, settings: DastraSettings) -> None:
        self.mode = mode
        self.settings = settings

    def run(self, sync: Callable[[Client], Any], asynchronous: Callable[[Client], Awaitable[Any]]) -> Any:
        if self.mode == "sync":
            with create_client(self.settings) as client:
                return sync(client)

        async def go() -> Any:
            async with create_async_client(self.settings) as client:
                return await asynchronous(client)

        return asyncio.run(asyncio.wait_for(go(), DEADLINE))

    def find(self) -> Any:
        return self.run(
            lambda c: data_breachs_find.sync("1", BREACH_ID, client=c),
            lambda c: data_breachs_find.asyncio("1", BREACH_ID, client=c),
        )

    def labels(self, **options: Any) -> list[str]:
        """Every item's label through ``paginate`` / ``apaginate`` over the generated list function."""

        async def walk(client: Client) -> list[str]:
            pages = apaginate(data_breachs_list.asyncio, client=client, workspace_id="1", **options)
            return [breach.label async for breach in pages]

        return list(
            self.run(
                lambda c: [
                    b.label for b in paginate(data_breachs_list.sync, client=c, workspace_id="1", **options)
                ],
                walk,
            )
        )

    def pager_labels(self, **options: Any) -> tuple[list[str], int | None]:
        """Every label and the first page's total through SyncPager / AsyncPager (the facade's path)."""

        def sync(client: Client) -> tuple[list[str], int | None]:
            def fetch(page: int, size: int) -> DataBreachDtoPagedList:
                answer = data_breachs_list.sync("1", client=client, page=page, size=size)
                assert answer is not None
                return answer

            pager = SyncPager(fetch, **options)
            return [b.label for b in pager], pager.total

        async def asynchronous(client: Client) -> tuple[list[str], int | None]:
            async def fetch(page: int, size: int) -> DataBreachDtoPagedList:
                answer = await data_breachs_list.asyncio("1", client=client, page=page, size=size)
                assert answer is not None
                return answer

            pager = AsyncPager(fetch, **options)
            return [b.label async for b in pager], await pager.total()

        result: tuple[list[str], int | None] = self.run(sync, asynchronous)
        return result


@pytest.fixture(params=["sync", "async"])
def stack(request: pytest.FixtureRequest, settings: DastraSettings) -> Stack:
    return Stack(request.param, settings)


def page(numbers: range, total: object = None) -> Reply:
    body: dict[str, Any] = {"items": [default_item(n) for n in numbers]}
    if total is not None:
        body["total"] = total
    return Reply(200, json=body)


# --- bodies that are not JSON ---------------------------------------------------------------------


def test_an_html_200_is_a_typed_error(stack: Stack, server: FaultServer) -> None:
    html = b"<!DOCTYPE html>\n<html><body><h1>Down for maintenance</h1></body></html>"
    headers = {"Content-Type": "text/html; charset=utf-8", "X-Request-Id": "maint-42"}
    server.script(FIND_PATH, then=Reply(200, headers=headers, body=html))
    with pytest.raises(APIResponseValidationError) as caught:
        stack.find()
    error = caught.value
    assert isinstance(error, DastraError)
    assert (error.status_code, error.method, error.path) == (200, "GET", FIND_PATH)
    assert error.content_type == "text/html; charset=utf-8"
    assert error.request_id == "maint-42"
    assert error.body.startswith("<!DOCTYPE html> <html><body><h1>Down for maintenance")
    assert "text/html" in str(error)
    assert len(server.requests_to(FIND_PATH)) == 1


def test_an_empty_200_is_a_typed_error(stack: Stack, server: FaultServer) -> None:
    server.script(FIND_PATH, then=Reply(200, headers={"Content-Type": "application/json"}))
    with pytest.raises(APIResponseValidationError, match="empty body") as caught:
        stack.find()
    assert caught.value.body == ""
    assert caught.value.content_type == "application/json"


def test_invalid_json_is_a_typed_error(stack: Stack, server: FaultServer) -> None:
    truncated = b'{"id": "00000000-0000-0000-0000-000000000007", "label": "cut he'
    server.script(FIND_PATH, then=Reply(200, headers={"Content-Type": "application/json"}, body=truncated))
    with pytest.raises(APIResponseValidationError, match="not valid JSON") as caught:
        stack.find()
    assert caught.value.body == truncated.decode()


def test_valid_json_without_content_type_is_accepted(stack: Stack, server: FaultServer) -> None:
    body = b'{"id": "00000000-0000-0000-0000-000000000007", "label": "ok", "startDate": "2024-01-01"}'
    server.script(FIND_PATH, then=Reply(200, body=body))
    breach = stack.find()
    assert (breach.id, breach.label) == (BREACH_ID, "ok")


def test_an_html_page_on_a_list_stops_the_walk_with_the_typed_error(
    stack: Stack, server: FaultServer
) -> None:
    html = Reply(200, headers={"Content-Type": "text/html"}, body=b"<html>login</html>")
    server.script(LIST_PATH, page(range(1, 6), total=12), then=html)
    with pytest.raises(APIResponseValidationError, match="text/html"):
        stack.labels(size=5)
    assert len(server.requests_to(LIST_PATH)) == 2


# --- redirects ------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_is_a_typed_error_never_followed(stack: Stack, server: FaultServer, status: int) -> None:
    login = f"{server.url}/Account/Login?ReturnUrl=%2Fv1%2Fws&token=leak-me#frag"
    server.script(
        FIND_PATH,
        then=Reply(
            status, headers={"Location": login, "Content-Type": "text/html"}, body=b"<html>login</html>"
        ),
    )
    server.script("/Account/Login", then=Reply(200, json={"id": str(BREACH_ID), "label": "followed!"}))
    with pytest.raises(APIRedirectError) as caught:
        stack.find()
    error = caught.value
    assert (error.status_code, error.method, error.path) == (status, "GET", FIND_PATH)
    assert error.location == login
    assert f"a redirect to {server.url}/Account/Login (not followed)" in str(error)
    assert "leak-me" not in str(error)
    assert "ReturnUrl" not in str(error)
    assert server.requests_to("/Account/Login") == []
    assert len(server.requests_to(FIND_PATH)) == 1  # not retried either


def test_a_relative_redirect_without_query(stack: Stack, server: FaultServer) -> None:
    server.script(FIND_PATH, then=Reply(302, headers={"Location": "/login?next=/v1"}))
    with pytest.raises(APIRedirectError, match="a redirect to /login \\(not followed\\)") as caught:
        stack.find()
    assert caught.value.location == "/login?next=/v1"
    assert server.requests_to("/login") == []


def test_a_3xx_without_location(stack: Stack, server: FaultServer) -> None:
    server.script(FIND_PATH, then=Reply(300, json={"choices": []}))
    with pytest.raises(APIRedirectError, match="without Location") as caught:
        stack.find()
    assert caught.value.location is None


# --- paging that must end -------------------------------------------------------------------------


def test_a_short_page_stops_even_when_total_says_a_million(stack: Stack, server: FaultServer) -> None:
    server.script(LIST_PATH, then=page(range(1, 4), total=1_000_000))
    assert stack.labels(size=500) == ["item 1", "item 2", "item 3"]
    requests = server.requests_to(LIST_PATH)
    assert len(requests) == 1
    assert (requests[0].query["page"], requests[0].query["size"]) == (["1"], ["500"])


def test_a_server_ignoring_page_raises_paging_error(stack: Stack, server: FaultServer) -> None:
    server.script(LIST_PATH, then=page(range(1, 6), total=1_000_000))
    with pytest.raises(PagingError) as caught:
        stack.labels(size=5)
    assert (caught.value.page, caught.value.size) == (2, 5)
    assert [r.query["page"] for r in server.requests_to(LIST_PATH)] == [["1"], ["2"]]


def test_a_missing_total_falls_back_to_the_short_page_rule(stack: Stack, server: FaultServer) -> None:
    server.script(
        LIST_PATH, page(range(1, 6)), page(range(6, 11)), page(range(11, 13)), then=page(range(99, 104))
    )
    assert stack.labels(size=5) == [f"item {n}" for n in range(1, 13)]
    assert [r.query["page"] for r in server.requests_to(LIST_PATH)] == [["1"], ["2"], ["3"]]


@pytest.mark.parametrize("total", ["many", -1, True, 2.5])
def test_an_invalid_total_falls_back_to_the_short_page_rule(
    stack: Stack, server: FaultServer, total: object
) -> None:
    server.script(
        LIST_PATH, page(range(1, 6), total=total), page(range(6, 8), total=total), then=page(range(8, 9))
    )
    assert stack.labels(size=5) == [f"item {n}" for n in range(1, 8)]
    assert len(server.requests_to(LIST_PATH)) == 2


def test_a_total_smaller_than_the_pages_stops_at_total(stack: Stack, server: FaultServer) -> None:
    # Full pages keep coming, but the first says 5 in all: the walk ends once 5 were received.
    server.script(LIST_PATH, page(range(1, 6), total=5), then=page(range(6, 11), total=5))
    assert len(stack.labels(size=5)) == 5
    assert len(server.requests_to(LIST_PATH)) == 1


def test_an_empty_page_stops(stack: Stack, server: FaultServer) -> None:
    server.script(LIST_PATH, page(range(1, 6), total=50), then=page(range(0), total=50))
    assert len(stack.labels(size=5)) == 5
    assert len(server.requests_to(LIST_PATH)) == 2


@pytest.mark.parametrize(
    ("guard", "items", "requests"), [({"max_pages": 3}, 30, 3), ({"max_items": 25}, 25, 3)]
)
def test_max_pages_and_max_items(
    stack: Stack, server: FaultServer, guard: dict[str, int], items: int, requests: int
) -> None:
    server.paged(LIST_PATH, 10_000)
    assert stack.labels(size=10, **guard) == [f"item {n}" for n in range(1, items + 1)]
    assert len(server.requests_to(LIST_PATH)) == requests


def test_a_full_walk_at_size_500(stack: Stack, server: FaultServer) -> None:
    server.paged(LIST_PATH, 1_234)
    assert stack.labels() == [f"item {n}" for n in range(1, 1_235)]
    assert [r.query["size"] for r in server.requests_to(LIST_PATH)] == [["500"]] * 3


def test_the_pagers_walk_generated_operations_with_the_same_rules(stack: Stack, server: FaultServer) -> None:
    server.paged(LIST_PATH, 23)
    labels, total = stack.pager_labels(size=10)
    assert labels == [f"item {n}" for n in range(1, 24)]
    assert total == 23
    assert len(server.requests_to(LIST_PATH)) == 3  # total reuses the first page


def test_the_pagers_stop_on_a_repeating_server(stack: Stack, server: FaultServer) -> None:
    server.script(LIST_PATH, then=page(range(1, 11), total=1_000_000))
    with pytest.raises(PagingError):
        stack.pager_labels(size=10)
    assert len(server.requests_to(LIST_PATH)) == 2
