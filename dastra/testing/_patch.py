"""JSON Patch (RFC 6902) as ASP.NET Core's ``JsonPatchDocument`` applies it: property names match in any case.

``apply_patch(document, operations)`` returns a patched copy or raises :class:`PatchError`. The RFC's
library implementations (``jsonpatch``) match names exactly, which .NET does not, hence these few lines.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["PatchError", "apply_patch", "patch_operations"]


class PatchError(ValueError):
    """A patch operation that cannot be applied; the message says which and why."""


def _tokens(path: Any) -> list[str]:
    if not isinstance(path, str) or not path.startswith("/"):
        raise PatchError(f"The path {path!r} is not a JSON pointer.")
    return [token.replace("~1", "/").replace("~0", "~") for token in path[1:].split("/")]


def _key(container: Mapping[str, Any], token: str) -> str:
    for name in container:
        if name.lower() == token.lower():
            return name
    return token


def _parent(document: Any, tokens: Sequence[str]) -> Any:
    target = document
    for token in tokens[:-1]:
        if isinstance(target, dict):
            name = _key(target, token)
            if name not in target or target[name] is None:
                raise PatchError(f"The target location specified by path segment '{token}' was not found.")
            target = target[name]
        elif isinstance(target, list):
            target = target[_index(target, token, appending=False)]
        else:
            raise PatchError(f"The target location specified by path segment '{token}' was not found.")
    return target


def _index(target: list[Any], token: str, *, appending: bool) -> int:
    if token == "-" and appending:
        return len(target)
    if not token.isdigit() or int(token) > len(target) - (0 if appending else 1):
        raise PatchError(f"The index value provided by path segment '{token}' is out of bounds of the array.")
    return int(token)


def _located(document: Any, tokens: Sequence[str]) -> tuple[dict[str, Any] | list[Any], str | int]:
    """The container of the value at ``tokens`` and its key there (which must exist)."""
    parent = _parent(document, tokens)
    last = tokens[-1]
    if isinstance(parent, dict):
        name = _key(parent, last)
        if name in parent:
            return parent, name
    elif isinstance(parent, list):
        return parent, _index(parent, last, appending=False)
    raise PatchError(f"The target location specified by path segment '{last}' was not found.")


def _read(document: Any, tokens: Sequence[str]) -> Any:
    container, key = _located(document, tokens)
    return container[key]  # type: ignore[index]


def _remove(document: Any, tokens: Sequence[str]) -> Any:
    container, key = _located(document, tokens)
    return container.pop(key)  # type: ignore[arg-type]


def _add(document: Any, tokens: Sequence[str], value: Any, *, replace: bool) -> None:
    parent = _parent(document, tokens)
    last = tokens[-1]
    if isinstance(parent, dict):
        parent[_key(parent, last)] = value
    elif isinstance(parent, list):
        index = _index(parent, last, appending=not replace)
        if replace:
            parent[index] = value
        else:
            parent.insert(index, value)
    else:
        raise PatchError(f"The target location specified by path segment '{last}' was not found.")


def patch_operations(document: Any) -> Sequence[Any]:
    """The operations of a patch document: a bare list (what ``JsonPatchDocument`` reads on the wire) or
    the ``{"operations": [...]}`` object the spec describes (what the generated client sends); ``None``
    is no operation."""
    if document is None or isinstance(document, list):
        return document or []
    if isinstance(document, Mapping):
        fields = {str(name).lower(): value for name, value in document.items()}
        unknown = sorted(set(fields) - {"operations"})
        operations = fields.get("operations")
        if not unknown and (operations is None or isinstance(operations, list)):
            return operations or []
    raise PatchError("A patch document must be a list of operations or an object with an 'operations' list.")


def apply_patch(document: Mapping[str, Any], operations: Sequence[Any]) -> dict[str, Any]:
    """``document`` with ``operations`` applied in order (the input is left as it was)."""
    patched: dict[str, Any] = copy.deepcopy(dict(document))
    for operation in operations:
        if not isinstance(operation, Mapping):
            raise PatchError("A patch operation must be an object.")
        fields = {str(name).lower(): value for name, value in operation.items()}
        op = str(fields.get("op") or "").lower()
        tokens = _tokens(fields.get("path"))
        if tokens == [""]:
            raise PatchError("The root of the document cannot be patched.")
        if op == "add":
            _add(patched, tokens, fields.get("value"), replace=False)
        elif op == "replace":  # a property of the type may be replaced while unset; an index must exist
            _add(patched, tokens, fields.get("value"), replace=True)
        elif op == "remove":
            _remove(patched, tokens)
        elif op in ("copy", "move"):
            source = _tokens(fields.get("from"))
            value = _remove(patched, source) if op == "move" else copy.deepcopy(_read(patched, source))
            _add(patched, tokens, value, replace=False)
        elif op == "test":
            if _read(patched, tokens) != fields.get("value"):
                raise PatchError(
                    f"The current value at '{fields.get('path')}' is not equal to the test value."
                )
        else:
            raise PatchError(f"Invalid JsonPatch operation '{fields.get('op')}'.")
    return patched
