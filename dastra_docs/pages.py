"""The reference pages in Markdown: one per resource, one per model, the operations index and the settings.

:func:`reference_pages` returns ``{path under docs/: Markdown}``; :mod:`dastra_docs.hooks` hands them to
MkDocs as generated files. Every method's section has the operationId as its anchor
(``reference/resources/data_breachs.md#DataBreachs_BatchPatch``), so a link from anywhere, and the
search, lead to it.
"""

from __future__ import annotations

import ast
import html
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from dastra_docs.code import Argument, Method, Model, Resource, read_models, read_resources
from dastra_docs.spec import Operation, Spec, path_key, schema_facts, schema_text

__all__ = ["Reference", "reference_pages", "settings_page"]

RESOURCES_DIR: Final = "reference/resources"
MODELS_DIR: Final = "reference/models"
_IDENTIFIER: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_NOT_A_VALUE: Final = frozenset({"None", "Unset", "str"})
#: How many enum values a field's row lists before pointing to the enum's page.
_VALUES_SHOWN: Final = 8


def cell(text: str) -> str:
    """Text from the spec, safe in one table cell: one line, no raw HTML, pipes escaped."""
    return html.escape(" ".join(text.split()), quote=False).replace("|", "\\|")


def prose(text: str) -> str:
    """A spec summary or description as a paragraph: raw HTML shown as text, never rendered."""
    return html.escape(text.strip(), quote=False)


def _loose_type(annotation: str) -> str:
    return annotation.replace("builtins.", "")


@dataclass(frozen=True)
class Documented:
    """One method, the operation of the spec it calls, and the resource it belongs to."""

    resource: Resource
    method: Method
    operation: Operation

    @property
    def anchor(self) -> str:
        return self.operation.operation_id


