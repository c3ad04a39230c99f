"""How the auth session and the transport policies tell each other about a request.

The session marks requests in ``request.extensions``; the policies (retry, rate limit, typed
errors) read the marks. Kept apart from ``session`` so the policies need no OAuth2 library.
"""

from __future__ import annotations

from typing import Final

import httpx2

__all__ = ["BEARER_EXTENSION", "TOKEN_REQUEST_EXTENSION", "handled_by_session"]

#: ``request.extensions`` key set on requests to the token endpoint.
TOKEN_REQUEST_EXTENSION: Final = "dastra_auth.token_request"
#: ``request.extensions`` key set on API requests signed with a bearer token (401s are re-authenticated).
BEARER_EXTENSION: Final = "dastra_auth.bearer"


def handled_by_session(response: httpx2.Response) -> bool:
    """True when an OAuth2 session deals with ``response`` itself, so response hooks must let it pass.

    That is every answer of the token endpoint (turned into :class:`TokenEndpointError`) and every
    401 to a bearer-signed request (re-authenticated once, then raised as
    :class:`APIAuthenticationError`). httpx2 runs response hooks on each intermediate response of
    an auth flow, so an error-raising hook must call this first.
    """
    extensions = response.request.extensions
    if extensions.get(TOKEN_REQUEST_EXTENSION):
        return True
    return response.status_code == 401 and bool(extensions.get(BEARER_EXTENSION))
