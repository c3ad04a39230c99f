"""The ``dastra`` logger and its ``DASTRA_LOG`` switch.

Everything this package logs goes to ``logging.getLogger("dastra")`` or a child of it
(``dastra.http`` for request summaries and retries, ``dastra.rate_limit`` for rate-limit waits).
Like any library, it adds no handler of its own: records go wherever the application's logging
sends them. Setting ``DASTRA_LOG=debug`` (or ``info``, ``warning``, ``error``) in the environment
adds one stderr handler at that level, which is handy while debugging without touching code.

Nothing logged here carries a secret: requests are described by method and URL *path* only (no
query string, no headers), and a rate-limit key is shown as a short hash.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import threading
from collections.abc import Mapping
from typing import Final

import httpx2

__all__ = [
    "ENV_VARIABLE",
    "LOGGER_NAME",
    "configure_from_env",
    "fingerprint",
    "get_logger",
    "safe_target",
]

#: The root logger name of the package.
LOGGER_NAME: Final = "dastra"
#: The environment variable that switches on a stderr handler (``debug``, ``info``...).
ENV_VARIABLE: Final = "DASTRA_LOG"

_LEVELS: Final = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warning": logging.WARNING,
    "error": logging.ERROR,
}
_FORMAT: Final = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_env_handler: logging.Handler | None = None
_env_lock = threading.Lock()

logging.getLogger(LOGGER_NAME).addHandler(logging.NullHandler())


def get_logger(child: str | None = None) -> logging.Logger:
    """``logging.getLogger("dastra")``, or its child ``dastra.<child>``."""
    return logging.getLogger(LOGGER_NAME if child is None else f"{LOGGER_NAME}.{child}")


def configure_from_env(environ: Mapping[str, str] | None = None) -> logging.Handler | None:
    """Honour ``DASTRA_LOG``: add (once) a stderr handler at that level to the ``dastra`` logger.

    Returns the handler, or ``None`` when the variable is unset or not a known level. Calling
    it again never adds a second handler; a new level replaces the old one.
    """
    global _env_handler
    env = os.environ if environ is None else environ
    level = _LEVELS.get(env.get(ENV_VARIABLE, "").strip().lower())
    if level is None:
        return None
    logger = get_logger()
    with _env_lock:
        if _env_handler is None:
            _env_handler = logging.StreamHandler(sys.stderr)
            _env_handler.setFormatter(logging.Formatter(_FORMAT))
            logger.addHandler(_env_handler)
        _env_handler.setLevel(level)
        logger.setLevel(level)
        return _env_handler


def safe_target(request: httpx2.Request) -> str:
    """``"GET /v1/WorkSpaces"``: what a log line or an error may say about a request (no query, no host)."""
    return f"{request.method} {request.url.path}"


def fingerprint(value: str) -> str:
    """A short, stable, one-way label for an identity (client id, API key) that may be logged."""
    return hashlib.sha256(value.encode()).hexdigest()[:12]
