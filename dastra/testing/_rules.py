"""The ``filters`` of Dastra's lists evaluated as JsonRuleEngine.Net evaluates them, on the fake's items.

A rule is a condition ``{"field", "operator", "value"}`` or a group ``{"separator": "And"|"Or", "rules"}``,
nested at will. Every operator :class:`dastra.filters.F` builds is known (``equal`` ... ``isNotEmpty``,
``doesNotContains`` in Dastra's spelling). A field is a property's JSON name, dotted for nested objects,
matched case-insensitively as .NET binds it; through a list it holds when any element does. Values are
compared as their kind: ISO dates as instants, numbers as numbers, a list field ``in`` values when any
element (or element ``id``) is. A malformed rule, an unknown operator or a field the resource does not
have raises :class:`RuleError` (the fake answers 400).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Final

__all__ = ["RuleError", "check_rule", "matches", "parse_filters"]

_COMPARISONS: Final = frozenset(
    {"equal", "notEqual", "lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive"}
)
_LISTS: Final = frozenset({"in", "notIn"})
_TEXTS: Final = frozenset({"contains", "doesNotContains", "doesNotContain"})
_UNARY: Final = frozenset({"isNull", "isNotNull", "isEmpty", "isNotEmpty"})
_OPERATORS: Final = {op.lower(): op for op in _COMPARISONS | _LISTS | _TEXTS | _UNARY}
_MISSING: Final = object()


class RuleError(ValueError):
    """A ``filters`` value the rule engine refuses; the message names what is wrong."""


def parse_filters(text: str) -> Mapping[str, Any]:
    """The rule of a ``filters`` query parameter (JSON); :class:`RuleError` when it is not one."""
    try:
        rule = json.loads(text)
    except ValueError:
        raise RuleError("filters is not valid JSON") from None
    if not isinstance(rule, dict):
        raise RuleError("filters must be a JSON object (a rule or a rule set)")
    return rule


def check_rule(rule: Any, has_field: Callable[[str], bool]) -> None:
    """Raise :class:`RuleError` unless ``rule`` is well formed and names only fields ``has_field`` knows."""
    if not isinstance(rule, Mapping):
        raise RuleError(f"a rule must be an object, got {type(rule).__name__}")
    rules = _get(rule, "rules")
    if rules is not _MISSING:
        separator = _get(rule, "separator")
        if not isinstance(separator, str) or separator.lower() not in ("and", "or"):
            raise RuleError(f"a rule set's separator is And or Or, got {separator!r}")
        if not isinstance(rules, list):
            raise RuleError("a rule set's rules must be a list")
        for inner in rules:
            check_rule(inner, has_field)
        return
    field, operator = _get(rule, "field"), _get(rule, "operator")
    if not isinstance(field, str) or not field:
        raise RuleError("a condition needs a field")
    if not isinstance(operator, str) or operator.lower() not in _OPERATORS:
        raise RuleError(f"unknown operator {operator!r} on field {field!r}")
    if not has_field(field):
        raise RuleError(f"unknown field {field!r}")
    if _OPERATORS[operator.lower()] in _LISTS and not isinstance(_get(rule, "value"), list):
        raise RuleError(f"operator {operator!r} on field {field!r} takes a list of values")


def matches(rule: Mapping[str, Any], item: Mapping[str, Any]) -> bool:
    """Whether ``item`` satisfies ``rule`` (checked with :func:`check_rule` first)."""
    rules = _get(rule, "rules")
    if rules is not _MISSING:
        results = (matches(inner, item) for inner in rules)
        return all(results) if str(_get(rule, "separator")).lower() == "and" else any(results)
    operator = _OPERATORS[str(_get(rule, "operator")).lower()]
    expected = _get(rule, "value")
    values = _lookup(item, str(_get(rule, "field")).split("."))
    if operator in _UNARY:
        return _unary(operator, values)
    if not values:
        values = [None]
    negative = operator in ("notEqual", "notIn", "doesNotContains", "doesNotContain")
    found = any(_holds(operator, value, None if expected is _MISSING else expected) for value in values)
    return not found if negative else found


def _get(rule: Mapping[str, Any], key: str) -> Any:
    for name, value in rule.items():
        if name.lower() == key:
            return value
    return _MISSING


def _lookup(value: Any, path: Sequence[str]) -> list[Any]:
    """Every value at ``path`` under ``value`` (several through lists; none when absent)."""
    if not path:
        return [value]
    if isinstance(value, list):
        return [found for element in value for found in _lookup(element, path)]
    if not isinstance(value, Mapping):
        return []
    wanted = path[0].lower()
    for name, inner in value.items():
        if name.lower() == wanted:
            if len(path) == 1:
                return [inner]
            return _lookup(inner, path[1:])
    return []


def _unary(operator: str, values: list[Any]) -> bool:
    present = [v for v in values if v is not None]
    if operator == "isNull":
        return not present
    if operator == "isNotNull":
        return bool(present)
    empty = not present or all(v in ("", [], {}) for v in present)
    return empty if operator == "isEmpty" else not empty


def _holds(operator: str, actual: Any, expected: Any) -> bool:
    if operator in ("in", "notIn"):
        return any(_equal(actual, option) for option in expected)
    if operator in _TEXTS:
        if isinstance(actual, list):
            return any(_equal(element, expected) for element in actual)
        return isinstance(actual, str) and isinstance(expected, str) and expected in actual
    if operator in ("equal", "notEqual"):
        return _equal(actual, expected)
    left, right = _comparable(actual, expected)
    if left is None or right is None:
        return False
    try:
        if operator == "lessThan":
            return bool(left < right)
        if operator == "lessThanInclusive":
            return bool(left <= right)
        if operator == "greaterThan":
            return bool(left > right)
        return bool(left >= right)
    except TypeError:
        return False


def _equal(actual: Any, expected: Any) -> bool:
    if isinstance(actual, list):
        return any(_equal(element, expected) for element in actual)
    if isinstance(actual, Mapping):
        return "id" in actual and _equal(actual["id"], expected)
    left, right = _comparable(actual, expected)
    if isinstance(left, str) and isinstance(right, str):
        return left.lower() == right.lower() if _is_uuid_like(left) else left == right
    return bool(left == right)


def _is_uuid_like(text: str) -> bool:
    return len(text) == 36 and text.count("-") == 4


def _comparable(actual: Any, expected: Any) -> tuple[Any, Any]:
    """Both values as one kind: instants for ISO dates, numbers for numbers, else as they are."""
    if isinstance(actual, str) and isinstance(expected, str):
        left, right = _instant(actual), _instant(expected)
        if left is not None and right is not None:
            return left, right
        return actual, expected
    if isinstance(actual, bool) or isinstance(expected, bool):
        return _boolean(actual), _boolean(expected)
    if isinstance(actual, int | float) and isinstance(expected, str):
        return actual, _number(expected)
    if isinstance(expected, int | float) and isinstance(actual, str):
        return _number(actual), expected
    return actual, expected


def _boolean(value: Any) -> Any:
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return value


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _instant(text: str) -> datetime | None:
    if len(text) < 10 or text[4:5] != "-" or text[7:8] != "-":
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
