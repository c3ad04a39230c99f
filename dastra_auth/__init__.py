"""Authenticated, policy-wrapped sessions for the generated Dastra client.

Data flows one way: settings (config) -> auth session -> transport policies -> generated client.
"""

from dastra_auth.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ConfigError,
    DastraError,
)

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "ConfigError",
    "DastraError",
]
