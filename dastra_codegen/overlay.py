"""Apply an OpenAPI Overlay 1.0 document (``openapi/overlay.yaml``) to an OpenAPI document.

The overlay holds the facts about Dastra that no generic rule can derive (they come from Dastra's
documentation); each action names its source in ``x-source``. Targets are RFC 9535 JSONPath
queries, evaluated with the maintained ``jsonpath-rfc9535`` package; applying the actions is the
few lines below (no maintained Python library implements Overlay 1.0 for us to lean on).

Semantics, per the Overlay 1.0 specification:

- ``update`` on an object target: deep merge (objects merge, anything else is replaced);
  on an array target: the value is appended as one entry.
- ``remove: true``: the selected nodes are removed from their parents.
- Actions apply in order, each to the result of the previous ones.

An action whose target selects nothing is *reported*, not fatal: the live spec moves, and a stale
correction must not block an update. The caller prints the report.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import jsonpath_rfc9535
import yaml

Document = dict[str, Any]


class OverlayError(Exception):
    """The overlay document itself is malformed (not a reason to keep a stale correction)."""


@attrs.frozen
class OverlayReport:
    applied: tuple[str, ...]
    unmatched: tuple[str, ...]

    def render(self) -> str:
        lines = [f"overlay: {len(self.applied)} actions applied, {len(self.unmatched)} matched nothing"]
        lines += [f"  applied: {name}" for name in self.applied]
        lines += [f"  NOT APPLIED (target matches nothing): {name}" for name in self.unmatched]
        return "\n".join(lines)

    def to_json(self) -> dict[str, list[str]]:
        return {"applied": list(self.applied), "unmatched": list(self.unmatched)}


def load_overlay(path: Path) -> Document:
    try:
        overlay = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise OverlayError(f"{path}: cannot read overlay: {error}") from error
    _check_overlay(overlay, str(path))
    return overlay  # type: ignore[no-any-return]


def apply_overlay(document: Document, overlay: Mapping[str, Any]) -> tuple[Document, OverlayReport]:
    """Return a copy of ``document`` with the overlay's actions applied, and what matched."""
    _check_overlay(overlay, "overlay")
    doc = copy.deepcopy(document)
    applied: list[str] = []
    unmatched: list[str] = []
    for index, action in enumerate(overlay["actions"]):
        name = str(action.get("description") or action["target"]).splitlines()[0]
        label = f"#{index + 1} {name}"
        try:
            nodes = jsonpath_rfc9535.find(action["target"], doc)
        except jsonpath_rfc9535.JSONPathError as error:
            raise OverlayError(f"action {label}: invalid JSONPath {action['target']!r}: {error}") from error
        if not nodes:
            unmatched.append(label)
            continue
        if action.get("remove") is True:
            # Remove deepest / last first so the remaining locations stay valid.
            for node in sorted(nodes, key=lambda n: n.location, reverse=True):
                _remove(doc, node.location)
        else:
            for node in nodes:
                _update(node.value, action["update"], label)
        applied.append(label)
    return doc, OverlayReport(applied=tuple(applied), unmatched=tuple(unmatched))


def _check_overlay(overlay: object, where: str) -> None:
    if not isinstance(overlay, dict) or not str(overlay.get("overlay", "")).startswith("1."):
        raise OverlayError(f"{where}: not an Overlay 1.x document (missing 'overlay: 1.0.0')")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise OverlayError(f"{where}: 'actions' must be a non-empty list")
    for index, action in enumerate(actions, start=1):
        if not isinstance(action, dict) or not isinstance(action.get("target"), str):
            raise OverlayError(f"{where}: action #{index} needs a string 'target'")
        if ("update" in action) == (action.get("remove") is True):
            raise OverlayError(f"{where}: action #{index} needs exactly one of 'update' or 'remove: true'")


def _update(target: object, value: Any, label: str) -> None:
    if isinstance(target, dict):
        if not isinstance(value, dict):
            raise OverlayError(f"action {label}: an object target needs an object 'update'")
        _merge(target, value)
    elif isinstance(target, list):
        target.append(copy.deepcopy(value))
    else:
        raise OverlayError(
            f"action {label}: target is a {type(target).__name__}; only objects and arrays update"
        )


def _merge(target: dict[str, Any], value: Mapping[str, Any]) -> None:
    for key, item in value.items():
        if isinstance(item, dict) and isinstance(target.get(key), dict):
            _merge(target[key], item)
        else:
            target[key] = copy.deepcopy(item)


def _remove(doc: Document, location: Sequence[str | int]) -> None:
    if not location:
        raise OverlayError("an overlay cannot remove the whole document")
    parent: Any = doc
    for step in location[:-1]:
        parent = parent[step]
    del parent[location[-1]]
