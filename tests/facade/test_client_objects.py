"""``Dastra`` / ``AsyncDastra`` as objects: built in every mode from arguments or ``DASTRA_*``, settings checked
at once, the session built at the first call, sync and async kept apart, closing, no secret in a ``repr``."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import subprocess
import sys
import time
from collections.abc import Iterator
from functools import cached_property
from typing import Any

import pytest

from dastra import AsyncDastra, Dastra
from dastra.errors import ConfigError, WebhookSignatureError
from dastra.settings import DastraSettings
from dastra_auth.token_store import MemoryTokenStore
from dastra_client.models import DataBreachDto
from dastra_client.resources import AsyncResources, SyncResources
from dastra_codegen import paths
from dastra_codegen.resources import RESERVED_ATTRIBUTES
from dastra_sandbox.authorization_server import AuthorizationServer
from tests.facade.conftest import BREACH_ID, Both, breach, settings_for
from tests.servers.faults import FaultServer, Reply

FIND = f"/v1/ws/42/DataBreachs/{BREACH_ID}"


@pytest.fixture(scope="module")
def authorization_server() -> Iterator[AuthorizationServer]:
    with AuthorizationServer(client_id="facade-test") as running:
        yield running


def test_client_credentials_mode_gets_a_token_and_signs_requests(
    both: Both, server: FaultServer, authorization_server: AuthorizationServer
) -> None:
    server.script(FIND, then=Reply(json=breach()))
    dastra = both.client(
        mode="client_credentials",
        api_key=None,
        client_id=authorization_server.client_id,
        client_secret=authorization_server.client_secret,
        token_url=authorization_server.token_url,
        workspace_id="42",
    )
    before = authorization_server.token_requests["client_credentials"]
    assert isinstance(both.run(lambda d: d.data_breachs.find(BREACH_ID), dastra), DataBreachDto)
    both.run(lambda d: d.workspace("42").data_breachs.find(BREACH_ID), dastra)  # a view: same token
    assert authorization_server.token_requests["client_credentials"] == before + 1
    assert all(r.headers["authorization"].startswith("Bearer ") for r in server.requests)


def test_authorization_code_mode_uses_the_stored_token(both: Both, server: FaultServer) -> None:
    server.script(FIND, then=Reply(json=breach()))
    stored = {"access_token": "stored-token", "token_type": "Bearer", "expires_at": time.time() + 3600}
    settings = settings_for(server, api_key=None, client_id="app", client_secret="s", workspace_id="42")
    dastra = both.cls(settings, mode="authorization_code", token_store=MemoryTokenStore(stored))
    both._clients.append(dastra)
    both.run(lambda d: d.data_breachs.find(BREACH_ID), dastra)
    assert server.requests[0].headers["authorization"] == "Bearer stored-token"


def test_api_key_mode_is_chosen_when_only_a_key_is_configured(
    both: Both, server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.script(FIND, then=Reply(json=breach()))
    for name in ("DASTRA_CLIENT_ID", "DASTRA_CLIENT_SECRET"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DASTRA_API_KEY", "env-key")
    monkeypatch.setenv("DASTRA_API_URL", server.url)
    dastra = both.cls(workspace_id="42")  # the environment, with overrides on top
    both._clients.append(dastra)
    both.run(lambda d: d.data_breachs.find(BREACH_ID), dastra)
    assert server.requests[0].headers["x-api-key"] == "env-key"
    assert repr(dastra) == f"{both.cls.__name__}(api_url={server.url!r}, mode='api_key', workspace_id='42')"
    assert "env-key" not in repr(dastra) and "env-key" not in repr(dastra.settings)


def test_settings_are_checked_when_the_client_is_built(both: Both, server: FaultServer) -> None:
    with pytest.raises(ConfigError, match="DASTRA_CLIENT_SECRET"):
        both.cls(DastraSettings(client_id="only-the-id", api_url=server.url))
    with pytest.raises(ConfigError, match="DASTRA_API_KEY"):
        both.cls(DastraSettings(api_url=server.url), mode="api_key")
    with pytest.raises(ConfigError, match="mode"):
        both.cls(settings_for(server), mode="password")  # type: ignore[arg-type]
    assert server.requests == []


def test_building_a_client_imports_no_oauth2_library_and_no_resource() -> None:
    code = (
        "import sys, dastra\n"
        "d = dastra.Dastra(client_id='i', client_secret='s')\n"
        "a = dastra.AsyncDastra(client_id='i', client_secret='s')\n"
        "loaded = [m for m in sys.modules if m.startswith(('authlib', 'dastra_client.resources.', "
        "'dastra_client.api', 'dastra_auth.session', 'tenacity'))]\n"
        "assert not loaded, loaded\n"
        "d.data_breachs\n"
        "assert 'dastra_client.resources.data_breachs' in sys.modules\n"
        "assert 'dastra_client.resources.actors' not in sys.modules\n"
    )
    environment = {"PYTHONPATH": f"{paths.ROOT}:{paths.ROOT / 'generated'}", "PATH": ""}
    subprocess.run([sys.executable, "-c", code], check=True, env=environment, timeout=60)


def test_the_sync_client_refuses_async_use() -> None:
    dastra = Dastra(api_key="k")

    async def enter() -> None:
        async with dastra:  # type: ignore[attr-defined]
            pass

    with pytest.raises(TypeError, match="sync client"):
        asyncio.run(enter())
    with pytest.raises(TypeError, match=r"close\(\)"):
        dastra.aclose()  # type: ignore[attr-defined]
    dastra.close()


def test_the_async_client_refuses_sync_use() -> None:
    dastra = AsyncDastra(api_key="k")
    with pytest.raises(TypeError, match="async with"), dastra:  # type: ignore[attr-defined]
        pass
    with pytest.raises(TypeError, match="aclose"):
        dastra.close()  # type: ignore[attr-defined]
    asyncio.run(dastra.aclose())


def test_closing_closes_every_view_and_needs_no_session(both: Both, server: FaultServer) -> None:
    server.script(FIND, then=Reply(json=breach()))
    unused = both.client(workspace_id="42")
    both.run(lambda d: d.close() if both.kind == "sync" else d.aclose(), unused)  # nothing was built
    dastra = both.client(workspace_id="42")
    view = dastra.workspace("42").with_options(timeout=2)
    both.run(lambda d: d.data_breachs.find(BREACH_ID), view)
    both.run(lambda d: d.close() if both.kind == "sync" else d.aclose(), dastra)
    with pytest.raises(RuntimeError, match="closed"):
        both.run(lambda d: d.data_breachs.find(BREACH_ID), view)
    with pytest.raises(RuntimeError, match="closed"):
        both.run(lambda d: d.data_breachs.find(BREACH_ID), unused)


def test_context_managers_close(server: FaultServer) -> None:
    server.script(FIND, then=Reply(json=breach()))
    with Dastra(settings_for(server, workspace_id="42")) as dastra:
        dastra.data_breachs.find(BREACH_ID)
    with pytest.raises(RuntimeError, match="closed"):
        dastra.data_breachs.find(BREACH_ID)

    async def main() -> Any:
        async with AsyncDastra(settings_for(server, workspace_id="42")) as async_dastra:
            await async_dastra.data_breachs.find(BREACH_ID)
        return async_dastra

    closed = asyncio.run(main())
    with pytest.raises(RuntimeError, match="closed"):
        asyncio.run(closed.data_breachs.find(BREACH_ID))


def test_resources_are_built_once_per_object_and_not_shared_with_views() -> None:
    dastra = Dastra(api_key="k", workspace_id="1")
    assert dastra.data_breachs is dastra.data_breachs
    view = dastra.workspace("2")
    assert view.data_breachs is not dastra.data_breachs
    assert view.with_raw_response.data_breachs is view.with_raw_response.data_breachs
    dastra.close()


def test_no_tag_hides_an_attribute_of_the_client_objects() -> None:
    """The resource step renames a tag that would take one of these names: the list must be complete."""
    tags = {
        name
        for cls in (SyncResources, AsyncResources)
        for name, value in vars(cls).items()
        if isinstance(value, cached_property) and name != "with_raw_response"
    }
    public = {name for cls in (Dastra, AsyncDastra) for name in dir(cls) if not name.startswith("_")} - tags
    assert public <= RESERVED_ATTRIBUTES, sorted(public - RESERVED_ATTRIBUTES)
    assert len(tags) == 36


def test_webhooks_are_bound_to_the_webhook_key_setting(both: Both) -> None:
    body = b'{"type":"ProcessingModification"}'
    signature = base64.b64encode(hmac.new(b"whsec-1", body, hashlib.sha256).digest()).decode()
    dastra = both.client(webhook_key="whsec-1")
    assert dastra.webhooks is dastra.webhooks
    dastra.webhooks.verify(body, signature)
    with pytest.raises(WebhookSignatureError):
        dastra.webhooks.verify(body + b" ", signature)
    assert "whsec-1" not in repr(dastra.webhooks)
    with pytest.raises(ConfigError, match="DASTRA_WEBHOOK_KEY"):
        both.client().webhooks.verify(body, signature)
