"""Reading every field of a parsed answer, as an export would: the walk the parsing benchmarks time.

Its own module, free of the generator and pydantic, so that the plain-install benchmark's worker
(``benchmarks/plain_worker.py``, in a virtualenv holding only the client) walks pages the same way.
"""

from __future__ import annotations

from typing import Any

import attrs

__all__ = ["field_names", "read_every_field"]

_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        fields: tuple[attrs.Attribute[Any], ...] = attrs.fields(cls) if attrs.has(cls) else ()
        names = _FIELD_NAMES[cls] = tuple(field.name for field in fields)
    return names


def read_every_field(value: object) -> int:
    """Read every field of ``value``, recursively; returns how many values were read.

    Iterative, with one stack: the walk allocates nothing per object, so its own garbage does not
    trigger collections inside the parse it is measuring.
    """
    count = 0
    stack = [value]
    while stack:
        current = stack.pop()
        if type(current) is list:
            stack.extend(current)
            continue
        for name in field_names(type(current)):
            count += 1
            stack.append(getattr(current, name))
    return count
