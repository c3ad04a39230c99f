"""API-key mode: every request carries ``X-API-Key: <private key>`` instead of an OAuth2 token."""

from __future__ import annotations

from collections.abc import Generator
from typing import Final

import httpx2

from dastra_auth.redact import Secret

__all__ = ["API_KEY_HEADER", "APIKeyAuth"]

API_KEY_HEADER: Final = "X-API-Key"


class APIKeyAuth(httpx2.Auth):
    """An ``httpx2.Auth`` that adds the ``X-API-Key`` header. Its ``repr`` hides the key."""

    def __init__(self, api_key: Secret | str) -> None:
        self._api_key = api_key if isinstance(api_key, Secret) else Secret(api_key)

    def auth_flow(self, request: httpx2.Request) -> Generator[httpx2.Request, httpx2.Response, None]:
        request.headers[API_KEY_HEADER] = self._api_key.reveal()
        yield request

    def __repr__(self) -> str:
        return "APIKeyAuth(api_key='***')"
