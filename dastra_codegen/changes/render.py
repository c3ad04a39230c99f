"""Text forms of a change report: the summary line and the Markdown section.

It reads changes through :class:`Entry` (what a line shows), so it needs nothing from
:mod:`dastra_codegen.changes.model`, which uses it: the two modules do not import each other.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class Entry(Protocol):
    """What one line of the report shows of a change (:class:`~dastra_codegen.changes.model.Change`)."""

    @property
    def location(self) -> str: ...
    @property
    def detail(self) -> str: ...
    @property
    def breaking(self) -> bool: ...
    @property
    def operation_id(self) -> str | None: ...


BREAKING_MARK = "**BREAKING**"


def summary_line(breaking: int, not_breaking: int) -> str:
    total = breaking + not_breaking
    if total == 0:
        return "no changes"
    noun = "change" if total == 1 else "changes"
    return f"{total} {noun}: {breaking} breaking, {not_breaking} not breaking"


def bullet(change: Entry) -> str:
    """``- **BREAKING** `GET /v1/x` (`X_Get`): operation removed``."""
    mark = f"{BREAKING_MARK} " if change.breaking else ""
    operation_id = f" (`{change.operation_id}`)" if change.operation_id else ""
    return f"- {mark}`{change.location}`{operation_id}: {change.detail}"


def markdown(title: str, summary: str, sections: Sequence[tuple[str, str, Sequence[Entry]]]) -> str:
    lines = [f"## {title}", "", summary]
    for _, heading, changes in sections:
        if not changes:
            continue
        breaking = sum(1 for change in changes if change.breaking)
        count = f"{len(changes)}, {breaking} breaking" if breaking else f"{len(changes)}"
        lines += ["", f"### {heading} ({count})", ""]
        lines += [bullet(change) for change in changes]
    return "\n".join(lines) + "\n"
