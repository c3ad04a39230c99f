"""Resource methods on both clients against a fault server: workspaces, options, honest returns, raw answers,
paging and the escape hatch. Each test runs on ``Dastra`` and on ``AsyncDastra`` (the ``both`` fixture)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from dastra.connect import create_async_client, create_client
from dastra.errors import (
    APIResponseValidationError,
    APITimeoutError,
    InternalServerError,
    NotFoundError,
    UnprocessableEntityError,
    WorkspaceRequiredError,
)
from dastra.filters import F
from dastra_client._errors import PagingError
from dastra_client._paging import AsyncPager, SyncPager
from dastra_client._response import APIResponse, BinaryAnswer
from dastra_client.api.data_breachs import data_breachs_find
from dastra_client.api.data_subject_messages import data_subject_messages_create
from dastra_client.models import DataBreachDto, DataSubjectMessageCreationDto
from tests.facade.conftest import BREACH_ID, Both, breach, settings_for
from tests.servers.faults import FaultServer, Reply, Slow

FIND = f"/v1/ws/42/DataBreachs/{BREACH_ID}"
LIST = "/v1/ws/42/DataBreachs"
MESSAGES = "/v1/ws/42/DataSubjectMessages"


# --- workspaces -------------------------------------------------------------------------------------


def test_an_explicit_workspace_wins_over_the_view_and_the_settings(both: Both, server: FaultServer) -> None:
    server.script(f"/v1/ws/7/DataBreachs/{BREACH_ID}", then=Reply(json=breach()))
    server.script(f"/v1/ws/8/DataBreachs/{BREACH_ID}", then=Reply(json=breach()))
    server.script(FIND, then=Reply(json=breach()))
    dastra = both.client(workspace_id="42")
    both.run(lambda d: d.data_breachs.find(BREACH_ID), dastra)
    both.run(lambda d: d.data_breachs.find(BREACH_ID), dastra.workspace("7"))
    both.run(lambda d: d.data_breachs.find(BREACH_ID, workspace_id="8"), dastra.workspace("7"))
    both.run(lambda d: d.data_breachs.find(BREACH_ID, workspace_id=42), dastra)
    assert [r.path.split("/")[3] for r in server.requests] == ["42", "7", "8", "42"]
    assert dastra.workspace_id == "42" and dastra.workspace("7").workspace_id == "7"


def test_no_workspace_from_any_source_raises_before_any_request(both: Both, server: FaultServer) -> None:
    dastra = both.client()
    with pytest.raises(WorkspaceRequiredError, match="DASTRA_WORKSPACE_ID") as raised:
        both.run(lambda d: d.data_breachs.find(BREACH_ID), dastra)
    assert isinstance(raised.value, TypeError)
    with pytest.raises(WorkspaceRequiredError):
        both.run(lambda d: d.data_breachs.list(), dastra)  # a list raises at the call, not when iterated
    with pytest.raises(WorkspaceRequiredError):
        both.run(lambda d: d.get("/v1/ws/{workspace_id}/AiSystems"), dastra)
    assert server.requests == []


def test_the_workspace_comes_from_the_environment(both: Both, server: FaultServer, monkeypatch: Any) -> None:
    server.script(f"/v1/ws/99/DataBreachs/{BREACH_ID}", then=Reply(json=breach()))
    for name, value in {
        "DASTRA_API_KEY": "k",
        "DASTRA_API_URL": server.url,
        "DASTRA_WORKSPACE_ID": "99",
    }.items():
        monkeypatch.setenv(name, value)
    dastra = both.cls()
    try:
        assert isinstance(both.run(lambda d: d.data_breachs.find(BREACH_ID), dastra), DataBreachDto)
    finally:
        both._clients.append(dastra)
    assert server.requests[0].path.startswith("/v1/ws/99/")


def test_a_bad_workspace_is_refused(both: Both) -> None:
    dastra = both.client()
    with pytest.raises(ValueError, match="non-empty"):
        dastra.workspace("")
    with pytest.raises(ValueError, match="non-empty"):
        both.run(lambda d: d.data_breachs.find(BREACH_ID, workspace_id=" "), dastra)


def test_an_optional_workspace_filter_takes_the_scope_or_nothing(both: Both, server: FaultServer) -> None:
    server.script("/v1/TenantUsers/count", then=Reply(json=3))
    assert both.run(lambda d: d.tenant_users.count(), both.client()) == 3
    assert both.run(lambda d: d.tenant_users.count(), both.client().workspace("12")) == 3
    with pytest.raises(ValueError, match="numeric workspace id"):
        both.run(lambda d: d.tenant_users.count(), both.client().workspace("abc"))
    assert [r.query.get("workspaceId") for r in server.requests] == [None, ["12"]]


# --- per-call and per-client options ---------------------------------------------------------------------


def test_extra_headers_and_query_go_with_that_call_only(both: Both, server: FaultServer) -> None:
    server.script(FIND, then=Reply(json=breach()))
    dastra = both.client(workspace_id="42")
    both.run(
        lambda d: d.data_breachs.find(
            BREACH_ID, extra_headers={"X-Trace": "t1"}, extra_query={"select": "id"}
        ),
        dastra,
    )
    both.run(lambda d: d.data_breachs.find(BREACH_ID), dastra)
    first, second = server.requests
    assert first.headers["x-trace"] == "t1" and first.query == {"select": ["id"]}
    assert first.headers["x-api-key"] == "test-api-key"  # the session's authentication stays on
    assert "x-trace" not in second.headers and second.query == {}


def test_a_per_call_timeout_replaces_the_clients(both: Both, server: FaultServer) -> None:
    server.script(FIND, Slow(1.0, Reply(json=breach())), then=Reply(json=breach()))
    dastra = both.client(workspace_id="42", timeout=5.0, max_retries=0)
    with pytest.raises(APITimeoutError):
        both.run(lambda d: d.data_breachs.find(BREACH_ID, timeout=0.2), dastra)
    assert isinstance(both.run(lambda d: d.data_breachs.find(BREACH_ID), dastra), DataBreachDto)


def test_a_per_call_max_retries_replaces_the_clients(both: Both, server: FaultServer) -> None:
    unavailable = Reply(503, headers={"Retry-After": "0"}, json={"error": "busy"})
    server.script(FIND, unavailable, unavailable, then=Reply(json=breach()))
    dastra = both.client(workspace_id="42", max_retries=0)
    with pytest.raises(InternalServerError):
        both.run(lambda d: d.data_breachs.find(BREACH_ID), dastra)
    assert len(server.requests) == 1
    assert isinstance(
        both.run(lambda d: d.data_breachs.find(BREACH_ID, max_retries=3), dastra), DataBreachDto
    )
    assert len(server.requests) == 3  # the second 503, then the answer


def test_with_options_shares_the_session_and_sets_defaults(both: Both, server: FaultServer) -> None:
    unavailable = Reply(503, headers={"Retry-After": "0"}, json={"error": "busy"})
    server.script(FIND, unavailable, then=Reply(json=breach()))
    dastra = both.client(workspace_id="42", max_retries=0)
    patient = dastra.with_options(max_retries=1, headers={"X-Service": "billing"}, timeout=3)
    assert both.run(lambda d: d.data_breachs.find(BREACH_ID), patient).label == "breach 1"
    both.run(lambda d: d.data_breachs.find(BREACH_ID, extra_headers={"X-Service": "audit"}), patient)
    assert [r.headers.get("x-service") for r in server.requests] == ["billing", "billing", "audit"]
    assert patient.client.session is dastra.client.session  # one session, token, pool and budget
    assert type(patient) is type(dastra) and patient.workspace_id == "42"


def test_unknown_or_bad_options_raise(both: Both) -> None:
    dastra = both.client(workspace_id="42")
    with pytest.raises(TypeError, match="retries"):
        both.run(lambda d: d.data_breachs.find(BREACH_ID, retries=1), dastra)
    with pytest.raises(ValueError, match="max_retries"):
        both.run(lambda d: d.data_breachs.find(BREACH_ID, max_retries=-1), dastra)
    with pytest.raises(TypeError, match="with_options"):
        dastra.with_options(retries=1)
    with pytest.raises(ValueError, match="timeout"):
        dastra.with_options(timeout=0)


# --- what methods return -------------------------------------------------------------------------------


def test_a_2xx_the_operation_does_not_declare_raises_instead_of_returning_none(
    both: Both, server: FaultServer
) -> None:
    server.script(FIND, Reply(204, headers={"X-Request-Id": "r-1"}))
    with pytest.raises(APIResponseValidationError) as raised:
        both.run(lambda d: d.data_breachs.find(BREACH_ID), both.client(workspace_id="42"))
    error = raised.value
    assert (error.status_code, error.method, error.path, error.request_id) == (204, "GET", FIND, "r-1")


def test_undeclared_content_is_what_the_api_answered(both: Both, server: FaultServer) -> None:
    pdf = b"%PDF-1.7 sample"
    disposition = (
        "attachment; filename=\"../../etc/report.pdf\"; filename*=UTF-8''rapport%20%C3%A9t%C3%A9.pdf"
    )
    server.script(
        MESSAGES,
        Reply(200, json={"id": "m-1", "message": "hello"}),
        Reply(201, json=[1, 2]),
        Reply(204),
        Reply(200, body=b""),
        Reply(200, body=pdf, headers={"Content-Type": "application/pdf", "Content-Disposition": disposition}),
        Reply(200, body=b"plain text", headers={"Content-Type": "text/plain; charset=latin-1"}),
        Reply(200, body=b'{"truncated', headers={"Content-Type": "application/json"}),
    )
    dastra = both.client(workspace_id="42")
    body = DataSubjectMessageCreationDto(message="hello")

    def create(d: Any) -> Any:
        return d.data_subject_messages.create(body=body)

    assert both.run(create, dastra) == {"id": "m-1", "message": "hello"}
    assert both.run(create, dastra) == [1, 2]
    assert both.run(create, dastra) is None
    assert both.run(create, dastra) is None
    binary = both.run(create, dastra)
    assert binary == BinaryAnswer(pdf, file_name="rapport été.pdf", media_type="application/pdf")
    text = both.run(create, dastra)
    assert isinstance(text, BinaryAnswer) and text.text == "plain text" and text.media_type == "text/plain"
    with pytest.raises(APIResponseValidationError, match="not valid JSON"):
        both.run(create, dastra)


def test_the_functional_layer_returns_the_same_answers(server: FaultServer) -> None:
    server.script(MESSAGES, Reply(200, json={"id": "m-2"}), Reply(204))
    server.script(FIND, Reply(204, headers={"X-Request-Id": "f-1"}), then=Reply(json=breach()))
    with create_client(settings_for(server), mode="api_key") as client:
        body = DataSubjectMessageCreationDto(message="hi")
        assert data_subject_messages_create.sync("42", client=client, body=body) == {"id": "m-2"}
        detailed = data_subject_messages_create.sync_detailed("42", client=client, body=body)
        with pytest.raises(APIResponseValidationError) as raised:  # sync() returns T, never None
            data_breachs_find.sync("42", BREACH_ID, client=client)
        assert isinstance(data_breachs_find.sync("42", BREACH_ID, client=client), DataBreachDto)
    assert detailed.status_code == 204 and detailed.parsed is None
    error = raised.value
    assert (error.status_code, error.method, error.request_id) == (204, "GET", "f-1")
    assert error.path == "/v1/ws/{workspace_id}/DataBreachs/{id}"  # the template: no value, no query


def test_the_async_functional_layer_raises_on_an_undeclared_2xx(server: FaultServer) -> None:
    server.script(FIND, Reply(204))

    async def main() -> None:
        async with create_async_client(settings_for(server), mode="api_key") as client:
            await data_breachs_find.asyncio("42", BREACH_ID, client=client)

    with pytest.raises(APIResponseValidationError, match="204"):
        asyncio.run(main())


# --- raw responses ------------------------------------------------------------------------------------


def test_raw_responses_carry_status_headers_and_the_parsed_value(both: Both, server: FaultServer) -> None:
    headers = {"X-Request-Id": "req-7", "X-RateLimit-Remaining": "498", "RateLimit-Limit": "500"}
    server.script(FIND, then=Reply(200, headers=headers, json=breach(label="raw")))
    raw = both.run(lambda d: d.with_raw_response.data_breachs.find(BREACH_ID), both.client(workspace_id="42"))
    assert isinstance(raw, APIResponse)
    assert (raw.status_code, raw.request_id, raw.method, raw.path) == (200, "req-7", "GET", FIND)
    assert raw.rate_limit == {"x-ratelimit-remaining": "498", "ratelimit-limit": "500"}
    assert isinstance(raw.parsed, DataBreachDto) and raw.parsed.label == "raw"
    assert raw.headers["content-type"] == "application/json" and json.loads(raw.content)["label"] == "raw"


def test_a_raw_list_answers_its_first_page_and_a_pager_seeded_with_it(
    both: Both, server: FaultServer
) -> None:
    server.paged(LIST, 25, item=breach)
    raw = both.run(lambda d: d.with_raw_response.data_breachs.list(size=10), both.client(workspace_id="42"))
    assert raw.status_code == 200 and len(server.requests) == 1
    assert isinstance(raw.parsed, SyncPager | AsyncPager)
    items = both.items(raw.parsed)
    assert [item.label for item in items] == [f"breach {n}" for n in range(1, 26)]
    assert [r.query["page"] for r in server.requests] == [["1"], ["2"], ["3"]]  # page 1 fetched once


def test_raw_escape_hatch(both: Both, server: FaultServer) -> None:
    server.script("/v1/ws/42/AiSystems", then=Reply(200, headers={"X-Request-Id": "e-1"}, json={"ok": True}))
    raw = both.run(
        lambda d: d.with_raw_response.get("/v1/ws/{workspace_id}/AiSystems"), both.client(workspace_id="42")
    )
    assert (raw.parsed, raw.status_code, raw.request_id) == ({"ok": True}, 200, "e-1")


# --- paging --------------------------------------------------------------------------------------------


def test_a_list_walks_every_page_lazily_with_its_filters(both: Both, server: FaultServer) -> None:
    server.paged(LIST, 1203, item=breach)
    dastra = both.client(workspace_id="42")
    pager = both.run(lambda d: d.data_breachs.list(filters=F("state") == "New", archived=False), dastra)
    assert server.requests == []  # nothing fetched until iterated
    items = both.items(pager)
    assert len(items) == 1203 and all(isinstance(item, DataBreachDto) for item in items)
    assert [r.query["page"][0] for r in server.requests] == ["1", "2", "3"]
    assert {r.query["size"][0] for r in server.requests} == {"500"}
    assert {r.query["filters"][0] for r in server.requests} == {
        '{"field":"state","operator":"equal","value":"New"}'
    }
    assert {r.query["archived"][0] for r in server.requests} == {"false"}


def test_a_list_takes_a_first_page_and_a_size_up_to_500(both: Both, server: FaultServer) -> None:
    server.paged(LIST, 30, item=breach)
    dastra = both.client(workspace_id="42")
    items = both.items(both.run(lambda d: d.data_breachs.list(page=2, size=20), dastra))
    assert [item.label for item in items] == [f"breach {n}" for n in range(21, 31)]
    with pytest.raises(ValueError, match="size"):
        both.run(lambda d: d.data_breachs.list(size=501), dastra)
    assert len(server.requests) == 1


def test_a_server_ignoring_page_stops_the_walk(both: Both, server: FaultServer) -> None:
    page = {"items": [breach(n) for n in range(1, 11)], "total": 100}
    server.script(LIST, then=Reply(json=page))
    with pytest.raises(PagingError):
        both.items(both.run(lambda d: d.data_breachs.list(size=10), both.client(workspace_id="42")))
    assert len(server.requests) == 2


def test_pagers_are_typed_for_their_loop(both: Both, server: FaultServer) -> None:
    server.paged(LIST, 3, item=breach)
    pager = both.run(lambda d: d.data_breachs.list(), both.client(workspace_id="42"))
    if both.kind == "sync":
        with pytest.raises(TypeError, match="not 'async for'"):
            pager.__aiter__()
    else:
        with pytest.raises(TypeError, match="not 'for'"):
            iter(pager)


# --- escape hatch --------------------------------------------------------------------------------------


def test_the_escape_hatch_goes_through_auth_policies_and_typed_errors(
    both: Both, server: FaultServer
) -> None:
    server.script("/v1/ws/42/AiSystems", then=Reply(json={"id": 1}))
    server.script(
        "/v1/ws/42/AiSystems/9", Reply(200, json={"id": 9}), Reply(204), Reply(404, json={"title": "gone"})
    )
    server.script("/v1/AiModels", Reply(503, headers={"Retry-After": "0"}), then=Reply(json=[{"id": "m"}]))
    dastra = both.client(workspace_id="42")
    assert both.run(lambda d: d.post("/v1/ws/{workspace_id}/AiSystems", json={"label": "x"}), dastra) == {
        "id": 1
    }
    assert both.run(lambda d: d.put("v1/ws/42/AiSystems/9", json={"label": "y"}), dastra) == {"id": 9}
    assert both.run(lambda d: d.delete("/v1/ws/42/AiSystems/9"), dastra) is None
    with pytest.raises(NotFoundError):
        both.run(lambda d: d.patch("/v1/ws/42/AiSystems/9", json=[{"op": "replace"}]), dastra)
    assert both.run(lambda d: d.get("/v1/AiModels", params={"q": "a"}), dastra) == [{"id": "m"}]  # retried
    methods = [(r.method, r.path) for r in server.requests]
    assert methods[:4] == [
        ("POST", "/v1/ws/42/AiSystems"),
        ("PUT", "/v1/ws/42/AiSystems/9"),
        ("DELETE", "/v1/ws/42/AiSystems/9"),
        ("PATCH", "/v1/ws/42/AiSystems/9"),
    ]
    assert all(r.headers["x-api-key"] == "test-api-key" for r in server.requests)
    assert server.requests[-1].query == {"q": ["a"]} and len(server.requests) == 6


def test_the_escape_hatch_never_sends_the_token_elsewhere(both: Both, server: FaultServer) -> None:
    dastra = both.client()
    for url in ("https://evil.example/v1/x", "//evil.example/v1/x", ""):

        def get(client: Any, url: str = url) -> Any:
            return client.get(url)

        with pytest.raises(ValueError, match="path"):
            both.run(get, dastra)
    assert server.requests == []


def test_get_list_pages_a_list_the_snapshot_lacks(both: Both, server: FaultServer) -> None:
    server.paged("/v1/ws/42/AiSystems", 7, item=lambda n: {"id": n})
    dastra = both.client(workspace_id="42")
    items = both.items(dastra.get_list("/v1/ws/{workspace_id}/AiSystems", params={"q": "z"}, size=3))
    assert items == [{"id": n} for n in range(1, 8)]
    assert server.requests[0].query == {"q": ["z"], "page": ["1"], "size": ["3"]}
    with pytest.raises(TypeError, match="page"):
        dastra.get_list("/v1/x", params={"page": 2})


def test_get_list_refuses_what_is_not_a_page(both: Both, server: FaultServer) -> None:
    server.script("/v1/Reviews", then=Reply(json={"items": ["not", "objects"], "total": 2}))
    with pytest.raises(APIResponseValidationError, match="not a page"):
        both.items(both.client().get_list("/v1/Reviews"))


def test_a_422_is_a_typed_error(both: Both, server: FaultServer) -> None:
    server.script(FIND, Reply(422, json={"title": "invalid"}))
    with pytest.raises(UnprocessableEntityError):
        both.run(lambda d: d.data_breachs.find(BREACH_ID), both.client(workspace_id="42"))


def test_a_bad_filters_value_raises_at_the_call(both: Both, server: FaultServer) -> None:
    with pytest.raises(TypeError, match="filters"):
        both.run(lambda d: d.data_breachs.list(filters=42), both.client(workspace_id="42"))
    assert server.requests == []


# --- eager parsing as an option ---------------------------------------------------------------------------


def _filled(model: object, name: str) -> bool:
    """Whether the slot ``name`` holds a value already (reading the slot never triggers a lazy load)."""
    try:
        object.__getattribute__(model, name)
    except AttributeError:
        return False
    return True


def test_eager_is_a_per_call_and_a_per_client_option(both: Both, server: FaultServer) -> None:
    server.script(FIND, then=Reply(json=breach(tags=[{"id": 1, "label": "t"}])))
    dastra = both.client(workspace_id="42")
    lazy = both.run(lambda d: d.data_breachs.find(BREACH_ID), dastra)
    assert not _filled(lazy, "tags")  # the default: parsed on first access
    eager = both.run(lambda d: d.data_breachs.find(BREACH_ID, eager=True), dastra)
    assert _filled(eager, "tags")
    assert eager == lazy
    exporter = dastra.with_options(eager=True)
    assert _filled(both.run(lambda d: d.data_breachs.find(BREACH_ID), exporter), "tags")
    assert not _filled(both.run(lambda d: d.data_breachs.find(BREACH_ID, eager=False), exporter), "tags")
    with pytest.raises(TypeError, match="eager"):
        dastra.with_options(eager="yes")


def test_eager_pages_are_parsed_eagerly(both: Both, server: FaultServer) -> None:
    items = [breach(n, tags=[{"id": n, "label": "t"}]) for n in range(1, 4)]
    server.script(LIST, then=Reply(json={"items": items, "total": 3, "page": 1, "size": 500}))
    dastra = both.client(workspace_id="42")
    walked = both.items(dastra.with_options(eager=True).data_breachs.list())
    assert [item.label for item in walked] == ["breach 1", "breach 2", "breach 3"]
    assert all(_filled(item, "tags") for item in walked)
