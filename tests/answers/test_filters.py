"""The F builder (JsonRuleEngine.Net rules) and encode_filters (the one JSON encoding)."""

from __future__ import annotations

import enum
import json
import pickle
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any, cast
from uuid import UUID

import attrs
import pytest

from dastra.filters import Condition, F, Rule, RuleSet, all_of, any_of
from dastra_client._filters import SupportsRule, encode_filters
from dastra_client.models import DataSubjectRequestState
from dastra_client.types import UNSET


class Color(enum.Enum):
    RED = "red"


class Level(enum.IntEnum):
    HIGH = 3


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        (F("state") == "New", {"field": "state", "operator": "equal", "value": "New"}),
        (F("state") != "New", {"field": "state", "operator": "notEqual", "value": "New"}),
        (F("n") < 3, {"field": "n", "operator": "lessThan", "value": 3}),
        (F("n") <= 3, {"field": "n", "operator": "lessThanInclusive", "value": 3}),
        (F("n") > 2.5, {"field": "n", "operator": "greaterThan", "value": 2.5}),
        (F("n") >= 0, {"field": "n", "operator": "greaterThanInclusive", "value": 0}),
        (F("tags").is_in([1, 2]), {"field": "tags", "operator": "in", "value": [1, 2]}),
        (F("tags").not_in((3,)), {"field": "tags", "operator": "notIn", "value": [3]}),
        (F("label").contains("leak"), {"field": "label", "operator": "contains", "value": "leak"}),
        (
            F("label").does_not_contain("x"),
            {"field": "label", "operator": "doesNotContains", "value": "x"},
        ),
        (F("closed").is_null(), {"field": "closed", "operator": "isNull"}),
        (F("closed").is_not_null(), {"field": "closed", "operator": "isNotNull"}),
        (F("tags").is_empty(), {"field": "tags", "operator": "isEmpty"}),
        (F("tags").is_not_empty(), {"field": "tags", "operator": "isNotEmpty"}),
        (F("archived") == False, {"field": "archived", "operator": "equal", "value": False}),  # noqa: E712
        (F("owner") == None, {"field": "owner", "operator": "equal", "value": None}),  # noqa: E711
    ],
)
def test_every_operator(rule: Condition, expected: dict[str, Any]) -> None:
    assert isinstance(rule, Condition)
    assert rule.to_rule() == expected
    assert encode_filters(rule) == json.dumps(expected, separators=(",", ":"))


@pytest.mark.parametrize(
    ("value", "sent"),
    [
        (datetime(2024, 1, 2, 3, 4, 5), "2024-01-02T03:04:05"),
        (datetime(2024, 1, 2, 3, 4, 5, 600000, tzinfo=UTC), "2024-01-02T03:04:05.600000+00:00"),
        (datetime(2024, 1, 2, tzinfo=timezone(timedelta(hours=2))), "2024-01-02T00:00:00+02:00"),
        (date(2024, 1, 2), "2024-01-02"),
        (time(8, 30), "08:30:00"),
        (UUID("12345678-1234-5678-1234-567812345678"), "12345678-1234-5678-1234-567812345678"),
        (Color.RED, "red"),
        (Level.HIGH, 3),
        (DataSubjectRequestState.OPEN, DataSubjectRequestState.OPEN.value),
    ],
)
def test_values_are_converted_once_when_the_rule_is_built(value: Any, sent: Any) -> None:
    assert (F("x") >= value).to_rule()["value"] == sent
    assert F("x").is_in([value, value]).to_rule()["value"] == [sent, sent]


@pytest.mark.parametrize("value", [object(), b"bytes", [1], {"a": 1}, 1j])
def test_unsupported_values_raise_type_error_naming_the_field(value: Any) -> None:
    with pytest.raises(TypeError, match="'dateCreation'"):
        F("dateCreation") == value  # noqa: B015


@pytest.mark.parametrize("value", [float("nan"), float("inf")])
def test_non_finite_numbers_are_refused(value: float) -> None:
    with pytest.raises(ValueError, match="JSON"):
        F("n") < value  # noqa: B015


@pytest.mark.parametrize("values", ["abc", b"abc", {"a": 1}, 3])
def test_list_operators_want_a_list(values: Any) -> None:
    with pytest.raises(TypeError, match="list of values"):
        F("tags").is_in(values)


def test_lists_accept_any_iterable() -> None:
    assert F("n").is_in(n for n in range(3)).to_rule()["value"] == [0, 1, 2]


def test_and_or_build_groups_and_flatten_same_separator_chains() -> None:
    a, b, c, d = (F(name) == 1 for name in "abcd")
    assert (a & b).to_rule() == {"separator": "And", "rules": [a.to_rule(), b.to_rule()]}
    assert (a | b).to_rule() == {"separator": "Or", "rules": [a.to_rule(), b.to_rule()]}
    assert a & b & c == RuleSet("And", (a, b, c))
    assert a & (b & c) == RuleSet("And", (a, b, c))
    assert (a & b) & (c & d) == RuleSet("And", (a, b, c, d))
    assert (a | b) & c == RuleSet("And", (RuleSet("Or", (a, b)), c))
    assert (a & b) | (c & d) == RuleSet("Or", (RuleSet("And", (a, b)), RuleSet("And", (c, d))))
    assert a & b | c == RuleSet("Or", (RuleSet("And", (a, b)), c))


