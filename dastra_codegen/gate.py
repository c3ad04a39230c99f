"""The generation gate: the checks a freshly generated package must pass before it replaces ``generated/``.

:func:`run_gate` checks a package staged by :func:`dastra_codegen.generate.generate`:

``imports``
    every module of the package imports, in a fresh interpreter with the staged package first on
    ``sys.path`` (:mod:`dastra_codegen.gate_probe`);
``mypy --strict``
    the package type-checks with the project's settings for generated code (``[tool.mypy]`` in
    ``pyproject.toml``: strict, plus the ``dastra_client.*`` override). The cache is the repository's
    ``.mypy_cache`` (gitignored; ``nox -s typecheck`` fills it with the same settings) and holds paths
    relative to the staging folder, so a package staged in a new temporary folder reuses it and only the
    modules that changed (and those whose view of them changed) are checked again: a cold run costs
    seconds, a warm one a fraction of that. ``typecheck=False`` (``generate --no-typecheck``) skips it,
    and the report says so;
``answers``
    for every operation, each 2xx answer the normalized document declares gets schema-valid samples
    (:class:`dastra_codegen.samples.SampleBuilder`: every optional property filled two levels deep;
    required properties only; every optional property ``null``; the last member of every ``anyOf`` /
    ``oneOf``, so other variants and enum values the snapshot does not know), each fed to the operation's own
    ``_parse_response``; what comes out must be an instance of the declared return type, down to every
    attribute of every model it holds (read through the model, so lazily parsed values are parsed).

The probe and mypy run side by side (two processes). A failure names the first operations and schemas
at fault with counts (:meth:`GateReport.failure`); :mod:`dastra_codegen.generate` then refuses to
replace ``generated/``, which stays byte-identical.
"""

from __future__ import annotations

import ast
import contextlib
import functools
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Final

import attrs
from filelock import FileLock

from dastra_codegen import paths
from dastra_codegen.normalize import generated_names, iter_operations
from dastra_codegen.samples import SampleBuilder, SampleError

__all__ = [
    "DEFAULT_CACHE_DIR",
    "CheckResult",
    "Fault",
    "GateReport",
    "build_cases",
    "endpoint_modules",
    "mypy_cache_lock",
    "run_gate",
    "stamp_by_content",
]

#: The repository's own mypy cache, which ``nox -s typecheck`` fills with the same settings: its entries
#: of the committed package (and of the typeshed and libraries it imports) serve the gate's first run and
#: regenerate's typecheck step too, matched by content (0.3 s instead of 7 s on a fresh clone).
DEFAULT_CACHE_DIR: Final = paths.ROOT / ".mypy_cache"
PROBE: Final = Path(__file__).resolve().parent / "gate_probe.py"
#: How each answer is sampled: (name, optional_depth, nulls, last member of each anyOf/oneOf).
SAMPLE_KINDS: Final = (
    ("full", 2, False, False),
    ("required", 0, False, False),
    ("nulls", 0, True, False),
    ("other-members", 2, False, True),
)
#: How many operations / schemas a failure lists by name.
SHOWN: Final = 10
_JSON_TYPE = re.compile(r"^application/(json|[^;]*\+json)\b")
_MYPY_LINE = re.compile(r"^(?P<file>[^:\n]+\.py):(?P<line>\d+)(?::\d+)?: error: (?P<message>.*)$")


@attrs.frozen
class Fault:
    """One thing wrong: which check, which operation and/or schema, what."""

    check: str
    detail: str
    operation: str | None = None
    schema: str | None = None


@attrs.frozen
class CheckResult:
    name: str
    #: What was checked: modules, files or sample answers.
    checked: int
    faults: tuple[Fault, ...]
    seconds: float
    skipped: str | None = None

    @property
    def passed(self) -> bool:
        return not self.faults


