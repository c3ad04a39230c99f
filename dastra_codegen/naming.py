"""Every Python identifier derived from the spec, decided here, and one rule for collisions.

What comes from where (the generator, openapi-python-client, decides some of these names itself; the
functions below reproduce its rule with its own functions, so a collision is seen before it generates):

========================  =====================================================  ======================
spec name                 identifiers                                            decided by
========================  =====================================================  ======================
tag                       ``api/<folder>/``, ``resources/<folder>.py``           :func:`tag_folder`
                          client attribute (``dastra.<attribute>``)              :func:`tag_attribute`
                          resource classes (``X``, ``AsyncX``, ``...WithRawResponse``)  :func:`resource_class`
operationId               module ``api/<folder>/<module>.py`` and its functions  :func:`operation_module`
                          method of the resource (``.batch_patch``)              :func:`method_name`
schema                    model class and module ``models/<module>.py``          :func:`schema_names`
parameter, property       keyword argument, model attribute                      the generator (snake case,
                                                                                 ``_`` after a keyword or
                                                                                 builtin: ``from_``)
enum value                member (``UPPER_SNAKE``)                               the generator, with
                                                                                 :func:`enum_members`
========================  =====================================================  ======================

Reserved names are fixed sets, so what they do to a name depends on that name only:

- a keyword or soft keyword (``class``, ``None``, ``match``, ``type``) gets a trailing ``_``
  (``dastra.class_``; the generator does the same for folders, modules and attributes);
- a client attribute (``workspace``, ``with_options``, ``webhooks``... :data:`CLIENT_ATTRIBUTES`) or a
  module of the package (``types``, ``models``, ``resources``... :data:`PACKAGE_MODULES`) gets ``_api``
  as a client attribute (``dastra.webhooks_api``);
- a class name the package defines or imports (``Client``, ``Resources``, ``AsyncResources``, ``Dastra``,
  ``Unset``... :data:`RESERVED_CLASS_NAMES`) gets ``Resource`` as a resource class (``ResourcesResource``)
  and ``Model`` as a model class (``ClientModel``); a model whose module would be a Python keyword or
  builtin gets ``Model`` too. A model class equal to its resource class is imported under an alias.

Two spec names that would give the same identifier (``DataBreachs`` / ``Data_Breachs``, ``GetList`` /
``get_list`` in one tag, two schemas whose modules coincide) are told apart by :func:`resolve`: a name
keeps the spelling it had in the pinned snapshot (the normalized document records every rename, so the
next snapshot knows it); the others, in code-point order, keep theirs when free, else get the first
free number (``Data_Breachs2`` -> ``dastra.data_breachs_2``). Adding a tag, an operation or a schema so
never renames one that exists. :mod:`dastra_codegen.normalize` applies the renames to the document the
generator reads (rules ``tag-name-collisions``, ``operation-name-collisions``, ``schema-name-collisions``,
``enum-member-collisions``); :mod:`dastra_codegen.resources` names attributes, classes and methods here.
"""

from __future__ import annotations

import builtins
import keyword
import re
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Final

import attrs

#: generator_config.yml's ``field_prefix``: what the generator puts before a name that is not an identifier.
FIELD_PREFIX: Final = "field_"
#: Extension recording a renamed tag's or schema's name in the spec (``x-dastra-operation-id`` for operations).
ORIGINAL_NAME: Final = "x-dastra-name"
ORIGINAL_OPERATION_ID: Final = "x-dastra-operation-id"

KEYWORDS: Final = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist)
BUILTINS: Final = frozenset(dir(builtins))

