"""``python -m tests.typing.verify``: ``pyright --verifytypes`` of each package, as ``nox -s typecheck`` prints it.

For ``dastra``, ``dastra_auth`` and ``dastra_client``: the share of public symbols whose type is fully
known (types from other packages left out), and the first few symbols that are not. Exits 1 when a
package scores under :data:`GOAL`, 0 otherwise; without Node.js it says why and exits 0.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Final

from tests.typing.checkers import pyright_command, pyright_environment, pyright_unavailable

__all__ = ["GOAL", "PACKAGES", "main", "score"]

PACKAGES: Final = ("dastra", "dastra_auth", "dastra_client")
#: The lowest completeness accepted, in per cent.
GOAL: Final = 98.0


def score(package: str) -> tuple[float, list[str]]:
    """``(per cent of known types, the names of symbols that are not, with pyright's first complaint)``."""
    done = subprocess.run(
        [*pyright_command(), "--verifytypes", package, "--ignoreexternal", "--outputjson"],
        capture_output=True,
        text=True,
        check=False,
        env=pyright_environment(),  # the running interpreter first on PATH: verifytypes imports from it
    )
    try:
        completeness = json.loads(done.stdout)["typeCompleteness"]
    except (json.JSONDecodeError, KeyError):
        raise RuntimeError(f"pyright --verifytypes {package} failed: {done.stderr or done.stdout}") from None
    if not completeness["modules"]:
        raise RuntimeError(f"pyright --verifytypes found no module of {package} (is it installed here?)")
    unknown = [
        f"{symbol['name']}: {symbol['diagnostics'][0]['message'].splitlines()[0]}"
        for symbol in completeness["symbols"]
        if not symbol["isTypeKnown"] and symbol["diagnostics"]
    ]
    return 100 * completeness["completenessScore"], unknown


def main() -> int:
    reason = pyright_unavailable()
    if reason is not None:
        print(f"verifytypes skipped: {reason}")
        return 0
    failed = False
    for package in PACKAGES:
        percent, unknown = score(package)
        met = percent >= GOAL
        failed |= not met
        print(
            f"pyright --verifytypes {package}: {percent:.1f} % known (goal >= {GOAL:g} %){'' if met else ' NOT MET'}"
        )
        for line in unknown[:5]:
            print(f"    {line}")
        if len(unknown) > 5:
            print(f"    ... and {len(unknown) - 5} more")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
