"""A 2xx status ``http.HTTPStatus`` does not know (299) reads like any other: the post-step and the client."""

from __future__ import annotations

import asyncio
from http import HTTPStatus

import httpx2
import pytest

from dastra_client import Client
from dastra_client.api.work_spaces import work_spaces_list
from dastra_client.models import WorkSpaceDtoPagedList
from dastra_client.types import Response, status_of
from dastra_codegen.postprocess import PostprocessError, status_tolerant_endpoint, status_tolerant_types
from tests.policies.helpers import RecordedSleeps, async_client, make_policy, sync_client
from tests.servers.faults import FaultServer, Reply

PAGE = {"items": [{"id": 1, "label": "HQ"}], "total": 1, "size": 10, "page": 1}


def test_status_of_keeps_unknown_codes_as_int() -> None:
    assert status_of(200) is HTTPStatus.OK
    assert status_of(299) == 299
    assert not isinstance(status_of(299), HTTPStatus)


def test_build_response_accepts_299_and_still_parses() -> None:
    client = Client(base_url="http://127.0.0.1:9")
    response = httpx2.Response(
        299, json=PAGE, request=httpx2.Request("GET", "http://127.0.0.1:9/v1/WorkSpaces")
    )
    built = work_spaces_list._build_response(client=client, response=response)
    assert built.status_code == 299
    assert built.parsed is None  # not a declared status: nothing parsed, nothing raised
    ok = httpx2.Response(200, json=PAGE, request=response.request)
    assert work_spaces_list._build_response(client=client, response=ok).status_code is HTTPStatus.OK


def _client(http: httpx2.Client | httpx2.AsyncClient, url: str) -> Client:
    client = Client(base_url=url)
    if isinstance(http, httpx2.AsyncClient):
        client.set_async_httpx_client(http)
    else:
        client.set_httpx_client(http)
    return client


def test_sync_detailed_with_299_on_loopback(server: FaultServer, sleeps: RecordedSleeps) -> None:
    server.script("/v1/WorkSpaces", Reply(299, json=PAGE), Reply(200, json=PAGE))
    with sync_client(make_policy(server.url), sleeps) as http:
        client = _client(http, server.url)
        odd: Response[WorkSpaceDtoPagedList] = work_spaces_list.sync_detailed(client=client)
        usual = work_spaces_list.sync_detailed(client=client)
    assert (odd.status_code, odd.parsed) == (299, None)
    assert usual.status_code is HTTPStatus.OK
    assert isinstance(usual.parsed, WorkSpaceDtoPagedList)


def test_asyncio_detailed_with_299_on_loopback(server: FaultServer, sleeps: RecordedSleeps) -> None:
    server.script("/v1/WorkSpaces", Reply(299, json=PAGE))

    async def call() -> Response[WorkSpaceDtoPagedList]:
        async with async_client(make_policy(server.url), sleeps) as http:
            return await work_spaces_list.asyncio_detailed(client=_client(http, server.url))

    answer = asyncio.run(call())
    assert (answer.status_code, answer.parsed) == (299, None)


def test_post_step_refuses_an_unexpected_shape() -> None:
    with pytest.raises(PostprocessError):
        status_tolerant_types("class Response:\n    status_code: int\n")
    with pytest.raises(PostprocessError):
        status_tolerant_endpoint("def _build_response():\n    return Response(status_code=200)\n")


def test_post_step_rewrites_the_status_and_imports_the_helper() -> None:
    source = (
        "from ...types import Response, UNSET\n\n\ndef _build_response(*, client, response):\n"
        "    return Response(\n        status_code=HTTPStatus(response.status_code),\n    )\n"
    )
    result = status_tolerant_endpoint(source)
    assert "status_code=status_of(response.status_code)," in result
    assert "from ...types import Response, UNSET\nfrom ...types import status_of\n" in result
    assert "HTTPStatus(" not in result
