"""The strict build: ``python -m dastra_docs build`` (``nox -s docs``) writes ``site/``.

MkDocs runs in strict mode, so any warning (a broken link or anchor, a docstring mkdocstrings cannot
read, a page missing from the navigation's files) fails the build with a non-zero exit.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

__all__ = ["build_site", "main"]

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "mkdocs.yml"


def build_site(site_dir: Path | None = None, *, config_file: Path = CONFIG) -> float:
    """Build the site strictly into ``site_dir`` (default: the config's ``site/``); the seconds it took."""
    started = time.perf_counter()
    overrides = {"site_dir": str(site_dir)} if site_dir is not None else {}
    config = load_config(config_file=str(config_file), strict=True, **overrides)
    build(config)
    return time.perf_counter() - started


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dastra_docs", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    command = commands.add_parser("build", help="build the site strictly")
    command.add_argument("--site-dir", type=Path, default=None, help="where to write it (default: site/)")
    arguments = parser.parse_args(argv)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    logger = logging.getLogger("mkdocs")  # MkDocs and its plugins log here; its CLI would set this up
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    try:
        seconds = build_site(arguments.site_dir)
    except MkDocsException as error:
        print(f"error: the documentation does not build: {error}", file=sys.stderr)
        return 1
    site = arguments.site_dir or ROOT / "site"
    pages = sum(1 for _ in Path(site).rglob("*.html"))
    print(f"built {pages} pages into {site} in {seconds:.1f} s")
    return 0
