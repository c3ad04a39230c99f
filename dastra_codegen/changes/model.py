"""The report's data: one :class:`Change` per difference, grouped in a :class:`ChangeReport`."""

from __future__ import annotations

from typing import Any

import attrs

from dastra_codegen.changes import render

#: Report sections in display order: (attribute name, Markdown heading).
SECTIONS = (
    ("operations_added", "Operations added"),
    ("operations_removed", "Operations removed"),
    ("operations_changed", "Operations changed"),
    ("schemas_added", "Schemas added"),
    ("schemas_removed", "Schemas removed"),
    ("schemas_changed", "Schemas changed"),
    ("security", "Security changes"),
)

_METHOD_ORDER = ("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE")


@attrs.frozen
class Change:
    """One difference between two documents.

    ``kind`` names the rule (``parameter-added``, ``property-removed``...), ``location`` says where
    (``GET /v1/WorkSpaces: query parameter page``, ``WorkspaceDto.name``), ``detail`` says what, in
    words. ``operation_id`` is set for changes that belong to an operation.
    """

    kind: str
    location: str
    detail: str
    breaking: bool
    operation_id: str | None = None

    def sort_key(self) -> tuple[str, str, int, str, str]:
        """Order by path (or schema name) first, then method, kind and detail."""
        method, _, rest = self.location.partition(" ")
        if method in _METHOD_ORDER and rest.startswith("/"):
            return (rest.casefold(), rest, _METHOD_ORDER.index(method), self.kind, self.detail)
        return (self.location.casefold(), self.location, -1, self.kind, self.detail)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "location": self.location,
            "operation_id": self.operation_id,
            "breaking": self.breaking,
            "detail": self.detail,
        }


def _sorted(changes: Any) -> tuple[Change, ...]:
    return tuple(sorted(changes, key=Change.sort_key))


@attrs.frozen
class ChangeReport:
    """Every change between two documents, sorted within each section (deterministic)."""

    operations_added: tuple[Change, ...] = attrs.field(default=(), converter=_sorted)
    operations_removed: tuple[Change, ...] = attrs.field(default=(), converter=_sorted)
    operations_changed: tuple[Change, ...] = attrs.field(default=(), converter=_sorted)
    schemas_added: tuple[Change, ...] = attrs.field(default=(), converter=_sorted)
    schemas_removed: tuple[Change, ...] = attrs.field(default=(), converter=_sorted)
    schemas_changed: tuple[Change, ...] = attrs.field(default=(), converter=_sorted)
    security: tuple[Change, ...] = attrs.field(default=(), converter=_sorted)

    def sections(self) -> tuple[tuple[str, str, tuple[Change, ...]], ...]:
        """``(attribute name, heading, changes)`` for every section, empty ones included."""
        return tuple((name, heading, getattr(self, name)) for name, heading in SECTIONS)

    @property
    def changes(self) -> tuple[Change, ...]:
        """All changes, section by section."""
        return tuple(change for _, _, changes in self.sections() for change in changes)

    @property
    def breaking_count(self) -> int:
        return sum(1 for change in self.changes if change.breaking)

    @property
    def non_breaking_count(self) -> int:
        return sum(1 for change in self.changes if not change.breaking)

    @property
    def is_empty(self) -> bool:
        return not self.changes

    def summary_line(self) -> str:
        """``"12 changes: 3 breaking, 9 not breaking"``, or ``"no changes"``."""
        return render.summary_line(self.breaking_count, self.non_breaking_count)

    def to_markdown(self, title: str) -> str:
        """A section for ``openapi/CHANGELOG.md``: heading, summary line, one list per non-empty group."""
        return render.markdown(title, self.summary_line(), self.sections())

    def to_json(self) -> dict[str, Any]:
        """Machine-readable form: a summary, then every section (empty ones as ``[]``), sorted entries."""
        result: dict[str, Any] = {
            "summary": {
                "changes": len(self.changes),
                "breaking": self.breaking_count,
                "not_breaking": self.non_breaking_count,
            }
        }
        for name, _, changes in self.sections():
            result[name] = [change.to_json() for change in changes]
        return result
