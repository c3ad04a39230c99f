"""Typed ``filters`` for Dastra's list operations: the one builder of JsonRuleEngine.Net rules.

Dastra filters lists with JsonRuleEngine.Net rule sets: a condition is
``{"field": ..., "operator": ..., "value": ...}``, a group is ``{"separator": "And"|"Or", "rules":
[...]}``. Build them with :class:`F` and Python operators, then pass the rule as ``filters=``::

    from dastra.filters import F

    rule = (F("state") == "New") & (F("dateCreation") >= datetime(2024, 1, 1)) & F("tags").is_in([1, 2])
    rule.to_rule()
    # {"separator": "And", "rules": [{"field": "state", "operator": "equal", "value": "New"}, ...]}

Comparisons: ``==`` (equal), ``!=`` (notEqual), ``<`` (lessThan), ``<=`` (lessThanInclusive),
``>`` (greaterThan), ``>=`` (greaterThanInclusive). Methods: ``is_in``/``not_in`` (a list of values),
``contains``/``does_not_contain`` (operator ``doesNotContains``, Dastra's spelling), ``is_null``,
``is_not_null``, ``is_empty``, ``is_not_empty`` (no value). ``&`` and ``|`` combine rules; chains of
the same operator stay one flat group, and :func:`all_of` / :func:`any_of` build a group from many.

Values are converted once, when the rule is built: dates and datetimes to ISO 8601 (a datetime keeps
its UTC offset when it has one), enums to their value, UUIDs to ``str``; other types raise
``TypeError`` at once. Rules are immutable and compare equal by content; use ``&``/``|``, never
``and``/``or`` (a rule refuses to be used as a bool). The JSON is written by
``dastra_client._filters.encode_filters``, exactly once, when a call sends it.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time
from typing import Any, ClassVar, Final, Literal, NoReturn, TypeAlias, get_args
from uuid import UUID

import attrs

__all__ = ["Condition", "F", "FilterValue", "Operator", "Rule", "RuleSet", "all_of", "any_of"]

#: What a condition may compare a field with.
FilterValue: TypeAlias = str | int | float | bool | date | datetime | time | UUID | enum.Enum | None
#: JsonRuleEngine.Net's operators, spelt as Dastra expects them.
Operator: TypeAlias = Literal[
    "equal",
    "notEqual",
    "lessThan",
    "lessThanInclusive",
    "greaterThan",
    "greaterThanInclusive",
    "in",
    "notIn",
    "contains",
    "doesNotContains",
    "isNull",
    "isNotNull",
    "isEmpty",
    "isNotEmpty",
]
Separator: TypeAlias = Literal["And", "Or"]
JSONScalar: TypeAlias = str | int | float | bool | None

_OPERATORS: Final = frozenset(get_args(Operator))
_UNARY: Final = frozenset({"isNull", "isNotNull", "isEmpty", "isNotEmpty"})
_LISTS: Final = frozenset({"in", "notIn"})
#: How a condition shows in ``repr``: a Python operator, or the method of :class:`F` that builds it.
_SYMBOLS: Final[Mapping[str, str]] = {
    "equal": "==",
    "notEqual": "!=",
    "lessThan": "<",
    "lessThanInclusive": "<=",
    "greaterThan": ">",
    "greaterThanInclusive": ">=",
}
_METHODS: Final[Mapping[str, str]] = {
    "in": "is_in",
    "notIn": "not_in",
    "contains": "contains",
    "doesNotContains": "does_not_contain",
    "isNull": "is_null",
    "isNotNull": "is_not_null",
    "isEmpty": "is_empty",
    "isNotEmpty": "is_not_empty",
}


def _freeze(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def _json_value(field: str, value: object) -> JSONScalar:
    """``value`` as the JSON scalar Dastra reads, or ``TypeError`` naming the field."""
    if isinstance(value, enum.Enum):
        value = value.value
    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"filter on {field!r}: {value!r} cannot be sent as JSON")
        return value
    if isinstance(value, date | time):  # datetime is a date
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    raise TypeError(
        f"filter on {field!r}: cannot compare with a {type(value).__name__} "
        "(use str, int, float, bool, None, date, datetime, time, UUID or an Enum)"
    )


class Rule:
    """A filter: a :class:`Condition` or a :class:`RuleSet`. Combine with ``&`` and ``|``."""

    __slots__ = ()

    def to_rule(self) -> dict[str, Any]:
        """The rule as JSON-ready values, in JsonRuleEngine.Net's shape."""
        raise NotImplementedError

    def _parts(self, separator: Separator) -> tuple[Rule, ...]:
        return (self,)

    def __and__(self, other: Rule) -> RuleSet:
        return _combine("And", self, other)

    def __or__(self, other: Rule) -> RuleSet:
        return _combine("Or", self, other)

    def __bool__(self) -> NoReturn:
        raise TypeError("a filter rule is not a bool: combine rules with & and |, not 'and' / 'or'")


def _combine(separator: Separator, left: object, right: object) -> RuleSet:
    if not isinstance(left, Rule) or not isinstance(right, Rule):
        raise TypeError(f"can only combine filter rules, got {type(right).__name__}")
    return RuleSet(separator, left._parts(separator) + right._parts(separator))


