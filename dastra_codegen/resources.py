"""Post-generation steps of the object-oriented client: resources per tag, and honest undeclared answers.

:func:`write_resources` (one call in :func:`dastra_codegen.postprocess.postprocess`) runs both over a
generated package, in this order:

1. The functional layer tells the truth too:

   - :func:`undeclared_answers`: an operation whose spec declares no content is generated (after the
     normalize rule ``success-response-without-content``) as answering raw bytes, ``File``, for every
     answer. Its functional module is rewritten to answer what the API sent instead, decided from the
     response by ``dastra_client._response.decode_answer``: ``None`` for an empty body, decoded JSON for
     a JSON body, a ``BinaryAnswer`` otherwise, typed ``Answer``, for any 2xx status.
   - :func:`declared_returns`: every other ``sync()``/``asyncio()`` returns ``T``, not ``T | None``: a
     2xx the operation does not declare raises ``APIResponseValidationError`` (``*_detailed`` still
     hand back the whole ``Response``).
2. :func:`resource_modules`: reads every functional module (``api/<tag>/<operation>.py``) with
   :mod:`ast` and writes ``resources/<tag>.py``, one class per tag and kind (``DataBreachs``,
   ``AsyncDataBreachs`` and their ``...WithRawResponse`` twins), one method per operation with exactly
   the generated function's typed parameters, plus ``resources/__init__.py`` whose
   ``SyncResources``/``AsyncResources`` hold one lazily imported attribute per tag.

Names come from :mod:`dastra_codegen.naming`: the tag is the ``api/<tag>`` folder (Dastra's own
spelling: ``data_breachs``), its client attribute and classes ``naming.tag_attribute`` and
``naming.resource_class``; the method is the operationId's action in snake case
(``DataBreachs_BatchPatch`` -> ``batch_patch``, ``naming.method_name``), read from the module name,
which the generator derives from the operationId. Normalization has already made them distinct (two
operations of a tag never share a method); a model imported under the name of the tag's resource class is
imported under an alias (``_DataBreachsModel``), and a parameter named ``options`` is the method's
``options_`` (``**options`` takes the per-call options).

A method differs from its generated function in these ways only: ``workspace_id`` is keyword-only and
optional (resolved by ``dastra_client._resource``); ``filters`` also takes a rule
(``dastra_client._filters.SupportsRule``); a list (``page`` and ``size`` parameters answering a model
with ``items`` and ``total``) returns a pager, ``page`` being its first page (1) and ``size`` its page size (500);
``**options`` takes the per-call options; it returns ``T``, never ``T | None``. Annotation names
that a method of the same class shadows (``list``) are written ``builtins.list``.

Why a post-step and not our own ``api/<tag>/__init__.py`` template: the template only sees the
generator's parsed endpoints, not the final code (``httpx2``, our decode steps), and it would have
to rebuild every parameter's annotation from the generator's internals; the finished functional
modules already hold exactly the signatures to mirror, and :mod:`ast` reads them reliably.
"""

from __future__ import annotations

import ast
import builtins
import functools
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Final, Literal

import attrs

from dastra_codegen import naming
from dastra_codegen.docstrings import escape
from dastra_codegen.naming import RESERVED_ATTRIBUTES

__all__ = [
    "RESERVED_ATTRIBUTES",
    "Operation",
    "ResourceError",
    "declared_returns",
    "read_operation",
    "resource_modules",
    "undeclared_answers",
    "write_resources",
]


class ResourceError(Exception):
    """A functional module does not have the shape the resource step relies on."""


_OPTIONS_PARAMETER: Final = "options"

# --- step 1: undeclared answers -------------------------------------------------------------------

_FILE_ANSWER = re.compile(
    r"if response\.status_code == (?P<status>2\d\d):(?P<gap>\s+)"
    r"(?P<var>response_2\d\d) = File\(\s*payload\s*=\s*BytesIO\(\s*response\.content\s*\)\s*\)"
)
_SUCCESS_BRANCH = re.compile(r"if response\.status_code == 2\d\d:")
_TYPES_IMPORT = re.compile(r"^from \.\.\.types import [^\n]+$", re.MULTILINE)


