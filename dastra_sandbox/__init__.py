"""Loopback sandbox for the Dastra client: a real OAuth2 authorization server and a protected API.

A development and test tool, not shipped in the wheel::

    with AuthorizationServer() as auth, ProtectedAPI(auth.introspect) as api:
        client = create_client(
            client_id=auth.client_id, client_secret=auth.client_secret,
            token_url=auth.token_url, api_url=api.url,
        )
"""

from dastra_sandbox.authorization_server import AuthorizationServer
from dastra_sandbox.protected_api import ProtectedAPI, sample_workspaces

__all__ = ["AuthorizationServer", "ProtectedAPI", "sample_workspaces"]
