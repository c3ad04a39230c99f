"""Settings: environment, defaults, validation, https enforcement, secrets hidden."""

from __future__ import annotations

import pickle

import httpx2
import pytest

from dastra.errors import ConfigError
from dastra.settings import DEFAULT_TIMEOUT, DastraSettings
from dastra_auth.redact import Secret, redact

ENV = {"DASTRA_CLIENT_ID": "public-key", "DASTRA_CLIENT_SECRET": "private-key-value"}


def test_defaults() -> None:
    settings = DastraSettings()
    assert settings.api_url == "https://api.dastra.eu"
    assert settings.token_url == "https://account.dastra.eu/connect/token"
    assert settings.authorize_url == "https://account.dastra.eu/connect/authorize"
    assert (
        settings.timeout == httpx2.Timeout(connect=5.0, read=30.0, write=30.0, pool=10.0) == DEFAULT_TIMEOUT
    )
    assert (settings.max_retries, settings.retry_non_idempotent) == (2, False)
    assert (settings.rate_limit_per_minute, settings.rate_limit_per_10_minutes) == (500, 10_000)
    assert (settings.token_leeway, settings.scope) == (60.0, "api1")


def test_from_env() -> None:
    settings = DastraSettings.from_env(
        {
            **ENV,
            "DASTRA_API_KEY": "api-key-value",
            "DASTRA_API_URL": "http://127.0.0.1:8080",
            "DASTRA_TOKEN_URL": "http://localhost:9000/connect/token",
            "DASTRA_AUTHORIZE_URL": "http://[::1]:9000/connect/authorize",
            "DASTRA_TIMEOUT": "2.5",
            "DASTRA_MAX_RETRIES": "0",
            "DASTRA_RATE_LIMIT_PER_MINUTE": "60",
            "DASTRA_RATE_LIMIT_PER_10_MINUTES": "600",
            "DASTRA_REDIRECT_URI": "https://app.example.com/callback",
        }
    )
    assert settings.require_client_credentials() == ("public-key", Secret("private-key-value"))
    assert settings.require_api_key().reveal() == "api-key-value"
    assert settings.api_url == "http://127.0.0.1:8080"
    assert settings.timeout == httpx2.Timeout(2.5)
    assert (settings.max_retries, settings.rate_limit_per_minute, settings.rate_limit_per_10_minutes) == (
        0,
        60,
        600,
    )
    assert settings.redirect_uri == "https://app.example.com/callback"


def test_arguments_win_over_environment_and_empty_variables_are_unset() -> None:
    settings = DastraSettings.from_env({**ENV, "DASTRA_API_URL": ""}, client_id="other")
    assert settings.client_id == "other"
    assert settings.api_url == "https://api.dastra.eu"


