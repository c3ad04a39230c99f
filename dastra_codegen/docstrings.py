"""The spec's prose in the generated docstrings, so that an editor's hover shows it.

openapi-python-client already writes an operation's ``summary`` and ``description`` at the top of its
functions' docstrings, and a schema's and each property's ``description`` into its model's docstring,
escaped. This step fills what it leaves out, and :func:`escape` keeps copied text valid:

- **parameter descriptions**: the generator reads a parameter's description from its *schema*, but
  OpenAPI documents (Swashbuckle's among them) put it on the parameter object, so the ``Args:`` entries
  of the functional modules stay empty (``id (int):``). :func:`describe_arguments` fills them from the
  spec's parameters, and ``body`` from the request body's description;
- **enum descriptions**: the generator's enum template writes no docstring; :func:`describe_enum` gives
  an enum class its schema's description;
- **copied docstrings**: the resource step (:mod:`dastra_codegen.resources`) reads a function's docstring
  with :mod:`ast`, which undoes the generator's escaping, and writes it into a method's docstring; text
  with ``\"\"\"`` or a backslash would then end the docstring early or make an invalid escape.
  :func:`escape` is applied there.

Lines written here are at most :data:`WIDTH` characters and carry no trailing spaces. The step runs in
:func:`dastra_codegen.postprocess.postprocess`, before the resources are written (they copy the
``Args:`` entries).
"""

from __future__ import annotations

import ast
import re
import textwrap
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Final

__all__ = [
    "WIDTH",
    "describe_arguments",
    "describe_enum",
    "escape",
    "operations_by_module",
    "spec_docstrings",
]

#: The longest docstring line this step writes (the project's line length).
WIDTH: Final = 110
_METHODS: Final = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
#: An ``Args:`` entry the generator left without a description (maybe with its ``Default: ...``).
_ENTRY: Final = re.compile(
    r"^(?P<indent>[ ]+)(?P<name>\w+) (?P<type>\([^\n]*\)):(?P<rest>(?: Default: [^\n]*| Example: [^\n]*)?)$",
    re.MULTILINE,
)


def escape(text: str) -> str:
    """``text`` made safe inside a ``\"\"\"`` docstring: backslashes and triple quotes escaped, no trailing
    spaces, no control characters."""
    text = "".join(c for c in text if c in "\n\t" or c.isprintable())
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return "\n".join(line.rstrip() for line in text.splitlines())


def _one_line(text: Any) -> str:
    return " ".join(str(text).split()) if isinstance(text, str) else ""


def _loose(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def operations_by_module(document: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    """Loose operationId (``databreachsbatchpatch``, which is also the loose name of the module the
    generator writes for it) -> the operation, with its path item's shared parameters merged in."""
    found: dict[str, Mapping[str, Any]] = {}
    for item in (document.get("paths") or {}).values():
        shared = list(item.get("parameters") or [])
        for method in _METHODS:
            operation = item.get(method)
            if isinstance(operation, Mapping) and isinstance(operation.get("operationId"), str):
                own = list(operation.get("parameters") or [])
                names = {(p.get("name"), p.get("in")) for p in own}
                merged = own + [p for p in shared if (p.get("name"), p.get("in")) not in names]
                found[_loose(operation["operationId"])] = {**operation, "parameters": merged}
    return found


def _descriptions(operation: Mapping[str, Any]) -> dict[str, str]:
    """Python argument name (loosely: ``areaid``) -> the spec's description of it."""
    described = {
        _loose(str(p.get("name", ""))): _one_line(p.get("description"))
        for p in operation.get("parameters") or []
        if isinstance(p, Mapping)
    }
    body = operation.get("requestBody")
    if isinstance(body, Mapping):
        described["body"] = _one_line(body.get("description"))
    return {name: text for name, text in described.items() if text}


#: The ``body`` entry of a functional module's ``Args:``, whatever the generator wrote after it.
_BODY_ENTRY: Final = re.compile(r"^(?P<indent>[ ]+)body (?P<type>\([^\n]*\)):[^\n]*$", re.MULTILINE)


def _wrapped(first: str, text: str, indent: str) -> list[str]:
    lines = textwrap.wrap(
        f"{first} {text}",
        width=WIDTH,
        subsequent_indent=indent + "    ",
        break_long_words=False,
        break_on_hyphens=False,
    )
    return [line.rstrip() for line in lines]


def describe_arguments(source: str, operation: Mapping[str, Any]) -> str:
    """Fill the empty ``Args:`` entries of one functional module from ``operation``'s descriptions."""
    described = _descriptions(operation)
    if not described:
        return source

    def fill(match: re.Match[str]) -> str:
        text = described.get(_loose(match["name"]))
        if text is None:
            return match.group(0)
        first = f"{match['indent']}{match['name']} {match['type']}:"
        return "\n".join(_wrapped(first, escape(text) + match["rest"], match["indent"]))

    source = _ENTRY.sub(fill, source)
    if "body" in described:  # the request body's own description wins over its schema's
        source = _BODY_ENTRY.sub(
            lambda m: "\n".join(
                _wrapped(f"{m['indent']}body {m['type']}:", escape(described["body"]), m["indent"])
            ),
            source,
        )
    return source


def describe_enum(source: str, schema: Mapping[str, Any]) -> str:
    """Give an enum module's class (the generator's enum template writes none) the schema's description."""
    description = schema.get("description")
    if not isinstance(description, str) or not description.strip():
        return source
    tree = ast.parse(source)
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and ast.get_docstring(node) is None:
            lines = source.splitlines(keepends=True)
            text = textwrap.fill(
                escape(" ".join(description.split())), width=WIDTH - 4, break_long_words=False
            )
            docstring = textwrap.indent(f'"""{text}"""', "    ") + "\n\n"
            first = node.body[0].lineno - 1
            return "".join([*lines[:first], docstring, *lines[first:]])
    return source


def _functional_modules(package: Path) -> Iterator[Path]:
    for path in sorted((package / "api").rglob("*.py")):
        if path.name != "__init__.py":
            yield path


def spec_docstrings(package: Path, document: Mapping[str, Any]) -> int:
    """Apply :func:`describe_arguments` to every functional module of ``package``; how many changed."""
    operations = operations_by_module(document)
    schemas: Mapping[str, Any] = (document.get("components") or {}).get("schemas") or {}
    changed = 0
    for path in sorted((package / "models").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        if "Enum):" not in source:
            continue
        name = next((n.name for n in ast.parse(source).body if isinstance(n, ast.ClassDef)), "")
        schema = schemas.get(name) or schemas.get(name.removesuffix("Model")) or {}
        updated = describe_enum(source, schema)
        if updated != source:
            path.write_text(updated, encoding="utf-8")
            changed += 1
    for path in _functional_modules(package):
        operation = operations.get(_loose(path.stem))
        if operation is None:
            continue
        source = path.read_text(encoding="utf-8")
        updated = describe_arguments(source, operation)
        if updated != source:
            path.write_text(updated, encoding="utf-8")
            changed += 1
    return changed
