"""The fake Dastra itself: requests in, answers out, no I/O (the transport and the server are adapters).

:meth:`FakeDastra.handle` takes a :class:`FakeRequest` and returns a :class:`FakeResponse`. In order: the
token endpoint (``/connect/token``), routing (case-insensitive, 404/405), authentication (bearer token,
``X-API-Key``, Basic; 401), the per-key rate limit (429), injected failures (:meth:`FakeDastra.fail_next`),
parameter binding and body validation (400), then the stateful resources (:mod:`dastra.testing._state`) or,
for every other operation, a generated schema-valid answer. Everything is deterministic for a seed, and
every request is logged in :attr:`FakeDastra.requests`.
"""

from __future__ import annotations

import base64
import binascii
import collections
import functools
import hashlib
import hmac
import itertools
import json
import math
import re
import threading
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Final, Literal
from urllib.parse import parse_qs, unquote_plus

import attrs
from faker import Faker

from dastra.testing import _rules
from dastra.testing._generate import format_datetime, object_members
from dastra.testing._messages import TOKEN_PATH, FakeRequest, FakeResponse
from dastra.testing._patch import PatchError, apply_patch, patch_operations
from dastra.testing._spec import Operation, Route, Spec, load_spec, ref_name
from dastra.testing._state import Catalog, Resource, Store
from dastra.testing._validate import (
    BindingError,
    ValidationErrors,
    bind_parameters,
    body_errors,
    errors_at,
    schema_pointer,
)

if TYPE_CHECKING:
    from dastra.client import AsyncDastra, Dastra
    from dastra.settings import DastraSettings
    from dastra.testing.server import LoopbackFake
    from dastra.testing.transport import FakeTransport

__all__ = [
    "CONNECTION_RESET",
    "DEFAULT_RATE_LIMITS",
    "FakeDastra",
    "FakeRequest",
    "FakeResponse",
    "RecordedRequest",
    "WebhookDelivery",
]

#: ``fail_next(..., status=CONNECTION_RESET)``: the connection is reset instead of answered.
CONNECTION_RESET: Final = "reset"
#: Dastra's limits per key: 500 requests a minute, 10,000 per 10 minutes.
DEFAULT_RATE_LIMITS: Final = ((500, 60.0), (10_000, 600.0))
DEFAULT_API_URL: Final = "https://api.dastra.test"
DEFAULT_TOKEN_URL: Final = "https://account.dastra.test/connect/token"
MAX_PAGE_SIZE: Final = 500
DEFAULT_PAGE_SIZE: Final = 20
#: The fixed "today" of seeded data: dates are spread over the two years before it.
ANCHOR: Final = datetime(2025, 6, 2, 9, 0, tzinfo=UTC)
_REDACTED_HEADERS: Final = ("authorization", "x-api-key", "cookie")
#: The credentials :meth:`FakeDastra._authenticate` remembers at most (a suite presents a handful; the bound
#: keeps a test that makes up credentials from growing the memory without end).
_KNOWN_CREDENTIALS: Final = 1024
#: The expiry of credentials that do not expire (the API key, Basic).
_NEVER: Final = math.inf
#: The stored items whose JSON :meth:`FakeDastra._read` keeps, at most.
_KEPT_READS: Final = 4096
_JSON_HEADERS: Final = (("Content-Type", "application/json; charset=utf-8"),)
_FORM_SECRET: Final = re.compile(rb"((?:^|&)client_secret=)[^&]*")
_PAGING_PARAMETERS: Final = frozenset({"page", "size", "skip", "sortby", "asc", "filters", "select", "q"})
_SEARCH_FIELDS: Final = ("label", "name", "displayName", "title", "email")
_PROBLEM_TYPES: Final = {
    400: ("https://tools.ietf.org/html/rfc7231#section-6.5.1", "Bad Request"),
    401: ("https://tools.ietf.org/html/rfc7235#section-3.1", "Unauthorized"),
    403: ("https://tools.ietf.org/html/rfc7231#section-6.5.3", "Forbidden"),
    404: ("https://tools.ietf.org/html/rfc7231#section-6.5.4", "Not Found"),
    405: ("https://tools.ietf.org/html/rfc7231#section-6.5.5", "Method Not Allowed"),
    409: ("https://tools.ietf.org/html/rfc7231#section-6.5.8", "Conflict"),
    429: ("https://tools.ietf.org/html/rfc6585#section-4", "Too Many Requests"),
    500: (
        "https://tools.ietf.org/html/rfc7231#section-6.6.1",
        "An error occurred while processing your request.",
    ),
    502: ("https://tools.ietf.org/html/rfc7231#section-6.6.3", "Bad Gateway"),
    503: ("https://tools.ietf.org/html/rfc7231#section-6.6.4", "Service Unavailable"),
    504: ("https://tools.ietf.org/html/rfc7231#section-6.6.5", "Gateway Timeout"),
}
_instances = itertools.count(1)


#: One encoder for every answer: ``json.dumps`` with these options builds a new encoder on each call.
_ENCODER: Final = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _dumps(value: Any) -> bytes:
    return _ENCODER.encode(value).encode("utf-8")