@pytest.mark.parametrize(
    ("environ", "variable"),
    [
        ({"DASTRA_TIMEOUT": "fast"}, "DASTRA_TIMEOUT"),
        ({"DASTRA_TIMEOUT": "-1"}, "DASTRA_TIMEOUT"),
        ({"DASTRA_TIMEOUT": "nan"}, "DASTRA_TIMEOUT"),
        ({"DASTRA_MAX_RETRIES": "two"}, "DASTRA_MAX_RETRIES"),
        ({"DASTRA_MAX_RETRIES": "-1"}, "DASTRA_MAX_RETRIES"),
        ({"DASTRA_RATE_LIMIT_PER_MINUTE": "0"}, "DASTRA_RATE_LIMIT_PER_MINUTE"),
        ({"DASTRA_RATE_LIMIT_PER_10_MINUTES": "1.5"}, "DASTRA_RATE_LIMIT_PER_10_MINUTES"),
        ({"DASTRA_API_URL": "api.dastra.eu"}, "DASTRA_API_URL"),
        ({"DASTRA_API_URL": "ftp://api.dastra.eu"}, "DASTRA_API_URL"),
        ({"DASTRA_API_URL": "http://api.dastra.eu"}, "DASTRA_API_URL"),
        ({"DASTRA_TOKEN_URL": "http://account.dastra.eu/connect/token"}, "DASTRA_TOKEN_URL"),
        ({"DASTRA_TOKEN_URL": "http://127.0.0.1.example.com/token"}, "DASTRA_TOKEN_URL"),
        ({"DASTRA_TOKEN_URL": "https://user:pw@account.dastra.eu/connect/token"}, "DASTRA_TOKEN_URL"),
        ({"DASTRA_TOKEN_URL": "https://account.dastra.eu:99999/"}, "DASTRA_TOKEN_URL"),
        ({"DASTRA_AUTHORIZE_URL": "http://10.0.0.1/connect/authorize"}, "DASTRA_AUTHORIZE_URL"),
        ({"DASTRA_REDIRECT_URI": "http://app.example.com/cb"}, "DASTRA_REDIRECT_URI"),
    ],
)
def test_malformed_settings_name_the_variable(environ: dict[str, str], variable: str) -> None:
    with pytest.raises(ConfigError, match=variable):
        DastraSettings.from_env({**ENV, **environ})


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:1/x",
        "http://127.8.9.10/x",
        "http://localhost:5000",
        "http://[::1]:80/",
        "https://x.io",
    ],
)
def test_loopback_may_use_http(url: str) -> None:
    assert DastraSettings(token_url=url, api_url=url).token_url == url


def test_argument_validation() -> None:
    with pytest.raises(ConfigError, match="DASTRA_API_URL must use https"):
        DastraSettings(api_url="http://api.dastra.eu")
    with pytest.raises(ConfigError, match="DASTRA_TIMEOUT"):
        DastraSettings(timeout=httpx2.Timeout(0))
    with pytest.raises(ConfigError, match="DASTRA_CLIENT_SECRET"):
        DastraSettings(client_secret="")
    with pytest.raises(ConfigError, match="DASTRA_CLIENT_ID"):
        DastraSettings(client_id=" ")
    with pytest.raises(ConfigError, match="token_leeway"):
        DastraSettings(token_leeway=-1)
    with pytest.raises(ConfigError, match="retry_non_idempotent"):
        DastraSettings(retry_non_idempotent="yes")  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="DASTRA_API_URL"):
        DastraSettings().replace(api_url="http://evil.example")


def test_missing_credentials_name_the_variable() -> None:
    with pytest.raises(ConfigError, match="DASTRA_CLIENT_ID"):
        DastraSettings.from_env({}).require_client_credentials()
    with pytest.raises(ConfigError, match="DASTRA_CLIENT_SECRET"):
        DastraSettings.from_env({"DASTRA_CLIENT_ID": "x"}).require_client_credentials()
    with pytest.raises(ConfigError, match="DASTRA_API_KEY"):
        DastraSettings.from_env({}).require_api_key()
    assert DastraSettings.from_env(ENV).require_api_key().reveal() == "private-key-value"


def test_secrets_never_print() -> None:
    settings = DastraSettings.from_env({**ENV, "DASTRA_API_KEY": "api-key-value"})
    for text in (
        repr(settings),
        str(settings),
        f"{settings}",
        f"{settings.client_secret}",
        str(settings.api_key),
    ):
        assert "private-key-value" not in text and "api-key-value" not in text
    assert repr(settings.client_secret) == "Secret('***')"
    assert str(settings.client_secret) == "***"
    with pytest.raises(TypeError):
        pickle.dumps(settings.client_secret)
    assert settings == DastraSettings.from_env({**ENV, "DASTRA_API_KEY": "api-key-value"})
    assert settings != settings.replace(client_secret="other")


def test_redact() -> None:
    assert redact("a secret b", Secret("secret"), None, "") == "a *** b"
    assert redact("token=abc", "abc") == "token=***"
