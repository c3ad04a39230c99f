"""``python -m dastra.testing``: serve a seeded fake Dastra on 127.0.0.1 until Ctrl-C or SIGTERM.

Prints one ``export`` line per ``DASTRA_*`` variable, to paste in another shell or hand to a service written
in any language: the API URL, the token URL, the credentials, the seeded workspace and the webhook key
(``--exports`` prints only those lines). The same seed serves the same data.
"""

from __future__ import annotations

import argparse
import shlex
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType
from typing import TextIO

from dastra.testing._fake import FakeDastra

__all__ = ["exports", "main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m dastra.testing", description=(__doc__ or "").partition("\n")[0]
    )
    parser.add_argument(
        "--seed", default="0", help="seed of the data (default 0); the same seed, the same data"
    )
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    parser.add_argument("--workspaces", type=int, default=3, help="seeded workspaces (default 3)")
    parser.add_argument(
        "--items", type=int, default=24, help="seeded items per resource and workspace (default 24)"
    )
    parser.add_argument(
        "--client-id", default="dastra-sandbox", help="the client id the token endpoint accepts"
    )
    parser.add_argument(
        "--exports", action="store_true", help="print only the export lines (for eval), not the banner"
    )
    return parser


def exports(environment: dict[str, str]) -> list[str]:
    """One shell ``export`` line per variable, quoted for ``eval``."""
    return [f"export {name}={shlex.quote(value)}" for name, value in environment.items()]


def _seed(text: str) -> int | str:
    return int(text) if text.lstrip("-").isdigit() else text


def main(argv: Sequence[str] | None = None, *, out: TextIO = sys.stdout) -> int:
    arguments = _parser().parse_args(argv)
    fake = FakeDastra(
        seed=_seed(arguments.seed),
        workspaces=arguments.workspaces,
        items_per_resource=arguments.items,
        client_id=arguments.client_id,
    )
    stop = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    with fake.serve(port=arguments.port) as served:
        lines = exports(served.environment())
        if not arguments.exports:
            lines = [f"Fake Dastra (seed {arguments.seed}) on {served.url}; Ctrl-C stops it.", *lines]
        print("\n".join(lines), file=out, flush=True)
        while not stop.wait(timeout=0.5):
            pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
