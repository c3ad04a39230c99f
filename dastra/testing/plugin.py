"""pytest fixtures for services that call Dastra, registered by the ``testing`` extra's ``pytest11`` entry point.

- ``fake_dastra``: a fresh :class:`~dastra.testing.FakeDastra` (``seed=0``) per test;
- ``dastra``: a :class:`~dastra.Dastra` connected to it in-process, scoped to ``fake_dastra.workspace_id``
  (as ``DASTRA_WORKSPACE_ID`` would scope it), closed after the test;
- ``async_dastra``: the :class:`~dastra.AsyncDastra` twin. It is a plain fixture, so pytest-asyncio, anyio
  and any other runner of async tests can use it; its session is built on the first call, in the test's
  event loop.

Override ``fake_dastra`` in a ``conftest.py`` for another seed or settings. Importing this module costs
nothing: the fake and the client are built when a test asks for them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from dastra.client import AsyncDastra, Dastra
    from dastra.testing import FakeDastra

__all__ = ["async_dastra", "dastra", "fake_dastra"]


@pytest.fixture
def fake_dastra() -> FakeDastra:
    """A fresh seeded fake Dastra (``seed=0``), its state this test's own."""
    from dastra.testing import FakeDastra

    return FakeDastra(seed=0)


@pytest.fixture
def dastra(fake_dastra: FakeDastra) -> Iterator[Dastra]:
    """A ``Dastra`` talking to ``fake_dastra`` in-process, in its seeded workspace."""
    with fake_dastra.client() as client:
        yield client


@pytest.fixture
def async_dastra(fake_dastra: FakeDastra) -> Iterator[AsyncDastra]:
    """An ``AsyncDastra`` talking to ``fake_dastra`` in-process, in its seeded workspace."""
    import anyio

    client = fake_dastra.async_client()
    yield client
    # The in-process transport holds no connection: closing runs no I/O, so any event loop will do.
    anyio.run(client.aclose)
