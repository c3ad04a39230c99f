"""The types the generated functions and models share: the absent-value marker, uploads, responses."""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


# The marker of a value that is absent (a field not in the JSON object, a parameter not given): one
# instance, `UNSET`, falsy by its type, so `value or default` drops it for every type checker.
class Unset:
    def __reduce__(self) -> str:
        return "UNSET"

    __slots__ = ()

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

#: What a file upload's content may be: an open binary file, bytes, or text.
FileContent = IO[bytes] | bytes | str
#: One file of a multipart body: (file name, content, content type), optionally with its own headers.
FileTypes = (
    tuple[str | None, FileContent, str | None] | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
#: The multipart parts of a request: (field name, file) pairs.
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A file to upload: its content (an open binary file), and optionally its name and content type."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The file as one multipart part: ``(file_name, payload, mime_type)``."""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """What a ``*_detailed`` function answers: the status, the raw body and headers, the parsed value."""

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    #: The answer parsed into its declared type, or ``None`` for a status the operation does not declare.
    parsed: T | None


def status_of(code: int) -> HTTPStatus | int:
    """``code`` as an ``HTTPStatus`` member, or as the plain ``int`` when ``http.HTTPStatus`` has no such
    member (``299``): an unusual status never makes reading an answer fail."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "status_of",
]
