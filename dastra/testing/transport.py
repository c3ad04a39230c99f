"""The fake in-process: an httpx2 transport (sync and async) that hands each request to the fake, no socket.

::

    fake = FakeDastra(seed=0)
    dastra = Dastra(fake.settings(), transport=fake.transport())

Only the fake's API and token hosts answer; a request to any other host raises ``httpx2.ConnectError``, so
nothing leaves the process. A ``CONNECTION_RESET`` failure raises ``httpx2.ReadError`` (what a reset
connection raises on the network), and the fake's latency is slept (``anyio.sleep`` in async code).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Iterable
from typing import Final
from urllib.parse import parse_qs

import anyio
import httpx2

from dastra.testing._messages import FakeRequest, FakeResponse, Handler

__all__ = ["FakeTransport"]

#: The header sets a transport keeps decoded, at most: a client sends the same few again and again (a new
#: token makes a new one), and decoding them on every request cost more than the rest of its conversion.
_KNOWN_HEADER_SETS: Final = 256
_RawHeaders = tuple[tuple[bytes, bytes], ...]


class FakeTransport(httpx2.BaseTransport, httpx2.AsyncBaseTransport):
    """Answers requests to ``fake.api_url`` and ``fake.token_url`` from ``fake``, in this process."""

    def __init__(
        self,
        fake: Handler,
        *,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    ) -> None:
        self.fake = fake
        self._sleep = sleep
        self._async_sleep = async_sleep
        api, token = httpx2.URL(fake.api_url), httpx2.URL(fake.token_url)
        self._origins = {(api.scheme, api.host, api.port), (token.scheme, token.host, token.port)}
        self._prefix = api.path.rstrip("/")
        self._decoded: dict[_RawHeaders, dict[str, str]] = {}

    def __repr__(self) -> str:
        return f"FakeTransport({self.fake!r})"

    def _request(self, request: httpx2.Request, body: bytes) -> FakeRequest:
        url = request.url
        if (url.scheme, url.host, url.port) not in self._origins:
            raise httpx2.ConnectError(f"the fake Dastra does not serve {url.host!r}", request=request)
        path = url.path
        if self._prefix and path.startswith(self._prefix + "/"):
            path = path[len(self._prefix) :]
        headers = self._headers(request.headers)
        if "?" in path:  # a decoded "?" (%3F) in the path: split where FakeRequest.build always has
            target = f"{path}?{url.query.decode('ascii')}" if url.query else path
            return FakeRequest.build(request.method, target, headers, body)
        # FakeRequest.build's work without its round trip through a target string and a second lowering:
        # httpx2 already gives the method in capitals and the header names (items()) in lower case.
        query = parse_qs(url.query.decode("ascii"), keep_blank_values=True) if url.query else {}
        return FakeRequest(request.method, path, query, headers, body)

    def _headers(self, headers: httpx2.Headers) -> dict[str, str]:
        """``dict(headers.items())`` (names in lower case, a repeated name's values joined by ", "), a new
        dict each time, decoded once per set of header bytes.

        As ASCII: headers are ASCII in practice, ASCII bytes read the same in every encoding httpx2 picks,
        and ``headers.encoding`` would find its encoding by decoding every header once more. Other bytes
        are decoded in that encoding, and not kept (an encoding set on the headers changes how they read).
        """
        raw = tuple(headers.raw)
        known = self._decoded.get(raw)
        if known is None:
            try:
                known = _decoded(raw, "ascii")
            except UnicodeDecodeError:
                return _decoded(raw, headers.encoding)
            if len(self._decoded) >= _KNOWN_HEADER_SETS:
                self._decoded.clear()
            self._decoded[raw] = known
        return dict(known)

    @staticmethod
    def _response(request: httpx2.Request, answer: FakeResponse) -> httpx2.Response:
        if answer.reset:
            raise httpx2.ReadError("[Errno 104] Connection reset by peer (fake Dastra)", request=request)
        # What ``Response(content=body)`` makes (a Content-Length unless the body is empty, the body read),
        # without its per-call content encoding and header defaulting.
        body = answer.body
        headers = (*answer.headers, ("Content-Length", str(len(body)))) if body else answer.headers
        response = httpx2.Response(
            answer.status, headers=headers, stream=httpx2.ByteStream(body), request=request
        )
        if any(name.lower() == "content-encoding" for name, _ in answer.headers):
            response.read()  # a compressed body is decoded by httpx2 (the fake itself never compresses)
            return response
        # The state ``response.read()`` leaves, set directly: read() runs a body already in memory through
        # httpx2's decoder, chunkers and request contexts, the largest single cost of an in-process call.
        # tests/testing/test_in_process_fast_paths.py checks that these are all read() sets.
        response._content = body
        response._num_bytes_downloaded = len(body)
        response.is_stream_consumed = True
        response.is_closed = True
        return response

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        answer = self.fake.handle(self._request(request, request.read()))
        if answer.delay:
            self._sleep(answer.delay)
        return self._response(request, answer)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        answer = self.fake.handle(self._request(request, await request.aread()))
        if answer.delay:
            await self._async_sleep(answer.delay)
        return self._response(request, answer)


def _decoded(raw: Iterable[tuple[bytes, bytes]], encoding: str) -> dict[str, str]:
    """Raw header pairs decoded in ``encoding``, names in lower case, a repeated name's values joined."""
    found: dict[str, str] = {}
    for key, value in raw:
        name, text = key.lower().decode(encoding), value.decode(encoding)
        found[name] = f"{found[name]}, {text}" if name in found else text
    return found
