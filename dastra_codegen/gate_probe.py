"""The generation gate's run-time probe, run as a script in a fresh interpreter on a staged package.

``python -I -B gate_probe.py STAGING_ROOT CASES_JSON`` puts ``STAGING_ROOT`` first on ``sys.path``,
imports every module of the staged ``dastra_client``, then feeds each case (a sample answer built
by :mod:`dastra_codegen.gate`) to its operation's own ``_parse_response`` and checks, field by field,
that what comes out has the declared type: the return annotation, then every attribute of every
model it holds (read through the model, so lazily parsed values are parsed). It prints one JSON
object on stdout: ``{"modules": N, "imports": [...failures], "cases": N, "answers": [...failures]}``.

It needs only the standard library, httpx2 and attrs (the generated package's own dependencies).
"""

from __future__ import annotations

import datetime
import importlib
import io
import json
import pkgutil
import sys
import traceback
import types
import typing
import uuid
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

PACKAGE = "dastra_client"
#: Models are checked this deep at most (the samples are finite; this only bounds a pathological one).
MAX_DEPTH = 40


def main(argv: list[str]) -> int:
    staging_root, cases_path = Path(argv[0]), Path(argv[1])
    sys.path.insert(0, str(staging_root))
    package = importlib.import_module(PACKAGE)
    if not Path(package.__file__ or "").resolve().is_relative_to(staging_root.resolve()):
        print(json.dumps({"fatal": f"imported {package.__file__}, not the staged package"}))
        return 1
    modules, import_failures = _import_all(package)
    cases = json.loads(cases_path.read_text(encoding="utf-8"))
    failures = [] if import_failures else [failure for case in cases if (failure := _check_case(case))]
    result = {"modules": modules, "imports": import_failures, "cases": len(cases), "answers": failures}
    print(json.dumps(result))
    return 0


def _import_all(package: types.ModuleType) -> tuple[int, list[dict[str, str]]]:
    count = 0
    failures: list[dict[str, str]] = []
    for info in pkgutil.walk_packages(package.__path__, prefix=f"{PACKAGE}."):
        count += 1
        try:
            importlib.import_module(info.name)
        except Exception as error:  # every failure is reported, whatever it is
            failures.append({"module": info.name, "error": _one_line(error)})
    return count + 1, failures


def _one_line(error: BaseException) -> str:
    text = " ".join(f"{type(error).__name__}: {error}".split())
    return text[:300]


def _check_case(case: Mapping[str, Any]) -> dict[str, Any] | None:
    import httpx2

    from dastra_client.client import Client

    try:
        module = importlib.import_module(case["module"])
        body = case["body"].encode("utf-8") if isinstance(case["body"], str) else bytes(case["body"])
        headers = {"Content-Type": case["content_type"]} if case["content_type"] else {}
        request = httpx2.Request(case["method"].upper(), "http://gate.invalid" + case["path"])
        response = httpx2.Response(case["status"], content=body, headers=headers, request=request)
        client = Client(base_url="http://gate.invalid", raise_on_unexpected_status=True)
        parsed = module._parse_response(client=client, response=response)
        declared = typing.get_type_hints(module._parse_response)["return"]
    except Exception as error:
        return {**_identity(case), "problem": f"parsing raised {_one_line(error)}", "where": _frame(error)}
    problems = list(_conform(parsed, _without_none(declared), "answer", 0))
    if problems:
        return {**_identity(case), "problem": problems[0], "where": ""}
    return None


def _identity(case: Mapping[str, Any]) -> dict[str, Any]:
    return {key: case[key] for key in ("operation", "operation_id", "status", "sample", "schema", "module")}


def _frame(error: BaseException) -> str:
    frames = traceback.extract_tb(error.__traceback__)
    inside = [frame for frame in frames if f"/{PACKAGE}/" in frame.filename]
    last = inside[-1] if inside else (frames[-1] if frames else None)
    return f"{Path(last.filename).name}:{last.lineno}" if last else ""


def _without_none(hint: Any) -> Any:
    if _is_union(hint):
        members = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return members[0] if len(members) == 1 else typing.Union[tuple(members)]  # noqa: UP007
    return hint


