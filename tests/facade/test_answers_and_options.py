"""Units of the runtime: ``decode_answer`` on answers a server may send, and how call options merge."""

from __future__ import annotations

import httpx2
import pytest

from dastra.errors import APIResponseValidationError
from dastra_client._options import MAX_RETRIES_EXTENSION, NO_OPTIONS, CallOptions
from dastra_client._response import BinaryAnswer, decode_answer, rate_limit_headers


def answer(body: bytes, **headers: str) -> httpx2.Response:
    return httpx2.Response(
        200,
        content=body,
        headers={k.replace("_", "-"): v for k, v in headers.items()},
        request=httpx2.Request("POST", "https://api.example/v1/ws/1/Things?secret=x"),
    )


@pytest.mark.parametrize(
    ("content_type", "body", "expected"),
    [
        ("application/json; charset=utf-8", b'{"id": 1}', {"id": 1}),
        ("application/problem+json", b'{"title": "t"}', {"title": "t"}),
        ("text/json", b"[true]", [True]),
        ("APPLICATION/JSON", b'"text"', "text"),
        ("application/json", b"null", None),
    ],
)
def test_json_bodies_are_decoded(content_type: str, body: bytes, expected: object) -> None:
    assert decode_answer(answer(body, content_type=content_type)) == expected


def test_an_empty_body_is_none_whatever_its_type() -> None:
    assert decode_answer(answer(b"", content_type="application/json")) is None
    assert decode_answer(httpx2.Response(204, request=httpx2.Request("DELETE", "https://x/y"))) is None


def test_other_bodies_are_binary_answers_with_a_safe_file_name() -> None:
    unnamed = decode_answer(answer(b"\x00\x01"))
    assert unnamed == BinaryAnswer(b"\x00\x01")
    assert isinstance(unnamed, BinaryAnswer) and len(unnamed) == 2
    named = decode_answer(
        answer(
            b"a;b",
            content_type="text/csv; charset=utf-8",
            content_disposition='attachment; filename="..\\\\x\\\\e.csv"',
        )
    )
    assert named == BinaryAnswer(b"a;b", file_name="e.csv", media_type="text/csv", charset="utf-8")
    dots = decode_answer(answer(b"x", content_disposition='attachment; filename=".."'))
    assert isinstance(dots, BinaryAnswer) and dots.file_name is None
    assert "a;b" not in repr(named)  # a body may hold personal data: the repr shows its size only


def test_invalid_json_is_a_validation_error_without_the_query_string() -> None:
    with pytest.raises(APIResponseValidationError) as raised:
        decode_answer(answer(b"{", content_type="application/json"))
    assert raised.value.path == "/v1/ws/1/Things" and "secret" not in str(raised.value)


def test_rate_limit_headers_are_collected_by_name() -> None:
    headers = httpx2.Headers(
        {"X-RateLimit-Remaining": "4", "Retry-After": "3", "RateLimit-Reset": "9", "X": "y"}
    )
    assert rate_limit_headers(headers) == {
        "x-ratelimit-remaining": "4",
        "retry-after": "3",
        "ratelimit-reset": "9",
    }


def test_call_options_merge_per_call_over_per_client() -> None:
    client = CallOptions.for_client({"headers": {"A": "1", "B": "1"}, "timeout": 30, "max_retries": 4})
    call = CallOptions.for_call({"extra_headers": {"B": "2"}, "extra_query": {"q": "x"}, "max_retries": 0})
    merged = client.merge(call)
    kwargs = merged.apply({"headers": {"Content-Type": "application/json"}, "params": {"page": 1}})
    assert kwargs["headers"] == {"Content-Type": "application/json", "A": "1", "B": "2"}
    assert kwargs["params"] == {"page": 1, "q": "x"}
    assert kwargs["timeout"] == 30.0
    assert kwargs["extensions"] == {MAX_RETRIES_EXTENSION: 0}
    assert client.merge(NO_OPTIONS) is client and NO_OPTIONS.merge(call) is call
    assert NO_OPTIONS.apply({"params": {}}) == {"params": {}}
    assert CallOptions.for_call({"timeout": None}).apply({}) == {"timeout": None}  # None: no timeout


def test_call_options_never_show_header_values() -> None:
    options = CallOptions.for_call({"extra_headers": {"Authorization": "Bearer s3cret"}})
    assert "s3cret" not in repr(options) and "Authorization" in repr(options)


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"extra_headers": {"A": 1}}, TypeError),
        ({"extra_query": ["q"]}, TypeError),
        ({"timeout": -1}, ValueError),
        ({"timeout": True}, ValueError),
        ({"max_retries": 1.5}, ValueError),
        ({"retries": 1}, TypeError),
    ],
)
def test_bad_call_options_raise(options: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error):
        CallOptions.for_call(options)