@attrs.frozen
class RecordedRequest:
    """One request the fake received (credentials redacted) and the status it answered (0: reset)."""

    method: str
    path: str
    query: Mapping[str, Sequence[str]]
    headers: Mapping[str, str]
    body: bytes = attrs.field(repr=False)
    operation_id: str | None
    status: int

    @property
    def json(self) -> Any:
        """The body decoded as JSON (None when empty)."""
        return json.loads(self.body) if self.body else None


@attrs.frozen
class WebhookDelivery:
    """A webhook event as Dastra POSTs it: the raw ``body`` and the ``headers`` (with ``Dastra-Signature``)."""

    body: bytes = attrs.field(repr=False)
    headers: Mapping[str, str]
    payload: Mapping[str, Any] = attrs.field(repr=False)

    @property
    def signature(self) -> str:
        return self.headers["Dastra-Signature"]


@attrs.define
class _Failure:
    status: int | Literal["reset"]
    retry_after: float | None
    remaining: int


@attrs.frozen
class _Token:
    owner: str
    expires_at: float


class _Reply(Exception):
    """Raised by a handler step to answer at once."""

    def __init__(self, response: FakeResponse) -> None:
        super().__init__(response.status)
        self.response = response


class FakeDastra:
    """A stateful fake of the Dastra API driven by the pinned spec; see the package docstring.

    ``seed`` makes every answer repeatable; ``workspaces`` and ``items_per_resource`` size the seeded data.
    ``client_id``/``client_secret`` are the credentials the token endpoint accepts (the secret is also the
    ``X-API-Key``); by default a client id unique to this fake (so in-process rate-limit budgets are not
    shared between fakes) and a secret derived from the seed. ``token_lifetime`` is in seconds;
    ``rate_limits`` are ``(requests, period_seconds)`` windows per key (``()`` turns them off); ``clock`` is
    the monotonic clock tokens and limits use, moved on by :meth:`advance`.
    """

    def __init__(
        self,
        *,
        seed: int | str = 0,
        workspaces: int = 3,
        items_per_resource: int = 24,
        client_id: str | None = None,
        client_secret: str | None = None,
        webhook_key: str | None = None,
        token_lifetime: float = 3600.0,
        rate_limits: Sequence[tuple[int, float]] = DEFAULT_RATE_LIMITS,
        latency: float = 0.0,
        clock: Callable[[], float] = time.monotonic,
        api_url: str = DEFAULT_API_URL,
        token_url: str = DEFAULT_TOKEN_URL,
        spec: Spec | None = None,
    ) -> None:
        if workspaces < 1:
            raise ValueError("a fake needs at least one workspace")
        if items_per_resource < 0:
            raise ValueError("items_per_resource must be >= 0")
        self.spec: Spec = spec if spec is not None else load_spec()
        self.catalog: Catalog = _catalog(self.spec)
        self.seed = seed
        self.client_id: str = client_id or f"dastra-fake-{next(_instances)}"
        self.client_secret: str = (
            client_secret or hashlib.sha256(f"dastra-fake-secret:{seed}".encode()).hexdigest()[:40]
        )
        self.webhook_key: str = webhook_key or _uuid_text(
            hashlib.sha256(f"dastra-fake-webhook:{seed}".encode()).digest()
        )
        self.token_lifetime: float = float(token_lifetime)
        self.rate_limits: tuple[tuple[int, float], ...] = tuple(
            (int(count), float(period)) for count, period in rate_limits
        )
        self.latency: float = float(latency)
        self.api_url: str = api_url.rstrip("/")
        self.token_url = token_url
        self._clock = clock
        self._offset = 0.0
        self._lock = threading.RLock()
        self._store = Store(
            self.catalog,
            seed=seed,
            workspace_count=workspaces,
            items_per_resource=items_per_resource,
            anchor=ANCHOR,
            faker=Faker("fr_FR"),
            webhook_key=self.webhook_key,
        )
        self._tokens: dict[str, _Token] = {}
        # The owner of accepted credentials by their (Authorization, X-API-Key) header values, and when they
        # expire: checking them again costs a secret comparison and a hash on every request. Dropped when
        # the client id or secret changes (a rotated key); an expired token is refused from here.
        self._owners: dict[tuple[str | None, str | None], tuple[str, float]] = {}
        self._owners_for = (self.client_id, self.client_secret)
        self._issued = 0
        self._windows: dict[str, collections.deque[float]] = {}
        self._failures: dict[str, list[_Failure]] = {}
        self._writes = 0
        self._answers = 0
        # The JSON answers of stored items read back, by id(item), with the item and the operation: see _read.
        self._reads: dict[int, tuple[dict[str, Any], Operation, bytes]] = {}
        # The hash of every trace digest's common prefix, copied for each answer (not hashed again).
        self._trace_prefix = hashlib.sha256(f"{seed}:trace:".encode())
        self.requests: list[RecordedRequest] = []

    def __repr__(self) -> str:
        return f"FakeDastra(seed={self.seed!r}, workspace_id={self.workspace_id!r}, api_url={self.api_url!r})"

    # -- public controls ----------------------------------------------------------------------------------

    @property
    def workspace_id(self) -> str:
        """The seeded default workspace (as ``DASTRA_WORKSPACE_ID`` would name it)."""
        return self._store.workspace_ids[0]

    @property
    def workspace_ids(self) -> list[str]:
        return list(self._store.workspace_ids)

    @property
    def api_key(self) -> str:
        """The key ``X-API-Key`` accepts: the client secret, as Dastra's private key."""
        return self.client_secret

    def now(self) -> float:
        """The fake's monotonic clock (``clock()`` plus what :meth:`advance` added)."""
        return self._clock() + self._offset

    def advance(self, seconds: float) -> None:
        """Move the fake's clock on: tokens expire and rate-limit windows slide without waiting."""
        if seconds < 0:
            raise ValueError("the clock only moves forward")
        with self._lock:
            self._offset += seconds

    def fail_next(
        self,
        operation_id: str,
        *,
        status: int | Literal["reset"],
        retry_after: float | None = None,
        times: int = 1,
    ) -> None:
        """Make the next ``times`` calls of ``operation_id`` (``"token"``: the token endpoint) fail: with
        ``status`` (429, 5xx...; a problem body, ``Retry-After`` when given) or, with ``CONNECTION_RESET``,
        a dropped connection."""
        name = self._operation_name(operation_id)
        if status != CONNECTION_RESET and not (isinstance(status, int) and 400 <= status <= 599):
            raise ValueError(f"status must be a 4xx/5xx code or CONNECTION_RESET, got {status!r}")
        if times < 1:
            raise ValueError("times must be >= 1")
        with self._lock:
            self._failures.setdefault(name, []).append(_Failure(status, retry_after, times))

    def _operation_name(self, operation_id: str) -> str:
        return "token" if operation_id.lower() == "token" else self.spec.operation(operation_id).operation_id

    def calls(self, operation_id: str) -> list[RecordedRequest]:
        """The logged requests routed to ``operation_id`` (any case; ``"token"``: the token endpoint)."""
        name = self._operation_name(operation_id)
        with self._lock:
            return [request for request in self.requests if request.operation_id == name]

    def items(self, tag: str, workspace_id: str | None = None) -> list[dict[str, Any]]:
        """A copy of the items of resource ``tag`` (``"DataBreachs"``) in a workspace (default: the seeded one)."""
        resource = self._resource(tag)
        with self._lock:
            items = self._store.items(resource, workspace_id or self.workspace_id)
            copied: list[dict[str, Any]] = json.loads(_dumps(list(items.values())))
            return copied

    def resources(self) -> list[str]:
        """The tags modelled statefully."""
        return [resource.tag for resource in self.catalog]

    def emit(
        self,
        event_type: str,
        data: Any = None,
        *,
        webhook_id: int | None = None,
        user_id: int | None = None,
        key: str | None = None,
    ) -> WebhookDelivery:
        """A webhook event (``WebhookPayload``) signed as Dastra signs it: ``Dastra-Signature`` is the base64
        HMAC-SHA256 of the body's bytes keyed with ``key`` (default :attr:`webhook_key`)."""
        with self._lock:
            moment = ANCHOR + timedelta(seconds=self._offset + self._writes)
            self._writes += 1
            payload = {
                "webhookId": webhook_id if webhook_id is not None else self._first_id("WebHookUrls"),
                "userId": user_id if user_id is not None else self._first_id("TenantUsers"),
                "date": format_datetime(moment),
                "eventType": event_type,
                "eventName": event_type,
                "data": data,
            }
        body = _dumps(payload)
        signing_key = (key or self.webhook_key).encode("utf-8")
        signature = base64.b64encode(hmac.new(signing_key, body, hashlib.sha256).digest()).decode("ascii")
        headers = {"Content-Type": "application/json; charset=utf-8", "Dastra-Signature": signature}
        return WebhookDelivery(body, headers, payload)

    # -- adapters ---------------------------------------------------------------------------------------------

    def transport(self) -> FakeTransport:
        """An httpx2 transport (sync and async) that answers in-process: no socket."""
        from dastra.testing.transport import FakeTransport

        return FakeTransport(self)

    def serve(self, *, port: int = 0) -> LoopbackFake:
        """Serve this fake on ``127.0.0.1:port`` (0 = a free port); a started context manager."""
        from dastra.testing.server import LoopbackFake

        return LoopbackFake(self, port=port).start()

    def settings(self, **overrides: Any) -> DastraSettings:
        """``DastraSettings`` for a client of this fake in-process (``api_url``/``token_url`` of the fake)."""
        from dastra.settings import DastraSettings

        values: dict[str, Any] = {
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "api_url": self.api_url,
            "token_url": self.token_url,
            "workspace_id": self.workspace_id,
            "webhook_key": self.webhook_key,
        }
        values.update(overrides)
        return DastraSettings(**values)

    def client(self, **overrides: Any) -> Dastra:
        """A :class:`~dastra.Dastra` connected to this fake in-process, scoped to :attr:`workspace_id`;
        ``overrides`` are settings fields (``max_retries=0``...)."""
        from dastra.client import Dastra

        return Dastra(self.settings(**overrides), transport=self.transport())

    def async_client(self, **overrides: Any) -> AsyncDastra:
        """The :class:`~dastra.AsyncDastra` twin of :meth:`client`."""
        from dastra.client import AsyncDastra

        return AsyncDastra(self.settings(**overrides), transport=self.transport())

    def environment(self, api_url: str | None = None, token_url: str | None = None) -> dict[str, str]:
        """The ``DASTRA_*`` variables that point a client at this fake (at ``api_url`` when served)."""
        return {
            "DASTRA_API_URL": api_url or self.api_url,
            "DASTRA_TOKEN_URL": token_url or self.token_url,
            "DASTRA_CLIENT_ID": self.client_id,
            "DASTRA_CLIENT_SECRET": self.client_secret,
            "DASTRA_WORKSPACE_ID": self.workspace_id,
            "DASTRA_WEBHOOK_KEY": self.webhook_key,
        }

    # -- the request pipeline ------------------------------------------------------------------------------

    def handle(self, request: FakeRequest) -> FakeResponse:
        """Answer one request (thread-safe; the adapters add :attr:`latency` outside the lock)."""
        with self._lock:
            operation_id: str | None = None
            try:
                if request.path.rstrip("/").lower() == TOKEN_PATH:
                    operation_id = "token"
                    self._inject_failure(operation_id)
                    response = self._token(request)
                else:
                    route = self.spec.route(request.method, request.path)
                    if route is None:
                        status = 405 if self.spec.path_exists(request.path) else 404
                        raise _Reply(FakeResponse(status))
                    operation_id = route.operation.operation_id
                    response = self._api(request, route)
            except _Reply as reply:
                response = reply.response
            tagged = operation_id != "token" and not response.reset
            slowed = bool(self.latency) and not response.delay
            if tagged or slowed:  # one new answer, not an attrs.evolve per change (the per-request cost)
                response = FakeResponse(
                    response.status,
                    (*response.headers, ("X-Request-Id", self._trace_digest()[:16]))
                    if tagged
                    else response.headers,
                    response.body,
                    response.reset,
                    self.latency if slowed else response.delay,
                )
            body = request.body
            if operation_id == "token":  # a client secret sent in the form stays out of the log
                body = _FORM_SECRET.sub(rb"\1<redacted>", body)
            headers = dict(request.headers)  # a copy with the secrets replaced, in place: the order is kept
            for name in _REDACTED_HEADERS:
                if name in headers:
                    headers[name] = "<redacted>"
            self.requests.append(
                RecordedRequest(
                    request.method,
                    request.path,
                    request.query,
                    headers,
                    body,
                    operation_id,
                    0 if response.reset else response.status,
                )
            )
            return response

    def _api(self, request: FakeRequest, route: Route) -> FakeResponse:
        operation = route.operation
        owner = self._authenticate(request)
        self._rate_limit(owner)
        self._inject_failure(operation.operation_id)
        try:
            parameters = bind_parameters(self.spec, operation, route.path_values, request.query)
        except BindingError as error:
            raise _Reply(self._validation_problem(error.errors)) from None
        workspace = route.path_values.get("workspaceId")
        if workspace is not None and not self._store.known_workspace(workspace):
            raise _Reply(self._problem(404, f"Workspace {workspace} was not found."))
        body = self._body(request, operation)
        resource = self.catalog.by_operation.get(operation.operation_id)
        if resource is not None:
            return self._stateful(resource, operation, parameters, workspace, body)
        return self._generated(operation, request, parameters)

    # -- authentication, limits, failures -------------------------------------------------------------------

    def _token(self, request: FakeRequest) -> FakeResponse:
        if request.method != "POST":
            raise _Reply(FakeResponse(405))
        form = {k: v[-1] for k, v in parse_qs(request.body.decode("utf-8", "replace")).items()}
        client_id, client_secret = form.get("client_id"), form.get("client_secret")
        basic = _basic_credentials(request.headers.get("authorization", ""))
        if basic is not None:
            client_id, client_secret = basic
        if (
            client_id != self.client_id
            or client_secret is None
            or not hmac.compare_digest(client_secret.encode(), self.client_secret.encode())
        ):
            return _oauth_error(401, "invalid_client")
        if form.get("grant_type") != "client_credentials":
            return _oauth_error(400, "unsupported_grant_type")
        scopes = set(form.get("scope", "api1").split())
        if not scopes <= {"api1"}:
            return _oauth_error(400, "invalid_scope")
        self._issued += 1
        token = (
            "fk_"
            + hmac.new(
                self.client_secret.encode(), f"token:{self._issued}".encode(), hashlib.sha256
            ).hexdigest()
        )
        self._tokens[token] = _Token(self.client_id, self.now() + self.token_lifetime)
        answer = {
            "access_token": token,
            "expires_in": int(self.token_lifetime),
            "token_type": "Bearer",
            "scope": "api1",
        }
        return FakeResponse(
            200, (("Content-Type", "application/json"), ("Cache-Control", "no-store")), _dumps(answer)
        )

    def _authenticate(self, request: FakeRequest) -> str:
        """The owner of the request's credentials (its rate-limit key), or a 401."""
        presented = (request.headers.get("authorization"), request.headers.get("x-api-key"))
        if self._owners_for != (self.client_id, self.client_secret):
            self._owners.clear()  # the key was rotated: what the old one was accepted for is checked again
            self._owners_for = (self.client_id, self.client_secret)
        known = self._owners.get(presented)
        if known is not None:
            owner, expires_at = known
            if expires_at == _NEVER or self.now() < expires_at:
                return owner
            # Only a token expires, and tokens are never taken back: this is the answer checking it gives.
            del self._owners[presented]
            raise _Reply(_unauthorized('error="invalid_token", error_description="The token expired"'))
        owner, expires_at = self._check_credentials(*presented)
        if len(self._owners) >= _KNOWN_CREDENTIALS:
            self._owners.clear()
        self._owners[presented] = (owner, expires_at)
        return owner

    def _check_credentials(self, authorization: str | None, api_key: str | None) -> tuple[str, float]:
        """The owner of these credentials and when they expire: a bearer token, else the ``X-API-Key``,
        else Basic with the client id and secret; a 401 otherwise."""
        scheme, _, credentials = (authorization or "").partition(" ")
        if scheme.lower() == "bearer" and credentials:
            token = self._tokens.get(credentials.strip())
            if token is None:
                raise _Reply(
                    _unauthorized('error="invalid_token", error_description="The token is not valid"')
                )
            if self.now() >= token.expires_at:
                raise _Reply(_unauthorized('error="invalid_token", error_description="The token expired"'))
            return token.owner, token.expires_at
        if api_key is not None:
            if hmac.compare_digest(api_key.encode(), self.api_key.encode()):
                return "api-key:" + hashlib.sha256(api_key.encode()).hexdigest()[:12], _NEVER
            raise _Reply(_unauthorized('error="invalid_token", error_description="The API key is not valid"'))
        basic = _basic_credentials(authorization or "")
        if basic is not None and basic == (self.client_id, self.client_secret):
            return self.client_id, _NEVER
        raise _Reply(_unauthorized(""))

    def _rate_limit(self, owner: str) -> None:
        if not self.rate_limits:
            return
        now = self.now()
        window = self._windows.setdefault(owner, collections.deque())
        longest = max(period for _, period in self.rate_limits)
        while window and window[0] <= now - longest:
            window.popleft()
        wait = 0.0
        for count, period in self.rate_limits:
            recent = [stamp for stamp in window if stamp > now - period]
            if len(recent) >= count:
                wait = max(wait, recent[len(recent) - count] + period - now)
        if wait > 0:
            retry_after = str(max(1, math.ceil(wait)))
            raise _Reply(
                self._problem(429, "API calls quota exceeded.", headers=(("Retry-After", retry_after),))
            )
        window.append(now)

    def _inject_failure(self, name: str) -> None:
        pending = self._failures.get(name)
        if not pending:
            return
        failure = pending[0]
        failure.remaining -= 1
        if failure.remaining <= 0:
            pending.pop(0)
        if failure.status == CONNECTION_RESET:
            raise _Reply(FakeResponse(0, reset=True))
        headers: tuple[tuple[str, str], ...] = ()
        if failure.retry_after is not None:
            headers = (("Retry-After", _seconds(failure.retry_after)),)
        raise _Reply(self._problem(int(failure.status), f"Injected failure of {name}.", headers=headers))

    # -- bodies and answers ----------------------------------------------------------------------------

    def _body(self, request: FakeRequest, operation: Operation) -> Any:
        if operation.body_media is None or operation.body_media.startswith("multipart/"):
            return None
        if not request.body.strip():
            raise _Reply(self._validation_problem({"": ["A non-empty request body is required."]}))
        try:
            body = json.loads(request.body)
        except ValueError:
            raise _Reply(self._validation_problem({"$": ["The JSON value could not be parsed."]})) from None
        errors = body_errors(self.spec, operation, body)
        if errors:
            raise _Reply(self._validation_problem(errors))
        return body

    def _json(self, value: Any, status: int = 200) -> FakeResponse:
        return FakeResponse(status, _JSON_HEADERS, _dumps(value))

    def _trace_digest(self) -> str:
        """The next answer's digest: a trace id's 32-digit trace part, then its 16-digit span part."""
        self._answers += 1
        digest = self._trace_prefix.copy()
        digest.update(str(self._answers).encode())  # sha256(f"{seed}:trace:{n}")
        return digest.hexdigest()

    def _trace_id(self) -> str:
        digest = self._trace_digest()
        return f"00-{digest[:32]}-{digest[32:48]}-00"

    def _problem(
        self,
        status: int,
        detail: str | None = None,
        *,
        errors: ValidationErrors | None = None,
        headers: tuple[tuple[str, str], ...] = (),
    ) -> FakeResponse:
        kind, title = _PROBLEM_TYPES.get(status, ("about:blank", "Error"))
        problem: dict[str, Any] = {"type": kind, "title": title, "status": status}
        if detail is not None:
            problem["detail"] = detail
        if errors is not None:
            problem["title"] = "One or more validation errors occurred."
            problem["errors"] = errors
        problem["traceId"] = self._trace_id()
        return FakeResponse(
            status, (("Content-Type", "application/problem+json; charset=utf-8"), *headers), _dumps(problem)
        )

    def _validation_problem(self, errors: ValidationErrors) -> FakeResponse:
        return self._problem(400, errors=errors)

    def _answer(self, operation: Operation, value: Any, source_schema: str | None) -> FakeResponse:
        """``value`` as ``operation``'s declared answer: conformed to its schema; for an operation that
        declares a binary answer (the spec's "no content"), the value as JSON, as the API sends it."""
        if operation.answers_json and operation.response_schema is not None:
            return self._json(self._conform(value, operation.response_schema, source_schema))
        return self._json(value)

    def _read(self, operation: Operation, item: dict[str, Any], source_schema: str) -> FakeResponse:
        """:meth:`_answer` of an item read back from its collection, its JSON encoded once per stored item.

        Encoding was the largest cost of a read. A stored item is never changed in place: a write stores
        a new dict (:meth:`_new_item` builds one, :meth:`_patched` patches a copy) or removes it, so the
        JSON of the same object stays right; code that changes a stored item in place must clear
        ``_reads`` (test_a_read_answers_the_item_as_last_written reads back after every write). An entry
        holds its item, so no other object takes that id while it is kept."""
        known = self._reads.get(id(item))
        if known is None or known[0] is not item or known[1] is not operation:
            value = item
            if operation.answers_json and operation.response_schema is not None:
                value = self._conform(item, operation.response_schema, source_schema)
            if value is not item:  # shaped anew for this answer: nothing to keep
                return self._json(value)
            if len(self._reads) >= _KEPT_READS:
                self._reads.clear()
            known = self._reads[id(item)] = (item, operation, _dumps(item))
        return FakeResponse(200, _JSON_HEADERS, known[2])

    def _conform(self, value: Any, schema: Mapping[str, Any], source_schema: str | None) -> Any:
        """``value`` shaped for ``schema``: only its properties, the required ones filled."""
        if "$ref" in schema and ref_name(schema) == source_schema:
            return value
        resolved = self.spec.resolve(schema)
        for key in ("allOf", "anyOf"):
            if key in resolved and len(resolved[key]) >= 1 and "properties" not in resolved:
                return self._conform(value, resolved[key][0], source_schema)
        if resolved.get("type") == "array" and isinstance(value, list):
            return [self._conform(element, resolved.get("items", {}), source_schema) for element in value]
        if (resolved.get("type") == "object" or "properties" in resolved) and isinstance(value, dict):
            generator = self._store.generator("conform", schema.get("$ref", ""), workspace=None)
            properties, required = object_members(self.spec, resolved)
            shaped = {
                name: self._conform(value[name], prop, None)
                for name, prop in properties.items()
                if name in value and value[name] is not None
            }
            for name in required:
                if name not in shaped:
                    shaped[name] = generator.value(properties[name], name=name, depth=1)
            return shaped
        if not _fits(resolved, value):
            return self._store.generator("conform", schema.get("$ref", ""), workspace=None).value(schema)
        return value

    def _generated(
        self, operation: Operation, request: FakeRequest, parameters: Mapping[str, Any]
    ) -> FakeResponse:
        if not operation.answers_json or operation.response_schema is None:
            return self._file(operation)
        query = sorted((k.lower(), v) for k, values in request.query.items() for v in values)
        workspace = parameters.get("workspaceId")
        generator = self._store.generator(
            operation.operation_id, request.path.lower(), query, workspace=workspace
        )
        value = generator.value(operation.response_schema)
        if (
            isinstance(value, dict)
            and isinstance(value.get("items"), list)
            and "total" in self._members(operation)
        ):
            page, size = _paging(parameters)
            value.update(total=len(value["items"]), page=page, size=size)
        return self._json(value)

    def _file(self, operation: Operation) -> FakeResponse:
        """A binary answer (exports, downloads and the operations whose answer the spec leaves open)."""
        name = f"{operation.tag}-{operation.action}.txt".lower()
        content = f"Fake Dastra: {operation.method} {operation.path} ({operation.operation_id})\n".encode()
        headers = (
            ("Content-Type", "application/octet-stream"),
            ("Content-Disposition", f'attachment; filename="{name}"'),
        )
        return FakeResponse(200, headers, content)

    def _members(self, operation: Operation) -> Mapping[str, Any]:
        assert operation.response_schema is not None
        found: Mapping[str, Any] = self.spec.resolve(operation.response_schema).get("properties", {})
        return found

    # -- the stateful resources -------------------------------------------------------------------------

    def _resource(self, tag: str) -> Resource:
        resource = self.catalog.resources.get(tag.lower())
        if resource is None:
            raise KeyError(
                f"{tag!r} is not a resource the fake models; it models {', '.join(self.resources())}"
            )
        return resource

    def _first_id(self, tag: str) -> Any:
        resource = self.catalog.resources.get(tag.lower())
        if resource is None:
            return None
        ids = self._store.seeded_ids(resource, self.workspace_id if resource.scoped else None)
        return ids[0] if ids else None

    def _moment(self) -> str:
        self._writes += 1
        return format_datetime(ANCHOR + timedelta(seconds=self._offset + self._writes))

    def _stateful(
        self,
        resource: Resource,
        operation: Operation,
        parameters: Mapping[str, Any],
        workspace: str | None,
        body: Any,
    ) -> FakeResponse:
        items = self._store.items(resource, workspace)  # items are replaced here, never changed (see _read)
        action = operation.action
        if action == "List":
            return self._list(resource, operation, items, parameters)
        if action == "Create":
            item = self._new_item(resource, body, workspace)
            items[str(item["id"])] = item
            return self._answer(operation, item, resource.schema_name)
        if action == "DeleteBatch":
            wanted = [str(item_id).lower() for item_id in (body if isinstance(body, list) else [])]
            removed = [items.pop(item_id)["id"] for item_id in wanted if item_id in items]
            return self._answer(operation, removed, None)
        if action == "BatchPatch":
            sent = body if isinstance(body, dict) else {}
            ids = [str(i).lower() for i in sent.get("ids") or []]
            try:
                patch = patch_operations(sent.get("patch"))
            except PatchError as error:
                raise _Reply(self._validation_problem({"patch": [str(error)]})) from None
            patched = {i: self._patched(resource, items[i], patch, field="patch") for i in ids if i in items}
            items.update(patched)
            return self._answer(operation, [item["id"] for item in patched.values()], None)
        item_id = str(parameters.get("id", "")).lower()
        if item_id not in items:
            raise _Reply(self._problem(404, f"{resource.schema_name} {item_id} was not found."))
        if action == "Find":
            return self._read(operation, items[item_id], resource.schema_name)
        if action == "Delete":
            return self._answer(operation, items.pop(item_id), resource.schema_name)
        if action == "Update":
            replaced = self._new_item(resource, body, workspace, previous=items[item_id])
            items[item_id] = replaced
            return self._answer(operation, replaced, resource.schema_name)
        try:
            operations = patch_operations(body)
        except PatchError as error:
            raise _Reply(self._validation_problem({resource.schema_name: [str(error)]})) from None
        items[item_id] = self._patched(resource, items[item_id], operations)
        return self._answer(operation, items[item_id], resource.schema_name)

    def _new_item(
        self,
        resource: Resource,
        body: Any,
        workspace: str | None,
        *,
        previous: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        schema = self.spec.schemas[resource.schema_name]
        generator = self._store.generator(resource.tag, "write", self._writes, workspace=workspace)
        properties, required = object_members(self.spec, schema)
        sent = body if isinstance(body, dict) else {}
        item = {
            name: self._conform(sent[name], properties[name], None)
            for name in properties
            if name in sent and sent[name] is not None
        }
        moment = self._moment()
        item_id = previous["id"] if previous is not None else self._store.new_id(resource)
        self._store.stamp(resource, item, item_id, workspace)
        for name, prop in properties.items():
            lowered = name.lower()
            if lowered == "datecreation" and prop.get("format") == "date-time":
                item[name] = previous.get(name, moment) if previous is not None else moment
            elif lowered == "dateupdate" and prop.get("format") == "date-time":
                item[name] = moment
        for name in required:
            if name not in item:
                item[name] = generator.value(properties[name], name=name, depth=1)
        for key in self._invalid_keys(resource, item):
            if key in required:
                item[key] = generator.value(properties[key], name=key, depth=1)
            else:
                item.pop(key, None)
        return {name: item[name] for name in properties if name in item}

    def _invalid_keys(self, resource: Resource, item: Mapping[str, Any]) -> set[str]:
        errors = errors_at(self.spec, schema_pointer(resource.schema_name), item)
        keys: set[str] = set()
        for key in errors:
            head = key.removeprefix("$.").split(".")[0].split("[")[0]
            keys.update(name for name in item if name.lower() == head.lower())
        return keys

    def _patched(
        self, resource: Resource, item: Mapping[str, Any], patch: Sequence[Any], *, field: str | None = None
    ) -> dict[str, Any]:
        """A patched copy of ``item``; a failure answers 400 keyed by ``field`` (the schema's name when
        the patch is the whole body, as ASP.NET keys a ``JsonPatchDocument``'s errors)."""
        key = field or resource.schema_name
        try:
            patched = apply_patch(item, patch)
        except PatchError as error:
            raise _Reply(self._validation_problem({key: [str(error)]})) from None
        properties = object_members(self.spec, self.spec.schemas[resource.schema_name])[0]
        unknown = [name for name in patched if name not in properties]
        if unknown:
            message = f"The target location specified by path segment '{unknown[0]}' was not found."
            raise _Reply(self._validation_problem({key: [message]}))
        errors = errors_at(self.spec, schema_pointer(resource.schema_name), patched)
        if errors:
            raise _Reply(self._validation_problem(errors))
        patched["id"] = item["id"]
        for name in properties:
            if name.lower() == "dateupdate":
                patched[name] = self._moment()
        return patched

    def _list(
        self,
        resource: Resource,
        operation: Operation,
        items: Mapping[str, dict[str, Any]],
        parameters: Mapping[str, Any],
    ) -> FakeResponse:
        properties = object_members(self.spec, self.spec.schemas[resource.schema_name])[0]
        selected = list(items.values())
        rule = None
        if parameters.get("filters"):
            try:
                rule = _rules.parse_filters(str(parameters["filters"]))
                _rules.check_rule(rule, lambda field: _has_field(self, properties, field))
            except _rules.RuleError as error:
                raise _Reply(self._validation_problem({"filters": [str(error)]})) from None
        for name, value in parameters.items():
            if name.lower() in _PAGING_PARAMETERS or name == "workspaceId" or value is None:
                continue
            selected = [item for item in selected if _parameter_matches(properties, name, value, item)]
        if rule is not None:
            selected = [item for item in selected if _rules.matches(rule, item)]
        query = str(parameters.get("q") or "").strip().lower()
        if query:
            selected = [
                item
                for item in selected
                if any(query in str(item.get(f, "")).lower() for f in _SEARCH_FIELDS)
            ]
        sort_by = parameters.get("sortBy")
        if sort_by:
            selected = _sorted(selected, str(sort_by), ascending=parameters.get("asc") is not False)
        page, size = _paging(parameters)
        offset = (page - 1) * size + int(parameters.get("skip") or 0)
        window = selected[offset : offset + size]
        schema = operation.response_schema or {}
        if operation.answers_json and "$ref" in schema and ref_name(schema).endswith("PagedList"):
            answer = {"items": window, "total": len(selected), "size": size, "page": page}
            items_schema = self._members(operation)["items"]
            answer["items"] = self._conform(window, items_schema, resource.schema_name)
            return self._json(answer)
        paged = any(name.lower() in ("page", "size") for name in parameters)
        return self._answer(operation, window if paged else selected, resource.schema_name)


# -- helpers ----------------------------------------------------------------------------------------------


@functools.cache
def _catalog(spec: Spec) -> Catalog:
    return Catalog(spec)


_JSON_TYPES: Final[Mapping[str, tuple[type, ...]]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "object": (dict,),
    "array": (list,),
}


def _fits(schema: Mapping[str, Any], value: Any) -> bool:
    """Whether ``value`` has the JSON type ``schema`` names (an untyped schema takes anything)."""
    kind = schema.get("type")
    if not isinstance(kind, str) or kind not in _JSON_TYPES:
        return "properties" not in schema or isinstance(value, dict)
    if isinstance(value, bool) and kind in ("integer", "number"):
        return False
    return isinstance(value, _JSON_TYPES[kind])


def _uuid_text(digest: bytes) -> str:
    return str(uuid.UUID(bytes=digest[:16], version=4))


def _basic_credentials(authorization: str) -> tuple[str, str] | None:
    scheme, _, encoded = authorization.partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    client_id, separator, secret = decoded.partition(":")
    if not separator:
        return None
    return unquote_plus(client_id), unquote_plus(secret)


def _oauth_error(status: int, error: str) -> FakeResponse:
    return FakeResponse(
        status,
        (("Content-Type", "application/json"), ("Cache-Control", "no-store")),
        _dumps({"error": error}),
    )


def _unauthorized(parameters: str) -> FakeResponse:
    challenge = f"Bearer {parameters}" if parameters else "Bearer"
    return FakeResponse(401, (("WWW-Authenticate", challenge),))


def _seconds(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _paging(parameters: Mapping[str, Any]) -> tuple[int, int]:
    """``page`` (from 1) and ``size`` (1 to 500; absent or < 1: the default) of a list call."""
    page = parameters.get("page") or parameters.get("Page")
    size = parameters.get("size") or parameters.get("Size")
    page = page if isinstance(page, int) and page >= 1 else 1
    size = min(size, MAX_PAGE_SIZE) if isinstance(size, int) and size >= 1 else DEFAULT_PAGE_SIZE
    return page, size


def _has_field(fake: FakeDastra, properties: Mapping[str, Any], field: str) -> bool:
    """Whether a dotted ``field`` names a property of the item schema (any case)."""
    current: Mapping[str, Any] = properties
    for part in field.split("."):
        found = next((schema for name, schema in current.items() if name.lower() == part.lower()), None)
        if found is None:
            return False
        resolved = fake.spec.resolve(found)
        while "allOf" in resolved or ("anyOf" in resolved and "properties" not in resolved):
            resolved = fake.spec.resolve((resolved.get("allOf") or resolved["anyOf"])[0])
        if resolved.get("type") == "array":
            resolved = fake.spec.resolve(resolved.get("items", {}))
        current = (
            object_members(fake.spec, resolved)[0] if "properties" in resolved or "allOf" in resolved else {}
        )
    return True


def _parameter_matches(properties: Mapping[str, Any], name: str, value: Any, item: Mapping[str, Any]) -> bool:
    """A list's own query parameter as a filter: ``areaId=3`` on ``areaId``, ``states=[...]`` on ``state``,
    ``ids=[...]`` on ``id``; a parameter that names no property filters nothing."""
    lowered = name.lower()
    field = next((p for p in properties if p.lower() == lowered), None)
    if field is None and lowered.endswith("s"):
        field = next((p for p in properties if p.lower() == lowered[:-1]), None)
    if field is None:
        return True
    actual = item.get(field)
    wanted = value if isinstance(value, list) else [value]
    if not wanted:
        return True
    if isinstance(actual, bool) or actual is None:
        if isinstance(value, bool):
            return bool(actual) is value
        return actual in wanted
    actual_values = actual if isinstance(actual, list) else [actual]
    flat = [element.get("id") if isinstance(element, Mapping) else element for element in actual_values]
    return any(str(a).lower() == str(w).lower() for a in flat for w in wanted)


def _sorted(items: list[dict[str, Any]], field: str, *, ascending: bool) -> list[dict[str, Any]]:
    """``items`` by ``field`` (any case, dotted), items without a value last."""
    path = field.split(".")

    def value_of(item: Mapping[str, Any]) -> Any:
        current: Any = item
        for part in path:
            if not isinstance(current, Mapping):
                return None
            current = next((v for k, v in current.items() if k.lower() == part.lower()), None)
        return current

    present = [
        item for item in items if value_of(item) is not None and not isinstance(value_of(item), dict | list)
    ]
    absent = [item for item in items if item not in present]
    present.sort(key=lambda item: (str(type(value_of(item))), value_of(item)), reverse=not ascending)
    return present + absent
