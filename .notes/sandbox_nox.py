# --- For noxfile.py (already merged into noxfile.py by the lead; kept as the reference) -------------------
#
# Both sessions install the Node tools from the committed lock file first (`npm ci`, exact versions, no
# network beyond the npm registry), then run the Python side from the repository itself.
# `nox -s sandbox -- --seed demo` passes arguments through to `python -m dastra_sandbox`.
# `nox -s demo -- --max-pages 3` passes arguments through to `python -m dastra_sandbox.demo`.

import shutil
from pathlib import Path


def _install_node_tools(session: nox.Session) -> None:
    """Install the pinned Prism from sandbox/package-lock.json into sandbox/node_modules (gitignored)."""
    if shutil.which("npm") is None:
        session.error("npm is not installed: the sandbox's API mock (Prism) needs Node.js >= 18.20 and npm")
    lock = Path("sandbox/package-lock.json")
    stamp = Path("sandbox/node_modules/.package-lock.json")  # written by npm; same content as the lock after ci
    if not stamp.exists() or stamp.stat().st_mtime < lock.stat().st_mtime:
        session.run("npm", "ci", "--prefix", "sandbox", "--no-audit", "--no-fund", external=True)


@nox.session
def sandbox(session: nox.Session) -> None:
    """Run the OAuth2 authorization server and the validating API mock on 127.0.0.1 until Ctrl-C."""
    session.install("-e", ".", *_group("sandbox"))
    _install_node_tools(session)
    session.run("python", "-m", "dastra_sandbox", *session.posargs)


@nox.session
def demo(session: nox.Session) -> None:
    """Authenticate, list workspaces and page through data subject requests, against the sandbox
    (the one named by DASTRA_API_URL if it is on 127.0.0.1, else one started for the demo)."""
    session.install("-e", ".", *_group("sandbox"))
    _install_node_tools(session)
    session.run("python", "-m", "dastra_sandbox.demo", *session.posargs)


# --- For the `tests` session ---------------------------------------------------------------------------------
# tests/contract/ needs Prism for test_every_operation.py (it skips with a one-line reason without Node or
# without sandbox/node_modules). In the `tests` session, before `pytest`, add:
#
#     if shutil.which("npm") is not None:
#         _install_node_tools(session)
#
# so CI (which has Node 20) runs the contract test and a fresh clone without Node still passes.
#
# --- For .ci/run -------------------------------------------------------------------------------------------------
# Nothing extra if the `tests` session calls _install_node_tools as above (`npm ci` runs inside nox).
# If you prefer .ci/run to do it, add before the test command:
#
#     if command -v npm >/dev/null; then npm ci --prefix sandbox --no-audit --no-fund; fi
#
# `npm ci` takes ~10 s and ~90 MB in sandbox/node_modules (gitignored). It needs the npm registry only.
