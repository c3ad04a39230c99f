"""The fast path from JSON bytes to models: msgspec decodes the body into typed structs, which become models.

``Model.from_json(data)`` (and every generated operation, through ``_decode.decode_model``) gives the
model ``Model.from_dict(loads(data))`` gives — equal, with the same ``repr``, ``to_dict`` and pickle —
in about 60 % of the time (``nox -s bench -- --only parsing``). The work the dict path does
in Python (build a dict per object, then check every value's JSON type) is done by msgspec in C:

- each model gets a *wire struct*: a ``msgspec.Struct`` (``gc=False``: never tracked by the cyclic
  collector) with one field per JSON key, of the JSON type that fits the model's field: ``str`` for
  strings, enums, dates and date-times, ``int | float`` for numbers, ``uuid.UUID``, nested wire structs
  and lists of them. Unknown keys are refused (``forbid_unknown_fields``), and an absent optional key
  reads as ``UNSET``;
- a converter compiled for each model (with ``exec``, as attrs compiles its ``__init__``) sets the
  model's slots from the struct: enums looked up, dates parsed with ``fromisoformat`` (msgspec rounds
  .NET's 7-digit fractions of a second where ``fromisoformat`` truncates them, so dates stay strings on
  the wire), nested structs converted, lazily (on first access, see ``_lazy.py``) or at once in eager
  mode, as the dict path does.

**One rule, two paths.** The fast path only ever takes a document that fits: every value of the JSON
type its field declares, every required key present, no unknown key. Anything else — a misfit, an
unknown field from a newer spec, invalid JSON — makes msgspec refuse the whole document, and it goes
to ``from_dict(loads(data))``, which applies the type rule of ``_lazy.py`` value by value. A value
that has the right JSON type but does not parse (a date string that is not a date) sends its object,
and only that one, to ``from_dict``. So both paths give the same models by construction; the tests
check it on every model, on real-shaped pages and on fuzzed values. A refused document costs the
attempt (msgspec stops at the first value that does not fit: for a key a newer spec added, in the
first item) plus the dict path; the benchmark measures that case too.

Models the fast path does not describe (a closed enum, which marks a oneOf variant; extra keys of a
typed value; a type the annotations spell another way) are decoded as plain JSON inside their parent's
struct and parsed by ``from_dict``; a model with none of its own is simply parsed by ``from_dict``.
Without msgspec (the ``speed`` extra), ``from_json`` is ``from_dict(loads(data))``.

This file is copied verbatim into the generated package as ``_wire.py``.
"""

from __future__ import annotations

import datetime
import enum
import functools
import importlib
import itertools
import linecache
import sys
import threading
import types
import typing
import uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, Protocol, Self, TypeVar

from . import _json
from ._state import EAGER, WIRE_LOADERS

if TYPE_CHECKING:  # every use below is guarded by the plan: no plan without msgspec
    import msgspec
else:
    try:
        import msgspec
    except ImportError:  # an install without msgspec: from_json is from_dict(loads(data))
        msgspec = None

__all__ = ["AVAILABLE", "parse_fitting", "parse_json", "plain", "wire_type"]

#: Whether the fast path is there (msgspec, from the ``speed`` extra, is installed).
AVAILABLE: Final = msgspec is not None


class _Model(Protocol):
    """What this module needs of a model (``_lazy.LazyModel``, which imports this module on first use)."""

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=_Model)
Convert = Callable[[Any], Any]


class _Plan:
    """What the fast path needs for one model: its wire struct, its decoder, its two converters."""

    __slots__ = ("decode", "eager", "lazy", "struct")

    def __init__(self, struct: type, eager: Convert, lazy: Convert) -> None:
        self.struct = struct
        self.decode: Callable[[bytes | str], Any] = msgspec.json.Decoder(struct).decode
        self.eager = eager
        self.lazy = lazy


_PLANS: Final[dict[type, _Plan | None]] = {}
_BUILDING: Final[set[type]] = set()  # the models whose plans this thread is building (under _LOCK)
_LOCK: Final = threading.RLock()  # plans are built once, by the first thread that needs one
_COUNTER: Final = itertools.count()


def parse_json(cls: type[M], data: bytes | str) -> M:
    """``cls.from_dict(loads(data))``, through the wire struct of ``cls`` when the document fits it.

    Raises what that expression raises: ``ValueError`` for invalid JSON, ``FieldValidationError``
    when the document is not an object.
    """
    parsed = parse_fitting(cls, data)
    if parsed is not None:
        return parsed
    return cls.from_dict(_json.loads(data))


