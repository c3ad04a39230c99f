"""The sandbox itself: the mock really validates (so "no violations" means something), the runner prints
working DASTRA_* variables and leaves nothing running, and the demo pages with progress."""

from __future__ import annotations

import io
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import httpx2
import pytest

from dastra.connect import create_client
from dastra_sandbox.authorization_server import AuthorizationServer
from dastra_sandbox.demo import run_demo
from dastra_sandbox.mock_api import MockAPI, prism_unavailable_reason
from tests.contract.clients import contract_settings

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_mock_rejects_a_request_without_credentials(mock_api: MockAPI) -> None:
    response = httpx2.get(f"{mock_api.url}/v1/WorkSpaces", timeout=10)
    assert response.status_code == 401


def test_mock_rejects_an_invalid_request(mock_api: MockAPI) -> None:
    response = httpx2.get(
        f"{mock_api.url}/v1/WorkSpaces",
        params={"page": "not-a-number"},
        headers={"Authorization": "Bearer anything"},
        timeout=10,
    )
    assert response.status_code == 422
    assert "page" in response.text


def test_mock_answers_a_valid_request_with_schema_data(mock_api: MockAPI) -> None:
    response = httpx2.get(
        f"{mock_api.url}/v1/WorkSpaces", params={"page": 1, "size": 2}, headers={"X-API-Key": "k"}, timeout=10
    )
    assert response.status_code == 200
    assert "sl-violations" not in response.headers
    assert isinstance(response.json(), dict)


def test_demo_pages_through_data_subject_requests(
    mock_api: MockAPI, authorization_server: AuthorizationServer
) -> None:
    out = io.StringIO()
    with create_client(
        contract_settings(mock_api, authorization_server), mode="client_credentials"
    ) as client:
        run_demo(client, workspace="7", page_size=3, max_pages=2, out=out)
    text = out.getvalue()
    assert "Workspaces:" in text
    pages = re.findall(r"^  page (\d+): ", text, flags=re.MULTILINE)
    assert 1 <= len(pages) <= 2
    assert pages == [str(number) for number in range(1, len(pages) + 1)]
    assert "data subject requests read" in text


def test_runner_prints_working_variables_and_stops_everything_on_ctrl_c() -> None:
    reason = prism_unavailable_reason()
    if reason is not None:
        pytest.skip(reason)
    environment = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO_ROOT), str(REPO_ROOT / "generated")]))
    runner = subprocess.Popen(
        [sys.executable, "-m", "dastra_sandbox", "--prism", "--seed", "runner-test"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=environment,
        cwd=REPO_ROOT,
    )
    try:
        assert runner.stdout is not None
        printed: list[str] = []
        for line in runner.stdout:  # blocks until the runner prints; it prints once both servers answer
            printed.append(line)
            if "Ctrl-C stops the sandbox" in line:
                break
        exports = dict(re.findall(r"export (DASTRA_[A-Z_]+)=(\S+)", "".join(printed)))
        assert set(exports) >= {
            "DASTRA_API_URL",
            "DASTRA_TOKEN_URL",
            "DASTRA_CLIENT_ID",
            "DASTRA_CLIENT_SECRET",
        }
        token = httpx2.post(
            exports["DASTRA_TOKEN_URL"],
            data={"grant_type": "client_credentials", "scope": "api1"},
            auth=(exports["DASTRA_CLIENT_ID"], exports["DASTRA_CLIENT_SECRET"]),
            timeout=10,
        )
        assert token.status_code == 200
        answer = httpx2.get(
            f"{exports['DASTRA_API_URL']}/v1/WorkSpaces",
            headers={"Authorization": f"Bearer {token.json()['access_token']}"},
            timeout=10,
        )
        assert answer.status_code == 200
        runner.send_signal(signal.SIGINT)
        assert runner.wait(timeout=30) == 0
    finally:
        if runner.poll() is None:
            runner.kill()
            runner.wait()
    with pytest.raises(httpx2.ConnectError):
        httpx2.get(exports["DASTRA_API_URL"], timeout=5)
