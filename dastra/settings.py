"""Settings of a Dastra client, from arguments or ``DASTRA_*`` environment variables, validated once.

``DastraSettings(...)`` takes arguments; ``DastraSettings.from_env(**overrides)`` reads the
environment and lets arguments win. Every problem raises one :class:`~dastra.errors.ConfigError`
whose message names the environment variable, e.g. ``DASTRA_TOKEN_URL must use https``.
"""

from __future__ import annotations

import functools
import ipaddress
import os
import re
from collections.abc import Callable, Mapping
from typing import Any, Final, TypedDict, Unpack
from urllib.parse import urlsplit

import attrs
import httpx2

from dastra.errors import ConfigError
from dastra_auth.redact import Secret
from dastra_client._options import unexpected_keywords

__all__ = [
    "DEFAULT_API_URL",
    "DEFAULT_AUTHORIZE_URL",
    "DEFAULT_TIMEOUT",
    "DEFAULT_TOKEN_URL",
    "DastraSettings",
    "SettingsOverrides",
]

DEFAULT_API_URL: Final = "https://api.dastra.eu"
DEFAULT_TOKEN_URL: Final = "https://account.dastra.eu/connect/token"
DEFAULT_AUTHORIZE_URL: Final = "https://account.dastra.eu/connect/authorize"
#: connect 5 s, read 30 s, write 30 s, pool 10 s.
DEFAULT_TIMEOUT: Final = httpx2.Timeout(connect=5.0, read=30.0, write=30.0, pool=10.0)

#: Setting name -> environment variable. Messages use the variable name: it is what users set.
ENVIRONMENT_VARIABLES: Final[Mapping[str, str]] = {
    "client_id": "DASTRA_CLIENT_ID",
    "client_secret": "DASTRA_CLIENT_SECRET",
    "api_key": "DASTRA_API_KEY",
    "api_url": "DASTRA_API_URL",
    "token_url": "DASTRA_TOKEN_URL",
    "authorize_url": "DASTRA_AUTHORIZE_URL",
    "redirect_uri": "DASTRA_REDIRECT_URI",
    "timeout": "DASTRA_TIMEOUT",
    "max_retries": "DASTRA_MAX_RETRIES",
    "rate_limit_per_minute": "DASTRA_RATE_LIMIT_PER_MINUTE",
    "rate_limit_per_10_minutes": "DASTRA_RATE_LIMIT_PER_10_MINUTES",
    "workspace_id": "DASTRA_WORKSPACE_ID",
    "issuer": "DASTRA_ISSUER",
    "webhook_key": "DASTRA_WEBHOOK_KEY",
    "redis_url": "DASTRA_REDIS_URL",
    "redis_fallback": "DASTRA_REDIS_FALLBACK",
    "user_agent": "DASTRA_USER_AGENT",
}


def _variable(field_name: str) -> str:
    return ENVIRONMENT_VARIABLES.get(field_name, field_name)


def _to_secret(value: str | Secret | None) -> Secret | None:
    if value is None or isinstance(value, Secret):
        return value
    if not isinstance(value, str):
        raise ConfigError(f"a secret setting must be a str, not {type(value).__name__}")
    return Secret(value.strip())


