"""A deep check that a parsed model holds only values of the types its annotations declare.

Independent of the generated code: the annotations are resolved with ``typing.get_type_hints``
(``X | None | Unset``, ``list[Model]``, enums, ``datetime``/``date``/``UUID``, ``dict[str, X]``) and
every field is read and checked recursively. A read may raise only ``FieldValidationError``.
"""

from __future__ import annotations

import datetime
import enum
import types
import typing
from collections.abc import Iterator
from typing import Any
from uuid import UUID

import attrs

import dastra_client.models
from dastra_client._errors import FieldValidationError
from dastra_client.types import File, Unset

__all__ = ["Found", "check_model", "conforms", "field_types"]


@attrs.frozen
class Found:
    """What reading one model found: type problems, and the fields that raised FieldValidationError."""

    problems: list[str]
    errors: list[tuple[str, str, FieldValidationError]]  # (model class name, attribute, error)

    def top_level_paths(self, model: str) -> set[str]:
        """The JSON keys of the fields of ``model`` that raised (``tags[2]`` counts as ``tags``)."""
        return {error.path.split("[", 1)[0] for name, _, error in self.errors if name == model}


_FIELD_TYPES: dict[type, dict[str, Any]] = {}


def field_types(cls: type) -> dict[str, Any]:
    """The resolved annotation of every attrs field of a generated model class."""
    if cls not in _FIELD_TYPES:
        namespace = {name: getattr(dastra_client.models, name) for name in dastra_client.models.__all__}
        hints = typing.get_type_hints(cls, localns=namespace)
        _FIELD_TYPES[cls] = {field.name: hints[field.name] for field in attrs.fields(cls)}
    return _FIELD_TYPES[cls]


def _options(annotation: Any) -> tuple[Any, ...]:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return typing.get_args(annotation)
    return (annotation,)


def conforms(value: Any, annotation: Any) -> bool:
    """Whether ``value`` (not its nested models' fields) is of type ``annotation``; bool is no int."""
    if annotation is Any:
        return True
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        if isinstance(value, str) and not isinstance(value, enum.Enum):
            known = [
                option
                for option in typing.get_args(annotation)
                if isinstance(option, type) and issubclass(option, enum.Enum)
            ]
            if any(value in {member.value for member in option} for option in known):
                return False  # a known enum value must be its member, not the raw string
        return any(conforms(value, option) for option in typing.get_args(annotation))
    if origin is list:
        (item,) = typing.get_args(annotation)
        return isinstance(value, list) and all(conforms(element, item) for element in value)
    if origin is dict:
        key, item = typing.get_args(annotation)
        return isinstance(value, dict) and all(
            conforms(k, key) and conforms(v, item) for k, v in value.items()
        )
    if annotation is None or annotation is type(None):
        return value is None
    if annotation is int:
        return type(value) is int
    if annotation is bool:
        return type(value) is bool
    if annotation is float:
        return type(value) in (int, float)
    if annotation is datetime.date:
        return isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)
    if annotation in (str, datetime.datetime, UUID, Unset, File) or isinstance(annotation, type):
        return isinstance(value, annotation)
    raise AssertionError(f"the checker does not know the annotation {annotation!r}")


def _nested(value: Any) -> Iterator[Any]:
    """The models inside ``value`` (itself, or in lists and dicts)."""
    if attrs.has(type(value)):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _nested(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _nested(item)


def check_model(model: Any) -> Found:
    """Read every field of ``model`` and of the models inside it; report what does not fit."""
    found = Found([], [])
    stack = [model]
    while stack:
        current = stack.pop()
        cls = type(current)
        for name, annotation in field_types(cls).items():
            try:
                value = getattr(current, name)
            except FieldValidationError as error:
                found.errors.append((cls.__name__, name, error))
                if error.model != cls.__name__:
                    found.problems.append(f"{cls.__name__}.{name}: the error names {error.model}")
                continue
            if not conforms(value, annotation):
                found.problems.append(f"{cls.__name__}.{name}: {value!r:.80} is not {annotation}")
            stack.extend(_nested(value))
    return found
