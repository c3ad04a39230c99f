"""``nox -s regenerate`` on a repository of its own, specs served from 127.0.0.1: the whole loop,
``--check``, ``--fail-on``, the same spec twice, and a failure injected at every step leaving ``openapi/``,
``generated/``, ``CHANGELOG.md`` and the version byte-identical.

The repository holds the repository's CHANGELOG.md and a slice of Dastra's document (:data:`SLICE_TAGS`),
pinned and generated with the gate once per worker: every step of the loop (the contract test against
Prism included) then works on 23 operations instead of 324: seconds instead of tens of seconds."""

from __future__ import annotations

import copy
import hashlib
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dastra_codegen import paths
from dastra_codegen.__main__ import main
from dastra_codegen.fetch import FetchOptions
from dastra_codegen.generate import generate
from dastra_codegen.pin import read_received
from dastra_codegen.regenerate import (
    Options,
    Outcome,
    prepend_changelog,
    pull_request_body,
    run,
    shipped_packages,
)
from tests.regen.corpus import variant
from tests.servers.faults import FaultServer, Reply
from tests.slices import pin, slice_document

Doc = dict[str, Any]
FAST = FetchOptions(timeout=5, retries=0, backoff=0.01)


#: The slice of Dastra's document the repository holds: what the tests' changes edit (DataBreachs), the
#: facade's calls (WorkSpaces, DataBreachs) and what dastra.webhooks imports (WebHookUrls' WebhookPayload).
SLICE_TAGS = ("DataBreachs", "WebHookUrls", "WorkSpaces")


@pytest.fixture(scope="session")
def sliced_repo(received_document: Doc, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``openapi/`` pinned from the slice, ``generated/`` generated from it with the gate, CHANGELOG.md."""
    root = tmp_path_factory.mktemp("regenerate-repo")
    (root / "openapi").mkdir()
    for kept in ("overlay.yaml", "README.md"):  # the repository's own files, beside what pinning writes
        shutil.copy(paths.OPENAPI_DIR / kept, root / "openapi" / kept)
    pin(slice_document(received_document, SLICE_TAGS), root / "openapi", root / "openapi" / "overlay.yaml")
    result = generate(root / "openapi", root / "generated")
    assert result.gate is not None and result.gate.passed, result.render()
    shutil.copy(paths.ROOT / "CHANGELOG.md", root / "CHANGELOG.md")
    return root


@pytest.fixture
def repo(sliced_repo: Path, tmp_path: Path) -> Path:
    """The files regenerate may change, copied from :func:`sliced_repo`."""
    root = tmp_path / "repo"
    shutil.copytree(sliced_repo, root)
    return root


@pytest.fixture
def sliced(repo: Path) -> Doc:
    """The document the repository's snapshot was pinned from, as received."""
    document: Doc = json.loads(read_received(repo / "openapi"))
    return document


@pytest.fixture
def spec_server() -> Iterator[FaultServer]:
    with FaultServer() as server:
        yield server


def serve(server: FaultServer, name: str, document: Doc) -> str:
    server.script(f"/{name}.json", then=Reply(200, json=document))
    return f"{server.url}/{name}.json"


def digest(root: Path) -> dict[str, str]:
    """sha256 of every file regenerate may touch (the version is in openapi/snapshot.json)."""
    files = [root / "CHANGELOG.md", *sorted((root / "openapi").rglob("*"))]
    files += sorted((root / "generated").rglob("*"))
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in files
        if path.is_file() and "__pycache__" not in path.parts
    }


#: Type-checked against each new package instead of the wheel's own packages (the default), which other
#: work in the same tree may leave failing for a moment; it uses the package the way the front door does.
FACADE = """\
from dastra_client.api.work_spaces import work_spaces_list
from dastra_client.resources import AsyncResources, SyncResources


def labels(resources: SyncResources) -> list[str]:
    return [workspace.label for workspace in resources.work_spaces.list(size=10)]


async def total(resources: AsyncResources) -> int | None:
    return await resources.data_breachs.list().total()


LIST = work_spaces_list.sync_detailed
"""


@pytest.fixture
def facade(tmp_path: Path) -> tuple[str, ...]:
    package = tmp_path / "facade_like"
    package.mkdir()
    (package / "__init__.py").write_text(FACADE, encoding="utf-8")
    return (str(package),)


def regenerate(root: Path, url: str, **options: Any) -> Outcome:
    return run(Options(url=url, root=root, fetch=FAST, **options), log=lambda line: None)


def _summary(root: Path) -> Doc:
    summary: Doc = json.loads((root / ".regenerate" / "summary.json").read_text(encoding="utf-8"))
    return summary


