"""A validating mock of the Dastra API, driven by the pinned spec: Stoplight Prism in dynamic mode on 127.0.0.1.

Prism checks every request against the spec (path, query, headers, body and that credentials are present) and
answers with data generated from the response schemas. An invalid request gets a ``422`` problem document, or
an ``sl-violations`` header; a request without credentials gets a ``401``.

Prism is a Node.js program pinned in ``sandbox/package.json`` and installed with ``npm ci --prefix sandbox``.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any, Self

import httpx2

from dastra_sandbox.serving import Service

__all__ = [
    "DEFAULT_FAKER_OPTIONS",
    "PRISM_VERSION",
    "SANDBOX_NODE_DIR",
    "MockAPI",
    "default_spec_path",
    "find_prism",
    "prism_compatible",
    "prism_unavailable_reason",
]

PRISM_VERSION = "5.14.2"
"""The Prism release pinned in sandbox/package.json (the newest one that still runs on Node 20)."""

_REPO_ROOT = Path(__file__).resolve().parent.parent
SANDBOX_NODE_DIR = _REPO_ROOT / "sandbox"
"""Where sandbox/package.json, its lock file and node_modules/ live."""

SPEC_ENV_VAR = "DASTRA_SANDBOX_SPEC"

DEFAULT_FAKER_OPTIONS: Mapping[str, Any] = {
    "alwaysFakeOptionals": False,
    "optionalsProbability": 0.5,
    "minItems": 1,
    "maxItems": 3,
    "refDepthMax": 2,
}
"""json-schema-faker options for Prism's generated answers. Prism's own defaults fill every optional property
of every nested object, which for Dastra's deeply linked DTOs exhausts Node's heap; these keep answers small
and also leave optional properties out, as the real API does."""


def default_spec_path() -> Path:
    """The pinned normalized snapshot, or the file named by ``$DASTRA_SANDBOX_SPEC``."""
    override = os.environ.get(SPEC_ENV_VAR)
    if override:
        return Path(override)
    return _REPO_ROOT / "openapi" / "dastra-api.json"


def find_prism(node_dir: Path = SANDBOX_NODE_DIR) -> Path | None:
    """The installed ``prism`` executable, or None when ``npm ci`` has not been run."""
    executable = node_dir / "node_modules" / ".bin" / "prism"
    return executable if executable.is_file() else None


def prism_unavailable_reason(node_dir: Path = SANDBOX_NODE_DIR) -> str | None:
    """Why the mock cannot start here (one line), or None when Node.js and Prism are both installed."""
    if shutil.which("node") is None:
        return "Node.js is not installed (the Prism mock needs node >= 18.20)"
    if find_prism(node_dir) is None:
        return f"Prism is not installed: run `npm ci --prefix {node_dir}`"
    return None


_ANNOTATIONS = ("description", "title", "readOnly", "writeOnly", "deprecated", "default")


def prism_compatible(document: Any) -> Any:
    """``document`` with its nullable schemas spelled so that Prism validates them; same meaning.

    Prism turns ``type: T, nullable: true`` into JSON Schema's ``type: [T, "null"]`` (appending ``null`` to
    ``enum``) and validates with Ajv. Two spellings defeat it, and Prism then *silently skips* validating
    the whole body: ``nullable`` without ``type`` (``{"allOf": [{"$ref": ...}], "nullable": true}``), which
    Ajv refuses to compile, and an ``enum`` that already lists ``null``, which becomes a duplicate. The first
    becomes ``{"anyOf": [<it without nullable>, {"type": "null"}]}`` (a bare ``{"nullable": true}`` just
    loses the keyword), the second loses its ``null`` (Prism adds it back). Returns a new document.
    """
    if isinstance(document, list):
        return [prism_compatible(item) for item in document]
    if not isinstance(document, dict):
        return document
    converted = {key: prism_compatible(value) for key, value in document.items()}
    if converted.get("nullable") is not True:
        return converted
    if "type" in converted:
        if isinstance(converted.get("enum"), list) and None in converted["enum"]:
            converted["enum"] = [value for value in converted["enum"] if value is not None]
        return converted
    del converted["nullable"]
    outer = {key: converted.pop(key) for key in _ANNOTATIONS if key in converted}
    if converted:  # else: any value was allowed already, null included
        outer["anyOf"] = [converted, {"type": "null"}]
    return outer


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


class MockAPI(Service):
    """One Prism process serving ``spec_path`` on ``host``; a context manager.

    ``port=0`` picks a free port. ``log_path`` receives Prism's output (one line per request); without it the
    output goes to this process's stdout. ``seed`` makes the generated answers repeatable.
    """

    def __init__(
        self,
        spec_path: Path | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        seed: str | None = None,
        log_path: Path | None = None,
        faker_options: Mapping[str, Any] | None = DEFAULT_FAKER_OPTIONS,
        startup_timeout: float = 60.0,
        stop_timeout: float = 5.0,
        node_dir: Path = SANDBOX_NODE_DIR,
    ) -> None:
        self.spec_path = spec_path if spec_path is not None else default_spec_path()
        self.host = host
        self.seed = seed
        self.log_path = log_path
        self.faker_options = dict(faker_options) if faker_options else None
        self.startup_timeout = startup_timeout
        self.stop_timeout = stop_timeout
        self.node_dir = node_dir
        self._requested_port = port
        self._port: int | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._log_file: IO[bytes] | None = None
        self._work_dir: tempfile.TemporaryDirectory[str] | None = None

    def __repr__(self) -> str:
        state = f"url={self.url!r}" if self._port is not None else "stopped"
        return f"MockAPI(spec={self.spec_path.name!r}, {state})"

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the mock API is not running: call start() first")
        return self._port

    @property
    def url(self) -> str:
        """Base URL of the running mock, e.g. ``http://127.0.0.1:41234``."""
        return f"http://{self.host}:{self.port}"

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def start(self) -> Self:
        """Start Prism and wait until it answers HTTP; raise RuntimeError if it cannot."""
        if self._process is not None:
            raise RuntimeError("the mock API is already running")
        executable = find_prism(self.node_dir)
        reason = prism_unavailable_reason(self.node_dir)
        if executable is None or reason is not None:
            raise FileNotFoundError(reason or "Prism is not installed")
        if not self.spec_path.is_file():
            raise FileNotFoundError(f"spec not found: {self.spec_path}")
        try:
            served_spec = self._served_spec()
            # A port picked here can be taken by someone else before Prism binds it: try a few.
            attempts = 1 if self._requested_port else 3
            last_error = ""
            for _ in range(attempts):
                port = self._requested_port or _free_port(self.host)
                try:
                    self._launch(executable, served_spec, port)
                    self._wait_until_ready(port)
                except RuntimeError as error:
                    last_error = str(error)
                    self._stop_process()
                    continue
                self._port = port
                return self
            raise RuntimeError(f"Prism did not start: {last_error}")
        except BaseException:
            self.stop()  # also on Ctrl-C while waiting: leave nothing running
            raise

    def _served_spec(self) -> Path:
        """The copy of the spec Prism reads: :func:`prism_compatible`, plus the ``x-json-schema-faker``
        options (an extension Prism reads from the document root)."""
        document = prism_compatible(json.loads(self.spec_path.read_text(encoding="utf-8")))
        if self.faker_options:
            document["x-json-schema-faker"] = self.faker_options
        self._work_dir = tempfile.TemporaryDirectory(prefix="dastra-mock-")
        served = Path(self._work_dir.name) / self.spec_path.name
        served.write_text(json.dumps(document), encoding="utf-8")
        return served

    def _launch(self, executable: Path, spec: Path, port: int) -> None:
        command = [
            str(executable),
            "mock",
            "--dynamic",
            "--host",
            self.host,
            "--port",
            str(port),
        ]
        if self.seed is not None:
            command += ["--seed", self.seed]
        command.append(str(spec))
        output: IO[bytes] | None = None
        if self.log_path is not None:
            self._log_file = output = self.log_path.open("ab")
        # Own session, so own process group: stop() signals the group and nothing else.
        self._process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT if output is not None else None,
            start_new_session=True,
            preexec_fn=_die_with_parent if sys.platform == "linux" else None,
        )

    def _wait_until_ready(self, port: int) -> None:
        assert self._process is not None
        deadline = time.monotonic() + self.startup_timeout
        url = f"http://{self.host}:{port}/"
        with httpx2.Client(timeout=2.0) as probe:
            while time.monotonic() < deadline:
                exit_code = self._process.poll()
                if exit_code is not None:
                    raise RuntimeError(
                        f"Prism exited with code {exit_code} (see {self.log_path or 'its output'})"
                    )
                try:
                    probe.get(url)  # any HTTP answer (Prism says 404 for "/") means it is serving
                except httpx2.TransportError:
                    time.sleep(0.1)  # poll interval, not a readiness guess
                    continue
                return
        raise RuntimeError(f"Prism did not answer on {url} within {self.startup_timeout:.0f} s")

    def stop(self) -> None:
        """Stop Prism's process group: SIGTERM, then SIGKILL after ``stop_timeout``. Safe to call twice."""
        self._stop_process()
        if self._work_dir is not None:
            self._work_dir.cleanup()
            self._work_dir = None

    def _stop_process(self) -> None:
        process, self._process = self._process, None
        self._port = None
        if process is not None and process.poll() is None:
            _signal_group(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=self.stop_timeout)
            except subprocess.TimeoutExpired:
                _signal_group(process.pid, signal.SIGKILL)
                process.wait()
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None


def _die_with_parent() -> None:
    """In the child, before Prism starts: the kernel sends it SIGTERM if this process dies, even by SIGKILL
    (``PR_SET_PDEATHSIG``), so Prism never outlives the sandbox that started it."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG = 1


def _signal_group(pgid: int, signum: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signum)