def undeclared_answers(source: str) -> str:
    """Rewrite one functional module whose 2xx answer is ``File`` to answer ``decode_answer(response)``.

    Modules without such a branch come back unchanged. The 2xx branch takes every 2xx status when it
    is the module's only one (a 204 is then ``None``, not "undeclared").
    """
    match = _FILE_ANSWER.search(source)
    if match is None:
        return source
    if _TYPES_IMPORT.search(source) is None:
        raise ResourceError("expected a 'from ...types import ...' line in a module answering File")
    only_branch = len(_SUCCESS_BRANCH.findall(source)) == 1
    check = "if response.is_success:" if only_branch else f"if response.status_code == {match['status']}:"
    source = (
        source[: match.start()]
        + f"{check}{match['gap']}{match['var']} = decode_answer(response)"
        + source[match.end() :]
    )
    source = re.sub(r"->\s*File\s*\|\s*None\s*:", "-> Answer:", source)
    source = re.sub(r"Response\[\s*File\s*\]", "Response[Answer]", source)
    source = re.sub(r"(Returns:\n\s+)File\n", r"\1Answer\n", source)
    types_import = _TYPES_IMPORT.search(source)
    assert types_import is not None
    line = types_import.group(0)
    return source.replace(line, f"{line}\nfrom ..._response import Answer, decode_answer", 1)


_SUCCESS_IMPORT: Final = "from ..._response import require_parsed"


def declared_returns(source: str) -> str:
    """Make one functional module's ``sync()``/``asyncio()`` return ``T``, not ``T | None``.

    They return ``require_parsed(<detailed call>, method, url)``, which raises
    ``APIResponseValidationError`` for a 2xx the operation does not declare instead of returning
    ``None``. A module answering ``Answer`` (where ``None`` is an answer) comes back unchanged; so does
    one already rewritten. Edits are made at the exact source spans :mod:`ast` gives, whatever the
    generator's formatting.
    """
    if "decode_answer(" in source or _SUCCESS_IMPORT in source:
        return source
    tree = ast.parse(source)
    http_method, url = _request_target(tree)
    data = source.encode("utf-8")
    starts = [0]
    for raw_line in data.splitlines(keepends=True):
        starts.append(starts[-1] + len(raw_line))

    def span(node: ast.expr) -> tuple[int, int]:
        assert node.end_lineno is not None and node.end_col_offset is not None
        return starts[node.lineno - 1] + node.col_offset, starts[node.end_lineno - 1] + node.end_col_offset

    def text(node: ast.expr) -> str:
        start, end = span(node)
        return data[start:end].decode("utf-8")

    edits: list[tuple[int, int, str]] = []
    for name in ("sync", "asyncio"):
        function = _function(tree, name)
        returns = function.returns
        last = function.body[-1]
        if not (
            isinstance(returns, ast.BinOp)
            and isinstance(returns.op, ast.BitOr)
            and isinstance(returns.right, ast.Constant)
            and returns.right.value is None
            and isinstance(last, ast.Return)
            and isinstance(last.value, ast.Attribute)
            and last.value.attr == "parsed"
        ):
            raise ResourceError(
                f"{name}() does not have the shape 'def {name}(...) -> T | None: return ....parsed'"
            )
        edits.append((*span(returns), text(returns.left)))
        edits.append(
            (*span(last.value), f"require_parsed({text(last.value.value)}, {http_method!r}, {url!r})")
        )
    for start, end, replacement in sorted(edits, reverse=True):
        data = data[:start] + replacement.encode("utf-8") + data[end:]
    rewritten = data.decode("utf-8")
    types_import = _TYPES_IMPORT.search(rewritten)
    if types_import is None:
        raise ResourceError("expected a 'from ...types import ...' line")
    line = types_import.group(0)
    return rewritten.replace(line, f"{line}\n{_SUCCESS_IMPORT}", 1)


# --- step 2: reading the functional modules ---------------------------------------------------------

Kind = Literal["call", "answer", "paged"]
Workspace = Literal["required", "optional", "none"]


@attrs.frozen
class Parameter:
    name: str
    annotation: ast.expr
    default: ast.expr | None
    positional: bool

    @property
    def keyword(self) -> str:
        """The method's name for it: ``options`` is taken by ``**options``."""
        return f"{self.name}_" if self.name == _OPTIONS_PARAMETER else self.name


@attrs.frozen
class Operation:
    """One functional module, as the resource step sees it."""

    tag: str
    module: str
    action: str
    http_method: str
    url: str
    parameters: tuple[Parameter, ...]
    returns: ast.expr
    kind: Kind
    workspace: Workspace
    #: The item type of a list (``kind == "paged"``).
    item: ast.expr | None
    #: ``name -> import`` of every name the module imports (for the annotations).
    imports: Mapping[str, Import]
    summary: str
    arguments_doc: tuple[str, ...]

    @property
    def workspace_is_number(self) -> bool:
        """The generated function takes the workspace as an ``int`` (a few operations do)."""
        for parameter in self.parameters:
            if parameter.name == "workspace_id":
                return ast.unparse(parameter.annotation) in ("int", "int | Unset")
        return False