@attrs.frozen
class GateReport:
    checks: tuple[CheckResult, ...]
    cache_dir: Path
    operations: int
    #: Wall time of the whole gate (the probe and mypy run side by side, so less than the sum).
    seconds: float = 0.0

    @property
    def passed(self) -> bool:
        return all(check.passed for check in self.checks)

    @property
    def typechecked(self) -> bool:
        return all(check.skipped is None for check in self.checks if check.name == "mypy")

    def check(self, name: str) -> CheckResult:
        return next(check for check in self.checks if check.name == name)

    def faults(self) -> tuple[Fault, ...]:
        return tuple(fault for check in self.checks for fault in check.faults)

    def render(self) -> str:
        """One line per check, for a run that passed (or as the head of a failure)."""
        lines = []
        for check in self.checks:
            if check.skipped is not None:
                lines.append(f"  {_TITLES[check.name]}: SKIPPED ({check.skipped})")
                continue
            state = "ok" if check.passed else f"{len(check.faults)} FAILED"
            lines.append(
                f"  {_TITLES[check.name]}: {state} ({check.checked} {_UNITS[check.name]}, {check.seconds:.1f} s)"
            )
        verdict = "passed" if self.passed else "FAILED"
        return "\n".join([f"generation gate {verdict} ({self.seconds:.1f} s wall):", *lines])

    def failure(self) -> str:
        """What failed, operations and schemas first, with counts (the message of a refused generation)."""
        faults = self.faults()
        by_operation = _group(faults, lambda fault: fault.operation)
        by_schema = _group(faults, lambda fault: fault.schema)
        other = [fault for fault in faults if fault.operation is None and fault.schema is None]
        lines = [self.render()]
        lines.append(f"  operations at fault: {len(by_operation)} of {self.operations}")
        lines += _listing(by_operation)
        lines.append(f"  schemas at fault: {len(by_schema)}")
        lines += _listing(by_schema)
        if other:
            lines.append(f"  other modules at fault: {len(other)}")
            lines += [f"    {fault.check}: {fault.detail}" for fault in other[:SHOWN]]
        return "\n".join(lines)


_TITLES = {"imports": "imports", "mypy": "mypy --strict", "answers": "answers parse into declared types"}
_UNITS = {"imports": "modules", "mypy": "files", "answers": "sample answers"}


def _group(faults: Iterable[Fault], key: Any) -> dict[str, list[Fault]]:
    groups: dict[str, list[Fault]] = {}
    for fault in faults:
        name = key(fault)
        if name is not None:
            groups.setdefault(name, []).append(fault)
    return groups


def _listing(groups: Mapping[str, list[Fault]]) -> list[str]:
    lines = []
    for name, faults in list(groups.items())[:SHOWN]:
        checks = ", ".join(sorted({fault.check for fault in faults}))
        lines.append(f"    {name}: {len(faults)} ({checks}); first: {faults[0].detail}")
    if len(groups) > SHOWN:
        lines.append(f"    ... and {len(groups) - SHOWN} more")
    return lines


# --- which module is which operation ----------------------------------------------------------------


@attrs.frozen
class Endpoint:
    method: str
    path: str
    operation_id: str | None
    #: The module's file, relative to the package's parent (``dastra_client/api/tag/op.py``).
    file: str

    @property
    def label(self) -> str:
        suffix = f" ({self.operation_id})" if self.operation_id else ""
        return f"{self.method.upper()} {self.path}{suffix}"

    @property
    def module(self) -> str:
        return self.file.removesuffix(".py").replace("/", ".")


def endpoint_modules(package: Path) -> dict[tuple[str, str], tuple[Path, set[str]]]:
    """``(method, path shape) -> (module file, top-level function names)`` for every endpoint module."""
    found: dict[tuple[str, str], tuple[Path, set[str]]] = {}
    for module in sorted((package / "api").rglob("*.py")):
        if module.name == "__init__.py":
            continue
        key, functions = _describe_endpoint(module)
        found[key] = (module, functions)
    return found


def _describe_endpoint(module: Path) -> tuple[tuple[str, str], set[str]]:
    key, functions = _describe_source(module.read_text(encoding="utf-8"))
    return key, set(functions)


@functools.lru_cache(maxsize=2048)
def _describe_source(source: str) -> tuple[tuple[str, str], frozenset[str]]:
    """By source text: a generation reads each module twice (its operation check, then the gate), and
    regenerations of a changed spec share most of their modules (parsing them all costs ~0.6 s)."""
    tree = ast.parse(source)
    functions = frozenset(
        node.name for node in tree.body if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    )
    method = url = ""
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if (
                    isinstance(key, ast.Constant)
                    and key.value == "method"
                    and isinstance(value, ast.Constant)
                ):
                    method = str(value.value)
                if key is not None and isinstance(key, ast.Constant) and key.value == "url":
                    url = _url_literal(value)
    return (method, template_shape(url)), functions


def _url_literal(node: ast.expr) -> str:
    if isinstance(node, ast.Constant):
        return str(node.value)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):  # "...".format(...)
        return _url_literal(node.func.value)
    return ""


def template_shape(path: str) -> str:
    """``/v1/ws/{workspaceId}/X`` and ``/v1/ws/{workspace_id}/X`` have the same shape."""
    out: list[str] = []
    depth = 0
    for char in path:
        if char == "{":
            depth += 1
            out.append("{}")
        elif char == "}":
            depth -= 1
        elif depth == 0:
            out.append(char)
    return "".join(out)


