"""The one place where a ``filters`` argument becomes the query parameter Dastra reads.

Dastra's list operations take ``filters``: a JsonRuleEngine.Net rule set, JSON-encoded, such as
``{"separator":"And","rules":[{"field":"state","operator":"equal","value":"New"}]}``. A caller may
give it as a ``str`` (sent untouched) or as any object with ``to_rule() -> dict`` (for example
``dastra.filters.F("state") == "New"``), which is JSON-encoded here, once, compactly.

This file is copied verbatim into the generated package as ``_filters.py``.
"""

from __future__ import annotations

import json
from typing import Any, Literal, Protocol, TypeVar, overload, runtime_checkable

__all__ = ["SupportsRule", "encode_filters"]


@runtime_checkable
class SupportsRule(Protocol):
    """A filter rule: ``to_rule()`` returns the rule set as JSON-ready values (dicts, lists, str...)."""

    def to_rule(self) -> dict[str, Any]: ...


class _Absent(Protocol):
    """What the generated ``Unset`` looks like from here (the runtime modules cannot import it)."""

    def __bool__(self) -> Literal[False]: ...


A = TypeVar("A", bound=_Absent)


@overload
def encode_filters(value: str | SupportsRule) -> str: ...
@overload
def encode_filters(value: A) -> A: ...
def encode_filters(value: str | SupportsRule | A) -> str | A:
    """``value`` as the ``filters`` query parameter: a str untouched, a rule as compact JSON.

    ``UNSET`` (and ``None``) pass through, so the parameter is left out. Anything else raises
    ``TypeError``; a rule whose ``to_rule()`` holds a value JSON cannot encode raises ``TypeError``
    or ``ValueError`` (NaN, infinity) from :func:`json.dumps`.
    """
    if isinstance(value, str):
        return value
    if isinstance(value, SupportsRule):
        rule = value.to_rule()
        if not isinstance(rule, dict):
            raise TypeError(f"{type(value).__name__}.to_rule() must return a dict, got {type(rule).__name__}")
        return json.dumps(rule, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    if not isinstance(value, (int, float, list, tuple, dict, bytes)) and not value:
        return value
    raise TypeError(f"filters must be a str or a rule with to_rule(), got {type(value).__name__}")
