"""A misspelled setting, a setting of the wrong type: errors before anything runs."""

from __future__ import annotations

from dastra import AsyncDastra, Dastra, DastraSettings
from dastra.connect import create_client


def misspelled_settings() -> None:
    # expect: mypy[call-arg] pyright[reportCallIssue]
    Dastra(client_idd="id")
    # expect: mypy[call-arg] pyright[reportCallIssue]
    AsyncDastra(api_ur="https://api.dastra.eu")
    # expect: mypy[call-arg] pyright[reportCallIssue]
    DastraSettings(workspace="42")
    # expect: mypy[call-arg] pyright[reportCallIssue]
    DastraSettings.from_env(clientid="id")
    # expect: mypy[call-arg] pyright[reportCallIssue]
    create_client(tokenstore=None)


def settings_of_the_wrong_type(settings: DastraSettings) -> None:
    # expect: mypy[arg-type] pyright[reportArgumentType]
    Dastra(max_retries="5")
    # expect: mypy[arg-type] pyright[reportArgumentType]
    DastraSettings(timeout="soon")
    # expect: mypy[arg-type] pyright[reportArgumentType]
    settings.replace(workspace_id=42)
    # expect: mypy[arg-type] pyright[reportArgumentType]
    Dastra(settings, mode="password")
