"""``nox -s regenerate``: the whole loop from Dastra's published spec to a client ready to release.

``python -m dastra_codegen regenerate [--url URL | --file PATH] [--check] [--fail-on additive|breaking]
[--summary PATH] [--no-contract]`` runs, in a staging folder beside the repository's own files
(``.regenerate/stage-*``):

1. ``fetch``: download the spec (``--url``, default Dastra's) or read it (``--file``);
2. ``pin``: normalize, apply the overlay, validate and pin it into a copy of ``openapi/`` (the client
   version follows from the change report, :mod:`dastra_codegen.pin`);
3. ``generate``: generate the package with the full gate (imports, ``mypy --strict``, every answer);
4. ``typecheck``: ``mypy`` (the project's settings) on the hand-written packages the wheel ships
   (``dastra``, ``dastra_auth``) against the new package: the front door still fits the API;
5. ``contract``: the contract test (``tests/contract/test_every_operation.py``: every operation against
   Prism validating the new snapshot); where Prism cannot run (no Node.js) it is reported skipped;
6. ``changelog``: a section of ``CHANGELOG.md`` for the new version.

Only when every step passed are the staged files swapped in: ``openapi/``, ``generated/dastra_client``
and ``CHANGELOG.md``. A failure at any step exits 1 with one line ``error: <step>: <reason>`` and leaves
them (and so the version) byte-identical. ``--check`` runs every step and swaps nothing in. The summary
(``.regenerate/summary.json`` or ``--summary``) is written in every case, and ``.regenerate/pull-request.md``
(the change in words, breaking changes first) whenever the repository was updated.

The same spec again changes nothing: the snapshot is already pinned (``change: "none"``,
``updated: false``) and no step after ``pin`` runs.

Exit codes: 0 done (whatever the change, without ``--fail-on``); 1 a step failed; 2 bad arguments;
3 the change is at least the ``--fail-on`` level (as oasdiff's ``--fail-on``); the summary is complete.
"""

from __future__ import annotations

import argparse
import ast
import datetime
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Final, Literal

import attrs

from dastra_codegen import naming, paths
from dastra_codegen.changes import ChangeReport
from dastra_codegen.fetch import DEFAULT_URL, FetchedSpec, FetchOptions, SpecError, fetch_url, read_file
from dastra_codegen.gate import DEFAULT_CACHE_DIR, clean_env, mypy_cache_lock, stamp_by_content
from dastra_codegen.normalize import iter_operations
from dastra_codegen.overlay import OverlayError
from dastra_codegen.pin import PinResult, pin, read_metadata
from dastra_codegen.update_spec import pinned_document, prepare

Change = Literal["none", "additive", "breaking"]
LEVELS: Final[tuple[Change, ...]] = ("none", "additive", "breaking")
EXIT_OK: Final = 0
EXIT_FAILED: Final = 1
EXIT_FAIL_ON: Final = 3
WORK_DIR: Final = ".regenerate"
CHANGELOG: Final = "CHANGELOG.md"
CONTRACT_TESTS: Final = ("tests/contract/test_every_operation.py",)
STEPS: Final = ("fetch", "pin", "generate", "typecheck", "contract", "changelog")
_CHANGELOG_HEAD_END: Final = "\n## "


class StepError(Exception):
    """A step failed; ``reason`` is one line, ``details`` whatever else the step said."""

    def __init__(self, step: str, reason: str, details: str = "") -> None:
        super().__init__(f"{step}: {reason}")
        self.step = step
        self.reason = reason
        self.details = details


@attrs.frozen
class Options:
    url: str | None = None
    file: Path | None = None
    check: bool = False
    fail_on: Change | None = None
    #: Where ``openapi/``, ``generated/`` and ``CHANGELOG.md`` live (the repository; a copy in tests).
    root: Path = paths.ROOT
    summary: Path | None = None
    fetch: FetchOptions = attrs.field(factory=FetchOptions)
    contract: bool = True
    contract_tests: tuple[str, ...] = CONTRACT_TESTS
    #: Folders type-checked against the new package (default: the wheel's hand-written packages).
    typecheck_paths: tuple[str, ...] | None = None
    now: datetime.datetime | None = None

    @property
    def summary_path(self) -> Path:
        return self.summary or self.root / WORK_DIR / "summary.json"


@attrs.frozen
class Outcome:
    exit_code: int
    summary: dict[str, Any]
    message: str