def parse_fitting(cls: type[M], data: bytes | str) -> M | None:
    """The model of ``data`` by the fast path, or ``None`` when the document does not fit it."""
    plan = _plan_of(cls)
    if plan is None:
        return None
    try:
        wire = plan.decode(data)
    except msgspec.MsgspecError:  # a misfit, an unknown key, invalid JSON: the dict path decides
        return None
    model: M = (plan.eager if EAGER.get() else plan.lazy)(wire)
    return model


def _plan_of(cls: type) -> _Plan | None:
    """The plan of ``cls``: a dict lookup once it is built (no lock), else :func:`_plan`."""
    plan = _PLANS.get(cls, _UNBUILT)
    return _plan(cls) if plan is _UNBUILT else plan


_UNBUILT: Final[Any] = object()


def plain(value: object, unset: object) -> Any:
    """The JSON value a wire struct was decoded from (UUIDs in their canonical form), for ``from_dict``.

    ``unset`` is the package's ``UNSET``, the value of an absent key: it is left out.
    """
    if isinstance(value, list):
        return [plain(item, unset) for item in value]
    if isinstance(value, uuid.UUID):
        return str(value)
    fields = getattr(type(value), "__struct_fields__", None)
    if fields is None:
        return value
    keys = type(value).__struct_encode_fields__  # type: ignore[attr-defined]
    return {
        key: plain(item, unset)
        for key, item in zip(keys, (getattr(value, name) for name in fields), strict=True)
        if item is not unset
    }


# ---- building a plan ---------------------------------------------------------------------------


class _NotOnTheWire(Exception):
    """A type the wire structs do not describe: its model is parsed by ``from_dict``."""


def _plan(cls: type) -> _Plan | None:
    """The plan of ``cls``, built on first use. Only finished plans are ever in ``_PLANS``: a thread that
    finds none waits here for the one building it."""
    with _LOCK:
        if cls in _PLANS:
            return _PLANS[cls]
        plan = None
        if msgspec is not None:
            _BUILDING.add(cls)
            try:
                plan = _Builder(cls).build()
            # TypeError: a type msgspec refuses (a generator that spells a type in a new way)
            except (_NotOnTheWire, TypeError):
                plan = None
            finally:
                _BUILDING.discard(cls)
        _PLANS[cls] = plan
        return plan


def wire_type(cls: type) -> type | None:
    """The wire struct of model ``cls``, or ``None`` when its objects are parsed by ``from_dict``."""
    plan = _plan_of(cls)
    return None if plan is None else plan.struct


class _Models(dict[str, Any]):
    """The models by name, for the annotations that name them (``models`` imports each on first access)."""

    def __init__(self, package: types.ModuleType) -> None:
        super().__init__()
        self.package = package

    def __missing__(self, name: str) -> Any:
        try:
            return getattr(self.package, name)
        except AttributeError:
            raise KeyError(name) from None  # not a model: eval looks in the module's globals


class _Conversion(typing.NamedTuple):
    """How a wire value becomes the model's value: ``template`` over ``{0}``, the value."""

    kind: str  # "text" (parse a string), "enum", "list", "model"
    template: str
    #: When, of a value, the conversion applies: never to None or UNSET (nor, for a list, to []).
    guard: str = "v"
    #: The one function ``template`` calls on the value, if that is all it does (a list maps it).
    function: str | None = None

    def call(self, value: str) -> str:
        return self.template.format(value)


