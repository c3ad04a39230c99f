"""Error answers expose their problem document (RFC 9457 / ASP.NET ProblemDetails) as ``error.problem``."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from dastra.errors import (
    APIStatusError,
    BadRequestError,
    InternalServerError,
    Problem,
    UnprocessableEntityError,
)
from tests.policies.helpers import RecordedSleeps, async_client, make_policy, sync_client
from tests.servers.faults import FaultServer, Reply

PROBLEM_JSON = {"Content-Type": "application/problem+json; charset=utf-8"}
#: What ASP.NET Core's [ApiController] answers for an invalid body (ValidationProblemDetails).
VALIDATION_400 = {
    "type": "https://tools.ietf.org/html/rfc9110#section-15.5.1",
    "title": "One or more validation errors occurred.",
    "status": 400,
    "errors": {"Label": ["The Label field is required."], "StartDate": ["Invalid date.", "Too early."]},
    "traceId": "00-84c1fd4063c38d9f3900d06e56542d48-85d1d4e1a0c9a2b1-00",
}
#: A ProblemDetails a controller returns with UnprocessableEntity(...).
ARCHIVED_422 = {
    "type": "https://tools.ietf.org/html/rfc4918#section-11.2",
    "title": "Unprocessable Entity",
    "status": 422,
    "detail": "The workspace is archived.",
    "instance": "/v1/ws/1/DataBreachs",
    "traceId": "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00",
}


def _sync_error(server: FaultServer, sleeps: RecordedSleeps, reply: Reply) -> APIStatusError:
    server.script("/v1/ws/1/DataBreachs", reply)
    with (
        sync_client(make_policy(server.url, max_retries=0), sleeps) as client,
        pytest.raises(APIStatusError) as caught,
    ):
        client.post("/v1/ws/1/DataBreachs", json={})
    return caught.value


def _async_error(server: FaultServer, sleeps: RecordedSleeps, reply: Reply) -> APIStatusError:
    server.script("/v1/ws/1/DataBreachs", reply)

    async def call() -> APIStatusError:
        async with async_client(make_policy(server.url, max_retries=0), sleeps) as client:
            with pytest.raises(APIStatusError) as caught:
                await client.post("/v1/ws/1/DataBreachs", json={})
            return caught.value

    return asyncio.run(call())


@pytest.fixture(params=["sync", "async"])
def raised(request: pytest.FixtureRequest, server: FaultServer, sleeps: RecordedSleeps) -> Any:
    twin = _sync_error if request.param == "sync" else _async_error
    return lambda reply: twin(server, sleeps, reply)


def test_validation_problem_on_a_real_400(raised: Any) -> None:
    error = raised(Reply(400, headers=PROBLEM_JSON, body=json.dumps(VALIDATION_400).encode()))
    assert isinstance(error, BadRequestError)
    problem = error.problem
    assert problem is not None
    assert problem.title == "One or more validation errors occurred."
    assert problem.status == 400
    assert problem.detail is None
    assert problem.errors == {
        "Label": ("The Label field is required.",),
        "StartDate": ("Invalid date.", "Too early."),
    }
    assert problem.extensions == {"traceId": VALIDATION_400["traceId"]}
    assert error.problem is problem  # parsed once


def test_problem_details_on_a_real_422(raised: Any) -> None:
    error = raised(Reply(422, headers=PROBLEM_JSON, body=json.dumps(ARCHIVED_422).encode()))
    assert isinstance(error, UnprocessableEntityError)
    assert error.problem == Problem(
        type="https://tools.ietf.org/html/rfc4918#section-11.2",
        title="Unprocessable Entity",
        status=422,
        detail="The workspace is archived.",
        instance="/v1/ws/1/DataBreachs",
        extensions={"traceId": ARCHIVED_422["traceId"]},
    )


def test_problem_sent_as_plain_json_is_recognised(raised: Any) -> None:
    error = raised(Reply(422, json=ARCHIVED_422))  # Content-Type: application/json
    assert error.problem is not None
    assert error.problem.detail == "The workspace is archived."


@pytest.mark.parametrize(
    "reply",
    [
        Reply(
            500, headers={"Content-Type": "text/html"}, body=b"<html><body>Down for maintenance</body></html>"
        ),
        Reply(400, json={"error": "page and size must be integers"}),  # JSON, but no problem members
        Reply(400, json=[{"title": "a list is not a problem"}]),
        Reply(400, headers=PROBLEM_JSON, body=b"{truncated"),
        Reply(400),
    ],
    ids=["html", "other-json", "array", "invalid-json", "empty"],
)
def test_not_a_problem_document(raised: Any, reply: Reply) -> None:
    error = raised(reply)
    assert isinstance(error, BadRequestError | InternalServerError)
    assert error.problem is None


def test_members_of_the_wrong_type_are_kept_as_extensions() -> None:
    problem = Problem.from_json(
        {"title": 7, "status": "400", "detail": "ok", "errors": {"Label": [1]}, "code": "E42"}
    )
    assert problem is not None
    assert (problem.title, problem.status, problem.detail, problem.errors) == (None, None, "ok", {})
    assert problem.extensions == {"title": 7, "status": "400", "errors": {"Label": [1]}, "code": "E42"}
    assert Problem.from_json(["not", "an", "object"]) is None