@attrs.frozen
class Import:
    """``from <module> import <name>`` (``module`` relative to the resources package) or ``import <name>``."""

    module: str | None
    name: str
    alias: str | None = None

    def line(self) -> str:
        named = self.name if self.alias is None else f"{self.name} as {self.alias}"
        return f"import {named}" if self.module is None else f"from {self.module} import {named}"


def _function(tree: ast.Module, name: str) -> ast.FunctionDef | ast.AsyncFunctionDef:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == name:
            return node
    raise ResourceError(f"no function {name!r}")


def _request_target(tree: ast.Module) -> tuple[str, str]:
    """The HTTP method and URL template ``_get_kwargs`` builds."""
    method = url = ""
    for node in ast.walk(_function(tree, "_get_kwargs")):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if not isinstance(key, ast.Constant):
                    continue
                if key.value == "method" and isinstance(value, ast.Constant):
                    method = str(value.value)
                if key.value == "url":
                    if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute):
                        value = value.func.value
                    if isinstance(value, ast.Constant):
                        url = str(value.value)
    if not method or not url:
        raise ResourceError("_get_kwargs builds no method/url literal")
    return method.upper(), url


def _imports(tree: ast.Module, depth: int) -> dict[str, Import]:
    """Imported names, with relative modules rewritten for ``resources/<tag>.py``.

    ``depth`` is how deep the module sits in the package (``api/<tag>/x.py``: 2, ``models/x.py``: 1).
    """
    found: dict[str, Import] = {}
    # Module-level imports, and those under a top-level `if TYPE_CHECKING:`; the generator's
    # function-level imports repeat the latter. (Walking every node of a large model costs more.)
    nodes = [inner for node in tree.body for inner in (node.body if isinstance(node, ast.If) else [node])]
    for node in nodes:
        if isinstance(node, ast.ImportFrom):
            if node.level:
                level = node.level - depth + 1  # resources/<tag>.py sits 1 deep
                if level < 1:
                    raise ResourceError(f"import from above the package: {ast.unparse(node)}")
                module = "." * level + (node.module or "")
            else:
                module = node.module or ""
            for alias in node.names:
                found[alias.asname or alias.name] = Import(module, alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname is None and "." not in alias.name:
                    found[alias.name] = Import(None, alias.name)
    return found


def _docstring_parts(function: ast.FunctionDef | ast.AsyncFunctionDef) -> tuple[str, tuple[str, ...]]:
    """The summary (text before ``Args:``) and the ``Args:`` entries, one string per line."""
    text = ast.get_docstring(function) or ""
    summary_lines: list[str] = []
    arguments: list[str] = []
    section: str | None = None
    for line in text.splitlines():
        stripped = line.strip()
        if line and not line.startswith(" ") and stripped.endswith(":") and " " not in stripped:
            section = stripped[:-1]
            continue
        if section is None:
            summary_lines.append(line)
        elif section == "Args" and stripped:
            arguments.append(line)
    return "\n".join(summary_lines).strip(), tuple(arguments)


def _parameters(function: ast.FunctionDef | ast.AsyncFunctionDef) -> tuple[Parameter, ...]:
    arguments = function.args
    if arguments.posonlyargs or arguments.vararg or arguments.kwarg:
        raise ResourceError(f"{function.name}: unexpected *args, **kwargs or positional-only parameters")
    positional_defaults = [None] * (len(arguments.args) - len(arguments.defaults)) + list(arguments.defaults)
    parameters: list[Parameter] = []
    for argument, default in zip(arguments.args, positional_defaults, strict=True):
        parameters.append(_parameter(argument, default, positional=True))
    for argument, default in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True):
        if argument.arg != "client":
            parameters.append(_parameter(argument, default, positional=False))
    return tuple(parameters)


def _parameter(argument: ast.arg, default: ast.expr | None, *, positional: bool) -> Parameter:
    if argument.annotation is None:
        raise ResourceError(f"parameter {argument.arg!r} has no annotation")
    if argument.arg.startswith("_") or argument.arg in ("self", f"{_OPTIONS_PARAMETER}_"):
        raise ResourceError(f"parameter name {argument.arg!r} would clash with the resource method's own")
    return Parameter(argument.arg, argument.annotation, default, positional)


def _response_type(function: ast.FunctionDef | ast.AsyncFunctionDef) -> ast.expr:
    returns = function.returns
    if (
        isinstance(returns, ast.Subscript)
        and isinstance(returns.value, ast.Name)
        and returns.value.id == "Response"
    ):
        return returns.slice
    raise ResourceError(f"{function.name} does not return Response[...]")


