"""The generated package as the reference reads it: resources, their methods, and the models.

Everything is read from the source with :mod:`ast` (nothing is imported): the generated modules are
regular, and reading them keeps the build independent of what importing 700 modules would cost or
need. The resource step (``dastra_codegen.resources``) writes each method as a call of one functional
module, ``from ..api.<tag> import <module> as _op``; that module's HTTP method and URL (read by the
resource step's own :func:`dastra_codegen.resources.read_operation`) tie the method to its operation
in the spec.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from dastra_codegen.resources import read_operation

__all__ = [
    "Argument",
    "Field",
    "Method",
    "Model",
    "Resource",
    "read_models",
    "read_resources",
]

_ENUM_BASES: Final = frozenset({"Enum", "StrEnum", "IntEnum"})


class CodeShapeError(Exception):
    """A generated module does not have the shape this reader relies on."""


@dataclass(frozen=True)
class Argument:
    name: str
    annotation: str
    default: str | None
    kind: str  # "positional", "keyword" or "options" (the ``**options`` of every method)

    def render(self) -> str:
        prefix = "**" if self.kind == "options" else ""
        text = f"{prefix}{self.name}: {self.annotation}" if self.annotation else f"{prefix}{self.name}"
        return f"{text} = {self.default}" if self.default is not None else text


@dataclass(frozen=True)
class Method:
    name: str
    arguments: tuple[Argument, ...]
    returns: str
    async_returns: str
    coroutine: bool  # the async twin is ``async def`` (a list's async twin returns an AsyncPager)
    http_method: str
    url: str
    docstring: str

    def signature(self, *, asynchronous: bool) -> str:
        parts: list[str] = []
        star = False
        for argument in self.arguments:
            if argument.kind == "keyword" and not star:
                parts.append("*")
                star = True
            parts.append(argument.render())
        keyword = "async def" if asynchronous and self.coroutine else "def"
        returns = self.async_returns if asynchronous else self.returns
        inner = "".join(f"\n    {part}," for part in ["self", *parts])
        return f"{keyword} {self.name}({inner}\n) -> {returns}"


@dataclass(frozen=True)
class Resource:
    attribute: str  # ``dastra.<attribute>``
    module: str  # ``dastra_client.resources.<module>``
    sync_class: str
    async_class: str
    methods: tuple[Method, ...]


@dataclass(frozen=True)
class Field:
    name: str
    json_key: str
    annotation: str
    required: bool


@dataclass(frozen=True)
class Model:
    name: str
    module: str  # ``dastra_client.models.<module>``
    fields: tuple[Field, ...]
    members: tuple[tuple[str, str], ...]  # an enum's (NAME, value); empty for other models
    docstring: str

    @property
    def is_enum(self) -> bool:
        return bool(self.members)


def _parse(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _classes(tree: ast.Module) -> Iterator[ast.ClassDef]:
    yield from (node for node in tree.body if isinstance(node, ast.ClassDef))


def _base_names(node: ast.ClassDef) -> set[str]:
    return {ast.unparse(base).rsplit(".", 1)[-1] for base in node.bases}


def _arguments(function: ast.FunctionDef | ast.AsyncFunctionDef) -> tuple[Argument, ...]:
    args = function.args
    positional = [*args.posonlyargs, *args.args][1:]  # without self
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    found = [
        Argument(a.arg, ast.unparse(a.annotation) if a.annotation else "", _unparse(d), "positional")
        for a, d in zip(positional, defaults, strict=True)
    ]
    found += [
        Argument(a.arg, ast.unparse(a.annotation) if a.annotation else "", _unparse(d), "keyword")
        for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True)
    ]
    if args.kwarg is not None:
        annotation = ast.unparse(args.kwarg.annotation) if args.kwarg.annotation else ""
        found.append(Argument(args.kwarg.arg, annotation, None, "options"))
    return tuple(found)


def _unparse(node: ast.expr | None) -> str | None:
    return None if node is None else ast.unparse(node)


def _methods(node: ast.ClassDef) -> dict[str, ast.FunctionDef | ast.AsyncFunctionDef]:
    return {
        item.name: item
        for item in node.body
        if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef) and not item.name.startswith("_")
    }


def _operation_module(function: ast.FunctionDef | ast.AsyncFunctionDef) -> tuple[str, str]:
    """``("data_breachs", "data_breachs_archive")`` from ``from ..api.data_breachs import ... as _op``."""
    for node in ast.walk(function):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("api."):
            return (node.module or "").split(".", 1)[1], node.names[0].name
    raise CodeShapeError(f"{function.name}: no 'from ..api.<tag> import <module> as _op' in its body")


def _attributes(resources_init: Path) -> dict[str, str]:
    """Resource class name -> its attribute on the client (``DataBreachs`` -> ``data_breachs``)."""
    tree = _parse(resources_init)
    for node in _classes(tree):
        if node.name != "SyncResources":
            continue
        return {
            ast.unparse(item.returns).strip("'\""): item.name
            for item in node.body
            if isinstance(item, ast.FunctionDef)
            and item.returns is not None
            and not item.name.startswith("_")
        }
    raise CodeShapeError(f"{resources_init}: no SyncResources class")


def read_resources(package: Path) -> list[Resource]:
    """Every resource of the generated package at ``package``, with its methods, in name order."""
    attributes = _attributes(package / "resources" / "__init__.py")
    found: list[Resource] = []
    for path in sorted((package / "resources").glob("*.py")):
        if path.name == "__init__.py":
            continue
        classes = {node.name: node for node in _classes(_parse(path))}
        sync_name = next((name for name in classes if name in attributes), None)
        if sync_name is None or f"Async{sync_name}" not in classes:
            raise CodeShapeError(f"{path}: no resource class that SyncResources names, or no Async twin")
        sync_methods = _methods(classes[sync_name])
        async_methods = _methods(classes[f"Async{sync_name}"])
        methods = []
        for name, function in sorted(sync_methods.items()):
            twin = async_methods[name]
            tag, module = _operation_module(function)
            operation = read_operation(package, package / "api" / tag / f"{module}.py")
            methods.append(
                Method(
                    name=name,
                    arguments=_arguments(function),
                    returns=ast.unparse(function.returns) if function.returns else "None",
                    async_returns=ast.unparse(twin.returns) if twin.returns else "None",
                    coroutine=isinstance(twin, ast.AsyncFunctionDef),
                    http_method=operation.http_method,
                    url=operation.url,
                    docstring=ast.get_docstring(function) or "",
                )
            )
        found.append(
            Resource(
                attribute=attributes[sync_name],
                module=path.stem,
                sync_class=sync_name,
                async_class=f"Async{sync_name}",
                methods=tuple(methods),
            )
        )
    return found


def _json_keys(node: ast.ClassDef) -> dict[str, str]:
    for item in node.body:
        if (
            isinstance(item, ast.AnnAssign)
            and isinstance(item.target, ast.Name)
            and item.target.id == "_JSON_KEYS"
            and item.value is not None
        ):
            pairs = ast.literal_eval(item.value)
            return {str(python): str(key) for python, key in pairs}
    return {}


def _model(node: ast.ClassDef, module: str) -> Model:
    if _base_names(node) & _ENUM_BASES:
        members = tuple(
            (item.targets[0].id, str(item.value.value))
            for item in node.body
            if isinstance(item, ast.Assign)
            and isinstance(item.targets[0], ast.Name)
            and isinstance(item.value, ast.Constant)
        )
        return Model(node.name, module, (), members, ast.get_docstring(node) or "")
    keys = _json_keys(node)
    fields = tuple(
        Field(
            name=item.target.id,
            json_key=keys.get(item.target.id, item.target.id),
            annotation=ast.unparse(item.annotation),
            required=item.value is None,
        )
        for item in node.body
        if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name) and item.target.id in keys
    )
    return Model(node.name, module, fields, (), ast.get_docstring(node) or "")


def read_models(package: Path) -> list[Model]:
    """Every model class of ``dastra_client.models`` (one per module), in name order."""
    found: list[Model] = []
    for path in sorted((package / "models").glob("*.py")):
        if path.name == "__init__.py":
            continue
        classes = [node for node in _classes(_parse(path)) if not node.name.startswith("_")]
        if not classes:
            raise CodeShapeError(f"{path}: no model class")
        found.extend(_model(node, path.stem) for node in classes)
    return sorted(found, key=lambda model: model.name)
