"""The one home of per-call and per-client request options, and of how they reach a request.

``RequestOptions`` are the keyword arguments every resource method takes (``timeout=``,
``extra_headers=``, ``extra_query=``, ``max_retries=``, ``eager=``); ``ClientOptions`` those of
``with_options(...)`` (``timeout=``, ``max_retries=``, ``headers=``, ``eager=``). :class:`CallOptions` is both,
checked and merged (per call over per client), and :meth:`CallOptions.apply` folds them into the
keyword arguments of one ``httpx2`` ``request(...)`` call:

- headers and query parameters are added to the operation's own (the call's win on a clash);
- ``timeout`` replaces the session's (``None``: no timeout at all);
- ``max_retries`` travels in ``request.extensions[MAX_RETRIES_EXTENSION]``, which the retry
  transport reads (``dastra.policies.retry``) instead of its policy's ``max_retries``;
- ``eager`` is not about the request: the resource parses the answer inside
  ``_lazy.eager_parsing(eager)``, so ``eager=True`` builds every nested value at once (exports that read
  every field) and ``eager=False`` keeps the lazy default inside an eager block.

This file is copied verbatim into the generated package as ``_options.py``.
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Iterable, Mapping
from types import FrameType
from typing import Any, Final, TypeAlias, TypedDict

import httpx2

__all__ = [
    "MAX_RETRIES_EXTENSION",
    "NO_OPTIONS",
    "CallOptions",
    "ClientOptions",
    "RequestOptions",
    "TimeoutValue",
    "unexpected_keywords",
]

#: ``request.extensions`` key holding a per-request ``max_retries`` (an int >= 0).
MAX_RETRIES_EXTENSION: Final = "dastra.max_retries"

#: Seconds (one value for connect, read, write and pool), an ``httpx2.Timeout``, or ``None`` (no timeout).
TimeoutValue: TypeAlias = float | httpx2.Timeout | None


class RequestOptions(TypedDict, total=False):
    """Options of one call, accepted by every resource method and by the escape hatch."""

    #: This call's timeout, instead of the client's.
    timeout: TimeoutValue
    #: Headers added to this call's request.
    extra_headers: Mapping[str, str]
    #: Query parameters added to this call's request.
    extra_query: Mapping[str, Any]
    #: Retries allowed for this call (0: none), instead of the client's ``max_retries``.
    max_retries: int
    #: Parse every nested value of the answer at once (``True``) or on first access (``False``).
    eager: bool


class ClientOptions(TypedDict, total=False):
    """Options of ``with_options(...)``: defaults for every call of the client it returns."""

    timeout: TimeoutValue
    max_retries: int
    headers: Mapping[str, str]
    eager: bool


_NOT_GIVEN: Final = object()


def _check_headers(name: str, value: object) -> dict[str, str]:
    if not isinstance(value, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise TypeError(f"{name} must be a mapping of str to str")
    return dict(value)


def _check_timeout(value: object) -> TimeoutValue:
    if value is None or isinstance(value, httpx2.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ValueError(f"timeout must be a number of seconds > 0, an httpx2.Timeout or None, got {value!r}")
    return float(value)


def _check_eager(value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"eager must be True or False, got {value!r}")
    return value


def _check_retries(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"max_retries must be an int >= 0, got {value!r}")
    return value


def unexpected_keywords(where: str, unknown: Iterable[str], known: Iterable[str]) -> TypeError:
    """The ``TypeError`` of keyword arguments ``where`` does not take, each with the closest known name.

    ``Dastra() got an unexpected keyword argument 'client_idd'; did you mean 'client_id'?`` (the
    closest of ``known`` by :func:`difflib.get_close_matches`, when one is close enough).
    """
    import difflib  # an error path: not loaded with the client

    candidates = sorted(set(known))
    names = sorted(unknown)
    close = {name: difflib.get_close_matches(name, candidates, n=1) for name in names}
    if len(names) == 1:
        (name,) = names
        hint = f"; did you mean {close[name][0]!r}?" if close[name] else ""
        return TypeError(f"{where}() got an unexpected keyword argument {name!r}{hint}")
    parts = [f"{name!r} (did you mean {close[name][0]!r}?)" if close[name] else repr(name) for name in names]
    return TypeError(f"{where}() got unexpected keyword arguments: " + ", ".join(parts))


def _caller_taking(options: Mapping[str, Any]) -> tuple[str, tuple[str, ...]]:
    """The name and parameters of the method on the stack whose ``**options`` is ``options`` (error path).

    A resource method passes its ``**options`` dict down unchanged, so its frame is the first, going
    up, with a var-keyword parameter holding this very dict; a sync or async method alike (a running
    coroutine's frame links to the one awaiting it).
    """
    frame: FrameType | None = sys._getframe(1)
    while frame is not None:
        code = frame.f_code
        if code.co_flags & inspect.CO_VARKEYWORDS:
            count = code.co_argcount + code.co_kwonlyargcount
            variable = code.co_varnames[count + bool(code.co_flags & inspect.CO_VARARGS)]
            if frame.f_locals.get(variable) is options:
                return code.co_name, tuple(name for name in code.co_varnames[:count] if name != "self")
        frame = frame.f_back
    return "the method", ()


class CallOptions:
    """Checked options of a client (``with_options``) or of one call, merged by :meth:`merge`."""

    __slots__ = ("eager", "headers", "max_retries", "query", "timeout")

    def __init__(
        self,
        *,
        headers: Mapping[str, str] | None = None,
        query: Mapping[str, Any] | None = None,
        timeout: object = _NOT_GIVEN,
        max_retries: int | None = None,
        eager: bool | None = None,
    ) -> None:
        self.headers: Final = dict(headers) if headers else None
        self.query: Final = dict(query) if query else None
        #: The timeout, or ``_NOT_GIVEN`` to keep the session's.
        self.timeout: Final = timeout
        self.max_retries: Final = max_retries
        #: Parse answers eagerly (``True``), lazily (``False``), or as the surrounding code does (``None``).
        self.eager: Final = eager

    @classmethod
    def for_client(cls, options: Mapping[str, Any]) -> CallOptions:
        """From ``with_options(**options)``; unknown names raise ``TypeError``."""
        unknown = set(options) - set(ClientOptions.__annotations__)
        if unknown:
            raise unexpected_keywords("with_options", unknown, ClientOptions.__annotations__)
        return cls(
            headers=_check_headers("headers", options["headers"]) if "headers" in options else None,
            timeout=_check_timeout(options["timeout"]) if "timeout" in options else _NOT_GIVEN,
            max_retries=_check_retries(options["max_retries"]) if "max_retries" in options else None,
            eager=_check_eager(options["eager"]) if "eager" in options else None,
        )

    @classmethod
    def for_call(cls, options: Mapping[str, Any]) -> CallOptions:
        """From a method's ``**options``; unknown names raise ``TypeError``."""
        if not options:
            return NO_OPTIONS
        unknown = set(options) - set(RequestOptions.__annotations__)
        if unknown:
            method, parameters = _caller_taking(options)
            raise unexpected_keywords(method, unknown, (*RequestOptions.__annotations__, *parameters))
        query = options.get("extra_query")
        if query is not None and not isinstance(query, Mapping):
            raise TypeError("extra_query must be a mapping")
        return cls(
            headers=_check_headers("extra_headers", options["extra_headers"])
            if "extra_headers" in options
            else None,
            query=query,
            timeout=_check_timeout(options["timeout"]) if "timeout" in options else _NOT_GIVEN,
            max_retries=_check_retries(options["max_retries"]) if "max_retries" in options else None,
            eager=_check_eager(options["eager"]) if "eager" in options else None,
        )

    @property
    def empty(self) -> bool:
        return (
            self.headers is None
            and self.query is None
            and self.timeout is _NOT_GIVEN
            and self.max_retries is None
            and self.eager is None
        )

    def merge(self, call: CallOptions) -> CallOptions:
        """These options with ``call``'s on top (headers and query merged, the others replaced)."""
        if call.empty:
            return self
        if self.empty:
            return call
        headers = {**(self.headers or {}), **(call.headers or {})}
        query = {**(self.query or {}), **(call.query or {})}
        return CallOptions(
            headers=headers,
            query=query,
            timeout=call.timeout if call.timeout is not _NOT_GIVEN else self.timeout,
            max_retries=call.max_retries if call.max_retries is not None else self.max_retries,
            eager=call.eager if call.eager is not None else self.eager,
        )

    def apply(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        """``kwargs`` of ``request(method, url, **kwargs)`` with these options folded in."""
        if self is NO_OPTIONS:
            return kwargs
        merged = dict(kwargs)
        if self.headers:
            merged["headers"] = {**(kwargs.get("headers") or {}), **self.headers}
        if self.query:
            merged["params"] = {**(kwargs.get("params") or {}), **self.query}
        if self.timeout is not _NOT_GIVEN:
            merged["timeout"] = self.timeout
        if self.max_retries is not None:
            merged["extensions"] = {
                **(kwargs.get("extensions") or {}),
                MAX_RETRIES_EXTENSION: self.max_retries,
            }
        return merged

    def __repr__(self) -> str:  # header values may be credentials: only their names are shown
        shown = [f"headers={sorted(self.headers)}"] if self.headers else []
        if self.query:
            shown.append(f"query={sorted(self.query)}")
        if self.timeout is not _NOT_GIVEN:
            shown.append(f"timeout={self.timeout!r}")
        if self.max_retries is not None:
            shown.append(f"max_retries={self.max_retries}")
        if self.eager is not None:
            shown.append(f"eager={self.eager}")
        return f"CallOptions({', '.join(shown)})"


#: No options at all: requests go out exactly as the operation builds them.
NO_OPTIONS: Final = CallOptions()