class _Builder:
    """Writes the wire struct and the converters of one model.

    A value needs no conversion when the struct holds the model's value as it is: strings, numbers,
    UUIDs, lists of them, ``None``, ``UNSET``.
    """

    def __init__(self, cls: type) -> None:
        self.cls = cls
        # The value of an absent key: the UNSET of the model's own package (dastra_client.types).
        package = cls.__module__.split(".", 1)[0]
        self.unset: object = importlib.import_module(f"{package}.types").UNSET
        self.globals: dict[str, Any] = {
            "cls": cls,
            "new": object.__new__,
            "plain": functools.partial(plain, unset=self.unset),
            "from_dict": cls.from_dict,  # type: ignore[attr-defined]
        }
        self.nested: dict[str, type] = {}  # global name -> model whose converter it calls

    def split(self, annotation: Any) -> tuple[bool, bool, Any]:
        return _split(annotation, type(self.unset))

    def name(self, prefix: str, value: object) -> str:
        """A global of the generated code that holds ``value``."""
        key = f"{prefix}{len(self.globals)}"
        self.globals[key] = value
        return key

    def build(self) -> _Plan:
        cls = self.cls
        keys: tuple[tuple[str, str], ...] = getattr(cls, "_JSON_KEYS", ())
        if not keys:
            raise _NotOnTheWire(cls)
        attributes = {attribute.name: attribute for attribute in cls.__attrs_attrs__}  # type: ignore[attr-defined]
        extras = attributes.get("additional_properties")
        if extras is not None and _annotation(cls, extras.type) != dict[str, Any]:
            raise _NotOnTheWire(cls)  # typed extra values: such an object is mostly its extra keys
        lazy_fields: Mapping[str, Callable[[Any, Any], Any]] = getattr(cls, "_LAZY_FIELDS", {})
        struct_fields: list[tuple[Any, ...]] = []
        eager: list[str] = []
        lazy: list[str] = []
        loaded: dict[str, tuple[str, _Conversion]] = {}  # lazy field -> (JSON key, conversion)
        for attribute_name, key in keys:
            optional, nullable, core = self.split(_annotation(cls, attributes[attribute_name].type))
            wire, conversion = self.value(core)
            if nullable:
                wire = wire | None
            struct_fields.append((attribute_name, wire, self.unset) if optional else (attribute_name, wire))
            target, source = f"p.{attribute_name}", f"w.{attribute_name}"
            if conversion is None:
                eager.append(f"{target} = {source}")
                lazy.append(eager[-1])
            elif conversion.kind == "enum":  # None and UNSET are no enum's values: they map to themselves
                eager.append(f"v = {source}; {target} = {conversion.call('v')}")
                lazy.append(eager[-1])
            else:  # a parse: None, UNSET (and an empty list) stay as they are
                guard = conversion.guard
                eager.append(f"v = {source}; {target} = {conversion.call('v')} if {guard} else v")
                if attribute_name in lazy_fields:  # parsed on first access, as the dict path does
                    lazy.append(f"v = {source}\nif not ({guard}): {target} = v")
                    loaded[attribute_name] = (key, conversion)
                else:
                    lazy.append(eager[-1])
        if extras is not None:
            eager.append("p.additional_properties = {}")
            lazy.append(eager[-1])
        if loaded:
            lazy.append("p._source = w")
        struct: type = msgspec.defstruct(
            f"{cls.__name__}Wire",
            struct_fields,
            rename=dict(keys),
            kw_only=True,
            forbid_unknown_fields=True,
            gc=False,  # a tree of values, never a cycle: nothing for the collector to find
            module=__name__,
        )
        values = {name: conversion for name, (_, conversion) in loaded.items()}
        eager_namespace = self.compile("eager", eager, values)
        lazy_namespace = self.compile("lazy", lazy, values)
        if loaded:
            WIRE_LOADERS[struct] = {
                name: _loader(cls, name, key, eager_namespace, lazy_namespace, self.unset)
                for name, (key, _) in loaded.items()
            }
        return _Plan(struct, eager_namespace["convert"], lazy_namespace["convert"])

    def value(self, core: Any) -> tuple[Any, _Conversion | None]:
        """The wire type of a (non-null) value, and how to convert it (``None``: as it is)."""
        if core in (str, int, bool, uuid.UUID) or core is Any:
            return core, None
        if core is float:
            return int | float, None  # an int sent for a float stays an int, as from_dict keeps it
        if core is datetime.datetime:
            parse = self.name("datetime_", datetime.datetime.fromisoformat)
            return str, _Conversion("text", parse + "({0})", "v.__class__ is str", parse)
        if core is datetime.date:
            parse = self.name("date_", datetime.date.fromisoformat)
            return str, _Conversion("text", parse + "({0})", "v.__class__ is str", parse)
        if isinstance(core, tuple):  # an open enum: (Enum class, the raw type it admits)
            members, raw = core
            by_value = self.name("enum_", {member.value: member for member in members}.get)
            return raw, _Conversion("enum", by_value + "({0}, {0})")
        if typing.get_origin(core) is list:
            (item,) = typing.get_args(core)
            optional, nullable, item_core = self.split(item)
            if optional or nullable:
                raise _NotOnTheWire(core)  # null or absent items: not a type these models use
            wire, conversion = self.value(item_core)
            if conversion is None:
                return _list_of(wire), None
            if conversion.function is not None:
                return _list_of(wire), _Conversion("list", f"list(map({conversion.function}, {{0}}))")
            return _list_of(wire), _Conversion("list", "[" + conversion.call("x") + " for x in {0}]")
        if isinstance(core, type) and hasattr(core, "__attrs_attrs__"):
            model: Any = core
            # A model nested in itself (being built, by this thread: the lock is held) reads as plain JSON.
            plan = None if core in _BUILDING else _plan(core)
            if plan is None:  # parsed by from_dict, from plain JSON (an empty object is a model too)
                parse = self.name("from_dict_", model.from_dict)
                return dict[str, Any], _Conversion("model", parse + "({0})", "v.__class__ is dict", parse)
            name = self.name("model_", None)
            self.nested[name] = core
            return plan.struct, _Conversion("model", name + "({0})", function=name)
        raise _NotOnTheWire(core)

    def compile(self, mode: str, lines: list[str], values: Mapping[str, _Conversion]) -> dict[str, Any]:
        """``convert(w)`` (a model from its wire struct) and ``value_<field>(v)`` for each lazy field.

        An object with a value of the right JSON type that does not parse (a date string that is no
        date) is handed, whole, to ``from_dict``, which records the misfit by the type rule.
        """
        body = "\n".join(f"        {line}" for text in lines for line in text.split("\n"))
        source = (
            "def convert(w):\n"
            "    try:\n"
            "        p = new(cls)\n"
            f"{body}\n"
            "        return p\n"
            "    except (ValueError, TypeError):\n"
            "        return from_dict(plain(w))\n"
        )
        for name, conversion in values.items():
            source += f"\n\ndef value_{name}(v):\n    return {conversion.call('v')}\n"
        filename = f"<dastra_client wire {mode} {self.cls.__name__} {next(_COUNTER)}>"
        namespace = dict(self.globals)
        # A nested model's converter is looked up on its first call: its plan may still be being built.
        for name, nested in self.nested.items():
            namespace[name] = _resolver(namespace, name, nested, mode)
        exec(compile(source, filename, "exec"), namespace)  # our own text, as attrs compiles __init__
        # Tracebacks show the generated lines, as they do for attrs' generated methods.
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        return namespace