def _items_type(
    package: Path, model: str, imports: Mapping[str, Import]
) -> tuple[ast.expr, dict[str, Import]] | None:
    """The item type of a page model (``items: list[X] | ...`` and ``total``), and the imports it needs.

    The shape decides, not the name: Dastra's ``*PagedList`` models, and ``DataProcessingTreeDto``
    (``{items, total}`` answered with ``page``/``size``) are pages.
    """
    source = imports.get(model)
    if source is None or source.module is None or not source.module.startswith("..models."):
        return None
    path = package / "models" / f"{source.module.removeprefix('..models.')}.py"
    tree = _parsed(path.read_text(encoding="utf-8"))
    fields = {  # the model class's own fields, not the annotated locals of its methods
        node.target.id: node.annotation
        for cls in tree.body
        if isinstance(cls, ast.ClassDef) and cls.name == model
        for node in cls.body
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
    }
    if "items" not in fields or "total" not in fields:
        return None
    for part in ast.walk(fields["items"]):
        if isinstance(part, ast.Subscript) and isinstance(part.value, ast.Name) and part.value.id == "list":
            return part.slice, _imports(tree, depth=1)
    return None


@functools.lru_cache(maxsize=512)
def _parsed(source: str) -> ast.Module:
    """A module's tree, parsed once per source text: the generated modules of two specs are mostly alike
    (the tests generate dozens), and parsing them is most of this step's time. The trees are only read
    here; what rewrites an annotation works on a copy (:class:`_Renamed`)."""
    return ast.parse(source)


def read_operation(package: Path, module_path: Path) -> Operation:
    """Read one functional module ``api/<tag>/<module>.py`` of ``package``."""
    tag = module_path.parent.name
    module = module_path.stem
    try:
        tree = _parsed(module_path.read_text(encoding="utf-8"))
        function = _function(tree, "sync_detailed")
        _function(tree, "asyncio_detailed")
        http_method, url = _request_target(tree)
        parameters = _parameters(function)
        returns = _response_type(function)
    except (ResourceError, SyntaxError) as error:
        raise ResourceError(f"api/{tag}/{module}.py: {error}") from error
    imports = _imports(tree, depth=2)
    names = {parameter.name: parameter for parameter in parameters}
    workspace: Workspace = "none"
    if "workspace_id" in names:
        workspace = "required" if names["workspace_id"].default is None else "optional"
    kind: Kind = "call"
    item: ast.expr | None = None
    if isinstance(returns, ast.Name) and returns.id == "Answer":
        kind = "answer"
    elif isinstance(returns, ast.Name) and "page" in names and "size" in names:
        found = _items_type(package, returns.id, imports)
        if found is not None:
            kind = "paged"
            item, model_imports = found
            imports = {**model_imports, **imports}
    action = naming.method_name(tag, module)
    summary, arguments_doc = _docstring_parts(function)
    return Operation(
        tag=tag,
        module=module,
        action=action,
        http_method=http_method,
        url=url,
        parameters=parameters,
        returns=returns,
        kind=kind,
        workspace=workspace,
        item=item,
        imports=imports,
        summary=summary,
        arguments_doc=arguments_doc,
    )


def method_names(operations: Iterable[Operation]) -> dict[str, str]:
    """``module -> method name`` for the operations of one tag (:func:`naming.method_name`)."""
    names = {
        operation.module: naming.method_name(operation.tag, operation.module) for operation in operations
    }
    if len(set(names.values())) != len(names):
        twins = sorted(name for name in set(names.values()) if list(names.values()).count(name) > 1)
        raise ResourceError(f"operations share a method name (normalization tells them apart): {twins}")
    return names


def tag_attribute(tag: str) -> str:
    """The client attribute of a tag's folder (:func:`naming.tag_attribute`)."""
    return naming.tag_attribute(tag)


# --- step 2: writing the resource modules -------------------------------------------------------------


class _Renamed(ast.NodeTransformer):
    """``list[int]`` -> ``builtins.list[int]`` for the builtins a method of the class shadows, and a model
    imported under an alias by its alias."""

    def __init__(self, shadowed: set[str], aliases: Mapping[str, str]) -> None:
        self.shadowed = shadowed
        self.aliases = aliases

    def visit_Name(self, node: ast.Name) -> ast.expr:
        if node.id in self.aliases:
            return ast.copy_location(ast.Name(self.aliases[node.id], ast.Load()), node)
        if node.id in self.shadowed:
            return ast.copy_location(
                ast.Attribute(ast.Name("builtins", ast.Load()), node.id, ast.Load()), node
            )
        return node


def _is_filters(parameter: Parameter) -> bool:
    """A ``filters: str | Unset`` parameter: it takes a rule too, JSON-encoded once."""
    return parameter.name == "filters" and ast.unparse(parameter.annotation) == "str | Unset"


