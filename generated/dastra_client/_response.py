"""The one home of what a call answers beyond its model: undeclared answers, raw responses.

- :func:`decode_answer` reads the answer of an operation whose spec declares no content (142 of
  the 2023 snapshot's 324), from the response itself: ``None`` for an empty body (204, empty 200),
  the decoded JSON for a JSON body, else a :class:`BinaryAnswer` (bytes, file name from
  ``Content-Disposition``, media type). Its type, :data:`Answer`, says exactly that. The generated
  functions of those operations call it (a post-generation step, ``dastra_codegen.resources``).
- :class:`APIResponse` is one answer in full (status, headers, request id, rate-limit headers)
  with its parsed value: what ``with_raw_response`` methods return. :func:`to_raw_response` and
  its async twins type those methods from the plain ones (same parameters, ``APIResponse[T]``).

This file is copied verbatim into the generated package as ``_response.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Coroutine, Mapping
from typing import TYPE_CHECKING, Any, Final, Generic, ParamSpec, Protocol, TypeAlias, TypeVar, cast

import httpx2

from ._errors import APIResponseValidationError, request_id_of

# ``_decode`` (and the JSON decoder it loads) is imported by the functions that decode: the client objects
# import this module when they are built, the generated operations import ``_decode`` when first used.

if TYPE_CHECKING:
    from ._paging import AsyncPager

__all__ = [
    "APIResponse",
    "Answer",
    "BinaryAnswer",
    "JSONValue",
    "decode_answer",
    "rate_limit_headers",
    "request_id_of",
    "require_parsed",
    "to_async_raw_response",
    "to_async_raw_response_pager",
    "to_raw_response",
    "undeclared_answer_error",
]

#: A decoded JSON document. Objects are ``dict[str, Any]`` so that a narrowed value stays easy to use.
JSONValue: TypeAlias = dict[str, Any] | list[Any] | str | int | float | bool | None

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
P = ParamSpec("P")

#: ``Content-Type`` media types read as JSON by :func:`decode_answer`.
_JSON_MEDIA_TYPES: Final = frozenset({"application/json", "text/json"})
#: Header name prefixes of rate-limit headers (IETF ``RateLimit-*`` and the common ``X-`` forms).
_RATE_LIMIT_PREFIXES: Final = ("ratelimit", "x-ratelimit", "x-rate-limit")


class BinaryAnswer:
    """A body that is not JSON: its bytes, the file name the server gave and its media type. Immutable.

    ``file_name`` comes from ``Content-Disposition`` (``filename*`` preferred, RFC 6266), reduced to its
    last path component, so it never names a folder; ``None`` when the server gave none. The ``repr``
    shows the content's size, not the content (an answer may hold personal data).
    """

    # A plain class, not attrs: this module is on the import path of every client object.
    __slots__ = ("charset", "content", "file_name", "media_type")

    content: bytes
    file_name: str | None
    media_type: str | None
    charset: str | None

    def __init__(
        self,
        content: bytes,
        file_name: str | None = None,
        media_type: str | None = None,
        charset: str | None = None,
    ) -> None:
        for name, value in zip(self.__slots__, (charset, content, file_name, media_type), strict=True):
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def _key(self) -> tuple[bytes, str | None, str | None, str | None]:
        return (self.content, self.file_name, self.media_type, self.charset)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, BinaryAnswer) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (
            f"BinaryAnswer(<{len(self.content)} bytes>, file_name={self.file_name!r}, "
            f"media_type={self.media_type!r}, charset={self.charset!r})"
        )

    @property
    def text(self) -> str:
        """The content decoded with its charset (UTF-8 when none was given); bad bytes are replaced."""
        try:
            return self.content.decode(self.charset or "utf-8", errors="replace")
        except LookupError:  # an unknown charset
            return self.content.decode("utf-8", errors="replace")

    def __len__(self) -> int:
        return len(self.content)


#: What an operation without declared content answers: JSON, nothing, or a binary body.
Answer: TypeAlias = JSONValue | BinaryAnswer


_CHARSET: Final = re.compile(r';\s*charset\s*=\s*"?([^";\s]+)', re.IGNORECASE)


def _media_type(content_type: str) -> tuple[str, str | None]:
    """``(media type, charset)`` of a ``Content-Type`` value, the media type in lower case."""
    charset = _CHARSET.search(content_type)
    return content_type.split(";", 1)[0].strip().lower(), charset.group(1) if charset else None


def _file_name(response: httpx2.Response) -> str | None:
    disposition = response.headers.get("content-disposition")
    if not disposition:
        return None
    # RFC 2231/6266 parameters; imported only for the answers that carry one.
    from email.message import Message
    from email.utils import collapse_rfc2231_value

    message = Message()
    message["content-disposition"] = disposition
    names = [
        value for key, value in message.get_params([], header="content-disposition") if key == "filename"
    ]
    encoded = [value for value in names if isinstance(value, tuple)]  # filename*, preferred
    chosen = encoded[0] if encoded else (names[0] if names else None)
    if chosen is None:
        return None
    name = collapse_rfc2231_value(chosen).replace("\\", "/").rsplit("/", 1)[-1].strip()
    return name if name not in ("", ".", "..") else None


def decode_answer(response: httpx2.Response) -> Answer:
    """What ``response`` (already read) holds: ``None``, decoded JSON or a :class:`BinaryAnswer`.

    An empty body is ``None`` whatever its status; a JSON media type (``application/json``,
    ``text/json``, ``*/*+json``) is decoded, and raises ``APIResponseValidationError`` when the body is
    not valid JSON; anything else is a :class:`BinaryAnswer`.
    """
    content = response.content
    if not content:
        return None
    content_type = response.headers.get("content-type")
    media_type = charset = None
    if content_type:
        media_type, charset = _media_type(content_type)
        if media_type in _JSON_MEDIA_TYPES or media_type.endswith("+json"):
            from ._decode import decode_json

            value: JSONValue = decode_json(response)
            return value
    return BinaryAnswer(content, file_name=_file_name(response), media_type=media_type, charset=charset)


def rate_limit_headers(headers: httpx2.Headers) -> dict[str, str]:
    """The rate-limit headers of an answer (``RateLimit-*``, ``X-RateLimit-*``, ``Retry-After``), by lower-case name."""
    return {
        name: value
        for name, value in ((name.lower(), value) for name, value in headers.items())
        if name.startswith(_RATE_LIMIT_PREFIXES) or name == "retry-after"
    }


class APIResponse(Generic[T]):
    """One answer of the API and the value parsed from it (what ``with_raw_response`` methods return).

    Non-2xx answers still raise the typed errors; this is the 2xx answer in full.
    """

    __slots__ = ("http_response", "parsed")

    def __init__(self, parsed: T, http_response: httpx2.Response) -> None:
        #: The parsed value, as the plain method returns it.
        self.parsed: Final = parsed
        #: The ``httpx2.Response`` itself.
        self.http_response: Final = http_response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx2.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        """The body as received."""
        return self.http_response.content

    @property
    def request_id(self) -> str | None:
        """The request id the server sent, for support tickets and log correlation."""
        return request_id_of(self.http_response.headers)

    @property
    def rate_limit(self) -> Mapping[str, str]:
        """The answer's rate-limit headers (empty when the server sent none)."""
        return rate_limit_headers(self.http_response.headers)

    @property
    def method(self) -> str:
        return self.http_response.request.method

    @property
    def path(self) -> str:
        """The request's path (never its query string)."""
        return self.http_response.request.url.path

    def __repr__(self) -> str:
        return f"APIResponse({self.method} {self.path} -> {self.status_code}, parsed={type(self.parsed).__name__})"


class _Detailed(Protocol[T_co]):
    """What a generated ``*_detailed`` function answers (``dastra_client.types.Response``)."""

    @property
    def parsed(self) -> T_co | None: ...

    @property
    def status_code(self) -> int: ...

    @property
    def headers(self) -> Mapping[str, str]: ...

    @property
    def content(self) -> bytes: ...


def undeclared_answer_error(
    *, status_code: int, headers: Mapping[str, str], content: bytes, method: str, path: str
) -> APIResponseValidationError:
    """The error for a 2xx answer whose status (or body) the operation does not declare."""
    reason = f"status {status_code} (or its body) is not one the operation declares"
    found = httpx2.Headers(headers)
    request_id = request_id_of(found)
    message = f"{method} {path} answered {status_code}: {reason}"
    if request_id:
        message += f" (request id {request_id})"
    text = " ".join(content[:800].decode("utf-8", errors="replace").split())
    return APIResponseValidationError(
        message,
        status_code=int(status_code),
        content_type=found.get("content-type"),
        body=text[:199] + "…" if len(text) > 200 else text,
        request_id=request_id,
        method=method,
        path=path,
        reason=reason,
    )


def require_parsed(detailed: _Detailed[T], method: str, path: str) -> T:
    """``detailed.parsed``, or ``APIResponseValidationError`` when the 2xx answer is not one the operation
    declares (the generated ``sync()``/``asyncio()`` call this; ``path`` is the operation's template)."""
    parsed = detailed.parsed
    if parsed is not None:
        return parsed
    raise undeclared_answer_error(
        status_code=detailed.status_code,
        headers=detailed.headers,
        content=detailed.content,
        method=method,
        path=path,
    )


# The wrappers below only change a method's type: the resource they wrap was built in raw mode,
# so its methods already return APIResponse objects (see dastra_client._resource).


def to_raw_response(method: Callable[P, T]) -> Callable[P, APIResponse[T]]:
    """Type a raw-mode sync method: same parameters, answers ``APIResponse[T]``."""
    return cast("Callable[P, APIResponse[T]]", method)


def to_async_raw_response(
    method: Callable[P, Coroutine[Any, Any, T]],
) -> Callable[P, Coroutine[Any, Any, APIResponse[T]]]:
    """Type a raw-mode async method: same parameters, answers ``APIResponse[T]`` when awaited."""
    return cast("Callable[P, Coroutine[Any, Any, APIResponse[T]]]", method)


def to_async_raw_response_pager(
    method: Callable[P, AsyncPager[T]],
) -> Callable[P, Coroutine[Any, Any, APIResponse[AsyncPager[T]]]]:
    """Type a raw-mode async list method: awaited, it fetches the first page and answers its
    ``APIResponse``, whose ``parsed`` is the pager seeded with that page."""
    return cast("Callable[P, Coroutine[Any, Any, APIResponse[AsyncPager[T]]]]", method)
