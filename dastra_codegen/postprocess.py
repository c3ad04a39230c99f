"""Our post-generation steps: small, pure text transforms applied to openapi-python-client's output.

Each step takes source text and returns source text, and fails loudly (``PostprocessError``) when
the generator's output no longer has the shape the step expects, so that a generator upgrade
cannot silently skip a step. :func:`postprocess` runs them all over a generated package.

- :func:`use_httpx2`: the generated code imports ``httpx2`` (the maintained continuation of httpx,
  same API) instead of ``httpx``.
- :func:`lazy_models_init`: ``models/__init__.py`` resolves each model on first access (PEP 562
  ``__getattr__``) instead of importing ~600 modules up front; ``from dastra_client.models import X``,
  static typing and IDE completion keep working through a ``TYPE_CHECKING`` block and ``__all__``.
- :func:`picklable_unset`: ``UNSET`` stays the one ``UNSET`` through pickle and deepcopy, so a
  model that went through a cache still compares equal (the generator's ``Unset`` pickles as a new
  instance, and ``is UNSET`` checks then fail).
- :data:`RUNTIME_MODULES`: our runtime support modules (``dastra_codegen/runtime/``, linted and
  type-checked where they live) are copied verbatim into the package: ``_lazy.py``, the base of the
  models from our template, which parses optional nested values on first access; ``_errors.py``, the
  root ``DastraError`` and the errors about answers that generated code raises.
- :func:`use_decode_json`: every operation that answers JSON decodes its body with the runtime's
  ``decode_json(response)`` (typed ``APIResponseValidationError`` for an HTML page, an empty body or
  invalid JSON) instead of ``response.json()`` (a bare ``JSONDecodeError``), and a model parsed from
  the whole body ``decode_model(response, Model)``, the fast path of ``_wire.py``.
- :func:`snapshot_module` / :func:`write_snapshot` / :func:`expose_snapshot`: the package knows the
  snapshot it was built from (``__version__``, ``__spec_sha256__``, ``__spec_version__``).
- :func:`dastra_codegen.docstrings.spec_docstrings`: the spec's parameter and request-body descriptions
  fill the functional modules' empty ``Args:`` entries (the generator reads them from the schemas only).
- :func:`allow_unknown_status_codes`: a 2xx status ``http.HTTPStatus`` does not know (``299``) is kept
  as a plain ``int`` in ``Response.status_code`` (annotated ``HTTPStatus | int``) instead of raising
  ``ValueError`` in every operation's ``_build_response``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from dastra_codegen.docstrings import spec_docstrings
from dastra_codegen.resources import write_resources

RUNTIME_DIR = Path(__file__).resolve().parent / "runtime"
#: Every module of ``dastra_codegen/runtime/`` but its ``__init__``, by file name.
RUNTIME_MODULES = tuple(sorted(p.name for p in RUNTIME_DIR.glob("*.py") if p.name != "__init__.py"))


class PostprocessError(Exception):
    """The generator's output does not have the shape a post-generation step relies on."""


_HTTPX_IMPORT = re.compile(r"^import httpx$", re.MULTILINE)
_HTTPX_NAME = re.compile(r"\bhttpx\b(?!2)")


def use_httpx2(source: str) -> str:
    """Replace every use of the ``httpx`` module by ``httpx2``."""
    source = _HTTPX_IMPORT.sub("import httpx2", source)
    return _HTTPX_NAME.sub("httpx2", source)


_UNSET_CLASS = "class Unset:\n"


def picklable_unset(types_source: str) -> str:
    """Make ``Unset`` instances pickle and copy as the module's ``UNSET`` singleton."""
    if _UNSET_CLASS not in types_source or "UNSET: Unset = Unset()" not in types_source:
        raise PostprocessError("types.py: expected 'class Unset:' and 'UNSET: Unset = Unset()'")
    method = '    def __reduce__(self) -> str:\n        return "UNSET"\n\n'
    return types_source.replace(_UNSET_CLASS, _UNSET_CLASS + method, 1)


_MODEL_IMPORT = re.compile(r"^from \.(?P<module>[a-z0-9_]+) import (?P<name>[A-Za-z0-9_]+)$", re.MULTILINE)