def _endpoints(document: Mapping[str, Any], package: Path) -> list[Endpoint]:
    modules = endpoint_modules(package)
    endpoints = []
    for method, path, operation in iter_operations(dict(document)):
        found = modules.get((method, template_shape(path)))
        if found is not None:
            file = found[0].relative_to(package.parent).as_posix()
            endpoints.append(Endpoint(method, path, operation.get("operationId"), file))
    return endpoints


# --- sample answers -----------------------------------------------------------------------------------


def _schema_label(schema: Any) -> str:
    if not isinstance(schema, Mapping):
        return "no schema"
    ref = schema.get("$ref")
    if isinstance(ref, str):
        return ref.rsplit("/", 1)[-1]
    if schema.get("type") == "array" and isinstance(schema.get("items"), Mapping):
        return f"array of {_schema_label(schema['items'])}"
    members = schema.get("allOf") or schema.get("anyOf") or schema.get("oneOf")
    if isinstance(members, list) and len(members) == 1:
        return _schema_label(members[0])
    return str(schema.get("type", "inline schema"))


def build_cases(
    document: Mapping[str, Any], endpoints: Iterable[Endpoint]
) -> tuple[list[dict[str, Any]], list[Fault]]:
    """Sample answers for every 2xx response of every operation, and the samples that cannot be built."""
    builder = SampleBuilder(document)
    operations = {(method, path): operation for method, path, operation in iter_operations(dict(document))}
    cases: list[dict[str, Any]] = []
    faults: list[Fault] = []
    for endpoint in endpoints:
        operation = operations[(endpoint.method, endpoint.path)]
        for status, response in operation.get("responses", {}).items():
            if not str(status).isdigit() or not str(status).startswith("2"):
                continue
            base = {
                "operation": endpoint.label,
                "operation_id": endpoint.operation_id,
                "module": endpoint.module,
                "method": endpoint.method,
                "path": endpoint.path,
                "status": int(status),
            }
            content = response.get("content") or {}
            if not content:
                cases.append(
                    {**base, "content_type": None, "body": "", "sample": "empty", "schema": "no content"}
                )
            for content_type, media in content.items():
                schema = (media or {}).get("schema")
                label = _schema_label(schema)
                for kind, body in _bodies(builder, content_type, schema):
                    if isinstance(body, SampleError):
                        faults.append(Fault("answers", f"no sample [{kind}]: {body}", endpoint.label, label))
                        continue
                    cases.append(
                        {**base, "content_type": content_type, "body": body, "sample": kind, "schema": label}
                    )
    return cases, faults


def _bodies(builder: SampleBuilder, content_type: str, schema: Any) -> Iterator[tuple[str, Any]]:
    if not _JSON_TYPE.match(content_type.lower()):
        if not content_type.lower().startswith("text/"):
            yield "bytes", list(b"\x00sample bytes")
            return
        resolved = builder.resolve(schema) if isinstance(schema, Mapping) else {}
        if resolved.get("type") == "string" or not resolved:
            yield "text", "sample text"
            return
        # A JSON schema under a text type: what ASP.NET sends there is JSON.
    if not isinstance(schema, Mapping):
        yield "json", "{}"
        return
    seen: set[str] = set()
    for kind, optional_depth, nulls, last_member in SAMPLE_KINDS:
        try:
            value = builder.sample(
                schema, optional_depth=optional_depth, nulls=nulls, last_member=last_member
            )
        except SampleError as error:
            yield kind, error
            continue
        body = json.dumps(value, default=lambda data: bytes(data).decode("latin-1"), ensure_ascii=False)
        if body not in seen:
            seen.add(body)
            yield kind, body


# --- the checks ------------------------------------------------------------------------------------------