def change_level(changes: ChangeReport | None) -> Change:
    if changes is None or changes.is_empty:
        return "none"
    return "breaking" if changes.breaking_count else "additive"


def operation_ids(changes: ChangeReport | None) -> dict[str, list[str]]:
    """``added``/``removed``/``changed``: the operation ids (or ``METHOD /path`` without one), sorted."""
    if changes is None:
        return {"added": [], "removed": [], "changed": []}
    sections = {
        "added": changes.operations_added,
        "removed": changes.operations_removed,
        "changed": changes.operations_changed,
    }
    return {
        name: sorted({change.operation_id or change.location.split(":", 1)[0] for change in found})
        for name, found in sections.items()
    }


def breaking_lines(changes: ChangeReport | None) -> list[str]:
    if changes is None:
        return []
    return [f"{change.location}: {change.detail}" for change in changes.changes if change.breaking]


# --- the steps -----------------------------------------------------------------------------------------


def _fetch(options: Options) -> FetchedSpec:
    try:
        if options.file is not None:
            return read_file(options.file, options.fetch)
        return fetch_url(options.url or DEFAULT_URL, options.fetch)
    except SpecError as error:
        raise StepError("fetch", str(error)) from error


def _pin(fetched: FetchedSpec, openapi_dir: Path, now: datetime.datetime | None) -> PinResult:
    try:
        prepared = prepare(fetched, openapi_dir / "overlay.yaml", pinned_document(openapi_dir))
        return pin(fetched, prepared.document, prepared.normalization, prepared.overlay, openapi_dir, now=now)
    except (SpecError, OverlayError) as error:
        raise StepError("pin", str(error)) from error


def _generate(openapi_dir: Path, output_dir: Path) -> str:
    from dastra_codegen.generate import GenerationError, generate

    try:
        result = generate(openapi_dir, output_dir)
    except GenerationError as error:
        raise StepError("generate", _one_line(str(error)), str(error)) from error
    return result.render().splitlines()[0]


def shipped_packages() -> tuple[str, ...]:
    """The hand-written packages of the wheel (``[tool.hatch.build.targets.wheel]``), not the generated one."""
    pyproject = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    packages = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"]
    return tuple(package for package in packages if not package.startswith("generated/"))


def client_calls(openapi_dir: Path, package: Path, operation_ids: Sequence[str]) -> dict[str, str]:
    """``operation id -> "dastra.<attribute>.<method>"`` in the package generated from ``openapi_dir``."""
    tree = ast.parse((package / "resources" / "__init__.py").read_text(encoding="utf-8"))
    table: dict[str, tuple[str, str]] = next(
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.AnnAssign) and ast.unparse(node.target) == "OPERATIONS" and node.value
    )
    wanted = set(operation_ids)
    calls: dict[str, str] = {}
    for _, _, operation in iter_operations(pinned_document(openapi_dir) or {}):
        operation_id = operation.get("operationId")
        original = operation.get(naming.ORIGINAL_OPERATION_ID, operation_id)
        if not isinstance(operation_id, str) or original not in wanted:
            continue
        tags = [tag for tag in operation.get("tags") or [] if isinstance(tag, str)] or ["default"]
        key = f"{naming.tag_folder(tags[0])}.{naming.operation_module(operation_id)}"
        if key in table:
            attribute, method = table[key]
            calls[str(original)] = f"dastra.{attribute}.{method}"
    return dict(sorted(calls.items()))


def _typecheck(generated_dir: Path, folders: Sequence[str], cache_dir: Path) -> str:
    """mypy with the project's settings on ``folders``, ``dastra_client`` read from ``generated_dir``."""
    # The new package is a source named by its folder relative to the working directory: it wins over the
    # committed one, and mypy's cache holds relative paths, so a package staged in another folder rechecks
    # only what changed (found through a search path, each new stage rechecked it whole: about 5 s).
    env = clean_env()
    env["MYPYPATH"] = str(paths.ROOT)  # the hand-written packages the folders import
    sources = [paths.PACKAGE_NAME, *(str(paths.ROOT / folder) for folder in folders)]
    command = [sys.executable, "-m", "mypy", "--config-file", str(paths.ROOT / "pyproject.toml")]
    command += ["--cache-dir", str(cache_dir), "--no-error-summary", *sources]
    stamp_by_content(generated_dir / paths.PACKAGE_NAME)
    with mypy_cache_lock(cache_dir):
        result = subprocess.run(
            command, cwd=generated_dir, env=env, capture_output=True, text=True, check=False
        )
    if result.returncode != 0:
        errors = [line for line in result.stdout.splitlines() if ": error: " in line]
        first = errors[0] if errors else (result.stderr.strip().splitlines() or ["mypy failed"])[-1]
        reason = f"{len(errors)} mypy error(s) against the new package, first: {first}"
        raise StepError("typecheck", reason, result.stdout + result.stderr)
    return f"ok ({', '.join(folders)})"