class Reference:
    """The spec and the generated package, joined: each method to its operation, each model to its schema."""

    def __init__(self, spec: Spec, resources: Sequence[Resource], models: Sequence[Model]) -> None:
        self.spec = spec
        self.resources = list(resources)
        self.models = {model.name: model for model in models}
        self.methods: list[Documented] = []
        for resource in self.resources:
            for method in resource.methods:
                operation = spec.by_key.get(path_key(method.http_method, method.url))
                if operation is None:
                    raise ValueError(
                        f"dastra.{resource.attribute}.{method.name} calls {method.http_method} {method.url}, "
                        "which the spec does not have: regenerate the client (nox -s generate)"
                    )
                self.methods.append(Documented(resource, method, operation))
        documented = {d.operation.operation_id for d in self.methods}
        missing = [o.operation_id for o in spec.operations if o.operation_id not in documented]
        if missing:
            raise ValueError(f"operations of the spec without a method: {', '.join(missing)}")
        self.used_by = spec.used_by()
        self.by_operation = {d.operation.operation_id: d for d in self.methods}

    @classmethod
    def load(cls, spec_path: Path, package: Path) -> Reference:
        return cls(Spec.load(spec_path), read_resources(package), read_models(package))

    # --- links ------------------------------------------------------------------------------------

    def model_link(self, name: str, *, here: str) -> str:
        """A link to a model's page from the page at ``here`` (plain code when it has no page)."""
        if name not in self.models:
            return f"`{name}`"
        return f"[`{name}`]({_relative(f'{MODELS_DIR}/{name}.md', here)})"

    def type_text(self, annotation: str, *, here: str) -> str:
        """An annotation in code spans, each model name in it linked to its page."""
        annotation = _loose_type(annotation)
        parts: list[str] = []
        position = 0
        for match in _IDENTIFIER.finditer(annotation):
            if match.group() in self.models:
                if match.start() > position:
                    parts.append(f"`{annotation[position : match.start()]}`")
                parts.append(self.model_link(match.group(), here=here))
                position = match.end()
        if position < len(annotation):
            parts.append(f"`{annotation[position:]}`")
        return "".join(parts)

    def method_link(self, documented: Documented, *, here: str) -> str:
        target = _relative(f"{RESOURCES_DIR}/{documented.resource.attribute}.md", here)
        return f"[`{documented.resource.attribute}.{documented.method.name}`]({target}#{documented.anchor})"

    # --- pages -------------------------------------------------------------------------------------

    def pages(self) -> dict[str, str]:
        pages = {
            "reference/operations.md": self.operations_page(),
            f"{RESOURCES_DIR}/index.md": self.resources_index(),
            f"{MODELS_DIR}/index.md": self.models_index(),
        }
        for resource in self.resources:
            pages[f"{RESOURCES_DIR}/{resource.attribute}.md"] = self.resource_page(resource)
        for model in self.models.values():
            pages[f"{MODELS_DIR}/{model.name}.md"] = self.model_page(model)
        return pages

    def nav(self) -> list[dict[str, str]]:
        """The resources section of the navigation, one entry per resource."""
        return [
            {f"{resource.attribute}": f"{RESOURCES_DIR}/{resource.attribute}.md"}
            for resource in self.resources
        ]

    def operations_page(self) -> str:
        here = "reference/operations.md"
        lines = [
            "# Every operation",
            "",
            f"The {len(self.methods)} operations of the pinned spec ({self.spec.title} {self.spec.version}), "
            "in the spec's order, each with the method that calls it.",
            "",
            "| operation | HTTP | method |",
            "| --- | --- | --- |",
        ]
        for operation in self.spec.operations:
            documented = self.by_operation[operation.operation_id]
            lines.append(
                f"| `{operation.operation_id}` | `{operation.method} {operation.path}` | "
                f"{self.method_link(documented, here=here)} |"
            )
        return "\n".join(lines) + "\n"

    def resources_index(self) -> str:
        here = f"{RESOURCES_DIR}/index.md"
        lines = [
            "# Resources",
            "",
            "One attribute of `Dastra` / `AsyncDastra` per tag of the API, in Dastra's own spelling, and one "
            "method per operation. Every method takes the per-call options (`timeout=`, `extra_headers=`, "
            "`extra_query=`, `max_retries=`, `eager=`) and raises the typed errors of `dastra.errors`.",
            "",
            "| attribute | tag | operations |",
            "| --- | --- | --- |",
        ]
        for resource in self.resources:
            tags = sorted({d.operation.tag for d in self.methods if d.resource is resource})
            link = _relative(f"{RESOURCES_DIR}/{resource.attribute}.md", here)
            lines.append(
                f"| [`dastra.{resource.attribute}`]({link}) | {', '.join(tags)} | {len(resource.methods)} |"
            )
        return "\n".join(lines) + "\n"

    def models_index(self) -> str:
        here = f"{MODELS_DIR}/index.md"
        enums = [m for m in self.models.values() if m.is_enum]
        lines = [
            "# Models",
            "",
            f"{len(self.models)} classes of `dastra_client.models` "
            f"({len(self.models) - len(enums)} models, {len(enums)} enums), generated from the spec's schemas. "
            "Import any of them with `from dastra_client.models import <Name>`.",
            "",
            "| model | kind | fields or values | used by |",
            "| --- | --- | --- | --- |",
        ]
        for model in self.models.values():
            kind = "enum" if model.is_enum else "model"
            count = len(model.members) if model.is_enum else len(model.fields)
            users = len(self.used_by.get(model.name, []))
            lines.append(
                f"| {self.model_link(model.name, here=here)} | {kind} | {count} | {users} operations |"
            )
        return "\n".join(lines) + "\n"

    def resource_page(self, resource: Resource) -> str:
        here = f"{RESOURCES_DIR}/{resource.attribute}.md"
        methods = [d for d in self.methods if d.resource is resource]
        lines = [
            f"# `dastra.{resource.attribute}`",
            "",
            f"`{resource.sync_class}` on `Dastra`, `{resource.async_class}` on `AsyncDastra` "
            f"(`dastra_client.resources.{resource.module}`): {len(methods)} operations. Non-2xx answers raise "
            "the typed errors of `dastra.errors`; a 2xx the operation does not declare raises "
            "`APIResponseValidationError`.",
            "",
            "| method | HTTP | operation |",
            "| --- | --- | --- |",
        ]
        for documented in methods:
            operation = documented.operation
            lines.append(
                f"| [`{documented.method.name}`](#{documented.anchor}) | `{operation.method} {operation.path}` "
                f"| `{operation.operation_id}` |"
            )
        for documented in methods:
            lines += ["", *self._method_section(documented, here)]
        return "\n".join(lines) + "\n"

    def _method_section(self, documented: Documented, here: str) -> list[str]:
        method, operation = documented.method, documented.operation
        lines = [
            f"## `{method.name}` {{ #{documented.anchor} }}",
            "",
            f"`{operation.method} {operation.path}` · operation `{operation.operation_id}`"
            + (" · **deprecated**" if operation.deprecated else ""),
            "",
        ]
        for text in (operation.summary, operation.description):
            if text:
                lines += [prose(text), ""]
        lines += [
            '=== "Sync"',
            "",
            "    ```python",
            *_indent(method.signature(asynchronous=False)),
            "    ```",
            "",
            '=== "Async"',
            "",
            "    ```python",
            *_indent(method.signature(asynchronous=True)),
            "    ```",
            "",
        ]
        lines += self._parameters(documented, here)
        lines += ["", f"**Returns** {self._returns(method, here)}", ""]
        lines += self._example(documented)
        return lines

    def _parameters(self, documented: Documented, here: str) -> list[str]:
        method, operation = documented.method, documented.operation
        rows = ["| parameter | in | type | required | description |", "| --- | --- | --- | --- | --- |"]
        for argument in method.arguments:
            if argument.kind == "options":
                continue
            location, required, text = self._argument_facts(argument, operation, here)
            rows.append(
                f"| `{argument.name}` | {location} | {self.type_text(argument.annotation, here=here)} "
                f"| {required} | {text} |"
            )
        rows.append(
            "| `**options` | — | `RequestOptions` | no | this call's `timeout`, `extra_headers`, `extra_query`, "
            "`max_retries`, `eager` |"
        )
        return rows

    def _argument_facts(self, argument: Argument, operation: Operation, here: str) -> tuple[str, str, str]:
        """(where the value goes, whether it is required, the description) of one argument."""
        if argument.name == "workspace_id":
            return (
                "path `workspaceId`",
                "no",
                "the workspace; default: the client's (`workspace(...)`, `DASTRA_WORKSPACE_ID`)",
            )
        if argument.name == "body" and operation.body is not None:
            body = operation.body
            facts = [cell(body.description)] if body.description else []
            facts.append(
                f"`{body.media_type}`: {schema_text(body.schema, lambda n: self.model_link(n, here=here))}"
            )
            return "body", "yes" if body.required else "no", "; ".join(facts)
        if argument.name == "page" and argument.default is not None:
            return "query `page`", "no", "the first page to fetch (default 1)"
        if argument.name == "size" and argument.default is not None:
            return "query `size`", "no", "items per page, 1 to 500 (default 500)"
        parameter = operation.parameter(argument.name)
        if parameter is None:
            return "—", "yes" if argument.default is None else "no", ""
        facts = [cell(parameter.description)] if parameter.description else []
        facts += [
            schema_text(parameter.schema, lambda n: self.model_link(n, here=here)),
            *schema_facts(parameter.schema),
        ]
        if argument.name == "filters":
            facts.append("a rule built with `F`, or its JSON")
        return (
            f"{parameter.location} `{parameter.name}`",
            "yes" if parameter.required else "no",
            "; ".join(f for f in facts if f),
        )

    def _returns(self, method: Method, here: str) -> str:
        returns = self.type_text(method.returns, here=here)
        if method.returns.startswith("SyncPager["):
            return (
                f"{returns} (async: `AsyncPager`): every item of every page, fetched lazily; "
                "`for item in ...` (`async for`), `.pages()`, `.total`."
            )
        if method.returns == "Answer":
            return (
                "`Answer`: the spec declares no content, so what the API answered: decoded JSON, `None` for "
                "an empty body, or a `BinaryAnswer`."
            )
        return returns + "."

    def _example(self, documented: Documented) -> list[str]:
        method = documented.method
        imports: set[str] = set()
        values = [
            self._value(argument.annotation, imports, depth=0)
            for argument in method.arguments
            if argument.kind == "positional"
        ]
        keywords = [
            f"{argument.name}={self._value(argument.annotation, imports, depth=0)}"
            for argument in method.arguments
            if argument.kind == "keyword" and argument.name == "body" and argument.annotation != "Unset"
        ]
        call = f"dastra.{documented.resource.attribute}.{method.name}({', '.join([*values, *keywords])})"
        pager = method.returns.startswith("SyncPager[")
        sync_body = [f"    for item in {call}:", "        print(item)"] if pager else [f"    print({call})"]
        async_body = (
            [f"        async for item in {call}:", "            print(item)"]
            if pager
            else [f"        print(await {call})"]
        )
        header = sorted(imports)
        return [
            "**Example**",
            "",
            '=== "Sync"',
            "",
            "    ```python",
            *_indent(
                "\n".join([*header, "from dastra import Dastra", "", "with Dastra() as dastra:", *sync_body])
            ),
            "    ```",
            "",
            '=== "Async"',
            "",
            "    ```python",
            *_indent(
                "\n".join(
                    [
                        "import asyncio",
                        *header,
                        "from dastra import AsyncDastra",
                        "",
                        "",
                        "async def main() -> None:",
                        "    async with AsyncDastra() as dastra:",
                        *async_body,
                        "",
                        "",
                        "asyncio.run(main())",
                    ]
                )
            ),
            "    ```",
        ]

    def _value(self, annotation: str, imports: set[str], *, depth: int) -> str:
        """A value of the annotated type for an example call (a model with its required fields)."""
        choice = _first_alternative(_loose_type(annotation))
        if choice.startswith("list["):
            inner = self._value(choice[5:-1], imports, depth=depth + 1)
            return f"[{inner}]"
        simple = _PLACEHOLDERS.get(choice)
        if simple is not None:
            value, needed = simple
            imports.update(needed)
            return value
        model = self.models.get(choice)
        if model is None or depth > 2:
            return "..."
        imports.add(f"from dastra_client.models import {model.name}")
        if model.is_enum:
            return f"{model.name}.{model.members[0][0]}"
        fields = [
            f"{field.name}={self._value(field.annotation, imports, depth=depth + 1)}"
            for field in model.fields
            if field.required
        ]
        return f"{model.name}({', '.join(fields)})"

    def model_page(self, model: Model) -> str:
        here = f"{MODELS_DIR}/{model.name}.md"
        schema = self.spec.schemas.get(model.name)
        kind = "enum" if model.is_enum else "model"
        lines = [f"# `{model.name}`", "", f"`from dastra_client.models import {model.name}` · {kind}"]
        if schema is not None:
            lines[-1] += f" of the spec's schema `{model.name}`"
        lines.append("")
        description = (schema or {}).get("description")
        if isinstance(description, str) and description.strip():
            lines += [prose(description), ""]
        if model.is_enum:
            lines += self._members(model)
        else:
            lines += self._fields(model, schema or {}, here)
        users = self.used_by.get(model.name, [])
        if users:
            lines += ["", "## Used by", ""]
            lines += [
                f"- {self.method_link(self.by_operation[o.operation_id], here=here)} (`{o.method} {o.path}`)"
                for o in users
            ]
        return "\n".join(lines) + "\n"

    def _members(self, model: Model) -> list[str]:
        lines = [
            "A value the snapshot does not know stays its raw string: fields of this type are annotated "
            f"`{model.name} | str`.",
            "",
            "## Values",
            "",
            "| member | value |",
            "| --- | --- |",
        ]
        lines += [f"| `{model.name}.{name}` | `{cell(value)}` |" for name, value in model.members]
        return lines

    def _fields(self, model: Model, schema: Mapping[str, Any], here: str) -> list[str]:
        properties: Mapping[str, Any] = schema.get("properties") or {}
        lines = [
            "## Fields",
            "",
            "| attribute | JSON key | type | required | description | values |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for field in model.fields:
            prop: Mapping[str, Any] = properties.get(field.json_key) or {}
            description = prop.get("description")
            facts = [cell(description)] if isinstance(description, str) and description.strip() else []
            facts += schema_facts(prop)
            lines.append(
                f"| `{field.name}` | `{field.json_key}` | {self.type_text(field.annotation, here=here)} | "
                f"{'yes' if field.required else 'no'} | {'; '.join(facts)} | {self._values(field.annotation)} |"
            )
        if not model.fields:
            lines.append(
                "| — | — | — | — | no declared fields: any keys are kept in `additional_properties` | — |"
            )
        return lines

    def _values(self, annotation: str) -> str:
        enums = [
            self.models[name]
            for name in _names(annotation)
            if name in self.models and self.models[name].is_enum
        ]
        shown: list[str] = []
        for enum in enums:
            values = [f"`{cell(value)}`" for _, value in enum.members]
            extra = len(values) - _VALUES_SHOWN
            shown.append(", ".join(values[:_VALUES_SHOWN]) + (f" and {extra} more" if extra > 0 else ""))
        return "; ".join(shown)


_PLACEHOLDERS: Final[Mapping[str, tuple[str, tuple[str, ...]]]] = {
    "str": ('"text"', ()),
    "int": ("1", ()),
    "float": ("1.0", ()),
    "bool": ("True", ()),
    "UUID": ('UUID("3f2b6c1e-0000-4000-8000-000000000001")', ("from uuid import UUID",)),
    "datetime.datetime": ("datetime.datetime(2024, 1, 1)", ("import datetime",)),
    "datetime.date": ("datetime.date(2024, 1, 1)", ("import datetime",)),
    "File": (
        'File(payload=open("scan.pdf", "rb"), file_name="scan.pdf")',
        ("from dastra_client.types import File",),
    ),
    "Any": ("{}", ()),
}


def _names(annotation: str) -> list[str]:
    return _IDENTIFIER.findall(annotation)


def _first_alternative(annotation: str) -> str:
    """The first member of a union that is a value (not ``None``, ``Unset`` or the enums' ``str``)."""
    depth, start, members = 0, 0, []
    for index, char in enumerate(annotation):
        depth += char == "["
        depth -= char == "]"
        if char == "|" and depth == 0:
            members.append(annotation[start:index].strip())
            start = index + 1
    members.append(annotation[start:].strip())
    values = [m for m in members if m not in _NOT_A_VALUE]
    return values[0] if values else members[0]


def _relative(target: str, here: str) -> str:
    """``target`` (a path under docs/) as a link from the page ``here``."""
    target_parts, here_parts = target.split("/"), here.split("/")[:-1]
    common = 0
    while common < min(len(target_parts) - 1, len(here_parts)) and target_parts[common] == here_parts[common]:
        common += 1
    return "/".join([".."] * (len(here_parts) - common) + target_parts[common:])


def _indent(text: str) -> list[str]:
    return [f"    {line}" if line else "" for line in text.splitlines()]


def reference_pages(root: Path) -> tuple[Reference, dict[str, str]]:
    """The reference of the repository at ``root`` and its generated pages, ``{path under docs/: text}``."""
    reference = Reference.load(root / "openapi" / "dastra-api.json", root / "generated" / "dastra_client")
    pages = reference.pages()
    pages["reference/settings.md"] = settings_page(root / "dastra" / "settings.py")
    return reference, pages


# --- settings -----------------------------------------------------------------------------------


def _comments_above(lines: Sequence[str], lineno: int) -> str:
    """The ``#:`` comment lines right above line ``lineno`` (1-based), joined."""
    found: list[str] = []
    index = lineno - 2
    while index >= 0 and lines[index].strip().startswith("#:"):
        found.insert(0, lines[index].strip()[2:].strip())
        index -= 1
    return " ".join(found)


def _field_default(value: ast.expr | None) -> str:
    if isinstance(value, ast.Call):
        for keyword in value.keywords:
            if keyword.arg == "default":
                return ast.unparse(keyword.value)
    return "—" if value is None else ast.unparse(value)


#: What a setting means where ``dastra/settings.py`` has no ``#:`` comment above the field.
_MEANINGS: Final[Mapping[str, str]] = {
    "api_url": "API base URL (`https`; plain `http` only for loopback hosts)",
    "token_url": "OAuth2 token endpoint",
    "authorize_url": "OAuth2 authorize endpoint (authorization-code flow)",
    "max_retries": "retries after the first attempt; `0` disables retrying",
    "retry_non_idempotent": "also retry POST and PATCH where the request may already have been acted on",
    "rate_limit_per_minute": "requests a minute this key may send (Dastra allows 500)",
    "rate_limit_per_10_minutes": "requests per 10 minutes this key may send (Dastra allows 10,000)",
}
_VARIABLE_NOTE: Final = re.compile(r"\s*\[DASTRA_[A-Z0-9_]+(?::\s*(?P<note>[^\]]*))?\]")


def _meaning(name: str, comment: str) -> str:
    """The field's comment without its ``[DASTRA_...]`` note (the table has a column for the variable)."""
    notes = [m["note"] for m in _VARIABLE_NOTE.finditer(comment) if m["note"]]
    text = " ".join([_VARIABLE_NOTE.sub("", comment).strip(), *notes]).strip()
    return text or _MEANINGS.get(name, "")


def _settings_rows(source: str) -> Iterable[tuple[str, str, str, str, str]]:
    """(field, variable, type, default, comment) of every ``DastraSettings`` field, in order."""
    tree = ast.parse(source)
    lines = source.splitlines()
    variables: dict[str, str] = {}
    constants: dict[str, str] = {}
    for node in tree.body:
        if not (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)):
            continue
        if node.target.id == "ENVIRONMENT_VARIABLES" and isinstance(node.value, ast.Dict):
            pairs = zip(node.value.keys, node.value.values, strict=True)
            variables = {ast.literal_eval(k): ast.literal_eval(v) for k, v in pairs if k is not None}
        elif isinstance(node.value, ast.Constant):
            constants[node.target.id] = repr(node.value.value)
        elif node.value is not None:
            constants[node.target.id] = _comments_above(lines, node.lineno) or ast.unparse(node.value)
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == "DastraSettings":
            for item in node.body:
                if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                    name = item.target.id
                    default = _field_default(item.value)
                    yield (
                        name,
                        variables.get(name, ""),
                        ast.unparse(item.annotation),
                        constants.get(default, default),
                        _meaning(name, _comments_above(lines, item.lineno)),
                    )


