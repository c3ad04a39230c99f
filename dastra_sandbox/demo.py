"""``python -m dastra_sandbox.demo``: the client end to end against the sandbox (what ``nox -s demo`` runs).

Authenticates with client credentials, lists the workspaces, then pages through one workspace's data subject
requests with the pagination helper, printing progress and a short summary. It uses the sandbox named by the
``DASTRA_*`` variables when ``DASTRA_API_URL`` is on 127.0.0.1 (see ``python -m dastra_sandbox``), else it
starts one of its own: the seeded fake Dastra (real-looking, consistent data), or with ``--prism`` Prism's
mock, whose invented answers are schema-valid but random.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit

from dastra.connect import create_client
from dastra.paging import paginate
from dastra.settings import DastraSettings, is_loopback_host
from dastra_client import Client
from dastra_client.api.data_subject_requests import data_subject_requests_list
from dastra_client.api.work_spaces import work_spaces_list
from dastra_client.models import DataSubjectRequestDto, DataSubjectRequestDtoPagedList
from dastra_client.types import Unset
from dastra_sandbox.local_sandbox import LocalSandbox
from dastra_sandbox.mock_api import DEFAULT_FAKER_OPTIONS, prism_unavailable_reason

ListFunction = Callable[..., DataSubjectRequestDtoPagedList | None]

#: Fuller answers than the contract test's: optional fields filled, no nulls, small nested lists.
DEMO_FAKER_OPTIONS = {
    **DEFAULT_FAKER_OPTIONS,
    "alwaysFakeOptionals": True,
    "omitNulls": True,
    "refDepthMax": 1,
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m dastra_sandbox.demo", description=__doc__)
    parser.add_argument(
        "--workspace", default=None, help="workspace id (default: DASTRA_WORKSPACE_ID, else the first listed)"
    )
    parser.add_argument("--page-size", type=int, default=10, help="items per page (1-500)")
    parser.add_argument("--max-pages", type=int, default=5, help="stop after this many pages")
    parser.add_argument("--prism", action="store_true", help="start Prism's mock instead of the fake Dastra")
    parser.add_argument(
        "--seed",
        default=None,
        help="seed of the sandbox the demo starts (fake: 0; Prism: 5, which has lists)",
    )
    return parser


def main(argv: Sequence[str] | None = None, *, out: TextIO = sys.stdout) -> int:
    arguments = _parser().parse_args(argv)
    with contextlib.ExitStack() as stack:
        if os.environ.get("DASTRA_API_URL"):
            settings = DastraSettings.from_env()
            if not is_loopback_host(urlsplit(settings.api_url).hostname or ""):
                print(
                    f"demo: DASTRA_API_URL={settings.api_url} is not a local sandbox; unset it",
                    file=sys.stderr,
                )
                return 2
            print(f"Using the sandbox at {settings.api_url}", file=out)
        elif arguments.prism:
            reason = prism_unavailable_reason()
            if reason is not None:
                print(f"demo: {reason}", file=sys.stderr)
                return 2
            scratch = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="dastra-demo-")))
            sandbox = stack.enter_context(
                LocalSandbox(
                    seed=arguments.seed or "5",
                    mock_log_path=scratch / "mock-api.log",
                    faker_options=DEMO_FAKER_OPTIONS,
                )
            )
            settings = DastraSettings.from_env(environ=sandbox.environment())
            print(f"Started Prism's mock {sandbox.mock_api.url}, tokens {settings.token_url}", file=out)
        else:
            from dastra.testing import FakeDastra

            seed = arguments.seed or "0"
            fake = FakeDastra(seed=int(seed) if seed.isdigit() else seed)
            served = stack.enter_context(fake.serve())
            settings = DastraSettings.from_env(environ=served.environment())
            print(f"Started a fake Dastra (seed {seed}) on {served.url}", file=out)
        client = stack.enter_context(create_client(settings, mode="client_credentials"))
        workspace = arguments.workspace or settings.workspace_id
        run_demo(client, workspace, arguments.page_size, arguments.max_pages, out=out)
    return 0


def run_demo(client: Client, workspace: str | None, page_size: int, max_pages: int, *, out: TextIO) -> None:
    workspaces = work_spaces_list.sync(client=client, page=1, size=10)
    if workspaces is None:
        raise RuntimeError("GET /v1/WorkSpaces gave no workspace list")
    items = _known(workspaces.items) or []
    print(
        f"\nAuthenticated (client credentials). Workspaces: {len(items)} shown, total {_known(workspaces.total)}",
        file=out,
    )
    for item in items[:5]:
        print(f"  #{_known(item.id)}  {item.label}  [{_known(item.state)}]", file=out)
    if workspace is None:
        first_id = _known(items[0].id) if items else None
        workspace = str(first_id) if first_id is not None else "1"

    print(
        f"\nData subject requests of workspace {workspace} (pages of {page_size}, at most {max_pages}):",
        file=out,
    )
    reporter = _PageReporter(data_subject_requests_list.sync, out)
    requests: list[DataSubjectRequestDto] = []
    for request in paginate(reporter, client=client, workspace_id=workspace, size=page_size):
        requests.append(request)
        if reporter.pages_seen >= max_pages and len(requests) >= reporter.items_seen:
            break  # every item of the last allowed page is read; the next one would fetch a page more
    print(summary(requests), file=out)


def _known(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


class _PageReporter:
    """Wraps a generated list function: prints one progress line per page fetched."""

    def __init__(self, function: ListFunction, out: TextIO) -> None:
        self.function = function
        self.out = out
        self.pages_seen = 0
        self.items_seen = 0

    def __call__(self, *args: Any, **kwargs: Any) -> DataSubjectRequestDtoPagedList | None:
        page = self.function(*args, **kwargs)
        self.pages_seen += 1
        count = len(_known(page.items) or []) if page is not None else 0
        self.items_seen += count
        total = _known(page.total) if page is not None else None
        print(
            f"  page {kwargs.get('page', '?')}: {count:>3} requests  ({self.items_seen} so far, API total {total})",
            file=self.out,
        )
        return page


def summary(requests: list[DataSubjectRequestDto]) -> str:
    states = Counter(str(_known(request.state)) for request in requests)
    purposes = Counter(str(purpose) for request in requests for purpose in request.purposes)
    dates = sorted(date for request in requests if (date := _known(request.date_creation)) is not None)
    lines = [f"\n{len(requests)} data subject requests read"]
    if states:
        lines.append(
            "  by state:   " + ", ".join(f"{state} {count}" for state, count in states.most_common())
        )
    if purposes:
        lines.append(
            "  by purpose: " + ", ".join(f"{purpose} {count}" for purpose, count in purposes.most_common(5))
        )
    if dates:
        lines.append(f"  created between {dates[0]:%Y-%m-%d} and {dates[-1]:%Y-%m-%d}")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
