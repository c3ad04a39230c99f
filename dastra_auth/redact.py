"""Keep secrets out of ``repr``, ``str``, f-strings, logs and error messages.

A :class:`Secret` holds a credential (client secret, API key, PKCE verifier). Everything that
could print it prints ``'***'``; only :meth:`Secret.reveal` gives the value, at the one place
that must send it.
"""

from __future__ import annotations

import hmac
from typing import Final, final

__all__ = ["MASK", "Secret", "redact"]

#: What a hidden value looks like.
MASK: Final = "***"


@final
class Secret:
    """A string that never shows itself. ``Secret("s3cr3t")`` prints as ``Secret('***')``."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError(f"Secret wraps a str, not {type(value).__name__}")
        self._value = value

    def reveal(self) -> str:
        """The real value. Call it only where the value is sent, never to display it."""
        return self._value

    def __repr__(self) -> str:
        return f"Secret({MASK!r})"

    def __str__(self) -> str:
        return MASK

    def __format__(self, format_spec: str) -> str:
        return format(MASK, format_spec)

    def __bool__(self) -> bool:
        return bool(self._value)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    def __hash__(self) -> int:
        return hash((Secret, self._value))

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("a Secret cannot be pickled")


def redact(text: str, *secrets: str | Secret | None) -> str:
    """``text`` with every occurrence of each non-empty secret replaced by ``'***'``."""
    for secret in secrets:
        value = secret.reveal() if isinstance(secret, Secret) else secret
        if value:
            text = text.replace(value, MASK)
    return text