def settings_page(settings_module: Path) -> str:
    """The settings reference: every field of ``DastraSettings`` with its variable, type and default."""
    rows = list(_settings_rows(settings_module.read_text(encoding="utf-8")))
    if not rows:
        raise ValueError(f"{settings_module}: no DastraSettings fields found")
    lines = [
        "# Settings",
        "",
        "`DastraSettings` holds everything a client needs. `Dastra()`, `AsyncDastra()`, `create_client()` "
        "and `create_async_client()` read it from the environment (`DastraSettings.from_env()`); keyword "
        'arguments win (`Dastra(workspace_id="42")`). A missing or malformed value raises one `ConfigError` '
        "naming the variable. Empty variables count as unset. This table is generated from "
        "`dastra/settings.py`.",
        "",
        "| setting | environment variable | type | default | meaning |",
        "| --- | --- | --- | --- | --- |",
    ]
    for name, variable, annotation, default, comment in rows:
        shown_variable = f"`{variable}`" if variable else "— (argument only)"
        lines.append(
            f"| `{name}` | {shown_variable} | `{annotation}` | `{cell(default)}` | {cell(comment)} |"
        )
    lines += [
        "",
        "```python",
        "from dastra import Dastra, DastraSettings",
        "",
        'settings = DastraSettings.from_env(workspace_id="42", max_retries=5)  # arguments win over DASTRA_*',
        "with Dastra(settings) as dastra:",
        "    print(dastra.settings.api_url)",
        "```",
        "",
        "::: dastra.settings.DastraSettings",
        "",
    ]
    return "\n".join(lines)
