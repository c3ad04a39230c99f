"""``python -m dastra_sandbox``: run the local sandbox until Ctrl-C (what ``nox -s sandbox`` runs)."""

from __future__ import annotations

import argparse
import shlex
import signal
import sys
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

from dastra_sandbox.local_sandbox import LocalSandbox
from dastra_sandbox.mock_api import default_spec_path, prism_unavailable_reason


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m dastra_sandbox",
        description="Run Dastra's OAuth2 authorization server and a validating API mock on 127.0.0.1.",
    )
    parser.add_argument(
        "--spec", type=Path, default=None, help="OpenAPI document (default: the pinned snapshot)"
    )
    parser.add_argument("--seed", default=None, help="make the mock's generated answers repeatable")
    parser.add_argument(
        "--mock-log",
        type=Path,
        default=None,
        help="file for the mock's request log (default: a temporary file)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = _parser().parse_args(argv)
    reason = prism_unavailable_reason()
    if reason is not None:
        print(f"dastra_sandbox: {reason}", file=sys.stderr)
        return 2
    spec = arguments.spec or default_spec_path()
    with tempfile.TemporaryDirectory(prefix="dastra-sandbox-") as scratch:
        log_path = arguments.mock_log or Path(scratch) / "mock-api.log"
        sandbox = LocalSandbox(spec_path=spec, seed=arguments.seed, mock_log_path=log_path)
        stop = threading.Event()

        def request_stop(signum: int, frame: FrameType | None) -> None:
            stop.set()

        signal.signal(signal.SIGTERM, request_stop)
        # Ctrl-C must work even when started with SIGINT ignored (e.g. from a background job).
        signal.signal(signal.SIGINT, signal.default_int_handler)
        try:
            with sandbox:
                print(describe(sandbox, spec, log_path), flush=True)
                while not stop.wait(timeout=0.5):  # wakes up for Ctrl-C too
                    pass
        except KeyboardInterrupt:
            pass
        print("dastra_sandbox: stopped", flush=True)
    return 0


def describe(sandbox: LocalSandbox, spec: Path, log_path: Path) -> str:
    environment = sandbox.environment()
    lines = [
        "Dastra sandbox running on 127.0.0.1",
        f"  authorization server  {sandbox.authorization_server.url}  (token: {environment['DASTRA_TOKEN_URL']})",
        f"  API mock (Prism)      {sandbox.mock_api.url}  (validates requests against {spec.name})",
        f"  mock request log      {log_path}",
        "",
        "Point dastra at it (in another shell):",
        *(f"  export {name}={shlex.quote(value)}" for name, value in environment.items()),
        "",
        "Then: nox -s demo   (or any script using dastra.connect.create_client())",
        "Ctrl-C stops the sandbox.",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
