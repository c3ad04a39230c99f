"""``python -m dastra_sandbox``: run the local sandbox until Ctrl-C or SIGTERM (what ``nox -s sandbox`` runs).

By default it serves the seeded fake Dastra (:mod:`dastra.testing`) on 127.0.0.1: stateful, with real-looking
data, the same for the same ``--seed``. ``--prism`` runs the validating contract mode instead: the real OAuth2
authorization server and Stoplight Prism's mock of the pinned spec (Node.js needed). Either way it prints one
``export`` line per ``DASTRA_*`` variable a service needs, and stops everything it started on Ctrl-C or SIGTERM.
"""

from __future__ import annotations

import argparse
import contextlib
import shlex
import signal
import sys
import tempfile
import threading
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import FrameType

#: The client id the sandbox's credentials use, in both modes (the secret is made per run or per seed).
CLIENT_ID = "sandbox-public-key"
#: What the last banner line says; scripts (and tests) wait for it.
READY_LINE = "Ctrl-C stops the sandbox."


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m dastra_sandbox",
        description="Serve a fake Dastra (or, with --prism, Prism's validating mock) on 127.0.0.1.",
    )
    parser.add_argument(
        "--prism", action="store_true", help="the validating contract mode: Prism + OAuth2 server"
    )
    parser.add_argument("--seed", default=None, help="seed of the data (fake: default 0; Prism: its answers)")
    parser.add_argument("--port", type=int, default=0, help="fake mode: the port (default: a free one)")
    parser.add_argument(
        "--spec", type=Path, default=None, help="--prism: OpenAPI document (default: the pinned snapshot)"
    )
    parser.add_argument(
        "--mock-log",
        type=Path,
        default=None,
        help="--prism: file for Prism's request log (default: a temporary file)",
    )
    return parser


@contextlib.contextmanager
def _fake(arguments: argparse.Namespace) -> Iterator[tuple[list[str], dict[str, str]]]:
    from dastra.testing import FakeDastra

    seed = arguments.seed if arguments.seed is not None else "0"
    fake = FakeDastra(seed=int(seed) if seed.isdigit() else seed, client_id=CLIENT_ID)
    with fake.serve(port=arguments.port) as served:
        banner = [
            "Dastra sandbox running on 127.0.0.1",
            f"  fake Dastra (seed {seed})  {served.url}  (token: {served.token_url})",
            f"  workspaces {', '.join(fake.workspace_ids)}; resources with seeded data: {len(fake.resources())}",
        ]
        yield banner, served.environment()


@contextlib.contextmanager
def _prism(arguments: argparse.Namespace) -> Iterator[tuple[list[str], dict[str, str]]]:
    from dastra_sandbox.local_sandbox import LocalSandbox
    from dastra_sandbox.mock_api import default_spec_path, prism_unavailable_reason

    reason = prism_unavailable_reason()
    if reason is not None:
        raise SystemExit(f"dastra_sandbox: {reason}")
    spec = arguments.spec or default_spec_path()
    with tempfile.TemporaryDirectory(prefix="dastra-sandbox-") as scratch:
        log_path = arguments.mock_log or Path(scratch) / "mock-api.log"
        sandbox = LocalSandbox(
            spec_path=spec, seed=arguments.seed, mock_log_path=log_path, client_id=CLIENT_ID
        )
        with sandbox:
            environment = sandbox.environment()
            # Prism accepts any workspace; a webhook key of this run signs what a test emits.
            environment.update(DASTRA_WORKSPACE_ID="1", DASTRA_WEBHOOK_KEY=str(uuid.uuid4()))
            banner = [
                "Dastra sandbox running on 127.0.0.1 (Prism mode)",
                f"  authorization server  {sandbox.authorization_server.url}  (token: {environment['DASTRA_TOKEN_URL']})",
                f"  API mock (Prism)      {sandbox.mock_api.url}  (validates requests against {spec.name})",
                f"  mock request log      {log_path}",
            ]
            yield banner, environment


def describe(banner: list[str], environment: dict[str, str]) -> str:
    lines = [
        *banner,
        "",
        "Point a service at it (in another shell):",
        *(f"export {name}={shlex.quote(value)}" for name, value in environment.items()),
        "",
        "Then: nox -s demo   (or any script using dastra.Dastra())",
        READY_LINE,
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = _parser().parse_args(argv)
    stop = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    # SIGTERM and SIGINT (also when started with SIGINT ignored, as a background job) stop the servers.
    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    with (_prism if arguments.prism else _fake)(arguments) as (banner, environment):
        print(describe(banner, environment), flush=True)
        while not stop.wait(timeout=0.5):
            pass
    print("dastra_sandbox: stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