def lazy_models_init(source: str) -> str:
    """Turn ``from .module import Name`` lines into a lazy, typed ``__getattr__`` module."""
    imports = sorted((m["name"], m["module"]) for m in _MODEL_IMPORT.finditer(source))
    if not imports:
        raise PostprocessError("models/__init__.py: no 'from .module import Name' lines to make lazy")
    lines = [
        '"""All the data models used in requests and responses, imported on first use."""',
        "",
        "from __future__ import annotations",
        "",
        "import importlib",
        "from typing import TYPE_CHECKING, Any",
        "",
        "if TYPE_CHECKING:",
        *(f"    from .{module} import {name}" for name, module in imports),
        "",
        "_MODULE_OF: dict[str, str] = {",
        *(f'    "{name}": "{module}",' for name, module in imports),
        "}",
        "",
        "__all__ = (",
        *(f'    "{name}",' for name, _ in imports),
        ")",
        "",
        "",
        "def __getattr__(name: str) -> Any:",
        "    module = _MODULE_OF.get(name)",
        "    if module is None:",
        '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
        '    value = getattr(importlib.import_module(f".{module}", __name__), name)',
        "    globals()[name] = value",
        "    return value",
        "",
        "",
        "def __dir__() -> list[str]:",
        "    return sorted(set(globals()) | set(__all__))",
        "",
    ]
    return "\n".join(lines)


def snapshot_module(metadata: Mapping[str, Any]) -> str:
    """Source of ``_snapshot.py``: the pinned snapshot's identity, for run time."""
    values = {
        "CLIENT_VERSION": metadata["client_version"],
        "SPEC_SHA256": metadata["sha256"],
        "SPEC_VERSION": metadata["info_version"],
        "SPEC_TITLE": metadata["title"],
        "SPEC_SOURCE": metadata["source"],
        "SPEC_RETRIEVED_AT": metadata["retrieved_at"],
    }
    lines = [
        '"""The spec snapshot this package was generated from (written from openapi/snapshot.json)."""',
        "",
    ]
    lines += [f"{name} = {value!r}" for name, value in values.items()]
    return "\n".join(lines) + "\n"


def write_snapshot(package: Path, metadata: Mapping[str, Any]) -> Path:
    """Write ``_snapshot.py`` into ``package`` (a build, or a restored one: ``generate`` stamps the
    snapshot's identity into a cached build of the same document); returns the module's path."""
    module = package / "_snapshot.py"
    module.write_text(snapshot_module(metadata), encoding="utf-8")
    return module


_PACKAGE_EXPORTS = "from .client import AuthenticatedClient, Client\n"


def expose_snapshot(package_init: str) -> str:
    """Add ``__version__``, ``__spec_sha256__`` and ``__spec_version__`` to the package ``__init__``."""
    if _PACKAGE_EXPORTS not in package_init:
        raise PostprocessError("__init__.py: expected 'from .client import AuthenticatedClient, Client'")
    addition = (
        _PACKAGE_EXPORTS + "from ._snapshot import CLIENT_VERSION as __version__\n"
        "from ._snapshot import SPEC_SHA256 as __spec_sha256__\n"
        "from ._snapshot import SPEC_VERSION as __spec_version__\n"
    )
    if "__all__ = (\n" not in package_init:
        raise PostprocessError("__init__.py: expected an '__all__ = (' tuple")
    exported = '__all__ = (\n    "__spec_sha256__",\n    "__spec_version__",\n    "__version__",\n'
    return package_init.replace(_PACKAGE_EXPORTS, addition, 1).replace("__all__ = (\n", exported, 1)


_RESPONSE_JSON = "response.json()"
_ANY_JSON_CALL = re.compile(r"\.json\(")
_ERRORS_IMPORT = "from ... import errors\n"
_DECODE_IMPORT = "from ..._decode import "
_MODEL_FROM_BODY = re.compile(r"\b([A-Z]\w*)\.from_dict\(decode_json\(response\)\)")


def decode_json_calls(source: str, name: str = "module") -> str:
    """In one endpoint module, call ``decode_json(response)`` wherever it called ``response.json()``, and
    ``decode_model(response, Model)`` wherever it called ``Model.from_dict(response.json())``.

    A module that decodes no JSON is returned unchanged; one that does it some other way, or lacks
    the ``from ... import errors`` line the import goes after, raises ``PostprocessError``.
    """
    calls = source.count(_RESPONSE_JSON)
    if calls == 0:
        if _ANY_JSON_CALL.search(source):
            raise PostprocessError(f"{name}: decodes JSON with something other than 'response.json()'")
        return source
    if _ERRORS_IMPORT not in source:
        raise PostprocessError(
            f"{name}: expected 'from ... import errors' to put the decode_json import after"
        )
    updated = source.replace(_RESPONSE_JSON, "decode_json(response)")
    if _ANY_JSON_CALL.search(updated):
        raise PostprocessError(f"{name}: a '.json(' call is left after rewriting 'response.json()'")
    # A model parsed from the whole body takes the fast path of _wire.py (the same model, faster).
    updated = _MODEL_FROM_BODY.sub(r"decode_model(response, \1)", updated)
    functions = [
        function for function in ("decode_json", "decode_model") if f"{function}(response" in updated
    ]
    return updated.replace(_ERRORS_IMPORT, f"{_ERRORS_IMPORT}{_DECODE_IMPORT}{', '.join(functions)}\n", 1)