def run_gate(
    package: Path,
    document: Mapping[str, Any],
    *,
    typecheck: bool = True,
    cache_dir: Path = DEFAULT_CACHE_DIR,
    no_typecheck_reason: str = "--no-typecheck",
) -> GateReport:
    """Run every check on the package staged at ``package`` (a ``dastra_client`` folder)."""
    staging_root = package.parent
    endpoints = _endpoints(document, package)
    by_file = {endpoint.file: endpoint for endpoint in endpoints}
    schema_of_module = {
        f"{package.name}/models/{generated_names(name)[1]}.py": name
        for name in document.get("components", {}).get("schemas", {})
    }
    started = time.perf_counter()
    cases, sample_faults = build_cases(document, endpoints)
    build_seconds = time.perf_counter() - started
    with (
        tempfile.TemporaryDirectory(prefix="dastra-gate-") as scratch,
        mypy_cache_lock(cache_dir) if typecheck else contextlib.nullcontext(),
    ):
        cases_path = Path(scratch) / "cases.json"
        cases_path.write_text(json.dumps(cases), encoding="utf-8")
        mypy = _start_mypy(package, Path(scratch), cache_dir) if typecheck else None
        probe_started = time.perf_counter()
        probe = _run_probe(staging_root, cases_path)
        probe_seconds = time.perf_counter() - probe_started
        mypy_check = (
            _finish_mypy(mypy, by_file, schema_of_module, staging_root)
            if mypy is not None
            else CheckResult("mypy", 0, (), 0.0, skipped=no_typecheck_reason)
        )
    if "fatal" in probe:
        fatal = Fault("imports", str(probe["fatal"]))
        imports = CheckResult("imports", 0, (fatal,), probe_seconds)
        answers = CheckResult("answers", 0, (), 0.0, skipped="the package did not import")
    else:
        import_faults = tuple(
            _attribute(
                "imports",
                f"{item['module']}: {item['error']}",
                _module_file(item["module"]),
                by_file,
                schema_of_module,
            )
            for item in probe["imports"]
        )
        share = probe["modules"] / max(1, probe["modules"] + probe["cases"])
        imports = CheckResult("imports", probe["modules"], import_faults, probe_seconds * share)
        answer_faults = tuple(sample_faults) + tuple(_answer_fault(item) for item in probe["answers"])
        answers = CheckResult(
            "answers",
            probe["cases"],
            answer_faults,
            build_seconds + probe_seconds * (1 - share),
            skipped="the package did not import" if import_faults else None,
        )
    return GateReport(
        checks=(imports, mypy_check, answers),
        cache_dir=cache_dir,
        operations=len(endpoints),
        seconds=time.perf_counter() - started,
    )


def _run_probe(staging_root: Path, cases_path: Path) -> dict[str, Any]:
    command = [sys.executable, "-I", "-B", str(PROBE), str(staging_root), str(cases_path)]
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=clean_env())
    last = done.stdout.strip().splitlines()[-1:] or [""]
    try:
        result: dict[str, Any] = json.loads(last[0])
    except json.JSONDecodeError:
        tail = " ".join(done.stderr.strip().splitlines()[-3:])[:500]
        return {"fatal": f"the probe did not report (exit {done.returncode}): {tail}"}
    return result


def clean_env() -> dict[str, str]:
    """The environment without ``PYTHON*`` variables (a subprocess sees only what it is given)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def mypy_cache_lock(cache_dir: Path) -> FileLock:
    """Hold it while a mypy process uses ``cache_dir``: mypy does not lock its cache, and two of its
    processes writing the same module names at once (generations side by side: tests on several workers,
    two terminals) can leave one's entry for a module beside the other's for its dependencies.
    filelock (a lock file, released when its holder dies) works on every platform the generator runs on.
    """
    cache_dir.mkdir(parents=True, exist_ok=True)
    return FileLock(cache_dir / "dastra.lock")


#: The earliest mtime :func:`stamp_by_content` gives (2001-09-09); the latest is 2^28 s (8.5 years) later.
_STAMP_EPOCH: Final = 1_000_000_000


def stamp_by_content(package: Path) -> None:
    """Give each module of ``package`` an mtime drawn from its content, before mypy reads it.

    mypy takes a cache entry for fresh without reading the file when its path, size and mtime (whole
    seconds) are the entry's. Named by relative paths, two packages staged within one second with a change
    that keeps a file's size looked alike: a good package failed with the other one's types, and a bad one
    could pass. Drawn from the content, the mtime differs whenever the content does (but for one chance
    in 2^28), so mypy reads the file; an unchanged module keeps its mtime and its entry stays fresh.
    """
    for module in package.rglob("*.py"):
        digest = hashlib.blake2b(module.read_bytes(), digest_size=4).digest()
        stamp = _STAMP_EPOCH + int.from_bytes(digest, "big") % 2**28
        os.utime(module, (stamp, stamp))


def _mypy_config(cache_dir: Path) -> str:
    """The project's mypy settings for generated code, read from ``pyproject.toml``."""
    settings = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    disabled: list[str] = []
    for override in settings.get("overrides", []):
        modules = override.get("module")
        names = modules if isinstance(modules, list) else [modules]
        if f"{paths.PACKAGE_NAME}.*" in names:
            disabled += override.get("disable_error_code", [])
    lines = [
        "[mypy]",
        f"strict = {settings.get('strict', True)}",
        f"python_version = {settings.get('python_version', '3.11')}",
        f"cache_dir = {cache_dir}",
        "",
        f"[mypy-{paths.PACKAGE_NAME}.*]",
    ]
    if disabled:
        lines.append(f"disable_error_code = {', '.join(disabled)}")
    return "\n".join(lines) + "\n"