def _list_of(item: Any) -> Any:
    """``list[item]``, for a type known at run time."""
    return types.GenericAlias(list, (item,))


def _resolver(namespace: dict[str, Any], name: str, cls: type, mode: str) -> Convert:
    """Stands for the converter of ``cls`` in ``namespace`` until its first call, then replaces itself."""

    def resolve(wire: Any) -> Any:
        plan = _PLANS[cls]
        assert plan is not None
        function: Convert = plan.eager if mode == "eager" else plan.lazy
        namespace[name] = function
        return function(wire)

    return resolve


def _loader(
    cls: type, name: str, key: str, eager: Mapping[str, Any], lazy: Mapping[str, Any], unset: object
) -> Callable[[Any, Any], Any]:
    """The lazy loader of field ``name`` for a model whose source is its wire struct."""
    dict_loader = cls._LAZY_FIELDS[name]  # type: ignore[attr-defined]
    function = f"value_{name}"

    def load(model: Any, wire: Any) -> Any:
        value = getattr(wire, name)
        try:
            result = (eager if EAGER.get() else lazy)[function](value)
        except (ValueError, TypeError):  # does not parse: the dict path records the misfit
            return dict_loader(model, {key: plain(value, unset)})
        setattr(model, name, result)
        return result

    return load


def _annotation(cls: type, annotation: object) -> Any:
    """A field's annotation as a type (the generated modules use ``from __future__ import annotations``)."""
    if not isinstance(annotation, str):
        return annotation
    module = sys.modules[cls.__module__]
    models = sys.modules[cls.__module__.rsplit(".", 1)[0]]  # the package: dastra_client.models
    try:
        return eval(_compiled(annotation), vars(module), _Models(models))  # generated annotations, not input
    except Exception as error:  # an annotation these rules do not know how to read
        raise _NotOnTheWire(annotation) from error


@functools.cache
def _compiled(annotation: str) -> types.CodeType:
    """An annotation compiled once: the same few (``None | str | Unset``) recur across the models."""
    return compile(annotation, "<annotation>", "eval")


def _split(annotation: Any, unset: type) -> tuple[bool, bool, Any]:
    """(may be absent, may be null, the rest): an open enum's rest is ``(Enum, raw type)``."""
    if typing.get_origin(annotation) not in (typing.Union, types.UnionType):
        if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
            raise _NotOnTheWire(annotation)  # a closed enum: the tag of a oneOf variant
        return False, False, annotation
    members = typing.get_args(annotation)
    optional = unset in members
    nullable = type(None) in members
    rest = [member for member in members if member not in (unset, type(None))]
    enums = [member for member in rest if isinstance(member, type) and issubclass(member, enum.Enum)]
    if enums:
        raws = [member for member in rest if member not in enums]
        if len(enums) != 1 or len(raws) != 1 or raws[0] not in (str, int):
            raise _NotOnTheWire(annotation)
        return optional, nullable, (enums[0], raws[0])
    if len(rest) != 1:
        raise _NotOnTheWire(annotation)  # a union of several types: from_dict tries each in turn
    return optional, nullable, rest[0]