def _contract(openapi_dir: Path, generated_dir: Path, tests: Sequence[str], scratch: Path) -> str:
    """The contract tests on the staged snapshot and package; ``skipped: ...`` when they all skip."""
    report = scratch / "contract.xml"
    env = clean_env()
    env["DASTRA_CODEGEN_OPENAPI_DIR"] = str(openapi_dir)
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "-rfEs",
        f"--junitxml={report}",
    ]
    command += ["-o", f"pythonpath={generated_dir} .", *tests]
    result = subprocess.run(command, cwd=paths.ROOT, env=env, capture_output=True, text=True, check=False)
    counts = _junit_counts(report)
    if result.returncode != 0 or counts["failures"] or counts["errors"]:
        failed = [line for line in result.stdout.splitlines() if line.startswith(("FAILED", "ERROR"))]
        first = failed[0] if failed else (result.stdout.strip().splitlines() or ["pytest failed"])[-1]
        raise StepError("contract", f"the contract test failed on the new snapshot: {first}", result.stdout)
    if counts["tests"] and counts["skipped"] == counts["tests"]:
        reasons = [line for line in result.stdout.splitlines() if line.startswith("SKIPPED")]
        return f"skipped: {reasons[0].split(': ', 1)[-1] if reasons else 'every test skipped'}"
    return f"ok ({counts['tests'] - counts['skipped']} tests passed)"


def _junit_counts(report: Path) -> dict[str, int]:
    counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    if not report.exists():
        return counts | {"errors": 1}
    for suite in ElementTree.parse(report).getroot().iter("testsuite"):
        for key in counts:
            counts[key] += int(suite.get(key, "0"))
    return counts


#: At most this many entries per list in CHANGELOG.md and the pull request (GitHub refuses a body over
#: 65,536 characters); the rest is in openapi/CHANGELOG.md.
MAX_LISTED: Final = 100


def _capped(entries: Sequence[str]) -> list[str]:
    shown = [f"- {entry}" for entry in entries[:MAX_LISTED]]
    if len(entries) > MAX_LISTED:
        shown.append(f"- ... and {len(entries) - MAX_LISTED} more: see openapi/CHANGELOG.md")
    return shown


def changelog_section(summary: dict[str, Any], changes: ChangeReport | None) -> str:
    """The ``CHANGELOG.md`` section of a new version: what changed for code using the client."""
    date = summary["retrieved_at"][:10]
    lines = [f"## {summary['client_version']} ({date}, spec sha256 {summary['spec_sha256'][:12]})", ""]
    if changes is None or changes.is_empty:
        lines.append("The spec's bytes changed, not its meaning: no API change.")
        return "\n".join(lines) + "\n"
    lines.append(f"From Dastra's spec `{summary['source']}`: {changes.summary_line()}.")
    if summary["breaking"]:
        lines += ["", "Breaking:", "", *_capped(summary["breaking"])]
    operations = summary["operations"]
    for key, label in (("added", "Operations added"), ("removed", "Operations removed")):
        if operations[key]:
            lines += ["", f"{label}: {', '.join(f'`{name}`' for name in operations[key])}."]
    lines += ["", "Every change: [openapi/CHANGELOG.md](openapi/CHANGELOG.md)."]
    return "\n".join(lines) + "\n"


def prepend_changelog(existing: str, section: str) -> str:
    """``section`` as the newest entry of ``existing`` (kept as it is below it)."""
    head, separator, rest = existing.partition(_CHANGELOG_HEAD_END)
    if not separator:
        return existing.rstrip() + "\n\n" + section
    return f"{head.rstrip()}\n\n{section}\n## {rest}"


