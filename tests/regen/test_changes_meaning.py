"""The change report compares meaning: 3.0 and 3.1 spellings of one schema are no change; a real
nullability change is found whichever way each side is written."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from dastra_codegen.changes import compare
from tests.regen.openapi31 import to_openapi_31

Doc = dict[str, Any]


def _count(node: Any, predicate: Any) -> int:
    if isinstance(node, dict):
        return int(predicate(node)) + sum(_count(value, predicate) for value in node.values())
    if isinstance(node, list):
        return sum(_count(value, predicate) for value in node)
    return 0


def test_the_pinned_snapshot_in_31_spelling_is_no_change(received_document: Doc) -> None:
    spelt_31 = to_openapi_31(received_document)
    # The converter did rewrite the document (guards against a vacuous comparison).
    assert "nullable" not in json.dumps(spelt_31)
    assert _count(spelt_31, lambda n: isinstance(n.get("type"), list) and "null" in n["type"]) > 100
    assert _count(received_document, lambda n: n == {"nullable": True}) > 0  # untyped nullable -> {}
    report = compare(received_document, spelt_31)
    assert report.summary_line() == "no changes"
    assert compare(spelt_31, received_document).is_empty
    assert compare(spelt_31, copy.deepcopy(spelt_31)).is_empty


def _thing(label: dict[str, Any], other: dict[str, Any], version: str) -> Doc:
    return {
        "openapi": version,
        "info": {"title": "t", "version": "v1"},
        "paths": {
            "/things": {
                "get": {
                    "operationId": "Things_List",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Thing": {"type": "object", "properties": {"label": label, "other": other}},
                "Other": {"type": "object", "properties": {"a": {"type": "string"}}},
            }
        },
    }


OTHER: dict[str, Any] = {"$ref": "#/components/schemas/Other"}
Schema = dict[str, Any]
SPELLINGS: dict[str, tuple[Schema, Schema, Schema, Schema]] = {
    # (not nullable, nullable) for each version
    "3.0": (
        {"type": "string"},
        {"type": "string", "nullable": True},
        OTHER,
        {"allOf": [OTHER], "nullable": True},
    ),
    "3.1": ({"type": "string"}, {"type": ["string", "null"]}, OTHER, {"anyOf": [OTHER, {"type": "null"}]}),
}
VERSIONS = {"3.0": "3.0.3", "3.1": "3.1.0"}


@pytest.mark.parametrize(
    ("old_spelling", "new_spelling"), [("3.0", "3.0"), ("3.0", "3.1"), ("3.1", "3.0"), ("3.1", "3.1")]
)
def test_a_real_nullability_change_is_found_in_both_spellings(old_spelling: str, new_spelling: str) -> None:
    old_label, _, old_other, _ = SPELLINGS[old_spelling]
    _, new_label, _, new_other = SPELLINGS[new_spelling]
    old = _thing(old_label, old_other, VERSIONS[old_spelling])
    new = _thing(new_label, new_other, VERSIONS[new_spelling])
    rows = [(c.kind, c.location, c.breaking) for c in compare(old, new).changes]
    assert rows == [
        ("property-now-nullable", "Thing.label", True),  # read in a response: code may not expect None
        ("property-now-nullable", "Thing.other", True),
    ]
    back = [(c.kind, c.location) for c in compare(new, old).changes]
    assert back == [
        ("property-no-longer-nullable", "Thing.label"),
        ("property-no-longer-nullable", "Thing.other"),
    ]


def test_same_meaning_across_spellings_is_no_change() -> None:
    for old_spelling, new_spelling in (("3.0", "3.1"), ("3.1", "3.0")):
        _, old_label, _, old_other = SPELLINGS[old_spelling]
        _, new_label, _, new_other = SPELLINGS[new_spelling]
        report = compare(
            _thing(old_label, old_other, VERSIONS[old_spelling]),
            _thing(new_label, new_other, VERSIONS[new_spelling]),
        )
        assert report.is_empty, report.changes


def test_enum_with_null_is_nullability_not_a_new_value() -> None:
    old = _thing({"type": "string", "enum": ["a", "b"], "nullable": True}, OTHER, "3.0.3")
    new = _thing({"type": ["string", "null"], "enum": ["a", "b", None]}, OTHER, "3.1.0")
    assert compare(old, new).is_empty
    newer = _thing({"type": ["string", "null"], "enum": ["a", "b", "c", None]}, OTHER, "3.1.0")
    assert [(c.kind, c.detail) for c in compare(old, newer).changes] == [
        ("enum-value-added", "enum value `c` added")
    ]