def _names_in(expressions: Iterable[ast.expr]) -> set[str]:
    return {
        node.id for expression in expressions for node in ast.walk(expression) if isinstance(node, ast.Name)
    }


@attrs.frozen
class _Method:
    name: str
    operation: Operation


class _TagWriter:
    """The source of ``resources/<tag>.py``."""

    def __init__(self, tag: str, operations: list[Operation]) -> None:
        self.tag = tag
        names = method_names(operations)
        self.methods = sorted((_Method(names[o.module], o) for o in operations), key=lambda m: m.name)
        method_names_set = {method.name for method in self.methods}
        self.shadowed = {name for name in method_names_set if hasattr(builtins, name)}
        self.annotation_imports: dict[str, Import] = {}
        self.runtime_imports: dict[str, Import] = {}
        self.uses_filters = False
        self.uses_builtins = False
        self.sync_class = naming.resource_class(tag)
        self.async_class = f"Async{self.sync_class}"
        imported = {name for operation in operations for name in operation.imports}
        own = set(naming.resource_classes(tag))
        #: Imported names that are this module's classes too: imported as ``_<Name>Model``.
        self.aliases = {name: f"_{name}Model" for name in sorted(imported & own)}
        clash = method_names_set & {self.sync_class, self.async_class}
        if clash:
            raise ResourceError(f"tag {tag!r}: methods named like the resource classes: {sorted(clash)}")

    # names and annotations

    def _annotation(self, expression: ast.expr, operation: Operation) -> str:
        self._need(_names_in([expression]), operation, self.annotation_imports)
        rewritten = _Renamed(self.shadowed, self.aliases).visit(
            ast.parse(ast.unparse(expression), mode="eval").body
        )
        text = ast.unparse(rewritten)
        if "builtins." in text:
            self.uses_builtins = True
        return text

    def _default(self, expression: ast.expr, operation: Operation) -> str:
        self._need(_names_in([expression]), operation, self.runtime_imports)
        return ast.unparse(
            _Renamed(set(), self.aliases).visit(ast.parse(ast.unparse(expression), mode="eval").body)
        )

    def _need(self, names: set[str], operation: Operation, into: dict[str, Import]) -> None:
        for name in sorted(names):
            source = operation.imports.get(name)
            if source is None:
                if hasattr(builtins, name):
                    continue
                raise ResourceError(f"api/{self.tag}/{operation.module}.py: {name!r} is not imported")
            known = self.annotation_imports.get(name) or self.runtime_imports.get(name)
            if known is not None and attrs.evolve(known, alias=None) != source:
                raise ResourceError(f"tag {self.tag!r}: {name!r} is imported from two places")
            if name in self.shadowed:
                raise ResourceError(f"tag {self.tag!r}: method {name!r} shadows the imported name {name!r}")
            alias = self.aliases.get(name)
            into[name] = source if alias is None else attrs.evolve(source, alias=alias)

    # one method

    def _signature(self, method: _Method) -> list[str]:
        operation = method.operation
        lines = ["self,"]
        positional = [p for p in operation.parameters if p.positional and p.name != "workspace_id"]
        keyword_only = [p for p in operation.parameters if not p.positional and p.name != "workspace_id"]
        positional_with_defaults = False
        for parameter in positional:
            annotation = self._annotation(parameter.annotation, operation)
            if parameter.default is None:
                if positional_with_defaults:
                    raise ResourceError(f"{operation.module}: a required parameter follows an optional one")
                lines.append(f"{parameter.keyword}: {annotation},")
            else:
                positional_with_defaults = True
                lines.append(
                    f"{parameter.keyword}: {annotation} = {self._default(parameter.default, operation)},"
                )
        lines.append("*,")
        if operation.workspace != "none":
            lines.append("workspace_id: str | int | None = None,")
        for parameter in keyword_only:
            if operation.kind == "paged" and parameter.name == "page":
                lines.append("page: int = 1,")
                continue
            if operation.kind == "paged" and parameter.name == "size":
                lines.append("size: int = 500,")
                continue
            annotation = self._annotation(parameter.annotation, operation)
            if _is_filters(parameter):
                annotation = "str | SupportsRule | Unset"
                self.uses_filters = True
            default = "" if parameter.default is None else f" = {self._default(parameter.default, operation)}"
            lines.append(f"{parameter.keyword}: {annotation}{default},")
        if lines[-1] == "*,":  # nothing keyword-only but the options
            lines.pop()
        lines.append(f"**{_OPTIONS_PARAMETER}: Unpack[RequestOptions],")
        return lines

    def _returns(self, operation: Operation, asynchronous: bool) -> str:
        if operation.kind == "paged":
            assert operation.item is not None
            pager = "AsyncPager" if asynchronous else "SyncPager"
            return f"{pager}[{self._annotation(operation.item, operation)}]"
        return self._annotation(operation.returns, operation)

    def _call_arguments(self, operation: Operation) -> str:
        arguments: list[str] = []
        for parameter in operation.parameters:
            name = parameter.name
            if name == "workspace_id":
                arguments.append("workspace_id=_workspace")
            elif operation.kind == "paged" and name == "page":
                arguments.append("page=_page")
            elif operation.kind == "paged" and name == "size":
                arguments.append("size=_size")
            elif _is_filters(parameter):
                arguments.append("filters=_filters")
            else:
                arguments.append(f"{name}={parameter.keyword}")
        arguments.append("client=_client")
        return ", ".join(arguments)

    def _docstring(self, method: _Method, asynchronous: bool) -> list[str]:
        operation = method.operation
        what = {
            "paged": ": every item of every page, fetched lazily",
            "answer": ": what the API answered (the spec declares no content)",
            "call": "",
        }[operation.kind]
        lines = [f'"""``{operation.http_method} {operation.url}``{what}.']
        if operation.summary:  # read back unescaped by ast: escaped again for this docstring
            lines += ["", *escape(operation.summary).splitlines()]
        lines += ["", "Args:"]
        if operation.workspace != "none":
            scope = "" if operation.workspace == "required" else " (an optional filter here)"
            lines.append(
                f"    workspace_id (str | int | None): the workspace{scope}; default: the client's "
                "(``workspace(...)``, DASTRA_WORKSPACE_ID)."
            )
        skip = False
        filters = any(_is_filters(parameter) for parameter in operation.parameters)
        for line in operation.arguments_doc:
            entry = re.match(r"\s{4}(\w+) \(", line)
            if entry:
                name = entry.group(1)
                skip = name == "workspace_id" or (operation.kind == "paged" and name in ("page", "size"))
                if name == "filters" and filters:
                    line = line.replace("(str | Unset)", "(str | SupportsRule | Unset)")
            if not skip:
                lines.append(escape(line.rstrip()))
        if operation.kind == "paged":
            lines.append("    page (int): the first page to fetch (default 1).")
            lines.append("    size (int): items per page, 1 to 500 (default 500).")
        lines.append(
            "    **options: this call's ``timeout``, ``extra_headers``, ``extra_query``, ``max_retries``, ``eager``."
        )
        if operation.kind == "paged":
            assert operation.item is not None
            pager = "AsyncPager" if asynchronous else "SyncPager"
            loop = "async for" if asynchronous else "for"
            returns = (
                f"{pager}[{ast.unparse(operation.item)}]: ``{loop} item in ...``; ``.pages()``, ``.total``."
            )
        elif operation.kind == "answer":
            returns = "Answer: the decoded JSON, None for an empty body, or a BinaryAnswer."
        else:
            returns = ast.unparse(operation.returns)
        lines += ["", "Returns:", f"    {returns}", '"""']
        return lines

    def _method(self, method: _Method, asynchronous: bool) -> list[str]:
        operation = method.operation
        returns = self._returns(operation, asynchronous)
        is_coroutine = asynchronous and operation.kind != "paged"
        header = f"{'async ' if is_coroutine else ''}def {method.name}("
        body = [*self._docstring(method, asynchronous)]
        body.append(f"from ..api.{operation.tag} import {operation.module} as _op")
        body.append("")
        if operation.workspace != "none":
            resolve = "_workspace" if operation.workspace == "required" else "_optional_workspace"
            if operation.workspace_is_number:
                resolve += "_number"
            body.append(f"_workspace = self.{resolve}(workspace_id)")
        if any(_is_filters(parameter) for parameter in operation.parameters):
            body.append("_filters = encode_filters(filters)  # once, before any request")
        function = "asyncio_detailed" if asynchronous else "sync_detailed"
        call = f"_op.{function}({self._call_arguments(operation)})"
        if operation.kind == "paged":
            body.append(
                f"return self._paged(lambda _client, _page, _size: {call}, {_OPTIONS_PARAMETER}, "
                "page=page, size=size)"
            )
        else:
            helper = "_answer" if operation.kind == "answer" else "_call"
            awaited = "await " if asynchronous else ""
            body.append(f"return {awaited}self.{helper}(lambda _client: {call}, {_OPTIONS_PARAMETER})")
        lines = [f"    {header}"]
        lines += [f"        {line}" for line in self._signature(method)]
        lines.append(f"    ) -> {returns}:")
        lines += [f"        {line}" if line else "" for line in body]
        return lines

    def _raw_class(self, asynchronous: bool) -> list[str]:
        resource = self.async_class if asynchronous else self.sync_class
        lines = [
            f"class {resource}WithRawResponse:",
            f'    """The methods of :class:`{resource}`, answering ``APIResponse`` objects (status, headers,',
            '    request id, rate-limit headers and the parsed value)."""',
            "",
            f"    def __init__(self, resource: {resource}) -> None:",
        ]
        for method in self.methods:
            if not asynchronous:
                wrapper = "to_raw_response"
            elif method.operation.kind == "paged":
                wrapper = "to_async_raw_response_pager"
            else:
                wrapper = "to_async_raw_response"
            # Final: the attribute's type is the wrapper's, declared (pyright --verifytypes counts it known).
            lines.append(f"        self.{method.name}: Final = {wrapper}(resource.{method.name})")
        return lines

    def source(self) -> str:
        count = len(self.methods)
        sync_body: list[str] = []
        async_body: list[str] = []
        for method in self.methods:
            sync_body += ["", *self._method(method, asynchronous=False)]
            async_body += ["", *self._method(method, asynchronous=True)]
        kinds = {method.operation.kind for method in self.methods}
        typing_only = {"Unpack": Import("typing", "Unpack"), "Final": Import("typing", "Final")}
        if "paged" in kinds:
            typing_only["SyncPager"] = Import(".._paging", "SyncPager")
            typing_only["AsyncPager"] = Import(".._paging", "AsyncPager")
        if "answer" in kinds:
            typing_only.setdefault("Answer", Import(".._response", "Answer"))
        if self.uses_filters:
            typing_only["SupportsRule"] = Import(".._filters", "SupportsRule")
        typing_only["RequestOptions"] = Import(".._options", "RequestOptions")
        annotation_imports = {**self.annotation_imports, **typing_only}
        runtime = dict(self.runtime_imports)
        runtime["AsyncResource"] = Import(".._resource", "AsyncResource")
        runtime["SyncResource"] = Import(".._resource", "SyncResource")
        runtime["to_raw_response"] = Import(".._response", "to_raw_response")
        runtime["to_async_raw_response"] = Import(".._response", "to_async_raw_response")
        if "paged" in kinds:
            runtime["to_async_raw_response_pager"] = Import(".._response", "to_async_raw_response_pager")
        if self.uses_filters:
            runtime["encode_filters"] = Import(".._filters", "encode_filters")
        for name in runtime:
            annotation_imports.pop(name, None)
        lines = [
            f'"""The ``{self.tag}`` resource: {count} operations as methods of :class:`{self.sync_class}` and',
            f':class:`{self.async_class}` (generated by ``dastra_codegen.resources`` from ``dastra_client.api.{self.tag}``)."""',
            "",
            "from __future__ import annotations",
            "",
        ]
        if self.uses_builtins:
            lines.append("import builtins")
        lines.append("from typing import TYPE_CHECKING")
        lines += sorted(source.line() for source in runtime.values())
        lines += ["", "if TYPE_CHECKING:"]
        lines += sorted(f"    {source.line()}" for source in annotation_imports.values())
        lines += [
            "",
            f'__all__ = ["{self.async_class}", "{self.async_class}WithRawResponse", '
            f'"{self.sync_class}", "{self.sync_class}WithRawResponse"]',
            "",
            "",
            f"class {self.sync_class}(SyncResource):",
            f'    """``{self.tag}``: {count} operations. Non-2xx answers raise the typed errors of ``dastra.errors``;',
            '    a 2xx the operation does not declare raises ``APIResponseValidationError``."""',
            *sync_body,
            "",
            "",
            *self._raw_class(asynchronous=False),
            "",
            "",
            f"class {self.async_class}(AsyncResource):",
            f'    """``{self.tag}``, async: {count} operations (list methods answer an ``AsyncPager``: ``async for``)."""',
            *async_body,
            "",
            "",
            *self._raw_class(asynchronous=True),
            "",
        ]
        return "\n".join(lines)