def pull_request_body(summary: dict[str, Any], changes: ChangeReport | None) -> str:
    """``pull-request.md``: the change in words a service developer reads, breaking changes first."""
    previous, version, level = summary["previous_version"], summary["client_version"], summary["change"]
    bump = {"breaking": "major", "additive": "minor", "none": "patch"}[level]
    headline = f"**{level}** change, client **{previous} → {version}** ({bump} version)"
    if previous == version:
        headline = f"no API change, client **{version}** (version unchanged)"
    lines = [
        f"Dastra's API snapshot: {headline}.",
        "",
        f"Spec `{summary['source']}`, sha256 `{summary['spec_sha256'][:12]}`, fetched {summary['retrieved_at']}.",
    ]
    if summary["breaking"]:
        lines += [
            "",
            f"### Breaking: code using the client may need to change ({len(summary['breaking'])})",
            "",
            *_capped(summary["breaking"]),
        ]
    operations = summary["operations"]
    for key, heading in (("added", "New operations"), ("removed", "Removed operations")):
        if operations[key]:
            lines += ["", f"### {heading} ({len(operations[key])})", ""]
            calls = summary.get("calls", {})
            lines += _capped(
                [
                    f"`{name}`" + (f": `{calls[name]}(...)`" if name in calls else "")
                    for name in operations[key]
                ]
            )
    if changes is not None:
        other = [change for change in changes.changes if not change.breaking]
        other = [change for change in other if change.kind != "operation-added"]
        if other:
            lines += ["", f"### Other changes, not breaking ({len(other)})", ""]
            lines += _capped([f"`{change.location}`: {change.detail}" for change in other])
    elif previous == version:
        lines += [
            "",
            "The same spec bytes: what the pipeline makes of them (normalization, overlay) changed.",
        ]
    else:
        lines += ["", "No API change: the spec's bytes changed, not its meaning."]
    steps = summary["steps"]
    lines += [
        "",
        "### Checks",
        "",
        *(f"- {step}: {state}" for step, state in steps.items()),
        "",
        (
            "Check that each breaking change above is Dastra's intent, then merge; "
            if summary["breaking"]
            else "Merge, "
        )
        + f"then tag `v{version}` to release the client to PyPI.",
    ]
    return "\n".join(lines) + "\n"


# --- the run -----------------------------------------------------------------------------------------


def _one_line(message: str) -> str:
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    if not lines:
        return "failed"
    picked = lines[:2] if lines[0].endswith(":") else lines[:1]  # a heading: with its first item
    picked += [line for line in lines[len(picked) :] if "FAILED" in line or line.startswith("operations")]
    text = " ".join(picked)
    return text if len(text) <= 300 else text[:297] + "..."


def _same_file(left: Path, right: Path) -> bool:
    return right.exists() and filecmp.cmp(left, right, shallow=False)


