"""What a person sees at run time agrees with the types: keyword names with a suggestion, ``UNSET`` as
``UNSET``, models showing the fields they hold, a plain dict refused as a body, every way to log in named.

No socket: the clients answer through ``httpx2.MockTransport``.
"""

from __future__ import annotations

import asyncio
import inspect
import pydoc
import re
import typing
from collections.abc import Callable
from typing import Any

import attrs
import httpx2
import pytest

from dastra import AsyncDastra, Dastra
from dastra.connect import create_async_client, create_client
from dastra.errors import ConfigError
from dastra.settings import DastraSettings, SettingsOverrides
from dastra.types import UNSET
from dastra_client.models import DataBreachDto, DataSubjectMessageCreationDto, UserLightDto
from dastra_client.resources.areas import Areas

ANSWER = {"id": 1}


def _transport() -> httpx2.MockTransport:
    return httpx2.MockTransport(lambda request: httpx2.Response(200, json=ANSWER))


def _async_transport() -> httpx2.MockTransport:
    return _transport()


def _sync() -> Dastra:
    return Dastra(api_key="key", workspace_id="42", transport=_transport())


def _async() -> AsyncDastra:
    return AsyncDastra(api_key="key", workspace_id="42", transport=_async_transport())


# ---- typed keywords -----------------------------------------------------------------------------


def test_the_settings_keywords_are_the_settings_fields_as_each_accepts_them() -> None:
    hints = typing.get_type_hints(SettingsOverrides)
    fields = attrs.fields_dict(DastraSettings)
    assert list(hints) == list(fields)  # same names, same order
    field_types = typing.get_type_hints(DastraSettings)
    for name, field in fields.items():
        converter = field.converter
        accepted = typing.get_type_hints(converter)["value"] if callable(converter) else field_types[name]
        assert hints[name] == accepted, name


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: Dastra(client_idd="x"),  # type: ignore[call-arg]
            "Dastra() got an unexpected keyword argument 'client_idd'; did you mean 'client_id'?",
        ),
        (
            lambda: AsyncDastra(api_key="k", moed="api_key"),  # type: ignore[call-arg]
            "AsyncDastra() got an unexpected keyword argument 'moed'; did you mean 'mode'?",
        ),
        (
            lambda: create_client(tokenstore=None),  # type: ignore[call-arg]
            "create_client() got an unexpected keyword argument 'tokenstore'; did you mean 'token_store'?",
        ),
        (
            lambda: create_async_client(api_urll="x"),  # type: ignore[call-arg]
            "create_async_client() got an unexpected keyword argument 'api_urll'; did you mean 'api_url'?",
        ),
        (
            lambda: DastraSettings(client_idd="x"),  # type: ignore[call-arg]
            "DastraSettings() got an unexpected keyword argument 'client_idd'; did you mean 'client_id'?",
        ),
        (
            lambda: DastraSettings.from_env({}, webhookkey="x"),  # type: ignore[call-arg]
            "from_env() got an unexpected keyword argument 'webhookkey'; did you mean 'webhook_key'?",
        ),
        (
            lambda: DastraSettings().replace(max_retry=1),  # type: ignore[call-arg]
            "replace() got an unexpected keyword argument 'max_retry'; did you mean 'max_retries'?",
        ),
        (
            lambda: _sync().with_options(timout=1),  # type: ignore[call-arg]
            "with_options() got an unexpected keyword argument 'timout'; did you mean 'timeout'?",
        ),
        (
            lambda: _sync().areas.find(1, workspaceid="4"),  # type: ignore[call-arg]
            "find() got an unexpected keyword argument 'workspaceid'; did you mean 'workspace_id'?",
        ),
        (
            lambda: _sync().areas.list(sizes=3, zzz=1),  # type: ignore[call-arg]
            "list() got unexpected keyword arguments: 'sizes' (did you mean 'size'?), 'zzz'",
        ),
    ],
)
def test_an_unknown_keyword_raises_with_the_closest_name(build: Callable[[], object], message: str) -> None:
    with pytest.raises(TypeError) as raised:
        build()
    assert str(raised.value) == message


