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
from collections.abc import Awaitable, Callable
from urllib.parse import parse_qs

import anyio
import httpx2

from dastra.testing._messages import FakeRequest, FakeResponse, Handler

__all__ = ["FakeTransport"]


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

    def __repr__(self) -> str:
        return f"FakeTransport({self.fake!r})"

    def _request(self, request: httpx2.Request, body: bytes) -> FakeRequest:
        url = request.url
        if (url.scheme, url.host, url.port) not in self._origins:
            raise httpx2.ConnectError(f"the fake Dastra does not serve {url.host!r}", request=request)
        path = url.path
        if self._prefix and path.startswith(self._prefix + "/"):
            path = path[len(self._prefix) :]
        headers = _lowered(request.headers)
        if "?" in path:  # a decoded "?" (%3F) in the path: split where FakeRequest.build always has
            target = f"{path}?{url.query.decode('ascii')}" if url.query else path
            return FakeRequest.build(request.method, target, headers, body)
        # FakeRequest.build's work without its round trip through a target string and a second lowering:
        # httpx2 already gives the method in capitals and the header names (items()) in lower case.
        query = parse_qs(url.query.decode("ascii"), keep_blank_values=True) if url.query else {}
        return FakeRequest(request.method, path, query, headers, body)

    @staticmethod
    def _response(request: httpx2.Request, answer: FakeResponse) -> httpx2.Response:
        if answer.reset:
            raise httpx2.ReadError("[Errno 104] Connection reset by peer (fake Dastra)", request=request)
        # What ``Response(content=body)`` makes (a Content-Length unless the body is empty, the body read),
        # without its per-call content encoding and header defaulting.
        headers = (
            (*answer.headers, ("Content-Length", str(len(answer.body)))) if answer.body else answer.headers
        )
        response = httpx2.Response(
            answer.status, headers=headers, stream=httpx2.ByteStream(answer.body), request=request
        )
        response.read()
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


def _lowered(headers: httpx2.Headers) -> dict[str, str]:
    """``dict(headers.items())``: names in lower case, a repeated name's values joined by ", " (the header
    encoding looked up once rather than twice per header)."""
    encoding = headers.encoding
    found: dict[str, str] = {}
    for key, value in headers.raw:
        name, text = key.lower().decode(encoding), value.decode(encoding)
        found[name] = f"{found[name]}, {text}" if name in found else text
    return found
