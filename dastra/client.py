"""The one client object a service writes against: ``Dastra`` (sync) and ``AsyncDastra`` (async).

::

    from dastra import Dastra

    with Dastra() as dastra:  # DASTRA_* settings, like create_client()
        for breach in dastra.workspace("42").data_breachs.list():
            print(breach.label)

One attribute per API tag (generated into ``dastra_client.resources``), one method per operation.
Both classes are built from arguments or ``DASTRA_*`` exactly like :func:`~dastra.connect.create_client`
(same ``settings``, ``mode=``, ``token_store=``, ``redis=``, ``transport=``, ``**overrides``), in every mode. Settings are checked
at once (``ConfigError``); the authenticated session (and the OAuth2 library) is built at the first call.
The machinery itself (workspace scoping, per-call options, raw responses, the escape hatch, paging)
lives in ``dastra_client._resource``; this module only adds the settings, the sessions and the webhooks.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar, Unpack

from dastra.connect import Mode, _async_session, _check_credentials, _mode, _settings, _sync_session
from dastra.settings import DastraSettings, SettingsOverrides
from dastra_auth.token_store import TokenStore
from dastra_client._resource import AsyncAPI, AsyncContext, LazySession, SyncAPI, SyncContext
from dastra_client.resources import AsyncResources, SyncResources

if TYPE_CHECKING:
    import httpx2

    from dastra.webhooks import Webhooks
    from dastra_auth.code_flow import PendingAuthorization
    from dastra_auth.redis_link import RedisClient
    from dastra_auth.session import Token

__all__ = ["AsyncDastra", "Dastra"]


def _describe(instance: SyncAPI | AsyncAPI, settings: DastraSettings, mode: Mode) -> str:
    workspace = f", workspace_id={instance.workspace_id!r}" if instance.workspace_id is not None else ""
    return f"{type(instance).__name__}(api_url={settings.api_url!r}, mode={mode!r}{workspace})"


class Dastra(SyncResources, SyncAPI):
    """The sync Dastra client: ``dastra.<tag>.<operation>(...)``, one attribute per tag of the API.

    ``settings`` defaults to :meth:`DastraSettings.from_env`; ``overrides`` are settings fields applied
    on top (``client_id=...``, ``workspace_id=...``). ``mode`` is ``"client_credentials"`` (the default),
    ``"authorization_code"`` (finish the login with :meth:`complete_authorization`) or ``"api_key"`` (the
    default when only an API key is configured).

    Views share this client's session, token, connection pool and rate-limit budget:
    :meth:`workspace` (a default workspace), :meth:`with_options` (default timeout, retries, headers)
    and :attr:`with_raw_response` (methods answer ``APIResponse`` objects). Use it as a context manager
    or call :meth:`close`.
    """

    _SHARED_ATTRIBUTES: ClassVar[tuple[str, ...]] = ("_settings", "_mode")

    def __init__(
        self,
        settings: DastraSettings | None = None,
        *,
        mode: Mode | None = None,
        token_store: TokenStore | None = None,
        redis: RedisClient | None = None,
        transport: httpx2.BaseTransport | None = None,
        **overrides: Unpack[SettingsOverrides],
    ) -> None:
        settings = _settings(settings, overrides, "Dastra")
        chosen = _mode(settings, mode)
        _check_credentials(settings, chosen)

        def build() -> httpx2.Client:
            return _sync_session(settings, chosen, token_store, redis=redis, network=transport)

        super().__init__(
            SyncContext(LazySession(build), base_url=settings.api_url, workspace_id=settings.workspace_id)
        )
        self._settings = settings
        self._mode: Mode = chosen

    @property
    def settings(self) -> DastraSettings:
        """The settings this client was built from (secrets stay hidden in their ``repr``)."""
        return self._settings

    @cached_property
    def webhooks(self) -> Webhooks:
        """Webhook helpers bound to the ``webhook_key`` setting (DASTRA_WEBHOOK_KEY):
        ``dastra.webhooks.parse(raw_body, headers)``, ``dastra.webhooks.verify(raw_body, signature)``."""
        from dastra.webhooks import Webhooks

        return Webhooks(self._settings.webhook_key)

    def complete_authorization(
        self, callback: str | Mapping[str, str], pending: PendingAuthorization
    ) -> Token:
        """Finish the authorization-code login (``mode="authorization_code"``): exchange the callback's code."""
        from dastra.connect import complete_authorization

        return complete_authorization(self.client, callback, pending)

    def __repr__(self) -> str:
        return _describe(self, self._settings, self._mode)


class AsyncDastra(AsyncResources, AsyncAPI):
    """The async Dastra client: ``await dastra.<tag>.<operation>(...)``; lists are ``async for``.

    Built like :class:`Dastra`; use ``async with`` or ``await aclose()``. It has no sync methods:
    ``with AsyncDastra()`` and ``close()`` raise ``TypeError`` (and mypy rejects them).
    """

    _SHARED_ATTRIBUTES: ClassVar[tuple[str, ...]] = ("_settings", "_mode")

    def __init__(
        self,
        settings: DastraSettings | None = None,
        *,
        mode: Mode | None = None,
        token_store: TokenStore | None = None,
        redis: RedisClient | None = None,
        transport: httpx2.AsyncBaseTransport | None = None,
        **overrides: Unpack[SettingsOverrides],
    ) -> None:
        settings = _settings(settings, overrides, "AsyncDastra")
        chosen = _mode(settings, mode)
        _check_credentials(settings, chosen)

        def build() -> httpx2.AsyncClient:
            return _async_session(settings, chosen, token_store, redis=redis, network=transport)

        super().__init__(
            AsyncContext(LazySession(build), base_url=settings.api_url, workspace_id=settings.workspace_id)
        )
        self._settings = settings
        self._mode: Mode = chosen

    @property
    def settings(self) -> DastraSettings:
        """The settings this client was built from (secrets stay hidden in their ``repr``)."""
        return self._settings

    @cached_property
    def webhooks(self) -> Webhooks:
        """Webhook helpers bound to the ``webhook_key`` setting (DASTRA_WEBHOOK_KEY):
        ``dastra.webhooks.parse(raw_body, headers)``, ``dastra.webhooks.verify(raw_body, signature)``."""
        from dastra.webhooks import Webhooks

        return Webhooks(self._settings.webhook_key)

    async def complete_authorization(
        self, callback: str | Mapping[str, str], pending: PendingAuthorization
    ) -> Token:
        """Finish the authorization-code login (``mode="authorization_code"``)."""
        from dastra.connect import complete_authorization_async

        return await complete_authorization_async(self.client, callback, pending)

    def __repr__(self) -> str:
        return _describe(self, self._settings, self._mode)