def _is_union(hint: Any) -> bool:
    return typing.get_origin(hint) in (typing.Union, types.UnionType)


def _name(hint: Any) -> str:
    return getattr(hint, "__name__", None) or str(hint).replace("typing.", "")


def _excerpt(value: Any) -> str:
    text = " ".join(repr(value).split())
    return text if len(text) <= 80 else text[:79] + "…"


def _conform(value: Any, hint: Any, where: str, depth: int) -> Iterator[str]:
    """Problems with ``value`` as an instance of ``hint`` (nothing when it fits)."""
    if hint is Any or hint is object or depth > MAX_DEPTH:
        return
    if _is_union(hint):
        attempts = [list(_conform(value, member, where, depth)) for member in typing.get_args(hint)]
        if not any(not problems for problems in attempts):
            # The member whose outer shape fit (its problem lies deeper) says the most.
            deeper = [problems for problems in attempts if not problems[0].startswith(f"{where}: ")]
            yield (deeper or attempts)[0][0]
        return
    origin = typing.get_origin(hint)
    if origin is typing.Literal:
        if value not in typing.get_args(hint):
            yield f"{where}: expected one of {typing.get_args(hint)}, got {_excerpt(value)}"
        return
    if origin in (list, tuple, set, frozenset):
        if not isinstance(value, origin):
            yield f"{where}: expected {_name(hint)}, got {type(value).__name__} {_excerpt(value)}"
            return
        (item,) = typing.get_args(hint)[:1] or (Any,)
        for index, element in enumerate(value):
            yield from _conform(element, item, f"{where}[{index}]", depth + 1)
        return
    if origin in (dict, Mapping):
        if not isinstance(value, dict):
            yield f"{where}: expected {_name(hint)}, got {type(value).__name__} {_excerpt(value)}"
            return
        args = typing.get_args(hint)
        for key, element in value.items():
            yield from _conform(element, args[1] if len(args) == 2 else Any, f"{where}[{key!r}]", depth + 1)
        return
    if hint is type(None):
        if value is not None:
            yield f"{where}: expected None, got {_excerpt(value)}"
        return
    if not isinstance(hint, type):
        return  # a TypeVar or another form we do not check
    if not _is_instance(value, hint):
        yield f"{where}: {_excerpt(value)} is a {type(value).__name__}, not a {hint.__name__}"
        return
    if hasattr(hint, "__attrs_attrs__"):
        yield from _conform_model(value, where, depth)


def _is_instance(value: Any, hint: type) -> bool:
    if hint in (typing.IO, typing.BinaryIO, typing.TextIO):  # typing's IO classes are not real bases
        return isinstance(value, io.IOBase)
    if hint is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if hint in (datetime.date,) and isinstance(value, datetime.datetime):
        return False
    return isinstance(value, hint)


def _conform_model(model: Any, where: str, depth: int) -> Iterator[str]:
    import attrs

    cls = type(model)
    hints = _model_hints(cls)
    for field in attrs.fields(cls):
        path = f"{cls.__name__}.{field.name}"
        try:
            value = getattr(model, field.name)
        except Exception as error:  # a typed error on read is a failure of a valid answer
            yield f"{where} -> {path}: reading raised {_one_line(error)}"
            continue
        hint = hints.get(field.name, Any)
        yield from _conform(value, hint, f"{where} -> {path}", depth + 1)


class _Names(Mapping[str, Any]):
    """Names a model module's annotations may use, resolved on demand (models, types, datetime...)."""

    def __getitem__(self, name: str) -> Any:
        for module_name in (f"{PACKAGE}.models", f"{PACKAGE}.types"):
            module = importlib.import_module(module_name)
            if name in getattr(module, "__all__", ()):
                return getattr(module, name)
        extras = {"datetime": datetime, "UUID": uuid.UUID}
        if name in extras:
            return extras[name]
        raise KeyError(name)

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


_HINTS: dict[type, dict[str, Any]] = {}


def _model_hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls, localns=_Names())
    return _HINTS[cls]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
