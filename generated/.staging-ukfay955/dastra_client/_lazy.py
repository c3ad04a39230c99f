"""Lazy parsing of nested values, the base of every generated model.

``from_dict`` sets the plain and required fields of a model and keeps the JSON object it came
from; the optional nested values (models, lists of models, dates, enums...) are parsed the first
time they are read, then stored in their slot like any other attribute. Reading a page of 500
items therefore costs little more than decoding its JSON, and the values a service never looks at
are never parsed. ``==``, ``repr``, ``to_dict``, ``attrs.asdict`` and pickling read every field, so
they see the same values an eagerly built object would hold.

This file is copied verbatim into the generated package as ``_lazy.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

__all__ = ["LazyModel"]


class LazyModel:
    """A model whose optional nested fields are parsed from ``_source`` on first access."""

    __slots__ = ("_source",)

    _source: Mapping[str, Any]
    #: Field name -> function reading that field from the source JSON object.
    _LAZY_FIELDS: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {}

    if not TYPE_CHECKING:  # for mypy, models keep exactly their declared attributes

        def __getattr__(self, name: str) -> Any:
            # Only called when normal lookup failed: for a lazy field, its slot is still empty.
            load = type(self)._LAZY_FIELDS.get(name)
            if load is not None:
                try:
                    source = object.__getattribute__(self, "_source")
                except AttributeError:
                    source = None
                if source is not None:
                    value = load(source)
                    object.__setattr__(self, name, value)
                    return value
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
