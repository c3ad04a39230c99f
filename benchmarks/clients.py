"""Settings of the clients under benchmark: the sandbox's credentials, a loopback API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from dastra.settings import DastraSettings
    from dastra_sandbox.authorization_server import AuthorizationServer

__all__ = ["UNLIMITED_RATES", "bench_settings"]

#: High enough never to wait: the limiter still runs on every request, as in production.
UNLIMITED_RATES: Final = {"rate_limit_per_minute": 10**9, "rate_limit_per_10_minutes": 10**10}


def bench_settings(auth: AuthorizationServer, api_url: str) -> DastraSettings:
    """Client-credentials settings for ``auth``'s client, calling ``api_url``, never rate-limited."""
    from dastra.settings import DastraSettings

    return DastraSettings(
        client_id=auth.client_id,
        client_secret=auth.client_secret,
        token_url=auth.token_url,
        api_url=api_url,
        rate_limit_per_minute=UNLIMITED_RATES["rate_limit_per_minute"],
        rate_limit_per_10_minutes=UNLIMITED_RATES["rate_limit_per_10_minutes"],
    )
