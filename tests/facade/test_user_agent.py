"""Every request says who it is: the client, the spec it was generated from, the runtime, the service."""

from __future__ import annotations

import platform
import re

import httpx2
import pytest

from dastra.errors import ConfigError
from dastra.settings import DastraSettings
from dastra_client import _snapshot
from dastra_client.models import DataBreachDto
from tests.facade.conftest import BREACH_ID, Both, breach
from tests.servers.faults import FaultServer, Reply

FIND = f"/v1/ws/42/DataBreachs/{BREACH_ID}"
TOKEN = "/connect/token"
EXPECTED = (
    f"dastra-client/{_snapshot.CLIENT_VERSION} (spec {_snapshot.SPEC_SHA256[:8]}) "
    f"python/{platform.python_version()} httpx2/{httpx2.__version__}"
)


def test_the_agent_names_client_spec_python_and_httpx2() -> None:
    assert re.fullmatch(
        r"dastra-client/\S+ \(spec [0-9a-f]{8}\) python/\d+\.\d+\.\d+\S* httpx2/\S+", EXPECTED
    )


@pytest.mark.parametrize("product", [None, "gdpr-sync/2.1", "gdpr-sync/2.1 worker"])
def test_api_requests_carry_it_in_api_key_mode(both: Both, server: FaultServer, product: str | None) -> None:
    server.script(FIND, then=Reply(json=breach()))
    dastra = both.client(workspace_id="42", user_agent=product)
    assert isinstance(both.run(lambda d: d.data_breachs.find(BREACH_ID), dastra), DataBreachDto)
    both.run(lambda d: d.with_options(headers={"X-Trace": "1"}).data_breachs.find(BREACH_ID), dastra)
    expected = EXPECTED if product is None else f"{EXPECTED} {product}"
    assert [r.headers["user-agent"] for r in server.requests] == [expected, expected]


def test_the_token_request_carries_it_too(both: Both, server: FaultServer) -> None:
    server.script(
        TOKEN, then=Reply(json={"access_token": "t0k3n", "expires_in": 3600, "token_type": "Bearer"})
    )
    server.script(FIND, then=Reply(json=breach()))
    dastra = both.client(
        mode="client_credentials",
        api_key=None,
        client_id="public",
        client_secret="private",
        token_url=f"{server.url}{TOKEN}",
        workspace_id="42",
        user_agent="svc/1",
    )
    both.run(lambda d: d.data_breachs.find(BREACH_ID), dastra)
    assert [r.path for r in server.requests] == [TOKEN, FIND]
    assert {r.headers["user-agent"] for r in server.requests} == {f"{EXPECTED} svc/1"}


@pytest.mark.parametrize("bad", ["", "two  spaces", "new\nline/1", "café/1", "svc/1 (comment)", "/1"])
def test_a_product_that_is_not_rfc9110_tokens_is_refused_in_one_line(bad: str) -> None:
    with pytest.raises(ConfigError, match=r"^DASTRA_USER_AGENT must be product tokens") as caught:
        DastraSettings(user_agent=bad)
    assert "\n" not in str(caught.value)


def test_it_is_read_from_the_environment() -> None:
    assert DastraSettings.from_env({"DASTRA_USER_AGENT": "svc/3"}).user_agent == "svc/3"
