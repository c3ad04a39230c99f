"""Where authorization-code tokens live between runs, so a service survives a restart.

A store holds one token (a JSON-able mapping: ``access_token``, ``refresh_token``, ``expires_at``...).
The session saves every new token (after the code exchange and after each refresh, whose
refresh token replaces the old one) and loads it when it starts.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

__all__ = ["FileTokenStore", "MemoryTokenStore", "TokenStore"]

logger: logging.Logger = logging.getLogger(__name__)


@runtime_checkable
class TokenStore(Protocol):
    """Persistence for one OAuth2 token. Implementations must be safe to call from several threads."""

    def load(self) -> dict[str, Any] | None:
        """The saved token, or ``None`` when there is none."""

    def save(self, token: Mapping[str, Any]) -> None:
        """Replace the saved token."""

    def clear(self) -> None:
        """Forget the saved token."""


class MemoryTokenStore:
    """A token kept in memory: lost when the process ends. The default for the code flow."""

    def __init__(self, token: Mapping[str, Any] | None = None) -> None:
        self._lock = threading.Lock()
        self._token: dict[str, Any] | None = dict(token) if token is not None else None

    def load(self) -> dict[str, Any] | None:
        with self._lock:
            return dict(self._token) if self._token is not None else None

    def save(self, token: Mapping[str, Any]) -> None:
        with self._lock:
            self._token = dict(token)

    def clear(self) -> None:
        with self._lock:
            self._token = None

    def __repr__(self) -> str:
        return f"MemoryTokenStore(holds_token={self._token is not None})"


class FileTokenStore:
    """A token in a JSON file readable only by its owner (mode 0600).

    Writes are atomic: the token goes to a temporary file in the same folder, is flushed to disk,
    then ``os.replace``-d over the old file, so a crash never leaves half a token behind.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path: Path = Path(path).expanduser()
        self._lock = threading.Lock()

    def load(self) -> dict[str, Any] | None:
        with self._lock:
            try:
                text = self.path.read_text(encoding="utf-8")
                mode = self.path.stat().st_mode
            except FileNotFoundError:
                return None
        if mode & 0o077:
            logger.warning("token file %s is readable by other users; it should be mode 0600", self.path)
        try:
            token = json.loads(text)
        except ValueError:
            logger.warning("token file %s is not valid JSON; ignoring it", self.path)
            return None
        if not isinstance(token, dict):
            logger.warning("token file %s does not hold a JSON object; ignoring it", self.path)
            return None
        return token

    def save(self, token: Mapping[str, Any]) -> None:
        data = json.dumps(dict(token), sort_keys=True).encode("utf-8")
        with self._lock:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            descriptor, temporary = tempfile.mkstemp(
                dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp"
            )
            try:
                os.fchmod(descriptor, 0o600)
                with os.fdopen(descriptor, "wb") as file:
                    file.write(data)
                    file.flush()
                    os.fsync(file.fileno())
                os.replace(temporary, self.path)
            except BaseException:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(temporary)
                raise

    def clear(self) -> None:
        with self._lock, contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def __repr__(self) -> str:
        return f"FileTokenStore({str(self.path)!r})"
