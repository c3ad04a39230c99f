"""``nox -s build``: the sdist and the wheel, what they hold, and the wheel working in a fresh virtual
environment outside the repository, against a loopback server."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import sysconfig
import textwrap
import venv
from collections.abc import Iterator
from email.message import Message
from pathlib import Path

import pytest

from dastra_codegen import paths
from dastra_codegen.build import BuildResult, build, wheel_members, wheel_metadata, wheel_problems
from tests.servers.faults import FaultServer, Reply

TOKEN = {"access_token": "wheel-token", "token_type": "Bearer", "expires_in": 3600}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    return build(paths.ROOT, tmp_path_factory.mktemp("dist") / "dist")


def test_the_sdist_and_the_wheel_are_built_and_hold_what_is_promised(built: BuildResult) -> None:
    assert sorted(p.name for p in built.sdist.parent.iterdir()) == sorted(
        [built.sdist.name, built.wheel.name]
    )
    version = json.loads((paths.OPENAPI_DIR / "snapshot.json").read_text(encoding="utf-8"))["client_version"]
    assert built.wheel.name == f"dastra_client-{version}-py3-none-any.whl"
    members = wheel_members(built.wheel)
    metadata = wheel_metadata(built.wheel)
    assert wheel_problems(members, metadata) == []
    license_file = next(name for name in members if name.endswith("licenses/LICENSE"))
    assert members[license_file] == hashlib.sha256((paths.ROOT / "LICENSE").read_bytes()).hexdigest()
    assert "Typing :: Typed" in (metadata.get_all("Classifier") or [])
    urls = dict(entry.split(", ", 1) for entry in metadata.get_all("Project-URL") or [])
    assert set(urls) == {"Documentation", "Changelog", "Source", "Issues"}
    assert all(url.startswith("https://") for url in urls.values())


def test_the_checks_see_what_a_wheel_lacks() -> None:
    """The checks can fail: a wheel without its license, a classifier, a URL or a py.typed, with a test."""
    members = {"dastra/__init__.py": "x", "dastra_auth/__init__.py": "x", "dastra_auth/py.typed": "x"}
    members |= {"dastra_client/__init__.py": "x", "dastra_client/py.typed": "x", "tests/test_x.py": "x"}
    metadata = Message()
    metadata["License-Expression"] = "MIT"
    metadata["Classifier"] = "Typing :: Typed"
    metadata["Project-URL"] = "Source, https://example.invalid/"
    problems = wheel_problems(members, metadata)
    assert "package dastra (with its py.typed) is missing" in problems
    assert "no LICENSE file under .dist-info/licenses/" in problems
    assert "classifier 'Programming Language :: Python :: 3.11' is missing" in problems
    assert "Project-URL 'Changelog' is missing" in problems
    assert "tests/test_x.py should not be shipped" in problems
    assert "Project-URL 'Source' is missing" not in problems


@pytest.fixture(scope="module")
def fresh_venv(built: BuildResult, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtual environment outside the repository with only the wheel installed in it.

    Its dependencies (httpx2, attrs, authlib...) are read from this interpreter's site-packages through
    a path entry, so nothing is downloaded; that folder's own ``.pth`` files (the editable install of
    the repository) are not processed for such an entry, so the repository is not on the path.
    """
    root = tmp_path_factory.mktemp("venv") / "env"
    venv.EnvBuilder(with_pip=True, clear=True).create(root)
    python = root / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(built.wheel)],
        check=True,
        env=_clean_env(),
    )
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    (site / "zz_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return python


def _clean_env() -> dict[str, str]:
    return {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "DASTRA_", "VIRTUAL_ENV", "PIP_"))
    }


CALL = textwrap.dedent(
    """
    import json, sys
    import dastra, dastra_auth, dastra_client
    from dastra import Dastra

    with Dastra() as client:
        labels = [workspace.label for workspace in client.work_spaces.list(size=2)]
    print(json.dumps({
        "labels": labels,
        "files": [dastra.__file__, dastra_auth.__file__, dastra_client.__file__],
        "path": sys.path,
        "version": dastra_client.__version__,
    }))
    """
)


@pytest.fixture
def api() -> Iterator[FaultServer]:
    with FaultServer() as server:
        server.script("/connect/token", then=Reply(200, json=TOKEN))
        server.paged("/v1/WorkSpaces", 3, item=lambda n: {"id": n, "label": f"workspace {n}"})
        yield server


def test_the_wheel_works_in_a_fresh_environment_outside_the_repository(
    fresh_venv: Path, api: FaultServer, tmp_path: Path
) -> None:
    env = _clean_env() | {
        "DASTRA_CLIENT_ID": "wheel-client",
        "DASTRA_CLIENT_SECRET": "wheel-secret",
        "DASTRA_API_URL": api.url,
        "DASTRA_TOKEN_URL": f"{api.url}/connect/token",
    }
    run = subprocess.run(
        [str(fresh_venv), "-I", "-c", CALL],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    answer = json.loads(run.stdout)
    assert answer["labels"] == ["workspace 1", "workspace 2", "workspace 3"]  # two pages of two
    environment = fresh_venv.parent.parent
    assert all(Path(file).is_relative_to(environment) for file in answer["files"]), answer["files"]
    repository = paths.ROOT.resolve()
    # The one entry allowed inside the repository: the dependencies' folder the fixture adds, which is
    # there when the test environment itself lives in the checkout (nox's .nox/).
    dependencies = Path(sysconfig.get_paths()["purelib"]).resolve()
    for entry in answer["path"]:
        resolved = Path(entry).resolve() if entry else Path(tmp_path).resolve()
        assert resolved == dependencies or not resolved.is_relative_to(repository), entry
        assert not resolved.is_relative_to(repository.parent / "shared"), entry
    expected = json.loads((paths.OPENAPI_DIR / "snapshot.json").read_text(encoding="utf-8"))["client_version"]
    assert answer["version"] == expected
    pages = api.requests_to("/v1/WorkSpaces")
    assert [r.query["page"] for r in pages] == [["1"], ["2"]]
    assert all(
        {k.lower(): v for k, v in r.headers.items()}["authorization"] == "Bearer wheel-token" for r in pages
    )
    assert len(api.requests_to("/connect/token")) == 1
    assert not Path(answer["files"][0]).is_relative_to(sys.prefix)


FAKE = textwrap.dedent(
    """
    import importlib.resources, json
    from dastra.testing import FakeDastra

    with FakeDastra(seed=0).client() as client:
        total = client.data_breachs.list().total
    spec = importlib.resources.files("dastra.testing").joinpath("dastra-api.json")
    print(json.dumps({"total": total, "spec": str(spec)}))
    """
)


def test_the_fake_of_the_testing_extra_reads_the_spec_the_wheel_carries(
    fresh_venv: Path, tmp_path: Path
) -> None:
    run = subprocess.run(
        [str(fresh_venv), "-I", "-c", FAKE],
        cwd=tmp_path,
        env=_clean_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    answer = json.loads(run.stdout)
    assert answer["total"] == 24
    assert Path(answer["spec"]).is_relative_to(fresh_venv.parent.parent), answer["spec"]
