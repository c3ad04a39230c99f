"""The pytest plugin, loaded by its entry point as in a service's own suite (no conftest, no import of the
plugin): a fresh fake per test, a sync client, the async client under pytest-asyncio and under anyio, and
the README's service test."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]
README = Path(__file__).resolve().parents[2] / "README.md"
_README_TEST = re.compile(r"<!-- run: pytest -->\n```python\n(?P<code>.*?)\n```", re.DOTALL)

SUITE = """
import anyio
import pytest

from dastra import AsyncDastra, Dastra
from dastra.testing import FakeDastra
from dastra_client.models import TagDto, TagType


def test_a_fresh_fake_per_test_first(dastra: Dastra, fake_dastra: FakeDastra) -> None:
    dastra.tags.create(body=TagDto(label="mine", type_=TagType.DATABREACH))
    assert "mine" in [tag["label"] for tag in fake_dastra.items("Tags")]


def test_a_fresh_fake_per_test_second(fake_dastra: FakeDastra) -> None:
    assert "mine" not in [tag["label"] for tag in fake_dastra.items("Tags")]


def test_the_client_is_scoped_to_the_seeded_workspace(dastra: Dastra, fake_dastra: FakeDastra) -> None:
    assert dastra.workspace_id == fake_dastra.workspace_id
    assert dastra.data_breachs.list().total == len(fake_dastra.items("DataBreachs"))


@pytest.mark.asyncio
async def test_async_under_pytest_asyncio(async_dastra: AsyncDastra) -> None:
    assert await async_dastra.work_spaces.list().total() == 3


@pytest.mark.anyio
async def test_async_under_anyio(async_dastra: AsyncDastra) -> None:
    labels = [workspace.label async for workspace in async_dastra.work_spaces.list()]
    assert len(labels) == 3


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
"""


def test_the_fixtures_and_the_readme_service_test_work_in_a_suite_of_their_own(
    pytester: pytest.Pytester,
) -> None:
    (readme_test,) = _README_TEST.findall(README.read_text(encoding="utf-8"))
    assert len(readme_test.splitlines()) <= 20
    pytester.makeini("[pytest]\nasyncio_default_fixture_loop_scope = function\n")
    pytester.makepyfile(test_suite=SUITE, test_readme=readme_test)
    result = pytester.runpytest("-p", "no:cacheprovider", "-q")
    result.assert_outcomes(passed=6)