@attrs.frozen(repr=False)
class Condition(Rule):
    """One test of one field: ``{"field", "operator", "value"}`` (no value for the ``is*`` operators)."""

    field: str = attrs.field(validator=attrs.validators.instance_of(str))
    operator: Operator = attrs.field(validator=attrs.validators.in_(_OPERATORS))
    value: JSONScalar | tuple[JSONScalar, ...] = attrs.field(default=None, converter=_freeze)

    def to_rule(self) -> dict[str, Any]:
        if self.operator in _UNARY:
            return {"field": self.field, "operator": self.operator}
        value = list(self.value) if isinstance(self.value, tuple) else self.value
        return {"field": self.field, "operator": self.operator, "value": value}

    def __repr__(self) -> str:
        target = f"F({self.field!r})"
        symbol = _SYMBOLS.get(self.operator)
        if symbol is not None:
            return f"{target} {symbol} {self.value!r}"
        method = _METHODS[self.operator]
        if self.operator in _UNARY:
            return f"{target}.{method}()"
        if isinstance(self.value, tuple):
            return f"{target}.{method}({list(self.value)!r})"
        return f"{target}.{method}({self.value!r})"


def _to_rules(rules: Iterable[Rule]) -> tuple[Rule, ...]:
    return tuple(rules)


def _check_rules(instance: RuleSet, attribute: object, rules: tuple[Rule, ...]) -> None:
    if not rules or not all(isinstance(rule, Rule) for rule in rules):
        raise TypeError("a rule set holds one or more filter rules")


@attrs.frozen(repr=False)
class RuleSet(Rule):
    """A group of rules joined by ``separator``: ``{"separator": "And"|"Or", "rules": [...]}``."""

    separator: Separator = attrs.field(validator=attrs.validators.in_(("And", "Or")))
    rules: tuple[Rule, ...] = attrs.field(converter=_to_rules, validator=_check_rules)

    def to_rule(self) -> dict[str, Any]:
        return {"separator": self.separator, "rules": [rule.to_rule() for rule in self.rules]}

    def _parts(self, separator: Separator) -> tuple[Rule, ...]:
        return self.rules if separator == self.separator else (self,)

    def __repr__(self) -> str:
        if len(self.rules) == 1:
            return f"{'all_of' if self.separator == 'And' else 'any_of'}({self.rules[0]!r})"
        joiner = " & " if self.separator == "And" else " | "
        return joiner.join(_operand(rule) for rule in self.rules)


def _operand(rule: Rule) -> str:
    """``repr(rule)`` as an operand of ``&`` / ``|`` (which bind tighter than ``==`` and ``<``)."""
    if isinstance(rule, Condition) and rule.operator not in _SYMBOLS:
        return repr(rule)
    return f"({rule!r})"


def all_of(*rules: Rule) -> RuleSet:
    """Every one of ``rules`` must hold (an ``And`` group)."""
    return RuleSet("And", rules)


def any_of(*rules: Rule) -> RuleSet:
    """At least one of ``rules`` must hold (an ``Or`` group)."""
    return RuleSet("Or", rules)


class F:
    """A field to filter on, by its JSON name (``F("state")``, ``F("dataSubject.email")``).

    Comparing it builds a :class:`Condition`; it is not a value, so ``==`` returns a rule, not a bool.
    """

    __slots__ = ("field",)
    __hash__: ClassVar[None] = None  # type: ignore[assignment]  # == builds a rule, so F is not hashable

    field: str

    def __init__(self, field: str) -> None:
        if not isinstance(field, str) or not field.strip():
            raise ValueError(f"a filter field is a non-empty str, got {field!r}")
        object.__setattr__(self, "field", field)

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise AttributeError("F is immutable")

    def __repr__(self) -> str:
        return f"F({self.field!r})"

    def _compare(self, operator: Operator, value: object) -> Condition:
        return Condition(self.field, operator, _json_value(self.field, value))

    def _list(self, operator: Operator, values: Iterable[FilterValue]) -> Condition:
        if isinstance(values, str | bytes | Mapping) or not isinstance(values, Iterable):
            raise TypeError(f"filter on {self.field!r}: {operator} takes a list of values, got {values!r}")
        return Condition(self.field, operator, tuple(_json_value(self.field, v) for v in values))

    def __eq__(self, value: FilterValue) -> Condition:  # type: ignore[override]
        return self._compare("equal", value)

    def __ne__(self, value: FilterValue) -> Condition:  # type: ignore[override]
        return self._compare("notEqual", value)

    def __lt__(self, value: FilterValue) -> Condition:
        return self._compare("lessThan", value)

    def __le__(self, value: FilterValue) -> Condition:
        return self._compare("lessThanInclusive", value)

    def __gt__(self, value: FilterValue) -> Condition:
        return self._compare("greaterThan", value)

    def __ge__(self, value: FilterValue) -> Condition:
        return self._compare("greaterThanInclusive", value)

    def is_in(self, values: Iterable[FilterValue]) -> Condition:
        """The field's value is one of ``values``."""
        return self._list("in", values)

    def not_in(self, values: Iterable[FilterValue]) -> Condition:
        """The field's value is none of ``values``."""
        return self._list("notIn", values)

    def contains(self, value: FilterValue) -> Condition:
        """The field (a text or a list) contains ``value``."""
        return self._compare("contains", value)

    def does_not_contain(self, value: FilterValue) -> Condition:
        """The field (a text or a list) does not contain ``value`` (operator ``doesNotContains``)."""
        return self._compare("doesNotContains", value)

    def is_null(self) -> Condition:
        """The field is null."""
        return Condition(self.field, "isNull")

    def is_not_null(self) -> Condition:
        """The field is not null."""
        return Condition(self.field, "isNotNull")

    def is_empty(self) -> Condition:
        """The field (a text or a list) is empty."""
        return Condition(self.field, "isEmpty")

    def is_not_empty(self) -> Condition:
        """The field (a text or a list) is not empty."""
        return Condition(self.field, "isNotEmpty")
