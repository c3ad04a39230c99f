"""Every Python example of the guides runs, against the fake Dastra served on loopback.

The examples are written for a real account (``Dastra()`` reads ``DASTRA_*``; workspace ``"42"``); here the
variables point at a seeded :class:`~dastra.testing.FakeDastra`, whose first workspace stands for ``"42"``
and its second for ``"7"``. A block preceded by ``<!-- example: not run (reason) -->`` is skipped, by name;
one preceded by ``<!-- example: needs redis -->`` runs against a ``redis-server`` of its own, which stands for
the example's ``redis://localhost:6379/0`` (it skips where redis-server is not installed).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from dastra_codegen import paths
from dastra_sandbox.redis_server import RedisServer

DOCS = paths.ROOT / "docs"
_BLOCK = re.compile(
    r"(?:<!-- example: (?:not run \((?P<reason>[^)]*)\)|(?P<redis>needs redis)) -->\n)?```python\n(?P<code>.*?)```",
    re.S,
)
#: The Redis an example names, replaced by the test's own server.
LOCAL_REDIS = "redis://localhost:6379/0"


def _examples() -> Iterator[tuple[str, str, str | None, bool]]:
    for page in sorted(DOCS.rglob("*.md")):
        for number, match in enumerate(_BLOCK.finditer(page.read_text(encoding="utf-8")), 1):
            yield f"{page.relative_to(DOCS)}#{number}", match["code"], match["reason"], bool(match["redis"])


EXAMPLES = list(_examples())


@pytest.fixture(scope="module")
def fake_environment() -> Iterator[tuple[dict[str, str], list[str]]]:
    from dastra.testing import FakeDastra

    fake = FakeDastra(seed=0, workspaces=2)
    with fake.serve() as server:
        # DASTRA_WORKSPACE_ID is the first workspace, as the examples' "42" is.
        yield {**server.environment(), "DASTRA_WEBHOOK_KEY": fake.webhook_key}, fake.workspace_ids


def test_the_guides_have_examples() -> None:
    assert len(EXAMPLES) >= 20


def test_the_redis_examples_name_the_local_redis() -> None:
    needing = [code for _, code, _, redis in EXAMPLES if redis]
    assert needing and all(LOCAL_REDIS in code for code in needing)


@pytest.mark.parametrize(("where", "code", "reason", "redis"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_example_runs_against_the_fake(
    where: str,
    code: str,
    reason: str | None,
    redis: bool,
    fake_environment: tuple[dict[str, str], list[str]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    if reason is not None:
        pytest.skip(f"{where}: {reason}")
    with ExitStack() as stack:
        if redis:
            if not RedisServer.available():
                pytest.skip(f"{where}: redis-server is not installed (apt-get install redis-server)")
            code = code.replace(LOCAL_REDIS, stack.enter_context(RedisServer()).url)
        _run(where, code, fake_environment, monkeypatch, tmp_path)


def _run(
    where: str,
    code: str,
    fake_environment: tuple[dict[str, str], list[str]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    environment, workspaces = fake_environment
    for name in [n for n in os.environ if n.startswith("DASTRA_")]:
        monkeypatch.delenv(name)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(tmp_path)  # examples that write files write them here
    code = code.replace('"42"', repr(workspaces[0])).replace("/ws/42/", f"/ws/{workspaces[0]}/")
    code = code.replace('"7"', repr(workspaces[1]))
    exec(compile(code, where, "exec"), {"__name__": "__example__"})