#: Public attributes of ``Dastra`` / ``AsyncDastra`` (and their workspace and option views) besides the
#: resources; tests compare it with the classes, so it cannot fall behind them.
CLIENT_ATTRIBUTES: Final = frozenset(
    {
        "aclose",
        "client",
        "close",
        "complete_authorization",
        "delete",
        "get",
        "get_list",
        "patch",
        "post",
        "put",
        "settings",
        "webhooks",
        "with_options",
        "with_raw_response",
        "workspace",
        "workspace_id",
    }
)
_RUNTIME_DIR: Final = Path(__file__).resolve().parent / "runtime"
#: Modules of the generated package: the generator's, ours (runtime, snapshot) and the folders.
PACKAGE_MODULES: Final = frozenset(
    {"api", "client", "errors", "models", "resources", "types", "_snapshot"}
    | {path.stem for path in _RUNTIME_DIR.glob("_*.py") if path.name != "__init__.py"}
)
RESERVED_ATTRIBUTES: Final = CLIENT_ATTRIBUTES | PACKAGE_MODULES
#: Class names the generated modules define or import (a model or resource of that name would shadow
#: them): the client classes, ``types``' names, the runtime's, the resource hosts, the front door's, and
#: the typing and library names the templates import.
RESERVED_CLASS_NAMES: Final = frozenset(
    {
        "Client", "AuthenticatedClient", "File", "FileTypes", "FileContent", "RequestFiles", "Response",
        "Unset", "UNSET", "HTTPStatus", "Any", "Mapping", "MutableMapping", "Callable", "ClassVar",
        "TypeVar", "Generic", "BinaryIO", "TextIO", "IO", "Generator", "Literal", "TYPE_CHECKING", "T",
        "BytesIO", "UUID", "LazyModel", "DastraError", "FieldValidationError",
        "APIResponseValidationError", "UnexpectedStatus", "Errors", "Types", "Models", "Api",
        "Resources", "Resource", "SyncResources", "AsyncResources", "SyncRawResources", "AsyncRawResources",
        "SyncResource", "AsyncResource", "SyncResourceHost", "AsyncResourceHost", "SyncRawAPI",
        "AsyncRawAPI", "SyncAPI", "AsyncAPI", "SyncContext", "AsyncContext", "OPERATIONS", "Dastra",
        "AsyncDastra", "Webhooks", "APIResponse", "SyncPager", "AsyncPager", "Answer", "BinaryAnswer",
        "RequestOptions", "Unpack", "SupportsRule", "Final", "EAGER", "MISSING", "Misfit", "StrEnum",
        "VariantMismatchError",
    }
)  # fmt: skip
#: Module names inside ``models/`` that would replace a name ``models/__init__.py`` relies on.
RESERVED_MODEL_MODULES: Final = frozenset({"importlib", "annotations"})


# --- identifiers ---------------------------------------------------------------------------------------


def snake(name: str) -> str:
    """``DataBreachs`` -> ``data_breachs``, ``BatchPatch`` -> ``batch_patch`` (acronyms kept together)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def pascal(snake_name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in snake_name.split("_") if part)


def python_name(name: str) -> str:
    """A snake-case identifier for ``name``: ``op_`` before a digit, ``_`` after a (soft) keyword."""
    name = re.sub(r"\W", "_", snake(name)).strip("_") or "operation"
    if name[0].isdigit():
        name = f"op_{name}"
    return f"{name}_" if name in KEYWORDS else name


def tag_folder(tag: str) -> str:
    """The generator's folder (and our module) of a tag: ``api/<folder>/``, ``resources/<folder>.py``."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(tag, "tag"))


def tag_attribute(folder: str) -> str:
    """The client attribute of a tag's folder; ``_api`` after a client attribute or package module."""
    name = python_name(folder)
    return f"{name}_api" if name in RESERVED_ATTRIBUTES else name


def resource_class(folder: str) -> str:
    """The sync resource class of a tag's folder (``AsyncX`` and ``...WithRawResponse`` follow)."""
    base = pascal(folder)
    derived = {base, f"Async{base}", f"{base}WithRawResponse", f"Async{base}WithRawResponse"}
    if not base.isidentifier() or base in KEYWORDS or derived & RESERVED_CLASS_NAMES:
        return f"{base}Resource"
    return base