def use_decode_json(package: Path) -> int:
    """Apply :func:`decode_json_calls` to every module under ``api/``; returns how many changed.

    A document may have no JSON answer at all, so finding none is not an error here (it used to be, and
    pre-empted the generation gate on such documents); that the generator still writes
    ``response.json()`` is checked on the pinned snapshot's package by the tests.
    """
    changed = 0
    for path in sorted((package / "api").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        updated = decode_json_calls(text, str(path.relative_to(package)))
        if updated != text:
            path.write_text(updated, encoding="utf-8")
            changed += 1
    return changed


_STATUS_FIELD = "    status_code: HTTPStatus\n"
_STATUS_HELPER = '''

def status_of(code: int) -> HTTPStatus | int:
    """``code`` as an ``HTTPStatus`` member, or as the plain ``int`` when ``http.HTTPStatus`` has no such
    member (``299``): an unusual status never makes reading an answer fail."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code
'''
_BUILD_STATUS = "status_code=HTTPStatus(response.status_code),"
_TYPES_IMPORT = re.compile(r"^from \.\.\.types import .*$", re.MULTILINE)


def status_tolerant_types(types_source: str) -> str:
    """``types.py``: ``Response.status_code`` is ``HTTPStatus | int``, and :func:`status_of` builds it."""
    if _STATUS_FIELD not in types_source or "\n__all__ = [" not in types_source:
        raise PostprocessError("types.py: expected 'status_code: HTTPStatus' in Response and an __all__ list")
    source = types_source.replace(_STATUS_FIELD, "    status_code: HTTPStatus | int\n", 1)
    source = source.replace("\n__all__ = [", _STATUS_HELPER + "\n\n__all__ = [", 1)
    return source.replace("__all__ = [", '__all__ = [\n    "status_of",', 1)


def status_tolerant_endpoint(source: str) -> str:
    """An endpoint module builds ``Response.status_code`` with ``status_of`` (ruff then tidies imports)."""
    if _BUILD_STATUS not in source:
        raise PostprocessError("endpoint module: expected 'status_code=HTTPStatus(response.status_code),'")
    match = _TYPES_IMPORT.search(source)
    if match is None:
        raise PostprocessError("endpoint module: expected a 'from ...types import' line")
    source = source.replace(_BUILD_STATUS, "status_code=status_of(response.status_code),")
    return source[: match.end()] + "\nfrom ...types import status_of" + source[match.end() :]


def allow_unknown_status_codes(package: Path) -> None:
    """Apply :func:`status_tolerant_types` and :func:`status_tolerant_endpoint` to a generated package."""
    types_module = package / "types.py"
    types_module.write_text(status_tolerant_types(types_module.read_text(encoding="utf-8")), encoding="utf-8")
    for module in sorted((package / "api").rglob("*.py")):
        text = module.read_text(encoding="utf-8")
        if "def _build_response(" in text:
            module.write_text(status_tolerant_endpoint(text), encoding="utf-8")


def postprocess(
    package: Path, metadata: Mapping[str, Any], document: Mapping[str, Any] | None = None
) -> None:
    """Apply every step to the generated package at ``package`` (in place); ``document`` is the spec it
    was generated from (its parameter descriptions go into the docstrings)."""
    for path in sorted(package.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        updated = use_httpx2(text)
        if updated != text:
            path.write_text(updated, encoding="utf-8")
    types_module = package / "types.py"
    types_module.write_text(picklable_unset(types_module.read_text(encoding="utf-8")), encoding="utf-8")
    models_init = package / "models" / "__init__.py"
    models_init.write_text(lazy_models_init(models_init.read_text(encoding="utf-8")), encoding="utf-8")
    write_snapshot(package, metadata)
    use_decode_json(package)
    for name in RUNTIME_MODULES:
        (package / name).write_bytes((RUNTIME_DIR / name).read_bytes())
    if document is not None:
        spec_docstrings(package, document)  # before the resources, which copy the Args: entries
    write_resources(package)  # undeclared answers, then resources/ (dastra_codegen/resources.py)
    package_init = package / "__init__.py"
    package_init.write_text(expose_snapshot(package_init.read_text(encoding="utf-8")), encoding="utf-8")
    (package / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
    allow_unknown_status_codes(package)
