"""The front door and the one-way flow: what each package exports, who imports whom, the errors' name."""

from __future__ import annotations

import importlib
import pickle
import subprocess

import pytest

import dastra
import dastra.errors
from dastra_codegen import paths
from tests.layout.imports import cycles, graph

EXPORTS = {
    "dastra": [
        "APIConnectionError",
        "APIError",
        "APIResponse",
        "APIResponseValidationError",
        "APIStatusError",
        "APITimeoutError",
        "AsyncDastra",
        "AsyncPager",
        "AuthenticationError",
        "ConfigError",
        "Dastra",
        "DastraError",
        "DastraSettings",
        "F",
        "NotFoundError",
        "RateLimitError",
        "RequestOptions",
        "SyncPager",
        "UNSET",
        "Webhooks",
    ],
    "dastra.types": [
        "MAX_PAGE_SIZE",
        "UNSET",
        "APIResponse",
        "Answer",
        "AsyncPager",
        "BinaryAnswer",
        "ClientOptions",
        "JSONValue",
        "PageLike",
        "RequestOptions",
        "SyncPager",
        "Unset",
        "eager_parsing",
    ],
    "dastra.webhooks": [
        "SIGNATURE_HEADER",
        "HeaderSource",
        "WebhookPayload",
        "Webhooks",
        "parse_webhook",
        "signature_header",
        "verify_signature",
    ],
    "dastra.client": ["AsyncDastra", "Dastra"],
    "dastra.settings": [
        "DEFAULT_API_URL",
        "DEFAULT_AUTHORIZE_URL",
        "DEFAULT_TIMEOUT",
        "DEFAULT_TOKEN_URL",
        "DastraSettings",
        "SettingsOverrides",
    ],
    "dastra.filters": ["Condition", "F", "FilterValue", "Operator", "Rule", "RuleSet", "all_of", "any_of"],
    "dastra_auth": [
        "APIKeyAuth",
        "AsyncAuthorizationCodeSession",
        "AsyncOAuth2Session",
        "AuthorizationCodeSession",
        "FileTokenStore",
        "MemoryTokenStore",
        "OAuth2Session",
        "PendingAuthorization",
        "RedisTokenStore",
        "Secret",
        "SharedToken",
        "Token",
        "TokenStore",
        "start_authorization",
    ],
}

ERRORS = [
    "APIAuthenticationError",
    "APIConnectionError",
    "APIError",
    "APIRedirectError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "AuthorizationCallbackError",
    "BadRequestError",
    "ConfigError",
    "ConflictError",
    "DastraError",
    "FieldValidationError",
    "InternalServerError",
    "NotFoundError",
    "PagingError",
    "PermissionDeniedError",
    "Problem",
    "RateLimitError",
    "RedisUnavailableError",
    "TokenEndpointError",
    "TokenEndpointTimeout",
    "UnprocessableEntityError",
    "VariantMismatchError",
    "WebhookError",
    "WebhookPayloadError",
    "WebhookSignatureError",
    "WorkspaceRequiredError",
]


@pytest.mark.parametrize("module", sorted(EXPORTS))
def test_each_package_exports_exactly_its_public_names(module: str) -> None:
    imported = importlib.import_module(module)
    assert sorted(imported.__all__) == sorted(EXPORTS[module])
    for name in imported.__all__:
        assert getattr(imported, name) is not None, name


def test_the_front_door_gives_the_same_objects_as_their_homes() -> None:
    from dastra import types as public_types
    from dastra.client import AsyncDastra, Dastra
    from dastra.filters import F
    from dastra.settings import DastraSettings

    assert (dastra.Dastra, dastra.AsyncDastra, dastra.F, dastra.DastraSettings) == (
        Dastra,
        AsyncDastra,
        F,
        DastraSettings,
    )
    assert dastra.UNSET is public_types.UNSET and dastra.SyncPager is public_types.SyncPager
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        _ = dastra.Nope  # the module's __getattr__ answers Any to checkers, AttributeError at run time


def test_every_exception_a_user_catches_is_in_dastra_errors_under_that_name() -> None:
    assert sorted(dastra.errors.__all__) == ERRORS
    for name in ERRORS:
        error = getattr(dastra.errors, name)
        assert error.__module__ == "dastra.errors", name
        assert f"dastra.errors.{name}" in repr(error)
    assert all(
        issubclass(getattr(dastra.errors, n), dastra.errors.DastraError) for n in ERRORS if n != "Problem"
    )


def test_an_error_pickles_under_its_public_name() -> None:
    error = dastra.errors.TokenEndpointError("refused", error="invalid_client", status_code=401)
    data = pickle.dumps(error)
    assert b"dastra.errors" in data and b"dastra_auth" not in data
    again = pickle.loads(data)
    assert type(again) is dastra.errors.TokenEndpointError and str(again) == "refused"


def test_data_flows_one_way_between_the_packages() -> None:
    edges = graph()

    def imports_of(package: str) -> set[str]:
        return {
            t.split(".")[0] for m, targets in edges.items() if m.split(".")[0] == package for t in targets
        }

    assert "dastra" not in imports_of("dastra_auth")
    assert imports_of("dastra_client") == {"dastra_client"}


def test_no_import_cycle_in_any_package() -> None:
    assert cycles(graph()) == []


def test_the_auth_package_runs_without_the_client_package_loaded() -> None:
    import subprocess
    import sys

    code = (
        "import sys, dastra_auth\n"
        "from dastra_auth.code_flow import start_authorization\n"
        "from dastra_auth.token_store import MemoryTokenStore\n"
        "p = start_authorization(client_id='c', authorize_url='https://a.example/authorize',"
        " redirect_uri='https://app.example/cb', token_url='https://a.example/connect/token')\n"
        "assert p.issuer == 'https://a.example', p.issuer\n"
        "assert 'code_challenge_method=S256' in p.url and 'scope=api1+offline_access' in p.url\n"
        "assert not [m for m in sys.modules if m == 'dastra' or m.startswith('dastra.')]\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


#: The repository's top level: the fixed entries, the packages of the design, and the project's files.
TOP_LEVEL = {
    # fixed
    "pyproject.toml", "openapi", "generator_config.yml", "generated", "dastra_auth", "noxfile.py", "tests",
    "README.md", ".ci", ".github", "docs",
    # the packages the design needs
    "dastra", "dastra_codegen", "dastra_docs", "dastra_sandbox", "benchmarks", "sandbox",
    # project files
    "CHANGELOG.md", "LICENSE", "mkdocs.yml", ".gitignore",
}  # fmt: skip


def test_the_top_level_holds_only_what_the_layout_names() -> None:
    # Regression: a .notes/ folder of drafts for README stayed committed long after they were merged.
    if not (paths.ROOT / ".git").exists():
        pytest.skip("not a git checkout: the committed files cannot be listed")
    listed = subprocess.run(
        ["git", "ls-files"], cwd=paths.ROOT, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert {name.split("/", 1)[0] for name in listed} <= TOP_LEVEL