def _init_source(writers: list[_TagWriter]) -> str:
    lines = [
        '"""The resources of the Dastra API: one attribute per tag, each module imported on first use.',
        "",
        "Generated by ``dastra_codegen.resources`` from the functional modules of ``dastra_client.api``;",
        "``SyncResources`` and ``AsyncResources`` are the bases of ``dastra.Dastra`` / ``AsyncDastra``.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from functools import cached_property",
        "from typing import TYPE_CHECKING",
        "",
        "from .._resource import AsyncRawAPI, AsyncResourceHost, SyncRawAPI, SyncResourceHost",
        "",
        "if TYPE_CHECKING:",
    ]
    for writer in writers:
        names = [
            writer.async_class,
            f"{writer.async_class}WithRawResponse",
            writer.sync_class,
            f"{writer.sync_class}WithRawResponse",
        ]
        lines.append(f"    from .{writer.tag} import {', '.join(sorted(names))}")
    operations = sorted(
        (method.operation.module, tag_attribute(writer.tag), method.name, method.operation.tag)
        for writer in writers
        for method in writer.methods
    )
    lines += [
        "",
        '__all__ = ["OPERATIONS", "AsyncRawResources", "AsyncResources", "SyncRawResources", "SyncResources"]',
        "",
        "#: ``api.<tag>.<module>`` -> (client attribute, method name) of every operation.",
        "OPERATIONS: dict[str, tuple[str, str]] = {",
        *(f'    "{tag}.{module}": ("{attribute}", "{name}"),' for module, attribute, name, tag in operations),
        "}",
    ]
    for asynchronous in (False, True):
        for raw in (False, True):
            lines += ["", "", *_host_class(writers, asynchronous=asynchronous, raw=raw)]
    lines.append("")
    return "\n".join(lines)


