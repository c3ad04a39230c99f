"""Every repository path the README and the guides name in backticks exists, so "Where things live" cannot go
stale again (it once sent readers to ``dastra_auth/facade.py`` and six other modules that had moved)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: Files a command writes when it runs, named by the docs as its output.
WRITTEN_ON_DEMAND = frozenset(
    {
        "openapi/CHANGELOG.md",  # the change report, written when a different snapshot is pinned
        "openapi/changes.json",
        ".mypy_cache",  # mypy's cache (the gate's too), made by its first run
        ".mypy_cache/stages",  # the generation's stage caches
    }
)
_BACKTICKED = re.compile(r"`([^`\s]+)`")


def named_paths(text: str) -> list[str]:
    """The backticked tokens of ``text`` that are paths under a top-level entry of the repository."""
    tops = {entry.name for entry in ROOT.iterdir()}
    found = []
    for token in _BACKTICKED.findall(text):
        path = token.rstrip(",.:").split("::")[0]
        if "/" in path and path.split("/")[0] in tops and not any(c in path for c in "<>*{}"):
            found.append(path)
    return found


def documents() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]


@pytest.mark.parametrize("document", documents(), ids=lambda path: str(path.relative_to(ROOT)))
def test_every_path_a_document_names_exists(document: Path) -> None:
    missing = [
        path
        for path in named_paths(document.read_text(encoding="utf-8"))
        if path not in WRITTEN_ON_DEMAND and not (ROOT / path).exists()
    ]
    assert missing == [], f"{document.name} names paths that do not exist: {missing}"


def test_the_where_things_live_table_names_the_front_door_modules() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Where things live", 1)[1].split("\n## ", 1)[0]
    homes = set(named_paths(table))
    for module in ("dastra/client.py", "dastra/settings.py", "dastra/connect.py", "dastra/errors.py"):
        assert module in homes
    assert len(homes) >= 40


def test_named_paths_finds_paths_and_skips_what_is_not_one() -> None:
    text = "see `dastra/client.py`, `tests/<concern>/`, `x/y`, `dastra.errors`, `noxfile.py` and `docs/`."
    assert named_paths(text) == ["dastra/client.py", "docs/"]
