"""What both parse paths read (``_lazy.py``, the dict path; ``_wire.py``, the path from bytes).

The eager switch and the lazy loaders of models built from wire structs live here, in a module that
imports nothing of the package, so that ``_lazy`` and ``_wire`` each import this one and never each
other: ``_wire`` builds on the models only through what they define (``from_dict``, their
annotations), and ``LazyModel.from_json`` imports ``_wire`` on its first call (msgspec, which
``_wire`` needs, is then imported only by a process that parses bytes).

This file is copied verbatim into the generated package as ``_state.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Final

__all__ = ["EAGER", "WIRE_LOADERS", "eager_parsing"]

#: The lazy loaders of models built from wire structs (``_wire.py``), by the struct's type: such a
#: model's ``_source`` is its struct, whose nested values are structs, not dicts.
WIRE_LOADERS: Final[dict[type, Mapping[str, Callable[[Any, Any], Any]]]] = {}

#: Whether ``from_dict`` parses lazy fields at once; set it with :func:`eager_parsing`.
EAGER: Final[ContextVar[bool]] = ContextVar("dastra_client_eager_parsing", default=False)


@contextmanager
def eager_parsing(enabled: bool = True) -> Iterator[None]:
    """Parse every nested value at once in models built inside the block (this thread or task only).

    Worth it when every field will be read (exports): an eager parse skips the per-field cost of the
    first access. The models behave the same either way.
    """
    token = EAGER.set(enabled)
    try:
        yield
    finally:
        EAGER.reset(token)
