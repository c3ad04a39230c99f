"""MkDocs hooks (``hooks:`` in ``mkdocs.yml``): the generated reference pages and their navigation.

``on_config`` builds the pages once and fills the navigation's ``Resources`` entry with one page per
resource; ``on_files`` adds every generated page (in memory: nothing is written under ``docs/``).
Model pages stay out of the navigation (``not_in_nav``): the models index lists them all.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from dastra_docs.pages import RESOURCES_DIR, reference_pages

_PAGES: dict[str, str] = {}
#: Sphinx roles in the project's docstrings (``:class:`Secret```), which mkdocstrings shows as written.
_ROLE = re.compile(r":(?:class|func|meth|attr|mod|data|exc|obj|ref):(?=<code>)")
#: The navigation entry that becomes the resources section.
RESOURCES_ENTRY = f"{RESOURCES_DIR}/index.md"


def _fill(nav: Any, section: list[dict[str, str]]) -> bool:
    """Replace the ``{"Resources": "reference/resources/index.md"}`` entry of ``nav`` by a section."""
    if isinstance(nav, list):
        return any(_fill(item, section) for item in nav)
    if isinstance(nav, dict):
        for title, value in nav.items():
            if value == RESOURCES_ENTRY:
                nav[title] = [RESOURCES_ENTRY, *section]
                return True
            if _fill(value, section):
                return True
    return False


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    root = Path(config.config_file_path).resolve().parent
    reference, pages = reference_pages(root)
    _PAGES.clear()
    _PAGES.update(pages)
    if config.nav is not None and not _fill(config.nav, reference.nav()):
        raise ValueError(f"mkdocs.yml: the nav has no '{RESOURCES_ENTRY}' entry for the resources")
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for path, text in sorted(_PAGES.items()):
        if files.get_file_from_path(path) is not None:
            raise ValueError(f"docs/{path} exists but is generated: remove it")
        files.append(File.generated(config, path, content=text))
    return files


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Docstrings rendered by mkdocstrings: ``:class:`X``` reads as ``X``, the role dropped."""
    return _ROLE.sub("", html)
