"""How the client decodes JSON bodies: the one place that picks the decoder.

``loads(data)`` decodes bytes (or text) to Python values, with the fastest maintained decoder installed:
msgspec, then orjson (either comes with the ``speed`` extra), else the standard library's ``json``. All
give the same values for the documents an API sends, and all raise ``ValueError`` on invalid JSON
(``msgspec.DecodeError``, ``orjson.JSONDecodeError`` and ``json.JSONDecodeError`` are ValueErrors).
``DECODER`` names the one in use.

Chosen on the whole path, bytes to typed models (``nox -s bench -- --only parsing``): on the 500-item
pages of the benchmark, msgspec decodes as fast as orjson on flat items and about 30 % faster on deeply
nested ones (DataProcessingDto), which makes ``from_dict(loads(raw))`` about 10 to 25 % faster; both are far
faster than the standard library. msgspec also keeps integers beyond 64 bits exact, as ``json`` does
(orjson turns them into floats). Both are maintained C extensions with wheels for every platform.

Models do better still with msgspec: ``_wire.py`` decodes a body straight into typed, untracked structs
and builds the models from them (``Model.from_json``, what every operation does), in about 60 % of the
time of ``from_dict(loads(raw))``. ``loads`` decodes everything else, and every document that path refuses.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Final

__all__ = ["DECODER", "loads"]


def _pick() -> tuple[str, Callable[[bytes | str], Any]]:
    try:
        import msgspec
    except ImportError:
        pass
    else:
        decoder: msgspec.json.Decoder[Any] = msgspec.json.Decoder()
        return "msgspec", decoder.decode
    try:
        import orjson
    except ImportError:
        return "json", json.loads
    return "orjson", orjson.loads


_PICKED: Final = _pick()
#: ``"msgspec"``, ``"orjson"`` or ``"json"``.
DECODER: Final[str] = _PICKED[0]
#: Decode one JSON document; ``ValueError`` if invalid.
loads: Final[Callable[[bytes | str], Any]] = _PICKED[1]
