"""The Overlay 1.0 applier on small documents, and Dastra's overlay on the real snapshot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dastra_codegen import paths
from dastra_codegen.normalize import normalize
from dastra_codegen.overlay import OverlayError, apply_overlay, load_overlay


def _overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


DOC: dict[str, Any] = {
    "info": {"title": "api", "version": "v1"},
    "paths": {"/a": {"get": {"tags": ["A"], "x": 1}}, "/b": {"get": {"tags": ["B"], "x": 2}}},
    "security": [{"oauth2": ["api1"]}],
}


def test_update_merges_objects_deeply_and_appends_to_arrays() -> None:
    overlay = _overlay(
        {"target": "$.info", "update": {"version": "v2", "x-extra": {"k": 1}}},
        {"target": "$.paths.*.get", "update": {"x": 9}},
        {"target": "$.security", "update": {"apiKey": []}},
    )
    result, report = apply_overlay(DOC, overlay)
    assert result["info"] == {"title": "api", "version": "v2", "x-extra": {"k": 1}}
    assert [op["get"]["x"] for op in result["paths"].values()] == [9, 9]
    assert result["security"] == [{"oauth2": ["api1"]}, {"apiKey": []}]
    assert len(report.applied) == 3
    assert report.unmatched == ()
    assert DOC["info"]["version"] == "v1"  # input untouched


def test_remove_deletes_every_selected_node() -> None:
    result, _ = apply_overlay(DOC, _overlay({"target": "$.paths[?@.get.x > 1]", "remove": True}))
    assert list(result["paths"]) == ["/a"]


def test_action_matching_nothing_is_reported_not_fatal() -> None:
    overlay = _overlay(
        {"description": "gone endpoint", "target": "$.paths['/zzz'].get", "update": {"x": 0}},
        {"target": "$.info", "update": {"title": "kept"}},
    )
    result, report = apply_overlay(DOC, overlay)
    assert report.unmatched == ("#1 gone endpoint",)
    assert result["info"]["title"] == "kept"
    assert "matched nothing" in report.render()


@pytest.mark.parametrize(
    ("overlay", "message"),
    [
        ({"actions": [{"target": "$", "update": {}}]}, "not an Overlay 1.x document"),
        (_overlay(), "non-empty list"),
        (_overlay({"target": "$.info"}), "exactly one of"),
        (_overlay({"target": "$.info", "update": {}, "remove": True}), "exactly one of"),
        (_overlay({"target": "$.[", "update": {}}), "invalid JSONPath"),
        (_overlay({"target": "$.info.title", "update": {"a": 1}}), "only objects and arrays"),
    ],
)
def test_malformed_overlays_fail_with_one_line(overlay: dict[str, Any], message: str) -> None:
    with pytest.raises(OverlayError, match=message) as caught:
        apply_overlay(DOC, overlay)
    assert "\n" not in str(caught.value)


def test_load_overlay_rejects_bad_yaml(tmp_path: Path) -> None:
    bad = tmp_path / "overlay.yaml"
    bad.write_text("overlay: [unclosed", encoding="utf-8")
    with pytest.raises(OverlayError, match="cannot read overlay"):
        load_overlay(bad)


def test_dastra_overlay_applies_fully_and_cites_sources(received_document: dict[str, Any]) -> None:
    overlay = load_overlay(paths.OVERLAY)
    assert all(action.get("x-source") for action in overlay["actions"])
    normalized, _ = normalize(received_document)
    result, report = apply_overlay(normalized, overlay)
    assert report.unmatched == ()
    schema = result["paths"]["/v1/WorkSpaces"]["get"]["responses"]["200"]["content"]["application/json"][
        "schema"
    ]
    assert schema == {"$ref": "#/components/schemas/WorkSpaceDtoPagedList"}
    paged = result["components"]["schemas"]["WorkSpaceDtoPagedList"]["properties"]
    assert paged["items"]["items"] == {"$ref": "#/components/schemas/WorkSpaceDto"}
    assert result["components"]["securitySchemes"]["apiKey"] == {
        "type": "apiKey",
        "in": "header",
        "name": "X-API-Key",
    }
    assert {"apiKey": []} in result["security"]


def test_dastra_overlay_on_a_spec_without_the_targets_reports_them() -> None:
    minimal = {
        "openapi": "3.0.1",
        "info": {"title": "x", "version": "v9"},
        "paths": {"/v2/other": {"get": {}}},
    }
    _, report = apply_overlay(minimal, load_overlay(paths.OVERLAY))
    assert len(report.unmatched) == 4
    assert report.applied == ()