def resource_classes(folder: str) -> tuple[str, str, str, str]:
    base = resource_class(folder)
    return base, f"Async{base}", f"{base}WithRawResponse", f"Async{base}WithRawResponse"


def operation_module(operation_id: str) -> str:
    """The generator's module of an operation: ``DataBreachs_BatchPatch`` -> ``data_breachs_batch_patch``."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(operation_id, FIELD_PREFIX))


def method_name(folder: str, module: str) -> str:
    """The resource method of ``api/<folder>/<module>.py``: the module without the tag, as an identifier.

    The tag is the folder, or the folder without a collision number (``data_breachs_2``, a tag renamed
    ``Data_Breachs2`` whose operationIds still begin with ``Data_Breachs_``).
    """
    for tag in dict.fromkeys([folder.rstrip("_"), re.sub(r"_\d+$", "", folder)]):
        if module.startswith(f"{tag}_"):
            return python_name(module.removeprefix(f"{tag}_"))
    return python_name(module)


def schema_names(schema_name: str) -> tuple[str, str]:
    """``(class name, module name)`` the generator gives a component schema."""
    from openapi_python_client.strings import ClassName, PythonIdentifier

    class_name = str(ClassName(schema_name, FIELD_PREFIX))
    return class_name, str(PythonIdentifier(class_name, FIELD_PREFIX))


def schema_problem(schema_name: str) -> str | None:
    """Why a schema's class or module would be wrong whatever the other names are, or ``None``."""
    class_name, module_name = schema_names(schema_name)
    if class_name in RESERVED_CLASS_NAMES:
        return f"class {class_name} would shadow the package's own {class_name}"
    if module_name in RESERVED_MODEL_MODULES:
        return f"module models/{module_name}.py would shadow {module_name}"
    if class_name.endswith("_") or module_name.endswith("_"):
        return f"{class_name} / {module_name} is a Python keyword or builtin"
    return None


def enum_member(value: str, index: int) -> str:
    """The member name the generator gives a string enum value (without ``x-enum-varnames``)."""
    from openapi_python_client.strings import snake_case

    key = value.upper() if value and value[0].isalpha() else f"VALUE_{index}"
    return snake_case(key).upper()


def enum_members(values: list[Any]) -> list[str] | None:
    """Member names for a string enum whose generated members would coincide (``a-b`` / ``a b`` ->
    ``A_B``, the second silently lost): in the enum's order, a repeated name gets ``_2``, ``_3``...
    ``None`` when the generator's own names are already distinct."""
    names = [
        enum_member(value, index) if isinstance(value, str) else "" for index, value in enumerate(values)
    ]
    if len(set(names)) == len(names):
        return None
    result: list[str] = []
    for name in names:
        candidate, number = name or "VALUE", 2
        while candidate in result:
            candidate, number = f"{name}_{number}", number + 1
        result.append(candidate)
    return result


# --- collisions ----------------------------------------------------------------------------------------


@attrs.frozen
class Kind:
    """How the names of one kind are checked: the identifiers a spelling takes, and what a reserved name
    becomes (``Client`` -> ``ClientModel``) before any collision is looked at."""

    keys: Callable[[str], frozenset[Hashable]]
    fix: Callable[[str], str] = lambda name: name


def resolve(names: Iterable[str], kind: Kind, history: Mapping[str, str]) -> dict[str, str]:
    """``name -> spelling`` for each of ``names``, their identifiers all distinct.

    The order decides who keeps a contested identifier: first the names with a spelling in ``history``
    (the pinned snapshot's), then the names that need no fix, then the rest, each group in code-point
    order. A name takes its spelling (``history``'s, else ``kind.fix(name)``) when none of its identifiers
    is taken, else the first of ``<spelling>2``, ``<spelling>3``... whose identifiers are free.
    """
    unique = sorted(set(names))
    spellings = set(unique)

    def tier(name: str) -> int:
        kept = history.get(name)
        if kept is not None and kind.fix(kept) == kept:
            return 0
        return 1 if kind.fix(name) == name else 2

    taken: set[Hashable] = set()
    result: dict[str, str] = {}
    for name in sorted(unique, key=lambda name: (tier(name), name)):
        base = history[name] if tier(name) == 0 else kind.fix(name)
        candidate, number = base, 2
        while kind.keys(candidate) & taken or (candidate != name and candidate in spellings - {base}):
            candidate, number = f"{base}{number}", number + 1
        taken |= kind.keys(candidate)
        result[name] = candidate
    return result


