"""``nox -s sandbox`` serves the seeded fake by default: it prints one ``export`` per variable a service needs,
the exported values work, the data is the same for the same seed, and SIGTERM to nox stops every process it
started. ``nox -s demo`` prints real-looking data against it."""

from __future__ import annotations

import io
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest

from dastra import Dastra
from dastra.connect import create_client
from dastra.settings import DastraSettings
from dastra.testing import FakeDastra
from dastra_sandbox.__main__ import READY_LINE
from dastra_sandbox.demo import main as demo_main
from dastra_sandbox.demo import run_demo

ROOT = Path(__file__).resolve().parents[2]
VARIABLES = {
    "DASTRA_API_URL",
    "DASTRA_TOKEN_URL",
    "DASTRA_CLIENT_ID",
    "DASTRA_CLIENT_SECRET",
    "DASTRA_WORKSPACE_ID",
    "DASTRA_WEBHOOK_KEY",
}
#: What runs the noxfile's sandbox session here: its own function, with nox's command runner (the one
#: ``Session.run`` uses) and no virtualenv to build.
NOX_SESSION = """
import sys
import nox.command
import noxfile

class Session:
    posargs = sys.argv[1:]
    def install(self, *args, **kwargs):
        pass
    def run(self, *args, interrupt_timeout, terminate_timeout):
        nox.command.run([sys.executable, *args[1:]], external=True,
                        interrupt_timeout=interrupt_timeout, terminate_timeout=terminate_timeout)

noxfile.sandbox(Session())
"""


def _environment() -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DASTRA_")}
    environment["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "generated")])
    return environment


def _start(command: list[str]) -> tuple[subprocess.Popen[str], dict[str, str], str]:
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=_environment(), cwd=ROOT
    )
    assert process.stdout is not None
    printed: list[str] = []
    for line in process.stdout:  # blocks until the runner prints; it prints once it serves
        printed.append(line)
        if READY_LINE in line:
            break
    text = "".join(printed)
    return process, dict(re.findall(r"^export (DASTRA_[A-Z_]+)=(\S+)$", text, flags=re.MULTILINE)), text


def _descendants(pid: int) -> set[int]:
    """Every living process under ``pid`` (read from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(entry.name))
    found: set[int] = set()
    stack = [pid]
    while stack:
        for child in children.get(stack.pop(), []):
            found.add(child)
            stack.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.fixture
def sandbox_process() -> Iterator[tuple[subprocess.Popen[str], dict[str, str], str]]:
    started = _start([sys.executable, "-m", "dastra_sandbox"])
    try:
        yield started
    finally:
        if started[0].poll() is None:
            started[0].kill()
            started[0].wait()


def test_the_default_sandbox_prints_working_exports_and_stops_on_sigterm(
    sandbox_process: tuple[subprocess.Popen[str], dict[str, str], str],
) -> None:
    process, exports, text = sandbox_process
    assert set(exports) == VARIABLES, text
    assert text.count("export ") == len(VARIABLES)
    with Dastra(DastraSettings.from_env(environ=exports)) as dastra:
        labels = [breach.label for breach in dastra.data_breachs.list()]
    assert len(labels) == 24 and all(labels)
    same = FakeDastra(seed=0)  # the same seed serves the same data
    assert labels == [item["label"] for item in same.items("DataBreachs", exports["DASTRA_WORKSPACE_ID"])]
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=30) == 0
    with pytest.raises(httpx2.ConnectError):
        httpx2.get(exports["DASTRA_API_URL"], timeout=5)


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the processes nox started")
def test_sigterm_to_the_nox_session_leaves_no_process_running() -> None:
    nox, exports, text = _start([sys.executable, "-c", NOX_SESSION])
    try:
        assert set(exports) == VARIABLES, text
        started = _descendants(nox.pid)
        assert started, "the session runs the sandbox in a child process"
        nox.send_signal(signal.SIGTERM)
        nox.wait(timeout=30)
        survivors = {pid for pid in started if _alive(pid)}
        assert not survivors, f"still running after SIGTERM to nox: {survivors}"
        with pytest.raises(httpx2.ConnectError):
            httpx2.get(exports["DASTRA_API_URL"], timeout=5)
    finally:
        if nox.poll() is None:
            nox.kill()
            nox.wait()


def test_the_demo_prints_real_looking_data_against_the_default_sandbox() -> None:
    fake = FakeDastra(seed=0)
    out = io.StringIO()
    with (
        fake.serve() as served,
        create_client(DastraSettings.from_env(environ=served.environment())) as client,
    ):
        run_demo(client, fake.workspace_id, 10, 5, out=out)
    text = out.getvalue()
    assert "None" not in text and "Unset" not in text, text
    assert "Workspaces: 3 shown, total 3" in text
    assert re.findall(r"^  page (\d+): ", text, flags=re.MULTILINE) == ["1", "2", "3"]
    assert "24 data subject requests read" in text
    totals = [int(total) for total in re.findall(r"API total (-?\d+)", text)]
    assert totals and all(total == 24 for total in totals)


def test_the_demo_starts_a_fake_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("DASTRA_"):
            monkeypatch.delenv(name)
    out = io.StringIO()
    assert demo_main(["--page-size", "20"], out=out) == 0
    assert "Started a fake Dastra (seed 0)" in out.getvalue() and "None" not in out.getvalue()
