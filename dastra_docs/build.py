"""The strict build: ``python -m dastra_docs build`` (``nox -s docs``) writes ``site/``.

MkDocs runs in strict mode, so any warning (a broken link or anchor, a docstring mkdocstrings cannot
read, a page missing from the navigation's files) fails the build with a non-zero exit.

A strict build is kept under ``.cache/docs/<key>`` (gitignored, the newest :data:`KEEP` builds), the key
covering every input: the files of :data:`INPUTS` (the pages, the hooks, the packages mkdocstrings and
the reference read, the spec) and the interpreter with the installed version of everything the build
runs on (the project's dependencies and the ``docs`` group, with what they require). A build whose key
an earlier one had copies that site instead of building it again: the test session's site fixture
builds it, then ``nox -s docs`` in ``.ci/run`` reuses it. Any change to an input builds again;
``--no-cache`` always does. A reused site differs from a new one only in the build dates it carries.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import logging
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from dastra_codegen.fingerprint import toolchain, tree_digest

__all__ = ["CACHE_DIR", "INPUTS", "KEEP", "Built", "build_site", "main", "site_key"]

ROOT: Final = Path(__file__).resolve().parent.parent
CONFIG: Final = ROOT / "mkdocs.yml"
CACHE_DIR: Final = ROOT / ".cache" / "docs"
KEEP: Final = 2
#: What the build reads from the repository: the config and pages, our hooks and page generator, the
#: packages mkdocstrings documents and the reference reads (ast), the spec, the project's settings.
INPUTS: Final = (
    "mkdocs.yml",
    "docs",
    "dastra_docs",
    "dastra",
    "dastra_auth",
    "dastra_codegen",
    "generated",
    "openapi",
    "pyproject.toml",
)


@dataclass(frozen=True)
class Built:
    """A site written: where, the seconds it took, and the kept build it copies (None: built here)."""

    site: Path
    seconds: float
    reused: Path | None = None


def site_key(root: Path = ROOT) -> str:
    """The key of a build of the site of ``root`` with its inputs and this toolchain."""
    digest = hashlib.sha256(toolchain("docs", project=True).encode())
    digest.update(tree_digest([root / name for name in INPUTS], base=root).encode())
    return digest.hexdigest()[:32]


def _store(site: Path, kept: Path) -> None:
    """Keep a copy of ``site`` as ``kept`` (written aside, then renamed: never half there), and only the
    newest :data:`KEEP` builds beside it."""
    kept.parent.mkdir(parents=True, exist_ok=True)
    staged = Path(tempfile.mkdtemp(prefix=".writing-", dir=kept.parent))
    shutil.copytree(site, staged / "site")
    with contextlib.suppress(OSError):  # another build of the same inputs stored it first
        (staged / "site").rename(kept)
    shutil.rmtree(staged, ignore_errors=True)
    builds = sorted(
        (entry for entry in kept.parent.iterdir() if not entry.name.startswith(".")),
        key=lambda entry: entry.stat().st_mtime,
    )
    for stale in builds[:-KEEP]:
        shutil.rmtree(stale, ignore_errors=True)


def build_site(
    site_dir: Path | None = None, *, config_file: Path = CONFIG, cache_dir: Path | None = CACHE_DIR
) -> Built:
    """Build the site strictly into ``site_dir`` (default: the config's ``site_dir``), or copy the build
    an earlier run made of the same inputs from ``cache_dir`` (None: always build; only the repository's
    own config is cached)."""
    started = time.perf_counter()
    overrides = {"site_dir": str(site_dir)} if site_dir is not None else {}
    config = load_config(config_file=str(config_file), strict=True, **overrides)
    site = Path(config.site_dir)
    kept = cache_dir / site_key() if cache_dir is not None and config_file == CONFIG else None
    if kept is not None and kept.is_dir():
        shutil.rmtree(site, ignore_errors=True)
        shutil.copytree(kept, site)
        kept.touch()  # the newest use: kept the longest
        return Built(site, time.perf_counter() - started, kept)
    build(config)
    if kept is not None:
        _store(site, kept)
    return Built(site, time.perf_counter() - started)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dastra_docs", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    command = commands.add_parser("build", help="build the site strictly")
    command.add_argument("--site-dir", type=Path, default=None, help="where to write it (default: site/)")
    command.add_argument(
        "--no-cache", action="store_true", help="build even if a build of the same inputs is kept"
    )
    arguments = parser.parse_args(argv)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    logger = logging.getLogger("mkdocs")  # MkDocs and its plugins log here; its CLI would set this up
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    try:
        built = build_site(arguments.site_dir, cache_dir=None if arguments.no_cache else CACHE_DIR)
    except MkDocsException as error:
        print(f"error: the documentation does not build: {error}", file=sys.stderr)
        return 1
    pages = sum(1 for _ in built.site.rglob("*.html"))
    if built.reused is None:
        print(f"built {pages} pages into {built.site} in {built.seconds:.1f} s")
    else:
        print(
            f"copied {pages} pages into {built.site} in {built.seconds:.1f} s from {built.reused}: an earlier "
            "strict build of these very inputs and toolchain (--no-cache builds again)"
        )
    return 0
