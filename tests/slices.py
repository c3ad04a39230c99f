"""A slice of an OpenAPI document: the operations of a few tags and every schema they reach.

A slice is a whole, valid document of its own (the same ``openapi``, ``info``, ``servers``, ``security``
and non-schema components), only smaller: generating it with the full gate takes a fraction of the
time the whole document takes. Tests that exercise one change at a time through ``update_spec`` and
``generate`` run on a slice; the tests that hold every change at once run on the whole document.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Final

__all__ = ["SCHEMA_REF", "slice_document"]

Doc = dict[str, Any]

SCHEMA_REF: Final = "#/components/schemas/"
_METHODS: Final = frozenset({"get", "put", "post", "delete", "patch", "head", "options", "trace"})


def _schema_refs(node: Any) -> Iterator[str]:
    """The names of the component schemas ``node`` refers to, at any depth."""
    if isinstance(node, dict):
        target = node.get("$ref")
        if isinstance(target, str) and target.startswith(SCHEMA_REF):
            yield target.removeprefix(SCHEMA_REF)
        for value in node.values():
            yield from _schema_refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _schema_refs(value)


def _first_tag(operation: Any) -> str | None:
    tags = operation.get("tags") if isinstance(operation, dict) else None
    return tags[0] if isinstance(tags, list) and tags and isinstance(tags[0], str) else None


def slice_document(document: Doc, tags: Iterable[str], schemas: Iterable[str] = ()) -> Doc:
    """``document`` with only the operations whose first tag is in ``tags``, and only the component
    schemas those operations, the other components or ``schemas`` reach (transitively), in their order.
    ``document`` is left as it is; the slice shares its nested objects (deep-copy it before editing)."""
    wanted = set(tags)
    paths: Doc = {}
    for path, item in document.get("paths", {}).items():
        kept = {
            key: value for key, value in item.items() if key not in _METHODS or _first_tag(value) in wanted
        }
        if any(key in _METHODS for key in kept):
            paths[path] = kept
    if not paths:
        raise ValueError(f"no operation is tagged {sorted(wanted)}")
    components: Doc = dict(document.get("components", {}))
    every_schema: Doc = components.get("schemas", {})
    unknown = sorted(set(schemas) - set(every_schema))
    if unknown:
        raise ValueError(f"no such schema: {', '.join(unknown)}")
    others = {key: value for key, value in components.items() if key != "schemas"}
    todo = [*_schema_refs(paths), *_schema_refs(others), *schemas]
    reached: set[str] = set()
    while todo:
        name = todo.pop()
        if name not in reached and name in every_schema:
            reached.add(name)
            todo.extend(_schema_refs(every_schema[name]))
    components["schemas"] = {name: schema for name, schema in every_schema.items() if name in reached}
    replaced: Doc = {"paths": paths, "components": components}
    if isinstance(document.get("tags"), list):
        replaced["tags"] = [tag for tag in document["tags"] if tag.get("name") in wanted]
    return {key: replaced.get(key, value) for key, value in document.items()}
