"""A tiny protected Dastra API double on loopback: ``GET /v1/WorkSpaces`` behind a bearer token.

A request is authorized when its ``Authorization: Bearer <token>`` passes the authorization
server's ``introspect`` (or, when an ``api_key`` is set, its ``X-API-Key`` matches). Otherwise:
401. :meth:`ProtectedAPI.fail_next_with_401` makes the next requests answer 401 whatever they
carry (to test re-authentication); :attr:`ProtectedAPI.requests` counts every request.
"""

from __future__ import annotations

import hmac
import json
import threading
from collections.abc import Callable, Iterable
from typing import Any

from werkzeug.wrappers import Request, Response

from dastra_sandbox.serving import LoopbackApp, LoopbackServer

__all__ = ["ProtectedAPI", "sample_workspaces"]


def sample_workspaces(count: int = 2) -> list[dict[str, Any]]:
    """``WorkSpaceDto``-shaped objects."""
    return [
        {"id": number, "tenantId": 1, "label": f"Workspace {number}", "state": "Active", "nbEntities": number}
        for number in range(1, count + 1)
    ]


class ProtectedAPI(LoopbackApp):
    """The API double. ``introspect`` is usually ``AuthorizationServer.introspect``."""

    def __init__(
        self,
        introspect: Callable[[str], bool],
        *,
        api_key: str | None = None,
        workspaces: Iterable[dict[str, Any]] | None = None,
        port: int = 0,
    ) -> None:
        self._introspect = introspect
        self._api_key = api_key
        self.workspaces = list(workspaces) if workspaces is not None else sample_workspaces()
        self._lock = threading.Lock()
        self._requests = 0
        self._unauthorized = 0
        self._forced_401 = 0
        self._http = LoopbackServer(self._app, port=port, name="sandbox-protected-api")

    @property
    def requests(self) -> int:
        """Requests received so far, whatever their answer."""
        with self._lock:
            return self._requests

    @property
    def unauthorized_answers(self) -> int:
        with self._lock:
            return self._unauthorized

    def fail_next_with_401(self, count: int = 1) -> None:
        """Answer 401 to the next ``count`` requests, valid token or not."""
        with self._lock:
            self._forced_401 = count

    def reset_counts(self) -> None:
        with self._lock:
            self._requests = self._unauthorized = 0

    def _authorized(self, request: Request) -> bool:
        with self._lock:
            self._requests += 1
            if self._forced_401 > 0:
                self._forced_401 -= 1
                return False
        if self._api_key is not None:
            key = request.headers.get("X-API-Key", "")
            if key and hmac.compare_digest(key.encode(), self._api_key.encode()):
                return True
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        return scheme.lower() == "bearer" and bool(token) and self._introspect(token)

    def _app(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        request = Request(environ)
        response = self._answer(request)
        return response(environ, start_response)

    def _answer(self, request: Request) -> Response:
        if not self._authorized(request):
            with self._lock:
                self._unauthorized += 1
            return Response(
                json.dumps({"error": "unauthorized"}),
                status=401,
                content_type="application/json",
                headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
            )
        if request.method != "GET" or request.path != "/v1/WorkSpaces":
            return Response(json.dumps({"error": "not found"}), status=404, content_type="application/json")
        page = max(int(request.args.get("page", "1") or 1), 1)
        size = min(max(int(request.args.get("size", "50") or 50), 1), 500)
        items = self.workspaces[(page - 1) * size : page * size]
        body = {"items": items, "total": len(self.workspaces), "size": size, "page": page}
        return Response(json.dumps(body), status=200, content_type="application/json")

    def __repr__(self) -> str:
        return f"ProtectedAPI(started={self._http._server is not None})"
