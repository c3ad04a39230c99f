"""The decoder choice (``dastra_client._json``): msgspec, else orjson, else the standard library; same values."""

from __future__ import annotations

import json
import sys
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dastra_client import _json

_INT64 = st.integers(min_value=-(2**63), max_value=2**63 - 1)
_JSON = st.recursive(
    st.none() | st.booleans() | _INT64 | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4),
    max_leaves=30,
)


@settings(max_examples=200, derandomize=True, database=None)
@given(document=_JSON)
def test_the_chosen_decoder_gives_the_values_json_gives(document: Any) -> None:
    for encoded in (json.dumps(document), json.dumps(document, ensure_ascii=False)):
        assert _json.loads(encoded.encode()) == json.loads(encoded)
        assert _json.loads(encoded) == json.loads(encoded)


@pytest.mark.parametrize("body", [b"", b"<html>down for maintenance</html>", b'{"a": 1', b"[1, 2,]", b"NaN?"])
def test_invalid_json_raises_value_error(body: bytes) -> None:
    with pytest.raises(ValueError):
        _json.loads(body)


def test_msgspec_first_then_orjson_then_the_standard_library(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("msgspec")
    pytest.importorskip("orjson")
    assert _json._pick()[0] == "msgspec"
    assert _json.DECODER == "msgspec"
    monkeypatch.setitem(sys.modules, "msgspec", None)  # as if not installed: the import fails
    assert _json._pick()[0] == "orjson"
    monkeypatch.setitem(sys.modules, "orjson", None)
    name, loads = _json._pick()
    assert (name, loads) == ("json", json.loads)


def test_big_integers_stay_exact_with_the_chosen_decoder() -> None:
    if _json.DECODER == "orjson":
        pytest.skip("orjson reads integers beyond 64 bits as floats")
    assert _json.loads(b'{"id": 123456789012345678901234567890}') == {"id": 123456789012345678901234567890}
