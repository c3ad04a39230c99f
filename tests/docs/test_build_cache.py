"""dastra_docs/build.py's cache: a strict build of the same inputs is copied, not built again; the key
covers every input and the toolchain; only the newest builds are kept."""

from __future__ import annotations

import filecmp
import os
import tomllib
from pathlib import Path
from typing import Any

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

pytest.importorskip("mkdocs", reason="mkdocs is not installed (the docs dependency group)")

from dastra_codegen.fingerprint import group_requirements, toolchain
from dastra_docs import build as docs_build
from dastra_docs.build import CACHE_DIR, INPUTS, KEEP, ROOT, build_site, site_key


def _same_tree(left: Path, right: Path) -> bool:
    names = sorted(p.relative_to(left) for p in left.rglob("*") if p.is_file())
    if names != sorted(p.relative_to(right) for p in right.rglob("*") if p.is_file()):
        return False
    return all(filecmp.cmp(left / name, right / name, shallow=False) for name in names)


def test_a_build_of_the_same_inputs_copies_the_kept_one(site: Path, tmp_path: Path) -> None:
    """The session's site fixture built (or copied) the site and kept it: the next build is a copy."""
    again = build_site(tmp_path / "again")
    kept = CACHE_DIR / site_key()
    assert again.reused == kept
    assert _same_tree(site, tmp_path / "again")
    assert _same_tree(kept, tmp_path / "again")


def _inputs(root: Path) -> None:
    for name in INPUTS:
        if "." in name:
            (root / name).write_text(name, encoding="utf-8")
        else:
            (root / name).mkdir()
            (root / name / "page.md").write_text(name, encoding="utf-8")


def test_the_key_covers_every_input_and_the_toolchain(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _inputs(tmp_path)
    first = site_key(tmp_path)
    assert site_key(tmp_path) == first
    seen = {first}
    for name in INPUTS:
        changed = tmp_path / name if "." in name else tmp_path / name / "page.md"
        changed.write_text(changed.read_text(encoding="utf-8") + " edited", encoding="utf-8")
        seen.add(site_key(tmp_path))
    assert len(seen) == len(INPUTS) + 1  # every edit made a new key
    (tmp_path / "docs" / "new.md").write_text("a new page", encoding="utf-8")
    assert site_key(tmp_path) not in seen
    before = site_key(tmp_path)
    monkeypatch.setattr(docs_build, "toolchain", lambda *groups, project=False: "another mkdocs")
    assert site_key(tmp_path) != before


def test_only_the_newest_builds_are_kept(tmp_path: Path) -> None:
    built = tmp_path / "site"
    built.mkdir()
    (built / "index.html").write_text("<html></html>", encoding="utf-8")
    cache = tmp_path / "cache"
    for number in range(KEEP + 2):
        docs_build._store(built, cache / f"key{number}")
        os.utime(cache / f"key{number}", (number, number))  # key0 the oldest
    kept = sorted(entry.name for entry in cache.iterdir())
    assert kept == [f"key{number}" for number in range(2, KEEP + 2)]
    assert _same_tree(built, cache / f"key{KEEP + 1}")


def test_another_config_is_built_every_time_and_never_kept(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Hello\n", encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: t\ndocs_dir: docs\n", encoding="utf-8")
    cache = tmp_path / "cache"
    for target in ("one", "two"):
        built = build_site(tmp_path / target, config_file=config, cache_dir=cache)
        assert built.reused is None and (tmp_path / target / "index.html").is_file()
    # Regression: without a site_dir, the site went to the repository's site/, not this config's own.
    default = build_site(config_file=config, cache_dir=cache)
    assert default.site == tmp_path / "site" and (tmp_path / "site" / "index.html").is_file()
    assert not cache.exists()


def _pins(groups: dict[str, Any], group: str) -> dict[str, str]:
    """The ``name==version`` requirements of ``group`` and of the groups it includes, by normalized name."""
    pins: dict[str, str] = {}
    for entry in group_requirements(groups, group):
        requirement = Requirement(entry)
        specifiers = list(requirement.specifier)
        if len(specifiers) == 1 and specifiers[0].operator == "==":
            pins[canonicalize_name(requirement.name)] = specifiers[0].version
    return pins


def test_the_docs_session_pins_what_the_tests_pin_of_the_build_s_toolchain() -> None:
    """Otherwise the two environments resolve some distribution the build runs on differently (PyYAML
    6.0.3 in the tests, 6.0.4 in ``nox -s docs``), their keys differ and ``.ci/run`` builds the site twice."""
    groups = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["dependency-groups"]
    build_runs_on = {line.split("==")[0] for line in toolchain("docs", project=True).splitlines()[2:]}
    tests, docs = _pins(groups, "test"), _pins(groups, "docs")
    differ = {name: pin for name, pin in tests.items() if name in build_runs_on and docs.get(name) != pin}
    assert differ == {}
