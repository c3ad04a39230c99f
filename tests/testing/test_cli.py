"""``python -m dastra.testing``: a seeded fake on loopback for other processes and languages."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import httpx2

from dastra.testing.__main__ import exports

ROOT = Path(__file__).resolve().parents[2]


def test_exports_are_quoted_for_a_shell() -> None:
    assert exports({"DASTRA_CLIENT_SECRET": "a b'c"}) == ["export DASTRA_CLIENT_SECRET='a b'\"'\"'c'"]


def test_the_module_serves_until_sigterm_and_prints_its_variables() -> None:
    environment = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "generated")]))
    process = subprocess.Popen(
        [sys.executable, "-m", "dastra.testing", "--exports", "--seed", "5", "--items", "3"],
        stdout=subprocess.PIPE,
        text=True,
        env=environment,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(6)]
        variables = dict(re.findall(r"^export (DASTRA_[A-Z_]+)=(\S+)$", "".join(lines), flags=re.MULTILINE))
        assert len(variables) == 6
        token = httpx2.post(
            variables["DASTRA_TOKEN_URL"],
            data={"grant_type": "client_credentials", "scope": "api1"},
            auth=(variables["DASTRA_CLIENT_ID"], variables["DASTRA_CLIENT_SECRET"]),
        ).json()["access_token"]
        page = httpx2.get(
            f"{variables['DASTRA_API_URL']}/v1/ws/{variables['DASTRA_WORKSPACE_ID']}/Tags",
            headers={"Authorization": f"Bearer {token}"},
        ).json()
        assert len(page) == 3 and all(tag["label"] for tag in page)
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