def _host_class(writers: list[_TagWriter], *, asynchronous: bool, raw: bool) -> list[str]:
    prefix = "Async" if asynchronous else "Sync"
    name = f"{prefix}{'Raw' if raw else ''}Resources"
    base = f"{prefix}RawAPI" if raw else f"{prefix}ResourceHost"
    if raw:
        doc = f'    """The {prefix.lower()} resources whose methods answer ``APIResponse`` objects."""'
    else:
        doc = f'    """One attribute per tag of the API: the {prefix.lower()} resources."""'
    lines = [f"class {name}({base}):", doc]
    for writer in writers:
        resource = writer.async_class if asynchronous else writer.sync_class
        returned = f"{resource}WithRawResponse" if raw else resource
        built = (
            f"{resource}WithRawResponse({resource}(self._context))" if raw else f"{resource}(self._context)"
        )
        imported = f"{resource}, {resource}WithRawResponse" if raw else resource
        lines += [
            "",
            "    @cached_property",
            f"    def {tag_attribute(writer.tag)}(self) -> {returned}:",
            f'        """``{writer.tag}``: {len(writer.methods)} operations."""',
            f"        from .{writer.tag} import {imported}",
            "",
            f"        return {built}",
        ]
    if not raw:
        lines += [
            "",
            "    @cached_property",
            f"    def with_raw_response(self) -> {prefix}RawResources:",
            '        """The same resources, whose methods answer ``APIResponse`` objects: status, headers,',
            '        request id, rate-limit headers and the parsed value."""',
            f"        return {prefix}RawResources(self._context.replace(raw=True))",
        ]
    return lines