def test_the_documented_example_encodes_exactly() -> None:
    rule = (
        (F("state") == DataSubjectRequestState.OPEN)
        & (F("dateCreation") >= datetime(2024, 1, 1))
        & F("tags").is_in([1, 2])
    ) | F("closedAt").is_null()
    assert encode_filters(rule) == (
        '{"separator":"Or","rules":[{"separator":"And","rules":['
        f'{{"field":"state","operator":"equal","value":"{DataSubjectRequestState.OPEN.value}"}},'
        '{"field":"dateCreation","operator":"greaterThanInclusive","value":"2024-01-01T00:00:00"},'
        '{"field":"tags","operator":"in","value":[1,2]}]},'
        '{"field":"closedAt","operator":"isNull"}]}'
    )


def test_all_of_and_any_of() -> None:
    a, b = F("a") == 1, F("b").is_null()
    assert all_of(a, b) == a & b
    assert any_of(a, b) == a | b
    assert all_of(a).to_rule() == {"separator": "And", "rules": [a.to_rule()]}
    with pytest.raises(TypeError, match="one or more"):
        any_of()
    with pytest.raises(TypeError, match="one or more"):
        all_of(a, "b")  # type: ignore[arg-type]


def test_combining_with_something_else_is_refused() -> None:
    with pytest.raises(TypeError, match="combine"):
        (F("a") == 1) & "b"  # type: ignore[operator]


def test_rules_refuse_to_be_bools() -> None:
    a, b = F("a") == 1, F("b") == 2
    with pytest.raises(TypeError, match=r"& and \|"):
        a and b  # noqa: B018
    with pytest.raises(TypeError, match=r"& and \|"):
        bool(a | b)


def test_repr_reads_as_the_code_that_built_it() -> None:
    rule = ((F("state") == "New") & F("tags").is_in([1, 2]) & F("x").is_null()) | (F("n") <= 3)
    assert repr(rule) == (
        "((F('state') == 'New') & F('tags').is_in([1, 2]) & F('x').is_null()) | (F('n') <= 3)"
    )
    assert repr(F("label").does_not_contain("a")) == "F('label').does_not_contain('a')"
    assert repr(all_of(F("a") != 1)) == "all_of(F('a') != 1)"
    assert repr(F("a")) == "F('a')"


def test_rules_and_fields_are_immutable() -> None:
    rule = F("a") == 1
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        rule.value = 2  # type: ignore[misc]
    field = F("a")
    with pytest.raises(AttributeError, match="immutable"):
        field.field = "b"
    with pytest.raises(TypeError):
        hash(field)


def test_rules_are_values() -> None:
    rule = (F("a") == 1) & F("b").is_in([1, 2])
    assert rule == (F("a") == 1) & F("b").is_in([1, 2])
    assert rule != (F("a") == 2) & F("b").is_in([1, 2])
    assert len({rule, (F("a") == 1) & F("b").is_in([1, 2])}) == 1
    assert pickle.loads(pickle.dumps(rule)) == rule


def test_conditions_check_their_operator() -> None:
    with pytest.raises(ValueError, match="operator"):
        Condition("a", "like", "x")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="separator"):
        RuleSet("Xor", (F("a") == 1,))  # type: ignore[arg-type]


@pytest.mark.parametrize("field", ["", "  ", 3])
def test_a_field_is_a_non_empty_str(field: Any) -> None:
    with pytest.raises(ValueError, match="field"):
        F(field)


# --- encode_filters ---------------------------------------------------------------------------------


def test_a_str_passes_through_untouched() -> None:
    raw = '{ "field": "state", "operator": "equal", "value": "New" }'
    assert encode_filters(raw) is raw


def test_unset_and_none_pass_through() -> None:
    assert encode_filters(UNSET) is UNSET
    assert encode_filters(cast(Any, None)) is None


def test_any_object_with_to_rule_is_encoded_once() -> None:
    class Custom:
        def to_rule(self) -> dict[str, Any]:
            return {"field": "label", "operator": "contains", "value": 'é "q"'}

    assert isinstance(Custom(), SupportsRule)
    assert isinstance(F("a") == 1, SupportsRule)
    encoded = encode_filters(Custom())
    assert encoded == '{"field":"label","operator":"contains","value":"é \\"q\\""}'
    assert json.loads(encoded) == Custom().to_rule()


@pytest.mark.parametrize("value", [3, 1.5, ["a"], {"field": "a"}, b"x", False, 0])
def test_other_values_are_refused(value: Any) -> None:
    with pytest.raises(TypeError, match="filters must be"):
        encode_filters(value)


def test_a_rule_that_is_not_a_dict_is_refused() -> None:
    class Broken:
        def to_rule(self) -> Any:
            return "no"

    with pytest.raises(TypeError, match="must return a dict"):
        encode_filters(Broken())


def test_rule_is_the_common_base() -> None:
    assert isinstance(F("a") == 1, Rule)
    assert isinstance((F("a") == 1) | (F("b") == 2), Rule)
