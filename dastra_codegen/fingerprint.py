"""Content keys: what a cache entry is keyed by, so that nothing is reused across different inputs.

- :func:`tree_digest`: SHA-256 over the names and bytes of every file under some folders;
- :func:`toolchain`: the interpreter and the installed version of every distribution a stage runs on.

Used by the stages of ``nox -s generate`` (:mod:`dastra_codegen.stage_cache`) and the documentation's
build (``dastra_docs/build.py``). Standard library and ``packaging`` only: any virtualenv of the project
can import it.
"""

from __future__ import annotations

import hashlib
import sys
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from importlib import metadata
from pathlib import Path
from typing import Any, Final

# PyPA's own reading of requirements and environment markers (PEP 508), as pip and uv read them.
from packaging.markers import InvalidMarker, Marker, UndefinedComparison, UndefinedEnvironmentName
from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

from dastra_codegen import paths

__all__ = ["group_requirements", "toolchain", "tree_digest"]


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


#: ``extra`` never holds: what an extra adds is not part of a plain install.
_PLAIN_INSTALL: Final = {"extra": ""}


def _marker_holds(marker: str) -> bool:
    """Whether a requirement's environment marker (PEP 508) holds here, for a plain install. A marker
    that cannot be read or evaluated counts as holding (one more version in the key: at worst a miss,
    never a wrong reuse)."""
    try:
        return Marker(marker).evaluate(_PLAIN_INSTALL)
    except (InvalidMarker, UndefinedComparison, UndefinedEnvironmentName):
        return True


def _required(entry: str) -> str | None:
    """The normalized name ``entry`` requires here, or None (its marker does not hold, or unreadable)."""
    try:
        requirement = Requirement(entry)
    except InvalidRequirement:
        return None
    if requirement.marker is not None and not _marker_holds(str(requirement.marker)):
        return None
    return canonicalize_name(requirement.name)


def group_requirements(groups: Mapping[str, Any], group: str) -> Iterator[str]:
    """The requirement strings of dependency group ``group``, its included groups' too (PEP 735)."""
    for entry in groups.get(group, []):
        if isinstance(entry, str):
            yield entry
        elif isinstance(entry, dict) and isinstance(entry.get("include-group"), str):
            yield from group_requirements(groups, entry["include-group"])


def toolchain(*groups: str, project: bool = False) -> str:
    """The interpreter, and the installed version of every distribution a stage runs on: the dependency
    ``groups`` of ``pyproject.toml`` (and its ``[project]`` dependencies when ``project``), and everything
    they require here (requirements whose environment marker does not hold, and extras, left out).

    Other distributions of the environment (a test runner, a docs builder) are left out, so that the
    virtualenv of the tests and the one of a nox session share their entries when these agree.
    """
    pyproject = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    entries: list[str] = list(pyproject.get("project", {}).get("dependencies", [])) if project else []
    for group in groups:
        entries += group_requirements(pyproject.get("dependency-groups", {}), group)
    pending = [name for name in map(_required, entries) if name is not None]
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
        pending += [name for name in map(_required, distribution.requires or ()) if name is not None]
    return "\n".join([sys.version, sys.platform, *(f"{name}=={found[name]}" for name in sorted(found))])