def _swap(stage: Path, root: Path) -> None:
    """Move the staged files into place; each ``os.replace`` / rename is atomic on its own."""
    from dastra_codegen.generate import replace_tree

    openapi = root / "openapi"
    for staged in sorted((stage / "openapi").iterdir()):
        if staged.is_file() and not _same_file(staged, openapi / staged.name):
            os.replace(staged, openapi / staged.name)
    package = stage / "generated" / paths.PACKAGE_NAME
    if package.exists():
        (root / "generated").mkdir(exist_ok=True)
        replace_tree(package, root / "generated" / paths.PACKAGE_NAME)
    changelog = stage / CHANGELOG
    if changelog.exists():
        os.replace(changelog, root / CHANGELOG)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def run(options: Options, *, log: Callable[[str], None] = print) -> Outcome:
    """Every step, then the swap (unless ``check``); never raises for a failed step."""
    root = options.root
    previous = read_metadata(root / "openapi")
    summary: dict[str, Any] = {
        "change": "none",
        "updated": False,
        "check": options.check,
        "previous_version": previous["client_version"] if previous else None,
        "client_version": previous["client_version"] if previous else None,
        "spec_sha256": None,
        "source": None,
        "retrieved_at": None,
        "operations": operation_ids(None),
        "breaking": [],
        "calls": {},
        "steps": {},
        "error": None,
    }
    steps: dict[str, str] = summary["steps"]
    work = root / WORK_DIR
    work.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix="stage-", dir=work))
    changes: ChangeReport | None = None
    try:
        fetched = _fetch(options)
        steps["fetch"] = f"ok ({len(fetched.raw)} bytes)"
        shutil.copytree(root / "openapi", stage / "openapi")
        pinned = _pin(fetched, stage / "openapi", options.now)
        changes = pinned.changes
        metadata = read_metadata(stage / "openapi")
        assert metadata is not None
        summary |= {
            "change": change_level(changes),
            "updated": pinned.changed,
            "client_version": pinned.version,
            "spec_sha256": metadata["sha256"],
            "source": metadata["source"],
            "retrieved_at": metadata["retrieved_at"],
            "operations": operation_ids(changes),
            "breaking": breaking_lines(changes),
        }
        steps["pin"] = (
            f"ok (client {pinned.version}, {changes.summary_line() if changes else 'no API change'})"
        )
        log(f"pin: {steps['pin']}")
        if pinned.changed:
            steps["generate"] = _generate(stage / "openapi", stage / "generated")
            log(f"generate: {steps['generate']}")
            package = stage / "generated" / paths.PACKAGE_NAME
            summary["calls"] = client_calls(stage / "openapi", package, summary["operations"]["added"])
            folders = options.typecheck_paths or shipped_packages()
            steps["typecheck"] = _typecheck(stage / "generated", folders, DEFAULT_CACHE_DIR)
            log(f"typecheck: {steps['typecheck']}")
            if options.contract:
                contract = _contract(stage / "openapi", stage / "generated", options.contract_tests, stage)
                steps["contract"] = contract
            else:
                steps["contract"] = "skipped: --no-contract"
            log(f"contract: {steps['contract']}")
            if summary["client_version"] != summary["previous_version"]:
                existing = (
                    (root / CHANGELOG).read_text(encoding="utf-8") if (root / CHANGELOG).exists() else ""
                )
                section = changelog_section(summary, changes)
                _write(stage / CHANGELOG, prepend_changelog(existing or "# Changelog\n", section))
                steps["changelog"] = f"ok (section {summary['client_version']})"
        if pinned.changed and not options.check:
            _swap(stage, root)
            _write(work / "pull-request.md", pull_request_body(summary, changes))
    except Exception as error:  # every failure ends in one line and a summary, never a traceback
        if not isinstance(error, StepError):
            running = next(step for step in (*STEPS, "swap") if step not in steps)
            error = StepError(running, f"{type(error).__name__}: {_one_line(str(error))}", repr(error))
        summary["error"] = str(error)
        summary["error_details"] = error.details
        summary["updated"] = False
        _write(options.summary_path, json.dumps(summary, indent=2) + "\n")
        return Outcome(EXIT_FAILED, summary, f"error: {error}")
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    _write(options.summary_path, json.dumps(summary, indent=2) + "\n")
    level = summary["change"]
    message = f"{level} change: client {summary['previous_version']} -> {summary['client_version']}"
    if not summary["updated"]:
        message += " (nothing to update)" if not options.check else ""
    if options.check:
        message += " (--check: nothing written but the summary)"
    if options.fail_on is not None and LEVELS.index(level) >= LEVELS.index(options.fail_on):
        return Outcome(EXIT_FAIL_ON, summary, f"{message}; at least --fail-on {options.fail_on}")
    return Outcome(EXIT_OK, summary, message)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--url", default=None, help=f"spec URL (default {DEFAULT_URL})")
    source.add_argument("--file", type=Path, default=None, help="read the spec from a local file")
    parser.add_argument("--check", action="store_true", help="run every step; write nothing but the summary")
    parser.add_argument(
        "--fail-on",
        choices=("additive", "breaking"),
        default=None,
        help="exit 3 when the change is at least this",
    )
    parser.add_argument(
        "--summary", type=Path, default=None, help=f"summary path (default {WORK_DIR}/summary.json)"
    )
    parser.add_argument(
        "--no-contract", action="store_true", help="skip the contract test (reported skipped)"
    )
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per download attempt")
    parser.add_argument("--retries", type=int, default=2, help="download retries on timeouts and 5xx")
    parser.add_argument("--root", type=Path, default=paths.ROOT, help=argparse.SUPPRESS)


def main(args: argparse.Namespace) -> int:
    options = Options(
        url=args.url,
        file=args.file,
        check=args.check,
        fail_on=args.fail_on,
        root=args.root,
        summary=args.summary,
        fetch=FetchOptions(timeout=args.timeout, retries=args.retries),
        contract=not args.no_contract,
    )
    outcome = run(options)
    stream = sys.stderr if outcome.exit_code == EXIT_FAILED else sys.stdout
    print(outcome.message, file=stream)
    return outcome.exit_code