def resource_modules(package: Path) -> dict[str, str]:
    """``file name -> source`` of every module of ``resources/``, from the package's functional modules."""
    by_tag: dict[str, list[Operation]] = {}
    for module_path in sorted((package / "api").glob("*/*.py")):
        if module_path.name == "__init__.py":
            continue
        operation = read_operation(package, module_path)
        by_tag.setdefault(operation.tag, []).append(operation)
    if not by_tag:
        raise ResourceError(f"no functional modules under {package / 'api'}")
    writers = [_TagWriter(tag, operations) for tag, operations in sorted(by_tag.items())]
    attributes = [tag_attribute(writer.tag) for writer in writers]
    if len(set(attributes)) != len(attributes):
        raise ResourceError("two tags map to the same client attribute")
    modules = {f"{writer.tag}.py": writer.source() for writer in writers}
    modules["__init__.py"] = _init_source(writers)
    for name, source in modules.items():
        try:
            ast.parse(source)
        except SyntaxError as error:  # pragma: no cover - a bug of this step, said loudly
            raise ResourceError(f"resources/{name}: generated invalid Python: {error}") from error
    return modules


def write_resources(package: Path) -> None:
    """Both steps over the generated package at ``package`` (in place)."""
    for module_path in sorted((package / "api").glob("*/*.py")):
        if module_path.name == "__init__.py":
            continue
        text = module_path.read_text(encoding="utf-8")
        try:
            updated = declared_returns(undeclared_answers(text))
        except (ResourceError, SyntaxError) as error:
            raise ResourceError(f"{module_path.relative_to(package)}: {error}") from error
        if updated != text:
            module_path.write_text(updated, encoding="utf-8")
    target = package / "resources"
    target.mkdir(exist_ok=True)
    for name, source in resource_modules(package).items():
        (target / name).write_text(source, encoding="utf-8")
