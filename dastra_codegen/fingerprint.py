"""Content keys: what a cache entry is keyed by, so that nothing is reused across different inputs.

- :func:`tree_digest`: SHA-256 over the names and bytes of every file under some folders;
- :func:`toolchain`: the interpreter and the installed version of every distribution a stage runs on.

Used by the stages of ``nox -s generate`` (:mod:`dastra_codegen.stage_cache`) and the documentation's
build (``dastra_docs/build.py``). Standard library only: any virtualenv of the project can import it.
"""

from __future__ import annotations

import hashlib
import os
import platform
import re
import sys
import tomllib
from collections.abc import Iterable, Iterator
from importlib import metadata
from pathlib import Path
from typing import Any, Final

from dastra_codegen import paths

__all__ = ["toolchain", "tree_digest"]


def _files(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and not path.name.endswith(".pyc"):
            yield path


def tree_digest(roots: Iterable[Path], *, base: Path | None = None) -> str:
    """SHA-256 over the relative names and bytes of every file under ``roots`` (bytecode excluded)."""
    digest = hashlib.sha256()
    for root in roots:
        files = [root] if root.is_file() else list(_files(root))
        for path in files:
            name = path.relative_to(base if base is not None else root.parent).as_posix()
            data = path.read_bytes()
            digest.update(f"{name}\0{len(data)}\0".encode())
            digest.update(data)
    return digest.hexdigest()


_REQUIREMENT_NAME: Final = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


def _normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


_MARKER_TERM: Final = re.compile(
    r"""\s*(?P<var>[a-z_]+)\s*(?P<op>==|!=|<=|>=|<|>|~=|not in|in)\s*(?P<quote>["'])(?P<value>[^"']*)(?P=quote)\s*"""
)
_MARKER_GLUE: Final = re.compile(r"\s*(\(|\)|\band\b|\bor\b)\s*")


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])


def _marker_holds(marker: str) -> bool:
    """Whether a requirement's environment marker holds here (PEP 508 terms joined by and/or).

    ``extra`` never holds: what an extra adds is not part of a plain install. A marker this reader cannot
    read counts as holding (one more version in the key: at worst a miss, never a wrong reuse).
    """
    values = {
        "python_version": f"{sys.version_info[0]}.{sys.version_info[1]}",
        "python_full_version": platform.python_version(),
        "sys_platform": sys.platform,
        "platform_system": platform.system(),
        "platform_machine": platform.machine(),
        "platform_python_implementation": platform.python_implementation(),
        "implementation_name": sys.implementation.name,
        "os_name": os.name,
    }
    pieces: list[str] = []
    rest = marker
    while rest.strip():
        glue = _MARKER_GLUE.match(rest)
        if glue:
            pieces.append(glue[1])
            rest = rest[glue.end() :]
            continue
        term = _MARKER_TERM.match(rest)
        if term is None:
            return True
        var, op, value = term["var"], term["op"], term["value"]
        if var == "extra":
            held = op == "!="
        elif var not in values:
            return True
        elif var.startswith("python_") and op not in ("in", "not in"):
            left, right = _version(values[var]), _version(value)
            held = {
                "==": left == right,
                "!=": left != right,
                "<=": left <= right,
                ">=": left >= right,
                "<": left < right,
                ">": left > right,
                "~=": left >= right,
            }[op]
        else:
            held = {"==": values[var] == value, "!=": values[var] != value}.get(
                op, (values[var] in value) == (op == "in")
            )
        pieces.append(str(held))
        rest = rest[term.end() :]
    try:  # only True, False, and, or and parentheses are left
        return bool(eval(" ".join(pieces), {"__builtins__": {}}, {}))
    except SyntaxError:
        return True


def toolchain(*groups: str, project: bool = False) -> str:
    """The interpreter, and the installed version of every distribution a stage runs on: the dependency
    ``groups`` of ``pyproject.toml`` (and its ``[project]`` dependencies when ``project``), and everything
    they require here (requirements whose environment marker does not hold, and extras, left out).

    Other distributions of the environment (a test runner, a docs builder) are left out, so that the
    virtualenv of the tests and the one of a nox session share their entries when these agree.
    """
    pyproject = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    entries: list[Any] = list(pyproject.get("project", {}).get("dependencies", [])) if project else []
    for group in groups:
        entries += pyproject.get("dependency-groups", {}).get(group, [])
    pending = [
        _normalized(match[1])
        for entry in entries
        if isinstance(entry, str) and (match := _REQUIREMENT_NAME.match(entry))
    ]
    found: dict[str, str] = {}
    while pending:
        name = pending.pop()
        if name in found:
            continue
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:  # a requirement for another platform or Python: not run
            continue
        found[name] = distribution.version
        for requirement in distribution.requires or ():
            match = _REQUIREMENT_NAME.match(requirement)
            _, _, marker = requirement.partition(";")
            if match and (not marker.strip() or _marker_holds(marker)):
                pending.append(_normalized(match[1]))
    return "\n".join([sys.version, sys.platform, *(f"{name}=={found[name]}" for name in sorted(found))])
