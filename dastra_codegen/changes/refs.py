"""Local ``$ref`` resolution, and which component schemas are sent (requests) or read (responses)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import attrs

SCHEMA_PREFIX = "#/components/schemas/"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def pointer_target(document: Mapping[str, Any], ref: str) -> Any:
    """The node a local JSON pointer (``#/a/b``) designates, or ``None`` (external or missing)."""
    if not ref.startswith("#"):
        return None
    node: Any = document
    for raw in ref[1:].split("/")[1:]:
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, Mapping):
            node = node.get(token)
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
    return node


def resolve(document: Mapping[str, Any], node: Any) -> Any:
    """Follow ``$ref`` until a node without one (or a cycle, or a dangling reference)."""
    seen: set[str] = set()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        target = pointer_target(document, ref)
        if ref in seen or target is None:
            return node
        seen.add(ref)
        node = target
    return node


def ref_name(ref: str) -> str:
    """The last segment of a reference: ``#/components/schemas/Foo`` -> ``Foo``."""
    return ref.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")


def schema_refs(node: Any) -> Iterator[str]:
    """Names of the component schemas referenced anywhere under ``node``."""
    if isinstance(node, Mapping):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
            yield ref_name(ref)
        for value in node.values():
            yield from schema_refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from schema_refs(value)


def iter_operations(
    document: Mapping[str, Any],
) -> Iterator[tuple[str, str, Mapping[str, Any], Mapping[str, Any]]]:
    """Yield ``(method, path, operation, path item)`` for every operation, in document order."""
    paths = document.get("paths")
    if not isinstance(paths, Mapping):
        return
    for path, item in paths.items():
        if not isinstance(item, Mapping):
            continue
        item = resolve(document, item)
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, Mapping):
                yield method, str(path), operation, item


@attrs.frozen
class Usage:
    """Whether a schema is sent by the client (``written``) and/or received by it (``read``)."""

    read: bool
    written: bool


BOTH = Usage(read=True, written=True)
READ = Usage(read=True, written=False)
WRITTEN = Usage(read=False, written=True)


def schema_usage(*documents: Mapping[str, Any]) -> dict[str, Usage]:
    """For every component schema of the documents: used in requests, in responses, or both.

    A schema counts as written when a parameter or request body reaches it (through any chain of
    references), as read when a response does. A schema that no operation reaches counts as both.
    """
    read: set[str] = set()
    written: set[str] = set()
    names: set[str] = set()
    for document in documents:
        schemas = document.get("components", {}).get("schemas", {})
        if not isinstance(schemas, Mapping):
            continue
        names.update(schemas)
        sent: set[str] = set()
        received: set[str] = set()
        for _, _, operation, item in iter_operations(document):
            for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
                sent.update(schema_refs(resolve(document, parameter)))
            sent.update(schema_refs(resolve(document, operation.get("requestBody"))))
            responses = operation.get("responses")
            if isinstance(responses, Mapping):
                for response in responses.values():
                    received.update(schema_refs(resolve(document, response)))
        written |= _closure(schemas, sent)
        read |= _closure(schemas, received)
    return {
        name: Usage(read=name in read, written=name in written) if name in read | written else BOTH
        for name in sorted(names)
    }


def _closure(schemas: Mapping[str, Any], start: set[str]) -> set[str]:
    reached: set[str] = set()
    pending = sorted(start)
    while pending:
        name = pending.pop()
        if name in reached:
            continue
        reached.add(name)
        pending.extend(ref for ref in schema_refs(schemas.get(name)) if ref not in reached)
    return reached
