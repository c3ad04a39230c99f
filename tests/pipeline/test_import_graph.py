"""No two modules of ``dastra_codegen`` import each other, directly or through others, even under
``TYPE_CHECKING`` or inside a function (``changes.model`` and ``changes.render`` once did)."""

from __future__ import annotations

import ast
from pathlib import Path

from dastra_codegen import paths

PACKAGE = "dastra_codegen"


def _module_name(path: Path) -> str:
    parts = path.relative_to(paths.ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(root: Path) -> dict[str, set[str]]:
    """``module -> the package's modules it imports`` (``from pkg import submodule`` counts the submodule)."""
    modules = {_module_name(path): path for path in sorted(root.rglob("*.py"))}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        imported: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                submodules = [f"{node.module}.{alias.name}" for alias in node.names]
                imported.update([m for m in submodules if m in modules] or [node.module])
            elif isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
        graph[name] = {module for module in imported if module in modules and module != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[tuple[str, str]]:
    """Every edge ``a -> b`` from which ``a`` is reachable again."""

    def reachable(start: str) -> set[str]:
        seen: set[str] = set()
        todo = [start]
        while todo:
            for module in graph[todo.pop()]:
                if module not in seen:
                    seen.add(module)
                    todo.append(module)
        return seen

    return [(a, b) for a in sorted(graph) for b in sorted(graph[a]) if a in reachable(b)]


def test_dastra_codegen_has_no_import_cycle() -> None:
    graph = import_graph(paths.ROOT / PACKAGE)
    assert len(graph) > 20
    assert cycles(graph) == []


def test_a_cycle_through_type_checking_is_found() -> None:
    graph = {"p.model": {"p.render"}, "p.render": {"p.model"}, "p.cli": {"p.model"}}
    assert cycles(graph) == [("p.model", "p.render"), ("p.render", "p.model")]
