"""Every internal link and anchor of the built site resolves, and no page loads anything from elsewhere."""

from __future__ import annotations

import functools
import posixpath
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from tests.docs.html_index import PageIndex, read_page


@functools.cache
def _index(path: Path) -> PageIndex:
    return read_page(path)


def _pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def _broken(site: Path, page: Path, href: str) -> str | None:
    """Why ``href`` on ``page`` leads nowhere, or ``None`` when it resolves (external links are not followed)."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith(("mailto:", "javascript:")):
        return None
    if parts.path:
        base = (
            "" if parts.path.startswith("/") else page.parent.relative_to(site).as_posix()
        )  # 404.html: from /
        relative = posixpath.normpath(posixpath.join(base, unquote(parts.path).lstrip("/")))
        target = site / relative
        if target.is_dir():
            target = target / "index.html"
        if relative.startswith("..") or not target.is_file():
            return f"{href}: no such file"
    else:
        target = page
    if parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in _index(target).ids:
        return f"{href}: no element with id {parts.fragment!r} in {target.relative_to(site)}"
    return None


def test_every_internal_link_and_anchor_resolves(site: Path) -> None:
    pages = _pages(site)
    assert len(pages) > 300  # guides, the reference of every resource and model
    broken: list[str] = []
    checked = 0
    for page in pages:
        for href in _index(page).links + _index(page).fetched:
            checked += 1
            reason = _broken(site, page, href)
            if reason is not None:
                broken.append(f"{page.relative_to(site)}: {reason}")
    assert checked > 10_000
    assert broken == [], f"{len(broken)} broken links, first ones:\n" + "\n".join(broken[:20])


def test_no_page_loads_anything_from_another_origin(site: Path) -> None:
    outside = [
        f"{page.relative_to(site)}: {url}"
        for page in _pages(site)
        for url in _index(page).fetched
        if urlsplit(url).scheme or url.startswith("//")
    ]
    assert outside == []


def test_no_stylesheet_or_page_reaches_another_origin(site: Path) -> None:
    """No web fonts (``theme.font: false``), no CSS import from elsewhere, nothing that loads mermaid."""
    markers = ("fonts.googleapis.com", "fonts.gstatic.com", "@import url(http", 'class="mermaid"')
    found = [
        f"{asset.relative_to(site)}: {marker}"
        for asset in [*site.rglob("*.css"), *site.rglob("*.html")]
        for marker in markers
        if marker in asset.read_text(encoding="utf-8", errors="replace")
    ]
    assert found == []


def test_the_themes_cdn_loaders_are_only_fallbacks(site: Path) -> None:
    """Material's bundle fetches from unpkg in two cases only: a browser without ``ResizeObserver`` (a
    polyfill) and a page with a mermaid diagram (none here, checked above). If a theme update adds another
    such URL, this test names it; the browser test is what proves that a page fetches nothing outside."""
    allowed = {
        "https://unpkg.com/resize-observer-polyfill",
        "https://unpkg.com/mermaid@11/dist/mermaid.min.js",
    }
    found = {
        url
        for script in site.rglob("*.js")
        for url in _URL.findall(script.read_text(encoding="utf-8", errors="replace"))
        if any(host in url for host in _CDN_HOSTS)
    }
    assert found <= allowed


_URL = re.compile(r"https?://[^\s\"'`)]+")
_CDN_HOSTS = ("unpkg.com", "jsdelivr.net", "cdnjs.", "googleapis.com", "gstatic.com")
