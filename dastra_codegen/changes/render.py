"""Text forms of a change report: the summary line and the Markdown section."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dastra_codegen.changes.model import Change

BREAKING_MARK = "**BREAKING**"


def summary_line(breaking: int, not_breaking: int) -> str:
    total = breaking + not_breaking
    if total == 0:
        return "no changes"
    noun = "change" if total == 1 else "changes"
    return f"{total} {noun}: {breaking} breaking, {not_breaking} not breaking"


def bullet(change: Change) -> str:
    """``- **BREAKING** `GET /v1/x` (`X_Get`): operation removed``."""
    mark = f"{BREAKING_MARK} " if change.breaking else ""
    operation_id = f" (`{change.operation_id}`)" if change.operation_id else ""
    return f"- {mark}`{change.location}`{operation_id}: {change.detail}"


def markdown(title: str, summary: str, sections: tuple[tuple[str, str, tuple[Change, ...]], ...]) -> str:
    lines = [f"## {title}", "", summary]
    for _, heading, changes in sections:
        if not changes:
            continue
        breaking = sum(1 for change in changes if change.breaking)
        count = f"{len(changes)}, {breaking} breaking" if breaking else f"{len(changes)}"
        lines += ["", f"### {heading} ({count})", ""]
        lines += [bullet(change) for change in changes]
    return "\n".join(lines) + "\n"
