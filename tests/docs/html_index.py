"""What the link check and the reference tests read from the built HTML: ids, links, assets, text."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

__all__ = ["PageIndex", "read_page"]

#: (tag, attribute) pairs whose URL the browser fetches by itself, unlike an ``<a href>`` it only follows.
FETCHED = {("script", "src"), ("img", "src"), ("link", "href"), ("iframe", "src"), ("source", "src")}


@dataclass
class PageIndex:
    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)  # <a href>
    fetched: list[str] = field(default_factory=list)  # URLs the page loads
    #: id -> the text of the element with that id and what follows it up to the next heading of its rank
    sections: dict[str, str] = field(default_factory=dict)


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.index = PageIndex()
        self._open_sections: list[tuple[str, str]] = []  # (id, heading tag)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value for name, value in attrs if value is not None}
        for name in ("id", "name"):
            if name in values and (name == "id" or tag == "a"):
                self.index.ids.add(values[name])
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self._open_sections = [(i, t) for i, t in self._open_sections if t < tag]
            if "id" in values:
                self._open_sections.append((values["id"], tag))
                self.index.sections[values["id"]] = ""
        if tag == "a" and "href" in values:
            self.index.links.append(values["href"])
        for attribute in ("src", "href"):
            if (tag, attribute) in FETCHED and attribute in values:
                if tag == "link" and values.get("rel") in {"canonical", "alternate"}:
                    continue
                self.index.fetched.append(values[attribute])

    def handle_data(self, data: str) -> None:
        for section, _tag in self._open_sections:
            self.index.sections[section] += data


def read_page(path: Path) -> PageIndex:
    parser = _Parser()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser.index
