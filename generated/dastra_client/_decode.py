"""The one place where an API answer's body is decoded as JSON, and refused when it is not JSON.

Every generated operation that answers JSON calls :func:`decode_json` instead of
``response.json()``, or :func:`decode_model` instead of ``Model.from_dict(response.json())`` (a
post-generation step rewrites the calls). They raise
:class:`~._errors.APIResponseValidationError`, never a bare ``ValueError``, when:

- the body is empty (or only whitespace) where a JSON document is due;
- the ``Content-Type`` says the body is something else (``text/html`` from a proxy's maintenance
  page, XML, an image...). Accepted: ``application/json``, any ``*/*+json``, ``text/json`` and
  ``text/plain`` (ASP.NET's formatter for plain strings), whatever their parameters;
- the body is not valid JSON.

A missing ``Content-Type`` is accepted when the body is valid JSON: the body itself is then the
only evidence, and it is conclusive. The error carries the status, the content type, a one-line
excerpt of the body (at most ``BODY_EXCERPT_CHARS`` characters), the request id when the server sent
one, the method and the path (never the query string).

This file is copied verbatim into the generated package as ``_decode.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, TypeVar

import httpx2

from . import _json
from ._errors import REQUEST_ID_HEADERS, APIResponseValidationError, request_id_of
from ._wire import parse_fitting

if TYPE_CHECKING:
    from ._lazy import LazyModel

M = TypeVar("M", bound="LazyModel")

__all__ = [
    "BODY_EXCERPT_CHARS",
    "REQUEST_ID_HEADERS",
    "decode_json",
    "decode_model",
    "is_json_media_type",
    "request_id_of",
]

#: How much of a refused body the error shows (characters, on one line).
BODY_EXCERPT_CHARS: Final = 200

_JSON_MEDIA_TYPES: Final = frozenset({"application/json", "text/json", "text/plain"})


def is_json_media_type(content_type: str) -> bool:
    """Whether a ``Content-Type`` value may announce a JSON body (see the module's docstring)."""
    media = content_type.split(";", 1)[0].strip().lower()
    return media in _JSON_MEDIA_TYPES or media.endswith("+json")


def decode_json(response: httpx2.Response) -> Any:
    """The JSON document in ``response``'s body (already read), or ``APIResponseValidationError``."""
    return _loads(response, _json_body(response))


def decode_model(response: httpx2.Response, model: type[M]) -> M:
    """``model.from_dict(decode_json(response))``, by the fast path of ``_wire.py`` when the body fits it."""
    content = _json_body(response)
    parsed = parse_fitting(model, content)
    if parsed is not None:
        return parsed
    return model.from_dict(_loads(response, content))


def _loads(response: httpx2.Response, content: bytes) -> Any:
    try:
        return _json.loads(content)
    except ValueError as error:
        raise _refused(
            response, response.headers.get("content-type"), "a body that is not valid JSON"
        ) from error


def _json_body(response: httpx2.Response) -> bytes:
    """The body, refused when it is empty or its ``Content-Type`` says it is not JSON."""
    content = response.content
    content_type = response.headers.get("content-type")
    if not content or content.isspace():  # isspace stops at the first other byte: no copy
        raise _refused(response, content_type, "an empty body where JSON is due")
    if content_type is not None and not is_json_media_type(content_type):
        media = content_type.split(";", 1)[0].strip()
        what = f"a {media} body" if media else "a body with an empty Content-Type"
        raise _refused(response, content_type, f"{what} where JSON is due")
    return content


def _refused(response: httpx2.Response, content_type: str | None, reason: str) -> APIResponseValidationError:
    try:
        request = response.request
        method, path = request.method, request.url.path
    except RuntimeError:  # a response built by hand, without its request
        method, path = "?", "?"
    request_id = request_id_of(response.headers)
    body = _body_excerpt(response)
    message = f"{method} {path} answered {response.status_code} with {reason}"
    if request_id:
        message += f" (request id {request_id})"
    if body:
        message += f": {body}"
    return APIResponseValidationError(
        message,
        status_code=response.status_code,
        content_type=content_type,
        body=body,
        request_id=request_id,
        method=method,
        path=path,
        reason=reason,
    )


def _body_excerpt(response: httpx2.Response) -> str:
    """The start of the body on one line; undecodable bytes are replaced, never raised on."""
    head = response.content[: BODY_EXCERPT_CHARS * 4]
    try:
        text = head.decode(response.encoding or "utf-8", errors="replace")
    except LookupError:  # an unknown charset in Content-Type
        text = head.decode("utf-8", errors="replace")
    one_line = " ".join(text.split())
    if len(one_line) > BODY_EXCERPT_CHARS:
        return one_line[: BODY_EXCERPT_CHARS - 1] + "…"
    return one_line
