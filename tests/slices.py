"""A slice of an OpenAPI document: the operations of a few tags and every schema they reach; and
:func:`pin`, which pins a document as ``nox -s update_spec`` does.

A slice is a whole, valid document of its own (the same ``openapi``, ``info``, ``servers``, ``security``
and non-schema components), only smaller: generating it with the full gate takes a fraction of the
time the whole document takes. Tests that exercise one change at a time through ``update_spec`` and
``generate`` run on a slice; the tests that hold every change at once run on the whole document.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from dastra_codegen import paths
from dastra_codegen.changes.refs import HTTP_METHODS, schema_refs
from dastra_codegen.fetch import read_file
from dastra_codegen.update_spec import update_spec

__all__ = ["pin", "slice_document"]

Doc = dict[str, Any]


def pin(document: Doc, openapi_dir: Path, overlay: Path = paths.OVERLAY) -> Path:
    """``update_spec`` of ``document``, read from a file as a downloaded one would be, into
    ``openapi_dir`` (a new history there, or the next snapshot of the one it holds); returns it."""
    with tempfile.TemporaryDirectory(prefix="dastra-pin-") as scratch:
        source = Path(scratch) / "document.json"
        source.write_text(json.dumps(document), encoding="utf-8")
        update_spec(read_file(source), openapi_dir, overlay)
    return openapi_dir


def _first_tag(operation: Any) -> str | None:
    tags = operation.get("tags") if isinstance(operation, dict) else None
    return tags[0] if isinstance(tags, list) and tags and isinstance(tags[0], str) else None


def slice_document(document: Doc, tags: Iterable[str], schemas: Iterable[str] = ()) -> Doc:
    """``document`` with only the operations whose first tag is in ``tags``, and only the component
    schemas those operations, the other components or ``schemas`` reach (transitively), in their order.
    ``document`` is left as it is; the slice shares its nested objects (deep-copy it before editing)."""
    wanted = set(tags)
    operations: Doc = {}
    for path, item in document.get("paths", {}).items():
        kept = {
            key: value
            for key, value in item.items()
            if key not in HTTP_METHODS or _first_tag(value) in wanted
        }
        if any(key in HTTP_METHODS for key in kept):
            operations[path] = kept
    if not operations:
        raise ValueError(f"no operation is tagged {sorted(wanted)}")
    components: Doc = dict(document.get("components", {}))
    every_schema: Doc = components.get("schemas", {})
    unknown = sorted(set(schemas) - set(every_schema))
    if unknown:
        raise ValueError(f"no such schema: {', '.join(unknown)}")
    others = {key: value for key, value in components.items() if key != "schemas"}
    todo = [*schema_refs(operations), *schema_refs(others), *schemas]
    reached: set[str] = set()
    while todo:
        name = todo.pop()
        if name not in reached and name in every_schema:
            reached.add(name)
            todo.extend(schema_refs(every_schema[name]))
    components["schemas"] = {name: schema for name, schema in every_schema.items() if name in reached}
    replaced: Doc = {"paths": operations, "components": components}
    if isinstance(document.get("tags"), list):
        replaced["tags"] = [tag for tag in document["tags"] if tag.get("name") in wanted]
    return {key: replaced.get(key, value) for key, value in document.items()}