def _to_timeout(value: httpx2.Timeout | float) -> httpx2.Timeout:
    if isinstance(value, httpx2.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigError(f"DASTRA_TIMEOUT must be a number of seconds or an httpx2.Timeout, not {value!r}")
    return httpx2.Timeout(float(value))


def is_loopback_host(host: str) -> bool:
    """True for ``localhost``, 127.0.0.0/8 and ``::1``: the only hosts allowed over plain http."""
    host = host.strip("[]").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_url(instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is None:
        return
    name = _variable(attribute.name)
    try:
        parts = urlsplit(value)
        host = parts.hostname
        parts.port  # noqa: B018  (raises ValueError on a malformed port)
    except ValueError:
        raise ConfigError(f"{name} is not a valid URL") from None
    if parts.scheme not in ("https", "http") or not host:
        raise ConfigError(f"{name} must be an absolute http(s) URL, got scheme {parts.scheme!r}")
    if parts.username is not None or parts.password is not None:
        raise ConfigError(f"{name} must not carry credentials in the URL")
    if parts.scheme == "http" and not is_loopback_host(host):
        raise ConfigError(f"{name} must use https (plain http is only allowed for loopback hosts)")


def _check_issuer(instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """An issuer identifier (RFC 8414 section 2): an https URL (http on loopback) without query or fragment."""
    _check_text(instance, attribute, value)
    _check_url(instance, attribute, value)
    if value is not None and ("?" in value or "#" in value):
        raise ConfigError(f"{_variable(attribute.name)} must not have a query or a fragment")


def _check_text(instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise ConfigError(f"{_variable(attribute.name)} must be a non-empty string")


# RFC 9110 section 10.1.5: product = token ["/" token], several separated by spaces. Nothing else may
# reach the header (no control characters, no comment that could carry a newline). Compiled by ``re``'s
# own cache on the first check, not at import (a quarter of a millisecond of every service's start).
_PRODUCTS: Final = r"[!#$%&'*+.^_`|~0-9A-Za-z-]+(/[!#$%&'*+.^_`|~0-9A-Za-z-]+)?( [!#$%&'*+.^_`|~0-9A-Za-z-]+(/[!#$%&'*+.^_`|~0-9A-Za-z-]+)?)*"


def _check_products(instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and (not isinstance(value, str) or re.fullmatch(_PRODUCTS, value) is None):
        raise ConfigError(
            f"{_variable(attribute.name)} must be product tokens such as 'my-service/1.2' "
            f"(RFC 9110: token or token/version, separated by spaces), got {value!r:.80}"
        )


def _check_secret(instance: object, attribute: attrs.Attribute[Any], value: Secret | None) -> None:
    if value is not None and not value:
        raise ConfigError(f"{_variable(attribute.name)} must not be empty")


#: What ``DASTRA_REDIS_URL`` may use (redis-py's URL forms): TCP, TCP over TLS, a Unix socket.
REDIS_URL_SCHEMES: Final = ("redis", "rediss", "unix")


def _check_redis_url(instance: object, attribute: attrs.Attribute[Any], value: Secret | None) -> None:
    """A ``redis://``, ``rediss://`` or ``unix://`` URL. Messages never repeat it: it may hold a password."""
    if value is None:
        return
    name = _variable(attribute.name)
    try:
        parts = urlsplit(value.reveal())
        host = parts.hostname
        parts.port  # noqa: B018  (raises ValueError on a malformed port)
    except ValueError:
        raise ConfigError(f"{name} is not a valid URL") from None
    if parts.scheme not in REDIS_URL_SCHEMES:
        raise ConfigError(f"{name} must start with redis://, rediss:// or unix://")
    if parts.scheme == "unix" and not parts.path:
        raise ConfigError(f"{name} must name the socket path (unix:///path/to/redis.sock)")
    if parts.scheme != "unix" and not host:
        raise ConfigError(f"{name} must name a host (redis://host:6379/0)")


def _check_int(minimum: int) -> Callable[[object, attrs.Attribute[Any], int], None]:
    def check(instance: object, attribute: attrs.Attribute[Any], value: int) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise ConfigError(f"{_variable(attribute.name)} must be an integer >= {minimum}, got {value!r}")

    return check


def _check_seconds(instance: object, attribute: attrs.Attribute[Any], value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ConfigError(f"{_variable(attribute.name)} must be a number of seconds >= 0, got {value!r}")


def _check_bool(instance: object, attribute: attrs.Attribute[Any], value: bool) -> None:
    if not isinstance(value, bool):
        raise ConfigError(f"{_variable(attribute.name)} must be True or False, got {value!r}")


def _check_timeout(instance: object, attribute: attrs.Attribute[Any], value: httpx2.Timeout) -> None:
    for part in ("connect", "read", "write", "pool"):
        seconds = getattr(value, part)
        if seconds is not None and seconds <= 0:
            raise ConfigError(f"DASTRA_TIMEOUT: the {part} timeout must be > 0 seconds, got {seconds!r}")


@attrs.frozen(kw_only=True)
class DastraSettings:
    """Everything a Dastra client needs. Immutable; secrets are held as :class:`Secret`.

    Credentials are optional here because each mode needs different ones; the client factory
    asks for the ones its mode needs (see :meth:`require_client_credentials`, :meth:`require_api_key`).
    """

    #: Public key (OAuth2 client id). [DASTRA_CLIENT_ID]
    client_id: str | None = attrs.field(default=None, validator=_check_text)
    #: Private key (OAuth2 client secret). [DASTRA_CLIENT_SECRET]
    client_secret: Secret | None = attrs.field(default=None, converter=_to_secret, validator=_check_secret)
    #: Key sent as ``X-API-Key`` in API-key mode. [DASTRA_API_KEY]
    api_key: Secret | None = attrs.field(default=None, converter=_to_secret, validator=_check_secret)
    api_url: str = attrs.field(default=DEFAULT_API_URL, validator=_check_url)
    token_url: str = attrs.field(default=DEFAULT_TOKEN_URL, validator=_check_url)
    authorize_url: str = attrs.field(default=DEFAULT_AUTHORIZE_URL, validator=_check_url)
    #: Where the authorization server sends the browser back (authorization-code flow only).
    redirect_uri: str | None = attrs.field(default=None, validator=_check_url)
    #: [DASTRA_TIMEOUT: one number of seconds for connect, read, write and pool]
    timeout: httpx2.Timeout = attrs.field(
        default=DEFAULT_TIMEOUT, converter=_to_timeout, validator=_check_timeout, eq=False
    )
    max_retries: int = attrs.field(default=2, validator=_check_int(0))
    retry_non_idempotent: bool = attrs.field(default=False, validator=_check_bool)
    rate_limit_per_minute: int = attrs.field(default=500, validator=_check_int(1))
    rate_limit_per_10_minutes: int = attrs.field(default=10_000, validator=_check_int(1))
    #: Renew a token this many seconds before it expires (capped at half its lifetime).
    token_leeway: float = attrs.field(default=60.0, validator=_check_seconds)
    #: Scope asked for in the client-credentials grant.
    scope: str = attrs.field(default="api1", validator=_check_text)
    #: Default workspace of workspace-scoped operations (an explicit ``workspace_id=`` wins).
    workspace_id: str | None = attrs.field(default=None, validator=_check_text)
    #: Expected ``iss`` of authorization callbacks (RFC 9207); ``None``: the token URL's origin.
    issuer: str | None = attrs.field(default=None, validator=_check_issuer)
    #: The webhook's signature key (``WebHookUrlDto.signatureKey``), for verifying deliveries.
    webhook_key: Secret | None = attrs.field(default=None, converter=_to_secret, validator=_check_secret)
    #: Redis shared by every process of one key (rate limit, token); ``None``: in-process only.
    #: ``redis://``, ``rediss://`` (TLS) or ``unix://``; redis-py options may follow as query parameters.
    redis_url: Secret | None = attrs.field(
        default=None, converter=_to_secret, validator=[_check_secret, _check_redis_url]
    )
    #: When Redis is unreachable: ``False`` fails closed with a typed error, ``True`` falls back to the
    #: in-process limiter and token (one WARNING per outage).
    redis_fallback: bool = attrs.field(default=False, validator=_check_bool)
    #: Your service's own product tokens (``my-service/1.2``), appended to every request's ``User-Agent``.
    user_agent: str | None = attrs.field(default=None, validator=_check_products)

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, **overrides: Unpack[SettingsOverrides]
    ) -> DastraSettings:
        """Settings from ``DASTRA_*`` variables (``os.environ`` by default); ``overrides`` win.

        Empty variables count as unset.
        """
        check_setting_names("from_env", overrides, "environ")
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for field_name, variable in ENVIRONMENT_VARIABLES.items():
            raw = env.get(variable, "").strip()
            if raw:
                values[field_name] = _parse_variable(field_name, variable, raw)
        values.update(overrides)
        return cls(**values)

    def replace(self, **changes: Unpack[SettingsOverrides]) -> DastraSettings:
        """A copy with ``changes`` applied, validated again."""
        check_setting_names("replace", changes)
        return attrs.evolve(self, **changes)

    def require_client_credentials(self) -> tuple[str, Secret]:
        """``(client_id, client_secret)``, or :class:`ConfigError` naming the missing variable."""
        if self.client_id is None and self.client_secret is None and self.api_key is None:
            raise ConfigError(NO_CREDENTIALS)
        if self.client_id is None:
            raise ConfigError(
                "DASTRA_CLIENT_ID is not set (the public key of your Dastra API key; "
                "or DASTRA_API_KEY alone for API-key mode)"
            )
        if self.client_secret is None:
            raise ConfigError("DASTRA_CLIENT_SECRET is not set (the private key of your Dastra API key)")
        return self.client_id, self.client_secret

    def require_api_key(self) -> Secret:
        """The key for ``X-API-Key``: ``api_key``, else the private key; :class:`ConfigError` if neither."""
        key = self.api_key or self.client_secret
        if key is None:
            raise ConfigError(
                "DASTRA_API_KEY is not set (nor DASTRA_CLIENT_SECRET) for API-key mode; "
                "or set DASTRA_CLIENT_ID and DASTRA_CLIENT_SECRET for the OAuth2 client-credentials mode"
            )
        return key


#: The message of a client built with no credentials at all: every way to authenticate.
NO_CREDENTIALS: Final = (
    "no Dastra credentials: set DASTRA_CLIENT_ID and DASTRA_CLIENT_SECRET (client_id=, client_secret=: "
    "the public and private keys of your Dastra API key, OAuth2 client credentials), "
    "or DASTRA_API_KEY (api_key=: sent as X-API-Key)"
)


class SettingsOverrides(TypedDict, total=False):
    """The fields of :class:`DastraSettings` as keyword arguments (``Dastra(client_id=...)``,
    ``create_client(...)``, ``DastraSettings.from_env(...)``, ``replace(...)``), each typed as the
    field accepts it (secrets as ``str`` or :class:`Secret`, the timeout as seconds or an
    ``httpx2.Timeout``). A test keeps it in step with the fields."""

    client_id: str | None
    client_secret: str | Secret | None
    api_key: str | Secret | None
    api_url: str
    token_url: str
    authorize_url: str
    redirect_uri: str | None
    timeout: httpx2.Timeout | float
    max_retries: int
    retry_non_idempotent: bool
    rate_limit_per_minute: int
    rate_limit_per_10_minutes: int
    token_leeway: float
    scope: str
    workspace_id: str | None
    issuer: str | None
    webhook_key: str | Secret | None
    redis_url: str | Secret | None
    redis_fallback: bool
    user_agent: str | None


#: The names ``DastraSettings(...)`` takes.
SETTING_NAMES: Final = frozenset(SettingsOverrides.__annotations__)


def check_setting_names(where: str, names: Mapping[str, object], *also: str) -> None:
    """``TypeError`` for a keyword of ``where`` that is no setting (nor one of ``also``), with the
    closest name: ``Dastra() got an unexpected keyword argument 'client_idd'; did you mean 'client_id'?``"""
    unknown = names.keys() - SETTING_NAMES
    if unknown:
        raise unexpected_keywords(where, unknown, (*SETTING_NAMES, *also))


def _suggesting(init: Callable[..., None]) -> Callable[..., None]:
    """attrs' ``__init__`` of :class:`DastraSettings`, whose ``TypeError`` for an unknown keyword
    names the closest setting. Only the error path differs; ``inspect.signature`` shows attrs' own."""

    @functools.wraps(init)
    def __init__(self: DastraSettings, *args: Any, **kwargs: Any) -> None:
        try:
            init(self, *args, **kwargs)
        except TypeError:
            check_setting_names("DastraSettings", kwargs)
            raise

    return __init__


# Type checkers read the attrs-generated signature; at run time the same one, with the suggestion.
setattr(DastraSettings, "__init__", _suggesting(DastraSettings.__init__))  # noqa: B010


_INTEGER_FIELDS: Final = frozenset({"max_retries", "rate_limit_per_minute", "rate_limit_per_10_minutes"})
_BOOLEAN_FIELDS: Final = frozenset({"redis_fallback"})
_BOOLEANS: Final = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}


def _parse_variable(field_name: str, variable: str, raw: str) -> Any:
    if field_name in _INTEGER_FIELDS:
        try:
            return int(raw)
        except ValueError:
            raise ConfigError(f"{variable} must be an integer, got {raw!r}") from None
    if field_name in _BOOLEAN_FIELDS:
        lowered = raw.lower()
        if lowered not in _BOOLEANS:
            raise ConfigError(f"{variable} must be true or false (or 1/0, yes/no), got {raw!r}")
        return _BOOLEANS[lowered]
    if field_name == "timeout":
        try:
            seconds = float(raw)
        except ValueError:
            raise ConfigError(f"{variable} must be a number of seconds, got {raw!r}") from None
        if not seconds > 0 or seconds == float("inf"):
            raise ConfigError(f"{variable} must be a number of seconds > 0, got {raw!r}")
        return seconds
    return raw
