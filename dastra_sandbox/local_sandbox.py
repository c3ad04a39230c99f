"""The whole local sandbox: the OAuth2 authorization server and the validating API mock, on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, Self

from dastra_sandbox.authorization_server import AuthorizationServer
from dastra_sandbox.mock_api import DEFAULT_FAKER_OPTIONS, MockAPI
from dastra_sandbox.serving import Service

__all__ = ["LocalSandbox"]


class LocalSandbox(Service):
    """Starts :class:`AuthorizationServer` and :class:`MockAPI` (free ports), stops both; a context manager.

    :meth:`environment` gives the ``DASTRA_*`` variables that point ``dastra`` at it.
    """

    def __init__(
        self,
        *,
        spec_path: Path | None = None,
        mock_log_path: Path | None = None,
        seed: str | None = None,
        client_id: str = "sandbox-public-key",
        client_secret: str | None = None,
        faker_options: Mapping[str, Any] | None = DEFAULT_FAKER_OPTIONS,
    ) -> None:
        self.authorization_server = AuthorizationServer(client_id=client_id, client_secret=client_secret)
        self.mock_api = MockAPI(spec_path, seed=seed, log_path=mock_log_path, faker_options=faker_options)

    def __repr__(self) -> str:
        return f"LocalSandbox({self.authorization_server!r}, {self.mock_api!r})"

    def start(self) -> Self:
        self.authorization_server.start()
        try:
            self.mock_api.start()
        except BaseException:
            self.authorization_server.stop()
            raise
        return self

    def stop(self) -> None:
        """Stop both servers (the mock first); safe to call twice."""
        try:
            self.mock_api.stop()
        finally:
            self.authorization_server.stop()

    def environment(self) -> dict[str, str]:
        """``DASTRA_*`` variables for ``DastraSettings.from_env()``. The secret is the sandbox's own throwaway
        one, made at start-up: it is meant to be printed and pasted."""
        return {
            "DASTRA_API_URL": self.mock_api.url,
            "DASTRA_TOKEN_URL": self.authorization_server.token_url,
            "DASTRA_AUTHORIZE_URL": self.authorization_server.authorize_url,
            "DASTRA_CLIENT_ID": self.authorization_server.client_id,
            "DASTRA_CLIENT_SECRET": self.authorization_server.client_secret,
        }
