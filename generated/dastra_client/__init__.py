"""A client library for accessing Dastra API"""

from ._snapshot import CLIENT_VERSION as __version__
from ._snapshot import SPEC_SHA256 as __spec_sha256__
from ._snapshot import SPEC_VERSION as __spec_version__
from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
    "__spec_sha256__",
    "__spec_version__",
    "__version__",
)