def _schema_fix(name: str) -> str:
    if schema_problem(name) is None:
        return name
    for number in range(1, 100):
        candidate = f"{name}Model" if number == 1 else f"{name}Model{number}"
        if schema_problem(candidate) is None:
            return candidate
    raise ValueError(f"no name for schema {name!r}")  # pragma: no cover - a hundred reserved names


def _schema_keys(name: str) -> frozenset[Hashable]:
    class_name, module_name = schema_names(name)
    return frozenset({("class", class_name), ("module", module_name)})


def _tag_keys(tag: str) -> frozenset[Hashable]:
    folder = tag_folder(tag)
    return frozenset(
        {("folder", folder), ("attribute", tag_attribute(folder))}
        | {("class", c) for c in resource_classes(folder)}
    )


SCHEMAS: Final = Kind(keys=_schema_keys, fix=_schema_fix)
TAGS: Final = Kind(keys=_tag_keys)


def operation_kind(folder: str) -> Kind:
    """Operations of one tag folder: distinct modules and distinct methods."""

    def keys(operation_id: str) -> frozenset[Hashable]:
        module = operation_module(operation_id)
        return frozenset({("module", module), ("method", method_name(folder, module))})

    return Kind(keys=keys)


# --- what a normalized document remembers ----------------------------------------------------------------


@attrs.frozen
class History:
    """The spellings a normalized document gave each spec name (itself, or its recorded rename)."""

    tags: Mapping[str, str] = attrs.field(factory=dict)
    operations: Mapping[str, str] = attrs.field(factory=dict)
    schemas: Mapping[str, str] = attrs.field(factory=dict)

    def __or__(self, other: History) -> History:
        return History(
            tags={**self.tags, **other.tags},
            operations={**self.operations, **other.operations},
            schemas={**self.schemas, **other.schemas},
        )


def _operations(document: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    for item in (document.get("paths") or {}).values():
        if isinstance(item, dict):
            yield from (operation for operation in item.values() if isinstance(operation, dict))


def history_of(document: Mapping[str, Any] | None, *, renames_only: bool = False) -> History:
    """The spelling of every name of ``document`` (a normalized one); with ``renames_only``, of the
    renamed ones only (the markers a document carries through a second normalization)."""
    if not document:
        return History()
    renamed_tags = {
        tag["name"]: tag[ORIGINAL_NAME]
        for tag in document.get("tags") or []
        if isinstance(tag, dict) and isinstance(tag.get(ORIGINAL_NAME), str)
    }
    tags: dict[str, str] = {}
    operations: dict[str, str] = {}
    for operation in _operations(document):
        for tag in operation.get("tags") or []:
            if isinstance(tag, str):
                tags[renamed_tags.get(tag, tag)] = tag
        operation_id = operation.get("operationId")
        if isinstance(operation_id, str):
            operations[str(operation.get(ORIGINAL_OPERATION_ID, operation_id))] = operation_id
    schemas = {
        str(schema.get(ORIGINAL_NAME, name)) if isinstance(schema, dict) else name: name
        for name, schema in ((document.get("components") or {}).get("schemas") or {}).items()
    }
    history = History(tags=tags, operations=operations, schemas=schemas)
    if not renames_only:
        return history
    return History(
        tags={k: v for k, v in tags.items() if k != v},
        operations={k: v for k, v in operations.items() if k != v},
        schemas={k: v for k, v in schemas.items() if k != v},
    )