def test_an_additive_change_is_pinned_generated_checked_and_versioned_then_a_rerun_changes_nothing(
    repo: Path, spec_server: FaultServer, sliced: Doc, facade: tuple[str, ...], tmp_path: Path
) -> None:
    url = serve(spec_server, "additive", variant(sliced, ["new-operations"]).document)
    new_method = tmp_path / "uses_the_new_method"  # type-checks against the new package only
    new_method.mkdir()
    (new_method / "__init__.py").write_text(
        "from dastra_client.resources import SyncResources\n\n\n"
        "def stats(resources: SyncResources) -> object:\n    return resources.data_breachs.stats()\n",
        encoding="utf-8",
    )

    outcome = regenerate(repo, url, typecheck_paths=(*facade, str(new_method)))

    assert outcome.exit_code == 0, outcome.message
    summary = _summary(repo)
    assert summary["change"] == "additive" and summary["updated"] is True
    assert (summary["previous_version"], summary["client_version"]) == ("1.0.0", "1.1.0")
    assert summary["operations"] == {
        "added": ["DataBreachs_Close", "DataBreachs_History", "DataBreachs_Stats"],
        "removed": [],
        "changed": [],
    }
    assert summary["breaking"] == [] and summary["error"] is None
    assert summary["calls"] == {
        "DataBreachs_Close": "dastra.data_breachs.close",
        "DataBreachs_History": "dastra.data_breachs.history",
        "DataBreachs_Stats": "dastra.data_breachs.stats",
    }
    assert summary["spec_sha256"] == json.loads((repo / "openapi" / "snapshot.json").read_text())["sha256"]
    assert summary["source"] == url
    assert set(summary["steps"]) == {"fetch", "pin", "generate", "typecheck", "contract", "changelog"}
    assert summary["steps"]["typecheck"].startswith("ok")
    assert summary["steps"]["contract"].startswith(("ok", "skipped: "))
    assert (
        repo / "generated" / paths.PACKAGE_NAME / "api" / "data_breachs" / "data_breachs_close.py"
    ).exists()
    changelog = (repo / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.index("## 1.1.0 (") < changelog.index("## 1.0.0 (")
    assert "`DataBreachs_Close`" in changelog
    body = (repo / ".regenerate" / "pull-request.md").read_text(encoding="utf-8")
    assert "**additive** change, client **1.0.0 → 1.1.0** (minor version)" in body.splitlines()[0]
    assert "- `DataBreachs_Stats`: `dastra.data_breachs.stats(...)`" in body

    before = digest(repo)
    again = regenerate(repo, url)
    assert again.exit_code == 0
    assert _summary(repo)["change"] == "none" and _summary(repo)["updated"] is False
    assert digest(repo) == before


def test_check_computes_everything_and_writes_nothing_but_the_summary(
    repo: Path, spec_server: FaultServer, sliced: Doc, tmp_path: Path, facade: tuple[str, ...]
) -> None:
    """A breaking change with ``--check --fail-on additive``: exit 3, the summary complete, nothing else."""
    url = serve(spec_server, "breaking", variant(sliced, ["nullability"]).document)
    before = digest(repo)
    summary_path = tmp_path / "out" / "summary.json"

    outcome = regenerate(
        repo,
        url,
        check=True,
        fail_on="additive",
        summary=summary_path,
        contract=False,
        typecheck_paths=facade,
    )

    assert outcome.exit_code == 3, outcome.message
    assert digest(repo) == before
    assert sorted(p.name for p in (repo / ".regenerate").iterdir()) == []  # the stage is gone, no PR body
    summary = json.loads(summary_path.read_text(encoding="utf-8"))
    assert summary["change"] == "breaking" and summary["check"] is True
    assert summary["client_version"] == "2.0.0"
    assert summary["breaking"] == ["DataBreachDto.label: now nullable"]
    assert summary["steps"]["generate"].startswith("generated/dastra_client updated")
    assert summary["steps"]["contract"] == "skipped: --no-contract"


def test_fail_on_compares_levels(repo: Path, spec_server: FaultServer) -> None:
    """The same spec: change "none", below any --fail-on level, so exit 0 with nothing changed."""
    spec_server.script("/same.json", then=Reply(200, body=read_received(repo / "openapi")))
    before = digest(repo)
    for level in ("additive", "breaking"):
        outcome = regenerate(repo, f"{spec_server.url}/same.json", fail_on=level)
        assert outcome.exit_code == 0, outcome.message
        assert _summary(repo)["change"] == "none"
    assert digest(repo) == before


def _xml_body_operation(document: Doc) -> Doc:
    """An operation the generator refuses (an XML request body): the generate step fails."""
    document = copy.deepcopy(document)
    document["paths"]["/v1/things"] = {
        "post": {
            "tags": ["Things"],
            "operationId": "Things_Create",
            "requestBody": {"content": {"application/xml": {"schema": {"type": "object"}}}},
            "responses": {"200": {"description": "ok"}},
        }
    }
    return document


def _failing_package(tmp_path: Path) -> str:
    """Hand-written code that no longer fits the package: the typecheck step fails."""
    package = tmp_path / "stale_facade"
    package.mkdir()
    (package / "__init__.py").write_text(
        "from dastra_client.resources import SyncResources\n\n\n"
        "def breaches(resources: SyncResources) -> None:\n"
        "    resources.data_breachs.no_such_method()\n",
        encoding="utf-8",
    )
    return str(package)


def _failing_contract(tmp_path: Path) -> str:
    test = tmp_path / "test_contract_fails.py"
    test.write_text("def test_the_mock_refuses_a_call() -> None:\n    assert False, 'sl-violations'\n")
    return str(test)


@pytest.mark.parametrize("step", ["fetch", "generate", "typecheck", "contract"])
def test_a_failure_at_any_step_exits_1_with_one_line_and_changes_nothing(
    step: str,
    repo: Path,
    spec_server: FaultServer,
    sliced: Doc,
    tmp_path: Path,
    facade: tuple[str, ...],
) -> None:
    additive = variant(sliced, ["new-operations"]).document
    options: dict[str, Any] = {"contract": step == "contract", "typecheck_paths": facade}
    if step == "fetch":
        spec_server.script("/down.json", then=Reply(503, json={}))
        url = f"{spec_server.url}/down.json"
    elif step == "generate":
        url = serve(spec_server, "xml", _xml_body_operation(sliced))
    else:
        url = serve(spec_server, "additive", additive)
    if step == "typecheck":
        options["typecheck_paths"] = (_failing_package(tmp_path),)
    if step == "contract":
        options["contract_tests"] = (_failing_contract(tmp_path),)
    before = digest(repo)

    outcome = regenerate(repo, url, **options)

    assert outcome.exit_code == 1
    assert outcome.message.startswith(f"error: {step}: ") and "\n" not in outcome.message, outcome.message
    assert digest(repo) == before
    summary = _summary(repo)
    assert summary["error"].startswith(f"{step}: ") and summary["updated"] is False
    assert [p.name for p in (repo / ".regenerate").iterdir()] == ["summary.json"]
    expected = {
        "fetch": "HTTP 503",
        "generate": "POST /v1/things",
        "typecheck": "no_such_method",
        "contract": "test_the_mock_refuses_a_call",
    }[step]
    assert expected in outcome.message


def test_an_unexpected_error_in_a_step_is_one_line_too(
    repo: Path, spec_server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug of the pipeline itself (here the pin raising) still ends in one line, a summary, no change."""
    import dastra_codegen.regenerate as regenerate_module

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise KeyError("client_version")

    monkeypatch.setattr(regenerate_module, "pin", broken)
    spec_server.script("/same.json", then=Reply(200, body=read_received(repo / "openapi")))
    before = digest(repo)
    outcome = regenerate(repo, f"{spec_server.url}/same.json")
    assert outcome.exit_code == 1
    assert outcome.message == "error: pin: KeyError: 'client_version'"
    assert digest(repo) == before and _summary(repo)["error"] == "pin: KeyError: 'client_version'"


def test_the_command_line_exit_codes_and_one_line_error(
    repo: Path, spec_server: FaultServer, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    spec_server.script("/gone.json", then=Reply(404, json={}))
    summary = tmp_path / "s.json"
    argv = [
        "regenerate",
        "--root",
        str(repo),
        "--url",
        f"{spec_server.url}/gone.json",
        "--summary",
        str(summary),
    ]
    assert main([*argv, "--retries", "0"]) == 1
    error = capsys.readouterr().err
    assert error.startswith("error: fetch: ") and error.count("\n") == 1 and "HTTP 404" in error
    assert json.loads(summary.read_text())["error"].startswith("fetch: ")
    with pytest.raises(SystemExit) as usage:
        main(["regenerate", "--fail-on", "everything"])
    assert usage.value.code == 2


def test_the_typecheck_step_checks_the_wheels_hand_written_packages_by_default() -> None:
    assert shipped_packages() == ("dastra_auth", "dastra")


def test_a_pull_request_body_stays_under_githubs_limit() -> None:
    """The 2021 -> 2023 change is 1,095 changes; a body lists at most MAX_LISTED of each kind."""
    summary: Doc = {
        "previous_version": "1.0.0",
        "client_version": "2.0.0",
        "change": "breaking",
        "source": "x.json",
        "spec_sha256": "0" * 64,
        "retrieved_at": "2026-01-01T00:00:00Z",
        "breaking": [f"GET /v1/thing{n}: removed" for n in range(5000)],
        "operations": {"added": [f"Op{n}" for n in range(5000)], "removed": [], "changed": []},
        "calls": {},
        "steps": {"fetch": "ok"},
    }
    body = pull_request_body(summary, None)
    assert len(body) < 65_536
    assert "- ... and 4900 more: see openapi/CHANGELOG.md" in body
    assert body.index("### Breaking") < body.index("### New operations")


def test_a_changelog_section_goes_above_the_previous_ones() -> None:
    existing = "# Changelog\n\nIntro.\n\n## 1.0.0 (x)\n\nFirst.\n"
    assert prepend_changelog(existing, "## 1.1.0 (y)\n\nNew.\n") == (
        "# Changelog\n\nIntro.\n\n## 1.1.0 (y)\n\nNew.\n\n## 1.0.0 (x)\n\nFirst.\n"
    )
    assert prepend_changelog("# Changelog\n", "## 1.0.0 (x)\n") == "# Changelog\n\n## 1.0.0 (x)\n"
