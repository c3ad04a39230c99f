"""decode_json: JSON bodies decode, anything else is a typed APIResponseValidationError."""

from __future__ import annotations

from typing import Any

import httpx2
import pytest

from dastra_client._decode import BODY_EXCERPT_CHARS, decode_json, is_json_media_type
from dastra_client._errors import APIResponseValidationError, DastraError

URL = "https://api.example.test/v1/ws/1/Things?access_token=s3cr3t&page=2"


def answer(
    body: bytes,
    content_type: str | None = "application/json",
    *,
    status: int = 200,
    headers: dict[str, str] | None = None,
) -> httpx2.Response:
    all_headers = dict(headers or {})
    if content_type is not None:
        all_headers["Content-Type"] = content_type
    return httpx2.Response(status, headers=all_headers, content=body, request=httpx2.Request("GET", URL))


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        (b'{"a": [1, 2]}', "application/json", {"a": [1, 2]}),
        (b'{"a": 1}', "application/json; charset=utf-8", {"a": 1}),
        (b'{"title": "x"}', "application/problem+json", {"title": "x"}),
        (b"[1]", "text/json", [1]),
        (b'"a name"', "text/plain; charset=utf-8", "a name"),
        (b"42", None, 42),  # no Content-Type, valid JSON: accepted
        (b"null", "application/json", None),
        (b'  {"a": "\xc3\xa9"}\n', "APPLICATION/JSON", {"a": "é"}),
    ],
)
def test_json_bodies_decode(body: bytes, content_type: str | None, expected: Any) -> None:
    assert decode_json(answer(body, content_type)) == expected


def refused(response: httpx2.Response) -> APIResponseValidationError:
    with pytest.raises(APIResponseValidationError) as caught:
        decode_json(response)
    error = caught.value
    assert isinstance(error, DastraError)
    assert (error.method, error.path, error.status_code) == ("GET", "/v1/ws/1/Things", 200)
    for text in (str(error), repr(error)):
        assert "s3cr3t" not in text
        assert "access_token" not in text
        assert "\n" not in text
    return error


def test_an_html_maintenance_page_is_refused() -> None:
    html = b"<html>\n<body>\n  <h1>Down for maintenance</h1>\n</body></html>"
    error = refused(answer(html, "text/html; charset=utf-8", headers={"X-Request-Id": "req-1"}))
    assert error.content_type == "text/html; charset=utf-8"
    assert error.body == "<html> <body> <h1>Down for maintenance</h1> </body></html>"
    assert error.request_id == "req-1"
    assert error.reason == "a text/html body where JSON is due"
    assert str(error) == (
        "GET /v1/ws/1/Things answered 200 with a text/html body where JSON is due (request id req-1): "
        "<html> <body> <h1>Down for maintenance</h1> </body></html>"
    )


@pytest.mark.parametrize(
    "content_type", ["text/html", "application/xml", "image/png", "application/octet-stream", ""]
)
def test_a_body_announced_as_something_else_is_refused_even_if_it_parses(content_type: str) -> None:
    error = refused(answer(b'{"a": 1}', content_type))
    assert "where JSON is due" in error.reason


@pytest.mark.parametrize("body", [b"", b"  \r\n "])
@pytest.mark.parametrize("content_type", ["application/json", None, "text/html"])
def test_an_empty_body_is_refused(body: bytes, content_type: str | None) -> None:
    error = refused(answer(body, content_type))
    assert error.reason == "an empty body where JSON is due"
    assert error.body == ""


@pytest.mark.parametrize("body", [b'{"items": [1, 2', b"<html>oops</html>", b"\xff\xfe\x00", b"NaN-ish"])
@pytest.mark.parametrize("content_type", ["application/json", None, "text/plain"])
def test_invalid_json_is_refused(body: bytes, content_type: str | None) -> None:
    error = refused(answer(body, content_type))
    assert error.reason == "a body that is not valid JSON"
    assert isinstance(error.__cause__, ValueError)


def test_the_body_excerpt_is_short_and_on_one_line() -> None:
    error = refused(answer(b"<p>\n" + b"x" * 10_000, "text/html"))
    assert len(error.body) == BODY_EXCERPT_CHARS
    assert error.body.endswith("…")
    assert len(str(error)) < BODY_EXCERPT_CHARS + 200


@pytest.mark.parametrize(
    ("header", "value"),
    [
        ("X-Request-Id", "a"),
        ("X-Correlation-Id", "b"),
        ("Request-Id", "c"),
        ("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"),
    ],
)
def test_request_id_headers(header: str, value: str) -> None:
    assert refused(answer(b"", "application/json", headers={header: value})).request_id == value


def test_no_request_id() -> None:
    error = refused(answer(b"", "application/json"))
    assert error.request_id is None
    assert "request id" not in str(error)


def test_an_unknown_charset_does_not_break_the_excerpt() -> None:
    assert refused(answer(b"<b>\xe9</b>", "text/html; charset=nope")).body == "<b>\ufffd</b>"


def test_a_response_without_its_request() -> None:
    with pytest.raises(APIResponseValidationError) as caught:
        decode_json(httpx2.Response(200, content=b"<"))
    assert (caught.value.method, caught.value.path) == ("?", "?")


@pytest.mark.parametrize(
    ("content_type", "expected"),
    [
        ("application/json", True),
        ("application/vnd.api+json; charset=utf-8", True),
        (" Text/Plain ", True),
        ("text/html", False),
        ("application/jsonp", False),
        ("", False),
    ],
)
def test_is_json_media_type(content_type: str, expected: bool) -> None:
    assert is_json_media_type(content_type) is expected
