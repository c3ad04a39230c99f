"""What the fake and its adapters hand each other: a request, an answer, and the fake as the adapters see it.

A leaf module: the fake (``_fake``) and its adapters (``transport``, ``server``) import it, never each
other's modules in both directions.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, Final, Protocol
from urllib.parse import parse_qs

import attrs

__all__ = ["TOKEN_PATH", "FakeRequest", "FakeResponse", "Handler"]

TOKEN_PATH: Final = "/connect/token"


@attrs.frozen
class FakeRequest:
    """A request as the adapters hand it over: header names lowercased, the path without its query."""

    method: str
    path: str
    query: Mapping[str, Sequence[str]] = attrs.field(factory=dict)
    headers: Mapping[str, str] = attrs.field(factory=dict)
    body: bytes = b""

    @classmethod
    def build(
        cls, method: str, target: str, headers: Mapping[str, str] | None = None, body: bytes = b""
    ) -> FakeRequest:
        """From a request target (``/v1/WorkSpaces?page=2``) and headers in any case."""
        path, _, query = target.partition("?")
        return cls(
            method.upper(),
            path,
            parse_qs(query, keep_blank_values=True),
            {name.lower(): value for name, value in (headers or {}).items()},
            body,
        )


@attrs.frozen
class FakeResponse:
    """An answer, or ``reset`` (the connection is dropped unanswered); ``delay`` is the latency to add."""

    status: int
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""
    reset: bool = False
    delay: float = 0.0

    def json(self) -> Any:
        return json.loads(self.body)


class Handler(Protocol):
    """The fake, as an adapter uses it: where it answers, and one answer per request."""

    @property
    def api_url(self) -> str: ...

    @property
    def token_url(self) -> str: ...

    def handle(self, request: FakeRequest) -> FakeResponse: ...

    def environment(self, api_url: str | None = None, token_url: str | None = None) -> dict[str, str]: ...
