"""Building a client object loads what it needs now, not what its first answer will need (benchmark 1)."""

from __future__ import annotations

import json
import subprocess
import sys

from dastra_codegen import paths

_PROBE = """
import json, sys
import dastra
dastra.Dastra(client_id="c", client_secret="s", api_url="https://api.dastra.eu")
print(json.dumps(sorted(sys.modules)))
"""

#: Loaded with the first answer (the decoder, the wire path, the models' machinery), the first list call
#: (the pagers) or the first error.
LATER = (
    "dastra_client._paging",
    "msgspec",
    "dastra_client._json",
    "dastra_client._wire",
    "dastra_client._decode",
    "dastra_client._lazy",
)


def test_import_dastra_and_a_client_object_load_no_decoder() -> None:
    env = {"PYTHONPATH": f"{paths.ROOT}:{paths.GENERATED_DIR}", "PATH": ""}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True, env=env, cwd=paths.ROOT
    )
    loaded = set(json.loads(done.stdout))
    assert "dastra.client" in loaded
    assert [name for name in LATER if name in loaded] == []