@attrs.frozen
class _Running:
    process: subprocess.Popen[str]
    started: float
    files: int


def _start_mypy(package: Path, scratch: Path, cache_dir: Path) -> _Running:
    cache_dir.mkdir(parents=True, exist_ok=True)
    config = scratch / "mypy.ini"
    config.write_text(_mypy_config(cache_dir), encoding="utf-8")
    # The package is named by its folder relative to the working directory, not by ``-p`` with a search
    # path: mypy then records relative paths in its cache, so a package staged in another temporary folder
    # rechecks only the modules that differ. Found through a search path, every path is absolute and a
    # changed module in a new folder changes its interface hash, and the whole package (its modules all
    # depend on the package's ``__init__``) is checked again: about 5 s instead of 0.3 s.
    stamp_by_content(package)
    command = [sys.executable, "-m", "mypy", "--config-file", str(config), "--no-error-summary"]
    command += ["--show-column-numbers", package.name]
    process = subprocess.Popen(
        command,
        cwd=package.parent,
        env=clean_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    return _Running(process, time.perf_counter(), sum(1 for _ in package.rglob("*.py")))


def _finish_mypy(
    running: _Running, by_file: Mapping[str, Endpoint], schema_of_module: Mapping[str, str], root: Path
) -> CheckResult:
    stdout, stderr = running.process.communicate()
    seconds = time.perf_counter() - running.started
    faults: list[Fault] = []
    for line in stdout.splitlines():
        match = _MYPY_LINE.match(line.strip())
        if match is None:
            continue
        file = match["file"].replace(os.sep, "/")
        message = " ".join(match["message"].split())[:240]
        owner = _resource_method_endpoint(root, file, int(match["line"])) or file
        faults.append(
            _attribute("mypy", f"{file}:{match['line']}: {message}", owner, by_file, schema_of_module)
        )
    if running.process.returncode not in (0, 1) or (running.process.returncode == 1 and not faults):
        tail = " ".join((stderr or stdout).strip().splitlines()[-3:])[:500]
        faults.append(Fault("mypy", f"mypy did not run (exit {running.process.returncode}): {tail}"))
    return CheckResult("mypy", running.files, tuple(faults), seconds)


def _resource_method_endpoint(root: Path, file: str, line: int) -> str | None:
    """For a line of a generated resource module (``dastra_client/resources/<tag>.py``), the file of the
    operation module its method calls (each method imports it as ``from ..api.<tag> import <op> as _op``),
    so that a fault there is the operation's; ``None`` elsewhere."""
    parts = file.split("/")
    if len(parts) != 3 or parts[1] != "resources":
        return None
    try:
        tree = ast.parse((root / file).read_text(encoding="utf-8"))
    except (OSError, SyntaxError):
        return None
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.lineno <= line <= (
            node.end_lineno or node.lineno
        ):
            for statement in ast.walk(node):
                if isinstance(statement, ast.ImportFrom) and statement.level == 2 and statement.module:
                    module_path = statement.module.replace(".", "/")
                    return f"{parts[0]}/{module_path}/{statement.names[0].name}.py"
    return None


def _module_file(module: str) -> str:
    return module.replace(".", "/") + ".py"


def _attribute(
    check: str, detail: str, file: str, by_file: Mapping[str, Endpoint], schema_of_module: Mapping[str, str]
) -> Fault:
    endpoint = by_file.get(file)
    if endpoint is not None:
        return Fault(check, detail, operation=endpoint.label)
    schema = schema_of_module.get(file)
    if schema is None and "/models/" in file:
        schema = f"{Path(file).stem} (models/{Path(file).name})"
    return Fault(check, detail, schema=schema)


_MODEL_IN_PATH = re.compile(r"-> (?P<model>[A-Za-z_][A-Za-z0-9_]*)\.[A-Za-z_]")


def _answer_fault(item: Mapping[str, Any]) -> Fault:
    problem = str(item["problem"])
    models = _MODEL_IN_PATH.findall(problem)
    schema = models[-1] if models else str(item["schema"])
    where = f" at {item['where']}" if item.get("where") else ""
    detail = f"{item['status']} [{item['sample']}]: {problem}{where}"
    return Fault("answers", detail, operation=str(item["operation"]), schema=schema)
