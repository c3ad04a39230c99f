"""How the client decodes JSON bodies: the one place that picks the decoder.

``loads(data)`` decodes bytes (or text) to Python values. It uses orjson when it is installed (the
``speed`` extra) and the standard library's ``json`` otherwise; both give the same values for the
documents an API sends, and both raise ``ValueError`` on invalid JSON. ``DECODER`` names the one in use.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Final

__all__ = ["DECODER", "loads"]


def _pick() -> tuple[str, Callable[[bytes | str], Any]]:
    try:
        import orjson
    except ImportError:
        return "json", json.loads
    return "orjson", orjson.loads


_PICKED: Final = _pick()
#: ``"orjson"`` or ``"json"``.
DECODER: Final[str] = _PICKED[0]
#: Decode one JSON document; ``ValueError`` (``json.JSONDecodeError`` / ``orjson.JSONDecodeError``) if invalid.
loads: Final[Callable[[bytes | str], Any]] = _PICKED[1]