def test_an_async_method_suggests_too() -> None:
    async def call() -> None:
        async with _async() as dastra:
            await dastra.areas.find(1, extra_header={"a": "b"})  # type: ignore[call-arg]

    with pytest.raises(TypeError, match=r"^find\(\) .* 'extra_header'; did you mean 'extra_headers'\?$"):
        asyncio.run(call())


def test_settings_keep_the_attrs_signature_and_errors() -> None:
    parameters = inspect.signature(DastraSettings).parameters
    assert list(parameters) == list(attrs.fields_dict(DastraSettings))
    with pytest.raises(TypeError, match="positional"):
        DastraSettings("x")  # type: ignore[call-arg]
    with pytest.raises(ConfigError, match="DASTRA_API_URL"):
        DastraSettings(api_url="ftp://x")


# ---- UNSET, reprs, help -------------------------------------------------------------------------


def test_unset_reads_as_unset_in_reprs_signatures_and_help() -> None:
    assert repr(UNSET) == "UNSET" and str(UNSET) == "UNSET"
    assert "= UNSET" in str(inspect.signature(Areas.list))
    for shown in (pydoc.render_doc(Areas), pydoc.render_doc(DataBreachDto)):
        assert "object at 0x" not in shown
        assert not re.search(r"<dastra_client\.[\w.]+ object", shown)


def test_a_model_shows_the_fields_it_holds() -> None:
    user = UserLightDto(id=7, display_name="Ada")
    assert repr(user) == "UserLightDto(id=7, display_name='Ada')"
    breach = DataBreachDto.from_dict(
        {
            "id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
            "label": "Phishing",
            "startDate": "soon",
            "operator": {"id": 2},
        }
    )
    shown = repr(breach)
    assert shown.startswith("DataBreachDto(label='Phishing', start_date=<invalid: expected datetime.datetime")
    assert "operator=UserLightDto(id=2)" in shown  # a lazy field, parsed for the repr
    assert "UNSET" not in shown and "additional_properties" not in shown
    broken = DataBreachDto.from_dict({"label": "x", "startDate": "2024-01-01T00:00:00", "operator": 3})
    assert "operator=<invalid: expected UserLightDto | None, received 3>" in repr(broken)  # never raises
    extra = UserLightDto.from_dict({"id": 1, "newField": True})
    assert repr(extra) == "UserLightDto(id=1, additional_properties={'newField': True})"


# ---- a dict as a body ---------------------------------------------------------------------------


def test_a_plain_dict_as_a_body_raises_a_type_error_naming_the_model() -> None:
    expected = "body must be a DataSubjectMessageCreationDto, not dict: build it with DataSubjectMessageCreationDto(...)"
    body: Any = {"message": "hi"}
    with pytest.raises(TypeError, match=re.escape(expected)):
        _sync().data_subject_messages.create(body=body)

    async def call() -> None:
        async with _async() as dastra:
            await dastra.data_subject_messages.create(body=body)

    with pytest.raises(TypeError, match=re.escape(expected)):
        asyncio.run(call())
    model = DataSubjectMessageCreationDto.from_dict(body)  # what the message suggests works
    assert _sync().data_subject_messages.create(body=model) == ANSWER


# ---- credentials --------------------------------------------------------------------------------


def test_missing_credentials_name_every_way_to_authenticate() -> None:
    for build in (lambda: Dastra(DastraSettings()), lambda: create_client(DastraSettings())):
        with pytest.raises(ConfigError) as raised:
            build()
        message = str(raised.value)
        for name in ("DASTRA_CLIENT_ID", "DASTRA_CLIENT_SECRET", "DASTRA_API_KEY", "client_id=", "api_key="):
            assert name in message
    with pytest.raises(
        ConfigError, match=r"DASTRA_API_KEY is not set .*DASTRA_CLIENT_ID and DASTRA_CLIENT_SECRET"
    ):
        Dastra(DastraSettings(), mode="api_key")
